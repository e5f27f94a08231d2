"""Context rules: "after these tokens, the subject says this next".

tables/unigram.txt holds what the subject says when no rule applies: the average of its
next-token distributions over every position it was probed at. Each line of
tables/context_rules.txt is one rule:

    ▁Once ▁upon ▁a <TAB> ▁time 0.98 ▁day 0.004 <TAB> # seen 1345 times, saves 5210 nats

The listed probabilities are the subject's own next-token distribution averaged over
the places where the context occurred. The tokens a rule does not list share what is
left of the probability in proportion to what the rule one token shorter predicts
(drop the context's first token) - the "backoff" of KenLM's ARPA format, which is in
tables/context_rules.arpa. The longest rule whose context ends the text wins.
"""


from tables import pairs, probability


class ContextRules:
    def __init__(self, table, vocab):
        """`table(name)`: the rows of a table (tables.py); `vocab`: the pieces, in id order."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.base = [0.0] * len(vocab)
        for piece, p in table("unigram.txt"):
            self.base[self.id[piece]] = probability(p)
        total = sum(self.base)
        if not total > 0:
            raise ValueError("unigram.txt gives no token any probability")
        self.base = [p / total for p in self.base]
        self.rules = {}       # context (tuple of ids) -> (listed {id: p}, alpha for the rest)
        self.longest = 0
        for context, nexts, *_ in table("context_rules.txt"):
            ctx = tuple(self.id[p] for p in context.split(" "))
            listed = {self.id[w]: p for w, p in pairs(nexts)}
            if sum(listed.values()) > 1 + 1e-6:
                raise ValueError(f"the rule after {context!r} lists more than all the probability")
            shorter = [self.prob(w, ctx[1:]) for w in listed]  # the file lists shorter rules first
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - sum(shorter), 1e-12))
            self.longest = max(self.longest, len(ctx))

    def matches(self, prefix):
        """The rules whose context ends `prefix`, shortest first."""
        found = []
        for k in range(1, min(self.longest, len(prefix)) + 1):
            ctx = tuple(prefix[-k:])
            if ctx not in self.rules:
                break                    # every rule's shorter suffixes are rules too
            found.append(ctx)
        return found

    def prob(self, token, ctx):
        """p(token | ctx), following the backoff from the longest rule."""
        while ctx not in self.rules and ctx:
            ctx = ctx[1:]
        if not ctx:
            return self.base[token]
        listed, alpha = self.rules[ctx]
        return listed[token] if token in listed else alpha * self.prob(token, ctx[1:])

    def predict(self, prefix):
        p = self.base
        for ctx in self.matches(prefix):
            listed, alpha = self.rules[ctx]
            p = [x * alpha for x in p]
            for token, q in listed.items():
                p[token] = q
        return p

    def rule_listing(self, prefix, token):
        """The context of the longest rule ending `prefix` that lists `token`, or None (then the
        token's probability comes from unigram.txt through the backoff)."""
        return next((c for c in reversed(self.matches(prefix)) if token in self.rules[c][0]), None)

    def explain(self, prefix, token):
        """(the rule that gave `token` its probability here, in words)."""
        ctx = self.rule_listing(prefix, token)
        if ctx is None:
            return "unigram.txt", "no rule here lists it: the subject's average share"
        longest = self.matches(prefix)[-1]
        text = " ".join(self.vocab[w] for w in ctx)
        note = "" if ctx == longest else f"; the longest rule here ({len(longest)} tokens) does not list it"
        return f"context_rules.txt {text}", f"after {text}: {self.vocab[token]} {self.rules[ctx][0][token]:.3f}{note}"
