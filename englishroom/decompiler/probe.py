"""Probe pass: run the subject over a probe corpus and average its next-token distributions over
each context's occurrences.

The probe corpus is the subject's own samples (seeded, temperature 1), more at a lower temperature
(its likeliest paths), and any real text. An even spread of its stories, `mechanism_tokens` of them,
is held out: the context rules never count them, and the mechanisms are measured on them. On a story
the rules counted, a rule seen twice holds half of the subject's own prediction there, so the room
looks closer to the subject than it is, and a mechanism measured there corrects too little.
Adds to the IR: `corpus` (what it holds), `stories`, `held_out` and `stats` (kept in memory for the
later passes, never written), and the settings that count tokens backwards, derived from the
subject's characters per token where not given (reach.py).
"""
import contextlib
import os
import time

import numpy as np
from tqdm import tqdm

from englishroom.corpora.sampling import available_cores, cached_corpus, in_order, torch_threads, worker_pool
from englishroom.corpora.stories import load_stories
from englishroom.decompiler import reach
from englishroom.decompiler.settings import SHARED_TEXTS, derive_listing, real_sources
from englishroom.decompiler.context_stats import context_ids, merge_shards, reduce_contexts, score_shard
from englishroom.mechanisms.common import spread
from englishroom.paths import shared_file


def default_memory() -> int:
    """MB each process of the reduce may hold in dense rows at once: an eighth of the memory available, at
    most 256 MB.
    More is slower, not faster (a chunk of a gigabyte's rows took the reduce twice as long: the rows
    are made afresh for every chunk, and smaller ones are reused warm)."""
    try:
        available = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 256
    return int(max(64, min(256, available / 8 / 2**20)))


def shards(stories, tokens: int, weights=None):
    """Consecutive ranges of stories of about `tokens` tokens each: the map's units of work. A range
    holds stories of one weight only (`weights`, one per story, if given)."""
    bounds, total = [0], 0
    for i, story in enumerate(stories):
        total += len(story)
        if total >= tokens or (weights is not None and i + 1 < len(stories) and weights[i + 1] != weights[i]):
            bounds.append(i + 1)
            total = 0
    if bounds[-1] < len(stories):
        bounds.append(len(stories))
    return list(zip(bounds[:-1], bounds[1:]))


SHARD_TOKENS = 100_000      # tokens a map task scores (a shard of stories)


_SUBJECT = None         # the subject the map's processes score for (set before they fork)


def score_alone(job):
    """One shard scored with one torch thread, as in every process of the map (and on Ray): the
    same shard gives the same numbers wherever it is scored."""
    stories, keep_min = job
    with torch_threads(1):
        return score_shard(_SUBJECT, stories, keep_min)


def map_shards(subject, stories, parts, keep_min, workers, progress=True):
    """score_shard over each shard of stories, in order, in `workers` processes (one per core)."""
    global _SUBJECT
    _SUBJECT = subject
    jobs = ((stories[a:b], keep_min) for a, b in parts)
    bar = tqdm(total=sum(len(s) for s in stories), desc="probing the subject", unit="tok", disable=not progress)
    forked = worker_pool(workers) if workers > 1 and len(parts) > 1 else contextlib.nullcontext()
    with bar, forked as pool:
        scored = []
        for (a, b), result in zip(parts, in_order(pool, score_alone, jobs, 2 * workers) if pool else map(score_alone, jobs)):
            scored.append(result)
            bar.update(sum(len(s) for s in stories[a:b]))
        return scored


