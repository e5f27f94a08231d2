"""Benchmark: how fast the subjects sample, alone on the machine and beside a program that takes a core.

    .venv/bin/python benchmarks/sampling_speed.py [--tokens 1000000] [--models stories260K,babyllama-tok105]

For each model: tokens per second with one sampling process and with the default (one per core), then
the default again while a busy loop of plain Python runs beside it (another program on one core), and
whether the three corpora are the same (they should be: each story has its own random stream).
Writes benchmarks/results/sampling.json. Run it with nothing else on the machine.
"""
import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from englishroom.corpora.sampling import available_cores, sample_stories
from englishroom.paths import atomic_write
from englishroom.subjects import load_subject

OUT = Path(__file__).parent / "results" / "sampling.json"


def timed(subject, tokens, workers):
    t0 = time.perf_counter()
    stories = sample_stories(subject, tokens, seed=0, progress=False, workers=workers)
    seconds = time.perf_counter() - t0
    n = sum(len(s) - 1 for s in stories)
    return stories, {"workers": workers, "tokens": n, "seconds": round(seconds, 1), "tokens_per_second": round(n / seconds)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", type=int, default=1_000_000)
    ap.add_argument("--models", default="stories260K,babyllama-tok105")
    args = ap.parse_args()
    cores = available_cores()
    results = {"cores": cores, "tokens": args.tokens, "models": {}}
    for name in args.models.split(","):
        subject = load_subject(name)
        one, alone_1 = timed(subject, args.tokens, 1)
        default, alone = timed(subject, args.tokens, cores)
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            loaded, beside = timed(subject, args.tokens, cores)
        finally:
            busy.kill()
        results["models"][name] = {
            "one_process": alone_1, "one_per_core": alone, "one_per_core_beside_a_busy_core": beside,
            "slowdown_beside_a_busy_core": round(alone["tokens_per_second"] / beside["tokens_per_second"], 2),
            "same_corpus": one == default == loaded}
        print(name, json.dumps(results["models"][name]), flush=True)
    atomic_write(OUT, json.dumps(results, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
