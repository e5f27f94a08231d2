"""Benchmark: how far a token the subject all but rules out carries in the room's own stories.

    .venv/bin/python benchmarks/talk_echo.py [--model stories260K] [--room runs/MODEL-room] [--stories 100] [--seed 0]

The room tells `--stories` stories from BOS at temperature 1 (as measure/talk.py does). At every place the
subject scores the room's prediction p against its own s: KL(p || s), what the drawn token cost it
(-ln s of it) and both entropies. Past the opening (place > OPENING), places are grouped by the tokens the
room drew before them: one the subject gave under UNLIKELY among the last RECENT ("recent"), one only
further back ("earlier only"), or none yet ("none before"). Were the talk ratio's excess the echo of a few
bad draws, "none before" would talk like the subject; the figures say how much of the KL each group holds.
Writes benchmarks/results/talk_echo-MODEL.json.
"""
import json
import math
import sys
from pathlib import Path

import numpy as np

from englishroom.measure.talk import story_length, tell
from englishroom.paths import atomic_write
from englishroom.rooms import load_room

sys.path.insert(0, str(Path(__file__).parent))
from story_state import room_arguments  # noqa: E402

UNLIKELY, RECENT, OPENING = 1e-3, 8, 32


def places(subject, model, stories):
    """Per place of each story: (story, place, KL(room || subject), the drawn token's cost to the subject,
    the subject's entropy, the room's)."""
    for i, logprobs in subject.story_logprobs(stories):
        story = stories[i]
        for t in range(1, len(story)):
            p = np.asarray(model.predict(story[:t]), dtype=np.float64)
            p, ls = p / p.sum(), logprobs[t - 1].astype(np.float64)
            lp = np.log(np.maximum(p, 1e-300))
            yield (i, t, float((p * (lp - ls)).sum()), -float(ls[story[t]]), -float((np.exp(ls) * ls).sum()),
                   -float((p * lp).sum()))


def main():
    args, subject, folder, out = room_arguments("talk_echo", stories=100, seed=0)
    model = load_room(folder)
    stories = tell(model, args.stories, args.seed, story_length(subject), subject.bos_id,
                   subject.end_ids, progress=True)
    rows = list(places(subject, model, stories))
    bad = {(i, t) for i, t, _, cost, _, _ in rows if cost > -math.log(UNLIKELY)}
    groups = {"recent": [], "earlier only": [], "none before": []}
    for i, t, *x in rows:
        if t > OPENING:
            recent = any((i, u) in bad for u in range(t - RECENT, t))
            groups["recent" if recent else "earlier only" if any((i, u) in bad for u in range(1, t)) else "none before"].append(x)
    total = sum(sum(x[0] for x in g) for g in groups.values())
    summary = lambda a: {"places": len(a), "kl": round(float(a[:, 0].mean()), 4),  # noqa: E731
                         "drawn_cost": round(float(a[:, 1].mean()), 4), "subject_entropy": round(float(a[:, 2].mean()), 4),
                         "room_entropy": round(float(a[:, 3].mean()), 4)}
    res = {"room": str(folder), "stories": len(stories), "seed": args.seed, "unlikely": UNLIKELY, "recent": RECENT,
           "opening": OPENING, "all places": summary(np.array([r[2:] for r in rows])),
           "past the opening": {k: {**summary(np.array(g)), "share_of_kl": round(sum(x[0] for x in g) / total, 4)}
                                for k, g in groups.items() if g}}
    print(f"all {len(rows)} places: " + ", ".join(f"{k} {v}" for k, v in res["all places"].items() if k != "places"))
    for k, v in res["past the opening"].items():
        print(f"{k:13s} {v['places']:6d} places: KL {v['kl']:.3f}, drawn cost {v['drawn_cost']:.3f}, subject entropy "
              f"{v['subject_entropy']:.3f}, room entropy {v['room_entropy']:.3f}, share of the KL {v['share_of_kl']:.3f}")
    atomic_write(out, json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
