"""Benchmark: where each mechanism gains and loses, within the room's reach and beyond it.

    .venv/bin/python benchmarks/reach_by_mechanism.py [--model stories260K] [--room runs/MODEL-room] [--stories 100]

On the first `--stories` stories of valid-dev.txt (cut to the subject's context), every scored token is
*within reach* when the subject loses less than 0.1 nats seeing only BOS and the room's longest context
(the gap map's "beyond reach" < 0.1, measure/gaps.py), else *beyond reach*. For the room, the room with
each mechanism switched off in turn, and its context rules alone (measure/variants.py, scored together):
the loss, and the gap to the subject summed over the tokens within reach and beyond it. Writes
benchmarks/results/reach_by_mechanism-MODEL.json.
"""
import json
import sys
from pathlib import Path

import numpy as np

from englishroom.corpora.stories import load_stories
from englishroom.measure.gaps import short_context_losses
from englishroom.measure.variants import mechanism_variants
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import load_room

sys.path.insert(0, str(Path(__file__).parent))
from story_state import room_arguments  # noqa: E402


def main():
    args, subject, folder, out = room_arguments("reach_by_mechanism", stories=100)
    stories = [subject.encode_story(t) for t in load_stories(dev_stories(), limit=args.stories)]
    room = load_room(folder)
    lp = dict(subject.story_logprobs(stories))
    subject_loss = np.concatenate([-lp[i][np.arange(len(s) - 1), s[1:]] for i, s in enumerate(stories)]).astype(np.float64)
    within = short_context_losses(subject, stories, room.room.context_rules.longest) - subject_loss < 0.1
    res = {"room": str(folder), "stories": len(stories), "tokens": len(subject_loss), "within_reach": int(within.sum()),
           "variants": {}}
    variants = mechanism_variants(room, "room")
    losses = {name: [] for name in variants}
    for s in stories:                     # story by story: the first variant asked computes them all (Variants)
        for name, variant in variants.items():
            p = variant.story_distributions(s)[np.arange(len(s) - 1), s[1:]]
            losses[name].append(-np.log(np.maximum(p, 1e-300)))
    for name, loss in losses.items():
        gap = np.concatenate(loss) - subject_loss
        res["variants"][name] = {"loss": round(float((gap + subject_loss).mean()), 4),
                                 "gap_within_reach": round(float(gap[within].sum()), 1),
                                 "gap_beyond_reach": round(float(gap[~within].sum()), 1)}
        print(f"{name:28s} loss {res['variants'][name]['loss']:.4f}  gap within reach {gap[within].sum():9.1f}  "
              f"beyond {gap[~within].sum():9.1f}", flush=True)
    atomic_write(out, json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
