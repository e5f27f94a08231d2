"""Benchmark: how many times should a real story's place count in the context rules' averages?

    .venv/bin/python benchmarks/real_weight.py [--model stories260K] [--weights 1,2,4,8] [--left-out 400]

For each weight, decompiles as the default does (`--real-weight` that weight, no mechanisms), except
that the last `--left-out` stories of train-more.txt stay out of the probe, and scores the rules on
those left-out training stories, which choose the weight, and on valid-dev.txt, only to report it.
It runs the subject over the probe for each weight: about 11 minutes a weight for babyllama-tok105 on
2 slow cores (not yet timed for stories260K as committed; a scratch version that mapped the subject once
for all weights took about 4.5 minutes a weight there).
Writes benchmarks/results/real_weight-MODEL.json.
"""
import argparse
import json
import tempfile
import time
from pathlib import Path

from englishroom.corpora.stories import load_stories
from englishroom.decompiler.emit import emit
from englishroom.decompiler.pipeline import build_program
from englishroom.decompiler.settings import Settings
from englishroom.measure.evaluate import evaluate
from englishroom.paths import atomic_write, dev_stories, shared_file
from englishroom.rooms import load_room
from englishroom.subjects import load_subject


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--weights", default="1,2,4,8")
    ap.add_argument("--left-out", type=int, default=400)
    args = ap.parse_args()
    subject = load_subject(args.model)
    more = load_stories(shared_file("data", "tinystories", "train-more.txt"))
    kept, left_out = more[:-args.left_out], more[-args.left_out:]
    results = {"model": args.model, "left_out": len(left_out), "weights": {}}
    dev = load_stories(dev_stories())
    with tempfile.TemporaryDirectory() as tmp:
        probed = Path(tmp) / "train-more-probed.txt"
        probed.write_text("\n<|endoftext|>\n".join(kept) + "\n")
        for w in [float(x) for x in args.weights.split(",")]:
            t0 = time.perf_counter()
            program = build_program(subject, Settings(mechanisms=(), evidence_stories=0, talk_stories=0,
                                                      real_text=f"train-head,{probed}", real_weight=w))
            out = Path(tmp) / f"room-{w:g}"
            emit(program, out)
            room = load_room(out)
            left = evaluate(subject, left_out, {"room": room}, progress=False)
            valid = evaluate(subject, dev, {"room": room}, progress=False)
            results["weights"][f"{w:g}"] = {
                "left_out_loss": round(left["models"]["room"]["loss"], 4),
                "left_out_subject": round(left["subject"]["loss"], 4), "left_out_tokens": left["tokens"],
                "valid_dev_loss": round(valid["models"]["room"]["loss"], 4),
                "valid_dev_kl": round(valid["models"]["room"]["kl"], 4),
                "seconds": round(time.perf_counter() - t0)}
            print(w, results["weights"][f"{w:g}"], flush=True)
            del room, program
    best = min(results["weights"], key=lambda k: results["weights"][k]["left_out_loss"])
    results["best_on_left_out"] = best
    print("best on the left-out training stories:", best)
    atomic_write(Path("benchmarks/results") / f"real_weight-{args.model}.json", json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
