"""Story-level priming: words seen earlier in the story change what comes later.

Two tables, measured on the probe stories against the room before this step:
  tables/priming_seen.txt     a token's factor for each range of how many tokens ago it last occurred
                              (the first row gives each range's first distance), then while not seen.
  tables/priming_related.txt  a trigger word per line: `▁Lily <TAB> ▁she 2.4 ▁her 2.1 ...`; once it has
                              occurred, each listed token not yet seen gets its factor (several
                              triggers: the factor furthest from 1 wins).
A factor is the subject's average probability for the token over the room's, where the case holds.
After scaling, everything is divided by the new total.
"""
import bisect
from functools import reduce

from prediction import LAZY_FROM
from readers import remembered
from tables import every_token, factor, pairs


class Priming:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.seen, self.unseen = {}, {}
        rows = table("priming_seen.txt")
        self.starts = [int(x) for x in next(rows)[1:-1]]
        self.buckets = [bisect.bisect_right(self.starts, d) - 1 for d in range(self.starts[-1] + 1)]
        for piece, *fs in rows:
            self.seen[ids[piece]] = [factor(x) for x in fs[:-1]]
            self.unseen[ids[piece]] = factor(fs[-1])
        self.related = {}
        for trigger, listed, *_ in table("priming_related.txt"):
            self.related[ids[trigger]] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.unseen_dense = every_token(self.unseen, len(vocab)) if len(vocab) < LAZY_FROM else None

    def story(self, prefix):
        """({token in the story: the place it last occurred}, {token: (the related factor furthest from 1 that
        the story's triggers give it, that trigger; the first wins a tie)}), read token by token (readers.py)."""
        def step(places, related, w, i):
            if w not in places and w in self.related:        # a trigger's first occurrence
                related = dict(related)
                for x, f in self.related[w].items():
                    if abs(f - 1) > abs(related.get(x, (1, 0))[0] - 1):
                        related[x] = (f, w)
            return {**places, w: i}, related
        return remembered("priming", prefix, self.related, None,
                          lambda p: reduce(lambda found, i: step(*found, p[i], i), range(1, len(p)), ({}, {})),
                          lambda found, p: step(*found, p[-1], len(p) - 1))

    def bucket(self, d):             # the range of distances d falls in
        return self.buckets[min(d, len(self.buckets) - 1)]

    def scaling(self, prefix):
        places, related = self.story(prefix)
        factors = list(self.unseen_dense) if self.unseen_dense is not None else dict(self.unseen)   # lazy: a dict
        seen, buckets, n, last = self.seen, self.buckets, len(prefix), len(self.buckets) - 1
        for w, i in places.items():
            if w in seen:
                factors[w] = seen[w][buckets[min(n - i, last)]]        # self.bucket(n - i), in the loop's time
        for w, (f, _trigger) in related.items():
            if w not in places:                               # a related token not yet seen
                factors[w] = factors[w] * f if w in self.unseen else f
        return factors

    def explain(self, prefix, token, p):
        """(the table rows that changed `token` here, in words) or None."""
        if token not in self.seen:
            return None
        places, related = self.story(prefix)
        if token in places:
            ago = len(prefix) - places[token]
            b = self.bucket(ago)
            rows = [f"priming_seen.txt {self.vocab[token]} from {self.starts[b]}"]
            words = [f"seen before, {ago} tokens ago: x{self.seen[token][b]:.2f}"]
        else:
            rows = [f"priming_seen.txt {self.vocab[token]} not seen"]
            words = [f"not seen before: x{self.unseen[token]:.2f}"]
        if token in related and token not in places:
            g, trigger = related[token]
            rows.append(f"priming_related.txt {self.vocab[trigger]} {self.vocab[token]}")
            words.append(f"related to {self.vocab[trigger]}: x{g:.2f}")
        return " + ".join(rows), ", ".join(words)
