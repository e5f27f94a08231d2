"""Honest baselines: uniform, unigram, and interpolated modified Kneser-Ney n-grams.

All are estimated from a token corpus of stories ([BOS] + tokens each). N-grams
never cross a story boundary; contexts at a story's start begin with BOS.

Modified Kneser-Ney (Chen & Goodman 1998), interpolated, as KenLM builds it:
  p_n(w | h) = max(c(h w) - D_n(c(h w)), 0) / c(h .) + gamma(h) p_{n-1}(w | h'),
  gamma(h)   = (D_n1 N1(h .) + D_n2 N2(h .) + D_n3+ N3+(h .)) / c(h .),
where h' drops h's first token, p_0 is uniform, and c are raw counts at the highest
order and continuation counts N1+(. h w) below it (raw counts for n-grams starting
with BOS, which cannot be extended leftwards). The discounts are closed-form from
the count-of-counts t1..t4 of each order: Y = t1 / (t1 + 2 t2), D1 = 1 - 2Y t2/t1,
D2 = 2 - 3Y t3/t2, D3+ = 3 - 4Y t4/t3. A context unseen at order n falls back to n-1.
"""
import json
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from englishroom.errors import UserError
from englishroom.measure.protocol import Predictor

CORPUS_TOKENS = 1_000_000      # tokens sampled from the subject for the baselines, by default


class Uniform(Predictor):
    name = "uniform"

    def __init__(self, vocab_size):
        self.vocab_size = vocab_size
        self.p = np.full(vocab_size, 1.0 / vocab_size)

    def predict(self, prefix):
        return self.p

    def story_distributions(self, story):
        return np.broadcast_to(self.p, (len(story), self.vocab_size))


class Unigram(Uniform):
    """Add-one (Laplace) estimate from the corpus's predicted tokens: (c(w) + 1) / (N + V)."""
    name = "unigram"

    def __init__(self, stories, vocab_size):
        counts = np.zeros(vocab_size)
        for s in stories:
            np.add.at(counts, np.asarray(s[1:], dtype=np.int64), 1)
        self.vocab_size = vocab_size
        self.p = (counts + 1) / (counts.sum() + vocab_size)
        self.tokens = int(counts.sum())


class NgramCounts:
    """Raw counts up to `max_order`, and continuation counts below it, shared by every KN order.

    Held flat, as numpy arrays, not as a dict per context: `grams[n]` [U, n] is every distinct
    n-gram (context, then token) in lexicographic order and `raw[n]` [U] its count; `cont[n]` [U'] the
    continuation counts of `cont_grams[n]` [U', n] (distinct left extensions, or the raw count for a
    context that starts at BOS). Orders 2-12 of a character subject on 2.5M characters took 0.7 GB
    this way, 5.6 GB as dicts of Counters (docs/results.md)."""

    def __init__(self, stories, max_order: int, bos: int):
        self.max_order, self.bos = max_order, bos
        self.tokens = sum(len(s) - 1 for s in stories)
        self.compiled = {}      # (order, raw or not) -> a compiled table the KN models share (compiled_table)
        dtype = np.uint8 if max((max(s) for s in stories if len(s)), default=0) < 256 else np.int32
        arrays = [np.asarray(s, dtype=dtype) for s in stories]
        self.grams, self.raw = [None], [None]
        for n in range(1, max_order + 1):
            # every window of n tokens predicts its last one; a unigram never predicts BOS
            windows = [sliding_window_view(a[n == 1:], n) for a in arrays if len(a) - (n == 1) >= n]
            grams, counts = distinct_rows(np.concatenate(windows) if windows else np.zeros((0, n), dtype))
            self.grams.append(grams)
            self.raw.append(counts)
        self.cont_grams, self.cont = [None], [None]
        for n in range(1, max_order):
            left, extensions = distinct_rows(self.grams[n + 1][:, 1:])      # N1+(. h w): distinct (x h w)
            at_bos = self.grams[n][:, 0] == bos if n > 1 else np.zeros(len(self.grams[n]), bool)
            # a context at BOS cannot be extended leftwards: its raw counts (no left extension holds BOS)
            grams = np.concatenate([left, self.grams[n][at_bos]])
            counts = np.concatenate([extensions, self.raw[n][at_bos]])
            order = np.lexsort(grams.T[::-1])
            self.cont_grams.append(grams[order])
            self.cont.append(counts[order])

    def table(self, n, raw):
        """(the n-grams [U, n], their counts [U]) of order n: raw counts or continuation counts."""
        return (self.grams[n], self.raw[n]) if raw else (self.cont_grams[n], self.cont[n])


