"""Rules that read the state: a context rule specialised by what a reader finds in the story.

The rule that fired averages every place its context occurred: in a woman's story or a man's, inside a
quotation or not. tables/state_rules.txt holds, per rule and reader's value, a factor per token:

    pronoun=female <TAB> , ▁but <TAB> ▁he 0.25 ▁she 1.76 <TAB> # 1,019 of 2,164 places, saves 156.2 nats

(summed probability with the value + 1) / (summed over all values, scaled to as many places, + 1).
Readers (readers.py): `pronoun`, the he/she word used last (female, male, none), with "/it" where `topic`
finds an it word after it ("she ... it"); `quotation` (inside, outside); `tense` (present, past; no value
before the first tense word, where the pronoun=none rows speak for the story's start). The first row
lists the words they look for: female, male, thing, present, past. Per reader, the row of its value
with the longest context among the matching rules scales the prediction (then divided by the new total).
"""
from readers import pronoun, quotation, piece_texts, tense, topic
from tables import factor, pairs


def state_values(prefix, texts, words):
    """What the readers find: ["pronoun=" female, male or none, with "/it" where an it word came after the
    he/she word; "quotation=" inside or outside; "tense=" present or past, once a tense word is told]."""
    kind = pronoun(prefix, texts, words["female"], words["male"])
    about = topic(prefix, texts, words["female"] | words["male"], words["thing"])
    told = tense(prefix, texts, words["present"], words["past"])       # before quotation: it reads one back
    values = [f"pronoun={kind[0] if kind else 'none'}{'/it' if about and about[0] == 'thing' else ''}",
              f"quotation={'inside' if quotation(prefix, texts) is not None else 'outside'}"]
    return values + [f"tense={told[0]}"] if told else values


class State:
    def __init__(self, table, vocab):
        ids, self.vocab, self.texts = {p: i for i, p in enumerate(vocab)}, vocab, piece_texts(vocab)
        rows = table("state_rules.txt")
        self.words = dict(zip("female male thing present past".split(), (set(w.split()) for w in next(rows)[1:6]), strict=True))
        self.rules = {(value, tuple(ids[p] for p in context.split(" "))): {ids[w]: f for w, f in pairs(listed, factor)}
                      for value, context, listed, *_ in rows}           # (reader=value, context) -> {token: factor}
        self.context_rules = None      # the room's (room.py hands them over): a row specialises a rule that matches

    def fired(self, prefix):
        """[(reader=value, context)] of the rows that apply: per reader, its value's row of the longest matching context."""
        found = self.context_rules.matches(prefix)[::-1]            # the longest first
        values = state_values(prefix, self.texts, self.words)
        rows = [(v, next((c for c in found if (v, c) in self.rules), None)) for v in values]
        return [(v, c) for v, c in rows if c]

    def scaling(self, prefix):
        factors = {}
        for key in self.fired(prefix):
            for w, f in self.rules[key].items():
                factors[w] = factors.get(w, 1.0) * f
        return factors

    def explain(self, prefix, token, p):
        for value, ctx in self.fired(prefix):
            if token in self.rules[value, ctx]:
                text = " ".join(self.vocab[w] for w in ctx)
                return (f"state_rules.txt {value} {text}",
                        f"{value} after {text}: x{self.rules[value, ctx][token]:.2f}")
