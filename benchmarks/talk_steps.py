"""Benchmark: what each mechanism step does to the room's own stories, where it does it.

    .venv/bin/python benchmarks/talk_steps.py [--model stories260K] [--room runs/MODEL-room] [--stories 100] [--seed 1]

The room tells `--stories` stories from BOS at temperature 1 (as measure/talk.py does); at every place of
them, each step of the room (room.py: the context rules, then each mechanism in turn) changes the
prediction p into p'. The subject's expected loss of the next token, were it drawn from the prediction, is
sum_x p(x) (-ln s(x)), s the subject's own prediction there; a step changes it by
sum_x (p'(x) - p(x)) (-ln s(x)). That is the step's local share of the talk ratio's numerator (the story
itself is left as the full room told it). Per row, for the names step: a token it set, weighted by its
loss less the mean loss of the tokens it left alone (those only rescaled), so the rows add up to the step.
After the context rules and after each step: that expected loss, the part of it on tokens the subject all
but rules out (it gives them under RULED_OUT), and the probability the room gives such tokens.
Writes benchmarks/results/talk_steps-MODEL.json.
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from englishroom.measure.talk import story_length, tell
from englishroom.paths import atomic_write
from englishroom.rooms import load_room

sys.path.insert(0, str(Path(__file__).parent))
from story_state import room_arguments  # noqa: E402

RULED_OUT = 1e-4


def drawn(p, loss, out, name):
    """Add to `out[name]` what a token drawn from p costs the subject: all of it, the part on the tokens it
    all but rules out (loss > -ln RULED_OUT), and p's probability for those."""
    ruled_out = loss > -np.log(RULED_OUT)
    for key, x in (("expected_loss", (p * loss).sum()), ("on_ruled_out", (p * loss)[ruled_out].sum()),
                   ("probability_ruled_out", p[ruled_out].sum())):
        out[key][name] += float(x)


def names_rows(step, prefix, before, change, loss):
    """{row: its share of the names step's change} at one place: each token it set, against the rest."""
    rows = {w: r.split(",")[0] if r.startswith("names.txt") else "name_rules.txt"
            for w, (_, r) in step.new_probabilities(prefix, list(before)).items()}
    rest = np.ones(len(before), bool)
    rest[list(rows)] = False
    mean = float((before[rest] * loss[rest]).sum() / max(before[rest].sum(), 1e-12))
    out = defaultdict(float)
    for w, row in rows.items():
        out[row] += float(change[w] * (loss[w] - mean))
    return out


def main():
    args, subject, folder, out = room_arguments("talk_steps", stories=100, seed=1)
    model = load_room(folder)
    room = model.room
    stories = tell(model, args.stories, args.seed, story_length(subject), subject.bos_id,
                   subject.end_ids, progress=True)
    steps, rows, places = defaultdict(float), defaultdict(float), 0
    after = {k: defaultdict(float) for k in ("expected_loss", "on_ruled_out", "probability_ruled_out")}
    for i, logprobs in subject.story_logprobs(stories):
        story = stories[i]
        for t in range(len(story)):
            prefix, loss, places = story[: t + 1], -logprobs[t], places + 1
            p = np.array(list(room.context_rules.predict(prefix)), dtype=float)
            drawn(p, loss, after, "context_rules")
            for name, step in room.mechanisms:
                q = np.array(list(room.after([(name, step)], prefix, list(p))), dtype=float)
                steps[name] += float(((q - p) * loss).sum())
                drawn(q, loss, after, name)
                if name == "names":
                    for row, x in names_rows(step, prefix, p, q - p, loss).items():
                        rows[row] += x
                p = q
    res = {"room": str(folder), "stories": len(stories), "places": places, "seed": args.seed,
           "step_change_nats_per_token": {k: round(v / places, 5) for k, v in steps.items()},
           "names_rows_nats_per_token": {k: round(v / places, 5) for k, v in sorted(rows.items(), key=lambda kv: -kv[1])},
           "ruled_out_below": RULED_OUT,
           "after_each_step": {k: {n: round(v / places, 5) for n, v in d.items()} for k, d in after.items()}}
    for k, v in res["step_change_nats_per_token"].items():
        print(f"{k:12s} {v:+.4f} nats/token")
    print("names rows:", ", ".join(f"{k} {v:+.4f}" for k, v in res["names_rows_nats_per_token"].items()))
    for n, x in res["after_each_step"]["expected_loss"].items():
        print(f"after {n:13s} a drawn token costs the subject {x:.4f} nats, {res['after_each_step']['on_ruled_out'][n]:.4f} "
              f"of them on tokens it gives under {RULED_OUT:g} (the room gives those "
              f"{res['after_each_step']['probability_ruled_out'][n]:.4f})")
    atomic_write(out, json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