def probe(subject, stories, max_order: int, min_count: int, *, keep_min: float = 1e-4, list_min: float = 0.001,
          shrink: float = 1.0, memory_mb: int = 256, ray=None, shard_tokens: int | None = None,
          workers: int | None = None, weights=None, progress=True, mapped=None):
    """Contexts of 1..max_order tokens seen at least `min_count` times, with the subject's mean
    next-token distribution over their occurrences (each position's prediction given the whole
    story prefix, so the average includes what longer-range context does): context_stats.py.
    `weights`, one per story: its places count so many times in the means (None: once each).
    `mapped`: the map's output for these stories and weights (map_stories), if made already.
    The reduce holds `memory_mb` of dense rows at once in each of `workers` processes (default: one per
    core); neither changes the statistics."""
    numbered = context_ids(stories, max_order, min_count)
    if weights is not None and all(w == 1 for w in weights):
        weights = None
    if mapped is None:
        mapped = map_stories(subject, stories, keep_min, weights=weights, ray=ray, shard_tokens=shard_tokens,
                             workers=workers, progress=progress)
    at = None if weights is None else np.repeat(np.asarray(weights, dtype=np.float64), [len(x) for x in stories])
    return reduce_contexts(numbered, mapped, subject.vocab_size, keep_min=keep_min,
                           list_min=list_min, shrink=shrink, memory_mb=memory_mb, progress=progress, weights=at,
                           workers=workers or available_cores())


