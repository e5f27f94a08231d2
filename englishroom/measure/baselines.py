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
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

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
    """Raw counts up to `max_order`, and continuation counts below it, shared by every KN order."""

    def __init__(self, stories, max_order: int, bos: int):
        self.max_order, self.bos, self.tokens = max_order, bos, 0
        self.compiled = {}      # (order, raw or not) -> a compiled table the KN models share (compiled_table)
        # raw[n][context] -> Counter(next token), context a tuple of n-1 tokens
        self.raw = [None] + [defaultdict(Counter) for _ in range(max_order)]
        for s in stories:
            self.tokens += len(s) - 1
            for i in range(1, len(s)):
                w = s[i]
                for n in range(1, min(max_order, i + 1) + 1):
                    self.raw[n][tuple(s[i - n + 1:i])][w] += 1
        # cont[n][context] -> Counter: distinct left extensions; raw counts if context starts at BOS
        self.cont = [None] + [defaultdict(Counter) for _ in range(max_order - 1)]
        for n in range(1, max_order):
            for ctx, nxt in self.raw[n + 1].items():
                for w in nxt:
                    self.cont[n][ctx[1:]][w] += 1
            for ctx, nxt in self.raw[n].items():
                if ctx and ctx[0] == bos:
                    self.cont[n][ctx] = nxt


def discounts(table) -> tuple[float, float, float]:
    t = Counter()
    for nxt in table.values():
        for c in nxt.values():
            if c <= 4:
                t[c] += 1
    if min(t[1], t[2], t[3], t[4]) == 0:   # too little data for the closed form
        return 0.5, 1.0, 1.5
    y = t[1] / (t[1] + 2 * t[2])
    return tuple(min(max(d, 0.0), k) for k, d in
                 ((1, 1 - 2 * y * t[2] / t[1]), (2, 2 - 3 * y * t[3] / t[2]), (3, 3 - 4 * y * t[4] / t[3])))


def compiled_table(counts, n, raw, keep=None):
    """(discounts, {context: (token ids, discounted mass, backoff weight)}) for the order-n table of
    raw counts (a model's own order) or continuation counts (the orders below it). Unpruned tables
    are compiled once per NgramCounts and shared by the models of every order: KN11's
    continuation tables are KN10's, and so on (a character subject's orders 2 to 11 held them ten
    times over)."""
    shared = counts.compiled
    if keep is None and (n, raw) in shared:
        return shared[n, raw]
    table = counts.raw[n] if raw else counts.cont[n]
    d = discounts(table)
    compiled = {}
    for ctx, nxt in table.items():
        if keep is not None and n > 1 and ctx not in keep:
            continue
        ids = np.fromiter(nxt.keys(), dtype=np.int64, count=len(nxt))
        c = np.fromiter(nxt.values(), dtype=np.float64, count=len(nxt))
        disc = np.where(c >= 3, d[2], np.where(c == 2, d[1], d[0]))
        total = c.sum()
        compiled[ctx] = (ids, (c - disc) / total, disc.sum() / total)
    if keep is None:
        shared[n, raw] = d, compiled
    return d, compiled


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
            ranked = sorted(((sum(nxt.values()), len(ctx), ctx) for n in range(2, order + 1)
                             for ctx, nxt in counts.raw[n].items()), key=lambda x: (-x[0], x[1], x[2]))
            keep = {ctx for _, _, ctx in ranked[:max_contexts]}
        self.tokens = counts.tokens
        self.tables, self.discounts = [None], [None]
        for n in range(1, order + 1):
            d, compiled = compiled_table(counts, n, n == order, keep)
            self.discounts.append(d)
            self.tables.append(compiled)
        self.uniform = np.full(vocab_size, 1.0 / vocab_size)
        self.memo = {}

    def predict(self, prefix):
        ctx = tuple(prefix[-(self.order - 1):]) if self.order > 1 else ()
        hit = self.memo.get(ctx)
        if hit is not None:
            return hit
        p = self.uniform
        for n in range(1, self.order + 1):
            if len(ctx) < n - 1:
                break
            entry = self.tables[n].get(ctx[len(ctx) - (n - 1):] if n > 1 else ())
            if entry is None:
                break
            ids, mass, gamma = entry
            p = p * gamma
            p[ids] += mass
        if len(self.memo) * self.vocab_size * 8 > MEMO_BYTES:
            self.memo.clear()
        self.memo[ctx] = p
        return p

    def story_distributions(self, story):
        k = self.order - 1
        return np.stack([self.predict(story[max(0, t + 1 - k): t + 1]) for t in range(len(story))])


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
