"""One point of the settings search: build a room with the given settings, score it on the first
150 stories of valid-dev.txt, and say where its greedy decoding parts from the reference sentence.

    .venv/bin/python benchmarks/settings_search.py --mechanisms none
    .venv/bin/python benchmarks/settings_search.py --cool-tokens 0 --mechanisms none
    .venv/bin/python benchmarks/settings_search.py --max-order 10 --mechanisms position,priming,copying

Every setting not given is the room's default (settings.py); docs/settings_search.md gives the ones
each of its rows used (150,000 rules and 2,000,000 sampled tokens then). About 3 minutes with context
rules only and 8 with the mechanisms at those sizes (evidence is skipped), warm cache.
"""
import argparse
import time
from pathlib import Path

from englishroom.decompiler.pipeline import decompile
from englishroom.decompiler.settings import Settings, parse_mechanisms
from englishroom.measure.evaluate import evaluate
from englishroom.paths import dev_stories
from englishroom.rooms import load_room
from englishroom.corpora.stories import load_stories
from englishroom.subjects import load_subject

REFERENCE = ("Once upon a time, there was a little girl named Lily. She loved to play outside in the park. "
             "One day, she saw a big, red ball. She wanted to play with it, but it was too high.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=int, default=Settings.budget)
    ap.add_argument("--max-order", type=int, default=Settings.max_order, help="default: derived (reach.py)")
    ap.add_argument("--sample-tokens", type=int, default=Settings.sample_tokens)
    ap.add_argument("--selection", default="reach", choices=("reach", "importance"))
    ap.add_argument("--mechanisms", default="none")
    ap.add_argument("--cool-tokens", type=int, default=Settings.cool_tokens,
                    help="0: the probe corpus of the rooms before cool samples")
    ap.add_argument("--cool-temperature", type=float, default=Settings.cool_temperature)
    ap.add_argument("--stories", type=int, default=150)
    ap.add_argument("--room", default="runs/search/room")
    args = ap.parse_args()
    subject = load_subject("stories260K")
    s = Settings(budget=args.budget, max_order=args.max_order, selection=args.selection,
                 sample_tokens=args.sample_tokens, cool_tokens=args.cool_tokens, cool_temperature=args.cool_temperature,
                 mechanisms=parse_mechanisms(args.mechanisms), evidence_stories=0)
    t0 = time.perf_counter()
    decompile(subject, Path(args.room), s, evaluate=False, progress=False)
    room = load_room(args.room)
    ids = room.room.encode(REFERENCE)
    parts = []
    for t in range(1, len(ids)):
        p = room.predict(ids[:t])
        best = max(range(len(p)), key=p.__getitem__)
        if best != ids[t]:
            parts.append(f"{t}: {room.room.vocab[best]!r} for {room.room.vocab[ids[t]]!r}")
    result = evaluate(subject, load_stories(dev_stories(), limit=args.stories), {"room": room}, progress=False)
    print(f"settings: budget {args.budget}, max order {args.max_order}, selection {args.selection}, "
          f"mechanisms {args.mechanisms}, cool {args.cool_tokens} at {args.cool_temperature}; built in {time.perf_counter() - t0:.0f} s")
    print(f"loss on the first {args.stories} valid-dev stories: room {result['models']['room']['loss']:.4f}, "
          f"subject {result['subject']['loss']:.4f}")
    print(f"greedy decoding parts from the reference sentence at {len(parts)} of {len(ids) - 1} tokens"
          + (": " + "; ".join(parts) if parts else ""))


if __name__ == "__main__":
    main()