def distinct_rows(rows):
    """(the distinct rows of a 2-D array, in lexicographic order; how often each occurs)."""
    if not len(rows):
        return rows, np.zeros(0, np.int64)
    rows = rows[np.lexsort(rows.T[::-1])]
    starts = run_starts(rows)
    return rows[starts], np.diff(np.append(starts, len(rows)))


def run_starts(rows):
    """Where each run of equal rows of a 2-D array starts (every row, however many columns, is equal to
    the one before it when there are no columns)."""
    new = np.ones(len(rows), bool)
    new[1:] = (rows[1:] != rows[:-1]).any(axis=1)
    return np.flatnonzero(new)


def discounts(counts) -> tuple[float, float, float]:
    t = np.bincount(np.minimum(counts, 5), minlength=6)
    if min(t[1], t[2], t[3], t[4]) == 0:   # too little data for the closed form
        return 0.5, 1.0, 1.5
    t = t.astype(np.float64)
    y = t[1] / (t[1] + 2 * t[2])
    return tuple(min(max(float(d), 0.0), k) for k, d in
                 ((1, 1 - 2 * y * t[2] / t[1]), (2, 2 - 3 * y * t[3] / t[2]), (3, 3 - 4 * y * t[4] / t[3])))


class Table:
    """One order's compiled KN table, flat: context i (row i of `contexts` [C, n-1]) gives the tokens
    ids[starts[i]:starts[i+1]] the discounted masses mass[...] and weighs the lower order's prediction
    by gamma[i]. Contexts are found by their keys (sorted_keys), in one binary search for many."""

    def __init__(self, contexts, starts, ids, mass, gamma):
        self.contexts, self.starts, self.ids, self.mass, self.gamma = contexts, starts, ids, mass, gamma
        self.keys, self.by_key = sorted_keys(contexts)

    def __len__(self):
        return len(self.contexts)

    def find(self, keys, rows):
        """The index of each context (its key [N], its ids [N, n-1]), or -1 where it is not in the table."""
        if not len(self.contexts):
            return np.full(len(keys), -1)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        i = self.by_key[at]
        found = (self.keys[at] == keys) & (self.contexts[i] == rows).all(axis=1)
        return np.where(found, i, -1)

    def find_one(self, key, ctx):
        """find() for one context: its key (an int) and its ids (a tuple); None where it is not here."""
        at = int(np.searchsorted(self.keys, np.uint64(key)))
        if at < len(self.keys) and self.keys[at] == key:
            i = int(self.by_key[at])
            if self.contexts[i].tolist() == list(ctx):
                return i
        return None


MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)      # a context's key: its ids + 1, read from the right, as digits


def suffix_keys(tokens, m):
    """The keys of the last `m` tokens before and at each position of `tokens` [T]: [T] (wrong, and
    never used, for the first m - 1 positions)."""
    keys, digit = np.zeros(len(tokens), np.uint64), np.uint64(1)
    for j in range(m):
        digit = add_digit(keys, tokens, j, digit)
    return keys


def add_digit(keys, tokens, j, digit):
    """Make `keys`, those of the last j tokens at each position, those of the last j + 1 (a key of a longer
    context adds a digit on the left, the token j places back); -> the next digit's weight."""
    with np.errstate(over="ignore"):
        keys[j:] += (tokens[: len(tokens) - j].astype(np.uint64) + np.uint64(1)) * digit
        return digit * MULTIPLIER


def sorted_keys(contexts):
    """(the contexts' keys sorted, the context each sorted key belongs to). A context is looked up by
    binary search on its key and then checked against its ids, so a key two contexts shared would hide
    one of them: none do (checked here; about one chance in 10^7 at 10^6 contexts)."""
    m = contexts.shape[1]
    keys = suffix_keys(contexts.reshape(-1), m)[m - 1::m] if m else np.zeros(len(contexts), np.uint64)
    by_key = np.argsort(keys, kind="stable")
    keys = keys[by_key]
    if len(keys) > 1 and (keys[1:] == keys[:-1]).any():
        raise UserError("two n-gram contexts of the baseline corpus share a 64-bit key (about one chance in "
                        "10^7): estimate the baselines from another corpus (eval: --corpus-seed)")
    return keys, by_key


