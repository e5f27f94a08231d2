import os
import pickle
import shutil
import subprocess
import sys

import pytest

from englishroom.paths import shared_dir

if os.environ.get("PYTEST_XDIST_WORKER"):
    # the suite runs in two processes (pyproject.toml: -n 2), one a core; torch's own threads would
    # make each wait on the other's core (sampling four times slower), so each process, and anything
    # it starts, keeps to one
    os.environ["OMP_NUM_THREADS"] = "1"


@pytest.fixture(scope="session")
def shared():
    return shared_dir()


@pytest.fixture(scope="session")
def subject():
    from englishroom.subjects import load_subject
    return load_subject("stories260K")


@pytest.fixture(scope="session")
def corpus(subject):
    """A small sampled corpus (about 20k tokens), the same every run."""
    from englishroom.corpora.sampling import sample_stories
    return sample_stories(subject, 20000, seed=0, progress=False)


@pytest.fixture(scope="session")
def gptneo_dir(tmp_path_factory, shared):
    """A randomly initialised GPT-Neo of the TinyStories-1M shape, saved with the GPT-2 BPE files."""
    import torch
    from transformers import GPT2TokenizerFast, GPTNeoConfig, GPTNeoForCausalLM
    torch.manual_seed(0)
    cfg = GPTNeoConfig(vocab_size=50257, max_position_embeddings=2048, hidden_size=64, num_layers=8,
                       num_heads=16, attention_types=[[["global", "local"], 4]], window_size=256,
                       bos_token_id=50256, eos_token_id=50256)
    path = tmp_path_factory.mktemp("tinystories-1m-random")
    for name in ("vocab.json", "merges.txt"):
        shutil.copy(shared / "tokenizers" / "gpt2" / name, path / name)
    GPT2TokenizerFast.from_pretrained(path).save_pretrained(path)
    GPTNeoForCausalLM(cfg).save_pretrained(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Sampled corpora go to a fresh folder, so tests never depend on an earlier run's cache."""
    import os
    old = os.environ.get("ENGLISHROOM_CACHE")
    os.environ["ENGLISHROOM_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("ENGLISHROOM_CACHE")
    else:
        os.environ["ENGLISHROOM_CACHE"] = old


TEXTS = ["Once upon a time, there was a little dog named Max. Max liked to run.",
         "Lily had a red ball. She gave the ball to her friend Tom.\n\nTom was happy.",
         "The sun was hot."]

MECHS = ["state", "position", "priming", "words", "names", "copying", "calibration", "openings"]

SMALL = dict(budget=400, sample_tokens=20000, cool_tokens=4000, real_text=None, max_order=4, min_count=2,
             mechanism_tokens=10000, evidence_stories=0, talk_stories=10, mechanisms=tuple(MECHS),
             list_min=0.001, list_ratio=1.25, list_max=64)    # rules list the tokens that differ, as a large room's do (at most 64 here)


@pytest.fixture(scope="session")
def small_room(subject, tmp_path_factory):
    """A small measured room of stories260K (about a minute to build), built once for all the test
    processes: the first to need it builds it, under a lock, and the others read its folder and IR."""
    from filelock import FileLock
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base     # this run's, shared by its processes
    out, saved = run / "small-room", run / "small-room.pickle"
    with FileLock(str(run / "small-room.lock")):
        if not saved.exists():
            program = decompile(subject, out, Settings(**SMALL), data=None, evaluate=False, progress=False)
            saved.with_suffix(".part").write_bytes(pickle.dumps(program))
            saved.with_suffix(".part").rename(saved)
        return out, pickle.loads(saved.read_bytes())


def run_room(folder, *args):
    return subprocess.run([sys.executable, "-I", "-S", str(folder / "talk.py"), *args],
                          capture_output=True, text=True, timeout=60)
