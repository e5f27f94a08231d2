"""Sampled corpora: seeded, written atomically, read back (corpora/sampling.py)."""
import json
import multiprocessing
import os
import re
import signal
import time

import pytest

from englishroom.corpora.sampling import sample_stories


def test_sampling_is_seeded(subject):
    a = sample_stories(subject, 300, seed=7, batch=4, progress=False)
    b = sample_stories(subject, 300, seed=7, batch=4, progress=False)
    c = sample_stories(subject, 300, seed=8, batch=4, progress=False)
    assert a == b and a != c
    assert sum(len(s) - 1 for s in a) >= 300 and all(s[0] == subject.bos_id for s in a)


def test_sample_cli_writes_corpus(tmp_path):
    from englishroom.cli import main
    from englishroom.corpora.sampling import read_corpus
    out = tmp_path / "c.jsonl"
    main(["sample", "--tokens", "500", "--seed", "3", "--batch", "8", "--out", str(out), "--quiet"])
    header, stories = read_corpus(out)
    assert header["tokens"] >= 500 and header["seed"] == 3 and len(stories) == header["stories"]
    first = json.loads(out.read_text().splitlines()[1])
    assert first["text"] and first["ids"][0] == 1
    out2 = tmp_path / "d.jsonl"
    main(["sample", "--tokens", "500", "--seed", "3", "--batch", "8", "--out", str(out2), "--quiet"])
    assert out.read_text() == out2.read_text()
    assert not list(tmp_path.glob(".*tmp*"))


@pytest.mark.parametrize("settings, message", [
    ({"temperature": float("nan")}, "temperature nan: give a finite number ≥ 0"),
    ({"temperature": -1.0}, "temperature -1.0: give a finite number ≥ 0"),
    ({"temperature": float("inf")}, "temperature inf: give a finite number ≥ 0"),
    ({"batch": 0}, "the batch size must be a positive number"),
    ({"seed": 10 ** 23}, "seed 100000000000000000000000: give a whole number from 0"),
    ({"seed": -1}, "seed -1: give a whole number from 0"),
    ({"n_tokens": -5}, "the number of tokens to sample must be positive"),
])
def test_bad_sampling_settings_are_refused_before_the_subject_is_touched(settings, message):
    from englishroom.errors import UserError

    class Untouchable:
        def __getattr__(self, name):
            raise AssertionError(f"the subject's {name} was used before the settings were checked")
    with pytest.raises(UserError, match=re.escape(message)):
        sample_stories(Untouchable(), **{"n_tokens": 100, **settings})


def test_tiny_temperatures_pick_the_likeliest_token(subject):
    """softmax(logits / T) in log space: T = 1e-40 or 5e-324 neither overflows nor divides by a float32 zero."""
    greedy = sample_stories(subject, 150, temperature=0, batch=2, max_len=60, progress=False)
    for t in (1e-6, 1e-30, 1e-40, 1e-300, 5e-324):
        assert sample_stories(subject, 150, seed=3, temperature=t, batch=2, max_len=60, progress=False) == greedy


def test_next_tokens_at_extreme_temperatures():
    import torch
    from englishroom.corpora.sampling import next_tokens
    logits = torch.randn(4, 512, generator=torch.Generator().manual_seed(0)) * 30
    uniforms = torch.rand(4, generator=torch.Generator().manual_seed(1), dtype=torch.float64)
    for t in (0, 1e-9, 1e-40, 5e-324):
        assert torch.equal(next_tokens(logits, t, uniforms), logits.argmax(-1))
    assert next_tokens(logits, 1e300, uniforms).shape == (4,)                  # near uniform, still a sample
    # the token is where the uniform falls in the cumulative distribution: 0 takes the first token with
    # any probability, just under 1 the last
    flat = torch.zeros(2, 5)
    flat[:, 0] = -1e30
    assert next_tokens(flat, 1.0, torch.tensor([0.0, 1 - 1e-12], dtype=torch.float64)).tolist() == [1, 4]


def test_a_story_is_the_same_in_any_batch_and_any_number_of_processes(subject):
    """Each story draws from its own random stream: the corpus does not depend on how it was computed."""
    one = sample_stories(subject, 2000, seed=11, batch=8, progress=False, workers=1)
    assert sample_stories(subject, 2000, seed=11, batch=8, progress=False, workers=2) == one
    wide = sample_stories(subject, 2000, seed=11, batch=32, progress=False, workers=1)
    assert wide[:5] == one[:5] and len({tuple(s) for s in one}) == len(one)


def test_fit_prompt_keeps_bos_and_the_last_tokens():
    from englishroom.corpora.sampling import fit_prompt
    prompt = [1] + list(range(100, 1100))
    cut = fit_prompt(prompt, 512, 200)
    assert cut == [1] + prompt[-311:] and len(cut) + 200 == 512                # room for the tokens asked for
    assert fit_prompt(prompt, 512, 5000) == [1] + prompt[-255:]                # at most half the context for them
    assert fit_prompt(prompt[:100], 512, 200) == prompt[:100]                  # fits: unchanged


