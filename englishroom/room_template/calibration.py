"""Calibration: the mechanisms' average factors, checked context by context.

A context rule already holds the subject's average over its context's own occurrences, and those lean
one way: "▁She ▁lo ved ▁to ▁play" comes about twenty tokens into a story. The mechanisms' factors are
averages over every place, so here they count again what the rule knew: position and priming turn the
subject's "outside" (0.40 against "with" 0.37) into "with". This last step undoes such double counting.
tables/calibration.txt has a line per context seen at least N times (the first comment line says N):

    ▁She ▁lo ved ▁to ▁play <TAB> ▁ 1.33 ▁with 0.82 ... <TAB> # 127 positions, saves 9.1 nats

each listed token's factor being the subject's summed probability over the room's (with every
mechanism before this one), over the places where this is the longest context of the table, which
is the one that applies where it ends the text.
"""
from tables import context_factors, longest_context


class Calibration:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = context_factors(table("calibration.txt"), ids)      # context (ids) -> {token: factor}
        self.longest = max(map(len, self.factors), default=0)

    def scaling(self, prefix):               # the row of the table's longest context that ends the text
        ctx = longest_context(prefix, self.factors, self.longest)
        return {} if ctx is None else self.factors[ctx]

    def explain(self, prefix, token, p):
        ctx = longest_context(prefix, self.factors, self.longest)
        if ctx is not None and token in self.factors[ctx]:
            text = " ".join(self.vocab[w] for w in ctx)
            return f"calibration.txt {text}", f"after {text}, checked on its own occurrences: x{self.factors[ctx][token]:.2f}"
