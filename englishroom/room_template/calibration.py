"""Calibration: the mechanisms' average factors, checked context by context.

A context rule already holds the subject's average over that context's own occurrences, and those
occurrences lean one way: "▁She ▁lo ved ▁to ▁play" comes about twenty tokens into a story, before any
"▁" word. The mechanisms' factors are averages over every place in the probe stories, so here they
count again what the rule already knew: position and priming turn the subject's "outside" (0.40
against "with" 0.37) into "with". This last step undoes such double counting where a context is
frequent enough to measure it. tables/calibration.txt has one line per context that occurred at
least N times (the first comment line says N) in the probe stories the mechanisms were measured on:

    ▁She ▁lo ved ▁to ▁play <TAB> ▁ 1.33 ▁with 0.82 ... <TAB> # 127 positions, saves 9.1 nats

each listed token's factor being the subject's summed probability over the room's (with every
mechanism before this one), over the places where this is the longest context of the table, which
is the one that applies where it ends the text.
"""
from tables import factor, longest_context, pairs


class Calibration:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = {}         # context (tuple of ids) -> {token: factor}
        for context, listed, *_ in table("calibration.txt"):
            self.factors[tuple(ids[p] for p in context.split(" "))] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.longest = max(map(len, self.factors), default=0)

    def scaling(self, prefix):               # the row of the table's longest context that ends the text
        ctx = longest_context(prefix, self.factors, self.longest)
        return {} if ctx is None else self.factors[ctx]

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        ctx = longest_context(prefix, self.factors, self.longest)
        if ctx is not None and token in self.factors[ctx]:
            text = " ".join(self.vocab[w] for w in ctx)
            return f"calibration.txt {text}", f"after {text}, checked on its own occurrences: x{self.factors[ctx][token]:.2f}"
