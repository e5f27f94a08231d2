"""The room code of this englishroom against a room's own code, on the room's own tables.

    python benchmarks/room_code_speed.py [ROOM] [--model M] [--rounds 9]

Writes a copy of ROOM (default: the demo's room of the subject) whose tables are ROOM's and whose code
is englishroom's room_template, the files ROOM has; checks that the two give the same predictions at
every position of the first valid-dev stories; then times both with the demo's speed measure
(`measure.variants.room_speed`: full distributions a second over the same first 1,000 positions),
one round each in turn in one process, so that both see the same speed of the machine. Prints the
medians and writes benchmarks/results/room_code_speed-MODEL.json. About 2 minutes for stories260K.
"""
import argparse
import importlib
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from englishroom.corpora.stories import load_stories
from englishroom.measure.variants import room_speed
from englishroom.paths import dev_stories
from englishroom.subjects import load_subject

TEMPLATE = Path(__file__).resolve().parents[1] / "englishroom" / "room_template"


class Timed:
    """What room_speed reads: `.room.predict`."""

    def __init__(self, room):
        self.room = room


def open_with_code(folder, code):
    """The room in `folder`, run by the modules in `code` (a folder), imported afresh."""
    for py in Path(code).glob("*.py"):
        sys.modules.pop(py.stem, None)
    sys.path.insert(0, str(code))
    try:
        return importlib.import_module("room").open_room(str(folder), check=False)
    finally:
        sys.path.remove(str(code))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("room", nargs="?")
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--check-stories", type=int, default=60, help="stories whose every position is compared")
    args = ap.parse_args()
    folder = Path(args.room or f"runs/{args.model}-room")
    subject = load_subject(args.model)
    stories = [subject.encode_story(t) for t in load_stories(dev_stories())[:args.check_stories]]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "room"
        copy.mkdir()
        shutil.copy(folder / "room.json", copy)
        (copy / "tables").symlink_to((folder / "tables").resolve())
        for py in folder.glob("*.py"):
            shutil.copy(TEMPLATE / py.name, copy)
        rooms = {"the room's own code": open_with_code(folder, folder), "this code": open_with_code(copy, copy)}
        own, new = rooms.values()
        worst = 0.0
        for story in stories:
            for t in range(len(story)):
                a, b = own.predict(story[:t + 1]), new.predict(story[:t + 1])
                worst = max(worst, max(abs(x - y) / max(x, 1e-300) for x, y in zip(a, b)))
        rates = {name: [] for name in rooms}
        for _ in range(args.rounds):
            for name, room in rooms.items():
                rates[name].append(room_speed(Timed(room), stories, repeats=1))
    out = {"room": str(folder), "positions_compared": sum(map(len, stories)), "largest_relative_difference": worst,
           "rounds": rates, "median": {name: statistics.median(r) for name, r in rates.items()}}
    print(f"{out['positions_compared']} positions: largest relative difference {worst:.2g}")
    for name, r in rates.items():
        print(f"{name}: median {statistics.median(r):,.0f} distributions a second ({', '.join(f'{x:,.0f}' for x in r)})")
    path = Path(__file__).parent / "results" / f"room_code_speed-{args.model}.json"
    path.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
