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
from englishroom.errors import UserError
from englishroom.measure.variants import room_speed
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import RoomModel, load_room, room_code
from englishroom.subjects import load_subject

TEMPLATE = Path(__file__).resolve().parents[1] / "englishroom" / "room_template"


def with_this_code(folder, tmp):
    """The room in `folder` run by this englishroom's room code: a copy in `tmp` with its own tables
    (unchecked: its code is not the code room.json lists), loaded beside it as englishroom loads rooms."""
    copy = Path(tmp) / "room"
    copy.mkdir()
    shutil.copy(folder / "room.json", copy)
    (copy / "tables").symlink_to((folder / "tables").resolve())
    names = [py.stem for py in folder.glob("*.py")]
    for name in names:
        shutil.copy(TEMPLATE / f"{name}.py", copy)
    with room_code(copy, names):
        return RoomModel(copy, importlib.import_module("room").open_room(str(copy), check=False))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("room", nargs="?")
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--check-stories", type=int, default=60, help="stories whose every position is compared")
    args = ap.parse_args()
    folder = Path(args.room or f"runs/{args.model}-room")
    try:
        own = load_room(folder)            # checked: a missing or corrupt room is a one-line error
        subject = load_subject(args.model)
    except UserError as e:
        sys.exit(f"room_code_speed.py: {e}")
    stories = [subject.encode_story(t) for t in load_stories(dev_stories())[:args.check_stories]]
    with tempfile.TemporaryDirectory() as tmp:
        rooms = {"the room's own code": own, "this code": with_this_code(folder, tmp)}
        worst = 0.0
        for story in stories:
            for t in range(len(story)):
                a, b = (room.room.predict(story[:t + 1]) for room in rooms.values())
                worst = max(worst, max(abs(x - y) / max(x, 1e-300) for x, y in zip(a, b)))
        rates = {name: [] for name in rooms}
        for _ in range(args.rounds):
            for name, room in rooms.items():
                rates[name].append(room_speed(room, stories, repeats=1))
    out = {"room": str(folder), "positions_compared": sum(map(len, stories)), "largest_relative_difference": worst,
           "rounds": rates, "median": {name: statistics.median(r) for name, r in rates.items()}}
    print(f"{out['positions_compared']} positions: largest relative difference {worst:.2g}")
    for name, r in rates.items():
        print(f"{name}: median {statistics.median(r):,.0f} distributions a second ({', '.join(f'{x:,.0f}' for x in r)})")
    path = Path(__file__).parent / "results" / f"room_code_speed-{args.model}.json"
    atomic_write(path, json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
