"""Loading a room folder into englishroom, to run and measure it with the room's own code.

A room is a program: loading one imports its Python files (room.py and the modules it names),
so load only rooms you built or trust. The loader checks the room's format first.
"""
import importlib
import json
import sys
from pathlib import Path

import numpy as np

from englishroom.errors import UserError
from englishroom.measure.protocol import Predictor

FORMAT = 2        # room.json's "englishroom_room": the format emit writes and this loader reads


class RoomModel(Predictor):
    """A room behind the evaluation protocol: `predict(prefix)` is the room's own `Room.predict`."""

    def __init__(self, folder, room):
        self.folder, self.room = Path(folder), room
        self.name = f"room:{self.folder.name}"
        self.vocab_size = room.vocab_size

    def predict(self, prefix):
        return self.room.predict(prefix)

    def story_distributions(self, story):
        return np.array([self.room.predict(story[: t + 1]) for t in range(len(story))])


def load_room(folder, off=()) -> RoomModel:
    folder = Path(folder)
    if not (folder / "room.json").is_file() or not (folder / "room.py").is_file():
        raise UserError(f"{folder}: not a room (no room.json and room.py; build one with `englishroom decompile`)")
    try:
        version = json.loads((folder / "room.json").read_text(encoding="utf-8")).get("englishroom_room")
    except (OSError, ValueError, AttributeError):
        raise UserError(f"{folder}: room.json is not readable JSON; it is corrupt: decompile it again") from None
    if version != FORMAT:
        raise UserError(f"{folder}: a room of format {version!r}; this englishroom reads format {FORMAT}: "
                        "decompile it again")
    names = [p.stem for p in folder.glob("*.py")]
    saved_path = list(sys.path)
    sys.path.insert(0, str(folder.resolve()))
    for name in names:
        sys.modules.pop(name, None)
    try:
        room = importlib.import_module("room").open_room(str(folder), off=tuple(off))
    except Exception as e:
        raise UserError(f"{folder}: cannot load this room ({type(e).__name__}: {str(e)[:120]}); it is corrupt "
                        f"or was built by another englishroom version: decompile it again") from None
    finally:
        sys.path[:] = saved_path
        for name in names:             # the next room loads its own modules, not these
            sys.modules.pop(name, None)
    return RoomModel(folder, room)


def subject_room(folder, subject) -> RoomModel:
    """The room in `folder`, refused if its vocabulary is not the subject's (to measure it against that subject)."""
    room = load_room(folder)
    if room.vocab_size != subject.vocab_size:
        raise UserError(f"{folder} has {room.vocab_size} tokens, {subject.name} {subject.vocab_size}")
    return room


def room_size(folder) -> dict:
    """Rules, bytes of the tables the room reads, and its logic lines (non-blank, non-comment)."""
    folder = Path(folder)
    manifest = json.loads((folder / "room.json").read_text())
    tables = [folder / "tables" / t for t in manifest["tables"]]
    logic = 0
    for py in folder.glob("*.py"):
        logic += sum(1 for line in py.read_text().splitlines()
                     if line.strip() and not line.strip().startswith("#"))
    return {"rules": manifest["rules"], "table_bytes": sum(t.stat().st_size for t in tables),
            "logic_lines": logic}


def room_module(folder, name):
    """Import one module of a room's own code (e.g. its `copying` module) by path."""
    import importlib.util
    folder = Path(folder).resolve()
    names = [p.stem for p in folder.glob("*.py")]
    saved_path = list(sys.path)
    sys.path.insert(0, str(folder))
    for other in names:
        sys.modules.pop(other, None)
    try:
        spec = importlib.util.spec_from_file_location(f"_room_{name}", folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved_path
        for other in names:
            sys.modules.pop(other, None)
    return module
