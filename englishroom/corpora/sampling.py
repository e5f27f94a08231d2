"""Sampling stories from a subject, and the corpus file that holds them.

A corpus is a JSON Lines file: the first line is a header describing how it was
made ({"englishroom_corpus": 1, "model": ..., "seed": ..., ...}); every further line
is one story {"ids": [BOS, ...], "text": "..."}. The same model, seed, token count,
temperature and batch size give the same file.
"""
import collections
import contextlib
import itertools
import json
import math
import multiprocessing
import numbers
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import torch
from tqdm import tqdm

from englishroom.errors import UserError
from englishroom.paths import atomic_write

FORMAT = 1
SAMPLER = 2        # how stories are sampled (2: a random stream per story, waves of `batch`); in cache names


SEED_LIMIT = 2 ** 64       # torch's generators take seeds below 2**64 (the command line asks for < 2**63)


def check_sampling(n_tokens=1, seed=0, temperature=1.0, batch=1):
    """Refuse what sampling cannot do, in one line, before any work: counts ≥ 1, a seed torch accepts,
    a finite temperature ≥ 0 (0 is greedy)."""
    def whole(x):
        return isinstance(x, numbers.Integral) and not isinstance(x, bool)
    if not whole(n_tokens) or n_tokens <= 0:
        raise UserError(f"the number of tokens to sample must be positive (got {n_tokens})")
    if not whole(batch) or batch <= 0:
        raise UserError(f"the batch size must be a positive number of stories (got {batch})")
    if not whole(seed) or not 0 <= seed < SEED_LIMIT:
        raise UserError(f"seed {seed}: give a whole number from 0 to 2**64-1")
    if not (isinstance(temperature, numbers.Real) and math.isfinite(temperature) and temperature >= 0):
        raise UserError(f"temperature {temperature}: give a finite number ≥ 0 (0 picks the likeliest token)")


