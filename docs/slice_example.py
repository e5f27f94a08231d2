"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, openings
correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files cut to the
103 rows this text needs and the 110 tokens that compete somewhere in it; every other token is
pooled into one, <rest>, never written. englishroom removed every other row it could without
changing what greedy decoding writes, and every statement of the room's code that saying it never
runs (a block left with none says `...`).
"""

# ---- tables.py, the room's own code ----
# Reading the room's tables, and the two ways a mechanism changes a prediction.
#
# Tables are plain text: a row per line, fields separated by tabs, "# " lines are comments. The code
# never opens a file: it is handed `table(name)`, the rows of tables/NAME (or a slice's rows), and checks
# every number as it reads it (a probability in [0, 1], a factor in (0, 1e6]). A mechanism either *sets*
# some tokens to a probability (the others keep their proportions and share what is left), or *scales*
# some by factors (then everything is divided by the new total), on a list or a lazy prediction alike.

def probability(text):
    if not 0 <= (x := float(text)) <= 1:         # (NaN fails this too)
        ...
    return x


def factor(text):
    if not 0 < (x := float(text)) <= 1e6:
        ...
    return x


def rows(lines):
    """The fields of each row of a table's lines (comments and blank lines skipped)."""
    for line in lines:
        if line.strip() and not line.startswith("# "):
            yield line.rstrip("\n").split("\t")


def pairs(listed, number=probability):
    """'▁time 0.98 ▁day 0.004' -> [('▁time', 0.98), ('▁day', 0.004)]."""
    words = listed.split(" ") if listed else []
    if len(words) % 2:
        ...
    return [(w, number(p)) for w, p in zip(words[::2], words[1::2])]


def context_factors(table_rows, ids):
    """Rows `context <TAB> token factor token factor ... <TAB> # comment` -> {context ids: {token id: factor}}."""
    return {tuple(ids[p] for p in context.split(" ")): {ids[w]: f for w, f in pairs(listed, factor)}
            for context, listed, *_ in table_rows}


# ---- prediction.py, the room's own code ----
# A prediction that is not (yet) a list: one token's probability at a time.
#
# At GPT-2's 50,257 tokens a list per backoff step would cost more than everything else, so from LAZY_FROM
# tokens a prediction is a `Lazy`: the context rules' probability of a token (down the backoff chain when
# asked) times a common `scale`, except the tokens a mechanism gave their own (`fixed`). A `Pending` is the
# same over a list: steps that set or scale a few tokens change only those and the scale, and the list is
# written out once, at the end (Room.after). A Lazy is sampled, and its likeliest token found, without
# listing the vocabulary (context_rules.py: draw, top).

import operator


from functools import reduce


LAZY_FROM = 4096


class Lazy:

    def listed(self):                           # every token: the list scaled, the fixed ones set
        q = [x * self.scale for x in self.unscaled()]
        for w, x in self.fixed.items():
            ...
        return q


class Pending(Lazy):
    def __init__(self, values, scale=1.0, fixed=None):
        """`values`: a list over the vocabulary (its total need not be 1); p[token] = scale * values[token]."""
        self.values, self.scale, self.fixed = values, scale, fixed or {}

    @staticmethod
    def dividing(values, factors):
        """`values` times each of `factors` (lists, in one pass, or {token: factor}), over its total."""
        q = list(reduce(lambda q, f: map(operator.mul, q, f), [f for f in factors if isinstance(f, list)], values))
        for w, x in [wx for f in factors if isinstance(f, dict) for wx in f.items()]:
            q[w] *= x
        return Pending(q, 1 / sum(q))

    def unscaled(self):
        return self.values


# ---- readers.py, the room's own code ----
# Readers: short functions of the story so far, each an explicit look back, the way an attention head
# is one: `names` (NAME1, NAME2, ... the names bound, the latest first), `quotation` (where the open
# quotation began), `pronoun` (the he/she word used last), `topic` (he/she or it, whichever came last),
# `tense` (is or was, says or said, ... told last outside a quotation). `texts` are the pieces as text
# (`piece_texts`). tables/readers.txt says which of the subject's heads look back at the same places.

SPACE_MARKS = ("\u2581", "\u0120")


SPECIAL = {**{f"<0x{b:02X}>": "\x00" for b in range(256)}, "<s>": "\x00", "</s>": "\x00", "<0x0A>": "\n", "<unk>": "\n"}


def piece_texts(vocab, _made={}):
    """Each piece as the text it stands for (a space for ▁ or Ġ, a newline for Ċ, SPECIAL); one list per
    vocabulary, which every mechanism shares (a reader remembers the story it read in it)."""
    key = tuple(vocab)
    if key not in _made:
        _made[key] = [SPECIAL.get(p) or p.replace("\u010a", "\n").replace(SPACE_MARKS[0], " ").replace(SPACE_MARKS[1], " ")
                      for p in vocab]
    return _made[key]


def shape(t, _known={}):
    """(has a letter or digit, starts with a space, its last character other than a space or ""), remembered."""
    if t not in _known:
        stripped = t.strip(" ")
        _known[t] = (any(c.isalnum() for c in t), t[:1].isspace(), stripped[-1] if stripped else "")
    return _known[t]


LATEST = {}


def remembered(reader, prefix, texts, kinds, read, step):
    """What `reader` finds in `prefix`: `step(found, prefix)` from what it found in the story it read last
    where that is `prefix` less its last token (a room reads a story token by token), else `read(prefix)`."""
    key, last = tuple(prefix), LATEST.get(reader)
    if last and last[1] is texts and last[2] == kinds and len(last[0]) in (len(key), len(key) - 1):
        if last[0] == key:
            return last[3]
        if key[:-1] == last[0]:
            read = lambda prefix: step(last[3], prefix)
    LATEST[reader] = (key, texts, kinds, read(prefix))
    return LATEST[reader][3]


def quotation(prefix, texts):
    """The place of the token that opened the quotation the story is in, or None outside one."""
    def toggle(opened, i):
        for _ in range(texts[prefix[i]].count('"')):
            opened = None if opened is not None else i
        return opened
    return remembered("quotation", prefix, texts, None, lambda p: reduce(toggle, range(1, len(p)), None),
                      lambda opened, p: toggle(opened, len(p) - 1))


def word_before(prefix, texts, e):
    """(the finished word that ends just before place `e`, the place of its first token) or None: a
    token with letters, then one that is not more of it (a word still being written is not finished;
    at e = len(prefix), the word the story ends with so far)."""
    more = e < len(prefix) and shape(texts[prefix[e]])[:2] == (True, False)
    if e > len(prefix) or e < 2 or not shape(texts[prefix[e - 1]])[0] or more:
        return None
    a = e - 1
    while a > 1 and not shape(texts[prefix[a]])[1] and shape(texts[prefix[a - 1]])[0]:
        a -= 1
    return "".join(texts[w] for w in prefix[a:e]).strip(), a


def last_word(prefix, texts, kinds, reader, narrated=False):
    """(kind, the place of its first token) of the last finished word of the story that `kinds`
    ({word: kind}) names (`narrated`: outside a quotation), or None; read backward, so it stops at the nearest one."""
    def at(prefix, e):
        word = word_before(prefix, texts, e)
        found = word and word[0] in kinds and not (narrated and quotation(prefix[:e], texts) is not None)
        return (kinds[word[0]], word[1]) if found else None
    read = lambda prefix: next(filter(None, (at(prefix, e) for e in range(len(prefix) - 1, 1, -1))), None)
    return remembered(reader, prefix, texts, kinds, read, lambda found, prefix: at(prefix, len(prefix) - 1) or found)


def pronoun(prefix, texts, female, male):
    """Whose story it is: ("female" or "male", its place) for the he/she word of `female` or `male` used last, or None."""
    return last_word(prefix, texts, {**dict.fromkeys(female, "female"), **dict.fromkeys(male, "male")}, "pronoun")


def topic(prefix, texts, people, things):
    """Whether the story spoke of a person or a thing last: ("person" or "thing", place) of `people` or `things`, or None."""
    return last_word(prefix, texts, {**dict.fromkeys(people, "person"), **dict.fromkeys(things, "thing")}, "topic")


def tense(prefix, texts, present, past):
    """The story's tense: ("present" or "past", place) of the last word of `present` or `past` told outside a quotation, or None."""
    kinds = {**dict.fromkeys(present, "present"), **dict.fromkeys(past, "past")}
    return last_word(prefix, texts, kinds, "tense", narrated=True)


