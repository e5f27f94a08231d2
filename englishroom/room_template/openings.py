"""Openings: the ways the subject's stories begin, remembered whole.

The subject's stories often begin alike ("Once upon a time, there was a little girl named Lily. She loved
to play..."), and where one goes on as another began, the subject says the same next: it sees the same
text. tables/openings.txt has a line for each beginning, longer than any context rule, that at least two
probe stories share (those that save the most nats): the subject's probability over the room's (every
other step on) for each token either gives at least 0.001 there, so that the room says what the subject says.

    ▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a <TAB> ▁little 0.9388 ... <TAB> # 6009 stories begin so, saves 168 nats
"""
from tables import context_factors


class Openings:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = context_factors(table("openings.txt"), ids)   # the story after BOS -> {token: factor}
        self.longest = max(map(len, self.factors), default=0)

    def scaling(self, prefix):
        return self.factors.get(tuple(prefix[1:]), {}) if len(prefix) <= self.longest + 1 else {}

    def explain(self, prefix, token, p):
        if (f := self.scaling(prefix).get(token)) is not None:
            return "openings.txt (the story so far)", f"probe stories began so; to the subject's probability: x{f:.2f}"
