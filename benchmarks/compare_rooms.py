"""Are two rooms the same? Byte-compare their tables and compare their metrics, less timings.

    python benchmarks/compare_rooms.py ROOM_A ROOM_B
    python benchmarks/compare_rooms.py --build ROOM       # a small room with every mechanism (about 3 minutes)

Prints one line per table (same / differs) and every metric that differs (tokens_per_second, a
timing, is left out); exits 1 when a table or a metric differs. Used to check that a change of
englishroom's code leaves a room built with the same settings and seed as it was.
"""
import filecmp
import json
import sys
from pathlib import Path

IGNORED = {"tokens_per_second", "seconds", "seconds_to_build", "data"}   # timings, and where the data was


def flat(d, prefix=""):
    """{"a.b.c": value} for every leaf of nested dicts, less the IGNORED keys."""
    out = {}
    for k, v in d.items():
        if k in IGNORED:
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def main(a, b):
    a, b = Path(a), Path(b)
    differs = 0
    names = sorted({p.name for p in (a / "tables").iterdir()} | {p.name for p in (b / "tables").iterdir()})
    for name in names:
        same = (a / "tables" / name).is_file() and (b / "tables" / name).is_file() and \
            filecmp.cmp(a / "tables" / name, b / "tables" / name, shallow=False)
        differs += not same
        print(f"{'same   ' if same else 'DIFFERS'} tables/{name}")
    ma = flat(json.loads((a / "provenance.json").read_text()).get("metrics", {}))
    mb = flat(json.loads((b / "provenance.json").read_text()).get("metrics", {}))
    for key in sorted(set(ma) | set(mb)):
        if ma.get(key) != mb.get(key):
            differs += 1
            print(f"metric {key}: {ma.get(key)!r} vs {mb.get(key)!r}")
    print(f"{len(names)} tables, {len(set(ma) | set(mb))} metrics compared: "
          + ("identical" if not differs else f"{differs} differences"))
    return 1 if differs else 0


def build(out):
    """A 3,000-rule room of stories260K with all six mechanisms, evidence and talk, measured on the
    first 40 valid-dev stories: small enough to build twice, big enough to exercise every pass."""
    import tempfile
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    from englishroom.paths import dev_stories
    from englishroom.subjects import load_subject
    s = Settings(budget=3000, sample_tokens=60000, cool_tokens=10000, real_text="train-head", max_order=5,
                 mechanism_tokens=30000, evidence_stories=12, talk_stories=20,
                 mechanisms=("position", "priming", "copying", "calibration"))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "dev40.txt"
        data.write_text("\n<|endoftext|>\n".join(load_stories(dev_stories(), limit=40)) + "\n")
        decompile(load_subject("stories260K"), out, s, data=str(data), progress=False)


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rooms", nargs="*", help="two room folders to compare")
    ap.add_argument("--build", help="build the small check room into this folder")
    args = ap.parse_args()
    if args.build:
        build(args.build)
    if len(args.rooms) == 2:
        sys.exit(main(*args.rooms))
    elif args.rooms or not args.build:
        ap.error("give two rooms to compare (and/or --build ROOM)")
