"""Position in the story: how far the story has got changes what comes next.

Stories open with "Once upon a time"; near the end a new line and the end grow likely. tables/position.txt:
per token, a factor for each range of story length so far (in tokens), the subject's average probability
over the room's there.
"""
import bisect

from tables import every_token, factor


class Position:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        rows = table("position.txt")
        self.starts = [int(x) for x in next(rows)[1:]]     # `piece  0  16  64 ...`: each range's first length
        rows = [(ids[piece], [factor(f) for f in factors]) for piece, *factors in rows]
        self.factors = [{w: fs[k] for w, fs in rows} for k in range(len(self.starts))]
        self.dense = [every_token(f, len(vocab)) for f in self.factors]

    def scaling(self, prefix):
        return self.dense[self.range(prefix)]

    def range(self, prefix):
        return bisect.bisect_right(self.starts, len(prefix) - 1) - 1

    def explain(self, prefix, token, p):
        k = self.range(prefix)
        if token in self.factors[k]:
            return (f"position.txt {self.vocab[token]} from {self.starts[k]}",
                    f"{len(prefix) - 1} tokens into the story: x{self.factors[k][token]:.2f}")