def compiled_table(counts, n, raw, keep=None):
    """(discounts, Table) for the order-n table of raw counts (a model's own order) or continuation
    counts (the orders below it). `keep`: the contexts kept (a set of tuples), the others dropped.
    Unpruned tables are compiled once per NgramCounts and shared by the models of every order:
    KN11's continuation tables are KN10's, and so on."""
    shared = counts.compiled
    if keep is None and (n, raw) in shared:
        return shared[n, raw]
    grams, c = counts.table(n, raw)
    d = discounts(c)
    contexts, starts = context_groups(grams)
    if keep is not None and n > 1:
        kept = np.repeat(keep_mask(contexts, keep), np.diff(starts))
        grams, c = grams[kept], c[kept]
        contexts, starts = context_groups(grams)
    c = c.astype(np.float64)
    disc = np.where(c >= 3, d[2], np.where(c == 2, d[1], d[0]))
    total = np.add.reduceat(c, starts[:-1]) if len(c) else np.zeros(0)
    per_token = np.repeat(total, np.diff(starts))
    gamma = np.add.reduceat(disc, starts[:-1]) / total if len(c) else np.zeros(0)
    table = Table(contexts, starts, grams[:, -1].astype(np.int64), (c - disc) / per_token, gamma)
    if keep is None:
        shared[n, raw] = d, table
    return d, table


def context_groups(grams):
    """(the distinct contexts [C, n-1] of n-grams in lexicographic order, where each one's n-grams start [C+1])."""
    if not len(grams):
        return grams[:, :-1], np.zeros(1, np.int64)
    starts = run_starts(grams[:, :-1])
    return grams[starts, :-1], np.append(starts, len(grams))


def keep_mask(contexts, keep):
    """Which of `contexts` [C, n-1] are in `keep` (a set of tuples)."""
    return np.fromiter((tuple(row) in keep for row in contexts.tolist()), bool, count=len(contexts))


MEMO_BYTES = 2**27      # a KN model remembers its last predictions up to 128 MB (each is V floats)


