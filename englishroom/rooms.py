"""Loading a room folder into englishroom, to evaluate it with the room's own code."""
import importlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from .errors import UserError
from .protocol import Predictor


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
    names = [p.stem for p in folder.glob("*.py")]
    saved_path = list(sys.path)
    sys.path.insert(0, str(folder.resolve()))
    for name in names:
        sys.modules.pop(name, None)
    try:
        room = importlib.import_module("room").Room(str(folder), off=tuple(off))
    except Exception as e:
        raise UserError(f"{folder}: cannot load this room ({type(e).__name__}: {str(e)[:120]}); it is corrupt "
                        f"or was built by another englishroom version: decompile it again") from None
    finally:
        sys.path[:] = saved_path
        for name in names:             # the next room loads its own modules, not these
            sys.modules.pop(name, None)
    return RoomModel(folder, room)


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


def room_speed(room: RoomModel, story: list[int]) -> float:
    """Full next-token distributions scored per second, in the room's plain CPython."""
    t0 = time.perf_counter()
    for t in range(len(story)):
        room.room.predict(story[: t + 1])
    return len(story) / (time.perf_counter() - t0)


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


def mechanism_variants(folder) -> dict:
    """The room with each of its mechanisms switched off in turn, and with context rules alone."""
    manifest = json.loads((Path(folder) / "room.json").read_text())
    mechanisms = manifest["mechanisms"][1:]
    if not mechanisms:
        return {}
    variants = {f"without {m}": load_room(folder, off=(m,)) for m in mechanisms}
    variants["context rules only"] = load_room(folder, off=mechanisms)
    return variants


def take_contributions(models: dict, loss: float) -> dict:
    """Pop the variants' results out of `models`: each mechanism's contribution is the rise of
    the room's loss when that mechanism alone is switched off."""
    out = {}
    for name in [n for n in models if n.startswith("without ")]:
        m = models.pop(name)
        out[name[len("without "):]] = {"loss_without": m["loss"], "contribution": m["loss"] - loss,
                                      "kl_without": m["kl"]}
    if "context rules only" in models:
        m = models.pop("context rules only")
        out["context rules only"] = {k: m[k] for k in ("loss", "kl", "fraction_recovered") if k in m}
    return out
