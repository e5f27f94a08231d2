"""The character's gender: after "she" the subject expects "her", after "he" it expects "his".

The story is in a *female* state when the last of the tokens listed in the header of
tables/gender.txt as female (she, She, her, ...) came after the last male one (he, He, his, ...),
*male* in the opposite case, and *none* before either. tables/gender.txt has one line per token:
`piece <TAB> none <TAB> female <TAB> male`, the factor that token gets in each state: the subject's
average probability for it divided by the room's (before this step), over the probe-story
positions in that state. After scaling, everything is divided by the new total.
"""
from mechanism_tables import rows, scale_probabilities

STATES = ("none", "female", "male")


def gender_state(prefix, female, male):
    """0 (none), 1 (female) or 2 (male): which kind of word came last."""
    for w in reversed(prefix):
        if w in female:
            return 1
        if w in male:
            return 2
    return 0


class Gender:
    def __init__(self, room_dir, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        table = rows(f"{room_dir}/tables/gender.txt")
        _, female, male = next(table)[:3]           # `words  she She her ...  he He his ...`
        self.female = {ids[p] for p in female.split(" ")}
        self.male = {ids[p] for p in male.split(" ")}
        self.factors = [{}, {}, {}]
        for piece, *factors in table:
            for k in range(3):
                self.factors[k][ids[piece]] = float(factors[k])

    def state(self, prefix):
        return gender_state(prefix, self.female, self.male)

    def adjust(self, prefix, p):
        return scale_probabilities(p, self.factors[self.state(prefix)])

    def explain(self, prefix, token):
        """(the table row that changed `token` here, in words) or None."""
        k = self.state(prefix)
        if token in self.factors[k]:
            return f"gender.txt {self.vocab[token]} {STATES[k]}", f"gender {STATES[k]}: x{self.factors[k][token]:.2f}"
