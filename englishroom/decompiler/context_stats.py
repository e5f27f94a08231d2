"""Context statistics at any vocabulary size, in bounded memory: what the probe pass computes.

For every context of 1..max_order tokens seen at least `min_count` times in the probe corpus: how
often it occurred, the subject's mean next-token distribution there (pulled toward the shorter
context's, (n P + k P') / (n + k), so rare contexts are trusted less), and its importance,
n x KL(P || P'): the nats a rule for it saves over the shorter rule.

A distribution is kept *sparse*: its heaviest tokens and the rest of the mass, which spreads over
the other tokens in proportion to the shorter context's distribution (the backoff of KenLM's ARPA
format, and of the room itself). A context keeps every token it gives at least `keep_min`, and every
token its shorter context gives at least `list_min`: those are all the tokens a rule could list
(rules.py lists only tokens at least `list_min` likely in the rule or its backoff), so a rule's
listed probabilities are exactly the subject's means. With `keep_min` = 0 nothing is dropped and
the statistics are exact (the dense computation).

Two steps, a map and a reduce:
- map (`score_shard`): score a shard of stories; keep, at each position, the tokens the subject gives
  at least `keep_min` (stories260K: 36 tokens a position at 1e-4, dropping 0.1% of the mass).
- reduce (`reduce_contexts`): order by order, for each range of contexts whose dense rows fit the
  memory budget, sum the positions where those contexts occur (a budget's worth of them at a time),
  divide, shrink toward the parent, keep the heaviest tokens and measure importance. Memory: the
  kept tokens of every position and of every context, and the budget. The budget changes only how
  sums are grouped (float rounding, below 1e-12), nothing else.
"""
from dataclasses import dataclass

import numpy as np
from tqdm import tqdm


@dataclass
class ContextStats:
    contexts: list[tuple]       # index 0 is the empty context (every position)
    counts: np.ndarray          # [C] occurrences of each context
    parent: np.ndarray          # [C] index of the context without its first token (-1 for the root)
    positions: int
    base: np.ndarray = None     # [V] the subject's mean distribution over every position (dense, exact)
    offsets: np.ndarray = None  # [C + 1] context i keeps tokens[offsets[i]:offsets[i + 1]] ...
    tokens: np.ndarray = None   # ... with these probabilities (the root keeps none: it is `base`)
    probs: np.ndarray = None
    rest: np.ndarray = None     # [C] the mass of the tokens not kept, spread like the parent's distribution
    gains: np.ndarray = None    # [C] importance: counts x KL(context || parent), nats

    def kept(self, rows):
        """(row of `rows`, token, probability) of every kept token of those contexts."""
        starts, lengths = self.offsets[rows], self.offsets[rows + 1] - self.offsets[rows]
        at = ranges(starts, lengths)
        return np.repeat(np.arange(len(rows)), lengths), self.tokens[at].astype(np.int64), self.probs[at]

    def dense(self, rows) -> np.ndarray:
        """[len(rows), V] float64: the whole distribution of each context (kept tokens, and the rest
        spread like the parent's, recursively down to `base`)."""
        rows, again = np.unique(np.asarray(rows, dtype=np.int64), return_inverse=True)   # siblings share a parent:
        out = np.empty((len(rows), len(self.base)))          # each distinct row is made once
        root = rows == 0
        out[root] = self.base
        if not root.all():
            inner = rows[~root]
            out[~root] = complete(self.dense(self.parent[inner]), *self.kept(inner), self.rest[inner])
        return out[again.reshape(-1)]


def context_ids(stories, max_order: int, min_count: int):
    """Number every context of 1..max_order tokens seen at least `min_count` times, with numpy: the
    contexts of k tokens are those of k - 1 tokens followed by one more, so each order's are the
    distinct pairs (the k - 1 tokens' number, the next token), counted by np.unique; pairs whose first
    part is too rare are too rare themselves. Numbers go shortest first, then in the tokens' order
    (0 is the empty context). -> (contexts as tuples, counts, parent: the number of each context
    without its first token, ids: per order k an array over the corpus's positions (stories one after
    another) of the context of k tokens ending there, -1 where none is frequent enough)."""
    lengths = np.array([len(s) for s in stories])
    flat = np.concatenate([np.asarray(s, dtype=np.int64) for s in stories])
    offset = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)   # place in its story
    width = int(flat.max()) + 1
    contexts, counts, parents, ids = [()], [sum(lengths)], [-1], []
    before = np.zeros(len(flat), dtype=np.int64)        # the context of k - 1 tokens ending at each place
    for k in range(1, max_order + 1):
        ok = offset >= k - 1
        if k > 1:
            ok[1:] &= before[:-1] >= 0                   # its first k - 1 tokens end one place earlier
            ok[0] = False
        where = np.nonzero(ok)[0]
        first_part = before[where - 1] if k > 1 else np.zeros(len(where), dtype=np.int64)
        keys, first_at, inverse, n = np.unique(first_part * width + flat[where], return_index=True,
                                               return_inverse=True, return_counts=True)
        kept = n >= min_count
        number = np.full(len(keys), -1, dtype=np.int64)
        number[kept] = len(contexts) + np.arange(int(kept.sum()))
        at = np.full(len(flat), -1, dtype=np.int64)
        at[where] = number[inverse.reshape(-1)]
        contexts.extend(map(tuple, flat[where[first_at[kept]][:, None] + np.arange(1 - k, 1)].tolist()))
        counts.extend(n[kept].tolist())
        parents.extend((ids[-1][where[first_at[kept]]] if k > 1 else np.zeros(int(kept.sum()), dtype=np.int64)).tolist())
        ids.append(at)
        before = at
    return contexts, np.array(counts, dtype=np.int64), np.array(parents, dtype=np.int64), ids


