"""Context rules: "after these tokens, the subject says this next".

Each line of tables/context_rules.txt is one rule, the subject's own next-token distribution averaged
over the places its context occurred in the probe corpus:

    ▁Once ▁upon ▁a <TAB> ▁time 0.98 ▁day 0.004 <TAB> # seen 1345 times, saves 5210 nats

The tokens a rule does not list share what is left in proportion to what the rule one token shorter
predicts, down to tables/unigram.txt (the subject's average): the "backoff" of KenLM's ARPA format
(tables/context_rules.arpa.gz). The longest rule whose context ends the text wins. At a large vocabulary
(prediction.py) `prob`, `draw` and `top` walk down the rules so that no step lists the vocabulary.
"""
from itertools import accumulate

from prediction import LAZY_FROM, Lazy
from tables import RoomError, pairs, probability


class ContextRules:
    def __init__(self, table, vocab, given=None):
        """`table(name)`: a table's rows; `vocab`: the pieces; `given`: the tables' numbers instead ({id: p}, [(context, {id: p})])."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        unigram, rows = given or ({self.id[piece]: probability(p) for piece, p in table("unigram.txt")},    # {id: p},
                                  (row[:2] for row in table("context_rules.txt")))                  # ("▁a ▁b", row)
        base = [unigram.get(w, 0.0) for w in range(len(vocab))]
        if not (total := sum(base)) > 0:
            raise ValueError("unigram.txt gives no token any probability")
        self.base, self.rows, self.rules = [p / total for p in base], dict(rows), {}    # rows become rules when first asked for
        self.longest, self.lazy = max((c.count(" ") + 1 for c in self.rows), default=0), False
        if len(vocab) >= LAZY_FROM:
            self.go_lazy()

    def rule(self, ctx):
        """(listed {id: p}, alpha for the rest) of the rule after `ctx`, or None: its row read (and checked) when first asked for."""
        if ctx not in self.rules and (text := " ".join(map(self.vocab.__getitem__, ctx))) in self.rows:
            try:
                listed = row if isinstance(row := self.rows.pop(text), dict) else {self.id[w]: p for w, p in pairs(row)}
                if sum(listed.values()) > 1 + 1e-6:
                    raise ValueError("it lists more than all the probability")
            except (KeyError, ValueError) as e:
                raise RoomError(f"tables/context_rules.txt: the rule after {' '.join(self.vocab[t] for t in ctx)!r}: "
                                f"{e}{' is not a piece of tables/vocab.txt' * isinstance(e, KeyError)}") from None
            # alpha: what the rule leaves over what its backoff (every rule's shorter suffixes are rules too) leaves
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - self.summed(listed, ctx[1:]), 1e-12))
        return self.rules.get(ctx)

    def go_lazy(self):
        """Predict lazily from now on (prediction.py): what `draw` and `top` need, once."""
        self.lazy, self.cumulative = True, list(accumulate(self.base))
        self.by_base = sorted(range(len(self.base)), key=lambda w: -self.base[w])

    def matches(self, prefix):
        """The rules whose context ends `prefix`, shortest first."""
        found = []
        for k in range(1, min(self.longest, len(prefix)) + 1):
            ctx = tuple(prefix[-k:])
            if ctx not in self.rules and self.rule(ctx) is None:
                break                    # every rule's shorter suffixes are rules too
            found.append(ctx)
        return found

    def prob(self, token, ctx):         # p(token | ctx), following the backoff from the longest rule
        return self.summed((token,), ctx)

    def summed(self, tokens, ctx):
        """p(tokens | ctx) together: each level of the backoff takes the tokens its rule lists."""
        total, scale, tokens = 0.0, 1.0, set(tokens)
        while ctx and tokens:
            if rule := self.rule(ctx):
                own = rule[0].keys() & tokens       # those it lists: their probability, times what longer rules left
                total, scale, tokens = total + scale * sum(map(rule[0].__getitem__, own)), scale * rule[1], tokens - own
            ctx = ctx[1:]
        return total + scale * sum(map(self.base.__getitem__, tokens))

    def predict(self, prefix):
        if self.lazy:
            found = self.matches(prefix)
            return Lazy(self, found[-1] if found else ())
        return self.as_list(prefix)

    def as_list(self, prefix):
        """The prediction as a list: each matching rule's tokens times what the longer rules leave (their alphas)."""
        found, scales, scale = self.matches(prefix), [], 1.0
        for ctx in reversed(found):                  # longest first: what the longer rules leave
            scales.append(scale)
            scale *= self.rules[ctx][1]
        p = [x * scale for x in self.base]
        for ctx, s in zip(found, reversed(scales)):  # shortest first: a longer rule's token wins
            for token, q in self.rules[ctx][0].items():
                p[token] = q * s
        return p

    def draw(self, ctx, rng, exclude):
        """A token drawn from p(. | ctx) less `exclude`: one the rule lists, or (by what it leaves) one the next rule gives."""
        while ctx:
            listed, alpha = self.rules[ctx]
            own = [(w, q) for w, q in listed.items() if w not in exclude]
            exclude = exclude | listed.keys()
            rest = alpha * max(1 - self.summed(exclude, ctx[1:]), 0.0)
            u = rng.random() * (sum(q for _, q in own) + rest)
            for w, q in own:
                u -= q
                if u < 0:
                    return w
            ctx = ctx[1:]
        for _ in range(1000):
            w = rng.choices(range(len(self.base)), cum_weights=self.cumulative)[0]
            if w not in exclude:
                return w
        return rng.choices(range(len(self.base)), [0 if w in exclude else q for w, q in enumerate(self.base)])[0]

    def top(self, ctx, exclude):
        """(the likeliest token under p(. | ctx) outside `exclude`, its probability)."""
        best, scale = (None, -1.0), 1.0
        while ctx:
            listed, alpha = self.rules[ctx]
            for w, q in listed.items():
                if w not in exclude and scale * q > best[1]:
                    best = (w, scale * q)
            exclude, scale, ctx = exclude | listed.keys(), scale * alpha, ctx[1:]
        w = next((w for w in self.by_base if w not in exclude), None)
        return best if w is None or best[1] >= scale * self.base[w] else (w, scale * self.base[w])

    def rule_listing(self, prefix, token):
        """The context of the longest rule ending `prefix` that lists `token`, or None (unigram.txt then gives it)."""
        return next((c for c in reversed(self.matches(prefix)) if token in self.rules[c][0]), None)

    def explain(self, prefix, token):
        """(the rule that gave `token` its probability here, in words)."""
        ctx = self.rule_listing(prefix, token)
        if ctx is None:
            return "unigram.txt", "no rule here lists it: the subject's average share"
        text = " ".join(self.vocab[w] for w in ctx)
        note = "" if ctx == (longest := self.matches(prefix)[-1]) else f"; the longest rule here ({len(longest)} tokens) does not list it"
        return f"context_rules.txt {text}", f"after {text}: {self.vocab[token]} {self.rules[ctx][0][token]:.3f}{note}"
