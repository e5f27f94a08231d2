"""Names as variables: the context rules speak of names, the story binds them.

A context rule learned "named Lily . Lily" and "named Tom . Tom" from different stories; averaged, it
predicts Lily wherever a name comes. This step reads the story's names (readers.names: NAME1 the one
mentioned last, NAME2 the one before, ...) and moves the probability the room gives names (its *name
mass*: what it gives every name's first token together) onto the names this story bound:

    a bound name's first token    ▁Lily, or the lone space piece ▁ before ▁ Z or b u l (L i l y in characters)
    its first letter              after that lone space: Z, L
    a name written otherwise      "R" "oxy" after a new line for ▁R oxy: the longest piece that spells it on
    the rest of a bound name      once its first tokens are written: or after ▁ Z
    any other name's first token  a token that starts a name in the probe stories (name_starts.txt)

tables/names.txt starts with `slots <TAB> N` (NAME1..NAMEN are bound); each other row is

    group <TAB> subject <TAB> room <TAB> positions      e.g.  NAME1 start, names 0.3-0.6, own 0-0.1

the subject's and the room's mean total probability for the group's tokens where the probe stories had
that group (the group: the slot or `other names`, the range of the name mass, the share of it the room
gives the token, `own`). A token's new probability is its base (for a bound name's start or letter the
name mass, else its own) times subject / room; the other tokens keep their proportions.

Rules that read the state: tables/name_rules.txt holds context rules whose next token is a variable,

    ▁One ▁day , <TAB> NAME1:0.82 NAME1/1:0.9 NAME2/2:0.12 <TAB> # 1,234 positions, saves 310.2 nats

the subject's summed probability for the first token of the name bound to each slot over the room's
summed name mass where the context occurred (NAME1/1: where one name was bound). Where one ends the story
(the longest wins), that share of the name mass goes to that name's first token.
"""
import bisect

from readers import names, piece_texts, word_before
from tables import factor, first_row, longest_context, probability, set_probabilities

MASS = (0, 0.02, 0.1, 0.3, 0.6)      # lower edges of the ranges of the name mass
OWN = (0, 0.1, 0.5)                  # ... of the share of it the room already gives the token


def name_candidates(prefix, texts, starts, slots, pieces):
    """{token: its kind} for the story so far: each bound name's next token (`NAME1 start`: its first;
    `NAME1 letter`: its first letter after the lone space piece it starts with; `NAME1 rest`: the rest;
    `NAME1 respelled` and `respelled rest`: the same, spelled anew), and `other name start`: the tokens
    that start a name where one could start (`starts`: `starts_after`). `pieces`: {text: its first piece}."""
    after_space = texts[prefix[-1]][-1:] in (" ", "\n", '"')
    found, so_far = {}, (word_before(prefix, texts, len(prefix)) or ("",))[0]
    for k, name in enumerate(names(prefix, texts)[:slots], 1):
        for j in range(len(name) - 1, 0, -1):               # the name's first j tokens end the story
            if tuple(prefix[-j:]) == name[:j]:
                kind = "letter" if j == 1 and texts[name[0]] == " " else "rest"
                found.setdefault(name[j], f"NAME{k} {kind}")
                break
        else:                                  # as last written, or spelled anew where it cannot be written so
            text = "".join(texts[w] for w in name).strip()
            start = name[0] if can_start(name[0], texts, after_space) else respelled(text if after_space else " " + text, pieces)
            rest = respelled(text[len(so_far):], pieces) if so_far and text.startswith(so_far) else None
            for w, kind in ((start, "start" if start == name[0] else "respelled"), (rest, "respelled rest")):
                if w is not None:
                    found.setdefault(w, f"NAME{k} {kind}")
    for w in starts[after_space]:
        found.setdefault(w, "other name start")
    return found


def can_start(w, texts, after_space):        # exactly one space between the story and the token
    return (texts[w][:1] == " ") != after_space


