"""Rules pass: choose which contexts become rules, and what each one lists.

Importance of a context c = n(c) x KL(P(c) || P(c')), where n is how often c occurred in the
probe corpus, P the subject's mean next-token distribution there and c' the context without
its first token: the nats a rule saves on the probe corpus over what the shorter rule says.
Rules are chosen greedily, a context only after its shorter suffix (so every rule backs off to a
rule), until the budget is spent. A context waits in line with the best importance in its subtree
(itself and the longer contexts that end with it): a suffix that saves nothing itself, such as
"lo ved to play" next to "ved to play" (`lo` is always followed by `ved`), still opens the way to
"She lo ved to play", which does save.

A rule lists a token if the subject gives it at least `list_always` there, or if the token
is likely enough in the rule or its backoff (at least `list_min` under either) and the rule's
probability differs from what backing off would give by a factor of `list_ratio` or more
(backing off here: the shorter rule's probability, rescaled by the mass the `list_always`
tokens leave over). At most `list_max` tokens, the likeliest; unlisted tokens share the rest. Unless
given, the three are derived from the budget (settings.py: derive_listing): a room of at most 15,000
rules lists each rule's whole distribution (`list_ratio` 1, `list_min` 0.0001).
The means and importances come from the probe (context_stats.py), which has already pulled each
context's mean toward its parent's, (n P + k P') / (n + k) with k = `shrink`: a closed-form
estimate that trusts rare contexts less.
"""
import heapq
import math
import time
from contextlib import closing
from itertools import islice

import numpy as np
import torch

from englishroom.corpora.sampling import available_cores, forked_map
from englishroom.decompiler.context_stats import complete, rows_per_chunk
from englishroom.decompiler.emit import forget_loaded
from englishroom.decompiler.ir import Rule
from englishroom.decompiler.probe import default_memory
from englishroom.decompiler.settings import derive_listing


def floor_sig(x, digits: int = 4):
    """Round down to `digits` significant digits (so a rule's listed mass never exceeds the truth): an array
    of probabilities, each as math.floor(x * scale) / scale with scale = 10 ** (digits - 1 - floor(log10 x))."""
    x = np.asarray(x, dtype=np.float64)
    positive = x > 0
    scale = 10.0 ** (digits - 1 - np.floor(np.log10(np.where(positive, x, 1.0))))
    return np.where(positive, np.floor(x * scale) / scale, 0.0)


def reach(stats, gains: np.ndarray) -> np.ndarray:
    """The best importance in each context's subtree (itself and every longer context ending with it)."""
    best = gains.copy()
    lengths = np.fromiter(map(len, stats.contexts), dtype=np.int64, count=len(stats.contexts))
    for n in range(int(lengths.max(initial=0)), 0, -1):          # longest first: children before parents
        at = np.flatnonzero(lengths == n)
        np.maximum.at(best, stats.parent[at], best[at])
    return best


def select(stats, gains: np.ndarray, budget: int, by: str = "reach") -> list[int]:
    """Greedy, each context after its suffix, by the best importance it opens the way to ("reach")
    or by its own ("importance", the selection of rooms built before reach)."""
    order = np.argsort(stats.parent, kind="stable")       # each context's children together, in their order
    first, last = (np.searchsorted(stats.parent[order], np.arange(len(stats.contexts)), side=side).tolist()
                   for side in ("left", "right"))
    order = order.tolist()
    gains = (reach(stats, gains) if by == "reach" else gains).tolist()
    frontier = [(-gains[i], i) for i in order[first[0]:last[0]]]
    heapq.heapify(frontier)
    chosen = []
    while frontier and len(chosen) < budget:
        _, i = heapq.heappop(frontier)
        chosen.append(i)
        for j in order[first[i]:last[i]]:
            heapq.heappush(frontier, (-gains[j], j))
    return chosen


def listed_tokens(rule_p, backoff_p, list_min, list_max, list_always, list_ratio):
    """The tokens each rule lists, given its distribution and its shorter rule's (see the module's
    docstring), for a batch of rules: rows [n, V] -> n tensors of token ids, the likeliest first."""
    big = rule_p >= list_always
    rest = ((1 - torch.where(big, rule_p, 0).sum(-1, keepdim=True))
            / (1 - torch.where(big, backoff_p, 0).sum(-1, keepdim=True)).clamp_min(1e-9))
    differs = (rule_p / (rest * backoff_p)).log().abs() >= math.log(list_ratio)
    top = torch.maximum(rule_p, backoff_p)
    keep = big | ((top >= list_min) & differs)
    order = torch.argsort(torch.where(keep, top, -1), dim=-1, descending=True, stable=True)[:, :list_max]
    return [row[:n] for row, n in zip(order, keep.sum(-1).clamp_max(list_max).tolist())]


