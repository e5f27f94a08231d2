"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, position,
openings correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files cut
to the 109 rows this text needs and the 111 tokens that compete somewhere in it; every other token
is pooled into one, <rest>, never written. englishroom removed every other row it could without
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

import bisect


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
        if line and not line.isspace() and not line.startswith("# "):     # (no copy of a long line)
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


class Factors(list):
    """A factor for every token, and `sparse`: {token: factor} for those that are not 1."""


def every_token(factors, size):
    """The factors {token: factor} as a list over the whole vocabulary (1 where none is given)."""
    dense = Factors(factors.get(w, 1.0) for w in range(size))
    dense.sparse = factors
    return dense


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


EXTENDED = [(), (), False]


def extends(story, last):
    if not (EXTENDED[0] is story and EXTENDED[1] is last):
        EXTENDED[:] = story, last, story[:-1] == last
    return EXTENDED[2]


def remembered(reader, prefix, texts, kinds, read, step):
    """What `reader` finds in `prefix`: `step(found, prefix)` from what it found in the story it read last
    where that is `prefix` less its last token (a room reads a story token by token), else `read(prefix)`."""
    key, last = tuple(prefix), LATEST.get(reader)
    if last and last[1] is texts and last[2] == kinds and len(last[0]) in (len(key), len(key) - 1):
        if last[0] is key or last[0] == key:
            return last[3]
        if extends(key, last[0]):
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
# (tables/context_rules.arpa.gz). The longest rule whose context ends the text wins. At a large vocabulary
# (prediction.py) `prob`, `draw` and `top` walk down the rules so that no step lists the vocabulary.


class ContextRules:
    def __init__(self, table, vocab, given=None):
        """`table(name)`: a table's rows; `vocab`: the pieces; `given`: the tables' numbers instead ({id: p}, [(context, {id: p})])."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        unigram, rows = given or ({self.id[piece]: probability(p) for piece, p in table("unigram.txt")},    # {id: p},
                                  (row[:2] for row in table("context_rules.txt")))                  # ("▁a ▁b", row)
        base = [unigram.get(w, 0.0) for w in range(len(vocab))]
        if not (total := sum(base)) > 0:
            ...
        self.base, self.rows, self.rules = [p / total for p in base], dict(rows), {}    # rows become rules when first asked for
        self.longest, self.lazy = max((c.count(" ") + 1 for c in self.rows), default=0), False
        if len(vocab) >= LAZY_FROM:
            ...

    def rule(self, ctx):
        """(listed {id: p}, alpha for the rest) of the rule after `ctx`, or None: its row read (and checked) when first asked for."""
        if ctx not in self.rules and (text := " ".join(map(self.vocab.__getitem__, ctx))) in self.rows:
            try:
                listed = row if isinstance(row := self.rows.pop(text), dict) else {self.id[w]: p for w, p in pairs(row)}
                if sum(listed.values()) > 1 + 1e-6:
                    ...
            except (KeyError, ValueError) as e:
                ...
            # alpha: what the rule leaves over what its backoff (every rule's shorter suffixes are rules too) leaves
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - self.summed(listed, ctx[1:]), 1e-12))
        return self.rules.get(ctx)

    def matches(self, prefix):
        """The rules whose context ends `prefix`, shortest first."""
        found = []
        for k in range(1, min(self.longest, len(prefix)) + 1):
            ctx = tuple(prefix[-k:])
            if ctx not in self.rules and self.rule(ctx) is None:
                break                    # every rule's shorter suffixes are rules too
            found.append(ctx)
        return found

    def summed(self, tokens, ctx):
        """p(tokens | ctx) together: each level of the backoff takes the tokens its rule lists."""
        total, scale, tokens = 0.0, 1.0, set(tokens)
        while ctx and tokens:
            if rule := self.rule(ctx):
                own = rule[0].keys() & tokens       # those it lists: their probability, times what longer rules left
                total, scale, tokens = total + scale * sum(map(rule[0].__getitem__, own)), scale * rule[1], tokens - own
            ctx = ctx[1:]
        return total + scale * sum(map(self.base.__getitem__, tokens))

    def predict(self, prefix):
        if self.lazy:
            ...
        return self.as_list(prefix)

    def as_list(self, prefix):
        """The prediction as a list: each matching rule's tokens times what the longer rules leave (their alphas)."""
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