@pytest.mark.parametrize("which", ["stories260K", "gptneo"])
def test_rows_leave_the_batch_and_the_cache_when_their_story_ends(which, subject, gptneo_dir):
    """With many end tokens, stories end at different steps and leave the KV cache (llama2.c's KVCache,
    transformers' DynamicCache); each still equals the story sampled alone."""
    from englishroom.corpora.sampling import sample_wave
    from englishroom.subjects import load_subject
    model = subject if which == "stories260K" else load_subject(str(gptneo_dir))
    ends = model.end_ids
    model.end_ids = set(ends) | set(range(3, model.vocab_size, 9))
    try:
        together = sample_wave(model, [model.bos_id], range(8), 3, 1.0, 40)
        alone = [sample_wave(model, [model.bos_id], range(i, i + 1), 3, 1.0, 40)[0] for i in range(8)]
    finally:
        model.end_ids = ends
    assert together == alone
    assert len({len(s) for s in together}) > 2                     # they did end at different steps


def test_an_interrupt_while_the_workers_fork_is_raised_once_they_have(monkeypatch):
    """SIGTERM that arrives while worker_pool forks (where Python would drop the interrupt) waits until the
    processes are made, then comes as the command line makes it (KeyboardInterrupt) and stops them."""
    from englishroom.corpora import sampling
    calls = []

    class Forking:                       # an executor whose forking is interrupted
        def __init__(self, workers, mp_context, initializer):
            self._processes = {}

        def submit(self, function):
            os.kill(os.getpid(), signal.SIGTERM)
            calls.append("forked")       # not interrupted halfway: the signal is held

        def shutdown(self, wait=True, cancel_futures=False):
            calls.append("stopped")
    monkeypatch.setattr(sampling, "ProcessPoolExecutor", Forking)
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)        # as the command line sets it
    try:
        with pytest.raises(KeyboardInterrupt):
            with sampling.worker_pool(2):
                calls.append("used")
        assert signal.getsignal(signal.SIGTERM) is signal.default_int_handler   # the handler of before, back
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert calls == ["forked", "stopped"]


def dies_at_three(item, shared):
    if item == 3:
        os.kill(os.getpid(), signal.SIGKILL)        # as the kernel's out-of-memory killer would
    return item * shared


@pytest.mark.timeout(60)
def test_a_worker_that_dies_ends_the_map_with_a_one_line_error():
    """A forked process killed in the middle of a job fails the map at once with a UserError (a
    multiprocessing.Pool would fork another process and wait for the lost job for ever), and the other
    process is stopped."""
    from englishroom.corpora import sampling
    from englishroom.errors import UserError
    got = []
    with pytest.raises(UserError, match="worker process ended abruptly"):
        for x in sampling.forked_map(dies_at_three, 10, range(40), 2):
            got.append(x)
    assert got == [0, 10, 20][:len(got)]        # in order, and none from the lost job on
    assert sampling._JOB is None
    waited = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - waited < 10:
        time.sleep(0.05)
    assert not multiprocessing.active_children()                # none left running


def sleeps(item, shared):
    time.sleep(shared)
    return item


@pytest.mark.timeout(60)
def test_maps_left_early_stop_their_processes_cleanly():
    """Closing a map after a few results ends its processes at once, leaves no thread behind and lets no
    thread fail (Python 3.11's executor thread dies when a job was cancelled and then a process ends)."""
    import threading

    from englishroom.corpora import sampling
    failed, before = [], set(threading.enumerate())
    previous, threading.excepthook = threading.excepthook, failed.append
    try:
        for taken in range(6):
            each = sampling.forked_map(sleeps, 0.002 * taken, list(range(100)), 2)
            assert [next(each) for _ in range(taken)] == list(range(taken))
            started = time.monotonic()
            each.close()
            assert time.monotonic() - started < 5
        assert set(threading.enumerate()) - before == set()
    finally:
        threading.excepthook = previous
    assert failed == []
    assert not multiprocessing.active_children()


def test_the_cache_forgets_an_earlier_versions_parsed_rules(tmp_path, monkeypatch):
    """cache_dir removes rooms/, where an earlier englishroom kept parsed context rules, and keeps the corpora."""
    from englishroom.paths import cache_dir
    monkeypatch.setenv("ENGLISHROOM_CACHE", str(tmp_path))
    (tmp_path / "rooms" / "abc").mkdir(parents=True)
    (tmp_path / "rooms" / "abc" / "rules.marshal").write_bytes(b"x" * 10)
    (tmp_path / "corpus-x.jsonl").write_text("{}\n")
    assert cache_dir() == tmp_path
    assert not (tmp_path / "rooms").exists() and (tmp_path / "corpus-x.jsonl").exists()


FORKED_TORCH = """
import torch
from englishroom.corpora.sampling import forked_map
torch.set_num_threads(2)
torch.repeat_interleave(torch.arange(100_000), torch.full((100_000,), 3))    # this process's OpenMP threads at work


def job(n, shared):
    return int(torch.repeat_interleave(torch.arange(n), torch.full((n,), 2)).sum())


print(list(forked_map(job, None, [100_000, 100_001], 2)))
"""


def test_torch_runs_in_forked_processes_after_this_one_ran_it_on_two_threads():
    """A forked process runs torch on one thread: OpenMP's threads do not survive a fork, and an operation
    run there on two would wait for them for ever (as the rules' listing once did in a build)."""
    import subprocess
    import sys
    run = subprocess.Popen([sys.executable, "-c", FORKED_TORCH], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    try:
        out, err = run.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the forked processes hung")
    assert run.returncode == 0, err
    assert out.split() == ["[9999900000,", "10000100000]"]
