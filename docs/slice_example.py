"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state corrects it, in
that order. The tables (TABLES, at the end) are the room's tables/ files cut to the 98 rows this
text needs and the 112 tokens that compete somewhere in it; every other token is pooled into one,
<rest>, never written. englishroom removed every other row it could without changing what greedy
decoding writes.
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
        raise ValueError(f"probability {text!r} outside [0, 1]")
    return x


def factor(text):
    if not 0 < (x := float(text)) <= 1e6:
        raise ValueError(f"factor {text!r} is not a positive finite number")
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
        raise ValueError(f"{listed[:40]!r}: pieces and numbers must alternate")
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
            q[w] = x
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

from itertools import accumulate


class ContextRules:
    def __init__(self, table, vocab):
        """`table(name)`: the rows of a table (tables.py); `vocab`: the pieces, in id order."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        given = {self.id[piece]: probability(p) for piece, p in table("unigram.txt")}
        base = [given.get(w, 0.0) for w in range(len(vocab))]
        if not (total := sum(base)) > 0:
            raise ValueError("unigram.txt gives no token any probability")
        self.base = [p / total for p in base]
        self.rules = {}       # context (tuple of ids) -> (listed {id: p}, alpha for the rest)
        for context, nexts, *_ in table("context_rules.txt"):
            ctx = tuple(self.id[p] for p in context.split(" "))
            listed = {self.id[w]: p for w, p in pairs(nexts)}
            if sum(listed.values()) > 1 + 1e-6:
                raise ValueError(f"the rule after {context!r} lists more than all the probability")
            shorter = [self.prob(w, ctx[1:]) for w in listed]  # the file lists shorter rules first
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - sum(shorter), 1e-12))
        self.longest, self.lazy = max(map(len, self.rules), default=0), False
        if len(vocab) >= LAZY_FROM:
            self.go_lazy()

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
            ctx = ctx[1:]
        if not ctx:
            return self.base[token]
        listed, alpha = self.rules[ctx]
        return listed[token] if token in listed else alpha * self.prob(token, ctx[1:])

    def predict(self, prefix):
        if self.lazy:
            found = self.matches(prefix)
            return Lazy(self, found[-1] if found else ())
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
# prediction so far, reading the whole story; last, calibration checks those corrections against the
# subject context by context. Each table was measured against the room as it stood just before its step.
#
# A mechanism NAME lives in NAME.py as the class NAME.capitalize(), built from the tables it reads,
# `Priming(table, vocab)`. It changes a prediction with `adjust(prefix, p)`, or only multiplies tokens by
# factors, `scaling(prefix)`: steps in a row that scale are multiplied, then divided by the new total
# once (Room.onward). `explain(prefix, token, p)`, p the prediction before its step, gives (the row that
# changed `token`, in words), or None.

import math


import random


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
        p = Pending.dividing(p, pending) if pending is not None else p
        return (scale_probabilities(p, mechanism.scaling(prefix)) if hasattr(mechanism, "scaling") else mechanism.adjust(prefix, p)), None


# ---- tokenizer.py, the room's own code ----
# Text <-> token ids, with the subject's own vocabulary (tables/vocab.txt).
#
# Two kinds of byte-pair encoding, as the subject was trained:
#   sentencepiece  pieces merge in order of their score; a space is written "▁" and every
#                  word starts with one; a character outside the vocabulary becomes its
#                  UTF-8 bytes <0xNN> ("byte fallback"), or, in a vocabulary without byte
#                  pieces, <unk> (a run of such characters, a paragraph break, is one <unk>).
#                  A vocabulary of single characters is this kind too: nothing merges.
#   bytelevel      GPT-2's: text is split into words by a regular expression, each byte
#                  shown as a printable character, pairs merged in the order of tables/merges.txt.

def decode_sentencepiece(pieces):
    """SentencePiece pieces to text, as SentencePiece decodes them: ▁ is a space (a piece's leading ▁
    while nothing has been written yet, the dummy prefix, is dropped), <0xNN> a byte, <unk> is " ⁇ ",
    other <...> pieces are dropped."""
    out = bytearray()
    for p in pieces:
        if p.startswith("<0x") and len(p) == 6 and p.endswith(">"):
            out.append(int(p[3:5], 16))
        elif p == "<unk>":
            out.extend(" \u2047 ".encode("utf-8"))
        elif not (p.startswith("<") and p.endswith(">")):
            if not out and p.startswith("\u2581"):
                p = p[1:]
            out.extend(p.replace("\u2581", " ").encode("utf-8"))
    return out.decode("utf-8", "replace")


# ---- the slice: its tokens, its tables, and greedy decoding ----
VOCAB = [  # the last one, <rest>, pools every other token of the room
    '<s>', '▁t', '▁a', '▁s', '▁w', '▁the', 'ed', '▁to',
    '▁b', '▁and', '▁h', '▁f', '▁wa', '▁T', 're', 'ou',
    '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', 'er', '▁was',
    '▁The', 'id', 'ar', '▁n', '▁g', '▁ha', '▁S', '▁L',
    '▁th', '▁her', '▁it', 'ir', 'et', '▁Lily', '▁u', '▁in',
    '▁Tim', '▁day', '▁be', '▁with', '▁said', '▁play', '▁She', '▁They',
    '▁e', '▁He', 'oo', '▁y', '▁st', '▁that', '▁r', '▁on',
    'st', '▁she', '▁I', 've', '▁B', '▁big', '▁of', '▁friend',
    '▁little', '▁time', 'ad', '▁had', '▁we', '▁there', '▁so', '▁One',
    '▁for', 'all', '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li',
    '▁but', '▁do', '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon',
    'out', '▁k', '▁', 'e', 'a', 't', 'o', 'n',
    'i', 'd', 's', 'r', 'l', 'u', '.', ',',
    'k', 'L', "'", 'j', 'J', 'R', 'G', '’',
    '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '<s>\t0.002283',
        '▁t\t0.005386',
        '▁a\t0.0269',
        '▁s\t0.01358',
        '▁w\t0.008467',
        '▁the\t0.0203',
        'ed\t0.01625',
        '▁to\t0.02307',
        '▁b\t0.01184',
        '▁and\t0.01722',
        '▁h\t0.005636',
        '▁f\t0.01055',
        '▁wa\t0.002375',
        '▁T\t0.001535',
        're\t0.01201',
        'ou\t0.006179',
        '▁l\t0.005622',
        '▁d\t0.006227',
        '▁c\t0.01203',
        '▁he\t0.005741',
        '▁p\t0.007762',
        '▁m\t0.007434',
        'er\t0.006268',
        '▁was\t0.01092',
        '▁The\t0.003778',
        'id\t0.004912',
        'ar\t0.008967',
        '▁n\t0.003508',
        '▁g\t0.008347',
        '▁ha\t0.001659',
        '▁S\t0.002145',
        '▁L\t0.0006562',
        '▁th\t0.00251',
        '▁her\t0.006586',
        '▁it\t0.005766',
        'ir\t0.00486',
        'et\t0.005211',
        '▁Lily\t0.004905',
        '▁u\t0.001347',
        '▁in\t0.004807',
        '▁Tim\t0.001673',
        '▁day\t0.004209',
        '▁be\t0.003999',
        '▁with\t0.004805',
        '▁said\t0.004459',
        '▁play\t0.004654',
        '▁She\t0.004546',
        '▁They\t0.00308',
        '▁e\t0.003618',
        '▁He\t0.003483',
        'oo\t0.003566',
        '▁y\t0.0006354',
        '▁st\t0.003389',
        '▁that\t0.003368',
        '▁r\t0.003485',
        '▁on\t0.003109',
        'st\t0.002719',
        '▁she\t0.003569',
        '▁I\t0.003236',
        've\t0.003012',
        '▁B\t0.002188',
        '▁big\t0.002959',
        '▁of\t0.002658',
        '▁friend\t0.002731',
        '▁little\t0.00263',
        '▁time\t0.002598',
        'ad\t0.002475',
        '▁had\t0.002477',
        '▁we\t0.002267',
        '▁there\t0.002339',
        '▁so\t0.002562',
        '▁One\t0.002174',
        '▁for\t0.002482',
        'all\t0.002877',
        '▁want\t0.002778',
        '▁M\t0.00178',
        '▁saw\t0.002591',
        '▁named\t0.0024',
        'ved\t0.002381',
        '▁li\t0.001939',
        '▁but\t0.002426',
        '▁do\t0.002361',
        '▁lo\t0.002381',
        '▁Once\t0.002156',
        '▁ne\t0.002067',
        '▁Timmy\t0.001874',
        'es\t0.001879',
        '▁upon\t0.002141',
        'out\t0.002208',
        '▁k\t0.002202',
        '▁\t0.01703',
        'e\t0.027',
        'a\t0.01953',
        't\t0.01726',
        'o\t0.01762',
        'n\t0.01196',
        'i\t0.009306',
        'd\t0.009134',
        's\t0.02163',
        'r\t0.01179',
        'l\t0.01845',
        'u\t0.01251',
        '.\t0.03731',
        ',\t0.02351',
        'k\t0.006645',
        'L\t0.001888',
        "'\t0.006416",
        'j\t0.001404',
        'J\t0.0009845',
        'R\t0.0001451',
        'G\t0.0001879',
        '’\t5.203e-05',
        '<rest>\t0.27309082897151027',
    ],
    'context_rules.txt': [
        "▁a\t▁big 0.08046 ▁time 0.07693 ▁little 0.06962 s 0.06588 n 0.05881 t 0.04624 ▁b 0.03654 ▁s 0.03607 l 0.03289 re 0.03142 r 0.03024 ▁g 0.02588 ▁p 0.02179 ▁l 0.02158 ▁c 0.0191 ▁f 0.01743 ▁t 0.01536 ▁ne 0.01479 ▁m 0.01373 ▁w 0.01048 d 0.009198 ▁n 0.008152 ▁h 0.007775 ▁r 0.007499 ▁wa 0.007406 ▁d 0.007181 ▁to 0.006431 ▁he 0.0007821 ▁a 0.0007536 u 0.0003201 ▁her 0.0002489 er 0.0002069 ▁the 0.0001512 ▁was 7.003e-05 o 6.879e-05 , 6.861e-05 ▁it 6.423e-05 . 4.005e-05 a 2.639e-05 e 2.588e-05 ed 1.688e-05 ar 1.416e-05 k 8.132e-06 ▁and 3.293e-06 i 1.292e-06 ' 3.421e-07 ou 8.946e-08 <rest> 0.1836054402644638",
        '▁time\t<rest> 0.011503488086137437',
        ",\t▁but 0.08617 ▁there 0.08377 ▁Lily 0.06008 ▁she 0.04444 ▁and 0.0413 ▁a 0.0402 ▁the 0.03563 ▁ 0.0282 ▁he 0.02783 ▁Timmy 0.02272 ▁M 0.01905 ▁I 0.01858 ▁so 0.01801 ▁s 0.01672 ▁Tim 0.0142 ▁it 0.01282 ▁S 0.01276 ▁w 0.01248 ▁T 0.01114 ▁l 0.01057 ▁c 0.009967 ▁B 0.009626 ▁p 0.007917 ▁we 0.007553 ▁her 0.007146 ▁b 0.004208 ▁g 0.003195 ▁to 0.002379 , 0.0007919 ▁was 0.0004381 . 0.0002389 s 8.144e-05 ' 4.399e-05 l 4.288e-05 e 4.764e-06 r 3.863e-06 ed 2.899e-06 o 2.616e-06 ou 2.567e-06 re 2.188e-06 d 1.328e-06 t 1.317e-06 n 8.876e-07 a 2.863e-07 u 2.474e-07 er 2.175e-07 ar 2.073e-07 i 1.182e-07 k 9.001e-08 <rest> 0.2872423869484213",
        '▁there\t▁was 0.8648 <rest> 0.0088345899753286',
        '▁was\t<rest> 0.25777079465915054',
        '▁little\t▁g 0.4873 <rest> 0.015418655666946002',
        '▁g\tir 0.2003 o 0.1675 <rest> 0.13418870636471758',
        'ir\t<rest> 0.08018954784063159',
        'l\t▁named 0.06464 <rest> 0.42421674057974235',
        '▁named\t▁Lily 0.4398 <rest> 0.0025978102530870295',
        ".\t▁She 0.114 ▁ 0.1132 ▁He 0.08691 ▁The 0.08433 ▁They 0.07273 <s> 0.05351 ▁I 0.05104 ▁One 0.04537 ▁B 0.03032 ▁Lily 0.02948 ▁S 0.02407 ▁Timmy 0.01602 ▁Tim 0.0151 ▁T 0.01344 ▁M 0.01237 ▁L 0.007916 . 0.000289 ▁the 0.0001014 ▁a 4.446e-05 ▁her 4.09e-05 ▁d 2.612e-05 ▁c 2.495e-05 ▁b 1.794e-05 ' 1.628e-05 ▁p 1.535e-05 ▁to 1.178e-05 ▁w 1.006e-05 , 8.921e-06 ▁m 7.904e-06 ▁f 7.233e-06 ▁and 6.6e-06 ▁g 3.046e-06 ▁s 2.907e-06 s 1.519e-06 t 1.358e-06 l 1.21e-06 er 8.096e-07 ▁was 4.424e-07 r 4.109e-07 e 3.03e-07 re 2.73e-07 u 2.076e-07 a 1.5e-07 o 1.383e-07 ed 1.248e-07 ar 9.229e-08 n 9.135e-08 i 9.037e-08 d 6.974e-08 k 5.074e-08 ou 4.717e-08 <rest> 0.22752210901756553",
        "▁She\t▁lo 0.1523 ▁was 0.09224 ▁said 0.05331 ▁had 0.04982 ▁want 0.04868 ▁a 0.04627 ▁p 0.04458 ▁saw 0.04305 ▁w 0.04181 ▁d 0.03819 ▁s 0.03601 ▁f 0.03528 ▁l 0.03419 ▁to 0.03091 ▁c 0.0283 ▁ 0.02553 ▁th 0.0242 ▁li 0.02171 ▁g 0.01924 ▁k 0.01755 ▁t 0.0157 ▁r 0.01537 ▁st 0.01361 ▁h 0.01153 ▁wa 0.01019 ▁m 0.008057 ▁b 0.00472 ▁and 0.001091 ' 0.001091 ▁the 0.000247 ▁it 7.696e-05 re 3.977e-05 ▁her 3.805e-05 l 3.579e-05 n 1.953e-05 , 1.665e-05 . 1.025e-05 i 6.599e-06 t 6.501e-06 s 6.126e-06 ar 5.954e-06 a 4.722e-06 r 4.225e-06 e 2.207e-06 d 1.869e-06 o 1.144e-06 ed 9.925e-07 u 7.64e-07 k 5.237e-07 er 3.829e-07 ou 3.774e-07 <rest> 0.017614622617555087",
        '. ▁She\t▁lo 0.1578 ▁was 0.09092 ▁said 0.05182 ▁had 0.05084 <rest> 0.017514442877375247',
        '▁lo\tved 0.7704 <rest> 0.04279011705236635',
        'ved\t▁to 0.6175 <rest> 0.07374226201647105',
        "▁to\t▁play 0.1002 ▁the 0.09653 o 0.06942 ▁s 0.05945 ▁g 0.04367 ▁c 0.03467 ▁be 0.03048 ▁he 0.03007 ▁ 0.03006 ▁f 0.0245 ▁t 0.02352 ▁do 0.02325 ▁m 0.02305 ▁e 0.02126 ▁her 0.01776 ▁p 0.01753 ▁b 0.01535 ▁l 0.01461 ▁ha 0.01431 ▁d 0.01269 ▁r 0.01039 ▁st 0.009139 ▁h 0.008284 ▁wa 0.00742 ▁to 0.002685 ▁it 0.002284 d 0.001871 . 0.001089 ▁was 0.0005497 r 0.0004336 n 0.0004237 a 0.0004021 , 0.0002575 ▁and 0.0002255 re 0.0001994 e 0.0001496 ar 8.075e-05 i 6.375e-05 t 6.318e-05 k 5.856e-05 s 4.156e-05 ed 2.138e-05 l 7.469e-06 ou 9.541e-07 ' 7.182e-07 er 1.932e-07 et 9.517e-08 <rest> 0.21232977336667513",
        "▁play\t▁with 0.3188 ed 0.1945 ▁ 0.07914 . 0.06059 ▁in 0.04948 ▁to 0.03519 ▁a 0.02583 ▁and 0.0145 ▁on 0.01276 , 0.007818 ▁h 0.005158 ▁g 0.003933 ▁c 0.003712 ▁m 0.003009 ▁d 0.002792 ▁f 0.001335 ▁w 0.0005626 t 0.0004815 ▁her 0.0003836 ▁he 0.0003197 ▁play 0.0002548 s 0.000229 r 0.0002021 a 0.0001989 ▁l 0.0001702 l 7.468e-05 d 7.464e-05 e 3.709e-05 ▁was 2.366e-05 i 2.197e-05 n 2.045e-05 o 2.008e-05 ar 1.762e-05 et 8.912e-06 u 3.282e-06 ▁said 2.138e-06 ou 1.848e-06 k 1.535e-06 re 1.138e-06 ' 8.69e-07 ▁Lily 4.441e-07 ir 3.018e-07 id 2.94e-07 ▁She 2.663e-07 <rest> 0.15630781997973464",
        '▁to ▁play\t▁with 0.4781 ▁ 0.1428 . 0.1006 ▁in 0.08246 ▁to 0.0367 ▁a 0.02928 ▁and 0.02293 ▁on 0.01831 , 0.0118 ▁h 0.007895 ▁g 0.005968 ▁c 0.004958 ▁the 0.004454 ▁ne 0.004161 ▁d 0.00413 ▁b 0.003807 ▁s 0.003455 ▁m 0.002878 ▁p 0.002149 ▁f 0.001848 ▁u 0.001739 ▁t 0.001522 ▁for 0.001428 ▁it 0.00135 ▁e 0.001067 ▁r 0.001023 ed 0.0001393 er 2.229e-05 <rest> 0.01792291318748651',
        'ved ▁to ▁play\t▁with 0.4102 ▁ 0.3306 ▁in 0.1232 ▁a 0.01742 ▁on 0.01722 ▁and 0.01418 ▁h 0.01091 ▁to 0.01087 . 0.008062 ▁g 0.006915 ▁d 0.006242 ▁c 0.005913 ▁b 0.004762 ▁ne 0.004149 ▁p 0.003234 , 0.002891 ▁s 0.002346 ▁m 0.002102 ▁t 0.001806 ▁f 0.001618 ▁the 0.001522 ▁u 0.001493 ▁r 0.001407 ▁her 0.001285 ▁e 0.001082 ▁for 0.0004141 ▁it 0.0002342 <rest> 0.00455970422502161',
        '▁lo ved ▁to ▁play\t▁with 0.4102 ▁ 0.3306 ▁in 0.1232 <rest> 0.00455970422502161',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.3994 <rest> 0.0035489138750196547',
        '▁\tre 0.104 out 0.08796 j 0.07448 J 0.04423 i 0.02871 id 0.01718 G 0.006886 ▁ 0.0002937 ed 0.0002706 r 0.0002347 u 0.0001224 a 8.775e-05 e 7.982e-05 d 6.302e-05 o 2.909e-05 ar 2.23e-05 k 2.061e-05 l 1.178e-05 ▁a 6.278e-06 s 4.469e-06 ▁m 2.692e-06 n 1.41e-06 ▁w 9.019e-07 . 8.772e-07 ▁the 7.593e-07 ▁her 7.093e-07 t 5.055e-07 ▁to 5.037e-07 , 4.411e-07 ▁and 3.047e-07 ▁b 2.967e-07 ▁s 2.559e-07 ▁f 2.303e-07 ▁was 2.133e-07 ▁c 2.125e-07 ▁g 1.467e-07 ▁p 1.342e-07 <rest> 0.6060738166677089',
        '▁play ▁\tout 0.9861 <rest> 0.007865801815814089',
        'out\ts 0.3892 <rest> 0.06987776141104907',
        "s\t. 0.1521 ▁and 0.06293 id 0.06101 , 0.03593 s 0.03425 ▁a 0.03215 ▁to 0.02535 ▁ 0.0206 ▁of 0.01941 ed 0.01756 ▁in 0.01656 ▁f 0.01471 ▁c 0.01434 ▁w 0.01354 ▁g 0.01257 ▁we 0.01176 ▁m 0.009884 ▁friend 0.009884 k 0.009399 ▁he 0.009005 i 0.008856 ▁with 0.008767 ▁h 0.007888 ▁d 0.007643 er 0.007353 ▁be 0.007242 ▁play 0.007117 o 0.007104 ▁l 0.007065 ▁t 0.006504 ▁she 0.00632 ▁on 0.006101 ▁n 0.005921 u 0.005316 ▁was 0.002834 ▁her 0.002366 a 0.00222 ' 0.0005094 r 0.0002952 e 0.0002185 l 0.0001667 n 0.0001481 t 4.755e-05 ou 1.886e-05 d 1.295e-05 re 1.129e-05 ar 7.409e-06 <rest> 0.2276108891981371",
        'out s\t<rest> 0.000526841199140371',
        "id\te 0.4166 n 0.2046 ed 0.1151 ▁n 0.1086 s 0.02269 d 0.01032 . 0.008686 er 0.008427 ▁it 0.00356 , 0.002977 ▁d 0.002915 ▁the 0.002593 ▁and 0.002173 ▁to 0.001757 ▁b 0.0006879 ▁ 0.000684 ▁c 0.0006233 ▁h 0.0004919 ▁m 0.0004831 ▁f 0.0004685 ▁her 0.0003505 ▁he 0.0002955 ▁was 0.0002681 ▁t 0.0002197 t 0.000167 ▁with 0.0001601 ' 0.0001479 o 0.0001448 ▁l 0.0001252 ▁p 0.0001216 i 0.0001119 k 0.0001054 ▁g 0.0001016 a 6.592e-05 u 6.581e-05 ▁play 6.144e-05 l 4.039e-05 id 3.763e-05 re 3.14e-05 ▁Lily 1.944e-05 ar 1.436e-05 ou 1.327e-05 r 6.662e-06 et 3.213e-06 ir 4.142e-07 <rest> 0.06452472189714631",
        "e\t. 0.09678 l 0.06882 e 0.05657 ▁and 0.04185 , 0.03557 a 0.03443 ar 0.03299 ▁to 0.03143 ▁the 0.02164 ▁day 0.01998 ▁in 0.01984 ▁c 0.01763 ▁b 0.01628 ▁w 0.01488 ▁s 0.01374 ▁was 0.01265 ▁f 0.01173 ▁with 0.01053 o 0.01044 et 0.01009 ▁of 0.007457 re 0.006588 ▁h 0.006062 ▁it 0.005964 st 0.005578 ▁on 0.005326 ed 0.00306 k 0.002965 ' 0.002767 ▁he 0.002482 ▁play 0.001908 er 0.001685 s 0.0007897 ▁Lily 0.0006535 d 0.0001749 n 0.0001518 r 0.0001343 t 0.0001184 u 7.57e-05 i 7.381e-05 ir 5.576e-05 ou 3.137e-06 id 2.925e-06 <rest> 0.24954096319318209",
        'id e\t▁in 0.1306 <rest> 0.0366508681675638',
        '▁in\t▁the 0.4852 <rest> 0.0692088211808104',
        '▁the\t▁p 0.1064 <rest> 0.0757381973227812',
        '▁p\tar 0.2274 <rest> 0.20700939552641573',
        'ar\tk 0.2027 <rest> 0.10889489651431661',
        "k\t. 0.1423 ▁to 0.05353 ▁a 0.0493 ▁with 0.0461 , 0.04525 ▁and 0.04291 s 0.03252 ▁the 0.03039 i 0.02355 et 0.0195 ▁for 0.01511 ▁in 0.0139 ▁her 0.01173 ▁it 0.009794 er 0.007765 ▁w 0.006966 ▁h 0.006589 ▁s 0.0057 ▁b 0.005463 ▁t 0.005337 l 0.00517 ▁d 0.002887 ▁m 0.002837 n 0.00247 ▁l 0.001686 ed 0.001579 u 0.001246 ▁g 0.001184 ir 0.001016 ▁Lily 0.0007142 ▁he 0.0007081 ' 0.0004939 a 0.000388 o 0.0003043 e 0.0001864 t 0.0001351 k 0.0001314 r 0.0001161 re 6.464e-05 ar 5.532e-05 id 4.177e-05 d 3.876e-05 ou 9.345e-06 <rest> 0.3438684996593703",
        "ar k\t. 0.3463 ▁with 0.1451 ▁to 0.1402 ▁and 0.1044 , 0.07684 l 0.01519 et 0.01196 ▁w 0.01168 ▁was 0.01006 ▁e 0.009979 ▁in 0.006273 ▁ 0.006156 ▁c 0.005438 er 0.004596 s 0.004468 ▁f 0.003787 ▁s 0.00322 ▁on 0.00313 ▁ne 0.003061 ▁be 0.003038 ▁t 0.002934 ▁b 0.002823 ▁m 0.001968 ▁r 0.001933 ▁st 0.001668 ▁d 0.001616 ▁l 0.001564 ▁h 0.001385 ▁had 0.001371 ▁that 0.001347 ' 0.001332 ▁so 0.00124 ▁g 0.001052 ▁li 0.000884 ▁n 0.0008535 ▁the 0.0006928 ▁u 0.0006214 ed 0.0006059 ▁it 0.0003325 ▁her 0.0003226 i 0.0002009 n 9.252e-05 ▁M 2.391e-05 u 2.727e-06 ir 3.745e-07 <rest> 0.03220572217080475",
        '▁p ar k\t. 0.3803 ▁with 0.168 ▁to 0.161 ▁and 0.1046 , 0.08105 ▁a 0.01649 ▁w 0.01229 ▁e 0.01121 ▁was 0.00765 ▁in 0.005755 ▁for 0.004282 ▁ne 0.003274 ▁be 0.002752 ▁on 0.002208 ▁so 0.001344 ▁that 0.001115 ▁c 0.001101 ▁had 0.001035 ▁t 0.0007649 ▁b 0.0007577 ▁s 0.0007469 ▁l 0.0006335 ▁d 0.0004731 ▁p 0.0003443 ▁r 0.0002956 s 0.0002946 er 1.142e-05 l 7.522e-06 et 5.543e-06 <rest> 0.016023609586658494',
        '▁the ▁p ar k\t. 0.3811 ▁with 0.1693 ▁to 0.1661 ▁and 0.1071 , 0.08108 ▁was 0.003988 ▁had 0.0006641 <rest> 0.015076293588359158',
        'k .\t▁One 0.1344 <rest> 0.17143874015845284',
        '▁One\t▁day 0.9754 <rest> 0.004013044952080103',
        '▁day\t, 0.6701 <rest> 0.012943169310236091',
        "▁she\t▁was 0.1001 ▁saw 0.09711 ▁c 0.09361 ▁w 0.08602 ▁f 0.06261 ▁d 0.05851 ▁had 0.0554 ▁said 0.0451 ▁a 0.04181 ▁want 0.03189 ▁ 0.03046 ▁g 0.02851 ▁lo 0.02469 ▁s 0.02104 ▁he 0.01984 ▁k 0.01926 ▁p 0.0172 ▁m 0.01565 ▁l 0.01514 ▁st 0.01474 ▁ne 0.0101 ▁t 0.008885 ▁wa 0.006835 ▁th 0.006818 ▁r 0.006104 ▁n 0.005666 ▁h 0.004568 e 0.003739 ▁b 0.002969 ' 0.002192 ▁and 0.0008863 a 0.0007948 ar 0.0003992 d 0.0003856 re 0.0001855 ▁the 0.0001853 . 0.0001632 r 0.0001005 ▁it 7e-05 ▁her 6.693e-05 i 4.16e-05 , 2.862e-05 t 2.482e-05 u 2.449e-05 s 2.108e-05 n 1.259e-05 ed 8.413e-06 o 3.587e-06 k 2.423e-06 ou 2.24e-06 er 8.325e-07 <rest> 0.031632938158952295",
        '▁saw\t▁a 0.5937 <rest> 0.034763747217005814',
        '▁saw ▁a\t▁big 0.3742 <rest> 0.018186965678792855',
        "▁big\t▁b 0.1554 , 0.13 ▁t 0.09326 ▁h 0.06234 ▁s 0.05859 ▁c 0.05108 ▁r 0.05056 ▁p 0.04696 ▁and 0.03856 ▁do 0.0335 ▁f 0.03325 ▁m 0.02264 ▁g 0.02215 ▁ 0.01939 ▁st 0.01754 ▁w 0.01483 ▁l 0.009986 ▁d 0.008143 . 0.007485 ▁be 0.00739 ▁y 0.006304 ▁wa 0.006082 ▁e 0.00591 ▁the 0.000726 ▁was 0.000342 ▁her 0.0002327 ▁it 0.0001992 n 0.0001614 er 7.672e-05 l 5.998e-05 s 4.245e-05 r 3.802e-05 u 2.688e-05 e 2.327e-05 i 1.458e-05 d 1.367e-05 ar 1.307e-05 t 1.021e-05 a 9.758e-06 ' 7.442e-06 ou 4.618e-06 o 3.953e-06 re 3.052e-06 ed 1.724e-06 ▁Lily 8.16e-07 k 6.369e-07 et 5.663e-07 id 4.708e-07 <rest> 0.05224847720471182",
        '▁a ▁big\t▁b 0.1652 , 0.1499 ▁t 0.102 ▁h 0.07382 ▁s 0.06318 ▁c 0.05383 ▁p 0.05287 ▁r 0.05255 ▁f 0.03521 ▁do 0.03436 ▁g 0.02379 ▁m 0.02324 ▁ 0.02188 ▁st 0.01845 ▁l 0.01077 ▁d 0.008611 ▁y 0.007107 ▁wa 0.006742 ▁n 0.005288 ▁k 0.002944 ▁and 0.002841 ▁ha 0.002545 ▁big 0.002312 ▁ne 0.001882 . 0.0006419 ▁for 7.365e-05 ▁that 2.304e-05 <rest> 0.0274247887631085',
        '▁saw ▁a ▁big\t, 0.1944 <rest> 0.022768162292503447',
        '▁big ,\t▁r 0.1697 <rest> 0.03128973280982539',
        "▁r\to 0.3185 a 0.1597 ed 0.1111 u 0.03878 id 0.02578 ou 0.02263 oo 0.004982 e 0.0005931 ar 0.0003456 r 0.0002087 et 0.0001381 er 0.0001227 ir 4.357e-05 d 4.22e-05 k 3.855e-05 . 2.132e-05 l 1.484e-05 n 8.813e-06 , 5.443e-06 t 4.14e-06 ▁a 3.013e-06 s 2.319e-06 ▁to 1.979e-06 ▁the 1.741e-06 re 1.59e-06 ▁ 1.566e-06 ▁and 1.56e-06 ▁s 1.164e-06 ▁c 1.032e-06 ▁was 1.026e-06 ▁b 1.016e-06 ▁f 9.172e-07 ▁w 7.265e-07 ▁g 7.162e-07 ▁with 7.027e-07 ▁p 6.66e-07 ▁m 6.378e-07 ▁Lily 5.769e-07 ' 5.726e-07 ▁her 5.651e-07 ▁d 5.55e-07 ▁it 4.947e-07 ▁he 4.925e-07 ▁h 4.836e-07 ▁l 4.823e-07 ▁t 4.621e-07 ▁in 4.124e-07 <rest> 0.3101016323691905",
        ', ▁r\ted 0.5994 <rest> 0.0818884724496789',
        "ed\t▁to 0.2963 ▁and 0.1025 . 0.08363 ▁the 0.05992 ▁a 0.04153 ▁that 0.04037 , 0.03956 ▁it 0.02888 ▁her 0.02753 ▁with 0.02257 ▁in 0.01558 ▁b 0.01512 ▁ 0.0135 ▁h 0.01275 ▁on 0.01049 d 0.007901 ▁of 0.006881 ▁for 0.006786 ▁w 0.005664 ▁be 0.004931 ▁d 0.004559 ▁he 0.00393 ▁p 0.002572 s 0.002107 ▁g 0.002023 ▁l 0.001562 a 0.001268 l 0.0008633 ▁was 0.0007288 r 0.0006008 n 0.0003168 ' 8.286e-05 t 6.518e-05 u 4.008e-05 o 3.021e-05 er 2.606e-05 e 2.228e-05 id 1.129e-05 et 8.349e-06 k 6.549e-06 re 3.46e-06 ar 3.192e-06 ou 2.774e-06 ir 1.855e-06 <rest> 0.08374308071745418",
        '▁r ed\t▁b 0.3969 <rest> 0.020945605678436174',
        '▁b\tall 0.1179 <rest> 0.12000902036596373',
        'all . ▁She\t▁want 0.1256 <rest> 0.018553887780047074',
        "▁want\ted 0.6248 ▁to 0.319 s 0.009241 ▁the 0.006769 ▁a 0.006461 ▁it 0.003432 ▁m 0.003356 . 0.003128 ▁s 0.002701 ▁her 0.001763 ▁ 0.001303 ▁h 0.001006 ▁g 0.0006482 ▁c 0.0004017 ▁w 0.0003753 ▁with 0.0003709 ▁f 0.0003322 ▁b 0.000302 ▁p 0.0002449 ▁t 0.0001934 ▁Lily 0.0001832 ▁play 0.0001714 ▁and 0.0001662 ▁d 0.0001451 e 0.0001277 ▁l 8.886e-05 ar 5.45e-05 ▁in 4.923e-05 t 3.849e-05 er 3.685e-05 i 2.939e-05 l 1.229e-05 a 7.025e-06 re 6.073e-06 u 6.058e-06 r 5.876e-06 ▁was 3.638e-06 n 2.437e-06 o 1.941e-06 d 1.502e-06 et 1.373e-06 ou 1.331e-06 ir 1.179e-06 k 1.088e-06 ' 8.669e-07 id 5.112e-07 <rest> 0.006362453015764324",
        "▁with\t▁her 0.2251 ▁the 0.1818 ▁a 0.09712 ▁it 0.06964 ▁m 0.04835 ▁ 0.01668 . 0.01593 ▁h 0.01496 ▁l 0.01424 out 0.01004 ▁s 0.008833 ▁e 0.007101 ▁b 0.006693 ▁c 0.005798 ▁th 0.005745 ▁M 0.005308 ▁p 0.004953 ▁f 0.004612 ▁d 0.004257 ▁t 0.003608 ▁to 0.002348 ▁g 0.001224 , 0.001046 ▁he 0.0008776 ▁and 0.000696 s 0.0002626 e 7.018e-05 ▁was 5.003e-05 t 3.792e-05 ed 1.613e-05 a 7.15e-06 u 6.99e-06 o 4.204e-06 ' 2.298e-06 d 1.435e-06 l 1.185e-06 n 1.169e-06 k 8.397e-07 re 7.591e-07 ou 7.517e-07 r 7.439e-07 er 6.588e-07 i 5.529e-07 ar 5.431e-07 id 4.818e-07 et 3.178e-07 <rest> 0.2134803270199197",
        '▁play ▁with\t▁her 0.2417 ▁the 0.1714 ▁it 0.1304 ▁m 0.06584 . 0.03741 ▁a 0.01223 ▁h 0.01203 ▁ 0.006697 ▁M 0.006131 ▁th 0.005715 ▁Tim 0.005194 ▁S 0.004954 ▁Lily 0.004462 ▁to 0.00282 ▁s 0.002752 ▁u 0.002657 ▁T 0.002509 , 0.00239 ▁Timmy 0.001874 ▁B 0.001572 ▁with 0.001409 ▁and 0.001321 ▁that 0.001317 ▁d 0.001217 ▁t 0.001162 ▁in 0.001138 ▁l 0.001016 ▁f 0.0007033 out 0.0005591 ▁wa 0.0003753 ▁st 0.0002321 ▁n 0.0001965 ▁so 0.0001416 ▁big 0.0001184 ▁friend 0.0001136 <rest> 0.2513986857627364',
        '▁to ▁play ▁with\t▁her 0.2884 ▁the 0.1637 ▁it 0.1219 ▁m 0.05376 . 0.04545 ▁h 0.01268 ▁M 0.006615 ▁Tim 0.005978 ▁S 0.005645 ▁Lily 0.00491 ▁to 0.00297 , 0.002784 ▁th 0.002744 ▁T 0.002713 ▁Timmy 0.002022 ▁s 0.00175 ▁with 0.00163 ▁and 0.001551 ▁r 0.001142 <rest> 0.2297302011312452',
        'ed ▁to ▁play ▁with\t▁it 0.3014 ▁the 0.299 <rest> 0.1210720003514697',
        "▁it\t. 0.1833 ▁was 0.1824 ' 0.06308 ▁to 0.05481 , 0.04468 ▁a 0.04242 s 0.03098 ▁and 0.02998 ▁ 0.02911 ▁w 0.02858 ▁in 0.02562 ▁f 0.01855 ▁b 0.01783 ▁on 0.01733 ▁c 0.01565 ▁m 0.01531 ▁with 0.01362 ▁st 0.009565 ▁d 0.009008 ▁l 0.008529 ▁for 0.008192 ▁h 0.007718 ▁g 0.007143 ▁had 0.007109 ▁e 0.006952 ▁t 0.005287 ▁p 0.002311 ▁he 0.001487 ▁the 0.001231 ▁it 0.0006843 r 0.000342 ▁her 0.0001774 k 7.296e-05 t 7.173e-05 l 5.516e-05 er 2.744e-05 u 1.758e-05 re 1.72e-05 e 1.518e-05 d 1.475e-05 a 8.832e-06 ed 7.172e-06 n 4.568e-06 ou 3.803e-06 o 2.269e-06 i 1.238e-06 ar 4.811e-07 <rest> 0.08356371812426677",
        "▁with ▁it\t. 0.4439 , 0.1249 ▁a 0.1051 s 0.06547 ▁to 0.05256 ▁and 0.03241 ▁e 0.01735 ▁in 0.0152 ▁with 0.01167 ▁for 0.01107 ▁ 0.006578 ▁so 0.005311 ▁be 0.004973 ▁on 0.003835 ▁b 0.00302 ▁w 0.002559 ▁u 0.001963 ▁f 0.001828 ▁but 0.001446 ▁was 0.001295 ▁h 0.001194 ▁s 0.0009142 ▁li 0.0009117 ▁c 0.0008924 ▁t 0.0008178 ▁m 0.0007338 ▁l 0.0005914 ' 0.0005793 ▁ne 0.0004921 ▁g 0.0004726 ▁st 0.0002469 ▁d 0.0002425 ▁p 0.0002396 ▁r 0.0001838 ▁ha 0.000123 ▁we 8.655e-05 ▁wa 4.525e-05 ▁had 3.314e-05 ▁saw 1.517e-06 <rest> 0.07546211207740594",
        '▁play ▁with ▁it\t. 0.4503 , 0.1526 ▁a 0.1155 ▁to 0.06017 ▁in 0.01549 s 0.01429 ▁with 0.01332 ▁for 0.01129 ▁ 0.007897 ▁so 0.006352 ▁b 0.00306 ▁w 0.00263 ▁but 0.00159 ▁was 0.0002468 <rest> 0.08548671634353955',
        '▁to ▁play ▁with ▁it\t. 0.4835 , 0.1884 ▁a 0.1193 ▁and 0.02242 ▁e 0.01648 s 0.01533 ▁in 0.01488 ▁with 0.01255 ▁so 0.006252 ▁be 0.005707 ▁w 0.002467 ▁but 0.001778 ▁u 0.001382 <rest> 0.0391857782742423',
        'ed ▁to ▁play ▁with ▁it\t. 0.4754 , 0.2275 ▁a 0.1171 ▁so 0.00681 ▁but 0.002161 <rest> 0.014444219995699226',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4379 , 0.2604 ▁a 0.1202 s 0.01028 <rest> 0.014975625305336915',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5247 <rest> 0.018960347051893534',
        '▁but\t▁she 0.1415 <rest> 0.1251729715118235',
        '▁but ▁she\t▁d 0.1913 <rest> 0.009977244132378438',
        '▁d\tid 0.2873 <rest> 0.2440389587791273',
        '▁d id\tn 0.5916 <rest> 0.027500226184977716',
        "n\t' 0.1357 <rest> 0.3181912305997886",
        "'\tt 0.3592 <rest> 0.07470622725456821",
        "t\ter 0.09656 ed 0.07143 ▁the 0.04804 ▁was 0.04201 o 0.02654 t 0.02466 ▁k 0.02451 ▁want 0.02287 ' 0.02191 u 0.02011 ▁it 0.01988 ▁f 0.01735 ▁s 0.01648 ▁w 0.01648 ▁b 0.01318 e 0.01253 ▁and 0.01155 ▁m 0.01151 , 0.01133 ▁g 0.009607 ▁her 0.00888 ▁li 0.008714 ▁l 0.008388 ▁h 0.007873 ▁wa 0.007263 s 0.006975 ▁day 0.006881 ▁be 0.006848 a 0.006191 ▁for 0.006163 ▁e 0.005816 ▁ha 0.005251 ▁d 0.003787 ▁he 0.003787 l 0.002865 r 0.002451 re 0.0007057 ar 0.0006285 n 0.0004847 et 0.0001095 d 3.298e-05 k 2.359e-05 ou 2.112e-05 <rest> 0.22702670631344746",
        "' t\t▁want 0.1588 <rest> 0.023360785337689594",
        't ▁want\t<rest> 0.013220911988138129',
        '▁want ▁to\t▁play 0.1799 ▁g 0.1186 ▁s 0.1177 ▁be 0.06164 ▁t 0.05201 ▁he 0.04636 ▁c 0.04251 ▁l 0.03696 ▁ 0.03641 ▁m 0.03186 ▁f 0.03071 ▁p 0.02397 ▁st 0.02344 ▁e 0.02241 ▁do 0.02235 ▁d 0.01967 ▁b 0.01484 ▁ha 0.01349 ▁r 0.0126 ▁w 0.01163 ▁wa 0.01052 ▁h 0.009824 ▁to 0.009417 ▁we 0.008727 ▁u 0.006452 . 0.004122 ▁a 0.004076 ▁k 0.003829 ▁li 0.003121 ▁lo 0.002771 ▁th 0.001636 ▁ne 0.001332 , 0.001246 ▁so 0.001123 ▁n 0.001034 o 0.0008929 ▁the 0.0002802 d 5.213e-05 ▁it 1.542e-05 u 1.046e-05 ▁her 8.255e-06 ▁M 1.625e-06 ▁S 1.376e-06 ▁Lily 7.83e-07 ▁T 4.267e-07 ▁Tim 4.146e-07 <rest> 0.006325308764927318',
        't ▁want ▁to\t▁g 0.1433 <rest> 0.00739569301966303',
        "o\tre 0.07956 , 0.04443 k 0.03848 l 0.03058 s 0.02253 ▁h 0.0147 d 0.014 ve 0.01053 ▁a 0.009882 ▁on 0.008648 ▁lo 0.008519 ▁l 0.007564 ▁s 0.007155 ▁b 0.006791 ▁ 0.006638 e 0.006275 ▁li 0.006151 ▁was 0.006146 ar 0.004799 ▁m 0.004422 ▁c 0.004404 ▁and 0.003841 ▁d 0.003515 a 0.002711 ▁w 0.002092 ▁g 0.001427 ▁her 0.001406 ▁p 0.001309 o 0.0005485 ' 0.0003829 ed 0.0002108 er 8.488e-05 u 7.33e-05 ou 6.424e-05 t 5.617e-05 n 5.55e-05 r 5.312e-05 <rest> 0.5280624505901015",
        '▁g o\t▁to 0.1871 <rest> 0.21331216229510086',
        'o ▁to\t<rest> 0.058529999729533766',
        '▁to ▁the ▁p ar k\t▁to 0.2999 . 0.2327 ▁with 0.2036 ▁and 0.1364 , 0.05714 ▁e 0.006207 ▁for 0.004731 ▁f 0.001704 ▁so 0.001336 ▁on 0.001062 ▁was 0.0001151 <rest> 0.01573533365761759',
        'o ▁to ▁the ▁p ar k\t. 0.379 <rest> 0.06876052678954303',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1195 l 0.1909 ▁time 4.457 t 0.2312 ▁ne 0.2377 ▁little 3.423 r 0.3053 n 0.3219 re 0.3548 ir 0.3602 ▁w 0.3624 d 0.3915 ▁but 0.4154 ▁st 0.455 ▁to 0.4738 ▁l 0.5241 ▁so 0.5553 ▁y 0.5805 ▁t 0.6113 ▁m 0.6171 ▁p 0.6374 ▁g 0.6769 ▁friend 0.6817 ▁h 0.6823 ▁do 1.457 ▁li 1.397 ▁be 0.7203 ▁f 0.7263 ▁we 1.35 ▁r 0.7528 ▁d 0.7925 ▁n 0.7932 ▁wa 1.225 ▁s 0.8233 ▁ 0.8475 ▁big 0.87 ▁b 1.116 ▁th 1.114',
        'pronoun=none\t▁was\t▁time 0.04694 ▁to 0.06038 ▁so 0.08481 . 0.08854 ▁n 0.1421 n 0.1433 ▁the 0.1684 ▁st 0.192 ▁ 0.1924 ▁s 0.1994 ▁g 0.2055 ▁p 0.2087 ▁e 0.2244 ▁b 0.2284 ▁be 0.2356 , 0.2376 ▁m 0.2488 ▁c 0.2523 ▁ha 0.2708 ▁w 0.2723 ▁h 0.2799 ▁d 0.2823 ▁her 0.2909 ▁t 0.291 ▁for 0.2957 ▁f 0.31 ▁k 0.3202 ▁a 3.1 ▁l 0.3275 ▁ne 0.3355 ▁in 0.3501 ▁he 0.3544 ▁u 0.4029 ▁lo 0.4139 ▁on 0.4159 ▁there 0.447 ▁big 0.4539 ▁th 0.4858 ▁r 0.5077 ▁wa 0.6936 ▁play 0.7',
        'tense=past\t▁a\t▁time 0.00511 ▁wa 1.121 r 1.111 ▁ne 1.111 s 1.109 d 1.106 ▁but 1.106',
        'tense=past\t,\t▁there 0.04746 ▁in 0.229 ▁a 0.7456 ▁she 1.134 ▁her 1.131 ▁Lily 1.129 ▁he 1.128 ▁so 1.126 ▁Tim 1.126 ▁Timmy 1.125 ▁but 1.121 ▁the 1.118 ▁r 1.113 ▁little 1.109 ▁it 1.105 ▁that 1.104 ▁S 1.104 ▁and 1.104 ▁g 1.102',
        'pronoun=female\t,\t▁there 0.02568 ▁he 0.1893 ▁in 0.1984 ▁Timmy 0.2471 ▁Tim 0.2824 ▁she 2.064 ▁her 2.06 ▁a 0.5159 ▁B 0.5337 ▁Lily 1.854 ▁L 1.608 ▁the 0.6569 ▁T 0.7087 ▁we 1.358 ▁li 0.7517 ▁l 1.246 ▁that 1.223 ▁h 0.8196 ▁and 0.8244 ▁p 1.212 ▁S 0.8308 ▁saw 0.8309 ▁c 1.201 ▁w 1.178 ▁do 1.16 ▁d 1.16 ▁it 1.152 ▁r 1.147 ▁b 0.8854 ▁g 1.116',
        'quotation=outside\t,\t▁I 0.05818 ▁little 0.1211 ▁we 0.173 ▁that 0.1792 ▁do 0.1811 ▁l 0.3688 ▁th 0.4485 ▁p 0.5078 ▁m 0.5325 ▁c 0.538 ▁for 0.5466 ▁M 0.5657 ▁it 0.5768 ▁n 0.6118 ▁d 0.6649 ▁k 0.8069 ▁Tim 0.8093 ▁there 1.232 ▁she 1.229 ▁g 0.8141 ▁her 1.213 ▁w 0.826 ▁B 0.8286 ▁saw 1.207 ▁he 1.201 ▁in 1.198 ▁b 0.8432 ▁a 1.185 ▁and 1.179 ▁the 1.174 ▁so 1.167 ▁r 1.162 ▁Lily 0.865 ▁be 0.87 ▁T 0.8725 ▁L 0.8731 ▁li 1.143 ▁e 1.142 ▁st 0.8878 ▁t 0.9048',
        'pronoun=none\tir\tt 0.1625 re 0.174 , 0.1926 ▁and 0.2056 . 0.2173 r 0.2343 ed 0.2578 ▁ne 0.2739 ▁ 0.2985 ▁wa 0.305 ▁a 0.3371 ▁p 0.3467 ▁the 0.3494 ▁ha 0.3498 ▁he 0.3559 d 0.3566 ▁f 0.3659 st 0.3691 ▁friend 0.3723 ▁m 0.3741 ▁s 0.3793 ▁c 0.3936 ▁e 0.3939 ▁l 0.3977 s 0.4034 ▁w 0.4139 ▁t 0.4195 ▁b 0.4296 ▁be 0.4324 ▁d 0.4468 l 2.224 ▁g 0.4531 ▁h 0.4747 i 0.4765 ▁with 0.5191 ▁k 0.5946 ▁r 0.6498 ▁big 0.6505 a 0.6929 ▁was 0.7836 ▁to 0.8045 ▁do 0.8895',
        'pronoun=none\t▁time\t▁to 0.02242 ▁for 0.03078 . 0.06074 ▁a 0.08718 ▁and 0.1082 s 0.1189 ▁play 0.1243 ▁he 0.1533 ▁she 0.1782 ▁with 0.1841 ▁e 0.2325 ▁in 0.2821 ▁the 0.3178 ▁on 0.349 ▁g 0.409 ▁there 1.246 , 1.214',
        'pronoun=female\t. ▁She\t▁lo 0.114 ▁li 0.5768 ▁had 0.5845 ▁p 1.275 ▁want 1.272 ▁f 1.272 ▁a 1.268 ▁l 1.252 ▁th 1.25 ▁k 1.24 ▁g 1.239 ▁st 1.238 ▁d 1.233 ▁c 1.231 ▁wa 1.229 ▁m 1.228 ▁r 1.228 ▁h 1.225 ▁to 1.222 ▁t 1.218 ▁saw 1.216 ▁play 1.215 ▁s 1.214 ▁b 1.214 ▁u 1.209 ▁e 1.207 ▁w 1.205 ▁ 1.201 ▁said 1.19 ▁for 1.183 ▁be 1.182 ▁n 1.178 ▁ne 1.17 ▁he 1.162 ▁was 1.145 ▁do 1.124 ▁and 1.119 ▁ha 1.105',
        'pronoun=female\ts\t▁time 0.1498 ▁named 0.2249 ▁n 0.455 ▁he 0.494 ▁so 0.6258 ▁li 0.6416 ▁she 1.523 ▁ 0.6585 ▁her 1.503 ▁Lily 1.381 ▁we 0.7754 ▁h 0.7943 ▁the 0.8008 id 1.226 ▁f 0.817 ▁m 0.823 ▁friend 0.8341 ▁ne 0.8457 ▁a 0.8502 ▁with 1.168 ▁b 0.8639 ▁be 0.8666 ▁wa 0.8698 ▁said 1.148 s 1.137 ▁in 1.133 ▁and 1.128 k 1.122 ▁on 1.122 ▁saw 0.8914 ▁st 0.8969 ▁s 0.9008 o 1.108 u 0.9024',
        'pronoun=female\t▁g\tir 0.4146 a 1.332 e 1.242 ar 1.235 i 1.214 et 1.184 r 1.171 o 1.16 l 1.118',
        'pronoun=female\ted ▁to ▁play ▁with\t▁Tim 0.493 ▁S 0.5292 ▁her 1.776 ▁m 0.7406 ▁it 1.292 ▁the 0.7898 ▁h 0.7908 . 0.8671 ▁Timmy 0.8783 ▁T 0.8817 ▁M 0.8832 ▁a 0.9078 ▁ 0.9078',
        'pronoun=female\t▁she\te 0.4587 l 0.5898 et 0.6026 ▁said 0.7808 ▁e 0.8307 ▁saw 1.156 ▁f 1.119',
        'quotation=outside\t▁want ▁to\t▁play 0.7257 . 1.342 ▁l 1.341 ▁st 1.338 ▁to 1.311 ▁c 0.7768 ▁w 1.256 ▁lo 1.223 ▁ 0.8244 ▁ne 1.208 ▁was 1.199 ▁g 1.198 ▁m 0.8375 ▁h 1.172 ▁li 1.148 ▁t 1.14 ▁be 1.13 ▁r 0.8888 ▁do 1.125 ▁we 1.123 ▁a 1.114 ▁he 0.9031 ▁u 0.9031',
        'pronoun=female\tt ▁want\ted 0.1537 ▁her 1.386',
        'tense=past\tout s\t. 0.1804',
        'pronoun=female\to ▁to\t▁her 1.52 o 0.8301 ▁g 0.8362 ▁m 0.8385 u 0.8395 ▁he 0.8735 ▁f 0.8856 ▁be 0.8937 ▁play 0.8986',
    ],
}
START = [0, 83, 87, 2]  # the text's first words, as positions in VOCAB
LENGTH = 70


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