# ---- context_rules.py, the room's own code ----
# Context rules: "after these tokens, the subject says this next".
#
# Each line of tables/context_rules.txt is one rule, the subject's own next-token distribution averaged
# over the places its context occurred in the probe corpus:
#
#     ▁Once ▁upon ▁a <TAB> ▁time 0.98 ▁day 0.004 <TAB> # seen 1345 times, saves 5210 nats
#
# The tokens a rule does not list share what is left in proportion to what the rule one token shorter
# predicts, down to tables/unigram.txt (the subject's average): the "backoff" of KenLM's ARPA format
# (tables/context_rules.arpa). The longest rule whose context ends the text wins. At a large vocabulary
# (prediction.py) `prob`, `draw` and `top` walk down the rules so that no step lists the vocabulary.


class ContextRules:
    def __init__(self, table, vocab):
        """`table(name)`: the rows of a table (tables.py); `vocab`: the pieces, in id order."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        given = {self.id[piece]: probability(p) for piece, p in table("unigram.txt")}
        base = [given.get(w, 0.0) for w in range(len(vocab))]
        if not (total := sum(base)) > 0:
            ...
        self.base = [p / total for p in base]
        self.rules = {}       # context (tuple of ids) -> (listed {id: p}, alpha for the rest)
        for context, nexts, *_ in table("context_rules.txt"):
            ctx = tuple(self.id[p] for p in context.split(" "))
            listed = {self.id[w]: p for w, p in pairs(nexts)}
            if sum(listed.values()) > 1 + 1e-6:
                ...
            shorter = [self.prob(w, ctx[1:]) for w in listed]  # the file lists shorter rules first
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - sum(shorter), 1e-12))
        self.longest, self.lazy = max(map(len, self.rules), default=0), False
        if len(vocab) >= LAZY_FROM:
            ...

    def matches(self, prefix):
        """The rules whose context ends `prefix`, shortest first."""
        found = []
        for k in range(1, min(self.longest, len(prefix)) + 1):
            ctx = tuple(prefix[-k:])
            if ctx not in self.rules:
                break                    # every rule's shorter suffixes are rules too
            found.append(ctx)
        return found

    def prob(self, token, ctx):
        """p(token | ctx), following the backoff from the longest rule."""
        while ctx not in self.rules and ctx:
            ...
        if not ctx:
            return self.base[token]
        listed, alpha = self.rules[ctx]
        return listed[token] if token in listed else alpha * self.prob(token, ctx[1:])

    def predict(self, prefix):
        if self.lazy:
            ...
        return self.as_list(prefix)

    def as_list(self, prefix):
        """The prediction as a list over the whole vocabulary: each matching rule's listed tokens times the
        longer rules' alphas (what they leave it; the longest listing a token wins), the rest the unigram's times all."""
        found, scales, scale = self.matches(prefix), [], 1.0
        for ctx in reversed(found):                  # longest first: what the longer rules leave
            scales.append(scale)
            scale *= self.rules[ctx][1]
        p = [x * scale for x in self.base]
        for ctx, s in zip(found, reversed(scales)):  # shortest first: a longer rule's token wins
            for token, q in self.rules[ctx][0].items():
                p[token] = q * s
        return p


# ---- state.py, the room's own code ----
# Rules that read the state: a context rule specialised by what a reader finds in the story.
#
# The rule that fired averages every place its context occurred: in a woman's story or a man's, inside a
# quotation or not. tables/state_rules.txt holds, per rule and reader's value, a factor per token:
#
#     pronoun=female <TAB> , ▁but <TAB> ▁he 0.25 ▁she 1.76 <TAB> # 1,019 of 2,164 places, saves 156.2 nats
#
# (summed probability with the value + 1) / (summed over all values, scaled to as many places, + 1).
# Readers (readers.py): `pronoun`, the he/she word used last (female, male, none), with "/it" where `topic`
# finds an it word after it ("she ... it"); `quotation` (inside, outside); `tense` (present, past; no value
# before the first tense word, where the pronoun=none rows speak for the story's start). The first row
# lists the words they look for: female, male, thing, present, past. Per reader, the row of its value
# with the longest context among the matching rules scales the prediction (then divided by the new total).

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


# ---- openings.py, the room's own code ----
# Openings: the ways the subject's stories begin, remembered whole.
#
# The subject's stories often begin alike ("Once upon a time, there was a little girl named Lily. She loved
# to play..."), and where one goes on as another began, the subject says the same next: it sees the same
# text. tables/openings.txt has a line for each beginning, longer than any context rule, that at least two
# probe stories share (those that save the most nats): the subject's probability over the room's (every
# other step on) for each token either gives at least 0.001 there, so that the room says what the subject says.
#
#     ▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a <TAB> ▁little 0.9388 ... <TAB> # 6009 stories begin so, saves 168 nats

class Openings:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = context_factors(table("openings.txt"), ids)   # the story after BOS -> {token: factor}
        self.longest = max(map(len, self.factors), default=0)

    def scaling(self, prefix):
        return self.factors.get(tuple(prefix[1:]), {}) if len(prefix) <= self.longest + 1 else {}


# ---- room.py, the room's own code ----
# A room: the decompiled subject. `open_room(folder).predict(prefix)` gives the next-token distribution.
#
# How the mechanisms combine: the context rules predict from the last few tokens; then each further
# mechanism in room.json (state, position, priming, words, names, copying, in that order) corrects the
# prediction so far, reading the whole story; calibration checks those corrections context by context; last,
# openings give the subject's own probabilities while the story is a beginning probe stories share. Each
# table was measured against the room as it stood just before its step.
#
# A mechanism NAME lives in NAME.py as the class NAME.capitalize(), built from the tables it reads,
# `Priming(table, vocab)`. It changes a prediction with `adjust(prefix, p)`, or only multiplies tokens by
# factors, `scaling(prefix)`: steps in a row that scale are multiplied, then divided by the new total
# once (Room.onward). `explain(prefix, token, p)`, p the prediction before its step, gives (the row that
# changed `token`, in words), or None.


class Room:
    def __init__(self, vocab, table, mechanisms, bos, ends, tokenizer=None, rules=None):
        """`table(name)`: a table's rows; `mechanisms`: [(name, its class)] in order; `rules`: see open_room."""
        self.vocab, self.vocab_size, self.temperature = vocab, len(vocab), 1.0      # open_room: room.json's
        self.bos, self.ends, self.tokenizer = bos, set(ends), tokenizer
        self.context_rules = rules or ContextRules(table, vocab)
        self.mechanisms = [(name, cls(table, vocab)) for name, cls in mechanisms]
        for _name, mechanism in self.mechanisms:
            if hasattr(mechanism, "context_rules"):   # state.py specialises the context rules that match
                mechanism.context_rules = self.context_rules

    def predict(self, prefix):
        """Probabilities of every token coming after `prefix` (a list of ids starting with BOS): a list,
        or at a large vocabulary a lazy prediction that gives p[token] on demand (prediction.py)."""
        return self.after(self.mechanisms, prefix, self.context_rules.predict(prefix))

    @staticmethod
    def after(steps, prefix, p, pending=None):
        """The prediction `p` after `prefix` changed by the mechanisms `steps` [(name, mechanism)] in turn."""
        for _name, mechanism in steps:
            p, pending = Room.onward(mechanism, prefix, p, pending)
        p = Pending.dividing(p, pending) if pending is not None else p
        return p.listed() if isinstance(p, Pending) else p          # a list written out once, at the end

    @staticmethod
    def onward(mechanism, prefix, p, pending):
        """(p after one more step, the factors pending on it: a tuple, or None once p sums to 1); `pending`:
        the same for p. The next step that reads p multiplies and divides by the total once (Pending.dividing)."""
        if hasattr(mechanism, "scaling") and isinstance(p, list):
            return p, (pending or ()) + (mechanism.scaling(prefix),)


# ---- tokenizer.py, the room's own code ----
# Text <-> token ids, with the subject's own vocabulary (tables/vocab.txt).
#
# Two kinds of byte-pair encoding, as the subject was trained:
#   sentencepiece  pieces merge in order of their score; a space is written "▁" and every
#                  word starts with one; a character outside the vocabulary becomes its
#                  UTF-8 bytes <0xNN> ("byte fallback"), or, in a vocabulary without byte
#                  pieces, <unk> (a run of such characters, a paragraph break, is one <unk>).
#                  A vocabulary of single characters is this kind too: nothing merges.
#   bytelevel      GPT-2's (bytelevel.py): text is split into words by a regular expression, each
#                  byte shown as a printable character, pairs merged in the order of tables/merges.txt.

def decode_sentencepiece(pieces):
    """SentencePiece pieces to text, as SentencePiece decodes them: ▁ is a space (a piece's leading ▁
    while nothing has been written yet, the dummy prefix, is dropped), <0xNN> a byte, <unk> is " ⁇ ",
    other <...> pieces are dropped."""
    out = bytearray()
    for p in pieces:
        if p.startswith("<0x") and len(p) == 6 and p.endswith(">"):
            ...
        elif p == "<unk>":
            ...
        elif not (p.startswith("<") and p.endswith(">")):
            if not out and p.startswith("\u2581"):
                p = p[1:]
            out.extend(p.replace("\u2581", " ").encode("utf-8"))
    return out.decode("utf-8", "replace")


