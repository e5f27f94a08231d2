"""Story-level priming: words seen earlier in the story change what comes later.

Two tables, measured on the probe stories against the room before this step:
  tables/priming_seen.txt     a token's factor for each range of how many tokens ago it last occurred
                              (the first row gives each range's first distance), then while not seen.
  tables/priming_related.txt  a trigger word per line: `▁Lily <TAB> ▁she 2.4 ▁her 2.1 ...`; once it has
                              occurred, each listed token not yet seen gets its factor (the furthest from 1 wins).
A factor is the subject's average probability for the token over the room's, where the case holds.
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
        self.related = {ids[trigger]: {ids[w]: f for w, f in pairs(listed, factor)}
                        for trigger, listed, *_ in table("priming_related.txt")}
        self.unseen_dense = every_token(self.unseen, len(vocab)) if len(vocab) < LAZY_FROM else None

    def story(self, prefix):
        """({token in the story: the place it last occurred}, {token: (the related factor furthest from 1 that
        the story's triggers give it, that trigger; the first wins a tie)}, every token's factor), read token
        by token (readers.py): only a new token, a trigger's tokens and those entering a range change factor."""
        def step(found, p, n):                   # found: the story read up to p[n - 2]; p[n - 1] comes next
            places, related, factors = found
            w, factors = p[n - 1], list(factors) if isinstance(factors, list) else dict(factors)
            if w not in places and w in self.related:        # a trigger's first occurrence
                related = dict(related)
                for x, f in self.related[w].items():
                    if abs(f - 1) > abs(related.get(x, (1, 0))[0] - 1):
                        related[x] = (f, w)
                        if x not in places:                  # a related token not yet seen
                            factors[x] = self.unseen[x] * f if x in self.unseen else f
            places = {**places, w: n - 1}
            factors[w] = self.seen[w][self.bucket(1)] if w in self.seen else self.unseen.get(w, 1.0)
            for d in self.starts:
                u = p[n - d] if 1 < d < n else None
                if u in self.seen and places[u] == n - d:      # its distance enters the range from d
                    factors[u] = self.seen[u][self.bucket(d)]
            return places, related, factors
        return remembered("priming", prefix, self.related, None,
                          lambda p: reduce(lambda found, n: step(found, p, n), range(2, len(p) + 1), self.start()),
                          lambda found, p: step(found, p, len(p)))

    def start(self):                 # before the story: nothing seen, every token's factor while not seen
        return {}, {}, list(self.unseen_dense) if self.unseen_dense is not None else dict(self.unseen)

    def bucket(self, d):             # the range of distances d falls in
        return self.buckets[min(d, len(self.buckets) - 1)]

    def scaling(self, prefix):
        return self.story(prefix)[2]

    def explain(self, prefix, token, p):
        if token not in self.seen:
            return None
        places, related, _ = self.story(prefix)
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
