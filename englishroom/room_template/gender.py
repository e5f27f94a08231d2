"""The characters' gender: after "she" the subject expects "her", after "he" "his"; and while the story
has no male word yet, "he" less often. The first row of tables/gender.txt lists the female words
(she, her, ...) and the male ones (he, his, ...); the state is which kinds occurred and which came
last (STATES). Each further line: a piece and its factor in each state, the subject's summed
probability for it over the room's (before this step) at the probe-story positions in that state.
After scaling, everything is divided by the new total.
"""
from tables import every_token, factor, scale_probabilities

STATES = ("none", "female only", "male only", "both, last female", "both, last male")


def gender_state(prefix, female, male):
    """An index into STATES: which kinds of word occurred, and which came last."""
    kinds = [1 if w in female else 2 for w in prefix if w in female or w in male]
    return 0 if not kinds else 2 + kinds[-1] if len(set(kinds)) == 2 else kinds[-1]


class Gender:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        rows = table("gender.txt")
        _, female, male = next(rows)[:3]           # `words  she She her ...  he He his ...`
        self.female = {ids[p] for p in female.split()}
        self.male = {ids[p] for p in male.split()}
        self.factors = [{} for _ in STATES]
        for piece, *factors in rows:
            for k in range(len(STATES)):
                self.factors[k][ids[piece]] = factor(factors[k])
        self.dense = [every_token(f, len(vocab)) for f in self.factors]

    def state(self, prefix):
        return gender_state(prefix, self.female, self.male)

    def adjust(self, prefix, p):
        return scale_probabilities(p, self.dense[self.state(prefix)])

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        k = self.state(prefix)
        if token in self.factors[k]:
            return f"gender.txt {self.vocab[token]} {STATES[k]}", f"gender {STATES[k]}: x{self.factors[k][token]:.2f}"
