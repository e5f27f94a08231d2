"""Loading a room folder into englishroom, to run and measure it with the room's own code.

A room is a program: loading one runs its Python files (room.py and the modules it names), so load
only rooms you built or trust. The loader first checks the room against its manifest (check_room: the
format, every file's size, lines and SHA-256), then imports the room's own modules, and only those,
from its folder, without putting the folder on the import path.
"""
import contextlib
import hashlib
import importlib
import importlib.abc
import importlib.util
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
        self.vocab_size, self.temperature = room.vocab_size, getattr(room, "temperature", 1.0)   # speaking temperature

    def predict(self, prefix):
        return self.room.predict(prefix)

    def story_distributions(self, story):
        return np.array([self.room.predict(story[: t + 1]) for t in range(len(story))])


def file_record(path: Path) -> dict:
    """What room.json records of a file: its size, lines and SHA-256."""
    data = path.read_bytes()
    return {"bytes": len(data), "lines": data.count(b"\n"), "sha256": hashlib.sha256(data).hexdigest()}


def check_room(folder) -> dict:
    """Verify a room without running it: room.json is a manifest of this englishroom's format, and every
    file it lists (the room's code and tables) is present, with its recorded size, lines and SHA-256.
    -> {"tables", "rules", "bytes"}; raises UserError naming the first problem."""
    folder = Path(folder)
    if not (folder / "room.json").is_file():
        raise UserError(f"{folder}: not a room (no room.json; build one with `englishroom decompile`)")
    try:
        manifest = json.loads((folder / "room.json").read_text(encoding="utf-8"))
        version = manifest.get("englishroom_room")
    except (OSError, ValueError, AttributeError):
        raise UserError(f"{folder}: room.json is corrupt (not readable JSON): decompile the room again") from None
    if version != FORMAT:
        raise UserError(f"{folder}: a room of format {version!r}; this englishroom reads format {FORMAT}: "
                        "decompile it again")
    files = manifest.get("files")
    try:
        assert isinstance(files, dict) and "room.py" in files and isinstance(manifest["tables"], list)
        assert isinstance(manifest["mechanisms"], list) and isinstance(manifest["rules"], int)
        needed = {"room.py", *(f"{m}.py" for m in manifest["mechanisms"]), *(f"tables/{t}" for t in manifest["tables"])}
        assert needed <= set(files)
        for name, want in files.items():
            assert isinstance(name, str) and set(want) == {"bytes", "lines", "sha256"}
            assert name == Path(name).name or (name.startswith("tables/") and "/" not in name[7:] and ".." not in name)
    except (AssertionError, TypeError, KeyError, AttributeError):
        raise UserError(f"{folder}: room.json is corrupt or the room incomplete (not the manifest englishroom "
                        "writes at the end of a room): decompile it again") from None
    total = 0
    for name, want in files.items():
        path = folder / name
        if not path.is_file():
            raise UserError(f"{folder}: {name} is missing: the room is incomplete")
        if file_record(path) != want:
            raise UserError(f"{folder}: {name} is not the file this room was written with (its size, lines or "
                            "SHA-256 differ from room.json): corrupt or edited; decompile the room again")
        total += want["bytes"]
    return {"tables": sum(1 for n in files if n.startswith("tables/")), "rules": manifest["rules"], "bytes": total}


def every_rule(rules) -> dict:
    """A room's ContextRules' {context ids: (listed, alpha)}, every rule read now (a room reads one when a story
    first asks for it), each checked as it is read; a context naming a piece outside vocab.txt is an error."""
    for context in list(rules.rows):
        ids = tuple(rules.id.get(p) for p in context.split(" "))
        if None in ids:
            raise UserError(f"tables/context_rules.txt: the rule after {context!r} names a piece that is not in "
                            "tables/vocab.txt")
        rules.rule(ids)
    return rules.rules


def check_rows(folder) -> int:
    """Load the room (running its code) and read every context rule now, each checked as the room checks a rule
    a story first asks for, so that a bad row is found here, not in the middle of a story. -> the rules read."""
    rules = load_room(folder).room.context_rules
    try:
        return len(every_rule(rules))
    except UserError as e:
        raise UserError(f"{folder}: {e}") from None


class RoomFinder(importlib.abc.MetaPathFinder):
    """Imports the room's own modules (and only those) from its folder, while a room loads: the folder
    is never put on sys.path, so nothing in it can stand in for the standard library."""

    def __init__(self, folder: Path, names):
        self.folder, self.names = folder, set(names)

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.names:
            return importlib.util.spec_from_file_location(fullname, self.folder / f"{fullname}.py")
        return None


def room_code(folder: Path, names):
    """A context that imports the modules `names` from `folder`, then forgets them (the next room loads its own)."""
    shadows = sorted(set(names) & (set(sys.stdlib_module_names) | set(sys.builtin_module_names)))
    if shadows:
        raise UserError(f"{folder}: the room has a module named like one of Python's own ({shadows[0]}.py); "
                        "refusing to load it")

    @contextlib.contextmanager
    def loading():
        finder = RoomFinder(folder.resolve(), names)
        saved = {n: sys.modules.pop(n) for n in names if n in sys.modules}
        sys.meta_path.insert(0, finder)
        try:
            yield
        finally:
            sys.meta_path.remove(finder)
            for n in names:
                sys.modules.pop(n, None)
            sys.modules.update(saved)
    return loading()


ROOM_ERRORS = set()      # the RoomError classes of the rooms loaded: a row read on first use raises one (cli.py)


def load_room(folder, off=(), rules=None) -> RoomModel:
    """The room in `folder`, checked (check_room) before its code runs. A room is a program: this runs it.
    `rules`: the ContextRules of a room loaded before from the same context-rule tables, to reuse."""
    folder = Path(folder)
    check_room(folder)
    manifest = json.loads((folder / "room.json").read_text(encoding="utf-8"))
    names = [n[:-3] for n in manifest["files"] if n.endswith(".py")]
    with room_code(folder, names):
        try:
            room = importlib.import_module("room").open_room(str(folder), off=tuple(off), check=False, rules=rules)
            ROOM_ERRORS.add(importlib.import_module("tables").RoomError)
        except Exception as e:         # the room's own RoomError, or its code failing on a corrupt table
            raise UserError(f"{folder}: cannot load this room: {str(e)[:200] or type(e).__name__}; "
                            "decompile it again") from None
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
    """One module of a room's own code (e.g. its `copying` module), imported from `folder` by path."""
    folder = Path(folder)
    with room_code(folder, [p.stem for p in folder.glob("*.py")]):
        return importlib.import_module(name)