def ranges(starts, lengths):
    """The indices of the ranges [start, start + length), one after another."""
    lengths = np.asarray(lengths, dtype=np.int64)
    first = np.cumsum(lengths) - lengths
    return np.repeat(np.asarray(starts, dtype=np.int64) - first, lengths) + np.arange(int(lengths.sum()))


def complete(parent_p, row, token, prob, rest):
    """Dense rows: the kept (row, token, prob), and each row's `rest` spread over the other tokens in
    proportion to `parent_p` (the parent's dense rows)."""
    out = without_kept(parent_p, row, token)
    outside = out.sum(1)
    out *= (rest / np.maximum(outside, 1e-300))[:, None]
    out[row, token] = prob
    return out


def without_kept(parent_p, row, token):
    """The parent's rows with the kept tokens zeroed: summed, its own mass outside them. (1 - the kept mass
    would cancel to rounding noise where they hold it all, and blow a rest spread over it up.)"""
    out = parent_p.copy()
    out[row, token] = 0
    return out


def token_dtype(vocab_size):
    return np.uint16 if vocab_size <= 2**16 else np.int32


def score_shard(subject, stories, keep_min: float):
    """Map: the subject's next-token distribution at every position of `stories` (one after another),
    keeping the tokens at least `keep_min` likely. -> (sum of the full distributions [V] float64,
    kept per position [positions], tokens, probabilities)."""
    base = np.zeros(subject.vocab_size)
    kept = [None] * len(stories)
    for i, lp in subject.story_logprobs(stories):
        p = np.exp(lp)
        base += p.sum(0, dtype=np.float64)
        row, token = np.nonzero(p >= keep_min) if keep_min > 0 else np.nonzero(np.ones_like(p, dtype=bool))
        kept[i] = (np.bincount(row, minlength=len(p)), token.astype(token_dtype(subject.vocab_size)),
                   p[row, token].astype(np.float32))
    return (base, *(np.concatenate([k[j] for k in kept]) for j in range(3)))


def merge_shards(shards):
    """The map's outputs, shard after shard -> (base sum, offsets [positions + 1], tokens, probabilities).
    Each shard is let go once copied (`shards` is emptied), so the kept tokens are held once."""
    base = sum(s[0] for s in shards)
    counts = np.concatenate([s[1] for s in shards])
    offsets = np.concatenate([[0], np.cumsum(counts)])
    tokens, probs = np.empty(offsets[-1], shards[0][2].dtype), np.empty(offsets[-1], np.float32)
    at = 0
    while shards:
        _, _, t, p = shards.pop(0)
        tokens[at:at + len(t)], probs[at:at + len(t)] = t, p
        at += len(t)
    return base, offsets, tokens, probs


