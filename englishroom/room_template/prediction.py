"""A prediction that is not (yet) a list: one token's probability at a time.

At GPT-2's 50,257 tokens a list per backoff step would cost more than everything else, so from LAZY_FROM
tokens a prediction is a `Lazy`: the context rules' probability of a token (down the backoff chain when
asked) times a common `scale`, except the tokens a mechanism gave their own (`fixed`). A `Pending` is the
same over a list: steps that set or scale a few tokens change only those and the scale, and the list is
written out once, at the end (Room.after). A Lazy is sampled, and its likeliest token found, without
listing the vocabulary (context_rules.py: draw, top).
"""
import operator
from functools import reduce

LAZY_FROM = 4096        # vocabularies at least this large predict lazily


class Lazy:
    def __init__(self, rules, ctx, scale=1.0, fixed=None):
        """`rules`: the ContextRules; `ctx`: the longest rule ending the text (() for none)."""
        self.rules, self.ctx, self.scale, self.fixed = rules, ctx, scale, fixed or {}

    def __len__(self):
        return len(self.rules.base)

    def __getitem__(self, token):
        q = self.fixed.get(token)
        return q if q is not None else self.scale * self.rules.prob(token, self.ctx)

    def __iter__(self):
        return iter(self.listed())

    def listed(self):                           # every token: the list scaled, the fixed ones set
        q = [x * self.scale for x in self.unscaled()]
        for w, x in self.fixed.items():
            q[w] = x
        return q

    def unscaled(self):
        return self.rules.as_list(self.ctx)

    def changed(self, scale, fixed):
        return Lazy(self.rules, self.ctx, scale, fixed)

    def sample(self, rng):
        """A token drawn from this distribution: a fixed one by its probability, else one the rules
        give, leaving out the fixed ones."""
        u = rng.random()
        for w, q in self.fixed.items():
            u -= q
            if u < 0:
                return w
        return self.rules.draw(self.ctx, rng, set(self.fixed))

    def likeliest(self):
        w, q = self.rules.top(self.ctx, set(self.fixed))
        best = max(self.fixed.items(), key=lambda x: x[1], default=(w, -1.0))
        return best[0] if best[1] > self.scale * q else w


class Pending(Lazy):
    def __init__(self, values, scale=1.0, fixed=None):
        """`values`: a list over the vocabulary (its total need not be 1); p[token] = scale * values[token]."""
        self.values, self.scale, self.fixed = values, scale, fixed or {}

    @staticmethod
    def dividing(values, factors):
        """`values` times each of `factors` (lists, in one pass, or {token: factor}), over its total."""
        q = list(reduce(lambda q, f: map(operator.mul, q, f), [f for f in factors if isinstance(f, list)], values))
        for w, x in [wx for f in factors if isinstance(f, dict) for wx in f.items()]:
            q[w] *= x
        return Pending(q, 1 / sum(q))

    def __len__(self):
        return len(self.values)

    def __getitem__(self, token):
        q = self.fixed.get(token)
        return q if q is not None else self.scale * self.values[token]

    def unscaled(self):
        return self.values

    def changed(self, scale, fixed):
        return Pending(self.values, scale, fixed)
