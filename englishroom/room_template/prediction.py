"""A prediction at any vocabulary size: one token's probability at a time, never the whole list.

At a few hundred tokens a prediction is a plain list, one probability per token. At GPT-2's 50,257
a list per backoff step would cost more than everything else, so from LAZY_FROM tokens the room
keeps a prediction as a `Lazy`: the context rules' probability of any one token (walked down the
backoff chain when asked), times a common `scale`, except the tokens a mechanism gave their own
probability (`fixed`). Mechanisms change both kinds the same way (tables.py: set_probabilities,
scale_probabilities); a Lazy is sampled, and its likeliest token found, without listing the
vocabulary (context_rules.py: draw, top).
"""

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

    def __iter__(self):                           # every token: the rules' list, scaled, the fixed ones set
        q = [x * self.scale for x in self.rules.as_list(self.ctx)]
        for w, x in self.fixed.items():
            q[w] = x
        return iter(q)

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
