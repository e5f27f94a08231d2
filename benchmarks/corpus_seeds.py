"""Benchmark: how far a room's loss moves with the sample of the subject it was probed on.

    englishroom decompile --seed S --evidence-stories 0 --no-eval --out runs/seedS-stories260K   (each seed S)
    .venv/bin/python benchmarks/corpus_seeds.py ROOM [ROOM ...] [--model stories260K] [--limit N]

The rooms differ only in the seed of their sampled probe corpus (`englishroom demo`'s room is seed 0;
the evidence pass changes no prediction, so `--evidence-stories 0` builds the same room sooner). Each
room is scored on valid-dev (evaluate's protocol, every story from its start) with the unigram of its
own probe corpus, as `englishroom eval` computes the fraction recovered. Prints each room's seed, loss
and fraction recovered, then their mean and spread (largest less smallest). Writes
benchmarks/results/corpus_seeds-MODEL.json.
"""
import argparse
import json
import statistics
from pathlib import Path

from englishroom.corpora.stories import load_stories
from englishroom.errors import UserError
from englishroom.measure.baselines import Unigram, baseline_corpus
from englishroom.measure.evaluate import evaluate
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import subject_room
from englishroom.subjects import load_subject


def scored(subject, folder, texts):
    """{seed, probe tokens, loss, subject's loss, unigram's loss, fraction recovered} of the room in `folder`."""
    room = subject_room(folder, subject)
    stories, info = baseline_corpus(subject, folder, progress=False)      # the room's own probe corpus
    r = evaluate(subject, texts, {"room": room, "unigram": Unigram(stories, subject.vocab_size)}, progress=False)
    loss, uni, subj = (float(x["loss"]) for x in (r["models"]["room"], r["models"]["unigram"], r["subject"]))
    return {"room": str(folder), "seed": info.get("sampled", {}).get("seed"), "probe_tokens": sum(len(s) - 1 for s in stories),
            "loss": round(loss, 4), "subject_loss": round(subj, 4), "unigram_loss": round(uni, 4),
            "fraction_recovered": round((uni - loss) / (uni - subj), 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rooms", nargs="+")
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--limit", type=int, help="only the first N valid-dev stories")
    args = ap.parse_args()
    try:
        subject = load_subject(args.model)
        texts = load_stories(dev_stories(), limit=args.limit)
        rows = []
        for folder in args.rooms:
            rows.append(scored(subject, folder, texts))
            print(f"{folder}: seed {rows[-1]['seed']}, loss {rows[-1]['loss']:.4f}, fraction recovered "
                  f"{rows[-1]['fraction_recovered']:.4f}", flush=True)
    except UserError as e:
        raise SystemExit(f"error: {e}") from None
    fractions, losses = [r["fraction_recovered"] for r in rows], [r["loss"] for r in rows]
    result = {"model": subject.name, "stories": len(texts), "rooms": rows,
              "mean_loss": round(statistics.fmean(losses), 4), "loss_spread": round(max(losses) - min(losses), 4),
              "mean_fraction_recovered": round(statistics.fmean(fractions), 4),
              "fraction_spread": round(max(fractions) - min(fractions), 4)}
    print(f"mean loss {result['mean_loss']:.4f} (spread {result['loss_spread']:.4f}), mean fraction recovered "
          f"{result['mean_fraction_recovered']:.4f} (spread {result['fraction_spread']:.4f})")
    out = Path(__file__).parent / "results" / f"corpus_seeds-{subject.name}.json"
    atomic_write(out, json.dumps(result, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
