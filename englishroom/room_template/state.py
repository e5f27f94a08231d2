"""Rules that read the state: a context rule specialised by what a reader finds in the story.

The context rule that fired (the longest one ending the story) is the subject's average over every
place its context occurred. Some of those places had a woman's story going on, some a man's; some
were inside a quotation. For such a rule and a reader's value, tables/state_rules.txt holds what the
subject said *there* against what it said at the context over all: a factor per token,

    pronoun=female <TAB> ▁play ▁with ▁it , ▁but <TAB> ▁she 1.71 ▁he 0.08 <TAB> # 312 of 655 places, saves 84.3 nats

(subject's summed probability with that value + k) / (its summed probability at the context over all
values, scaled to as many places + k), k = 1. The readers (readers.py) are

    pronoun     the he/she word the story used last: female or male (none before any)
    quotation   inside or outside a quotation

The first row lists the words the pronoun reader looks for: `words <TAB> female ones <TAB> male ones`.
Where the rule that fired has a specialisation for a reader's present value, the prediction's tokens
are multiplied by its factors (by each reader's, where two have one), then divided by the new total;
everywhere else the plain rule stands. A row is kept where it saves nats on the probe stories
(places x KL, the criterion every rule is selected by), and `saves` says how many.
"""
from readers import pronoun, quotation, piece_texts
from tables import factor, pairs, scale_probabilities


def state_values(prefix, texts, female, male):
    """What each reader finds: ["pronoun=female" or "=male" or "=none", "quotation=inside" or "=outside"]."""
    kind = pronoun(prefix, female, male) if female else None
    return [f"pronoun={kind[0] if kind else 'none'}",
            f"quotation={'inside' if quotation(prefix, texts) is not None else 'outside'}"]


class State:
    def __init__(self, table, vocab):
        ids, self.vocab, self.texts = {p: i for i, p in enumerate(vocab)}, vocab, piece_texts(vocab)
        rows = table("state_rules.txt")
        _, female, male = next(rows)[:3]
        self.female, self.male = {ids[p] for p in female.split()}, {ids[p] for p in male.split()}
        self.rules = {}           # (reader=value, context) -> {token: factor}
        for value, context, listed, *_ in rows:
            key = (value, tuple(ids[p] for p in context.split(" ")))
            self.rules[key] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.context_rules = None

    def read_rules(self, context_rules):
        """The room's context rules: a specialisation applies where its plain rule is the one that fired."""
        self.context_rules = context_rules

    def fired(self, prefix):
        """[(reader=value, context)] of the rows that apply here: for each reader, the row of its value
        whose context is the longest that ends the story among the contexts of the rules that match."""
        found = self.context_rules.matches(prefix)
        out = []
        for v in state_values(prefix, self.texts, self.female, self.male):
            ctx = next((c for c in reversed(found) if (v, c) in self.rules), None)
            if ctx:
                out.append((v, ctx))
        return out

    def adjust(self, prefix, p):
        factors = {}
        for key in self.fired(prefix):
            for w, f in self.rules[key].items():
                factors[w] = factors.get(w, 1.0) * f
        return scale_probabilities(p, factors)

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        for value, ctx in self.fired(prefix):
            if token in self.rules[value, ctx]:
                text = " ".join(self.vocab[w] for w in ctx)
                return (f"state_rules.txt {value} {text}",
                        f"{value} after {text}: x{self.rules[value, ctx][token]:.2f}")