def extract_rules(stats, budget: int, list_min: float = 0.001, list_max: int = 64,
                  list_always: float = 0.05, list_ratio: float = 1.25, selection: str = "reach",
                  memory_mb: int = 256, workers: int = 1):
    """-> (base distribution, rules in selection order). `stats`: the probe's (context_stats.py),
    whose means are already shrunk and whose gains are each context's importance; the rules' dense
    rows are made `memory_mb` at a time, by `workers` forked processes (chunk_listing), in turn."""
    base = [float(x) for x in stats.base / stats.base.sum()]
    chosen = np.array(select(stats, stats.gains, budget, selection), dtype=np.int64)
    chunk = max(1, rows_per_chunk(len(stats.base), memory_mb) // 2)     # a rule's row and its backoff's
    chunks = [chosen[start:start + chunk] for start in range(0, len(chosen), chunk)]
    job = (stats, (list_min, list_max, list_always, list_ratio))
    rules = []
    with closing(forked_map(chunk_listing, job, chunks, workers)) as listed:
        for rows, (lengths, tokens, probs) in zip(chunks, listed):
            pairs = zip(tokens.tolist(), probs.tolist())         # each rule takes its n in turn
            rules += [Rule(stats.contexts[i], dict(islice(pairs, n)), count, gain) for i, n, count, gain
                      in zip(rows.tolist(), lengths.tolist(), stats.counts[rows].tolist(), stats.gains[rows].tolist())]
    return base, rules


def chunk_listing(rows, job):
    """The tokens the rules `rows` list and their probabilities, floored (a token floored to 0 is not
    listed): (how many each lists, the tokens one rule after another, their probabilities). With one torch
    thread in a forked process: the same numbers as with two, for these row-wise operations."""
    stats, listing = job
    backoff = stats.dense(stats.parent[rows])         # a rule is never the root: its row from its backoff's
    rule_ps = torch.from_numpy(complete(backoff, *stats.kept(rows), stats.rest[rows]))
    backoff_ps = torch.from_numpy(backoff)
    tops = [t for a in range(0, len(rows), 4096)        # a few MB of temporaries at a time
            for t in listed_tokens(rule_ps[a:a + 4096], backoff_ps[a:a + 4096], *listing)]
    rule = torch.repeat_interleave(torch.arange(len(rows)), torch.tensor([len(t) for t in tops])).numpy()
    flat = torch.cat(tops).numpy()
    probs = floor_sig(rule_ps.numpy()[rule, flat])
    kept = probs > 0
    return np.bincount(rule[kept], minlength=len(rows)), flat[kept], probs[kept]


def rules_pass(program):
    """Adds to the IR: `base`, `rules` and where their tables come from; drops the context statistics."""
    t0 = time.perf_counter()
    forget_loaded()                     # a stage's loaded copy of the rules before: not needed again
    program.settings, listing = derive_listing(program.settings)
    program.derived = {**program.derived, **listing}
    s, stats = program.settings, program.stats
    program.base, program.rules = extract_rules(stats, s.budget, s.list_min, s.list_max, s.list_always, s.list_ratio,
                                                s.selection, s.memory or default_memory(), available_cores())
    program.tables = {
        "unigram.txt": f"the subject's next-token distribution averaged over all {stats.positions:,} "
                       "probed positions (every prefix of every probe story)",
        "context_rules.txt": f"contexts of 1..{s.max_order} tokens seen at least {s.min_count} times "
                             f"({len(stats.contexts) - 1:,} candidates); each rule's probabilities are "
                             "the subject's next-token distribution averaged over that context's "
                             "occurrences" + (f" (each in a real story counted {program.corpus['real_weight']:g} times)"
                                              if program.corpus and program.corpus.get("real_weight") else "")
                             + "; the top contexts by occurrences x KL(rule || shorter rule) "
                             + ("were kept, each after its shorter suffix (a suffix ranked by the best importance "
                                "among the longer contexts it leads to)" if s.selection == "reach"
                                else "were kept, each after its shorter suffix"),
    }
    program.stats = None
    program.seconds_to_build = round(program.seconds_to_build + time.perf_counter() - t0, 1)
    return program