def starts_after(starts, texts):             # {after a space or not: the tokens of `starts` that can come there}
    return {after: [w for w in starts if can_start(w, texts, after)] for after in (True, False)}


def respelled(text, pieces):
    """The piece that begins `text`, the longest whose text does, or None (`pieces`: {text: piece})."""
    return next((pieces[text[:n]] for n in range(len(text), 0, -1) if text[:n] in pieces), None)


def range_label(x, edges, what):
    i = bisect.bisect_right(edges, x) - 1
    return f"{what} {edges[i]:g}-{edges[i + 1]:g}" if i + 1 < len(edges) else f"{what} {edges[i]:g}+"


def name_groups(found, p):
    """-> (name mass, {token: (its group, its base probability)}) for the candidates `found`."""
    mass = sum(p[w] for w, kind in found.items() if not kind.endswith(("rest", "respelled")))
    names_here = range_label(mass, MASS, "names")
    out = {}
    for w, kind in found.items():
        if kind == "other name start":
            out[w] = (f"other names, {names_here}", p[w])
        elif not kind.endswith(("rest", "respelled")):
            out[w] = (f"{kind}, {names_here}, {range_label(p[w] / mass if mass else 0, OWN, 'own')}", mass)
        else:
            out[w] = (f"{kind}, {range_label(p[w], OWN, 'own')}", p[w])
    return mass, out


class Names:
    def __init__(self, table, vocab):
        self.slots, rows = first_row(table("names.txt"), "slots", 16)
        self.ratio = {group: factor(probability(subject) / probability(room)) for group, subject, room, *_ in rows}
        ids, self.vocab, self.texts = {p: i for i, p in enumerate(vocab)}, vocab, piece_texts(vocab)
        self.pieces = {t: w for w, t in reversed(list(enumerate(self.texts)))}
        self.after = starts_after({ids[piece]: probability(share) for piece, share, *_ in table("name_starts.txt")}, self.texts)
        self.rules = {tuple(ids[x] for x in context.split(" ")):    # context -> {"slot/names bound": share of the name mass}
                      {k[4:]: factor(q) for k, q in (x.split(":") for x in listed.split(" "))}
                      for context, listed, *_ in table("name_rules.txt")}
        self.longest = max(map(len, self.rules), default=0)

    def new_probabilities(self, prefix, p):
        """{token: (its new probability, the row that gives it)}."""
        mass, found = name_groups(name_candidates(prefix, self.texts, self.after, self.slots, self.pieces), p)
        new = {w: (min(base * self.ratio[g], 1.0), f"names.txt {g}") for w, (g, base) in found.items() if g in self.ratio}
        ctx = longest_context(prefix, self.rules, self.longest)      # name_rules.txt's longest that ends here
        if ctx:
            text, bound = " ".join(self.vocab[w] for w in ctx), min(len(names(prefix, self.texts)), self.slots)
            # a bound name's start or letter, as last written ("res": "rest" and "respelled" are not)
            for w, slot in [(w, g[4:g.index(" ")]) for w, (g, _) in found.items() if g[:4] == "NAME" and "res" not in g]:
                for key in [k for k in (f"{slot}/{bound}", slot) if k in self.rules[ctx]][:1]:   # as bound, else plain
                    new[w] = (min(self.rules[ctx][key] * mass, 1.0), f"name_rules.txt {text} NAME{key}")
        return new

    def adjust(self, prefix, p):
        return set_probabilities(p, {w: q for w, (q, _) in self.new_probabilities(prefix, p).items()})

    def explain(self, prefix, token, p):
        q, row = self.new_probabilities(prefix, p).get(token, (None, None))
        if row:
            bound = ", ".join(f"NAME{k}={''.join(self.texts[w] for w in n).strip()}"
                              for k, n in enumerate(names(prefix, self.texts)[:self.slots], 1))
            return row, f"{row.split(' ', 1)[1]}: {q:.3f} ({bound or 'no name bound yet'})"