def fit_prompt(prompt: list[int], context_length: int, tokens: int) -> list[int]:
    """`prompt` (BOS first) cut to BOS and its last tokens, so that it fits the context and leaves room
    for `tokens` new ones (or half the context, whichever is less); unchanged when it already does."""
    keep = context_length - min(max(tokens, 1), context_length // 2)
    return prompt if len(prompt) <= keep else prompt[:1] + prompt[len(prompt) - keep + 1:]


def story_uniforms(seed: int, index: int, length: int) -> torch.Tensor:
    """The uniform numbers story `index` of a corpus with this seed draws its tokens with, one per step:
    each story has its own stream, so a story is the same whatever batch it was sampled in, whichever
    stories finished beside it, and on whichever worker (a shard of a corpus is its stories' indices)."""
    gen = torch.Generator().manual_seed((seed * 1_000_003 + index) % SEED_LIMIT)
    return torch.rand(length, generator=gen, dtype=torch.float64)


def next_tokens(logits, temperature: float, uniforms):
    """One token per row: the argmax at temperature 0, else the token where `uniforms` (one per row, in
    [0, 1)) falls in the cumulative softmax(logits / T), computed in float64 with the largest logit
    subtracted first (logits divided, never probabilities raised to 1/T), so that as T -> 0 it becomes
    the argmax."""
    if temperature == 0:
        return logits.argmax(-1)
    logits = logits.double()
    weights = torch.exp((logits - logits.max(-1, keepdim=True).values) / temperature)
    cdf = weights.cumsum(-1)
    chosen = torch.searchsorted(cdf, (uniforms * cdf[:, -1])[:, None], right=True)[:, 0]
    return chosen.clamp_max(logits.shape[-1] - 1)


THREADS = 1        # torch threads per sampling process: see sample_stories


@torch.no_grad()
def sample_stories(subject, n_tokens: int, seed: int = 0, temperature: float = 1.0,
                   batch: int = 128, max_len: int | None = None, prompt: list[int] | None = None,
                   progress: bool = True, workers: int | None = None) -> list[list[int]]:
    """Sample stories from BOS (or from `prompt`, which starts with BOS) until `n_tokens` story
    tokens (BOS excluded) are collected. A story ends when the model emits an end token
    (BOS or EOS; not kept) or reaches `max_len` tokens. temperature 0 is greedy decoding.

    Story i draws from its own random stream (story_uniforms) and is sampled in wave i // size with
    the stories beside it, `size` = `batch` (fewer when fewer will do), so the corpus does not depend
    on how many processes sample it. Waves run in `workers` processes (default: one per core the
    machine gives this process), each torch on THREADS thread: one step of a small model is too short
    to share between threads, and two threads that wait on each other run four times slower when
    another program takes a core, where two processes run 1.4 times slower (benchmarks/sampling_speed.py)."""
    check_sampling(n_tokens, seed, temperature, batch)
    max_len = min(max_len or subject.context_length, subject.context_length)
    prompt = prompt or [subject.bos_id]
    if len(prompt) >= max_len:
        raise UserError(f"the prompt has {len(prompt)} tokens with BOS, leaving no room in the "
                        f"{max_len} a story may have")
    # greedy decoding writes one story however often it is asked: one at a time
    size = 1 if temperature == 0 else min(batch, max(1, math.ceil(2.2 * n_tokens / (max_len - len(prompt)))))
    job = (prompt, seed, temperature, max_len)
    stories, total = [], 0
    bar = tqdm(total=n_tokens, desc="sampling", unit="tok", disable=not progress)
    try:
        workers = 1 if subject.device != "cpu" else workers or available_cores()      # a GPU is not forked
        for wave in waves_in_order(subject, job, size, workers, lambda: n_tokens - total):
            before = total
            for s in wave:
                if total >= n_tokens:
                    break
                stories.append(s)
                total += len(s) - 1
                bar.update(len(s) - 1)
            if total >= n_tokens or (total == before and temperature == 0):   # greedy: no wave adds a token
                break
    finally:
        bar.close()
    return stories


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def worker_pool(workers):
    """A ProcessPoolExecutor of `workers` forked processes that leave Ctrl-C to this one. On leaving the
    block the processes are stopped at once, and the jobs left fail (`stop`; the command line turns
    SIGTERM into an interrupt, which they would inherit and report, so they take SIGTERM as it comes).
    A process that dies (killed, out of memory) fails every job, and the block ends with a one-line
    error: a multiprocessing.Pool would fork a replacement and wait for the lost job for ever."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=quiet_worker)
    try:
        with signals_held():
            pool.submit(int)        # a pool of forked processes forks them all at its first job: here
        yield pool
    except BrokenProcessPool:
        raise UserError("a worker process ended abruptly (killed, or out of memory?); the run stopped") from None
    finally:
        stop(pool)


@contextlib.contextmanager
def signals_held():
    """Ctrl-C or SIGTERM arriving in the block is held and raised once it ends: raised in the middle of a
    fork (in logging's fork handlers), Python reports the interrupt and drops it, and the run goes on."""
    if threading.current_thread() is not threading.main_thread():      # only the main thread sets handlers
        yield
        return
    held = []
    previous = {s: signal.signal(s, lambda signum, _frame: held.append(signum)) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if held:
        signal.raise_signal(held[0])      # as it would have come: the command line's KeyboardInterrupt


def stop(pool):
    """End the processes now and wait for the executor's own thread, which sees them end, fails the jobs
    left and cleans up (shutdown alone would wait for every job). No job is cancelled: in Python 3.11 that
    thread dies on a cancelled job when it finds a process ended. Python 3.14 has this as
    terminate_workers; before it, the executor's processes are its private _processes."""
    if hasattr(pool, "terminate_workers"):
        return pool.terminate_workers()
    for p in list((pool._processes or {}).values()):
        if p.is_alive():
            p.terminate()
    pool.shutdown(wait=True)


def in_order(pool, function, jobs, ahead):
    """function(job) for each job, in order, with at most `ahead` jobs given to the pool and not yet taken
    (Executor.map would give it every job, and cancel them when left early)."""
    pending = collections.deque()
    for job in jobs:
        pending.append(pool.submit(function, job))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def forked_map(function, shared, items, workers, chunksize=1):
    """function(item, shared) for each item, in order: in `workers` forked processes, which read `shared`
    from this process's memory as it was when they forked (it is never pickled), or here where workers
    is 1. Closing the generator stops the processes."""
    global _JOB
    if workers <= 1 or len(items) <= 1:
        yield from (function(item, shared) for item in items)
        return
    _JOB = job = (function, shared)
    chunks = (items[i:i + chunksize] for i in range(0, len(items), chunksize))
    try:
        with worker_pool(workers) as pool:
            for done in in_order(pool, run_chunk, chunks, 4 * workers):
                yield from done
    finally:
        if _JOB is job:
            _JOB = None


_JOB = None             # (function, shared) of the forked_map under way, for the processes it forks


def run_chunk(items):
    function, shared = _JOB
    return [function(item, shared) for item in items]


def quiet_worker():
    """A forked process leaves Ctrl-C to this one, and runs torch on one thread for its whole life: the
    OpenMP threads of this process do not survive the fork, and an operation run on two threads there
    would wait for them for ever (tests/test_sampling.py)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    torch.set_num_threads(1)


_SUBJECT = None         # the subject a sampling process works for (set before the processes fork)


@contextlib.contextmanager
def torch_threads(n):
    """torch runs with `n` threads in the block, and as many as before after it (a job that runs in this
    process, where forked_map has one worker or one item, leaves the process as it found it)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def run_wave(job, indices):
    prompt, seed, temperature, max_len = job
    with torch_threads(THREADS):
        return sample_wave(_SUBJECT, prompt, indices, seed, temperature, max_len)


def waves_in_order(subject, job, size, workers, tokens_left):
    """Yield the stories of waves 0, 1, 2, ... in order; with `workers` > 1, processes sample the next
    waves meanwhile, as many as the tokens still wanted call for (`tokens_left()`, estimated from the
    mean story so far), and are stopped when the caller has enough."""
    global _SUBJECT
    _SUBJECT = subject
    waves = (range(i, i + size) for i in itertools.count(0, size))
    if workers <= 1 or size == 1:
        while True:
            yield run_wave(job, next(waves))
    with worker_pool(workers) as pool:
        pending, made, mean = collections.deque(), 0, (job[3] - len(job[0])) / 2
        while True:
            while len(pending) < 2 * workers and mean * size * len(pending) < tokens_left():
                pending.append(pool.submit(run_wave, job, next(waves)))
            wave = pending.popleft().result()
            made, mean = made + 1, (mean * made + sum(len(s) - 1 for s in wave) / len(wave)) / (made + 1)
            yield wave


def sample_wave(subject, prompt, indices, seed, temperature, max_len) -> list[list[int]]:
    """Stories `indices`, sampled together. A finished story's row stays in the batch, computing tokens
    nobody keeps, until a quarter of the rows are such; then the batch and the KV cache keep only the
    stories still being written (compacting at every finished story would copy the cache hundreds of
    times a wave)."""
    steps = max_len - len(prompt)
    uniforms = torch.stack([story_uniforms(seed, i, steps) for i in indices]) if temperature else None
    seqs = [list(prompt) for _ in indices]
    rows = torch.arange(len(seqs))                  # the story each batch row writes
    writing = [True] * len(seqs)                    # per story: not finished yet
    logits, past, _ = subject.arch.forward(torch.tensor(seqs), subject.arch.new_past(), False)
    for step in range(steps):
        nxt = next_tokens(logits[:, -1].float(), temperature, uniforms[rows, step] if temperature else None)
        for r, t in zip(rows.tolist(), nxt.tolist()):
            if writing[r]:
                if t in subject.end_ids:
                    writing[r] = False
                else:
                    seqs[r].append(t)
        alive = torch.tensor([writing[r] for r in rows.tolist()])
        if not alive.any() or step + 1 == steps:
            break
        if 4 * int(alive.sum()) <= 3 * len(rows):
            keep = torch.nonzero(alive)[:, 0]
            rows, nxt = rows[keep], nxt[keep]
            past = subject.arch.select_rows(past, keep)
        logits, past, _ = subject.arch.forward(nxt[:, None], past, False)
    return seqs


def tell(subject, text: str, tokens: int, seed: int, temperature: float) -> str:
    """The subject continues `text` (or starts a story) for up to `tokens` tokens; a prompt too long for its
    context is cut to its last tokens that leave room for them, with a note on stderr."""
    import sys
    given = [subject.bos_id] + (subject.encode(text) if text else [])
    prompt = fit_prompt(given, subject.context_length, tokens)
    if len(prompt) < len(given):
        print(f"englishroom: the prompt has {len(given) - 1} tokens, more than fit in the subject's context of "
              f"{subject.context_length} with {subject.context_length - len(prompt)} new ones; kept its last "
              f"{len(prompt) - 1}", file=sys.stderr)
    story = sample_stories(subject, 1, seed, temperature, batch=1, max_len=tokens + len(prompt), prompt=prompt,
                           progress=False)[0]
    return subject.decode(story)


def sample_corpus(subject, out, tokens: int, seed: int, temperature: float, batch: int, progress=True,
                  workers=None) -> str:
    """Sample a corpus file (`englishroom sample`); -> the line that says what was written, and how fast."""
    import time
    t0 = time.perf_counter()
    stories = sample_stories(subject, tokens, seed, temperature, batch, progress=progress, workers=workers)
    dt = time.perf_counter() - t0
    header = write_corpus(out, subject, stories, seed=seed, temperature=temperature, batch=batch,
                          sampler=SAMPLER, requested_tokens=tokens)
    return (f"wrote {out}: {header['stories']} stories, {header['tokens']:,} tokens "
            f"in {dt:.1f} s ({header['tokens'] / dt:,.0f} tokens/s)")


def write_corpus(path, subject, stories, **settings):
    header = {"englishroom_corpus": FORMAT, "model": subject.name, "source": subject.source,
              "stories": len(stories), "tokens": sum(len(s) - 1 for s in stories), **settings}
    lines = [json.dumps(header)]
    lines += [json.dumps({"ids": s, "text": subject.decode(s)}, ensure_ascii=False) for s in stories]
    atomic_write(path, "\n".join(lines) + "\n")
    return header


def read_corpus(path) -> tuple[dict, list[list[int]]]:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"corpus not found: {path}")
    try:
        with open(path, encoding="utf-8") as f:
            header = json.loads(f.readline())
            if not isinstance(header, dict) or header.get("englishroom_corpus") != FORMAT:
                raise ValueError("no corpus header")
            stories = [json.loads(line)["ids"] for line in f if line.strip()]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: not an englishroom corpus file ({e})") from None
    if not stories:
        raise UserError(f"{path}: corpus holds no stories")
    return header, stories


def cached_corpus(subject, n_tokens: int, seed: int = 0, temperature: float = 1.0,
                  batch: int = 128, max_len: int | None = None,
                  progress: bool = True) -> tuple[dict, list[list[int]], Path]:
    """The subject's sampled corpus with these settings, sampled once and then kept in the cache."""
    from englishroom.paths import cache_dir
    tag = subject.source.get("sha256_16") or subject.name.replace("/", "_")
    cap = f"-m{max_len}" if max_len else ""
    path = cache_dir() / f"corpus-{tag}-n{n_tokens}-s{seed}-t{temperature}-b{batch}{cap}-v{SAMPLER}.jsonl"
    if not path.exists():
        stories = sample_stories(subject, n_tokens, seed, temperature, batch, max_len, progress=progress)
        write_corpus(path, subject, stories, seed=seed, temperature=temperature, batch=batch, sampler=SAMPLER,
                     max_len=max_len, requested_tokens=n_tokens)
    header, stories = read_corpus(path)
    return header, stories, path
