"""Benchmark: which mechanisms make the room's own stories better or worse.

    .venv/bin/python benchmarks/talk_by_mechanism.py [--model stories260K] [--room runs/MODEL-room] [--seeds 3]

The talk ratio (measure/talk.py: the subject's loss on 200 stories a model tells from BOS at temperature
1, over its loss on 200 of its own) of the room, of the room with each mechanism switched off in turn
(its own `off=`; the mechanisms after it stay as derived), and with names and position off together,
for seeds 0 .. `--seeds` - 1. Writes benchmarks/results/talk_by_mechanism-MODEL.json.
"""
import json
import sys
from pathlib import Path

import numpy as np

from englishroom.measure.talk import talk_quality
from englishroom.paths import atomic_write
from englishroom.rooms import load_room

sys.path.insert(0, str(Path(__file__).parent))
from story_state import room_arguments  # noqa: E402


def main():
    args, subject, folder, out = room_arguments("talk_by_mechanism", seeds=3)
    room = load_room(folder)
    mechanisms = room.room.manifest["mechanisms"][1:]              # the first is the context rules
    offs = [()] + [(m,) for m in mechanisms] + ([("names", "position")] if {"names", "position"} <= set(mechanisms) else [])
    models = {"without " + " and ".join(off) if off else "room": load_room(folder, off=off) if off else room
              for off in offs}
    ratios = {name: [] for name in models}
    for seed in range(args.seeds):
        told = talk_quality(subject, models, n=200, seed=seed)
        for name in models:
            ratios[name].append(told[name]["ratio"])
        print(f"seed {seed}: " + ", ".join(f"{n} {r[-1]:.3f}" for n, r in ratios.items()), flush=True)
    res = {"room": str(folder), "seeds": args.seeds, "stories_per_seed": 200,
           "talk_ratio": {name: {"seeds": r, "mean": round(float(np.mean(r)), 4)} for name, r in ratios.items()}}
    atomic_write(out, json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
