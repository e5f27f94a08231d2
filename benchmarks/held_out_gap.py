"""Benchmark: is the room closer to the subject on the stories its context rules counted than on new ones?

    .venv/bin/python benchmarks/held_out_gap.py [--model stories260K] [--room runs/stories260K-room] [--stories 150]

The room's loss above the subject's (nats a token) on four kinds of stories: the subject's samples the
rules counted (the probe's seed, less the stories held out for the mechanisms), new samples at another
seed, real stories the rules counted (train-head.txt) and valid-dev.txt. On the subject's own samples
the difference is an estimate of KL(subject || room). Writes benchmarks/results/held_out_gap-MODEL.json.
"""
import argparse
import json
from pathlib import Path

from englishroom.corpora.sampling import cached_corpus
from englishroom.corpora.stories import load_stories
from englishroom.decompiler.probe import held_out_places, probe_corpus
from englishroom.decompiler.settings import Settings
from englishroom.measure.evaluate import evaluate_stories
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import subject_room
from englishroom.subjects import load_subject


def gap(subject, room, stories):
    """The room's loss, the subject's and the difference, in nats a token over `stories` (evaluate's scoring)."""
    n_bytes = sum(len(subject.decode(s[1:]).encode("utf-8")) for s in stories)
    r = evaluate_stories(subject, stories, n_bytes, {"room": room}, progress=False)
    room_loss, subject_loss = float(r["models"]["room"]["loss"]), float(r["subject"]["loss"])
    return {"stories": r["stories"], "tokens": r["tokens"], "room_loss": round(room_loss, 4),
            "subject_loss": round(subject_loss, 4), "gap": round(room_loss - subject_loss, 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--room", default=None)
    ap.add_argument("--stories", type=int, default=150)
    args = ap.parse_args()
    subject = load_subject(args.model)
    folder = Path(args.room or f"runs/{args.model}-room")
    room = subject_room(folder, subject)
    s = Settings(**json.loads((folder / "provenance.json").read_text())["settings"])
    stories, corpus = probe_corpus(subject, s, progress=False)       # the room's probe, from the corpus cache
    held = set(held_out_places(stories, s))                         # as probe.py held them out of the rules
    counted = lambda first, n: [stories[i] for i in range(first, first + n) if i not in held][:args.stories]
    first = corpus["sampled"]["stories"] + corpus.get("cool", {}).get("stories", 0)
    head = next(r for r in corpus.get("real_text", []) if r["path"].endswith("train-head.txt"))
    first += sum(r["stories"] for r in corpus["real_text"][:corpus["real_text"].index(head)])
    _, fresh, _ = cached_corpus(subject, 300 * args.stories, s.seed + 7, 1.0, progress=False)
    groups = {"samples the rules counted": counted(0, corpus["sampled"]["stories"]),
              f"new samples (seed {s.seed + 7})": fresh[:args.stories],
              "train-head.txt, which the rules counted": counted(first, head["stories"]),
              "valid-dev.txt": [subject.encode_story(t)[:subject.context_length]
                                for t in load_stories(dev_stories(), limit=args.stories)]}
    result = {"room": str(folder), "held_out_stories": len(held)}
    for name, stories in groups.items():
        result[name] = gap(subject, room, stories)
        print(f"{name:42s} {result[name]['stories']:4d} stories: the room's loss above the subject's {result[name]['gap']:.4f}",
              flush=True)
    out = Path(__file__).parent / "results" / f"held_out_gap-{subject.name}.json"
    atomic_write(out, json.dumps(result, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