def rows_per_chunk(vocab_size, memory_mb):
    """Contexts whose dense rows (about 8 float64 arrays of them at once) fit in `memory_mb`."""
    return max(1, int(memory_mb * 2**20) // (64 * vocab_size))


def entries_per_step(memory_mb):
    """Kept tokens of positions summed at once (about 48 bytes of index and weight arrays each)."""
    return max(1, int(memory_mb * 2**20) // 48)


def reduce_contexts(numbered, scored, vocab_size, *, keep_min, list_min, shrink, memory_mb, progress=True,
                    weights=None, workers=1):
    """Reduce: `numbered` = context_ids(...) (contexts, counts, parent, ids per order), `scored` =
    merge_shards(...) -> ContextStats, each context's mean shrunk, kept sparse, with its importance.
    `weights` [positions], if given: each position counts so many times in the means, the shrinkage and
    the importance (counts stay the occurrences). `workers` forked processes (each with `memory_mb` of
    dense rows) take an order's chunks of contexts, each chunk computed as here: the same numbers."""
    from englishroom.corpora.sampling import forked_map
    contexts, counts, parent, ids = numbered
    weighted = counts.astype(np.float64)               # each context's occurrences, weighted
    if weights is not None:
        weights = np.asarray(weights, dtype=np.float64)
        weighted = np.zeros(len(contexts))
        weighted[0] = weights.sum()
        for at in ids:
            ok = at >= 0
            weighted += np.bincount(at[ok], weights=weights[ok], minlength=len(contexts))
    base_sum = scored[0]
    stats = ContextStats(contexts, counts, parent, len(scored[1]) - 1, base=base_sum / weighted[0],
                         offsets=np.zeros(2, dtype=np.int64), tokens=np.zeros(0, token_dtype(vocab_size)),
                         probs=np.zeros(0, np.float32), rest=np.zeros(len(contexts)), gains=np.zeros(len(contexts)))
    chunk, start = rows_per_chunk(vocab_size, memory_mb), 1
    bar = tqdm(total=len(contexts) - 1, desc="averaging per context", unit="ctx", disable=not progress)
    for at in ids:                                  # order by order: a parent is done before its children
        end = int(at.max()) + 1 if (at >= 0).any() else start      # this order's contexts: [start, end)
        where = np.nonzero(at >= 0)[0]
        where = where[np.argsort(at[where], kind="stable")]
        kept_n, kept_t, kept_p = [np.diff(stats.offsets)], [stats.tokens], [stats.probs]
        job = (stats, weighted, scored, weights, where, at[where], dict(keep_min=keep_min, list_min=list_min,
                                                                         shrink=shrink, memory_mb=memory_mb))
        chunks = [(a, min(a + chunk, end)) for a in range(start, end, chunk)]
        # the processes' results first in zip: their generator runs to its end, which stops the processes
        for (n, t, p, rest, gains), (a, b) in zip(forked_map(chunk_means, job, chunks, workers), chunks):
            stats.rest[a:b], stats.gains[a:b] = rest, gains
            kept_n.append(n)
            kept_t.append(t)
            kept_p.append(p)
            bar.update(b - a)
        stats.offsets = np.concatenate([[0], np.cumsum(np.concatenate(kept_n))])
        stats.tokens, stats.probs = np.concatenate(kept_t), np.concatenate(kept_p)
        start = end
    bar.close()
    return stats


def chunk_means(bounds, job):
    """The contexts [a, b) of one order (`job`: the statistics of the shorter orders, the weighted counts,
    the map's output, the weights, the positions where this order's contexts end and their numbers, the
    settings) -> per context the number of tokens kept, the kept tokens and probabilities, rest, gains."""
    (a, b), (stats, weighted, scored, weights, where, number, s) = bounds, job
    _, pos_offsets, pos_tokens, pos_probs = scored
    vocab_size = len(stats.base)
    lo, hi = np.searchsorted(number, [a, b])
    sums = np.zeros((b - a) * vocab_size)
    lengths = pos_offsets[where[lo:hi] + 1] - pos_offsets[where[lo:hi]]
    steps = max(1, -(-int(lengths.sum()) // entries_per_step(s["memory_mb"])))
    for part in np.array_split(np.arange(lo, hi), steps):        # the positions, a few at a time
        pos = where[part]
        lengths = pos_offsets[pos + 1] - pos_offsets[pos]
        entry = ranges(pos_offsets[pos], lengths)
        mass = pos_probs[entry] if weights is None else pos_probs[entry] * np.repeat(weights[pos], lengths)
        sums += np.bincount(np.repeat(number[part] - a, lengths) * vocab_size + pos_tokens[entry],
                            weights=mass, minlength=(b - a) * vocab_size)
    sums = sums.reshape(b - a, vocab_size)
    n = weighted[a:b, None]
    parent_p = stats.dense(stats.parent[a:b])
    w = n / (n + s["shrink"])
    means = w * (sums / n) + (1 - w) * parent_p
    del sums
    keep = ((means >= s["keep_min"]) | (parent_p >= s["list_min"]) if s["keep_min"] > 0
            else np.ones_like(means, dtype=bool))
    r, t = np.nonzero(keep)
    p = means[r, t]
    rest = np.clip(1 - np.bincount(r, weights=p, minlength=b - a), 0, 1)
    gains = weighted[a:b] * kl_sparse(parent_p, r, t, p, rest)
    return np.bincount(r, minlength=b - a), t.astype(token_dtype(vocab_size)), p.astype(np.float32), rest, gains


def kl_sparse(parent_p, row, token, prob, rest):
    """kl_rows(complete(parent_p, row, token, prob, rest), parent_p) without its logarithms of the dense
    rows: the kept tokens' terms, and the rest, spread like the parent's mass outside them (o), adds
    rest x log(rest / o). o is summed as complete() sums it (a context that keeps every token has none
    to spread its rest over, and a difference of sums would leave rounding there)."""
    q = parent_p[row, token]
    outside = without_kept(parent_p, row, token).sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        kept = np.where(prob > 0, prob * (np.log(prob) - np.log(np.maximum(q, 1e-300))), 0.0)
        spread = np.where((rest > 0) & (outside > 0), rest * (np.log(rest) - np.log(np.maximum(outside, 1e-300))), 0.0)
    return np.maximum(np.bincount(row, weights=kept, minlength=len(rest)) + spread, 0.0)


def kl_rows(p, q):
    """KL(p || q) of each row, nats (0 log 0 = 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * (np.log(p) - np.log(np.maximum(q, 1e-300))), 0.0)
    return np.maximum(terms.sum(1), 0.0)