class KneserNey(Predictor):
    """`max_contexts` prunes it to that many non-empty contexts, the most frequent ones (a context
    that is dropped backs off to its shorter suffix), to compare with a room of as many rules."""

    def __init__(self, counts: NgramCounts, order: int, vocab_size: int, max_contexts: int | None = None):
        assert 1 <= order <= counts.max_order
        self.name, self.order, self.vocab_size = f"kn{order}", order, vocab_size
        keep = None
        if max_contexts is not None:
            self.name = f"kn{order}-top{max_contexts}"
            keep = most_frequent_contexts(counts, order, max_contexts)
        self.tokens = counts.tokens
        self.tables, self.discounts = [None], [None]
        for n in range(1, order + 1):
            d, table = compiled_table(counts, n, n == order, keep)
            self.discounts.append(d)
            self.tables.append(table)
        self.uniform = np.full(vocab_size, 1.0 / vocab_size)
        self.memo = {}

    def predict(self, prefix):
        ctx = tuple(prefix[-(self.order - 1):]) if self.order > 1 else ()
        hit = self.memo.get(ctx)
        if hit is not None:
            return hit
        p, key, digit = self.uniform, 0, 1          # what distributions() does at one position
        for n in range(1, self.order + 1):
            if len(ctx) < n - 1:
                break
            if n > 1:
                key, digit = (key + (ctx[-(n - 1)] + 1) * digit) % 2**64, digit * int(MULTIPLIER) % 2**64
            i = self.tables[n].find_one(key, ctx[len(ctx) - (n - 1):])
            if i is None:
                break
            table, a, b = self.tables[n], self.tables[n].starts[i], self.tables[n].starts[i + 1]
            p = p * table.gamma[i]
            p[table.ids[a:b]] += table.mass[a:b]
        if len(self.memo) * self.vocab_size * 8 > MEMO_BYTES:
            self.memo.clear()
        self.memo[ctx] = p
        return p

    def story_distributions(self, story):
        return self.distributions(np.asarray(story, dtype=np.int64), range(len(story)))

    def distributions(self, tokens, positions):
        """The prediction after each of `positions` in `tokens` [T]: [len(positions), V]. At each
        order the context found weighs the order below by gamma and adds its tokens' masses; the
        first order whose context is unseen (or reaches before the start) ends the sum."""
        positions = np.asarray(positions, dtype=np.int64)
        p = np.tile(self.uniform, (len(positions), 1))
        going = np.ones(len(positions), bool)
        keys, digit = np.zeros(len(tokens), np.uint64), np.uint64(1)      # suffix_keys, a digit per order
        for n in range(1, self.order + 1):
            m = n - 1
            going &= positions >= m - 1
            rows = np.flatnonzero(going)
            if not len(rows):
                break
            at = positions[rows]
            table = self.tables[n]
            if m:
                digit = add_digit(keys, tokens, m - 1, digit)
                i = table.find(keys[at], sliding_window_view(tokens, m)[at - m + 1])
            else:
                i = np.zeros(len(rows), np.int64) if len(table) else np.full(len(rows), -1)
            going[rows[i < 0]] = False
            rows, i = rows[i >= 0], i[i >= 0]
            p[rows] *= table.gamma[i][:, None]
            lengths = table.starts[i + 1] - table.starts[i]
            entries = np.repeat(table.starts[i] - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
            p[np.repeat(rows, lengths), table.ids[entries]] += table.mass[entries]
        return p


def most_frequent_contexts(counts, order, b) -> set:
    """The `b` contexts of orders 2..order seen most often (raw counts), as tuples: ties go to the
    shorter context, then the lexicographically first."""
    ranked = []
    for n in range(2, order + 1):
        contexts, starts = context_groups(counts.grams[n])
        totals = np.add.reduceat(counts.raw[n], starts[:-1]) if len(contexts) else np.zeros(0, np.int64)
        ranked.append((contexts, totals, np.full(len(contexts), n), np.arange(len(contexts))))
    totals, lengths, index = (np.concatenate([r[k] for r in ranked]) for k in (1, 2, 3))
    best = np.lexsort((index, lengths, -totals))[:b]
    firsts = np.cumsum([0] + [len(r[0]) for r in ranked])
    return {tuple(ranked[lengths[i] - 2][0][i - firsts[lengths[i] - 2]].tolist()) for i in best}


def build_baselines(stories, vocab_size, bos, orders=range(2, 7)) -> dict[str, Predictor]:
    """uniform, unigram and kn{n} for each n in `orders`, all from the same corpus."""
    models = {"uniform": Uniform(vocab_size), "unigram": Unigram(stories, vocab_size)}
    orders = list(orders)
    if orders:
        counts = NgramCounts(stories, max(orders), bos)
        for n in orders:
            models[f"kn{n}"] = KneserNey(counts, n, vocab_size)
    return models


def baseline_corpus(subject, room=None, corpus=None, tokens=None, seed=0, progress=True):
    """The token stories the baselines are estimated from, and what they are: `corpus` (a sampled
    .jsonl or a stories text file); else, for a `room` with no `tokens` asked for, the very corpus
    the room was probed on (its provenance.json settings); else `tokens` (default CORPUS_TOKENS)
    sampled from the subject with `seed`, cached."""
    from englishroom.corpora.sampling import cached_corpus, read_corpus
    from englishroom.corpora.stories import load_stories
    if corpus:
        if str(corpus).endswith(".jsonl"):
            header, stories = read_corpus(corpus)
            if header.get("model") != subject.name:
                raise UserError(f"{corpus} was sampled from {header.get('model')}, not {subject.name}")
            return stories, {"kind": "sampled", "path": str(corpus), **header}
        stories = [subject.encode_story(t) for t in load_stories(corpus)]
        return stories, {"kind": "text", "path": str(corpus), "stories": len(stories),
                         "tokens": sum(len(s) - 1 for s in stories)}
    if room and tokens is None:
        from englishroom.decompiler.probe import probe_corpus
        from englishroom.decompiler.settings import Settings
        path = Path(room) / "provenance.json"
        try:
            settings = Settings(**json.loads(path.read_text())["settings"])
        except (OSError, ValueError, KeyError, TypeError):
            raise UserError(f"{room}: provenance.json is missing or corrupt") from None
        stories, info = probe_corpus(subject, settings, progress=progress)
        return stories, {"kind": "the room's probe corpus", "path": str(path), **info}
    header, stories, path = cached_corpus(subject, CORPUS_TOKENS if tokens is None else tokens, seed,
                                          progress=progress)
    return stories, {"kind": "sampled", "path": str(path), **header}