def map_stories(subject, stories, keep_min: float, *, weights=None, ray=None, shard_tokens: int | None = None,
                workers: int | None = None, progress=True):
    """The map: the subject's kept tokens at every position of `stories` -> merge_shards's (base sum, each
    story's sum times its weight; offsets; tokens; probabilities). It scores shards of `shard_tokens` tokens
    (default 100,000 or an eighth of the corpus) in `workers` processes (default: one per core), or on a
    Ray cluster (`ray`: "local", an address or "auto"); neither changes the numbers."""
    total = sum(len(s) for s in stories)
    parts = shards(stories, shard_tokens or min(SHARD_TOKENS, -(-total // 8)), weights)    # at least 8 to share out
    if ray:
        from englishroom.decompiler.distributed import map_on_ray
        scored = map_on_ray(ray, subject, stories, parts, keep_min, progress, workers)
    else:
        workers = 1 if subject.device != "cpu" else workers or available_cores()      # a GPU is not forked
        scored = map_shards(subject, stories, parts, keep_min, workers, progress)
    if weights is not None:
        scored = [(base * weights[a], *rest) for (a, _), (base, *rest) in zip(parts, scored)]
    return merge_shards(scored)


def probe_corpus(subject, s, progress=True):
    """The subject's own samples (and the cool ones) plus any real text, as token stories, and what they are."""
    def sample(tokens, temperature):
        header, stories, path = cached_corpus(subject, tokens, s.seed, temperature, max_len=s.story_tokens,
                                              progress=progress)
        return stories, {"path": str(path), "stories": len(stories), "tokens": header["tokens"],
                         "seed": s.seed, "temperature": header["temperature"]}
    stories, info = [], {}
    if s.sample_tokens:
        stories, info["sampled"] = sample(s.sample_tokens, 1.0)
    if s.cool_tokens:
        cool, info["cool"] = sample(s.cool_tokens, s.cool_temperature)
        stories = stories + cool
    for source in real_sources(s.real_text):
        src = shared_file("data", "tinystories", f"{source}.txt") if source in SHARED_TEXTS else source
        real = [subject.encode_story(t) for t in load_stories(src)]
        info.setdefault("real_text", []).append({"path": str(src), "stories": len(real),
                                                 "tokens": sum(len(r) - 1 for r in real)})
        stories = stories + real
    info["tokens"] = sum(len(x) - 1 for x in stories)
    return stories, info


def held_out_places(stories, s) -> list[int]:
    """The places of the probe stories held out of the context rules for the mechanisms to be measured on:
    an even spread of about `mechanism_tokens` tokens, at most every other story; none without mechanisms."""
    if not s.mechanisms or len(stories) < 2:
        return []
    return list(spread(stories, min(s.mechanism_tokens, sum(len(x) - 1 for x in stories) // 2)))


def real_from(program) -> int:
    """The place in `program.stories` where the real stories begin (probe_corpus puts them last)."""
    return len(program.stories) - sum(r["stories"] for r in program.corpus.get("real_text", []))


def place_weights(program, places):
    """How many times each place of the probe stories at `places` counts: --real-weight in a real story,
    else once (None: every one once)."""
    s, real = program.settings, real_from(program)
    weights = [s.real_weight if i >= real else 1.0 for i in places]
    return None if all(w == 1 for w in weights) else weights


def count_places(program, subject, places, list_min, progress=True, mapped=None):
    """The probe's statistics (context_stats.py) over the probe stories at `places`, weighted by
    place_weights (`mapped`: the map's output for them, if made already)."""
    s = program.settings
    return probe(subject, [program.stories[i] for i in places], s.max_order, s.min_count, keep_min=s.keep_min,
                 list_min=list_min, shrink=s.shrink, memory_mb=s.memory or default_memory(), ray=s.ray,
                 weights=place_weights(program, places), progress=progress, mapped=mapped)


def map_places(program, subject, places, progress=True):
    """map_stories over the probe stories at `places`, weighted by place_weights."""
    s = program.settings
    return map_stories(subject, [program.stories[i] for i in places], s.keep_min, ray=s.ray, progress=progress,
                       weights=place_weights(program, places))


def recount_pass(program, subject, progress=True):
    """Cross-fitting: once the mechanisms are measured on the held-out stories, the context rules count
    those stories too (`--final-rules all`): the probe's statistics again, over every probe story, for the
    rules pass to choose the room's rules from again. Only the held-out stories are scored now: the rest
    come from the first map, kept in the IR (`mapped`). The mechanisms' tables stay as measured."""
    from englishroom.decompiler.rules import rules_pass        # rules.py reads this module
    s = program.settings
    if s.final_rules != "all" or not program.held_out:
        return program
    t0 = time.perf_counter()
    held, places, mapped = set(program.held_out), range(len(program.stories)), None
    if program.mapped is not None:
        places = [i for i in places if i not in held] + program.held_out       # the kept map's order
        mapped = join_maps(program.mapped, map_places(program, subject, program.held_out, progress))
        program.mapped = None
    program.stats = count_places(program, subject, places, s.list_min, progress, mapped)
    program.corpus["held_out"]["counted_by_the_final_rules"] = True
    program.seconds_to_build += time.perf_counter() - t0
    return rules_pass(program)


def join_maps(first, then):
    """Two maps' outputs (merge_shards) as one: the positions of `first`, then those of `then`."""
    (base, offsets, tokens, probs), (base2, offsets2, tokens2, probs2) = first, then
    return (base + base2, np.concatenate([offsets, offsets2[1:] + offsets[-1]]), np.concatenate([tokens, tokens2]),
            np.concatenate([probs, probs2]))


def probe_pass(program, subject, progress=True, list_min=None):
    """`list_min`: the least likely token any rule built from this probe may list (default: the settings'
    own, derived as the rules pass will: derive_listing)."""
    t0 = time.perf_counter()
    program.stories, program.corpus = probe_corpus(subject, program.settings, progress)
    program.corpus["chars_per_token"] = round(reach.chars_per_token(program.stories, subject.token_text), 4)
    program.settings, program.derived = reach.derive(program.settings, program.corpus["chars_per_token"])
    s = program.settings
    list_min = derive_listing(s)[0].list_min if list_min is None else list_min
    program.held_out = held_out_places(program.stories, s)
    held = set(program.held_out)                        # the context rules count the rest
    program.corpus["held_out"] = {"stories": len(held), "tokens": sum(len(program.stories[i]) - 1 for i in held)}
    if s.real_weight != 1 and real_from(program) < len(program.stories):
        program.corpus["real_weight"] = s.real_weight
    counted = [i for i in range(len(program.stories)) if i not in held]
    mapped = map_places(program, subject, counted, progress)
    if s.final_rules == "all" and held:
        program.mapped = mapped                         # for recount_pass
    program.stats = count_places(program, subject, counted, list_min, progress, mapped)
    program.seconds_to_build = time.perf_counter() - t0
    return program
