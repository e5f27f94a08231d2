"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state corrects it, in
that order. The tables (TABLES, at the end) are the room's tables/ files cut to the 99 rows this
text needs and the 109 tokens that compete somewhere in it; every other token is pooled into one,
<rest>, never written. englishroom removed every other row it could without changing what greedy
decoding writes, and every statement of the room's code that saying it never runs (a block left with
none says `...`).
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
    '▁to', '▁b', '▁and', '▁h', '▁f', '▁wa', '▁T', 'ou',
    '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', 'er', '▁was',
    '▁The', 'id', 'ar', '▁n', '▁g', '▁S', '▁L', '▁th',
    'ot', '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁Tim', '▁day',
    '▁be', 'ig', '▁with', '▁play', '▁She', 'ld', '▁e', 'oo',
    '▁y', '▁st', '▁up', '▁that', '▁r', '▁on', 'st', '▁she',
    '▁I', 've', '▁B', '▁big', '▁of', '▁little', '▁time', 'ad',
    '▁had', '▁we', '▁there', '▁so', '▁One', 'her', '▁for', 'all',
    '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but', '▁very',
    '▁do', '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out',
    '▁k', '▁', 'e', 'a', 't', 'o', 'h', 'n',
    'i', 's', 'r', 'l', 'u', '.', ',', 'k',
    'L', 'j', 'J', 'R', 'G', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '▁a\t0.0269',
        '▁the\t0.0203',
        '▁to\t0.02307',
        '▁and\t0.01722',
        '▁\t0.01703',
        'e\t0.027',
        'a\t0.01953',
        't\t0.01726',
        'o\t0.01762',
        's\t0.02163',
        'l\t0.01845',
        '.\t0.03731',
        ',\t0.02351',
        '<rest>\t0.2924228589715102',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.08046 ▁time 0.07693 ▁little 0.06962 s 0.06588 n 0.05881 t 0.04624 ▁b 0.03654 ▁s 0.03607 l 0.03289 r 0.03024 ▁g 0.02588 ▁p 0.02179 ▁l 0.02158 ▁c 0.0191 ▁f 0.01743 ▁t 0.01536 ▁ne 0.01479 ▁m 0.01373 ▁w 0.01048 ▁n 0.008152 ▁h 0.007775 ▁r 0.007499 ▁wa 0.007406 ▁d 0.007181 ▁to 0.006431 ▁he 0.0007821 ▁a 0.0007536 u 0.0003201 ▁her 0.0002489 er 0.0002069 ▁the 0.0001512 h 0.0001014 ▁was 7.003e-05 o 6.879e-05 , 6.861e-05 ▁it 6.423e-05 . 4.005e-05 a 2.639e-05 e 2.588e-05 ed 1.688e-05 ar 1.416e-05 k 8.132e-06 ▁and 3.293e-06 i 1.292e-06 ou 8.946e-08 <rest> 0.22475425643714053',
        '▁time\t<rest> 0.011793045663431978',
        ',\t▁but 0.08617 ▁there 0.08377 ▁Lily 0.06008 ▁she 0.04444 ▁and 0.0413 ▁a 0.0402 ▁the 0.03563 ▁ 0.0282 ▁he 0.02783 ▁Timmy 0.02272 ▁M 0.01905 ▁I 0.01858 ▁so 0.01801 ▁s 0.01672 ▁Tim 0.0142 ▁it 0.01282 ▁S 0.01276 ▁w 0.01248 ▁T 0.01114 ▁l 0.01057 ▁c 0.009967 ▁B 0.009626 ▁p 0.007917 ▁we 0.007553 ▁her 0.007146 ▁b 0.004208 ▁g 0.003195 ▁to 0.002379 , 0.0007919 ▁was 0.0004381 . 0.0002389 s 8.144e-05 l 4.288e-05 e 4.764e-06 r 3.863e-06 ed 2.899e-06 o 2.616e-06 ou 2.567e-06 h 1.59e-06 t 1.317e-06 n 8.876e-07 a 2.863e-07 u 2.474e-07 er 2.175e-07 ar 2.073e-07 i 1.182e-07 k 9.001e-08 <rest> 0.2880410389339684',
        '▁there\t▁was 0.8648 <rest> 0.011891288452683835',
        '▁was\t▁a 0.2731 ▁very 0.12 ▁so 0.08334 ▁s 0.05077 ▁n 0.03666 ▁to 0.02905 ▁ 0.02101 ▁g 0.02051 ▁c 0.01848 ▁f 0.01788 ▁in 0.01387 ▁b 0.01379 ▁e 0.01377 ▁d 0.012 ▁play 0.0115 ▁st 0.0113 ▁w 0.009927 ▁time 0.009579 ▁p 0.009013 ▁m 0.008997 ▁wa 0.008229 ▁h 0.008209 ▁t 0.006324 . 0.005801 ▁r 0.005621 ▁l 0.004787 h 0.002105 ▁he 0.001874 , 0.001281 ▁and 0.0009056 t 0.000541 ▁was 0.0004931 ▁it 0.0004189 l 5.122e-05 e 4.464e-05 s 3.561e-05 i 9.048e-06 er 4.59e-06 a 4.559e-06 u 4.081e-06 o 3.708e-06 ed 2.194e-06 k 2.116e-06 r 7.895e-07 ou 5.297e-07 ar 2.799e-07 ot 1.504e-07 <rest> 0.13764788455997523',
        '▁little\t▁g 0.4873 <rest> 0.015912678506417532',
        '▁g\tir 0.2003 <rest> 0.16711213702745364',
        'ir\t<rest> 0.39265974429159844',
        'l\t▁named 0.06464 <rest> 0.42244962188832536',
        '▁named\t▁Lily 0.4398 <rest> 0.0026696144209598094',
        '.\t▁She 0.114 ▁ 0.1132 ▁The 0.08433 <s> 0.05351 ▁I 0.05104 ▁One 0.04537 ▁B 0.03032 ▁Lily 0.02948 ▁S 0.02407 ▁Timmy 0.01602 ▁Tim 0.0151 ▁T 0.01344 ▁M 0.01237 ▁L 0.007916 . 0.000289 ▁the 0.0001014 ▁a 4.446e-05 ▁her 4.09e-05 ▁d 2.612e-05 ▁c 2.495e-05 ▁b 1.794e-05 ▁p 1.535e-05 ▁to 1.178e-05 ▁w 1.006e-05 , 8.921e-06 ▁m 7.904e-06 ▁f 7.233e-06 ▁and 6.6e-06 ▁g 3.046e-06 ▁s 2.907e-06 s 1.519e-06 t 1.358e-06 l 1.21e-06 er 8.096e-07 ▁was 4.424e-07 r 4.109e-07 e 3.03e-07 u 2.076e-07 a 1.5e-07 o 1.383e-07 ed 1.248e-07 ar 9.229e-08 n 9.135e-08 h 9.063e-08 i 9.037e-08 k 5.074e-08 ou 4.717e-08 <rest> 0.3871432508682654',
        '▁She\t▁lo 0.1523 ▁was 0.09224 ▁had 0.04982 ▁want 0.04868 ▁a 0.04627 ▁p 0.04458 ▁saw 0.04305 ▁w 0.04181 ▁d 0.03819 ▁s 0.03601 ▁f 0.03528 ▁l 0.03419 ▁to 0.03091 ▁c 0.0283 ▁ 0.02553 ▁th 0.0242 ▁li 0.02171 ▁g 0.01924 ▁k 0.01755 ▁t 0.0157 ▁r 0.01537 ▁st 0.01361 ▁h 0.01153 ▁wa 0.01019 ▁m 0.008057 ▁b 0.00472 ▁and 0.001091 ▁the 0.000247 ▁it 7.696e-05 ▁her 3.805e-05 l 3.579e-05 n 1.953e-05 , 1.665e-05 . 1.025e-05 i 6.599e-06 t 6.501e-06 s 6.126e-06 ar 5.954e-06 a 4.722e-06 r 4.225e-06 e 2.207e-06 o 1.144e-06 ed 9.925e-07 u 7.64e-07 h 7.126e-07 k 5.237e-07 er 3.829e-07 ou 3.774e-07 ot 3.39e-07 <rest> 0.07252857442772664',
        '. ▁She\t▁lo 0.1578 ▁was 0.09092 ▁had 0.05084 <rest> 0.0709292725235876',
        '▁lo\tved 0.7704 <rest> 0.043062652519813116',
        'ved\t▁to 0.6175 <rest> 0.07433341492657441',
        '▁to\t▁play 0.1002 ▁the 0.09653 o 0.06942 ▁s 0.05945 ▁g 0.04367 ▁c 0.03467 ▁be 0.03048 ▁he 0.03007 ▁ 0.03006 ld 0.02885 ▁f 0.0245 ▁t 0.02352 ▁do 0.02325 ▁m 0.02305 ▁e 0.02126 ▁her 0.01776 ▁p 0.01753 ▁b 0.01535 ▁l 0.01461 ▁d 0.01269 ▁r 0.01039 ▁st 0.009139 ▁h 0.008284 ▁wa 0.00742 ▁to 0.002685 ▁it 0.002284 . 0.001089 ▁was 0.0005497 r 0.0004336 n 0.0004237 a 0.0004021 ot 0.000315 , 0.0002575 ▁and 0.0002255 e 0.0001496 ar 8.075e-05 i 6.375e-05 t 6.318e-05 k 5.856e-05 s 4.156e-05 ed 2.138e-05 h 1.706e-05 l 7.469e-06 ou 9.541e-07 er 1.932e-07 <rest> 0.20021764784396434',
        '▁play\t▁with 0.3188 ed 0.1945 ▁ 0.07914 . 0.06059 ▁in 0.04948 ▁to 0.03519 ▁a 0.02583 ▁and 0.0145 ▁on 0.01276 , 0.007818 ▁h 0.005158 ▁g 0.003933 ▁c 0.003712 ▁m 0.003009 ▁d 0.002792 ▁f 0.001335 ▁w 0.0005626 t 0.0004815 ▁her 0.0003836 ▁he 0.0003197 ▁play 0.0002548 s 0.000229 r 0.0002021 a 0.0001989 ▁l 0.0001702 l 7.468e-05 h 3.946e-05 e 3.709e-05 ▁was 2.366e-05 i 2.197e-05 n 2.045e-05 o 2.008e-05 ar 1.762e-05 u 3.282e-06 he 1.928e-06 ou 1.848e-06 k 1.535e-06 ▁Lily 4.441e-07 ot 4.057e-07 ir 3.018e-07 id 2.94e-07 ▁She 2.663e-07 <rest> 0.1567529664608257',
        '▁to ▁play\t▁with 0.4781 ▁ 0.1428 . 0.1006 ▁in 0.08246 ▁to 0.0367 ▁a 0.02928 ▁and 0.02293 ▁on 0.01831 , 0.0118 ▁h 0.007895 ▁g 0.005968 ▁c 0.004958 ▁the 0.004454 ▁ne 0.004161 ▁d 0.00413 ▁b 0.003807 ▁s 0.003455 ▁m 0.002878 ▁p 0.002149 ▁f 0.001848 ▁t 0.001522 ▁for 0.001428 ▁it 0.00135 ▁e 0.001067 ▁r 0.001023 ed 0.0001393 er 2.229e-05 <rest> 0.019756619815994303',
        'ved ▁to ▁play\t▁ 0.3306 <rest> 0.00611458587872582',
        '▁\tout 0.08796 <rest> 0.6781836311213036',
        'out\ts 0.3892 <rest> 0.048811428861225914',
        's\t. 0.1521 ▁and 0.06293 id 0.06101 , 0.03593 s 0.03425 ▁a 0.03215 ▁to 0.02535 ▁ 0.0206 ▁of 0.01941 h 0.01827 ed 0.01756 ▁in 0.01656 ▁f 0.01471 ▁c 0.01434 ▁w 0.01354 ▁g 0.01257 ▁we 0.01176 ▁m 0.009884 k 0.009399 ▁he 0.009005 i 0.008856 ▁with 0.008767 ▁h 0.007888 ▁d 0.007643 er 0.007353 ▁be 0.007242 ▁play 0.007117 o 0.007104 ▁l 0.007065 ▁t 0.006504 ▁she 0.00632 ▁on 0.006101 he 0.00603 ▁n 0.005921 u 0.005316 ▁was 0.002834 ▁her 0.002366 a 0.00222 r 0.0002952 e 0.0002185 l 0.0001667 n 0.0001481 t 4.755e-05 ou 1.886e-05 ar 7.409e-06 <rest> 0.215790102573711',
        'out s\t<rest> 0.0005762418808025194',
        'id\te 0.4166 <rest> 0.07532837708642082',
        'e\t. 0.09678 l 0.06882 e 0.05657 ▁and 0.04185 , 0.03557 a 0.03443 ar 0.03299 ▁to 0.03143 ▁the 0.02164 ▁day 0.01998 ▁in 0.01984 ▁c 0.01763 ▁b 0.01628 ▁w 0.01488 ▁s 0.01374 ▁was 0.01265 ▁f 0.01173 ▁with 0.01053 o 0.01044 ▁of 0.007457 ▁h 0.006062 ▁it 0.005964 st 0.005578 ▁on 0.005326 ed 0.00306 k 0.002965 ▁he 0.002482 ▁play 0.001908 er 0.001685 s 0.0007897 ▁Lily 0.0006535 n 0.0001518 r 0.0001343 h 0.0001233 t 0.0001184 u 7.57e-05 i 7.381e-05 ir 5.576e-05 ot 3.067e-05 he 6.862e-06 ou 3.137e-06 id 2.925e-06 <rest> 0.2732136327460326',
        'id e\t▁in 0.1306 <rest> 0.037396966651458974',
        '▁in\t▁the 0.4852 <rest> 0.06985300866044375',
        '▁the\t▁p 0.1064 <rest> 0.07642859981799',
        '▁p\tar 0.2274 <rest> 0.2673115684516397',
        'ar\tk 0.2027 <rest> 0.24329991715311972',
        'k .\t▁One 0.1344 <rest> 0.3547234517029556',
        '▁One\t▁day 0.9754 <rest> 0.004249011794455915',
        '▁day\t, 0.6701 <rest> 0.013290729326666306',
        '▁she\t▁saw 0.09711 <rest> 0.0792826658119673',
        '▁saw\t▁a 0.5937 <rest> 0.03517915681036454',
        '▁saw ▁a\t▁big 0.3742 <rest> 0.020748621718791993',
        '▁big\t▁b 0.1554 , 0.13 ▁t 0.09326 ▁h 0.06234 ▁s 0.05859 ▁c 0.05108 ▁r 0.05056 ▁p 0.04696 ▁and 0.03856 ▁do 0.0335 ▁f 0.03325 ▁m 0.02264 ▁g 0.02215 ▁ 0.01939 ▁st 0.01754 ▁w 0.01483 ▁l 0.009986 ▁d 0.008143 . 0.007485 ▁be 0.00739 ▁y 0.006304 ▁wa 0.006082 ▁e 0.00591 ▁the 0.000726 ▁was 0.000342 ▁her 0.0002327 ▁it 0.0001992 n 0.0001614 er 7.672e-05 l 5.998e-05 s 4.245e-05 r 3.802e-05 u 2.688e-05 e 2.327e-05 i 1.458e-05 ar 1.307e-05 t 1.021e-05 a 9.758e-06 ou 4.618e-06 o 3.953e-06 ed 1.724e-06 h 1.131e-06 ▁Lily 8.16e-07 k 6.369e-07 ot 5.714e-07 id 4.708e-07 <rest> 0.05306247907141437',
        '▁a ▁big\t▁b 0.1652 , 0.1499 ▁t 0.102 ▁h 0.07382 ▁s 0.06318 ▁c 0.05383 ▁p 0.05287 ▁r 0.05255 ▁f 0.03521 ▁do 0.03436 ▁g 0.02379 ▁m 0.02324 ▁ 0.02188 ▁st 0.01845 ▁l 0.01077 ▁d 0.008611 ▁y 0.007107 ▁wa 0.006742 ▁n 0.005288 ▁k 0.002944 ▁and 0.002841 ▁big 0.002312 ▁ne 0.001882 . 0.0006419 ▁for 7.365e-05 ▁that 2.304e-05 <rest> 0.030302678183883547',
        '▁saw ▁a ▁big\t, 0.1944 <rest> 0.025022931040712293',
        '▁big ,\t▁r 0.1697 <rest> 0.05680621929259588',
        '▁r\to 0.3185 a 0.1597 ed 0.1111 u 0.03878 id 0.02578 ou 0.02263 oo 0.004982 h 0.003182 ot 0.002175 e 0.0005931 ar 0.0003456 r 0.0002087 er 0.0001227 ir 4.357e-05 k 3.855e-05 . 2.132e-05 l 1.484e-05 n 8.813e-06 , 5.443e-06 t 4.14e-06 ▁a 3.013e-06 s 2.319e-06 ▁to 1.979e-06 ▁the 1.741e-06 ▁ 1.566e-06 ▁and 1.56e-06 ▁s 1.164e-06 ▁c 1.032e-06 ▁was 1.026e-06 ▁b 1.016e-06 ▁f 9.172e-07 ▁w 7.265e-07 ▁g 7.162e-07 ▁with 7.027e-07 ▁p 6.66e-07 ▁m 6.378e-07 ▁Lily 5.769e-07 ▁her 5.651e-07 ▁d 5.55e-07 ▁it 4.947e-07 ▁he 4.925e-07 ▁h 4.836e-07 ▁l 4.823e-07 ▁t 4.621e-07 ▁in 4.124e-07 <rest> 0.30508088298640346',
        ', ▁r\ted 0.5994 <rest> 0.08036838966289539',
        'ed\t▁to 0.2963 ▁and 0.1025 . 0.08363 ▁the 0.05992 ▁a 0.04153 ▁that 0.04037 , 0.03956 ▁it 0.02888 ▁her 0.02753 ▁with 0.02257 ▁up 0.01659 ▁in 0.01558 ▁b 0.01512 ▁ 0.0135 ▁h 0.01275 ▁on 0.01049 ▁of 0.006881 ▁for 0.006786 ▁w 0.005664 ▁be 0.004931 ▁d 0.004559 ▁he 0.00393 ▁p 0.002572 s 0.002107 ▁g 0.002023 ▁l 0.001562 a 0.001268 l 0.0008633 ▁was 0.0007288 r 0.0006008 n 0.0003168 t 6.518e-05 h 6.221e-05 u 4.008e-05 o 3.021e-05 er 2.606e-05 e 2.228e-05 id 1.129e-05 k 6.549e-06 ar 3.192e-06 ou 2.774e-06 ir 1.855e-06 ot 1.464e-06 <rest> 0.0762793808698492',
        '▁r ed\t▁b 0.3969 <rest> 0.02359875757071006',
        '▁b\to 0.1938 a 0.1194 all 0.1179 ir 0.1155 r 0.07833 u 0.07175 l 0.05384 ot 0.03032 ad 0.02035 oo 0.01789 ed 0.01435 ar 0.009646 ou 0.006939 i 0.005663 e 0.000462 ▁b 0.0001889 n 7.111e-05 s 3.696e-05 k 3.029e-05 ▁g 1.355e-05 t 8.548e-06 . 4.873e-06 h 4.512e-06 ▁to 2.836e-06 ▁ 2.428e-06 ▁h 2.219e-06 ▁f 1.472e-06 ▁s 1.436e-06 ▁c 1.232e-06 ▁d 1.105e-06 ▁and 9.813e-07 ▁a 9.141e-07 ▁was 8.105e-07 , 5.927e-07 ▁l 5.682e-07 ▁the 5.026e-07 ▁t 4.67e-07 ▁w 3.206e-07 ▁it 2.766e-07 ▁p 2.55e-07 ▁m 1.877e-07 ▁her 1.616e-07 ▁he 1.409e-07 <rest> 0.1306176426628901',
        'ed ▁b\tall 0.4262 <rest> 0.16037578909098404',
        'all . ▁She\t▁want 0.1256 <rest> 0.08625588640137727',
        '▁want\ted 0.6248 <rest> 0.006667536427750198',
        'ed ▁to\t▁play 0.09781 ▁s 0.09707 ▁c 0.07881 ▁g 0.0657 ▁he 0.0573 ▁t 0.04773 ▁f 0.04608 ▁ 0.04586 ▁be 0.04002 ▁p 0.03799 ▁m 0.0354 ▁e 0.03114 ▁r 0.02137 ▁b 0.02086 ▁l 0.02067 ▁d 0.01811 ▁st 0.0148 ▁the 0.01126 ▁w 0.009548 ▁wa 0.009304 ▁h 0.008105 ▁her 0.006579 ▁to 0.005667 o 0.005029 ▁do 0.004809 ▁k 0.004545 ▁we 0.004161 ▁li 0.001926 ▁th 0.001625 ▁so 0.001393 ▁ne 0.001383 ▁n 0.001266 ▁lo 0.001054 ▁in 0.001044 ▁Lily 0.0007758 ▁it 0.0007033 ▁M 0.0005671 ▁S 0.000531 ▁Tim 0.0004295 ▁T 0.0003857 ld 0.0001081 u 6.309e-05 <rest> 0.12865323827397357',
        '▁want ed ▁to\t▁play 0.1699 ▁s 0.1234 ▁he 0.1107 ▁g 0.07084 ▁ 0.05219 ▁e 0.04934 ▁t 0.04932 ▁m 0.04195 ▁p 0.0355 ▁b 0.02091 ▁st 0.0153 ▁to 0.01076 ▁k 0.007871 ▁do 0.005724 ▁we 0.005357 ▁a 0.002693 ▁li 0.001911 ▁so 0.001793 ▁th 0.001734 ▁ne 0.0006244 ▁n 0.0004689 ▁the 0.0002549 o 0.0001731 ▁her 7.134e-06 <rest> 0.03523951304330741',
        '▁She ▁want ed ▁to\t▁play 0.1372 ▁s 0.1274 ▁he 0.1011 ▁g 0.06574 ▁c 0.05824 ▁ 0.05578 ▁p 0.05415 ▁t 0.05303 ▁e 0.05183 ▁th 0.002367 <rest> 0.03977107446731565',
        '. ▁She ▁want ed ▁to\t▁play 0.1378 ▁s 0.1275 ▁he 0.1004 ▁g 0.06563 ▁c 0.05817 ▁ 0.05559 ▁p 0.05421 ▁t 0.05308 ▁e 0.05179 <rest> 0.03981144709391904',
        'all . ▁She ▁want ed ▁to\t▁play 0.2304 <rest> 0.03329444851160268',
        '▁with\t▁her 0.2251 ▁the 0.1818 ▁a 0.09712 ▁it 0.06964 ▁m 0.04835 ▁ 0.01668 . 0.01593 ▁h 0.01496 ▁l 0.01424 out 0.01004 ▁s 0.008833 ▁e 0.007101 ▁b 0.006693 ▁c 0.005798 ▁th 0.005745 ▁M 0.005308 ▁p 0.004953 ▁f 0.004612 ▁d 0.004257 ▁t 0.003608 ▁to 0.002348 ▁g 0.001224 , 0.001046 ▁he 0.0008776 ▁and 0.000696 s 0.0002626 e 7.018e-05 ▁was 5.003e-05 t 3.792e-05 ed 1.613e-05 a 7.15e-06 u 6.99e-06 o 4.204e-06 h 2.944e-06 l 1.185e-06 n 1.169e-06 k 8.397e-07 ou 7.517e-07 r 7.439e-07 er 6.588e-07 i 5.529e-07 ar 5.431e-07 id 4.818e-07 ot 3.373e-07 <rest> 0.2140946858609296',
        '▁play ▁with\t▁her 0.2417 ▁the 0.1714 ▁it 0.1304 ▁m 0.06584 . 0.03741 ▁a 0.01223 ▁h 0.01203 ▁ 0.006697 ▁M 0.006131 ▁th 0.005715 ▁Tim 0.005194 ▁S 0.004954 ▁Lily 0.004462 ▁to 0.00282 ▁s 0.002752 ▁T 0.002509 , 0.00239 ▁Timmy 0.001874 ▁B 0.001572 ▁with 0.001409 ▁and 0.001321 ▁that 0.001317 ▁d 0.001217 ▁t 0.001162 ▁in 0.001138 ▁l 0.001016 ▁f 0.0007033 out 0.0005591 ▁wa 0.0003753 ▁st 0.0002321 ▁n 0.0001965 ▁so 0.0001416 ▁big 0.0001184 <rest> 0.25415249964123143',
        '▁to ▁play ▁with\t▁her 0.2884 ▁the 0.1637 ▁it 0.1219 ▁m 0.05376 . 0.04545 ▁h 0.01268 ▁M 0.006615 ▁Tim 0.005978 ▁S 0.005645 ▁Lily 0.00491 ▁to 0.00297 , 0.002784 ▁th 0.002744 ▁T 0.002713 ▁Timmy 0.002022 ▁s 0.00175 ▁with 0.00163 ▁and 0.001551 ▁r 0.001142 <rest> 0.23213081111890466',
        'ed ▁to ▁play ▁with\t▁it 0.3014 <rest> 0.12238808640882837',
        '▁it\t. 0.1833 ▁was 0.1824 ▁to 0.05481 , 0.04468 ▁a 0.04242 s 0.03098 ▁and 0.02998 ▁ 0.02911 ▁w 0.02858 ▁up 0.02812 ▁in 0.02562 ▁f 0.01855 ▁b 0.01783 ▁on 0.01733 ▁c 0.01565 ▁m 0.01531 ▁with 0.01362 ▁st 0.009565 ▁d 0.009008 ▁l 0.008529 ▁for 0.008192 ▁h 0.007718 ▁g 0.007143 ▁had 0.007109 ▁e 0.006952 ▁t 0.005287 ▁p 0.002311 ▁he 0.001487 ▁the 0.001231 ▁it 0.0006843 r 0.000342 ▁her 0.0001774 h 7.316e-05 k 7.296e-05 t 7.173e-05 l 5.516e-05 er 2.744e-05 u 1.758e-05 e 1.518e-05 a 8.832e-06 ed 7.172e-06 n 4.568e-06 ou 3.803e-06 o 2.269e-06 i 1.238e-06 ar 4.811e-07 ot 4.364e-07 <rest> 0.12003460851203418',
        '▁with ▁it\t. 0.4439 , 0.1249 ▁a 0.1051 s 0.06547 ▁to 0.05256 ▁and 0.03241 ▁e 0.01735 ▁in 0.0152 ▁with 0.01167 ▁for 0.01107 ▁ 0.006578 ▁so 0.005311 ▁be 0.004973 ▁on 0.003835 ▁b 0.00302 ▁up 0.002651 ▁w 0.002559 ▁f 0.001828 ▁very 0.001496 ▁but 0.001446 ▁was 0.001295 ▁h 0.001194 ▁s 0.0009142 ▁li 0.0009117 ▁c 0.0008924 ▁t 0.0008178 ▁m 0.0007338 ▁l 0.0005914 ▁ne 0.0004921 ▁g 0.0004726 ▁st 0.0002469 ▁d 0.0002425 ▁p 0.0002396 ▁r 0.0001838 ▁we 8.655e-05 ▁wa 4.525e-05 ▁had 3.314e-05 ▁saw 1.517e-06 <rest> 0.0741642526160895',
        '▁play ▁with ▁it\t. 0.4503 , 0.1526 ▁a 0.1155 ▁to 0.06017 ▁in 0.01549 s 0.01429 ▁with 0.01332 ▁for 0.01129 ▁ 0.007897 ▁so 0.006352 ▁b 0.00306 ▁up 0.002919 ▁w 0.00263 ▁very 0.001674 ▁but 0.00159 ▁was 0.0002468 <rest> 0.0831810786281223',
        '▁to ▁play ▁with ▁it\t. 0.4835 , 0.1884 ▁a 0.1193 ▁and 0.02242 ▁e 0.01648 s 0.01533 ▁in 0.01488 ▁with 0.01255 ▁so 0.006252 ▁be 0.005707 ▁w 0.002467 ▁very 0.00188 ▁but 0.001778 <rest> 0.037085045436760944',
        'ed ▁to ▁play ▁with ▁it\t. 0.4754 , 0.2275 ▁a 0.1171 ▁so 0.00681 ▁but 0.002161 <rest> 0.012408484168948242',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4379 , 0.2604 ▁a 0.1202 s 0.01028 <rest> 0.012864994411377229',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5247 <rest> 0.013360479679813464',
        '▁but\t▁it 0.13 <rest> 0.12583308403243432',
        '▁it ▁was\t▁to 0.1514 <rest> 0.06160966386723221',
        'o\t, 0.04443 k 0.03848 l 0.03058 s 0.02253 ld 0.01535 ▁h 0.0147 ve 0.01053 ▁a 0.009882 ▁on 0.008648 ▁lo 0.008519 ot 0.007618 ▁l 0.007564 ▁s 0.007155 ▁b 0.006791 ▁ 0.006638 e 0.006275 ▁li 0.006151 ▁was 0.006146 ar 0.004799 ▁m 0.004422 ▁c 0.004404 ▁and 0.003841 ▁d 0.003515 a 0.002711 ▁w 0.002092 ▁g 0.001427 ▁her 0.001406 ▁p 0.001309 o 0.0005485 ed 0.0002108 er 8.488e-05 u 7.33e-05 ou 6.424e-05 t 5.617e-05 n 5.55e-05 r 5.312e-05 <rest> 0.5986115275639967',
        '▁to o\tk 0.3465 . 0.1985 ▁h 0.05546 ▁s 0.05009 ▁l 0.04608 ▁f 0.0395 , 0.03792 ▁big 0.02745 ▁m 0.01962 ▁he 0.0159 ▁d 0.01416 ▁c 0.0113 ▁st 0.01023 ▁t 0.009864 l 0.009146 ▁b 0.00793 ▁ 0.006517 ▁and 0.006291 ▁e 0.004179 ▁a 0.002804 ▁to 0.001675 ▁on 0.0006832 ld 0.000371 ▁the 0.0003293 ▁li 0.0002105 ▁in 0.000142 ▁lo 7.067e-05 ve 2.911e-05 e 2.909e-05 h 2.214e-05 ▁was 1.415e-05 s 8.955e-06 st 4.057e-06 ar 2.79e-06 ot 2.522e-06 i 1.467e-06 es 9.174e-07 <rest> 0.05888058262405049',
        '▁was ▁to o\t▁s 0.1635 ▁l 0.1626 ▁h 0.1545 ▁big 0.08937 ▁f 0.08904 ▁he 0.05867 ▁d 0.04646 ▁st 0.03384 ▁c 0.03075 ▁t 0.03044 ▁b 0.01931 ▁ 0.01637 ▁m 0.01474 ▁e 0.01387 ▁w 0.006956 ▁a 0.006529 ▁n 0.00624 ▁k 0.005312 ▁g 0.005202 ▁we 0.003814 ▁p 0.003778 ▁up 0.00234 ▁r 0.002208 ▁th 0.001732 ▁be 0.001674 ▁wa 0.001636 ▁little 0.001087 ▁saw 0.001048 . 0.0009707 k 0.000889 , 0.0003997 ▁and 8.544e-05 l 4.06e-05 <rest> 0.018195816389332875',
        '▁it ▁was ▁to o\t▁l 0.2171 ▁h 0.1948 ▁big 0.09163 ▁he 0.08558 ▁f 0.07565 ▁s 0.06406 ▁d 0.05957 ▁ 0.0206 ▁n 0.007036 ▁a 0.004627 ▁we 0.004341 ▁k 0.003804 ▁be 0.001895 ▁saw 0.001516 ▁r 0.001379 ▁th 0.001187 ▁up 0.0004679 <rest> 0.011027416499425402',
        '▁but ▁it ▁was ▁to o\t▁l 0.2291 ▁h 0.2059 ▁he 0.09193 ▁big 0.08382 ▁f 0.08022 ▁d 0.06097 ▁s 0.05967 ▁m 0.008033 ▁saw 0.001793 <rest> 0.010005800848594149',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2298 ▁h 0.2061 ▁he 0.09219 ▁big 0.08388 ▁f 0.0801 ▁d 0.06073 ▁s 0.0596 <rest> 0.009963842237891818',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.2462 <rest> 0.009066246641834419',
        '▁h\tu 0.1298 ou 0.09893 o 0.08175 ar 0.04223 ig 0.03694 id 0.03286 ot 0.01844 i 0.00372 a 0.0005919 h 0.0004702 e 0.0003139 er 0.0001524 ed 0.0001374 r 3.682e-05 n 8.07e-06 l 2.589e-06 . 2.057e-06 ▁h 1.897e-06 , 1.748e-06 ▁a 1.463e-06 ▁to 1.248e-06 s 1.177e-06 ▁the 1.098e-06 t 1.009e-06 ▁and 9.404e-07 ▁ 9.217e-07 ▁s 7.346e-07 ▁c 6.51e-07 ▁b 6.408e-07 ▁was 5.909e-07 ▁f 5.831e-07 ▁w 4.582e-07 ▁g 4.517e-07 ▁p 4.2e-07 ▁m 4.022e-07 k 3.71e-07 ▁her 3.564e-07 ▁d 3.438e-07 ▁it 3.12e-07 ▁he 3.106e-07 ▁l 3.042e-07 ▁t 2.914e-07 <rest> 0.5470470958489625',
        'o ▁h\tig 0.1418 <rest> 0.6761436062146472',
        'ig\th 0.6744 <rest> 0.08534286889204312',
        'h\tt 0.1403 o 0.07354 a 0.04782 i 0.02518 ar 0.01938 ▁and 0.01423 n 0.01298 , 0.008468 out 0.006722 ▁n 0.006286 ▁in 0.005222 ir 0.005071 ▁to 0.004945 ▁s 0.004522 ▁a 0.004267 ▁was 0.004209 u 0.003989 ▁w 0.003514 ▁ 0.003039 ▁c 0.002996 ▁f 0.002925 ▁it 0.002172 l 0.001946 ▁b 0.001853 ▁m 0.001786 s 0.001666 ▁t 0.001572 ▁g 0.001434 ▁p 0.001432 ▁d 0.001326 ot 0.001294 ▁he 0.001147 ▁h 0.001087 ▁her 0.0007545 ed 0.0007215 h 0.0005116 ou 0.0003991 er 0.0001937 e 0.0001686 k 3.35e-05 <rest> 0.507733153990812',
        'ig h\tt 0.6752 ▁in 0.04728 . 0.04231 ▁and 0.04038 ▁up 0.0217 ▁for 0.01586 , 0.01155 ▁to 0.005189 ▁a 0.004846 ▁b 0.003947 ▁on 0.003237 ▁t 0.003056 ▁f 0.002965 ▁h 0.002623 ▁it 0.002617 ▁s 0.002585 ▁that 0.002264 ▁be 0.001714 ▁there 0.001572 ▁th 0.001346 ▁r 0.001314 ▁p 0.00131 ▁n 0.001303 ▁g 0.001294 ▁with 0.001247 ▁m 0.001197 ▁ 0.001179 s 0.001025 ▁d 0.0008836 ▁w 0.0008198 ▁st 0.0007295 ▁was 0.0001702 o 0.0001472 ar 0.0001103 l 0.0001025 a 7.022e-05 n 6.434e-05 r 4.114e-05 ▁play 3.296e-05 i 2.989e-05 ▁had 1.887e-05 out 1.713e-05 ad 8.552e-06 ▁want 6.403e-06 oo 4.649e-06 ▁named 3.548e-06 ir 3.065e-06 u 2.616e-06 <rest> 0.08353954103404149',
        '▁h ig h\t▁in 0.1973 . 0.173 ▁and 0.1672 ▁up 0.09082 ▁for 0.06595 , 0.04651 ▁to 0.01794 ▁a 0.01596 ▁b 0.01561 ▁on 0.01277 ▁t 0.01237 ▁f 0.01199 ▁h 0.009685 ▁s 0.009066 ▁it 0.008227 ▁that 0.008166 ▁be 0.006566 ▁there 0.006423 ▁l 0.005945 ▁r 0.005282 ▁with 0.004986 ▁g 0.004866 ▁p 0.004801 ▁th 0.004692 ▁n 0.004591 ▁c 0.00394 ▁he 0.003893 ▁ 0.003862 ▁d 0.003526 ▁m 0.002876 ▁w 0.002811 ▁the 0.002751 ▁st 0.002664 ▁so 0.00235 t 0.001638 ▁she 0.001576 ▁e 0.001413 ▁li 0.001069 ▁do 0.001037 s 0.0001029 <rest> 0.047053669017081856',
        'o ▁h ig h\t. 0.334 <rest> 0.028965565993266607',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1195 l 0.1909 ▁time 4.457 t 0.2312 ▁ne 0.2377 ▁little 3.423 r 0.3053 n 0.3219 ir 0.3602 ▁w 0.3624 ▁but 0.4154 ▁st 0.455 ▁to 0.4738 ▁l 0.5241 ▁so 0.5553 ▁y 0.5805 ▁t 0.6113 ▁m 0.6171 ▁p 0.6374 ▁g 0.6769 ▁h 0.6823 ▁do 1.457 ▁li 1.397 ▁be 0.7203 ▁f 0.7263 ▁we 1.35 ▁r 0.7528 ▁d 0.7925 ▁n 0.7932 ▁wa 1.225 ▁s 0.8233 ▁ 0.8475 ▁big 0.87 ▁b 1.116 ▁th 1.114',
        'quotation=outside\t.\t▁L 0.4605 ▁I 0.6466 ▁One 1.168 ▁Timmy 1.162 ▁Tim 1.161 ▁She 1.159 ▁Lily 1.151 ▁ 0.8768 <s> 1.135 ▁The 1.133 ▁S 1.122',
        'tense=past\t▁a\t▁time 0.00511 ▁wa 1.121 r 1.111 ▁ne 1.111 s 1.109 ▁very 1.106 ▁but 1.106',
        'pronoun=none\tl\t▁named 7.663 t 0.1813 ▁he 0.2189 ad 0.237 ▁n 0.2407 ve 0.2651 ▁of 0.3111 ot 0.3421 ▁for 0.3624 ▁s 0.3626 ▁be 0.3693 ▁a 0.3758 ▁t 0.3799 ▁b 0.3808 ▁l 0.3808 ▁ 0.3883 ▁with 0.3891 ▁m 0.4015 ▁ne 0.4111 ▁st 0.4262 i 0.4373 ed 0.4573 ▁g 0.4758 ▁and 0.4845 ▁play 0.4946 ▁d 0.4971 ▁th 0.5033 ▁wa 0.5152 ▁day 0.5182 ▁to 0.5206 , 0.5236 ig 0.5341 ▁f 0.5356 ▁p 0.5409 ▁that 0.5755 ▁w 1.648 ou 0.6237 ▁h 0.6246 ▁r 0.6334 ▁was 0.6385 ▁on 0.6386 a 0.6435 oo 0.6589 ▁the 0.6716 ▁li 1.469 k 1.464 o 0.6978 ▁c 0.7396 s 0.746 u 0.7498 er 0.7562 ▁saw 0.7871 ▁in 0.8076 ar 1.223 ▁want 0.8556 . 0.8713',
        'tense=past\t,\t▁there 0.04746 ▁in 0.229 ▁a 0.7456 ▁she 1.134 ▁her 1.131 ▁Lily 1.129 ▁he 1.128 ▁so 1.126 ▁Tim 1.126 ▁Timmy 1.125 ▁but 1.121 ▁the 1.118 ▁r 1.113 ▁little 1.109 ▁it 1.105 ▁that 1.104 ▁S 1.104 ▁and 1.104 ▁g 1.102',
        'pronoun=female\t,\t▁there 0.02568 ▁he 0.1893 ▁in 0.1984 ▁Timmy 0.2471 ▁Tim 0.2824 ▁she 2.064 ▁her 2.06 ▁a 0.5159 ▁B 0.5337 ▁Lily 1.854 ▁L 1.608 ▁the 0.6569 ▁T 0.7087 ▁we 1.358 ▁li 0.7517 ▁l 1.246 ▁that 1.223 ▁h 0.8196 ▁and 0.8244 ▁p 1.212 ▁S 0.8308 ▁saw 0.8309 ▁c 1.201 ▁w 1.178 ▁do 1.16 ▁d 1.16 ▁it 1.152 ▁r 1.147 ▁b 0.8854 ▁g 1.116',
        'quotation=outside\t,\t▁I 0.05818 ▁little 0.1211 ▁we 0.173 ▁that 0.1792 ▁do 0.1811 ▁l 0.3688 ▁th 0.4485 ▁p 0.5078 ▁m 0.5325 ▁c 0.538 ▁for 0.5466 ▁M 0.5657 ▁it 0.5768 ▁n 0.6118 ▁d 0.6649 ▁k 0.8069 ▁Tim 0.8093 ▁there 1.232 ▁she 1.229 ▁g 0.8141 ▁her 1.213 ▁w 0.826 ▁B 0.8286 ▁saw 1.207 ▁he 1.201 ▁in 1.198 ▁b 0.8432 ▁a 1.185 ▁and 1.179 ▁the 1.174 ▁so 1.167 ▁r 1.162 ▁Lily 0.865 ▁be 0.87 ▁T 0.8725 ▁L 0.8731 ▁li 1.143 ▁e 1.142 ▁st 0.8878 ▁t 0.9048',
        'pronoun=none\t.\t<s> 0.05827 ▁Timmy 3.122 ▁Lily 0.3417 ▁L 0.3599 ▁She 2.346 ▁One 1.991 ▁Tim 1.751 ▁ 0.5847 ▁T 1.673 ▁M 1.493 ▁I 0.7258 ▁B 0.8142 ▁S 0.8793',
        'tense=past\t▁was\t▁a 0.4197 . 1.232 ▁to 1.23 ▁so 1.229 ▁time 1.229 ▁n 1.222 ▁st 1.219 ▁s 1.219 ▁be 1.218 n 1.218 ▁b 1.217 ▁big 1.217 ▁p 1.217 ▁the 1.216 , 1.213 ▁g 1.212 ▁very 1.211 ▁e 1.21 ▁h 1.209 ▁t 1.209 ▁for 1.208 ▁ne 1.208 ▁m 1.208 ▁c 1.207 ▁up 1.206 ▁lo 1.205 ▁in 1.205 ▁ 1.205 ▁k 1.205 ▁and 1.204 ▁her 1.203 ▁do 1.203 ▁he 1.202 ▁d 1.202 ▁f 1.2 ▁w 1.2 ▁l 1.199 ▁there 1.198 he 1.197 ▁on 1.192 ▁li 1.186 ▁th 1.185 ▁r 1.184 ▁play 1.14 ▁wa 1.137',
        'pronoun=none\tir\tt 0.1625 , 0.1926 ▁and 0.2056 . 0.2173 r 0.2343 ed 0.2578 ▁ne 0.2739 ▁ 0.2985 ▁wa 0.305 ▁a 0.3371 ▁p 0.3467 ▁the 0.3494 ▁he 0.3559 ▁f 0.3659 st 0.3691 ▁m 0.3741 ▁s 0.3793 ▁c 0.3936 ▁e 0.3939 ▁l 0.3977 s 0.4034 ▁w 0.4139 ▁t 0.4195 ▁b 0.4296 ▁be 0.4324 ▁d 0.4468 l 2.224 ▁g 0.4531 ▁h 0.4747 i 0.4765 ▁with 0.5191 ▁k 0.5946 ▁r 0.6498 ▁big 0.6505 a 0.6929 ▁was 0.7836 ▁to 0.8045 ▁do 0.8895',
        'pronoun=none\t▁time\t▁to 0.02242 ▁for 0.03078 . 0.06074 ▁a 0.08718 ▁and 0.1082 s 0.1189 ▁play 0.1243 ▁he 0.1533 ▁she 0.1782 ▁with 0.1841 ▁e 0.2325 ▁in 0.2821 ▁the 0.3178 ▁on 0.349 ▁g 0.409 ▁there 1.246 , 1.214',
        'pronoun=female\t. ▁She\t▁lo 0.114 ▁li 0.5768 ▁had 0.5845 ▁p 1.275 ▁want 1.272 ▁f 1.272 ▁a 1.268 ▁l 1.252 ▁th 1.25 ▁k 1.24 ▁g 1.239 ▁st 1.238 ▁d 1.233 ▁c 1.231 ▁wa 1.229 ▁m 1.228 ▁r 1.228 ▁h 1.225 ▁to 1.222 ▁t 1.218 ▁saw 1.216 ▁play 1.215 ▁s 1.214 ▁b 1.214 ▁e 1.207 ▁w 1.205 ▁ 1.201 ▁for 1.183 ▁be 1.182 ▁n 1.178 ▁ne 1.17 ▁he 1.162 ▁was 1.145 ▁do 1.124 ▁and 1.119',
        'pronoun=female/it\t▁to\t▁her 2.252 ▁play 0.4772 ▁Lily 1.984 o 1.782 ▁be 1.621 ▁wa 0.6409 ▁do 1.494 ▁we 0.6882 ▁d 0.6914 ▁n 1.406 ▁e 0.7143 ▁r 0.7267 ▁Tim 0.7637 ▁to 0.7697 ▁it 1.292 ▁g 1.277 ▁ne 1.251 ▁w 0.8163 ▁h 0.8258 ▁p 0.8281 ▁l 1.204 ld 0.8377 ▁M 1.19 ▁a 1.179 ▁b 0.8554 . 1.169 ▁m 1.156 ▁k 0.872 ▁the 0.8759 ▁T 1.138 ▁c 0.8907 ▁f 0.8953 ▁st 0.8995',
        'pronoun=female\ts\t▁time 0.1498 ▁named 0.2249 ▁n 0.455 ▁he 0.494 ▁very 0.4945 ▁so 0.6258 ▁li 0.6416 ▁she 1.523 ▁ 0.6585 ▁her 1.503 ▁Lily 1.381 ▁we 0.7754 ▁h 0.7943 ▁the 0.8008 id 1.226 ▁up 1.225 ▁f 0.817 ▁m 0.823 ▁ne 0.8457 ▁a 0.8502 ▁with 1.168 ▁b 0.8639 ▁be 0.8666 ▁wa 0.8698 s 1.137 h 1.136 ▁in 1.133 ▁and 1.128 k 1.122 ▁on 1.122 ▁saw 0.8914 ▁st 0.8969 ▁s 0.9008 o 1.108 u 0.9024',
        'quotation=outside\t▁it\t▁ 0.6685 ▁so 0.801 ▁for 0.8165 ▁was 1.198 ▁had 1.19 ▁saw 1.187 ▁st 1.185 s 1.165 ▁li 0.8918 ▁d 1.12 ▁r 1.117 ▁on 1.102 ▁up 1.101',
        'quotation=outside\t▁play\t▁m 0.5557 ▁it 0.5942 ▁s 0.6689 ▁to 0.6928 ▁for 0.7677 ▁the 0.7919 ▁a 0.8089 ▁c 0.8468 ed 1.146 ▁ 1.115 ▁with 0.9018',
        'pronoun=female\t▁she\te 0.4587 l 0.5898 ▁e 0.8307 ▁saw 1.156 ▁f 1.119',
        'tense=past\tout s\t. 0.1804',
        'pronoun=female/it\tig h\t▁for 2.273 . 1.801 s 1.695 , 1.441 ▁it 0.7282 ▁to 1.295 ▁the 0.8111 ▁that 1.217 ▁and 1.18 ▁t 0.8518 t 0.8721 ▁up 1.138 ▁he 0.8861 ▁s 0.8946 ▁n 1.111',
    ],
}
START = [0, 82, 86, 3]  # the text's first words, as positions in VOCAB
LENGTH = 62


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
