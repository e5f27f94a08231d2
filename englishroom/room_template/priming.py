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

from tables import every_token, factor, pairs, scale_probabilities


class Priming:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.seen, self.unseen = {}, {}
        rows = table("priming_seen.txt")
        self.starts = [int(x) for x in next(rows)[1:-1]]
        for piece, *fs in rows:
            self.seen[ids[piece]] = [factor(x) for x in fs[:-1]]
            self.unseen[ids[piece]] = factor(fs[-1])
        self.related = {}
        for trigger, listed, *_ in table("priming_related.txt"):
            self.related[ids[trigger]] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.unseen_dense = every_token(self.unseen, len(vocab))

    def ago(self, prefix):
        """{token in the story: how many tokens back it last occurred (1 = the last token)}."""
        last = {}
        for i in range(len(prefix) - 1, 0, -1):
            last.setdefault(prefix[i], len(prefix) - i)
        return last

    def bucket(self, d):
        return bisect.bisect_right(self.starts, d) - 1

    def adjust(self, prefix, p):
        ago = self.ago(prefix)
        factors = list(self.unseen_dense) if isinstance(p, list) else dict(self.unseen)   # (lazy: prediction.py)
        for w, d in ago.items():
            if w in self.seen:
                factors[w] = self.seen[w][self.bucket(d)]
        for w, (f, _trigger) in self.strongest(ago).items():
            factors[w] = factors[w] * f if w in self.unseen else f
        return scale_probabilities(p, factors)

    def strongest(self, seen):
        """{token not yet seen: (its strongest related factor, the trigger that gives it)};
        `seen`: the tokens in the story so far (any container)."""
        best = {}
        for trigger in seen:
            for w, f in self.related.get(trigger, {}).items():
                if w not in seen and abs(f - 1) > abs(best.get(w, (1, 0))[0] - 1):
                    best[w] = (f, trigger)
        return best

    def explain(self, prefix, token, p):
        """(the table rows that changed `token` here, in words) or None."""
        if token not in self.seen:
            return None
        ago = self.ago(prefix)
        if token in ago:
            b = self.bucket(ago[token])
            f = self.seen[token][b]
            rows = [f"priming_seen.txt {self.vocab[token]} from {self.starts[b]}"]
            words = [f"seen before, {ago[token]} tokens ago: x{f:.2f}"]
        else:
            f = self.unseen[token]
            rows = [f"priming_seen.txt {self.vocab[token]} not seen"]
            words = [f"not seen before: x{f:.2f}"]
        related = self.strongest(ago).get(token)
        if related:
            g, trigger = related
            rows.append(f"priming_related.txt {self.vocab[trigger]} {self.vocab[token]}")
            words.append(f"related to {self.vocab[trigger]}: x{g:.2f}")
        return " + ".join(rows), ", ".join(words)
