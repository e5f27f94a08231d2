"""Dialogue state: inside a quotation the subject talks differently.

Inside a quotation (readers.quotation finds the mark that opened one), tables/dialogue.txt gives
each token a factor, `piece <TAB> inside <TAB> outside`: the subject's average probability over the
room's (before this step) in that state. Then everything is divided by the new total.
"""
from readers import piece_texts, quotation
from tables import every_token, factor


class Dialogue:
    def __init__(self, table, vocab):
        ids, self.vocab, self.texts = {p: i for i, p in enumerate(vocab)}, vocab, piece_texts(vocab)
        rows = [(ids[piece], factor(inside), factor(outside)) for piece, inside, outside, *_ in table("dialogue.txt")]
        self.factors = {True: {w: f for w, f, _ in rows}, False: {w: f for w, _, f in rows}}
        self.dense = {state: every_token(f, len(vocab)) for state, f in self.factors.items()}

    def scaling(self, prefix):
        return self.dense[quotation(prefix, self.texts) is not None]

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        inside = quotation(prefix, self.texts) is not None
        if token in self.factors[inside]:
            where = "inside" if inside else "outside"
            return (f"dialogue.txt {self.vocab[token]} {where}",
                    f"{where} a quotation: x{self.factors[inside][token]:.2f}")