# ---- the slice: its tokens, its tables, and greedy decoding ----
VOCAB = [  # the last one, <rest>, pools every other token of the room
    '<s>', '▁t', 'he', '▁a', '▁s', '▁w', '▁the', 'ed',
    '▁to', '▁b', '▁and', '▁h', '▁f', '▁wa', '▁T', 're',
    'ou', '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', 'er',
    '▁was', '▁The', 'id', 'ar', '▁n', '▁g', '▁S', '▁L',
    '▁th', 'ot', '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁Tim',
    '▁day', '▁be', 'ig', '▁with', '▁play', '▁She', 'ld', '▁e',
    'oo', '▁y', '▁st', '▁up', '▁that', '▁r', '▁on', 'st',
    '▁she', '▁I', 've', '▁B', '▁big', '▁of', '▁little', '▁time',
    'ad', '▁had', '▁we', '▁there', '▁so', '▁One', 'her', '▁for',
    'all', '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but',
    '▁very', '▁do', '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon',
    'out', '▁k', '▁', 'e', 'a', 't', 'o', 'h',
    'n', 'i', 's', 'r', 'l', 'u', '.', ',',
    'k', 'L', 'j', 'J', 'R', 'G', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '▁a\t0.02692',
        '▁the\t0.02027',
        '▁to\t0.02307',
        '▁and\t0.01722',
        '▁\t0.01705',
        'e\t0.02697',
        'a\t0.01954',
        't\t0.01723',
        'o\t0.01761',
        's\t0.02163',
        'l\t0.01845',
        '.\t0.03731',
        ',\t0.02353',
        '<rest>\t0.2805029420567129',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.08064 ▁time 0.07687 ▁little 0.06963 s 0.06581 n 0.05874 t 0.04615 ▁b 0.03662 ▁s 0.03613 l 0.03285 re 0.03141 r 0.03021 ▁g 0.02586 ▁p 0.02185 ▁l 0.02164 ▁c 0.01915 ▁f 0.0175 ▁t 0.01541 ▁ne 0.01484 ▁m 0.01376 ▁w 0.01057 ▁n 0.008155 ▁h 0.007782 ▁r 0.007519 ▁wa 0.007481 ▁d 0.0072 ▁to 0.006446 ▁he 0.0007843 ▁a 0.0007541 u 0.0003221 ▁her 0.0002487 er 0.0002085 ▁the 0.0001512 h 0.000101 ▁was 7.004e-05 , 6.869e-05 o 6.833e-05 ▁it 6.436e-05 . 4.011e-05 a 2.612e-05 e 2.599e-05 ed 1.697e-05 ar 1.436e-05 k 8.168e-06 ▁and 3.279e-06 i 1.33e-06 ou 9.383e-08 <rest> 0.19281012556700816',
        '▁time\t<rest> 0.011870398614184041',
        ',\t▁but 0.08614 ▁there 0.08359 ▁Lily 0.06006 ▁she 0.04437 ▁and 0.0414 ▁a 0.04021 ▁the 0.03543 ▁ 0.0284 ▁he 0.02789 ▁Timmy 0.02251 ▁M 0.01916 ▁I 0.0186 ▁so 0.01801 ▁s 0.01672 ▁Tim 0.01413 ▁it 0.0128 ▁S 0.0128 ▁w 0.01253 ▁T 0.0112 ▁l 0.01061 ▁c 0.01 ▁B 0.009668 ▁p 0.007943 ▁we 0.007558 ▁her 0.007116 ▁b 0.004218 ▁g 0.003195 ▁to 0.002376 , 0.0007918 ▁was 0.0004374 . 0.00024 s 8.213e-05 l 4.264e-05 e 4.742e-06 r 3.864e-06 o 2.591e-06 ou 2.576e-06 ed 2.575e-06 re 2.221e-06 h 1.574e-06 t 1.338e-06 n 8.813e-07 a 3.042e-07 u 2.544e-07 er 2.312e-07 ar 2.168e-07 i 1.254e-07 k 9.556e-08 <rest> 0.28810601156660276',
        '▁there\t▁was 0.8659 <rest> 0.01163903087947471',
        '▁was\t▁a 0.2731 ▁very 0.12 ▁so 0.08351 ▁s 0.05084 ▁n 0.03658 ▁to 0.0288 ▁ 0.02106 ▁g 0.02053 ▁c 0.01848 ▁f 0.01788 ▁in 0.01385 ▁e 0.0138 ▁b 0.01378 ▁d 0.01199 ▁play 0.0114 ▁st 0.01129 ▁w 0.009817 ▁time 0.009478 ▁p 0.009027 ▁m 0.008987 ▁wa 0.008197 ▁h 0.008194 ▁t 0.006322 . 0.005794 ▁r 0.005612 ▁l 0.004788 h 0.00217 ▁he 0.001872 , 0.001266 ▁and 0.0009054 t 0.0005264 ▁was 0.0004931 ▁it 0.000417 e 4.432e-05 l 4.184e-05 re 3.823e-05 s 3.551e-05 i 8.32e-06 a 4.676e-06 er 4.597e-06 u 4.154e-06 o 3.738e-06 ed 2.191e-06 k 2.032e-06 r 7.747e-07 ou 4.353e-07 ar 2.913e-07 ot 1.546e-07 <rest> 0.13795962501962777',
        '▁little\t▁g 0.4862 <rest> 0.01592575515083894',
        '▁g\tir 0.1999 <rest> 0.11956234488194195',
        'ir\t<rest> 0.36675869850227405',
        'l\t▁named 0.06467 <rest> 0.4216304918573308',
        '▁named\t▁Lily 0.4394 <rest> 0.0027051414089704906',
        '.\t▁She 0.1139 ▁ 0.1132 ▁The 0.08407 <s> 0.05355 ▁I 0.05086 ▁One 0.04531 ▁B 0.0303 ▁Lily 0.02956 ▁S 0.02408 ▁Timmy 0.0159 ▁Tim 0.01519 ▁T 0.01353 ▁M 0.01241 ▁L 0.0079 . 0.0002892 ▁the 0.0001008 ▁a 4.418e-05 ▁her 4.097e-05 ▁d 2.604e-05 ▁c 2.473e-05 ▁b 1.797e-05 ▁p 1.538e-05 ▁to 1.177e-05 ▁w 1.009e-05 , 9.007e-06 ▁m 7.786e-06 ▁f 7.268e-06 ▁and 6.614e-06 ▁g 3.083e-06 ▁s 2.914e-06 s 1.537e-06 t 1.386e-06 l 1.221e-06 er 8.544e-07 ▁was 4.528e-07 r 4.114e-07 e 3.22e-07 re 2.902e-07 u 2.168e-07 a 1.596e-07 o 1.457e-07 ed 1.324e-07 n 9.713e-08 ar 9.713e-08 h 9.616e-08 i 9.598e-08 k 5.392e-08 ou 5.011e-08 <rest> 0.3875569227526584',
        '▁She\t▁lo 0.1519 ▁was 0.09223 ▁had 0.04977 ▁want 0.04878 ▁a 0.04638 ▁p 0.04469 ▁saw 0.0427 ▁w 0.04187 ▁d 0.03823 ▁s 0.03614 ▁f 0.03522 ▁l 0.03418 ▁to 0.03103 ▁c 0.02829 ▁ 0.02557 ▁th 0.02425 ▁li 0.02169 ▁g 0.01927 ▁k 0.01756 ▁t 0.0157 ▁r 0.01537 ▁st 0.01362 ▁h 0.01153 ▁wa 0.0102 ▁m 0.008055 ▁b 0.004728 ▁and 0.001092 ▁the 0.0002475 ▁it 7.714e-05 re 4.037e-05 ▁her 3.834e-05 l 3.645e-05 n 1.972e-05 , 1.679e-05 . 1.039e-05 i 6.983e-06 t 6.795e-06 s 6.173e-06 ar 6.076e-06 a 4.898e-06 r 4.131e-06 e 2.335e-06 o 1.215e-06 ed 1.052e-06 u 8.14e-07 h 7.559e-07 k 5.565e-07 er 4.082e-07 ou 4.009e-07 ot 3.608e-07 <rest> 0.07252429745971889',
        '. ▁She\t▁lo 0.1574 ▁was 0.09091 ▁had 0.05081 <rest> 0.07092439729041222',
        '▁lo\tved 0.7697 <rest> 0.04307071677314178',
        'ved\t▁to 0.6211 <rest> 0.07356682183935237',
        '▁to\t▁play 0.1 ▁the 0.09653 o 0.06919 ▁s 0.05945 ▁g 0.04356 ▁c 0.0347 ▁be 0.0305 ▁he 0.03009 ▁ 0.03002 ld 0.02899 ▁f 0.02448 ▁t 0.0235 ▁do 0.02327 ▁m 0.02302 ▁e 0.02123 ▁her 0.01777 ▁p 0.01753 ▁b 0.01536 ▁l 0.01462 ▁d 0.01269 ▁r 0.01037 ▁st 0.009148 ▁h 0.008277 ▁wa 0.007422 ▁to 0.002683 ▁it 0.002285 . 0.001087 ▁was 0.0005501 r 0.0004284 n 0.0004254 a 0.000404 ot 0.0003202 , 0.0002563 ▁and 0.0002248 re 0.0001975 e 0.0001494 ar 8.049e-05 i 6.409e-05 t 6.351e-05 k 5.868e-05 s 4.171e-05 ed 2.139e-05 h 1.701e-05 l 7.493e-06 ou 9.63e-07 er 1.967e-07 <rest> 0.20048173048704132',
        '▁play\t▁with 0.3185 ed 0.1942 ▁ 0.07927 . 0.06062 ▁in 0.0496 ▁to 0.03539 ▁a 0.02588 ▁and 0.01451 ▁on 0.01276 , 0.007788 ▁h 0.005168 ▁g 0.003942 ▁c 0.003713 ▁m 0.003005 ▁d 0.002796 ▁f 0.001337 ▁w 0.0005633 t 0.0004241 ▁her 0.0003839 ▁he 0.0003194 ▁play 0.0002555 s 0.0002362 a 0.0002048 r 0.0002011 ▁l 0.0001703 l 7.52e-05 h 3.975e-05 e 3.741e-05 ▁was 2.383e-05 i 2.294e-05 n 2.117e-05 o 2.028e-05 ar 1.769e-05 u 3.396e-06 he 1.925e-06 ou 1.894e-06 k 1.54e-06 re 1.181e-06 ▁Lily 4.741e-07 ot 4.332e-07 ir 3.216e-07 id 3.131e-07 ▁She 2.838e-07 <rest> 0.1569018455390423',
        '▁to ▁play\t▁with 0.4774 ▁ 0.1431 . 0.1008 ▁in 0.08264 ▁to 0.03692 ▁a 0.02933 ▁and 0.02295 ▁on 0.01832 , 0.01175 ▁h 0.007915 ▁g 0.005988 ▁c 0.004962 ▁the 0.004457 ▁ne 0.004152 ▁d 0.004139 ▁b 0.00382 ▁s 0.003449 ▁m 0.002868 ▁p 0.002152 ▁f 0.00185 ▁t 0.001525 ▁for 0.001429 ▁it 0.001343 ▁e 0.001071 ▁r 0.001025 ed 0.0001382 er 2.207e-05 <rest> 0.01949844754443164',
        'ved ▁to ▁play\t▁ 0.3307 <rest> 0.0061051602457982135',
        '▁\tre 0.1041 out 0.08781 j 0.07423 J 0.04474 ot 0.03352 i 0.02867 id 0.01716 G 0.006864 ▁ 0.0002959 ed 0.0002706 r 0.0002345 u 0.0001202 a 8.784e-05 e 7.964e-05 o 2.944e-05 ar 2.226e-05 k 2.056e-05 h 1.378e-05 l 1.199e-05 ▁a 6.343e-06 s 4.497e-06 ▁m 2.716e-06 n 1.425e-06 . 9.195e-07 ▁w 9.082e-07 ▁the 8.004e-07 ▁her 7.321e-07 ▁to 5.262e-07 t 5.246e-07 , 4.69e-07 ▁and 3.237e-07 ▁b 3.153e-07 ▁s 2.718e-07 ▁f 2.445e-07 ▁was 2.265e-07 ▁c 2.262e-07 ▁g 1.558e-07 ▁p 1.427e-07 <rest> 0.5743485817415006',
        '▁play ▁\tout 0.9855 <rest> 0.007856757777183976',
        'out\ts 0.3882 <rest> 0.04893422660992941',
        's\t. 0.1525 ▁and 0.06282 id 0.06067 , 0.03582 s 0.03437 ▁a 0.03218 ▁to 0.02538 ▁ 0.02059 ▁of 0.01928 h 0.01818 ed 0.01736 ▁in 0.01652 ▁f 0.01472 ▁c 0.01437 ▁w 0.01352 ▁g 0.01255 ▁we 0.01175 ▁m 0.009898 k 0.009299 ▁he 0.008966 i 0.008894 ▁with 0.008761 ▁h 0.007901 ▁d 0.007654 er 0.007396 ▁be 0.007234 o 0.007136 ▁play 0.007122 ▁l 0.007071 ▁t 0.006501 ▁she 0.006332 ▁on 0.006087 he 0.006084 ▁n 0.00595 u 0.005329 ▁was 0.00286 ▁her 0.002365 a 0.002252 r 0.000278 e 0.0002216 l 0.0001694 n 0.0001495 t 4.766e-05 ou 1.721e-05 re 1.134e-05 ar 7.636e-06 <rest> 0.2160731024320185',
        'out s\t<rest> 0.0006348493174316294',
        'id\te 0.416 <rest> 0.07562636289759239',
        'e\t. 0.09687 l 0.06901 e 0.05618 ▁and 0.04187 , 0.03593 a 0.03458 ar 0.03315 ▁to 0.03139 ▁the 0.02155 ▁in 0.01982 ▁day 0.01981 ▁c 0.01774 ▁b 0.01649 ▁w 0.01488 ▁s 0.01375 ▁was 0.01261 ▁f 0.01173 ▁with 0.01056 o 0.01043 ▁of 0.007477 re 0.006593 ▁h 0.006043 ▁it 0.005914 st 0.005647 ▁on 0.005374 ed 0.003038 k 0.002918 ▁he 0.002482 ▁play 0.001901 er 0.001746 s 0.0007844 ▁Lily 0.0006475 n 0.0001528 r 0.0001339 h 0.0001244 t 0.0001185 u 7.616e-05 i 7.361e-05 ir 5.642e-05 ot 3.105e-05 he 5.7e-06 ou 3.213e-06 id 2.77e-06 <rest> 0.26622854253238937',
        'id e\t▁in 0.1301 <rest> 0.037527106084860984',
        '▁in\t▁the 0.4863 <rest> 0.06985101886367051',
        '▁the\t▁b 0.115 ▁p 0.1067 ▁s 0.07223 ▁c 0.06218 ▁t 0.04493 ▁f 0.04493 ▁g 0.04085 ▁m 0.03886 ▁ 0.03843 ir 0.03157 ▁r 0.03129 n 0.03097 ▁st 0.03016 ▁w 0.02117 ▁to 0.02109 ▁h 0.02102 ▁do 0.01801 ▁be 0.01772 ▁wa 0.01661 ▁d 0.01601 ▁l 0.01537 ▁a 0.01357 ▁big 0.01262 ▁k 0.0119 ▁little 0.01083 ▁e 0.009037 ▁ne 0.006105 ▁the 0.0008952 ▁her 0.0003593 , 0.0003133 r 0.0002561 re 0.0002082 . 0.0002043 ▁was 0.0001975 ▁and 0.0001832 t 5.853e-05 l 4.143e-05 u 3.999e-05 s 3.773e-05 h 2.061e-05 e 1.509e-05 i 9.135e-06 a 8.78e-06 o 6.671e-06 k 4.915e-06 er 4.285e-06 ar 2.803e-06 ed 7.587e-07 ou 1.205e-07 <rest> 0.07640601662105162',
        '▁in ▁the\t<rest> 0.042195733175786176',
        '▁p\tar 0.2276 <rest> 0.195013430799572',
        'ar\tk 0.2026 <rest> 0.2413001177543843',
        'k .\t▁One 0.1337 <rest> 0.3555925532330212',
        '▁One\t▁day 0.9754 <rest> 0.004226627821020568',
        '▁day\t, 0.6706 <rest> 0.01332557217244179',
        '▁she\t▁saw 0.0969 <rest> 0.07895689164282893',
        '▁saw\t▁a 0.5938 <rest> 0.035140984471938586',
        '▁saw ▁a\t▁big 0.374 <rest> 0.020753319369886114',
        '▁big\t▁b 0.1554 , 0.1297 ▁t 0.09307 ▁h 0.06224 ▁s 0.05866 ▁c 0.05116 ▁r 0.05046 ▁p 0.04698 ▁and 0.03879 ▁do 0.03353 ▁f 0.03304 ▁m 0.02265 ▁g 0.02209 ▁ 0.01945 ▁st 0.01757 ▁w 0.01485 ▁l 0.01 ▁d 0.008146 . 0.007539 ▁be 0.007333 ▁y 0.006307 ▁wa 0.006111 ▁e 0.005916 ▁the 0.0007264 ▁was 0.0003426 ▁her 0.0002323 ▁it 0.0002033 n 0.0001643 er 7.758e-05 l 6.104e-05 s 4.29e-05 r 3.814e-05 u 2.724e-05 e 2.364e-05 i 1.455e-05 ar 1.352e-05 t 1.025e-05 a 9.814e-06 ou 4.822e-06 o 4.143e-06 re 3.18e-06 ed 1.819e-06 h 1.179e-06 ▁Lily 8.453e-07 k 6.73e-07 ot 6.048e-07 id 4.969e-07 <rest> 0.053321114070103315',
        '▁a ▁big\t▁b 0.1654 , 0.1495 ▁t 0.1018 ▁h 0.07367 ▁s 0.06338 ▁c 0.05391 ▁p 0.05285 ▁r 0.05256 ▁f 0.03493 ▁do 0.03439 ▁g 0.0237 ▁m 0.0234 ▁ 0.02196 ▁st 0.01848 ▁l 0.01079 ▁d 0.008635 ▁y 0.007108 ▁wa 0.006768 ▁n 0.005332 ▁k 0.002951 ▁and 0.002846 ▁big 0.002303 ▁ne 0.001887 . 0.0006455 ▁for 7.411e-05 ▁that 2.339e-05 <rest> 0.030430057815708178',
        '▁saw ▁a ▁big\t, 0.1943 <rest> 0.02298226950939486',
        '▁big ,\t▁r 0.1696 <rest> 0.05672461848746113',
        '▁r\to 0.3155 a 0.1597 ed 0.1103 u 0.03909 id 0.02618 ou 0.02244 oo 0.004991 h 0.003228 ot 0.00211 e 0.0005796 ar 0.0003345 r 0.0002086 er 0.000123 ir 4.462e-05 k 3.752e-05 . 2.143e-05 l 1.439e-05 n 8.901e-06 , 5.096e-06 t 4.1e-06 ▁a 3.122e-06 s 2.472e-06 ▁to 2.122e-06 ▁the 1.864e-06 re 1.68e-06 ▁and 1.672e-06 ▁ 1.653e-06 ▁s 1.248e-06 ▁c 1.109e-06 ▁b 1.089e-06 ▁was 1.064e-06 ▁f 9.828e-07 ▁w 7.789e-07 ▁g 7.674e-07 ▁with 7.349e-07 ▁p 7.148e-07 ▁m 6.839e-07 ▁Lily 6.076e-07 ▁her 6.067e-07 ▁d 5.951e-07 ▁it 5.288e-07 ▁he 5.286e-07 ▁h 5.188e-07 ▁l 5.173e-07 ▁t 4.949e-07 ▁in 4.414e-07 <rest> 0.30844545714901206',
        ', ▁r\ted 0.6001 <rest> 0.08024364011106333',
        'ed\t▁to 0.2965 ▁and 0.1027 . 0.08363 ▁the 0.05986 ▁a 0.04146 ▁that 0.04039 , 0.03952 ▁it 0.02881 ▁her 0.02747 ▁with 0.02243 ▁up 0.0165 ▁in 0.01555 ▁b 0.01487 ▁ 0.01356 ▁h 0.0128 ▁on 0.01046 ▁of 0.006967 ▁for 0.006777 ▁w 0.005708 ▁be 0.004956 ▁d 0.004557 ▁he 0.003939 ▁p 0.002582 s 0.002144 ▁g 0.002027 ▁l 0.001563 a 0.001323 l 0.0008589 ▁was 0.0007341 r 0.000604 n 0.0003068 t 6.416e-05 h 6.348e-05 u 4.165e-05 o 3.026e-05 er 2.673e-05 e 2.3e-05 id 1.199e-05 k 6.621e-06 ar 3.122e-06 re 3.067e-06 ou 2.829e-06 ir 1.903e-06 ot 1.466e-06 <rest> 0.07629047434306746',
        '▁r ed\t▁b 0.3922 <rest> 0.024223280999077557',
        '▁b\to 0.1933 a 0.1201 all 0.1162 ir 0.1159 r 0.07832 u 0.07269 l 0.05395 ot 0.03042 ad 0.02035 oo 0.01806 ed 0.0144 re 0.01132 ar 0.009721 ou 0.006873 i 0.005726 e 0.0004634 ▁b 0.0001898 n 7.193e-05 s 3.711e-05 k 2.991e-05 ▁g 1.362e-05 t 8.447e-06 . 5.09e-06 h 4.562e-06 ▁to 2.935e-06 ▁ 2.353e-06 ▁h 2.329e-06 ▁f 1.526e-06 ▁s 1.517e-06 ▁c 1.297e-06 ▁d 1.139e-06 ▁and 1.035e-06 ▁a 9.664e-07 ▁was 8.56e-07 , 6.297e-07 ▁l 5.963e-07 ▁the 5.327e-07 ▁t 4.875e-07 ▁w 3.33e-07 ▁it 2.931e-07 ▁p 2.708e-07 ▁m 1.966e-07 ▁her 1.718e-07 ▁he 1.497e-07 <rest> 0.11900402996019721',
        'ed ▁b\tall 0.4196 <rest> 0.15682081666063064',
        'all . ▁She\t▁want 0.1266 <rest> 0.08623844563263738',
        '▁want\ted 0.6257 <rest> 0.006540262656942852',
        'ed ▁to\t▁play 0.09789 ▁s 0.09714 ▁c 0.079 ▁g 0.06556 ▁he 0.05735 ▁t 0.04771 ▁f 0.04603 ▁ 0.04584 ▁be 0.04001 ▁p 0.03807 ▁m 0.03533 ▁e 0.03112 ▁r 0.02129 ▁b 0.02084 ▁l 0.02068 ▁d 0.01815 ▁st 0.0148 ▁the 0.01102 ▁w 0.009555 ▁wa 0.009332 ▁h 0.008072 ▁her 0.006671 ▁to 0.005659 o 0.005078 ▁do 0.004794 ▁k 0.004541 ▁we 0.004162 ▁li 0.001924 ▁th 0.001625 ▁so 0.001391 ▁ne 0.001382 ▁n 0.001263 ▁lo 0.001056 ▁in 0.001042 ▁Lily 0.0007437 ▁it 0.0006945 ▁M 0.0005733 ▁S 0.0005401 ▁Tim 0.0004288 ▁T 0.0003727 ld 0.0001056 u 6.299e-05 <rest> 0.12868603163730497',
        '▁want ed ▁to\t▁play 0.1698 ▁s 0.1233 ▁he 0.1108 ▁g 0.07092 ▁ 0.05218 ▁t 0.04934 ▁e 0.04932 ▁m 0.04194 ▁p 0.03549 ▁b 0.02091 ▁st 0.01531 ▁to 0.01076 ▁k 0.007856 ▁do 0.005725 ▁we 0.005357 ▁a 0.002689 ▁li 0.001909 ▁so 0.001792 ▁th 0.001731 ▁ne 0.0006242 ▁n 0.0004689 ▁the 0.0002549 o 0.0001696 ▁her 7.343e-06 <rest> 0.03515369771645771',
        '▁She ▁want ed ▁to\t▁play 0.1375 ▁s 0.1276 ▁he 0.1003 ▁g 0.06575 ▁c 0.05833 ▁ 0.05587 ▁p 0.05422 ▁t 0.05312 ▁e 0.05195 ▁be 0.02758 ▁th 0.002368 <rest> 0.03979250683649993',
        '. ▁She ▁want ed ▁to\t▁play 0.138 ▁s 0.1277 ▁he 0.0995 ▁g 0.06563 ▁c 0.05829 ▁ 0.05569 ▁p 0.05432 ▁t 0.05318 ▁e 0.05193 <rest> 0.039846397013689194',
        'all . ▁She ▁want ed ▁to\t▁play 0.2298 <rest> 0.03329235638317973',
        '▁with\t▁her 0.2258 ▁the 0.1815 ▁a 0.09733 ▁it 0.069 ▁m 0.04792 ▁ 0.01677 . 0.01599 ▁h 0.01498 ▁l 0.01427 out 0.01014 ▁s 0.008849 ▁e 0.007126 ▁b 0.006717 ▁c 0.005821 ▁th 0.005755 ▁M 0.005272 ▁p 0.004968 ▁f 0.004631 ▁Lily 0.004493 ▁d 0.004275 ▁t 0.003618 ▁to 0.00236 ▁g 0.001228 , 0.001041 ▁he 0.0008805 ▁and 0.0006907 s 0.0002646 e 6.975e-05 ▁was 5.012e-05 t 3.826e-05 ed 1.641e-05 a 7.297e-06 u 7.265e-06 o 4.274e-06 h 3.009e-06 l 1.26e-06 n 1.196e-06 k 8.741e-07 re 8.071e-07 ou 7.929e-07 r 7.809e-07 er 7.019e-07 i 5.875e-07 ar 5.779e-07 ot 3.593e-07 <rest> 0.21202382976456413',
        '▁play ▁with\t▁her 0.2439 ▁the 0.1705 ▁it 0.1292 ▁m 0.06472 . 0.03762 ▁a 0.01219 ▁h 0.01188 ▁ 0.006684 ▁M 0.006055 ▁th 0.00568 ▁Tim 0.00524 ▁S 0.004961 ▁Lily 0.00449 ▁to 0.002835 ▁s 0.002746 ▁T 0.002435 , 0.002382 ▁Timmy 0.001854 ▁B 0.001588 ▁with 0.001404 ▁and 0.001308 ▁that 0.001303 ▁d 0.001217 ▁t 0.001162 ▁in 0.001131 ▁l 0.001011 ▁f 0.000704 out 0.0005519 ▁wa 0.0003763 ▁st 0.0002306 ▁n 0.0001956 ▁so 0.0001414 ▁big 0.0001183 <rest> 0.2550889939253498',
        '▁to ▁play ▁with\t▁her 0.2904 ▁the 0.1628 ▁it 0.1208 ▁m 0.05239 . 0.04575 ▁h 0.01256 ▁M 0.006503 ▁Tim 0.006035 ▁S 0.005638 ▁Lily 0.004938 ▁to 0.002988 , 0.002772 ▁th 0.002704 ▁T 0.002606 ▁Timmy 0.00202 ▁s 0.001742 ▁with 0.001621 ▁and 0.001532 ▁r 0.001146 <rest> 0.2332257190281981',
        'ed ▁to ▁play ▁with\t▁it 0.2995 <rest> 0.12493920832881222',
        '▁it\t. 0.1834 ▁was 0.1821 ▁to 0.05526 , 0.04444 ▁a 0.04232 s 0.03111 ▁and 0.02983 ▁ 0.02929 ▁w 0.02866 ▁up 0.02779 ▁in 0.02559 ▁f 0.01857 ▁b 0.0179 ▁on 0.01727 ▁c 0.01564 ▁m 0.01527 ▁with 0.01364 ▁st 0.009574 ▁d 0.008984 ▁l 0.008541 ▁for 0.00821 ▁h 0.007717 ▁g 0.00713 ▁had 0.007078 ▁e 0.00689 ▁t 0.005303 ▁p 0.002313 ▁he 0.001481 ▁the 0.001229 ▁it 0.0006829 r 0.0003387 ▁her 0.0001771 h 7.354e-05 k 7.33e-05 t 7.247e-05 l 5.517e-05 er 2.8e-05 u 1.834e-05 re 1.722e-05 e 1.59e-05 a 9.168e-06 ed 7.237e-06 n 4.235e-06 ou 3.903e-06 o 2.331e-06 i 1.307e-06 ar 5.115e-07 ot 4.642e-07 <rest> 0.12038882635876136',
        '▁with ▁it\t. 0.4467 , 0.1232 ▁a 0.1034 s 0.06776 ▁to 0.05218 ▁and 0.03161 ▁e 0.01702 ▁in 0.01512 ▁with 0.0116 ▁for 0.01097 ▁ 0.006583 ▁so 0.005283 ▁be 0.004948 ▁on 0.003816 ▁b 0.00302 ▁up 0.002615 ▁w 0.002565 ▁f 0.001816 ▁very 0.001477 ▁but 0.001432 ▁was 0.001355 ▁h 0.001177 ▁s 0.0009186 ▁li 0.0009185 ▁c 0.0008976 ▁t 0.0008145 ▁m 0.0007333 ▁l 0.0005882 ▁ne 0.000488 ▁g 0.000477 ▁st 0.0002501 ▁d 0.0002426 ▁p 0.0002409 ▁r 0.0001843 ▁we 8.785e-05 ▁wa 4.508e-05 ▁had 3.525e-05 ▁saw 1.636e-06 <rest> 0.07439131908487873',
        '▁play ▁with ▁it\t. 0.4534 , 0.15 ▁a 0.1144 ▁to 0.05998 ▁in 0.01544 s 0.01412 ▁with 0.01324 ▁for 0.01124 ▁ 0.007908 ▁so 0.006327 ▁b 0.003071 ▁up 0.002898 ▁w 0.002631 ▁very 0.001659 ▁but 0.001575 ▁li 0.001007 ▁was 0.0002486 <rest> 0.0849287960606172',
        '▁to ▁play ▁with ▁it\t. 0.4888 , 0.186 ▁a 0.1185 ▁and 0.02176 ▁e 0.01629 s 0.01502 ▁in 0.01481 ▁with 0.01241 ▁so 0.006214 ▁be 0.005696 ▁w 0.002463 ▁very 0.001863 ▁but 0.001767 <rest> 0.03692163982648933',
        'ed ▁to ▁play ▁with ▁it\t. 0.4798 , 0.2248 ▁a 0.1168 ▁so 0.006805 ▁but 0.002157 <rest> 0.012668948258557688',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.441 , 0.2579 ▁a 0.1203 s 0.00964 <rest> 0.01321978104070698',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.521 <rest> 0.013577065870626126',
        '▁but\t▁it 0.1297 <rest> 0.12619806929270838',
        '▁it ▁was\t▁to 0.15 <rest> 0.06185257116752452',
        'o\tre 0.07985 , 0.04452 k 0.03831 l 0.03079 s 0.02256 ld 0.01553 ▁h 0.01466 ve 0.01057 ▁a 0.009985 ▁on 0.008708 ▁lo 0.008537 ▁l 0.007536 ot 0.007511 ▁s 0.007117 ▁b 0.00682 ▁ 0.006642 e 0.006223 ▁li 0.00613 ▁was 0.006064 ar 0.004908 ▁m 0.004426 ▁c 0.004382 ▁and 0.003816 ▁d 0.003501 a 0.002652 ▁w 0.002072 ▁g 0.001425 ▁her 0.00138 ▁p 0.001303 o 0.0005523 ed 0.0002098 er 8.522e-05 u 7.016e-05 ou 6.419e-05 t 5.634e-05 n 5.448e-05 r 5.326e-05 <rest> 0.5188017802960052',
        '▁to o\tk 0.3469 . 0.1985 ▁h 0.05528 ▁s 0.04995 ▁l 0.04585 ▁f 0.03962 , 0.03776 ▁big 0.02738 ▁m 0.01979 ▁he 0.01588 ▁d 0.01416 ▁c 0.01134 ▁st 0.01022 ▁t 0.00988 l 0.009569 ▁b 0.007974 ▁ 0.006523 ▁and 0.006267 ▁e 0.00417 ▁a 0.002822 ▁to 0.00167 ▁on 0.0006838 ld 0.0003925 ▁the 0.0003332 ▁li 0.0002126 ▁in 0.0001423 ▁lo 7.149e-05 ve 3.107e-05 e 3e-05 re 2.235e-05 h 2.177e-05 ▁was 1.483e-05 s 9.43e-06 st 4.326e-06 ar 3.003e-06 ot 2.675e-06 i 1.594e-06 es 9.498e-07 <rest> 0.05844900761530969',
        '▁was ▁to o\t▁s 0.1623 ▁l 0.162 ▁h 0.1552 ▁big 0.08967 ▁f 0.08913 ▁he 0.05877 ▁d 0.04663 ▁st 0.03377 ▁c 0.03093 ▁t 0.03046 ▁b 0.01944 ▁ 0.01647 ▁m 0.01486 ▁e 0.01385 ▁w 0.006974 ▁a 0.0065 ▁n 0.006257 ▁k 0.005332 ▁g 0.005216 ▁we 0.003824 ▁p 0.003811 ▁up 0.002278 ▁r 0.00221 ▁th 0.001726 ▁be 0.00168 ▁wa 0.001642 ▁little 0.001095 ▁saw 0.00105 . 0.0009938 k 0.0008973 , 0.0004028 ▁and 8.716e-05 l 4.102e-05 <rest> 0.01806749534216534',
        '▁it ▁was ▁to o\t▁l 0.216 ▁h 0.1948 ▁big 0.09162 ▁he 0.08545 ▁f 0.07585 ▁s 0.06421 ▁d 0.05974 ▁ 0.02073 ▁n 0.007086 ▁a 0.004665 ▁we 0.004354 ▁k 0.003828 ▁be 0.001906 ▁saw 0.001513 ▁r 0.001383 ▁th 0.001191 ▁up 0.0004613 <rest> 0.011068992928174759',
        '▁but ▁it ▁was ▁to o\t▁l 0.2281 ▁h 0.2071 ▁he 0.09159 ▁big 0.08376 ▁f 0.08064 ▁d 0.06112 ▁s 0.05961 ▁m 0.008048 ▁saw 0.001789 <rest> 0.009994054905432703',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2288 ▁h 0.2073 ▁he 0.09185 ▁big 0.08382 ▁f 0.08053 ▁d 0.06087 ▁s 0.05954 <rest> 0.009952076474045501',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.2486 <rest> 0.009070515958895187',
        '▁h\tu 0.1298 ou 0.09803 o 0.08205 ar 0.04225 ig 0.03675 id 0.03306 ot 0.01843 i 0.003782 a 0.0005967 h 0.0004622 e 0.000315 re 0.0001754 er 0.0001505 ed 0.0001375 r 3.651e-05 n 8.21e-06 l 2.663e-06 . 2.161e-06 ▁h 1.925e-06 , 1.836e-06 ▁a 1.551e-06 ▁to 1.322e-06 s 1.247e-06 ▁the 1.161e-06 t 1.067e-06 ▁and 9.96e-07 ▁ 9.772e-07 ▁s 7.781e-07 ▁c 6.91e-07 ▁b 6.791e-07 ▁was 6.256e-07 ▁f 6.174e-07 ▁w 4.853e-07 ▁g 4.782e-07 ▁p 4.454e-07 ▁m 4.261e-07 k 3.929e-07 ▁her 3.78e-07 ▁d 3.642e-07 ▁it 3.295e-07 ▁he 3.293e-07 ▁l 3.223e-07 <rest> 0.54717689572046',
        'o ▁h\tig 0.1426 <rest> 0.6772514926334418',
        'ig\th 0.6733 <rest> 0.08611884098656541',
        'h\tt 0.1398 o 0.07373 a 0.04739 i 0.02542 ar 0.01929 ▁and 0.01418 n 0.01303 , 0.008473 out 0.006813 ▁n 0.006296 ir 0.005191 ▁in 0.005155 ▁to 0.004944 ▁s 0.004552 ▁was 0.004312 ▁a 0.004258 u 0.003967 ▁w 0.003536 ▁ 0.003062 ▁c 0.003007 ▁f 0.002924 ▁it 0.00211 l 0.001968 ▁b 0.001838 ▁m 0.001804 s 0.001624 ▁t 0.001576 ▁g 0.001443 ▁p 0.001426 ▁d 0.001331 ot 0.001325 ▁he 0.001139 ▁h 0.001094 ▁her 0.0007612 ed 0.0007357 h 0.0005121 ou 0.0003298 er 0.0001934 e 0.0001697 re 0.0001561 k 3.326e-05 <rest> 0.507909980770158',
        'ig h\tt 0.6734 ▁in 0.04709 . 0.04305 ▁and 0.04037 ▁up 0.02186 ▁for 0.01634 , 0.01206 ▁to 0.005298 ▁a 0.004874 ▁b 0.003979 ▁on 0.003251 ▁t 0.00318 ▁f 0.002905 ▁h 0.002689 ▁s 0.00263 ▁that 0.002307 ▁it 0.00213 ▁be 0.001738 ▁there 0.001569 ▁l 0.001518 ▁r 0.001353 ▁n 0.001337 ▁p 0.001328 ▁g 0.001327 ▁with 0.00126 ▁m 0.001239 ▁ 0.001177 ▁d 0.0008851 ▁w 0.0008357 s 0.0006451 ▁was 0.0001739 o 0.0001547 l 8.95e-05 ar 7.019e-05 n 6.551e-05 a 6.419e-05 ▁play 3.393e-05 r 3.335e-05 i 2.74e-05 ▁had 1.968e-05 out 1.723e-05 ad 8.965e-06 ▁want 6.439e-06 oo 4.667e-06 ▁named 3.742e-06 u 2.702e-06 ir 2.285e-06 ot 5.696e-07 <rest> 0.08427985810789906',
        '▁h ig h\t▁in 0.1951 . 0.1748 ▁and 0.1661 ▁up 0.09081 ▁for 0.0675 , 0.04834 ▁to 0.01831 ▁a 0.01607 ▁b 0.01561 ▁t 0.01278 ▁on 0.01276 ▁f 0.01164 ▁h 0.00982 ▁s 0.009083 ▁that 0.00826 ▁be 0.006597 ▁there 0.006356 ▁l 0.006055 ▁it 0.005988 ▁r 0.0054 ▁with 0.005023 ▁g 0.004949 ▁p 0.004809 ▁n 0.004684 ▁th 0.004516 ▁c 0.003975 ▁ 0.003907 ▁he 0.003679 ▁d 0.003503 ▁m 0.002905 ▁w 0.002841 ▁st 0.002703 ▁the 0.002496 ▁so 0.002313 t 0.001693 ▁she 0.001489 ▁e 0.001392 ▁li 0.001063 ▁do 0.001053 <rest> 0.04660243079131032',
        'o ▁h ig h\t. 0.3307 <rest> 0.029280383416789624',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1195 l 0.1909 ▁time 4.457 t 0.2312 ▁ne 0.2377 ▁little 3.423 r 0.3053 n 0.3219 re 0.3548 ir 0.3602 ▁w 0.3624 ▁but 0.4154 ▁st 0.455 ▁to 0.4738 ▁l 0.5241 ▁so 0.5553 ▁y 0.5805 ▁t 0.6113 ▁m 0.6171 ▁p 0.6374 ▁g 0.6769 ▁h 0.6823 ▁do 1.457 ▁li 1.397 ▁be 0.7203 ▁f 0.7263 ▁we 1.35 ▁r 0.7528 ▁d 0.7925 ▁n 0.7932 ▁wa 1.225 ▁s 0.8233 ▁ 0.8475 ▁big 0.87 ▁b 1.116 ▁th 1.114',
        'quotation=outside\t.\t▁L 0.4605 ▁I 0.6466 ▁One 1.168 ▁Timmy 1.162 ▁Tim 1.161 ▁She 1.159 ▁Lily 1.151 ▁ 0.8768 <s> 1.135 ▁The 1.133 ▁S 1.122',
        'tense=past\t▁a\t▁time 0.00511 ▁wa 1.121 r 1.111 ▁ne 1.111 s 1.109 ▁very 1.106 ▁but 1.106',
        'pronoun=none\tl\t▁named 7.663 t 0.1813 ▁he 0.2189 ad 0.237 ▁n 0.2407 ve 0.2651 ▁of 0.3111 ot 0.3421 ▁for 0.3624 ▁s 0.3626 ▁be 0.3693 ▁a 0.3758 ▁t 0.3799 ▁b 0.3808 ▁l 0.3808 ▁ 0.3883 ▁with 0.3891 ▁m 0.4015 ▁ne 0.4111 ▁st 0.4262 i 0.4373 ed 0.4573 ▁g 0.4758 ▁and 0.4845 ▁play 0.4946 ▁d 0.4971 ▁th 0.5033 ▁wa 0.5152 ▁day 0.5182 ▁to 0.5206 , 0.5236 ig 0.5341 ▁f 0.5356 ▁p 0.5409 ▁that 0.5755 ▁w 1.648 ou 0.6237 ▁h 0.6246 ▁r 0.6334 ▁was 0.6385 ▁on 0.6386 a 0.6435 oo 0.6589 ▁the 0.6716 ▁li 1.469 k 1.464 o 0.6978 ▁c 0.7396 s 0.746 u 0.7498 er 0.7562 ▁saw 0.7871 ▁in 0.8076 ar 1.223 ▁want 0.8556 . 0.8713',
        'tense=past\t,\t▁there 0.04746 ▁in 0.229 ▁a 0.7456 ▁she 1.134 ▁her 1.131 ▁Lily 1.129 ▁he 1.128 ▁so 1.126 ▁Tim 1.126 ▁Timmy 1.125 ▁but 1.121 ▁the 1.118 ▁r 1.113 ▁little 1.109 ▁it 1.105 ▁that 1.104 ▁S 1.104 ▁and 1.104 ▁g 1.102',
        'pronoun=female\t,\t▁there 0.02568 ▁he 0.1893 ▁in 0.1984 ▁Timmy 0.2471 ▁Tim 0.2824 ▁she 2.064 ▁her 2.06 ▁a 0.5159 ▁B 0.5337 ▁Lily 1.854 ▁L 1.608 ▁the 0.6569 ▁T 0.7087 ▁we 1.358 ▁li 0.7517 ▁l 1.246 ▁that 1.223 ▁h 0.8196 ▁and 0.8244 ▁p 1.212 ▁S 0.8308 ▁saw 0.8309 ▁c 1.201 ▁w 1.178 ▁do 1.16 ▁d 1.16 ▁it 1.152 ▁r 1.147 ▁b 0.8854 ▁g 1.116',
        'quotation=outside\t,\t▁I 0.05818 ▁little 0.1211 ▁we 0.173 ▁that 0.1792 ▁do 0.1811 ▁l 0.3688 ▁th 0.4485 ▁p 0.5078 ▁m 0.5325 ▁c 0.538 ▁for 0.5466 ▁M 0.5657 ▁it 0.5768 ▁n 0.6118 ▁d 0.6649 ▁k 0.8069 ▁Tim 0.8093 ▁there 1.232 ▁she 1.229 ▁g 0.8141 ▁her 1.213 ▁w 0.826 ▁B 0.8286 ▁saw 1.207 ▁he 1.201 ▁in 1.198 ▁b 0.8432 ▁a 1.185 ▁and 1.179 ▁the 1.174 ▁so 1.167 ▁r 1.162 ▁Lily 0.865 ▁be 0.87 ▁T 0.8725 ▁L 0.8731 ▁li 1.143 ▁e 1.142 ▁st 0.8878 ▁t 0.9048',
        'pronoun=none\t.\t<s> 0.05827 ▁Timmy 3.122 ▁Lily 0.3417 ▁L 0.3599 ▁She 2.346 ▁One 1.991 ▁Tim 1.751 ▁ 0.5847 ▁T 1.673 ▁M 1.493 ▁I 0.7258 ▁B 0.8142 ▁S 0.8793',
        'tense=past\t▁was\t▁a 0.4197 . 1.232 ▁to 1.23 ▁so 1.229 ▁time 1.229 ▁n 1.222 ▁st 1.219 ▁s 1.219 ▁be 1.218 n 1.218 ▁b 1.217 ▁big 1.217 ▁p 1.217 ▁the 1.216 , 1.213 ▁g 1.212 ▁very 1.211 ▁e 1.21 ▁h 1.209 ▁t 1.209 ▁for 1.208 ▁ne 1.208 ▁m 1.208 ▁c 1.207 ▁up 1.206 ▁lo 1.205 ▁in 1.205 ▁ 1.205 ▁k 1.205 ▁and 1.204 ▁her 1.203 ▁do 1.203 ▁he 1.202 ▁d 1.202 ▁f 1.2 ▁w 1.2 ▁l 1.199 ▁there 1.198 he 1.197 ▁on 1.192 ▁li 1.186 ▁th 1.185 ▁r 1.184 ▁play 1.14 ▁wa 1.137',
        'pronoun=none\tir\tt 0.1625 re 0.174 , 0.1926 ▁and 0.2056 . 0.2173 r 0.2343 ed 0.2578 ▁ne 0.2739 ▁ 0.2985 ▁wa 0.305 ▁a 0.3371 ▁p 0.3467 ▁the 0.3494 ▁he 0.3559 ▁f 0.3659 st 0.3691 ▁m 0.3741 ▁s 0.3793 ▁c 0.3936 ▁e 0.3939 ▁l 0.3977 s 0.4034 ▁w 0.4139 ▁t 0.4195 ▁b 0.4296 ▁be 0.4324 ▁d 0.4468 l 2.224 ▁g 0.4531 ▁h 0.4747 i 0.4765 ▁with 0.5191 ▁k 0.5946 ▁r 0.6498 ▁big 0.6505 a 0.6929 ▁was 0.7836 ▁to 0.8045 ▁do 0.8895',
        'pronoun=none\t▁time\t▁to 0.02242 ▁for 0.03078 . 0.06074 ▁a 0.08718 ▁and 0.1082 s 0.1189 ▁play 0.1243 ▁he 0.1533 ▁she 0.1782 ▁with 0.1841 ▁e 0.2325 ▁in 0.2821 ▁the 0.3178 ▁on 0.349 ▁g 0.409 ▁there 1.246 , 1.214',
        'pronoun=female\t. ▁She\t▁lo 0.114 ▁li 0.5768 ▁had 0.5845 ▁p 1.275 ▁want 1.272 ▁f 1.272 ▁a 1.268 ▁l 1.252 ▁th 1.25 ▁k 1.24 ▁g 1.239 ▁st 1.238 ▁d 1.233 ▁c 1.231 ▁wa 1.229 ▁m 1.228 ▁r 1.228 ▁h 1.225 ▁to 1.222 ▁t 1.218 ▁saw 1.216 ▁play 1.215 ▁s 1.214 ▁b 1.214 ▁e 1.207 ▁w 1.205 ▁ 1.201 ▁for 1.183 ▁be 1.182 ▁n 1.178 ▁ne 1.17 ▁he 1.162 ▁was 1.145 ▁do 1.124 ▁and 1.119',
        'pronoun=female/it\t▁to\t▁her 2.252 ▁play 0.4772 ▁Lily 1.984 o 1.782 ▁be 1.621 ▁wa 0.6409 ▁do 1.494 ▁we 0.6882 ▁d 0.6914 ▁n 1.406 ▁e 0.7143 ▁r 0.7267 ▁Tim 0.7637 ▁to 0.7697 ▁it 1.292 ▁g 1.277 ▁ne 1.251 ▁w 0.8163 ▁h 0.8258 ▁p 0.8281 ▁l 1.204 ld 0.8377 ▁M 1.19 ▁a 1.179 ▁b 0.8554 . 1.169 ▁m 1.156 ▁k 0.872 ▁the 0.8759 ▁T 1.138 ▁c 0.8907 ▁f 0.8953 ▁st 0.8995',
        'pronoun=female\ts\t▁time 0.1498 ▁named 0.2249 ▁n 0.455 ▁he 0.494 ▁very 0.4945 ▁so 0.6258 ▁li 0.6416 ▁she 1.523 ▁ 0.6585 ▁her 1.503 ▁Lily 1.381 ▁we 0.7754 ▁h 0.7943 ▁the 0.8008 id 1.226 ▁up 1.225 ▁f 0.817 ▁m 0.823 ▁ne 0.8457 ▁a 0.8502 ▁with 1.168 ▁b 0.8639 ▁be 0.8666 ▁wa 0.8698 s 1.137 h 1.136 ▁in 1.133 ▁and 1.128 k 1.122 ▁on 1.122 ▁saw 0.8914 ▁st 0.8969 ▁s 0.9008 o 1.108 u 0.9024',
        'quotation=outside\t▁it\t▁ 0.6685 ▁so 0.801 ▁for 0.8165 ▁was 1.198 ▁had 1.19 ▁saw 1.187 ▁st 1.185 s 1.165 ▁li 0.8918 ▁d 1.12 ▁r 1.117 ▁on 1.102 ▁up 1.101',
        'pronoun=female\t▁she\te 0.4587 l 0.5898 ▁e 0.8307 ▁saw 1.156 ▁f 1.119',
        'pronoun=female\t▁in ▁the\t▁h 0.7643 ▁t 0.7691 ▁big 0.7719 ir 0.7977 ▁p 1.213 ▁wa 0.8252 ▁ 0.8442 ▁he 0.8527 ▁n 0.8527 ▁l 0.8704 ▁b 0.8856 ▁k 1.12 ▁day 0.8935 ▁a 0.8975 ▁ne 0.8994 ▁to 0.9044 ▁c 0.9053',
        'tense=past\tout s\t. 0.1804',
        'pronoun=female/it\tig h\t▁for 2.273 . 1.801 s 1.695 , 1.441 ▁it 0.7282 ▁to 1.295 ▁the 0.8111 ▁that 1.217 ▁and 1.18 ▁t 0.8518 t 0.8721 ▁up 1.138 ▁he 0.8861 ▁s 0.8946 ▁n 1.111',
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play\t▁ 1.067 ▁with 0.8915 ▁in 1.062 ▁on 0.9143 ▁and 0.9358 ▁a 1.056 ▁h 1.223 ▁d 1.083 ▁g 1.037 ▁c 1.317 ▁to 1.375 ▁b 1.538 ▁p 1.175 ▁ne 0.9835 , 1.086 ▁m 1.359 ▁s 1.213 ▁her 1.013 ▁t 1.351 ▁f 1.083 ▁r 1.253 . 3.191 ▁the 1.067',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big ,\t▁r 0.7252 ▁s 0.974 ▁f 1.079 ▁g 0.8133 ▁c 1.575 ▁b 1.423 ▁d 1.795 ▁p 1.183 ▁ 1.136 ▁t 1.688 ▁l 3.024 ▁m 1.387 ▁so 0.8562 ▁w 0.7155 ▁h 1.505 ▁a 2.923 ▁st 0.8236 ▁be 0.9935 ▁big 0.8941 ▁y 0.6611 ▁k 1.218 ▁n 1.232 ▁he 3.476 ▁e 0.6718 ▁to 0.9427 ▁lo 0.9795 ▁in 19.71 ▁th 2.397 ▁little 5.223 ▁but 0.795 ▁ne 1.061 ▁do 6.675 ▁play 0.9611 ▁wa 0.8465 ▁we 3.457 ▁li 0.5821 ▁very 0.9036 ▁and 0.8115 ▁she 0.101 ▁her 0.1809',
    ],
}
START = [0, 83, 87, 3]  # the text's first words, as positions in VOCAB
LENGTH = 62


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State), ('openings', Openings)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
