"""Where englishroom finds the shared read-only files (models, stories, tokenizers).

By default that is `../shared` next to the project checkout; set ENGLISHROOM_SHARED
to point elsewhere.
"""
import os
import shutil
from pathlib import Path

from englishroom.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    env = os.environ.get("ENGLISHROOM_SHARED")
    path = Path(env) if env else PROJECT_ROOT.parent / "shared"
    if not path.is_dir():
        raise UserError(f"shared files not found at {path}; set ENGLISHROOM_SHARED to the folder "
                        "holding models/ and data/")
    return path


def shared_file(*parts: str) -> Path:
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        raise UserError(f"shared file missing: {path}")
    return path


def dev_stories() -> Path:
    return shared_file("data", "tinystories", "valid-dev.txt")


def cache_dir() -> Path:
    """Where reproducible intermediate results (sampled corpora) are kept."""
    env = os.environ.get("ENGLISHROOM_CACHE")
    path = Path(env) if env else Path.home() / ".cache" / "englishroom"
    path.mkdir(parents=True, exist_ok=True)
    if (path / "rooms").is_dir():      # an earlier englishroom's parsed context rules (up to a GB): nothing reads them now
        shutil.rmtree(path / "rooms", ignore_errors=True)
    return path


def atomic_write(path, data, mode="w"):
    """Write to a temporary file beside `path`, then rename: no half-written outputs."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            f.write(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
