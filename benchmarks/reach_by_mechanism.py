"""Benchmark: where each mechanism gains and loses, within the room's reach and beyond it.

    .venv/bin/python benchmarks/reach_by_mechanism.py [--model stories260K] [--room runs/MODEL-room] [--stories 100]

On the first `--stories` stories of valid-dev.txt (cut to the subject's context), every scored token is
*within reach* when the subject loses less than 0.1 nats seeing only BOS and the room's longest context
(the gap map's "beyond reach" < 0.1, measure/gaps.py), else *beyond reach*. For the room, the room with
each mechanism switched off in turn, and its context rules alone: the loss, and the gap to the subject
summed over the tokens within reach and beyond it. Writes benchmarks/results/reach_by_mechanism-MODEL.json.
"""
import argparse
import json
from pathlib import Path

import numpy as np

from englishroom.corpora.stories import load_stories
from englishroom.measure.gaps import short_context_losses
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import load_room
from englishroom.subjects import load_subject


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--room", help="default runs/MODEL-room")
    ap.add_argument("--stories", type=int, default=100)
    ap.add_argument("--out", help="default benchmarks/results/reach_by_mechanism-MODEL.json")
    args = ap.parse_args()
    subject = load_subject(args.model)
    folder = Path(args.room or f"runs/{args.model}-room")
    stories = [subject.encode_story(t)[: subject.context_length] for t in load_stories(dev_stories(), limit=args.stories)]
    full = load_room(folder).room
    mechanisms = full.manifest["mechanisms"][1:]
    lp = dict(subject.story_logprobs(stories))
    subject_loss = np.array([-float(lp[i][t - 1][s[t]]) for i, s in enumerate(stories) for t in range(1, len(s))])
    within = short_context_losses(subject, stories, full.context_rules.longest) - subject_loss < 0.1
    res = {"room": str(folder), "stories": len(stories), "tokens": len(subject_loss), "within_reach": int(within.sum()),
           "variants": {}}
    variants = [("room", ())] + [(f"without {m}", (m,)) for m in mechanisms] + [("context rules only", tuple(mechanisms))]
    for name, off in variants:
        room = load_room(folder, off=off).room
        loss = np.array([-np.log(max(room.predict(s[:t])[s[t]], 1e-300)) for s in stories for t in range(1, len(s))])
        gap = loss - subject_loss
        res["variants"][name] = {"loss": round(float(loss.mean()), 4), "gap_within_reach": round(float(gap[within].sum()), 1),
                                 "gap_beyond_reach": round(float(gap[~within].sum()), 1)}
        print(f"{name:28s} loss {loss.mean():.4f}  gap within reach {gap[within].sum():9.1f}  beyond {gap[~within].sum():9.1f}",
              flush=True)
    atomic_write(Path(args.out or f"benchmarks/results/reach_by_mechanism-{args.model}.json"), json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