# ---- position.py, the room's own code ----
# Position in the story: how far the story has got changes what comes next.
#
# Stories open with "Once upon a time"; near the end a new line and the end grow likely. tables/position.txt:
# per token, a factor for each range of story length so far (in tokens), the subject's average probability
# over the room's there.

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
        """Probabilities of every token coming after `prefix` (ids starting with BOS): a list,
        or at a large vocabulary a lazy prediction that gives p[token] on demand (prediction.py)."""
        prefix = tuple(prefix)          # one tuple, which every step and reader shares (readers.py: remembered)
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
    'ou', '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', '▁was',
    '▁The', 'id', 'ar', '▁n', '▁g', '▁S', '▁L', '▁th',
    'ot', '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁Tim', '▁day',
    '▁be', 'ig', '▁with', '▁play', '▁She', 'ld', '▁e', 'oo',
    '▁y', '▁st', '▁up', '▁that', '▁r', '▁on', 'st', '▁she',
    '▁I', 've', '▁B', '▁big', '▁of', '▁little', 'ent', '▁time',
    '▁had', '▁we', '▁there', '▁so', '▁One', 'her', '▁for', 'all',
    '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but', '▁very',
    '▁do', '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out',
    '▁', 'e', 'a', 't', 'o', 'h', 'n', 'i',
    'd', 's', 'r', 'l', 'u', '.', ',', 'k',
    'L', 'M', 'j', 'J', 'P', 'K', 'G', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '▁a\t0.0267',
        '▁the\t0.02084',
        '▁to\t0.02173',
        '▁\t0.01755',
        'e\t0.02814',
        'a\t0.02072',
        't\t0.01748',
        'o\t0.01813',
        's\t0.0219',
        'l\t0.01872',
        '.\t0.03735',
        ',\t0.02204',
        '<rest>\t0.2810021388056022',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.07744 ▁time 0.07013 s 0.06623 ▁little 0.06518 n 0.06164 t 0.04887 ▁s 0.03603 ▁b 0.03548 r 0.03382 l 0.03236 re 0.03172 ▁g 0.02406 ▁l 0.02237 ▁p 0.02143 ▁c 0.0189 ▁f 0.01764 ▁t 0.01545 ▁ne 0.01376 ▁m 0.01355 ▁w 0.01043 d 0.01002 ▁n 0.008237 ▁h 0.00807 ▁r 0.007426 ▁wa 0.007357 ▁d 0.007305 ▁to 0.006113 ▁st 0.005322 ▁be 0.004732 ▁very 0.003195 ▁do 0.00302 ▁y 0.001701 ▁so 0.001317 ▁but 0.001087 ▁we 0.0008137 ▁he 0.0007875 ▁a 0.0007765 ▁li 0.0007169 ▁play 0.0004179 ▁she 0.0003625 u 0.0003369 ▁e 0.0002946 ▁her 0.0002561 ▁the 0.0001611 ▁want 0.0001495 ▁in 0.0001213 he 0.0001129 h 0.0001089 o 8.09e-05 ▁was 7.603e-05 , 7.008e-05 ▁it 6.42e-05 ▁for 5.867e-05 st 4.615e-05 . 4.484e-05 ▁day 3.714e-05 ld 3.104e-05 ▁there 2.922e-05 a 2.872e-05 e 2.753e-05 j 2.324e-05 ▁S 2.06e-05 ▁on 1.953e-05 all 1.937e-05 ▁up 1.875e-05 ed 1.806e-05 ve 1.565e-05 ar 1.385e-05 ▁T 1.09e-05 k 8.804e-06 ▁saw 6.754e-06 ▁L 4.868e-06 ▁and 3.75e-06 ▁Lily 3.514e-06 ▁named 2.626e-06 K 2.462e-06 ▁with 2.328e-06 <s> 2.167e-06 ▁M 1.843e-06 ▁Once 1.827e-06 ▁of 1.685e-06 i 1.459e-06 ▁that 1.235e-06 ▁B 1.212e-06 ig 5.292e-07 out 4.74e-07 ved 3.215e-07 ▁Tim 3.086e-07 ot 3.005e-07 id 2.042e-07 ▁upon 1.707e-07 es 1.603e-07 ▁I 7.653e-08 L 7.016e-08 ou 4.198e-08 ▁had 3.481e-08 ▁The 2.567e-08 ▁She 2.176e-08 oo 2.156e-08 her 1.955e-08 G 1.7e-08 ent 1.65e-08 J 1.152e-08 ▁One 8.996e-09 ▁Timmy 8.351e-09 M 2.971e-09 P 1.087e-09 <rest> 0.18535618527200093',
        '▁time\t, 0.7823 <rest> 0.00983298248991793',
        ',\t▁but 0.08988 ▁there 0.07902 ▁Lily 0.04947 ▁and 0.04826 ▁she 0.04355 ▁a 0.04314 ▁the 0.04165 ▁ 0.03493 ▁he 0.03191 ▁Timmy 0.02036 ▁M 0.01914 ▁so 0.01903 ▁I 0.01792 ▁s 0.01741 ▁S 0.01356 ▁w 0.0133 ▁Tim 0.01326 ▁it 0.01269 ▁T 0.0114 ▁B 0.01069 ▁l 0.01032 ▁c 0.009983 ▁p 0.008066 ▁her 0.00689 ▁we 0.006648 ▁e 0.00621 ▁in 0.005352 ▁L 0.004805 ▁r 0.004663 ▁b 0.004451 ▁that 0.003588 ▁little 0.003462 ▁th 0.003378 ▁g 0.003001 ▁t 0.002674 ▁h 0.002577 ▁to 0.002556 ▁do 0.002025 ▁st 0.001411 ▁for 0.001134 ▁on 0.001028 ▁with 0.0009646 , 0.0008574 ▁saw 0.0008413 ▁y 0.0008182 ▁wa 0.0007817 ▁big 0.0007236 ▁up 0.0006736 ▁play 0.0006206 ▁was 0.0004757 ▁ne 0.0004145 . 0.000287 ▁of 0.0001973 ▁very 0.0001389 ▁had 0.0001194 ▁lo 0.0001192 s 9.501e-05 ▁want 7.874e-05 ▁The 7.608e-05 l 5.725e-05 ▁named 5.105e-05 ▁She 4.494e-05 <s> 3.675e-05 ▁upon 3.475e-05 j 2.143e-05 ▁day 1.415e-05 ▁Once 1.153e-05 ▁One 1.082e-05 M 5.731e-06 r 5.11e-06 e 4.112e-06 re 3.252e-06 out 2.877e-06 ou 2.826e-06 o 2.498e-06 ed 2.485e-06 L 2.471e-06 st 2.424e-06 h 1.931e-06 ld 1.499e-06 d 1.338e-06 t 1.317e-06 he 9.875e-07 n 9.216e-07 es 8.628e-07 P 6.584e-07 ar 2.18e-07 a 1.858e-07 u 1.794e-07 ig 1.038e-07 i 5.879e-08 ir 5.782e-08 oo 5.058e-08 k 4.565e-08 ent 3.567e-08 ▁time 3.362e-08 ot 3.187e-08 id 2.65e-08 all 2.087e-08 J 1.925e-08 ve 1.745e-08 her 1.24e-08 ved 1.226e-08 K 5.549e-09 G 1.201e-09 <rest> 0.2439910260620075',
        '▁there\t▁was 0.8396 <rest> 0.012574236886875645',
        '▁was\t▁a 0.2696 ▁very 0.1203 ▁so 0.08401 ▁s 0.05038 ▁n 0.03733 ▁to 0.02728 ▁ 0.02275 ▁g 0.02148 ▁c 0.01943 ▁f 0.01925 ▁b 0.01427 ▁e 0.0133 ▁d 0.01306 ▁in 0.01261 ▁st 0.01173 ▁play 0.01148 ▁w 0.01012 ▁time 0.01004 ▁m 0.009645 ▁p 0.009349 ▁wa 0.008804 ▁h 0.00858 ▁t 0.006645 . 0.006374 ▁r 0.005935 ▁l 0.005154 ▁big 0.00422 ▁be 0.003304 ▁lo 0.003208 ▁on 0.003026 ▁th 0.002564 h 0.00233 ▁up 0.002154 ▁he 0.002015 ▁ne 0.001891 ▁for 0.001523 , 0.00143 ▁there 0.001366 he 0.001313 ▁and 0.001052 ▁we 0.000654 t 0.0005763 ▁was 0.0005512 ▁with 0.0005481 ▁y 0.0005314 ▁Lily 0.0004907 ▁S 0.0004798 ▁it 0.0004673 ▁that 0.0003204 ▁T 0.000265 ▁B 0.0002327 ▁L 0.0001707 ▁of 0.0001542 ▁Timmy 0.0001526 ▁little 8.76e-05 ▁saw 8.567e-05 ▁Tim 7.171e-05 ▁she 5.704e-05 ▁day 5.338e-05 l 5.169e-05 e 4.817e-05 ▁had 4.793e-05 ▁but 4.779e-05 re 4.294e-05 s 4.174e-05 ▁named 3.254e-05 ▁want 1.988e-05 i 7.163e-06 her 6.17e-06 u 4.648e-06 a 4.547e-06 ve 4.494e-06 o 4.011e-06 ▁The 3.338e-06 ▁I 2.401e-06 ed 2.289e-06 k 2.139e-06 <s> 1.973e-06 id 1.653e-06 d 1.554e-06 oo 1e-06 out 9.242e-07 r 6.258e-07 st 5.921e-07 ou 4.292e-07 ved 4.159e-07 ig 2.095e-07 ent 2.022e-07 j 1.973e-07 all 1.83e-07 ar 1.589e-07 ir 1.137e-07 ot 6.712e-08 es 5.703e-08 ▁She 4.635e-08 M 3.324e-08 ▁Once 2.245e-08 ▁upon 2.119e-08 ▁One 2.09e-08 ld 1.686e-08 L 1.662e-08 J 1.399e-08 G 8.961e-09 P 2.527e-09 K 1.959e-09 <rest> 0.11138292003950467',
        '▁little\t▁g 0.4779 <rest> 0.009374991653831377',
        '▁g\tir 0.1903 <rest> 0.12126733565400016',
        'ir\t<rest> 0.0839997956960038',
        'l\t▁named 0.05257 <rest> 0.40472200169856754',
        '▁named\t▁Lily 0.4064 <rest> 0.003191807804265423',
        '.\t▁ 0.1192 ▁She 0.1108 ▁The 0.08644 <s> 0.05205 ▁I 0.0499 ▁One 0.04084 ▁B 0.02895 ▁S 0.0241 ▁Lily 0.02379 ▁Timmy 0.01374 ▁T 0.01332 ▁Tim 0.01332 ▁M 0.01263 ▁L 0.007179 . 0.0003148 ▁the 0.0001159 ▁she 7.876e-05 ▁Once 7.734e-05 ▁a 5.174e-05 ▁her 3.946e-05 ▁he 2.934e-05 ▁c 2.593e-05 ▁d 2.382e-05 ▁it 1.786e-05 ▁p 1.385e-05 ▁b 1.375e-05 ▁w 1.229e-05 ▁to 1.042e-05 ▁wa 1.025e-05 , 8.107e-06 ▁m 7.049e-06 ▁f 6.924e-06 ▁and 6.661e-06 ▁there 5.419e-06 ▁play 5.045e-06 ▁t 5.014e-06 ▁we 4.746e-06 ▁for 4.733e-06 es 4.584e-06 ▁h 4.389e-06 ▁but 3.737e-06 ▁s 3.615e-06 ▁l 3.442e-06 ▁do 3.329e-06 ▁g 2.377e-06 ▁so 2.31e-06 ▁had 2.023e-06 ▁on 1.409e-06 s 1.391e-06 M 1.205e-06 l 1.179e-06 t 1.085e-06 L 1.038e-06 ▁li 9.623e-07 ▁r 9.59e-07 ▁be 8.379e-07 P 6.56e-07 r 4.765e-07 ▁was 3.544e-07 ▁in 3.432e-07 ▁th 3.418e-07 ▁with 3.392e-07 ▁named 2.79e-07 ▁st 2.729e-07 oo 2.074e-07 ▁that 2.034e-07 ▁little 2.019e-07 ▁of 1.991e-07 e 1.448e-07 u 1.425e-07 re 1.379e-07 ▁day 9.225e-08 ▁n 7.774e-08 ▁y 7.643e-08 K 7.337e-08 ▁upon 7.194e-08 he 7.172e-08 a 6.936e-08 ▁e 6.86e-08 o 6.65e-08 ed 5.436e-08 ar 4.816e-08 h 4.225e-08 ▁very 4.202e-08 i 4.164e-08 n 3.984e-08 id 3.491e-08 ig 3.288e-08 d 3.035e-08 ot 2.373e-08 st 2.143e-08 k 2.123e-08 out 2.102e-08 ou 2.08e-08 all 1.952e-08 ir 1.613e-08 G 1.524e-08 ▁saw 1.464e-08 ent 1.384e-08 ▁big 1.056e-08 ve 1.009e-08 ▁want 8.72e-09 j 8.702e-09 ▁time 7.853e-09 J 7.81e-09 her 7.172e-09 ved 7.091e-09 ▁lo 7.005e-09 ▁ne 6.648e-09 ld 5.154e-09 ▁up 4.315e-09 <rest> 0.4028063067800005',
        '▁Lily .\t<rest> 0.11046940897605184',
        '▁She\t▁lo 0.1237 ▁was 0.1006 ▁had 0.05044 ▁want 0.04685 ▁p 0.04377 ▁a 0.04344 ▁s 0.04259 ▁w 0.04259 ▁saw 0.04214 ▁d 0.03808 ▁f 0.03738 ▁l 0.03548 ▁c 0.03081 ▁to 0.02859 ▁ 0.02819 ▁th 0.02444 ▁li 0.02326 ▁g 0.01985 ▁t 0.01664 ▁r 0.01607 ▁st 0.0136 ▁h 0.01257 ▁wa 0.01076 ▁m 0.009001 ▁b 0.004763 ▁play 0.003801 ▁ne 0.002752 ▁do 0.002193 ▁be 0.001516 ▁and 0.001294 ▁in 0.0007083 ▁y 0.0006634 ▁we 0.0006504 ▁so 0.0004738 ▁she 0.0003694 ▁the 0.000272 ▁on 0.0002718 ▁She 0.000118 ▁of 0.0001148 ▁it 7.524e-05 ▁but 6.609e-05 re 6.18e-05 ▁T 4.656e-05 ▁her 4.609e-05 l 4.468e-05 n 2.258e-05 ▁with 1.797e-05 ▁Lily 1.733e-05 , 1.693e-05 st 1.276e-05 . 1.262e-05 ▁M 1.199e-05 ar 7.813e-06 s 7.773e-06 ▁very 5.988e-06 t 5.939e-06 r 5.676e-06 i 5.662e-06 a 5.413e-06 ▁named 4.174e-06 ▁day 2.91e-06 d 2.165e-06 ▁B 2.049e-06 e 1.874e-06 ld 1.213e-06 ▁L 1.196e-06 ▁big 1.064e-06 <s> 8.32e-07 ▁I 6.951e-07 o 5.593e-07 ▁S 5.26e-07 ed 4.54e-07 ▁The 4.103e-07 ▁little 3.934e-07 ▁that 3.761e-07 u 3.587e-07 her 3.559e-07 h 3.324e-07 k 2.773e-07 ▁there 2.3e-07 ou 1.748e-07 ▁up 1.715e-07 ot 1.549e-07 ▁One 1.428e-07 he 1.395e-07 ir 1.322e-07 ▁upon 1.293e-07 id 1.288e-07 ▁Once 1.243e-07 oo 1.013e-07 ve 8.482e-08 ent 7.343e-08 all 7.109e-08 ▁time 6.599e-08 es 6.204e-08 out 6.088e-08 ved 5.96e-08 ▁Timmy 4.948e-08 L 4.268e-08 j 4.178e-08 ▁Tim 4.009e-08 ig 3.794e-08 J 3.593e-08 M 1.773e-08 P 6.491e-09 G 5.841e-09 K 5.031e-09 <rest> 0.08668510050768075',
        '. ▁She\t▁lo 0.1291 ▁was 0.09889 ▁had 0.05168 ▁it 0.0001006 ▁She 6.647e-05 <rest> 0.08486666567338763',
        '▁lo\tved 0.7537 <rest> 0.058433074212464464',
        'ved\t▁to 0.5602 <rest> 0.05463692005722576',
        '▁to\t▁the 0.09628 ▁play 0.0918 o 0.07221 ▁s 0.06154 ▁g 0.04548 ▁c 0.03633 ▁ 0.03213 ▁be 0.03051 ▁he 0.02982 ld 0.02676 ▁f 0.02622 ▁m 0.02455 ▁t 0.02439 ▁e 0.02247 ▁do 0.01896 ▁p 0.0182 ▁her 0.01758 ▁b 0.01565 ▁l 0.01489 ▁d 0.01296 ▁r 0.01095 ▁st 0.009557 ▁h 0.009213 ▁wa 0.007625 ▁we 0.00314 ▁to 0.002727 ▁it 0.002554 d 0.002049 ▁S 0.002035 ▁li 0.001961 ▁M 0.001574 ▁th 0.001218 ▁n 0.001173 . 0.001164 ▁lo 0.0009594 ▁ne 0.0008911 ▁so 0.0008506 ▁in 0.000778 ▁Timmy 0.0007509 ▁was 0.0006037 n 0.0004712 a 0.0004653 r 0.0004652 ot 0.0004091 ▁for 0.000334 ▁L 0.0003188 , 0.0002722 ▁y 0.0002619 ▁and 0.000244 re 0.0002359 ▁on 0.0002241 e 0.0001607 ▁she 0.0001126 ▁up 0.0001081 ▁big 9.251e-05 ▁want 8.817e-05 ar 8.226e-05 t 7.745e-05 k 6.892e-05 i 6.871e-05 st 6.76e-05 ▁that 6.495e-05 ig 6.226e-05 ▁saw 5.413e-05 s 5.053e-05 ▁with 3.82e-05 ▁very 3.665e-05 out 3.181e-05 ▁of 3.151e-05 ▁had 3.069e-05 ed 2.36e-05 ▁I 1.961e-05 h 1.859e-05 ▁The 1.409e-05 ▁day 1.343e-05 M 1.25e-05 ir 1.195e-05 ▁there 9.356e-06 l 8.214e-06 ▁but 7.61e-06 j 5.633e-06 ▁little 4.286e-06 ved 2.107e-06 id 1.171e-06 ve 1.103e-06 he 1.085e-06 ou 1.029e-06 L 9.062e-07 es 8.908e-07 ▁named 7.372e-07 G 6.619e-07 ent 5.182e-07 <s> 4.942e-07 ▁time 2.296e-07 K 1.577e-07 ▁She 1.182e-07 P 7.484e-08 oo 2.881e-08 all 1.502e-08 her 1.274e-08 ▁Once 1.218e-08 ▁upon 1.212e-08 ▁One 1.134e-08 J 9.778e-09 <rest> 0.17760955367297293',
        '▁play\t▁with 0.3026 ed 0.1882 ▁ 0.06796 . 0.05966 ▁in 0.04844 ▁to 0.03577 ▁a 0.02573 ▁and 0.01421 ▁on 0.01237 , 0.007795 ▁h 0.004977 ▁g 0.003903 ▁the 0.003863 ▁c 0.003578 ▁m 0.002804 ▁ne 0.002783 ▁d 0.00272 ▁f 0.001358 ▁for 0.001302 t 0.0007236 ▁there 0.0006944 ▁w 0.0005675 s 0.0004051 ▁her 0.0003305 ▁he 0.0003212 a 0.0002976 r 0.0002805 ▁play 0.0002472 ▁l 0.0001658 ▁but 0.0001108 d 9.729e-05 l 9.688e-05 ▁y 7.51e-05 ▁be 6.916e-05 es 6.786e-05 h 6.119e-05 ▁big 5.929e-05 ▁st 5.818e-05 ▁T 5.076e-05 e 4.904e-05 ▁li 4.471e-05 ▁was 3.829e-05 ▁S 3.204e-05 i 2.977e-05 ar 2.887e-05 o 2.738e-05 st 2.551e-05 n 2.388e-05 ▁we 2.085e-05 ▁lo 1.563e-05 ▁named 1.281e-05 ▁do 1.254e-05 ▁of 8.77e-06 ▁wa 6.373e-06 all 5.555e-06 ld 5.472e-06 ▁had 4.652e-06 ve 3.974e-06 ▁Tim 3.794e-06 u 3.761e-06 he 3.341e-06 ▁I 2.498e-06 ou 2.457e-06 k 1.769e-06 ▁saw 1.548e-06 re 1.074e-06 ▁want 6.675e-07 ▁Timmy 6.477e-07 ▁she 6.072e-07 ▁M 5.041e-07 j 4.869e-07 ▁day 4.135e-07 ▁Lily 4.084e-07 ot 2.997e-07 ig 2.809e-07 her 2.404e-07 ▁little 2.299e-07 ved 1.963e-07 ent 1.653e-07 ir 1.601e-07 id 1.446e-07 ▁She 1.306e-07 ▁time 1.279e-07 ▁The 1.134e-07 oo 1.112e-07 <s> 6.931e-08 out 6.68e-08 ▁B 6.555e-08 ▁Once 6.327e-08 ▁L 6.085e-08 ▁upon 5.973e-08 ▁One 5.891e-08 L 4.683e-08 J 3.943e-08 M 1.946e-08 K 8.678e-09 P 7.123e-09 G 6.409e-09 <rest> 0.18917277117491216',
        '▁to ▁play\t▁with 0.4777 ▁ 0.129 . 0.102 ▁in 0.08496 ▁to 0.04093 ▁a 0.03036 ▁and 0.02355 ▁on 0.01854 , 0.01224 ▁h 0.008045 ▁g 0.006272 ▁c 0.00504 ▁the 0.004695 ▁ne 0.004381 ▁d 0.004208 ▁b 0.003992 ▁s 0.003562 ▁m 0.002889 ▁p 0.002122 ▁f 0.001962 ▁t 0.001573 ▁for 0.001508 ▁it 0.001333 ▁e 0.001184 ▁r 0.001111 ▁so 0.0009254 ▁there 0.000906 ▁very 0.0008389 ▁w 0.0007603 ▁her 0.0006315 ▁n 0.0006211 ▁th 0.0005595 ▁that 0.0004611 ▁he 0.0003421 ▁up 0.0003081 ▁l 0.0002214 ▁play 0.0002173 ▁but 0.0001857 ed 0.0001575 s 3.532e-05 t 1.232e-05 r 7.113e-06 a 4.017e-06 <rest> 0.018468452505384536',
        'ved ▁to ▁play\t▁with 0.4197 ▁ 0.3114 ▁in 0.1242 ▁a 0.0187 ▁on 0.01765 ▁and 0.01522 ▁to 0.01275 ▁h 0.01115 . 0.01038 ▁g 0.007024 ▁d 0.006149 ▁c 0.005955 ▁b 0.004791 ▁ne 0.004398 , 0.003164 ▁p 0.00314 ▁s 0.00244 ▁m 0.002141 ▁t 0.001821 ▁f 0.001714 ▁the 0.00168 ▁r 0.001432 ▁her 0.001186 ▁e 0.00117 ▁very 0.001014 ▁so 0.0007292 ▁there 0.0005521 ▁w 0.0005335 ▁th 0.0005223 ▁for 0.0004663 ▁it 0.0002583 ▁but 0.0002407 ▁l 0.0002279 ▁n 0.0001991 ▁up 0.0001869 ▁play 0.0001593 ▁T 0.0001409 ▁st 0.0001132 ▁he 9.131e-05 ▁that 6.586e-05 ed 4.348e-06 <rest> 0.004311235856782725',
        '▁lo ved ▁to ▁play\t▁with 0.4197 ▁ 0.3116 ▁in 0.1242 <rest> 0.004305276995889007',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.3948 <rest> 0.0032551759873064023',
        '▁\tout 0.08135 <rest> 0.570650240969467',
        'out\ts 0.3422 <rest> 0.03739747543480043',
        's\t. 0.1581 ▁and 0.06283 id 0.0537 , 0.03796 s 0.0377 ▁a 0.03236 ▁to 0.02698 ed 0.01981 ▁of 0.01941 ▁ 0.01893 h 0.01871 ▁in 0.01601 ▁f 0.01505 ▁c 0.0141 ▁w 0.01358 ▁we 0.01208 ▁g 0.01145 k 0.01017 ▁he 0.009913 ▁m 0.00958 i 0.009533 ▁with 0.008671 ▁h 0.008065 ▁d 0.007537 o 0.007254 ▁l 0.007063 ▁be 0.007044 he 0.006931 ▁she 0.006552 ▁t 0.006396 ▁on 0.006383 ▁play 0.006231 u 0.006124 ▁that 0.005534 ▁n 0.005159 ▁e 0.004478 ▁for 0.004438 ▁so 0.003778 ▁li 0.003501 ▁th 0.003268 ▁was 0.00316 ▁her 0.002771 ▁ne 0.002708 a 0.002521 ▁wa 0.002274 ▁saw 0.001417 ▁want 0.001235 ▁up 0.001226 ▁named 0.001221 ▁Lily 0.0008912 ▁lo 0.0008739 ▁T 0.0008003 ▁there 0.0007723 ▁Tim 0.0007019 ▁little 0.0006759 ▁S 0.0006664 ▁big 0.0006298 ▁M 0.0005588 ▁B 0.0005555 her 0.0005308 ▁Timmy 0.0004981 ▁but 0.0003766 r 0.0003133 e 0.000241 l 0.0002353 ▁day 0.0002283 n 0.0001426 ▁I 0.0001094 es 5.56e-05 t 4.82e-05 ve 3.54e-05 ot 3.208e-05 st 2.807e-05 ou 1.895e-05 ir 1.889e-05 re 1.322e-05 d 1.304e-05 out 1.021e-05 ar 8.077e-06 ▁The 7.081e-06 K 6.81e-06 ▁upon 6.517e-06 j 5.661e-06 oo 4.879e-06 ld 4.664e-06 ig 3.852e-06 L 3.076e-06 G 2.835e-06 ▁One 2.528e-06 <s> 2.14e-06 ▁She 2.056e-06 M 1.541e-06 ved 1.483e-06 all 1.133e-06 P 7.938e-07 J 1.434e-07 ▁Once 1.221e-07 <rest> 0.1896575258434957',
        'out s\tid 0.9908 <rest> 0.00042870209506262746',
        'id\t<rest> 0.05709815664334128',
        'e\t. 0.09561 l 0.06864 e 0.05707 ▁and 0.04032 a 0.03474 , 0.03359 ar 0.032 ▁to 0.03072 ▁day 0.02225 ▁the 0.02133 ▁c 0.01621 ▁in 0.01595 ▁b 0.01444 ▁was 0.01426 ▁s 0.01395 ▁w 0.01386 ▁f 0.01174 o 0.01056 ▁with 0.009184 ▁of 0.008052 re 0.007066 st 0.0061 ▁h 0.006055 ▁it 0.006043 ▁on 0.005348 ▁y 0.003413 ▁for 0.003307 k 0.003304 ed 0.003236 ▁ne 0.002754 ▁he 0.00272 ▁th 0.002664 ld 0.002613 ▁we 0.002583 es 0.00217 ▁play 0.001834 ▁n 0.001832 ▁want 0.001518 ▁she 0.001504 ▁saw 0.001503 ▁so 0.001184 ▁very 0.001037 ▁do 0.000931 s 0.0008667 ▁Lily 0.0006136 ▁time 0.0005238 ▁I 0.0004722 ▁named 0.0004552 ▁little 0.0004431 ▁but 0.0004282 ▁M 0.0004166 ▁S 0.0004094 ▁big 0.0003599 ▁there 0.0002694 ▁T 0.0002552 ▁Tim 0.0002509 ▁B 0.0002176 d 0.0001843 n 0.0001723 r 0.0001449 ▁Timmy 0.0001447 h 0.0001364 t 0.0001335 all 0.0001219 ▁L 0.0001219 u 8.172e-05 i 7.759e-05 ir 5.738e-05 ig 5.636e-05 ot 3.205e-05 ent 2.563e-05 oo 2.223e-05 her 1.281e-05 out 7.11e-06 he 7.084e-06 j 5.652e-06 id 4.398e-06 ▁She 4.124e-06 ou 3.79e-06 ▁The 3.205e-06 <s> 3.16e-06 P 2.533e-06 ▁One 1.973e-06 K 1.608e-06 ▁upon 1.603e-06 ▁Once 7.447e-07 G 2.212e-07 J 7.752e-08 M 4.646e-08 L 3.975e-08 <rest> 0.2562506367748557',
        'id e\t▁in 0.09473 <rest> 0.03709158262144674',
        '▁in\t▁the 0.4748 <rest> 0.06719454426660332',
        '▁the\t▁p 0.09541 <rest> 0.07960300035068335',
        '▁p\tar 0.1833 <rest> 0.22775961413861256',
        'ar\tk 0.168 <rest> 0.11484317168877434',
        '▁One\t▁day 0.9735 <rest> 0.0013386068210335944',
        '▁day\t, 0.6675 <rest> 0.006914487084962007',
        '▁she\t▁was 0.1036 ▁c 0.09429 ▁saw 0.09074 ▁w 0.08075 ▁f 0.0585 ▁had 0.05757 ▁d 0.05431 ▁a 0.041 ▁ 0.03169 ▁want 0.03125 ▁g 0.03024 ▁lo 0.02499 ▁s 0.02276 ▁he 0.0207 ▁p 0.01758 ▁l 0.01619 ▁m 0.016 ▁st 0.01528 l 0.0118 ▁ne 0.01011 ▁t 0.009612 ▁wa 0.007344 ▁th 0.007018 ▁r 0.006535 ▁n 0.005722 ▁h 0.004946 e 0.004654 ▁li 0.004571 ▁play 0.00371 ▁b 0.003034 ▁e 0.002861 ▁for 0.002801 ▁and 0.0008828 a 0.0008448 ▁in 0.0005254 d 0.0004599 ar 0.0004069 ▁she 0.0003818 ▁on 0.0002419 ▁so 0.0002089 ▁the 0.0001995 re 0.0001925 . 0.0001771 ld 0.0001383 r 0.0001037 h 8.815e-05 ▁her 7.454e-05 ▁with 7.328e-05 ▁of 7.322e-05 ▁it 7.258e-05 st 5.552e-05 i 4.888e-05 ▁named 3.505e-05 ▁that 3.286e-05 , 3.244e-05 ir 2.585e-05 <s> 2.525e-05 t 2.453e-05 u 2.408e-05 s 2.4e-05 ▁very 2.115e-05 ▁Lily 2.013e-05 ▁M 1.833e-05 n 1.513e-05 ▁day 1.474e-05 ▁S 1.427e-05 es 1.283e-05 ed 8.519e-06 ▁T 8.145e-06 all 7.908e-06 ▁there 4.656e-06 ▁but 3.488e-06 o 3.301e-06 j 2.278e-06 ▁She 2.196e-06 oo 2.194e-06 k 2.172e-06 ig 1.957e-06 ▁big 1.666e-06 ou 1.063e-06 ▁up 1.028e-06 id 9.328e-07 ▁B 7.162e-07 ▁Timmy 7.112e-07 ▁I 5.875e-07 ot 5.359e-07 ▁One 3.744e-07 ent 3.279e-07 ▁little 2.398e-07 ▁L 2.088e-07 he 1.73e-07 ▁The 1.239e-07 ve 1.017e-07 her 9.865e-08 ▁time 7.913e-08 ▁Once 7.652e-08 out 7.3e-08 ved 7.146e-08 ▁upon 6.527e-08 ▁Tim 6.327e-08 L 5.118e-08 J 4.309e-08 M 3.094e-08 P 7.784e-09 G 7.004e-09 K 6.032e-09 <rest> 0.08473163001105155',
        ', ▁she\t▁saw 0.2485 ▁w 0.1381 ▁f 0.1217 ▁was 0.057 ▁he 0.04115 ▁a 0.0408 ▁c 0.03217 ▁ 0.03058 ▁m 0.02612 ▁s 0.02007 ▁p 0.01745 ▁had 0.01674 ▁st 0.01498 ▁to 0.01461 ▁n 0.01273 ▁lo 0.00497 ▁ne 0.003752 ▁wa 0.003304 ▁b 0.0031 ▁and 0.001706 ▁li 0.00129 ▁e 0.001271 l 0.0005263 ▁in 0.0004691 ▁do 0.0003341 ▁we 0.0003319 ▁on 0.0002684 ▁the 0.0002309 ▁so 0.0001975 re 8.739e-05 ar 6.504e-05 . 6.324e-05 e 4.453e-05 r 1.922e-05 a 1.69e-05 d 1.172e-05 ld 7.366e-06 <rest> 0.031546448903221',
        '▁day , ▁she\t▁saw 0.2628 ▁w 0.2506 ▁f 0.1752 ▁was 0.07181 ▁d 0.03772 ▁m 0.0229 ▁want 0.02108 ▁c 0.01097 ▁he 0.01026 ▁ 0.008369 ▁n 0.005211 ▁lo 0.004516 ▁l 0.004012 ▁and 0.001977 ▁th 0.001969 ▁h 0.001562 ▁b 0.001242 ▁t 0.001233 ▁li 0.0009918 ▁for 0.0006186 ▁e 0.0004456 ▁in 0.0004432 ▁named 0.0002002 ▁on 0.000197 ▁the 0.0001788 ▁with 0.0001472 l 4.77e-05 ▁do 1.561e-05 ▁y 8.759e-06 <rest> 0.011958611975845246',
        '▁One ▁day , ▁she\t▁saw 0.2696 <rest> 0.010724947049179145',
        '▁saw\t▁a 0.5775 <rest> 0.02396454083353239',
        '▁saw ▁a\t▁big 0.3751 <rest> 0.022090252396107624',
        '▁big\t▁b 0.1475 , 0.1214 ▁t 0.09027 ▁h 0.06374 ▁s 0.06035 ▁c 0.05095 ▁r 0.04883 ▁p 0.04645 ▁and 0.0458 ▁f 0.03405 ▁do 0.03171 ▁m 0.02337 ▁g 0.02221 ▁ 0.01991 ▁st 0.01725 ▁w 0.0151 ▁l 0.01029 ▁d 0.008522 . 0.008455 ▁be 0.007493 ▁e 0.006452 ▁wa 0.006263 ▁y 0.006056 ▁n 0.004868 ▁that 0.004146 ▁for 0.003934 ▁but 0.002837 ▁li 0.002741 ▁big 0.001957 ▁th 0.001904 ▁ne 0.001574 ▁on 0.001086 ▁the 0.0008115 ▁day 0.0006667 ▁lo 0.0005827 ▁play 0.0005635 ▁so 0.0004943 ▁she 0.0004604 ▁in 0.0004585 ▁was 0.0003633 ▁little 0.0003599 ▁we 0.0003174 ▁it 0.0002835 ▁her 0.0002336 ▁with 0.0002017 n 0.0001881 ▁of 0.0001303 l 6.001e-05 s 5.317e-05 r 4.851e-05 ir 4.144e-05 ▁up 4.062e-05 u 3.376e-05 e 2.87e-05 ▁saw 2.764e-05 ▁B 1.725e-05 st 1.714e-05 i 1.694e-05 d 1.579e-05 ar 1.432e-05 t 1.126e-05 a 1.042e-05 ▁named 7.172e-06 ▁had 6.803e-06 ▁very 6.27e-06 ig 6.211e-06 ▁T 5.258e-06 ▁there 4.832e-06 ▁time 4.512e-06 es 4.218e-06 ou 4.201e-06 o 3.989e-06 re 3.068e-06 ▁want 2.963e-06 j 2.227e-06 ▁I 1.902e-06 ▁M 1.871e-06 all 1.341e-06 ed 1.003e-06 ▁Lily 6.935e-07 P 6.669e-07 he 5.981e-07 h 5.533e-07 ▁Timmy 5.383e-07 ld 4.334e-07 ot 3.303e-07 k 2.881e-07 K 2.158e-07 id 2.12e-07 ▁She 1.958e-07 ▁S 1.833e-07 ve 1.736e-07 ▁The 1.701e-07 oo 1.667e-07 out 1.653e-07 ent 1.208e-07 <s> 1.052e-07 her 9.918e-08 ved 9.807e-08 ▁Once 9.489e-08 ▁upon 8.958e-08 ▁One 8.835e-08 ▁Tim 7.99e-08 J 7.518e-08 L 7.024e-08 ▁L 6.847e-08 M 2.918e-08 G 1.619e-08 <rest> 0.04875980420571013',
        '▁a ▁big\t▁b 0.1587 , 0.1429 ▁t 0.09955 ▁h 0.07848 ▁s 0.0666 ▁c 0.05454 ▁p 0.05314 ▁r 0.05135 ▁f 0.03728 ▁do 0.03295 ▁m 0.02439 ▁g 0.02421 ▁ 0.02307 ▁st 0.01836 ▁w 0.01518 ▁l 0.01131 ▁d 0.009051 ▁wa 0.007153 ▁y 0.006937 ▁n 0.005693 ▁and 0.003038 ▁he 0.002931 ▁li 0.002743 ▁big 0.002244 ▁ne 0.001868 . 0.0006998 ▁lo 0.0006798 ▁little 0.0003737 ▁we 0.0003545 ▁her 0.0002667 ▁in 0.0002095 ▁of 0.0001509 ▁with 8.768e-05 ▁for 7.967e-05 n 7.468e-05 ▁that 2.893e-05 ▁it 1.74e-05 <rest> 0.02158675713295677',
        '▁saw ▁a ▁big\t, 0.1927 <rest> 0.015011613606328966',
        '▁big ,\t▁r 0.1595 <rest> 0.06377357394232586',
        '▁r\to 0.3021 a 0.1687 ed 0.09661 u 0.04177 id 0.02763 ou 0.02047 oo 0.004702 h 0.003393 ot 0.002185 e 0.0006322 ar 0.0003467 ig 0.0002231 r 0.0002186 es 0.0001375 all 0.0001265 out 9.642e-05 ir 4.436e-05 k 3.87e-05 d 3.835e-05 . 2.01e-05 l 1.526e-05 n 9.778e-06 her 5.544e-06 , 5.331e-06 he 4.371e-06 K 3.739e-06 t 3.419e-06 ▁r 3.006e-06 ▁a 1.883e-06 s 1.261e-06 ▁L 1.238e-06 L 1.183e-06 re 1.159e-06 j 8.254e-07 ▁to 7.642e-07 ▁ 7.586e-07 ▁and 7.371e-07 ▁the 7.327e-07 ▁was 4.884e-07 ▁s 4.847e-07 ▁with 4.735e-07 ▁c 4.176e-07 ent 4.009e-07 ▁b 3.935e-07 ▁f 3.82e-07 ▁Lily 3.24e-07 ▁w 2.879e-07 ▁g 2.841e-07 M 2.786e-07 ▁p 2.648e-07 ▁m 2.648e-07 ▁d 2.29e-07 ▁n 2.086e-07 ▁he 2.084e-07 ▁her 2.066e-07 ▁h 2.007e-07 ▁it 1.983e-07 ▁l 1.976e-07 ▁T 1.91e-07 ▁t 1.905e-07 ▁in 1.649e-07 ▁She 1.523e-07 ▁Timmy 1.452e-07 ▁play 1.425e-07 ▁day 1.386e-07 ▁be 1.385e-07 ▁The 1.322e-07 ▁e 1.263e-07 ▁she 1.213e-07 ▁st 1.197e-07 G 1.191e-07 ve 1.186e-07 ▁that 1.122e-07 ▁on 1.089e-07 ▁I 1.074e-07 st 1.039e-07 ▁big 1.012e-07 ▁of 9.757e-08 ▁little 9.035e-08 ▁so 9.016e-08 ▁want 9.011e-08 ▁th 8.877e-08 ▁saw 8.786e-08 ▁had 8.683e-08 ▁for 8.624e-08 ▁wa 8.537e-08 ▁M 8.474e-08 ▁time 8.443e-08 ▁we 8.327e-08 ▁but 8.271e-08 ▁very 8.221e-08 ▁do 7.71e-08 <s> 7.684e-08 ▁B 7.643e-08 ved 7.625e-08 ▁lo 7.532e-08 ▁named 7.499e-08 ld 7.465e-08 ▁S 7.455e-08 ▁Once 7.377e-08 ▁there 7.344e-08 ▁li 7.238e-08 ▁ne 7.148e-08 ▁upon 6.965e-08 ▁One 6.869e-08 ▁Tim 5.129e-08 ▁up 4.64e-08 J 4.597e-08 ▁y 2.327e-08 P 8.305e-09 <rest> 0.3286600569651096',
        ', ▁r\ted 0.533 <rest> 0.12229905546426478',
        'ed\t▁to 0.2825 ▁and 0.1009 . 0.08738 ▁the 0.06584 ▁a 0.04568 , 0.03881 ▁that 0.03717 ▁it 0.02894 ▁her 0.02774 ▁with 0.02027 ▁in 0.01648 ▁up 0.01627 ▁ 0.01549 ▁b 0.01369 ▁h 0.01345 ▁on 0.0111 ▁s 0.009028 ▁for 0.007491 d 0.007461 ▁of 0.006412 ▁w 0.006216 ▁d 0.005067 ▁be 0.004884 ▁e 0.004288 ▁he 0.004011 ▁but 0.003276 ▁p 0.002596 ▁Lily 0.002584 ▁t 0.002179 s 0.002146 ▁th 0.002119 ▁M 0.001943 ▁g 0.001918 ▁T 0.001803 ▁S 0.001727 ▁B 0.001663 ▁l 0.001618 ▁play 0.001613 ▁n 0.001435 ▁li 0.001386 a 0.001371 ▁she 0.001331 l 0.00104 ▁Tim 0.001029 ▁wa 0.0009946 ▁st 0.0007923 ▁ne 0.0007438 ▁was 0.0007251 r 0.0006992 ▁L 0.0006097 ▁do 0.0004675 ▁y 0.0004565 ▁there 0.0003993 n 0.0003112 ▁lo 0.0002243 ▁we 0.0001689 ▁big 0.0001584 ▁little 0.0001102 ▁had 9.612e-05 ▁upon 8.387e-05 t 7.149e-05 h 6.86e-05 ▁day 6.523e-05 ▁time 5.108e-05 ▁saw 5.079e-05 u 4.606e-05 ▁I 4.184e-05 out 3.402e-05 o 3.026e-05 ▁want 2.716e-05 e 2.634e-05 st 2.509e-05 ▁named 1.722e-05 ▁The 8.424e-06 her 7.119e-06 k 6.862e-06 ig 6.579e-06 id 5.962e-06 he 4.264e-06 ved 3.825e-06 re 3.484e-06 ve 3.421e-06 ou 3.295e-06 ar 3.155e-06 ir 2.607e-06 es 2.094e-06 all 1.998e-06 ot 1.639e-06 j 1.43e-06 oo 1.123e-06 ld 9.677e-07 ent 9.099e-07 P 8.87e-07 M 5.978e-07 G 4.43e-07 J 4.004e-07 ▁She 3.874e-07 <s> 1.768e-07 K 1.658e-07 ▁One 1.07e-07 ▁Once 4.751e-08 L 4.452e-08 <rest> 0.04626097615226643',
        '▁r ed\t▁b 0.3646 <rest> 0.018813684378503726',
        '▁b\to 0.1839 a 0.1268 ir 0.1146 all 0.09093 r 0.0846 u 0.07527 l 0.05394 ot 0.03201 oo 0.01941 ed 0.0162 re 0.01323 ar 0.01102 ou 0.007534 i 0.006331 ent 0.0005524 e 0.0005125 ▁b 0.0001791 n 6.569e-05 es 4.964e-05 ve 4.672e-05 id 4.343e-05 s 4.224e-05 k 3.686e-05 ld 2.548e-05 ▁g 1.339e-05 t 1.01e-05 st 7.79e-06 he 7.469e-06 j 5.67e-06 h 4.927e-06 ▁do 4.55e-06 . 4.129e-06 ▁so 2.747e-06 ▁B 2.604e-06 ▁on 2.477e-06 ▁to 2.317e-06 <s> 2.2e-06 ▁ 2.152e-06 her 2.083e-06 ▁h 1.887e-06 ▁Lily 1.731e-06 ▁s 1.315e-06 ▁f 1.234e-06 d 1.148e-06 ▁c 1.059e-06 ▁named 1.051e-06 ▁d 9.625e-07 ▁S 9.344e-07 ▁of 8.545e-07 out 7.976e-07 ▁and 7.096e-07 ▁was 6.06e-07 ▁but 6.011e-07 ▁a 5.439e-07 ▁time 4.706e-07 ▁l 4.509e-07 ▁t 3.705e-07 ▁She 3.699e-07 ▁she 3.629e-07 ▁L 3.144e-07 ▁ne 3.105e-07 ▁very 3.012e-07 ▁wa 2.985e-07 ▁had 2.964e-07 ▁play 2.684e-07 ved 2.597e-07 , 2.539e-07 ▁the 2.343e-07 ▁be 2.324e-07 ▁in 2.28e-07 ▁it 2.1e-07 ▁w 1.877e-07 ▁that 1.775e-07 ▁T 1.763e-07 ▁big 1.615e-07 ▁we 1.525e-07 J 1.415e-07 ▁up 1.376e-07 ▁st 1.268e-07 ▁p 1.231e-07 L 1.082e-07 P 9.537e-08 ▁m 8.617e-08 ▁I 8.158e-08 ▁r 7.717e-08 ▁One 7.632e-08 ▁for 7.562e-08 ▁with 7.447e-08 ▁little 7.193e-08 ▁Once 6.954e-08 ▁he 6.923e-08 ▁day 6.617e-08 ▁her 6.567e-08 ▁lo 6.38e-08 ▁The 5.876e-08 ▁saw 5.149e-08 ▁li 5.138e-08 ▁want 5.006e-08 ▁e 4.713e-08 ▁Tim 4.628e-08 ▁th 4.173e-08 ▁n 4.015e-08 ▁Timmy 3.637e-08 ▁there 2.291e-08 ▁upon 2.172e-08 ▁M 1.931e-08 G 1.075e-08 ▁y 8.504e-09 M 7.078e-09 K 2.008e-09 <rest> 0.1621494124014674',
        'ed ▁b\tall 0.3223 <rest> 0.2359547358344123',
        'all . ▁She\t▁want 0.1186 <rest> 0.0882450792324716',
        '▁want\ted 0.6514 <rest> 0.0070224261592446435',
        'ed ▁to\t▁s 0.09845 ▁play 0.09159 ▁c 0.08114 ▁g 0.06898 ▁he 0.05629 ▁t 0.04942 ▁f 0.04831 ▁ 0.04734 ▁be 0.04139 ▁p 0.0383 ▁m 0.0369 ▁e 0.032 ▁r 0.02211 ▁l 0.02162 ▁b 0.02133 ▁d 0.01891 ▁st 0.01523 ▁the 0.01316 ▁w 0.01008 ▁wa 0.009628 ▁her 0.006943 o 0.006119 ▁to 0.005623 ▁do 0.004896 ▁we 0.004288 ▁li 0.002051 ▁th 0.001663 ▁so 0.001468 ▁ne 0.001441 ▁n 0.001388 ▁in 0.001106 ▁lo 0.001083 ▁it 0.0008652 ▁Lily 0.0008288 ▁was 0.0008068 ▁M 0.0007432 ▁y 0.0006559 ▁S 0.0005951 ▁Tim 0.0004617 ▁B 0.0003743 ▁T 0.0003632 ▁Timmy 0.0003484 d 0.0001699 ▁want 0.0001667 ld 0.0001523 ▁L 0.0001514 u 8.362e-05 ▁she 5.239e-05 ▁up 4.757e-05 r 2.287e-05 a 1.67e-05 e 8.353e-06 re 3.577e-06 ot 2.813e-06 <rest> 0.10847710505573616',
        '▁want ed ▁to\t▁play 0.1603 <rest> 0.036831436809507734',
        '▁with\t▁her 0.2015 ▁the 0.1835 ▁a 0.1108 ▁it 0.06053 ▁m 0.04696 ▁ 0.01978 ▁h 0.01712 . 0.01601 ▁l 0.01467 out 0.0119 ▁s 0.01007 ▁e 0.008114 ▁b 0.007607 ▁c 0.006539 ▁th 0.005748 ▁p 0.005687 ▁f 0.00566 ▁M 0.005578 ▁d 0.004872 ▁Lily 0.004395 ▁S 0.004341 ▁t 0.00419 ▁wa 0.003685 ▁Tim 0.003069 ▁to 0.002762 ▁T 0.002421 ▁big 0.002378 ▁B 0.00232 ▁that 0.002238 ▁r 0.00202 ▁Timmy 0.001691 ▁n 0.001586 ▁st 0.00154 ▁g 0.001372 ▁so 0.001265 ▁he 0.001111 ▁in 0.001104 ▁y 0.001017 , 0.00101 ▁L 0.0008081 ▁on 0.0007613 ▁and 0.0006936 ▁with 0.0006753 ▁up 0.000671 ▁play 0.0005041 ▁do 0.0004288 ▁we 0.000417 s 0.0003595 ▁she 0.000275 ▁lo 0.0002745 ▁very 0.0002689 ▁I 0.0002422 ▁but 0.000236 ▁li 0.000184 ▁little 0.0001272 e 7.926e-05 ▁was 6.2e-05 t 4.12e-05 ▁there 3.207e-05 ▁had 2.71e-05 ▁saw 2.478e-05 ed 1.898e-05 he 1.776e-05 M 1.578e-05 ▁day 1.53e-05 ▁time 1.471e-05 ve 1.304e-05 ved 9.876e-06 j 9.154e-06 ▁want 8.825e-06 st 8.429e-06 a 7.825e-06 u 6.568e-06 es 6.207e-06 o 4.848e-06 h 3.535e-06 ▁The 3.158e-06 L 2.977e-06 d 1.785e-06 k 1.257e-06 n 1.064e-06 ▁upon 9.301e-07 l 6.815e-07 ou 6.76e-07 ▁named 6.096e-07 ig 5.869e-07 P 5.729e-07 ▁One 4.419e-07 re 4.341e-07 id 4.274e-07 r 4.253e-07 <s> 3.354e-07 G 2.928e-07 oo 2.884e-07 i 2.826e-07 ar 2.573e-07 ot 1.636e-07 ld 1.618e-07 ir 1.365e-07 ▁She 1.258e-07 ▁Once 7.791e-08 ent 7.582e-08 all 7.341e-08 her 6.223e-08 J 4.128e-08 K 1.804e-08 <rest> 0.1977013691711953',
        '▁play ▁with\t▁her 0.2204 ▁the 0.1799 ▁it 0.1179 ▁m 0.06506 . 0.04457 ▁h 0.01401 ▁a 0.01394 ▁ 0.008001 ▁M 0.006911 ▁S 0.005644 ▁th 0.005628 ▁Tim 0.005498 ▁Lily 0.004918 ▁to 0.004064 ▁T 0.002935 ▁s 0.002928 , 0.002731 ▁p 0.002399 ▁Timmy 0.00212 ▁B 0.001969 ▁with 0.001585 ▁r 0.001529 ▁and 0.001521 ▁d 0.001495 ▁t 0.001455 ▁in 0.001283 ▁l 0.001122 ▁f 0.0008597 ▁of 0.0008109 ▁do 0.0008 ▁for 0.0007248 ▁up 0.0006954 out 0.000664 ▁on 0.000561 ▁we 0.0004545 ▁wa 0.0004492 ▁play 0.000423 s 0.0002923 ▁st 0.0002902 ▁y 0.000276 ▁he 0.0002472 ▁but 0.0002359 ▁n 0.0002267 ▁be 0.0002234 ▁I 0.00019 ▁so 0.0001622 ▁big 0.0001586 ▁ne 0.0001091 ▁she 7.407e-05 ▁li 6.556e-05 ▁very 3.621e-05 ▁lo 2.453e-05 ▁little 1.136e-05 <rest> 0.25115232993300884',
        '▁to ▁play ▁with\t▁her 0.2613 ▁the 0.174 ▁it 0.1088 . 0.0545 ▁m 0.05343 ▁h 0.0149 ▁M 0.007418 ▁Tim 0.006427 ▁S 0.006386 ▁Lily 0.005495 ▁b 0.004521 ▁to 0.004479 ▁c 0.003613 , 0.003207 ▁T 0.003197 ▁th 0.002767 ▁Timmy 0.002339 ▁with 0.00184 ▁and 0.001806 ▁r 0.001733 ▁t 0.001455 ▁in 0.001341 ▁do 0.0009434 ▁of 0.0009107 ▁up 0.0007269 ▁L 0.0004052 ▁st 0.0002923 ▁we 0.0002886 ▁but 0.0002757 ▁big 0.0001718 ▁I 6.587e-05 <rest> 0.22927313007486205',
        'ed ▁to ▁play ▁with\t<rest> 0.12137008240983649',
        '▁it\t▁was 0.1876 . 0.1763 ▁to 0.05228 , 0.04252 ▁a 0.04182 s 0.03496 ▁and 0.03169 ▁ 0.0303 ▁w 0.02874 ▁up 0.02527 ▁in 0.02514 ▁f 0.02 ▁b 0.01828 ▁c 0.01685 ▁on 0.01658 ▁m 0.01657 ▁with 0.01355 ▁st 0.01048 ▁d 0.009518 ▁l 0.009041 ▁h 0.00831 ▁for 0.008234 ▁g 0.007751 ▁had 0.007643 ▁e 0.007201 ▁t 0.006 ▁be 0.005834 ▁so 0.003543 ▁r 0.002805 ▁very 0.002598 ▁p 0.002534 ▁ne 0.00219 ▁we 0.001792 ▁li 0.001733 ▁he 0.001686 ▁the 0.001305 ▁wa 0.001108 ▁of 0.0009242 ▁n 0.0008642 ▁but 0.0008362 ▁want 0.0007797 ▁th 0.0007504 ▁it 0.0007305 ▁do 0.0006407 ▁there 0.0005729 ▁lo 0.0004685 ▁that 0.0003884 r 0.0003836 ▁she 0.0003272 ▁big 0.0002639 ▁her 0.0001837 ▁y 9.907e-05 ▁play 9.123e-05 t 8.065e-05 k 7.925e-05 h 7.431e-05 ▁time 5.946e-05 l 5.823e-05 all 5.15e-05 ▁S 3.481e-05 ▁day 2.4e-05 u 1.961e-05 re 1.862e-05 d 1.808e-05 e 1.75e-05 ▁M 1.667e-05 ▁Lily 1.208e-05 ▁T 9.823e-06 ed 9.488e-06 ▁B 9.448e-06 j 9.292e-06 ▁little 8.985e-06 a 8.161e-06 ve 6.379e-06 he 5.289e-06 n 4.904e-06 ou 4.439e-06 ▁I 4.192e-06 st 2.854e-06 ▁L 1.907e-06 o 1.886e-06 ent 1.486e-06 ▁Timmy 1.436e-06 i 1.243e-06 es 9.981e-07 ▁named 9.409e-07 ir 8.108e-07 ▁One 8.037e-07 id 5.64e-07 her 5.394e-07 ot 3.191e-07 ar 2.608e-07 ▁The 2.493e-07 ▁Tim 2.349e-07 ld 2.313e-07 ig 2.125e-07 ▁upon 1.32e-07 out 1.093e-07 ▁She 1.071e-07 <s> 8.235e-08 oo 7.687e-08 ved 5.903e-08 ▁Once 5.877e-08 L 3.237e-08 J 2.725e-08 M 1.345e-08 P 4.923e-09 G 4.43e-09 K 3.815e-09 <rest> 0.0999950471637141',
        '▁with ▁it\t. 0.4273 , 0.1073 ▁a 0.1042 s 0.09631 ▁to 0.0498 ▁and 0.03677 ▁e 0.01856 ▁in 0.01547 ▁with 0.01114 ▁for 0.01093 ▁ 0.006199 ▁be 0.004923 ▁so 0.004776 ▁on 0.004161 ▁b 0.003082 ▁w 0.002564 ▁up 0.002535 ▁was 0.002343 ▁f 0.002117 ▁very 0.001431 ▁but 0.001325 ▁h 0.001312 ▁c 0.001119 ▁s 0.001101 ▁t 0.001068 ▁li 0.00096 ▁m 0.0008343 ▁l 0.0007198 ▁there 0.0006128 ▁ne 0.0005627 ▁g 0.0005478 ▁that 0.0004701 ▁n 0.0004416 ▁he 0.0004345 ▁it 0.0003912 ▁st 0.0003454 ▁d 0.0003022 ▁p 0.0002984 ▁r 0.0002212 ▁she 0.0002018 ▁of 0.0001929 ▁th 0.0001299 ▁we 0.0001182 r 0.0001035 ▁her 9.663e-05 ▁had 7.981e-05 ▁wa 6.102e-05 ▁do 5.665e-05 ▁big 5.739e-06 ▁lo 5.028e-06 ▁saw 2.369e-06 ▁want 2.239e-06 <rest> 0.07241633192720154',
        '▁play ▁with ▁it\t. 0.4456 , 0.1409 ▁a 0.1205 ▁to 0.06107 s 0.01813 ▁in 0.01568 ▁with 0.01338 ▁for 0.01158 ▁ 0.008196 ▁so 0.006185 ▁be 0.00491 ▁b 0.003088 ▁up 0.002893 ▁w 0.00277 ▁very 0.001661 ▁but 0.001517 ▁li 0.001116 ▁c 0.0006276 ▁there 0.0006264 ▁n 0.0005688 ▁that 0.0005384 ▁t 0.0004441 ▁l 0.0003595 ▁was 0.0002995 ▁p 0.0001596 ▁d 0.0001573 ▁st 0.000117 ▁of 6.816e-05 r 5.162e-05 ▁we 4.815e-05 ▁th 3.861e-05 <rest> 0.08387663752491137',
        '▁to ▁play ▁with ▁it\t. 0.4789 , 0.1749 ▁a 0.1217 ▁and 0.02561 s 0.01942 ▁e 0.01767 ▁in 0.01534 ▁with 0.01294 ▁so 0.006098 ▁be 0.005575 ▁very 0.001886 ▁but 0.001704 ▁was 0.0003128 ▁n 0.0002113 ▁she 0.000155 ▁st 0.0001258 ▁d 9.627e-05 <rest> 0.039167114825878646',
        'ed ▁to ▁play ▁with ▁it\t. 0.4778 , 0.2149 ▁a 0.1186 ▁with 0.01368 ▁so 0.006508 ▁but 0.002059 ▁c 0.0002861 ▁m 0.0002393 ▁was 0.000188 ▁she 0.0001669 ▁her 0.0001221 ▁r 6.82e-05 ▁n 4.497e-05 <rest> 0.013097582589834733',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4475 , 0.2437 ▁a 0.1212 <rest> 0.011597280437290136',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5073 <rest> 0.01049447129394998',
        '▁but\t▁it 0.1274 <rest> 0.10794295506000029',
        '▁it ▁was\t▁to 0.1344 <rest> 0.0483443693641199',
        'o\tre 0.08107 , 0.04326 k 0.03574 l 0.03074 s 0.0253 . 0.02492 ld 0.01591 d 0.0145 ▁h 0.01274 ve 0.01166 ▁a 0.01019 ▁lo 0.009097 ▁on 0.008223 ot 0.007837 e 0.007781 ▁l 0.007491 ▁f 0.00723 ▁li 0.006986 ▁s 0.006725 ▁ 0.006523 st 0.006485 ▁b 0.006462 ▁was 0.006288 ar 0.004706 ▁m 0.004566 ▁c 0.004481 es 0.00448 ▁and 0.003644 ▁d 0.003348 ved 0.00316 ▁he 0.002777 a 0.002743 ▁w 0.002146 ▁t 0.001958 ▁g 0.001486 ▁want 0.001482 ▁her 0.001425 ▁p 0.001419 ▁st 0.001332 ▁be 0.001158 ▁of 0.001111 ▁she 0.001079 ▁with 0.0009376 ▁ne 0.0009243 ▁e 0.0009232 ▁n 0.0008981 ▁th 0.0008787 ▁we 0.0008005 o 0.0005798 ▁play 0.0005596 ▁saw 0.0005101 ▁it 0.0004689 ▁very 0.0004401 ▁wa 0.0004236 ▁there 0.0004226 ▁do 0.0004175 ▁r 0.0003556 ▁little 0.0003223 ▁so 0.0002908 ▁Lily 0.0002367 ed 0.0002225 ▁that 0.0002218 ▁T 0.00022 ▁L 0.0002138 ▁Tim 0.0001724 ▁M 0.0001626 ▁time 0.000151 ▁S 0.0001456 ▁y 0.0001259 ▁day 0.0001201 ▁B 0.0001127 ▁Timmy 9.3e-05 j 8.536e-05 u 8.12e-05 ou 7.251e-05 r 6.251e-05 n 6.112e-05 t 5.83e-05 ▁named 5.423e-05 ig 5.133e-05 id 4.554e-05 ir 4.131e-05 ▁but 3.524e-05 ▁I 3.407e-05 out 3.103e-05 he 1.432e-05 all 1.007e-05 oo 4.772e-06 P 4.567e-06 her 2.889e-06 ent 1.202e-06 ▁upon 1.023e-06 K 8.708e-07 ▁She 7.682e-07 ▁One 5.33e-07 ▁The 5.184e-07 ▁Once 4.665e-07 <s> 4.425e-07 L 1.399e-07 M 1.285e-07 G 7.54e-08 J 9.956e-09 <rest> 0.48099784116132116',
        '▁to o\tk 0.3516 . 0.2008 ▁h 0.05213 ▁s 0.0495 ▁l 0.0443 ▁f 0.0405 , 0.03849 ▁big 0.02619 ▁m 0.02032 ▁he 0.01455 ▁d 0.01349 ▁c 0.01135 l 0.01041 ▁st 0.009814 ▁t 0.009562 ▁b 0.008371 ▁and 0.006709 ▁ 0.006604 ▁e 0.00417 ▁n 0.003297 ▁w 0.002985 ▁a 0.00288 ▁be 0.002014 ▁g 0.001986 ▁p 0.001798 ▁to 0.001662 ▁we 0.00122 ▁r 0.001058 ▁th 0.0008149 ▁with 0.0007533 ▁on 0.0007033 ▁wa 0.0006722 ▁y 0.0006712 ▁up 0.0006452 ▁little 0.0005191 ▁so 0.0005125 ▁very 0.0003667 ▁the 0.000337 ld 0.0002642 ▁li 0.0002196 ▁of 0.0001819 ▁in 0.0001485 ▁for 0.0001355 ▁it 0.0001277 ▁had 8.876e-05 ▁lo 7.078e-05 ▁she 6.694e-05 ▁time 4.65e-05 ▁her 4.586e-05 ▁play 4.573e-05 ▁S 4.101e-05 ▁that 4.039e-05 ▁T 3.769e-05 ▁Tim 3.075e-05 e 2.971e-05 ▁L 2.764e-05 d 2.562e-05 ▁Lily 2.373e-05 ve 2.14e-05 h 2.047e-05 o 1.907e-05 re 1.231e-05 a 1.231e-05 ▁was 1.209e-05 ▁day 1.073e-05 s 7.483e-06 ▁want 6.343e-06 ▁B 5.408e-06 ▁M 3.461e-06 st 3.183e-06 ar 1.819e-06 ot 1.388e-06 i 7.668e-07 es 4.91e-07 ved 2.538e-07 ed 1.404e-07 <rest> 0.05262121955553267',
        '▁was ▁to o\t▁l 0.1664 ▁s 0.1656 ▁h 0.1451 ▁f 0.08852 ▁big 0.08813 ▁he 0.05666 ▁d 0.04534 ▁st 0.03409 ▁c 0.03132 ▁t 0.03015 ▁b 0.02099 ▁ 0.01696 ▁m 0.01572 ▁e 0.01459 ▁w 0.007424 ▁a 0.007158 ▁n 0.00668 ▁g 0.005559 ▁p 0.004038 ▁we 0.003816 ▁up 0.002552 ▁r 0.002205 ▁th 0.001879 ▁wa 0.001674 ▁be 0.001642 ▁little 0.001189 ▁saw 0.001007 . 0.0009462 ▁y 0.0008494 ▁so 0.0008119 k 0.0008004 ▁very 0.0006763 ▁there 0.0005834 ▁the 0.0004479 ▁it 0.0004366 ▁do 0.000426 , 0.0003999 ▁had 0.0002543 ▁ne 0.0002465 ▁she 0.0002335 ▁of 0.0002032 ld 0.0001696 ▁lo 0.0001526 ▁her 0.0001414 ▁T 0.0001119 ▁S 0.000111 ▁and 8.678e-05 l 4.383e-05 ▁for 1.413e-05 ▁on 1.195e-05 ▁li 7.438e-06 ▁with 2.082e-06 <rest> 0.023429606992288576',
        '▁it ▁was ▁to o\t▁l 0.2259 ▁h 0.1855 ▁big 0.08863 ▁he 0.08416 ▁f 0.07509 ▁s 0.06471 ▁d 0.05811 ▁ 0.02125 ▁n 0.007639 ▁a 0.004992 ▁we 0.004347 ▁be 0.001891 ▁saw 0.001493 ▁r 0.001387 ▁th 0.001279 ▁there 0.0009185 ▁to 0.000671 ▁it 0.0005549 ▁up 0.0004999 ▁do 0.0004834 ▁she 0.0003715 ▁ne 0.0003222 ▁had 0.0003176 ▁of 0.0002446 ▁lo 0.0002126 ld 0.0002114 ▁her 0.0002074 ▁T 0.0001998 k 0.0001988 ▁Lily 0.0001771 ▁Tim 0.0001231 <rest> 0.014837618742513325',
        '▁but ▁it ▁was ▁to o\t▁l 0.2387 ▁h 0.1971 ▁he 0.09184 ▁big 0.08055 ▁f 0.07982 ▁d 0.06027 ▁s 0.06004 ▁m 0.007999 ▁saw 0.00181 ▁there 0.001041 ▁little 0.0006467 ▁y 0.0005941 ▁she 0.0004122 ld 0.0002761 ▁her 0.0002344 ▁T 0.0002282 ▁Lily 0.0002009 <rest> 0.013143836632249828',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2405 ▁h 0.1965 ▁he 0.09215 ▁big 0.08074 ▁f 0.07932 ▁s 0.06022 ▁d 0.05955 <rest> 0.013098579264879895',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.2466 <rest> 0.011395170451611536',
        '▁h\tu 0.1308 ou 0.09714 o 0.08418 ar 0.04499 ig 0.03693 id 0.03385 ot 0.0179 oo 0.005518 i 0.004281 a 0.0005797 h 0.0004562 e 0.0003655 ir 0.0002722 re 0.0001732 he 0.0001645 ed 0.0001309 ent 8.352e-05 all 5.353e-05 r 3.774e-05 her 3.146e-05 out 3.042e-05 n 6.697e-06 K 4.186e-06 j 3.602e-06 ld 3.538e-06 es 3.053e-06 d 2.943e-06 l 1.906e-06 ▁h 1.709e-06 ▁upon 1.602e-06 , 9.955e-07 . 8.779e-07 ▁a 6.003e-07 s 4.811e-07 ▁to 4.712e-07 ▁the 4.518e-07 ▁and 4.175e-07 t 4.142e-07 ▁ 3.805e-07 ▁n 3.39e-07 L 3.001e-07 ▁s 2.989e-07 st 2.697e-07 ▁c 2.575e-07 ▁f 2.476e-07 ▁b 2.426e-07 ▁was 2.367e-07 ▁w 1.775e-07 ▁g 1.751e-07 ▁p 1.633e-07 ▁m 1.633e-07 k 1.454e-07 ▁d 1.365e-07 ▁he 1.285e-07 ▁her 1.274e-07 ▁it 1.222e-07 ▁l 1.218e-07 ▁t 1.174e-07 ▁in 1.017e-07 ▁She 9.391e-08 ▁with 9.199e-08 ▁play 8.792e-08 ▁so 8.726e-08 ▁day 8.551e-08 ▁be 8.544e-08 ▁Lily 8.528e-08 ▁r 8.458e-08 ▁The 8.154e-08 ▁e 7.79e-08 ▁T 7.71e-08 ▁that 7.603e-08 ▁she 7.484e-08 ▁st 7.384e-08 ved 7.334e-08 ▁on 6.72e-08 ve 6.691e-08 M 6.654e-08 ▁I 6.623e-08 ▁big 6.24e-08 ▁th 6.097e-08 ▁of 6.016e-08 ▁little 5.571e-08 ▁want 5.556e-08 ▁but 5.514e-08 ▁saw 5.417e-08 ▁had 5.354e-08 ▁for 5.318e-08 ▁wa 5.264e-08 ▁time 5.206e-08 ▁very 5.069e-08 ▁we 4.903e-08 ▁do 4.754e-08 <s> 4.738e-08 ▁B 4.713e-08 ▁lo 4.644e-08 ▁named 4.624e-08 ▁S 4.597e-08 ▁Once 4.549e-08 ▁there 4.528e-08 ▁li 4.462e-08 ▁ne 4.407e-08 ▁One 4.235e-08 ▁M 3.816e-08 ▁Timmy 3.716e-08 ▁Tim 3.162e-08 ▁up 2.861e-08 J 2.835e-08 G 1.912e-08 ▁y 1.434e-08 ▁L 1.381e-08 P 8.856e-09 <rest> 0.5419909906539999',
        'o ▁h\tig 0.145 <rest> 0.6591495967636465',
        'ig\th 0.6772 <rest> 0.08218365942973993',
        'h\tt 0.1464 o 0.07707 a 0.0463 . 0.02935 i 0.02804 ar 0.01884 n 0.01763 ▁and 0.01573 , 0.009348 out 0.007701 ▁n 0.00615 ir 0.005647 ▁in 0.005274 ▁to 0.005209 oo 0.004924 ▁was 0.004896 ▁a 0.004568 ▁s 0.004483 u 0.004358 ▁w 0.003571 ▁ 0.003198 ▁f 0.003082 ▁c 0.00304 d 0.002876 l 0.002491 ▁it 0.002307 s 0.002024 ▁b 0.00193 ▁with 0.00193 ▁m 0.001883 ▁named 0.001738 ▁t 0.001616 ▁up 0.001489 ▁p 0.001482 ▁g 0.001444 ot 0.001366 ▁d 0.001358 ▁st 0.001348 ▁he 0.001295 ▁play 0.001214 ▁h 0.001107 ▁that 0.001087 ▁be 0.001052 ▁r 0.001027 ▁I 0.0008946 ▁she 0.0008639 ▁her 0.000851 ed 0.0008326 ▁wa 0.000789 ▁saw 0.0006673 ▁we 0.0006395 ▁of 0.0006153 ▁e 0.0005761 h 0.0005195 ▁lo 0.00051 ou 0.0004571 ▁so 0.0003864 ▁ne 0.0003383 ▁do 0.0002968 ig 0.0002719 all 0.0002433 e 0.0002063 ▁there 0.0001808 id 0.0001695 re 0.0001685 ▁time 0.0001419 ▁little 0.0001354 ent 0.0001213 ▁y 0.0001113 ▁day 0.0001109 ▁M 9.715e-05 ▁but 8.386e-05 he 7.717e-05 ▁Lily 7.364e-05 ▁big 7.036e-05 ▁T 5.308e-05 ▁Timmy 5.027e-05 es 4.973e-05 ld 4.776e-05 k 4.55e-05 ▁Tim 4.344e-05 ▁S 3.489e-05 ▁B 3.124e-05 st 2.704e-05 ▁L 1.063e-05 K 6.863e-06 ▁upon 6.227e-06 her 4.581e-06 ▁Once 4.403e-06 ▁The 3.096e-06 P 3.057e-06 j 2.943e-06 <s> 2.353e-06 ▁She 2.31e-06 ved 2.245e-06 M 2.172e-06 ve 1.46e-06 J 5.85e-07 ▁One 4.187e-07 G 3.145e-07 L 6.106e-08 <rest> 0.4655088013416465',
        'ig h\tt 0.7043 ▁in 0.0412 ▁and 0.03766 . 0.03318 ▁up 0.01868 ▁for 0.01115 , 0.009734 ▁a 0.004428 ▁to 0.004368 ▁b 0.003439 ▁t 0.002927 ▁it 0.002877 ▁on 0.002864 ▁f 0.002546 ▁h 0.00239 ▁s 0.002387 ▁that 0.00214 ▁be 0.001513 ▁there 0.001462 ▁he 0.00139 s 0.001312 ▁l 0.001297 ▁r 0.001216 ▁th 0.001201 ▁p 0.001119 ▁n 0.001116 ▁g 0.001111 ▁ 0.001059 ▁with 0.001054 ▁m 0.001048 ▁c 0.001041 ▁d 0.0008543 ▁w 0.0007249 ▁st 0.0006857 ▁so 0.0005369 ▁she 0.0004134 ▁e 0.0003958 ▁her 0.0003881 ▁I 0.0002998 ▁do 0.000268 ▁but 0.0002064 ▁big 0.0001952 ▁was 0.0001831 ▁ne 0.0001546 ▁little 0.0001258 ▁y 0.0001103 l 8.827e-05 ▁we 8.634e-05 d 8.58e-05 ▁of 8.061e-05 e 6.769e-05 o 6.614e-05 ar 6.25e-05 n 5.45e-05 a 5.413e-05 r 4.851e-05 ed 4.336e-05 ▁play 3.027e-05 ▁lo 2.601e-05 ▁had 2.345e-05 i 1.867e-05 ▁day 1.553e-05 out 1.492e-05 ▁saw 1.376e-05 h 1.203e-05 ▁want 7.219e-06 ▁time 5.308e-06 ig 4.708e-06 ou 4.502e-06 ▁named 2.999e-06 oo 2.924e-06 u 1.545e-06 all 1.382e-06 ir 1.248e-06 re 1.136e-06 ot 2.89e-07 id 2.526e-08 ent 1.808e-08 <rest> 0.08610621481901382',
        '▁h ig h\t▁in 0.2001 ▁and 0.1817 . 0.1559 <rest> 0.04640536315734989',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1242 l 0.185 ▁time 4.359 t 0.2453 ▁ne 0.2598 ▁little 3.335 r 0.3242 re 0.3403 n 0.3417 u 0.3656 ▁w 0.3947 ir 0.3969 ▁but 0.4309 ▁st 0.4678 d 0.4796 ▁to 0.4952 ▁l 0.5224 ▁so 0.5765 ▁y 0.59 ▁m 0.6236 ▁t 0.6418 ▁p 0.6492 ▁in 1.522 ▁do 1.443 ▁li 1.4 ▁h 0.7169 ▁g 0.718 ▁be 0.7361 ▁we 1.349 ▁the 0.7449 h 0.749 ▁want 0.7604 ▁f 0.7667 ▁r 0.7677 ▁her 0.7829 he 0.789 ▁n 0.7994 ▁d 0.8146 ▁wa 1.202 ▁ 0.8427 ▁a 0.8572 ▁s 0.8625 ▁big 0.8753 ▁b 1.12 ▁c 1.119 ▁th 1.104',
        'quotation=outside\t.\t▁L 0.4754 ▁I 0.6584 ▁One 1.165 ▁Tim 1.158 ▁Timmy 1.158 ▁She 1.152 ▁Lily 1.144 ▁ 0.8823 ▁The 1.13 <s> 1.127 ▁S 1.115 ▁the 1.107',
        'tense=past\t▁a\t▁time 0.004901 ▁wa 1.123 r 1.118 ▁ne 1.112 s 1.111 ▁very 1.106 ▁but 1.106 t 1.103 d 1.101 ▁so 1.1',
        'pronoun=none\tl\t▁named 8.067 t 0.1762 ▁of 0.203 ▁he 0.2571 ▁n 0.3251 ▁and 0.3392 ▁for 0.3475 , 0.3626 ot 0.363 ▁be 0.3709 ▁s 0.3887 ▁a 0.3928 i 0.405 ▁t 0.4188 ed 0.4207 ▁ 0.4212 ▁l 0.4307 ▁with 0.4411 ▁ne 0.4455 ig 0.4623 oo 0.4669 ▁little 2.134 ▁it 0.4744 ▁st 0.4793 ▁th 0.4814 ▁m 0.5008 ▁play 0.5039 ou 0.5238 ▁wa 0.5245 ▁b 0.5272 ▁to 0.5338 ▁was 0.5365 ▁so 0.5386 ▁the 0.5427 ▁day 0.5818 ▁e 0.5859 ▁g 0.5934 ▁want 0.5977 ▁d 0.6022 ▁on 0.6083 ▁w 1.636 ▁that 0.6255 ve 0.6268 ▁f 0.6314 ▁do 1.56 k 1.552 ▁p 0.6523 id 0.6548 . 0.6596 o 0.6606 ved 0.6705 ▁time 0.688 ▁very 0.6912 a 0.7027 re 0.7067 r 1.414 ▁li 1.411 ▁h 0.7243 ar 1.331 s 0.7557 n 0.7649 ▁in 0.7733 ▁had 0.7773 ▁lo 1.246 ▁up 0.8095 ▁saw 0.8144 ▁r 0.8291 ent 0.8352 ▁there 0.8472 h 1.171 ▁c 0.8669 l 0.8776 u 1.119 ▁y 0.8999',
        'tense=past\t,\t▁there 0.05282 ▁in 0.2261 ▁a 0.7396 ▁she 1.136 ▁her 1.133 ▁Lily 1.13 ▁Tim 1.129 ▁so 1.129 ▁he 1.128 ▁Timmy 1.124 ▁but 1.123 ▁the 1.12 ▁r 1.116 ▁little 1.11 ▁it 1.105 ▁that 1.104 ▁saw 1.104 ▁up 1.102 ▁S 1.101 ▁g 1.101 ▁play 1.101 ▁s 1.1',
        'pronoun=female\t,\t▁there 0.03283 ▁he 0.1943 ▁in 0.2028 ▁Tim 0.2676 ▁Timmy 0.2698 ▁she 2.134 ▁her 2.102 ▁a 0.5255 ▁Lily 1.875 ▁B 0.5817 ▁L 1.584 ▁T 0.6732 ▁the 0.7096 ▁we 1.399 ▁up 0.7314 ▁big 0.7772 ▁that 1.284 ▁li 0.7833 ▁l 1.254 ▁p 1.249 ▁S 0.8183 ▁saw 0.8239 ▁w 1.185 ▁c 1.181 ▁it 1.177 ▁do 1.172 ▁h 0.8538 ▁and 0.8566 ▁to 0.8583 ▁was 0.8586 ▁d 1.141 ▁e 1.129 ▁b 0.8892 ▁M 1.122 ▁th 1.12 s 0.8974 ▁on 0.9076',
        'pronoun=female\t.\t▁Tim 0.2123 ▁Timmy 0.2129 ▁Lily 1.791 ▁T 0.6397 ▁She 1.519 ▁One 1.451 ▁The 0.7502 ▁L 1.269 ▁she 1.248 ▁B 0.8917 ▁S 0.9028 . 1.105',
        'tense=past\t▁was\t▁a 0.4204 ▁time 1.242 ▁so 1.237 ▁to 1.236 ▁n 1.229 ▁the 1.228 ▁s 1.227 ▁st 1.225 ▁b 1.224 n 1.223 ▁p 1.223 ▁big 1.223 ▁be 1.223 . 1.221 ▁g 1.22 ▁e 1.22 ▁very 1.218 , 1.217 ▁t 1.216 ▁h 1.216 ▁c 1.216 ▁ 1.215 ▁in 1.215 ▁up 1.215 ▁her 1.214 ▁m 1.214 ▁d 1.213 ▁ne 1.213 ▁lo 1.212 he 1.212 ▁he 1.211 ▁f 1.209 ▁w 1.209 ▁l 1.207 ▁there 1.202 ▁on 1.201 ▁for 1.199 ▁and 1.199 ▁y 1.196 ▁th 1.195 h 1.194 t 1.194 ▁do 1.193 ▁r 1.191 ▁we 1.19 ▁li 1.19 ▁was 1.186 ▁it 1.186 ▁that 1.18 ▁Lily 1.178 ▁S 1.16 ▁M 1.156 ▁wa 1.151 ▁T 1.151 ▁play 1.15 ▁B 1.144 ▁Timmy 1.139 ▁with 1.134 ▁of 1.132 ▁L 1.112 l 1.112 ▁little 1.101',
        'pronoun=none\tir\tt 0.129 st 0.2044 ▁and 0.2072 ed 0.2189 re 0.2242 . 0.2269 ▁ne 0.2709 s 0.2977 ▁ 0.3161 ▁the 0.3263 ▁f 0.3264 ▁wa 0.3294 ▁a 0.332 ▁h 0.3454 ▁he 0.3648 ▁s 0.3691 d 0.3947 ▁p 0.3994 ▁b 0.4196 ▁r 0.4337 ▁e 0.4363 ▁c 0.438 l 2.283 ▁d 0.4421 ▁m 0.4438 ▁w 0.4471 ▁l 0.4489 ▁t 0.4591 ▁be 0.4764 ▁g 0.4927 , 0.5079 r 0.5321 ▁in 0.5449 ▁it 0.5571 i 0.5595 ▁n 0.5616 ▁of 0.5833 ▁with 0.5857 ▁on 0.5891 ▁st 0.6035 ▁big 0.6043 a 0.6247 ▁her 0.6249 ▁day 0.6283 ▁for 0.6322 ▁th 0.6571 ▁was 0.6671 ▁y 0.6781 ▁lo 0.696 ar 1.432 ▁little 0.7421 ▁so 0.7588 ▁that 0.7749 ▁named 1.274 ▁we 0.7982 ▁time 0.8125 e 0.8445 ▁li 0.8462 ▁play 0.8522 u 0.8754 ▁she 0.8801 ▁up 0.8863 ▁to 0.9033 ▁do 1.102',
        'pronoun=none\t▁Lily .\t▁ 0.02224 ▁I 0.03582 ▁L 0.04857 ▁B 0.1095 ▁T 0.1425 ▁The 0.1495 <s> 0.2528 ▁M 0.266 ▁S 0.3294 ▁She 1.543 ▁One 1.459 ▁Tim 0.7006 . 0.8171 ▁she 1.151 ▁d 0.886 ▁Once 1.105',
        'pronoun=female\t. ▁She\t▁lo 0.1156 ▁li 0.5634 ▁had 0.5904 ▁p 1.286 ▁a 1.282 ▁f 1.273 ▁want 1.261 ▁l 1.258 ▁th 1.251 ▁g 1.25 ▁d 1.25 ▁st 1.248 ▁r 1.239 ▁c 1.238 ▁to 1.235 ▁m 1.234 ▁wa 1.229 ▁t 1.224 ▁h 1.223 ▁s 1.222 ▁w 1.222 ▁ 1.216 ▁b 1.215 ▁e 1.212 ▁ne 1.196 ▁saw 1.194 ▁for 1.181 ▁play 1.179 ▁n 1.179 ▁be 1.173 ▁he 1.158 ▁y 1.154 ▁in 1.146 ▁was 1.136 ▁so 1.128 ▁do 1.123',
        'pronoun=female/it\t▁to\t▁Lily 2.437 ▁play 0.4227 ▁her 2.133 ▁T 1.76 o 1.749 ▁be 1.635 ▁wa 0.6166 ▁M 1.544 ▁d 0.6892 ▁n 1.447 ▁we 0.6914 ▁it 1.445 d 1.426 ▁L 1.425 ▁r 0.7041 ▁do 1.406 ld 0.7196 ▁e 0.7376 ▁g 1.349 . 1.299 ▁Timmy 1.292 ▁to 0.8002 ▁w 0.8217 ▁p 0.8252 ▁ne 1.212 ▁b 0.8337 ▁m 1.194 ▁l 1.18 ot 0.8566 ▁B 1.158 ▁a 1.153 , 1.144 ▁c 0.8807 a 1.129 ▁that 1.124 n 1.118 ▁in 0.9024 ▁the 0.9037 ▁h 0.9057',
        'quotation=outside\t▁to ▁play ▁with\t▁m 0.09889 ▁th 0.5782 ▁that 0.7409 ▁her 1.151 ▁we 0.8818 ▁S 1.121 ▁p 0.8973 ▁Tim 1.103',
        'quotation=outside\tid\t▁I 0.3908 ▁it 0.4541 ▁we 0.4866 ▁m 0.668 ▁that 0.6791 ▁th 0.7247 ▁the 0.7716 ▁a 0.7797 i 0.8367 . 0.8985 ▁s 0.9029',
        'pronoun=female\t▁the\t▁p 1.238 ▁time 0.8134 ▁big 0.8134 ▁he 0.8204 ▁be 0.8572 ▁g 1.156 ▁a 0.8665 r 0.8669 ▁h 0.872 ▁wa 0.8732 ▁t 0.8872 ▁b 0.9003 ▁her 1.106 ▁do 1.102',
        'quotation=outside\t▁to o\t, 0.7347 ▁n 0.8084 ▁y 0.8545 k 1.168 ▁ 0.8845 ▁r 0.906 ▁p 0.9077',
        'pronoun=female\ted ▁to ▁play ▁with\t▁Tim 0.498 ▁her 1.933 ▁S 0.5371 ▁Timmy 0.7478 ▁m 0.7769 ▁h 0.7774 . 0.8418 ▁B 0.8538 ▁the 0.86 ▁it 1.156',
        'pronoun=female\tid\t▁be 0.5178 d 0.5508 ▁named 0.6924 s 0.7006 ▁her 1.254 ▁n 0.8115 ▁to 0.8165 ▁h 0.8237 ▁of 1.214 . 0.8273 es 0.8418 ▁he 0.8632 i 0.876 ▁for 0.8764 t 0.8791 ▁it 1.132 n 1.112 ▁st 0.9027',
        'pronoun=female\t▁she\te 0.6107 l 0.6932 d 0.7235 a 0.7598 re 0.8096 ld 0.8408 ▁saw 1.143 r 0.8807',
        'pronoun=female/it\tig h\t▁for 2.167 . 2.071 ▁up 1.555 ▁in 1.324 , 1.309 ▁and 1.285 ▁to 1.278 t 0.8017 ▁on 1.193 ▁a 1.178 ▁it 0.8677',
    ],
    'position.txt': [
        'piece\t0\t4\t16\t48\t128\t256\t384',
        '▁One\t1.001\t0.7302\t2.244\t0.8459\t0.08681\t0.06528\t0.08212',
        '▁but\t0.9819\t0.5367\t1.11\t1.061\t1.075\t0.8821\t0.9279',
        '▁it\t1.098\t0.5773\t0.7527\t1.143\t1.057\t0.9019\t0.874',
        '▁the\t1.245\t0.9215\t0.8064\t0.9018\t1.031\t1.054\t1.069',
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e\t▁in 1.061 ▁and 0.9256 ▁with 0.9525 . 0.7812 , 0.6691 ▁on 0.9438 ▁a 0.6096 ▁e 0.9575 ▁w 0.626 ▁her 0.97 ▁be 1.079 ▁the 0.533 ▁to 0.2515 ▁for 0.7757',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k .\t▁One 1.033 ▁She 0.6017 ▁ 1.236 ▁I 0.6087 ▁Lily 0.7403 ▁The 0.5225 ▁B 0.6082 ▁Once 3.03 ▁S 0.5832',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day ,\t▁she 1.102 ▁Lily 0.9396 ▁her 1.349 ▁w 1.129 ▁a 0.6808 ▁the 0.52 ▁it 1.8 ▁Timmy 1.209 ▁ 0.104 ▁he 0.1512 ▁there 0.4973 ▁M 0.5469 ▁S 0.1218 ▁B 0.2506 ▁T 0.03226',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big , ▁r ed ▁b all . ▁She ▁want ed ▁to ▁play ▁with\t▁it 1.572 ▁her 0.3846 ▁the 0.5098 ▁a 0.8795 ▁s 1.132 ▁h 0.1955 ▁m 1.459 , 0.7979 ▁Lily 0.1534 ▁p 0.5962 ▁th 0.5517 ▁ 0.1751 ▁M 0.08474 ▁S 0.2912 ▁Tim 0.4002 ▁B 0.1478 ▁T 0.03715',
    ],
}
START = [0, 82, 86, 3]  # the text's first words, as positions in VOCAB
LENGTH = 62


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State), ('position', Position), ('openings', Openings)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
