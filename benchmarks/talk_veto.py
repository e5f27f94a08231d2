"""Benchmark: how the room would talk were it told which tokens the subject rules out (an oracle), against
cutting its own tail, a cooler temperature, and the subject cutting its own.

    .venv/bin/python benchmarks/talk_veto.py [--model stories260K] [--room runs/MODEL-room] [--stories 200] [--seed 0]

Each teller tells `--stories` stories from BOS (at most 256 tokens, fewer where the subject's context is
shorter), drawing every token from a distribution over the vocabulary:
  room                   the room's prediction, at temperature 1 (as measure/talk.py tells);
  veto < X               the room's prediction less the tokens the subject gives under X there (the oracle);
  own cut < X            the room's prediction less the tokens the room itself gives under X;
  temperature T          the room's prediction at its speaking temperature (room.json's);
  subject, own cut < X   the subject's prediction less the tokens it gives under X.
The subject scores every teller's stories; the talk ratio is that loss over the loss of the subject's own
samples (measure/talk.py). Not drawing unlikely tokens makes any teller's stories more alike, so each row
also gives the share of its 4-token sequences that are distinct (the subject's own samples: `subject`).
Writes benchmarks/results/talk_veto-MODEL.json.
"""
import json
import sys
from pathlib import Path

import numpy as np
import torch

from englishroom.measure.talk import Warmed, own_stories, story_length, subject_loss, tell
from englishroom.paths import atomic_write
from englishroom.rooms import load_room

sys.path.insert(0, str(Path(__file__).parent))
from story_state import room_arguments  # noqa: E402

CUTS = (0.001, 0.01)


def distinct_4grams(stories) -> float:
    grams = [tuple(s[i:i + 4]) for s in stories for i in range(len(s) - 3)]
    return round(len(set(grams)) / max(len(grams), 1), 4)


class Teller:
    """A model (measure/talk.py: predict) that draws from `draw(the room's prediction, the subject's)`, each
    None where not asked for (`room` None; `needs_subject` False)."""

    def __init__(self, subject, room, draw, needs_subject):
        self.subject, self.room, self.draw, self.needs_subject = subject, room, draw, needs_subject

    @torch.no_grad()
    def predict(self, ids):
        p = np.asarray(self.room.predict(ids), dtype=np.float64) if self.room is not None else None
        s = (torch.softmax(self.subject.logits(torch.tensor([ids]))[0, -1].double(), -1).numpy()
             if self.needs_subject else None)
        return self.draw(p / p.sum() if p is not None else None, s)


def tellers(subject, room):
    """{name: a Teller}: the rows of the table in this module's docstring."""
    cut = lambda p, keep: p * keep / (p * keep).sum()       # noqa: E731
    draws = {"room": (lambda p, s: p, False)}
    draws |= {f"veto < {x:g}": (lambda p, s, x=x: cut(p, s >= x), True) for x in CUTS}
    draws |= {f"own cut < {x:g}": (lambda p, s, x=x: cut(p, p >= x), False) for x in CUTS}
    out = {name: Teller(subject, room, *d) for name, d in draws.items()}
    out[f"temperature {room.room.temperature:g}"] = Warmed(room, room.room.temperature)
    out |= {f"subject, own cut < {x:g}": Teller(subject, None, lambda p, s, x=x: cut(s, s >= x), True) for x in CUTS}
    return out


def main():
    args, subject, folder, out = room_arguments("talk_veto", stories=200, seed=0)
    room = load_room(folder)
    max_tokens = story_length(subject)
    own = own_stories(subject, args.stories, args.seed, max_tokens)
    ref = subject_loss(subject, own)
    res = {"room": str(folder), "stories": args.stories, "seed": args.seed, "max_tokens": max_tokens,
           "tellers": {"subject": {"loss": round(ref, 4), "ratio": 1.0, "distinct_4grams": distinct_4grams(own)}}}
    for name, teller in tellers(subject, room).items():
        stories = tell(teller, args.stories, args.seed, max_tokens, subject.bos_id, subject.end_ids, True, name)
        loss = subject_loss(subject, stories)
        res["tellers"][name] = {"loss": round(loss, 4), "ratio": round(loss / ref, 4), "distinct_4grams": distinct_4grams(stories)}
    for name, r in res["tellers"].items():
        print(f"{name:26s} talk ratio {r['ratio']:.3f}   distinct 4-grams {r['distinct_4grams']:.3f}")
    atomic_write(out, json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
