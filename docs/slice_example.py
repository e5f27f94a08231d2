"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, position,
openings correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files cut
to the 103 rows this text needs and the 110 tokens that compete somewhere in it; every other token
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
        """`table(name)`: a table's rows; `vocab`: the pieces; `given`: the tables' numbers instead ({id: p}, [(ids, {id: p})])."""
        self.id, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        unigram, rows = given or ({self.id[piece]: probability(p) for piece, p in table("unigram.txt")},    # {id: p},
                                  ((tuple(self.id[p] for p in context.split(" ")), nexts) for context, nexts, *_ in table("context_rules.txt")))
        base = [unigram.get(w, 0.0) for w in range(len(vocab))]
        if not (total := sum(base)) > 0:
            ...
        self.base, self.rows, self.rules = [p / total for p in base], dict(rows), {}    # rows become rules when first asked for
        self.longest, self.lazy = max(map(len, self.rows), default=0), False
        if len(vocab) >= LAZY_FROM:
            ...

    def rule(self, ctx):
        """(listed {id: p}, alpha for the rest) of the rule after `ctx`, or None: its row read (and checked) when first asked for."""
        if ctx not in self.rules and ctx in self.rows:
            try:
                listed = row if isinstance(row := self.rows.pop(ctx), dict) else {self.id[w]: p for w, p in pairs(row)}
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
    '▁to', '▁b', '▁and', '▁h', '▁f', '▁wa', '▁T', 'ou',
    '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', '▁was', '▁The',
    'id', 'ar', '▁n', '▁g', '▁S', 'en', '▁th', 'ot',
    '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁Tim', '▁day', '▁be',
    'ig', '▁with', '▁play', '▁She', 'ld', '▁e', 'oo', '▁y',
    '▁st', '▁up', '▁that', '▁r', '▁on', 'st', '▁she', '▁I',
    've', '▁big', '▁of', '▁little', 'ent', '▁time', '▁had', '▁we',
    '▁there', '▁so', '▁One', 'her', '▁for', 'all', '▁want', '▁M',
    '▁saw', '▁named', 'ved', '▁li', '▁but', '▁very', '▁do', '▁lo',
    '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out', '▁', 'e',
    'a', 't', 'o', 'h', 'n', 'i', 'd', 's',
    'r', 'l', 'u', '.', ',', 'k', 'L', 'M',
    'j', 'J', 'P', 'R', 'K', 'G', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '▁a\t0.0267',
        '▁the\t0.02084',
        '▁to\t0.02173',
        'e\t0.02814',
        'a\t0.02072',
        'o\t0.01812',
        's\t0.0219',
        'l\t0.01872',
        '.\t0.03735',
        ',\t0.02203',
        '<rest>\t0.2915039739574946',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.07744 ▁time 0.07014 s 0.06624 ▁little 0.0652 n 0.06162 t 0.04887 ▁s 0.03603 ▁b 0.03548 r 0.03381 l 0.03238 ▁g 0.02407 ▁l 0.02236 ▁p 0.02143 ▁c 0.0189 ▁f 0.01764 ▁t 0.01544 ▁ne 0.01377 ▁m 0.01355 ▁w 0.01043 d 0.01002 ▁n 0.008238 ▁h 0.008071 ▁r 0.007427 ▁wa 0.007357 ▁d 0.007305 ▁to 0.006113 ▁st 0.005323 ▁be 0.004733 ▁very 0.003196 ▁do 0.00302 ▁y 0.001701 ▁so 0.001317 ▁but 0.001087 ▁we 0.0008137 ▁he 0.0007877 ▁a 0.0007766 ▁li 0.000717 ▁play 0.0004178 ▁she 0.0003626 u 0.0003369 ▁e 0.0002947 ▁her 0.0002561 ▁the 0.0001611 ▁want 0.0001496 ▁in 0.0001212 he 0.0001129 h 0.0001088 o 8.076e-05 ▁was 7.605e-05 , 7.005e-05 ▁it 6.419e-05 ▁for 5.868e-05 st 4.613e-05 . 4.485e-05 ▁day 3.72e-05 ld 3.108e-05 ▁there 2.925e-05 a 2.873e-05 e 2.752e-05 j 2.324e-05 ▁S 2.06e-05 ▁on 1.951e-05 all 1.937e-05 ▁up 1.874e-05 ed 1.805e-05 ve 1.565e-05 ar 1.389e-05 ▁T 1.089e-05 k 8.799e-06 ▁saw 6.768e-06 en 4.385e-06 ▁and 3.75e-06 ▁Lily 3.513e-06 ▁named 2.623e-06 K 2.454e-06 ▁with 2.326e-06 <s> 2.172e-06 ▁M 1.84e-06 ▁Once 1.817e-06 ▁of 1.682e-06 i 1.459e-06 ▁that 1.243e-06 ig 5.268e-07 out 4.751e-07 ved 3.203e-07 ▁Tim 3.093e-07 ot 3.005e-07 id 2.042e-07 ▁upon 1.692e-07 es 1.598e-07 ▁I 7.654e-08 L 6.966e-08 ou 4.198e-08 ▁had 3.481e-08 ▁The 2.567e-08 ▁She 2.176e-08 oo 2.156e-08 her 1.955e-08 G 1.7e-08 ent 1.651e-08 J 1.152e-08 ▁One 8.997e-09 ▁Timmy 8.35e-09 R 7.419e-09 M 2.97e-09 P 1.087e-09 <rest> 0.21702502047077343',
        '▁time\t, 0.7824 <rest> 0.009908978691797299',
        ',\t▁but 0.0899 ▁there 0.07903 ▁Lily 0.04946 ▁and 0.04828 ▁she 0.04354 ▁a 0.04315 ▁the 0.04163 ▁ 0.03492 ▁he 0.03193 ▁Timmy 0.02036 ▁M 0.01913 ▁so 0.01903 ▁I 0.01792 ▁s 0.01741 ▁S 0.01356 ▁w 0.0133 ▁Tim 0.01325 ▁it 0.01269 ▁T 0.01141 ▁l 0.01032 ▁c 0.009984 ▁p 0.008066 ▁her 0.006889 ▁we 0.006653 ▁e 0.006217 ▁in 0.005353 ▁r 0.004666 ▁b 0.004453 ▁that 0.003589 ▁little 0.003465 ▁th 0.00338 ▁g 0.003003 ▁t 0.002674 ▁h 0.002577 ▁to 0.002558 ▁do 0.002026 ▁st 0.001412 ▁for 0.001135 ▁on 0.001028 ▁with 0.000965 , 0.0008576 ▁saw 0.0008413 ▁y 0.0008186 ▁wa 0.0007814 ▁big 0.000724 ▁up 0.0006736 ▁play 0.0006209 ▁was 0.0004759 ▁ne 0.0004148 . 0.0002872 ▁of 0.0001974 ▁very 0.000139 ▁had 0.0001194 ▁lo 0.0001193 s 9.5e-05 ▁want 7.874e-05 ▁The 7.605e-05 l 5.723e-05 ▁named 5.105e-05 ▁She 4.495e-05 <s> 3.671e-05 ▁upon 3.475e-05 j 2.143e-05 ▁day 1.416e-05 ▁Once 1.154e-05 ▁One 1.083e-05 M 5.729e-06 r 5.11e-06 e 4.114e-06 out 2.874e-06 ou 2.826e-06 o 2.499e-06 ed 2.485e-06 L 2.473e-06 st 2.425e-06 h 1.935e-06 ld 1.499e-06 d 1.342e-06 t 1.319e-06 he 9.876e-07 n 9.241e-07 es 8.629e-07 P 6.594e-07 en 3.454e-07 ar 2.18e-07 a 1.858e-07 u 1.794e-07 ig 1.038e-07 i 5.88e-08 ir 5.782e-08 oo 5.059e-08 k 4.565e-08 ent 3.568e-08 ▁time 3.457e-08 ot 3.188e-08 id 2.652e-08 all 2.087e-08 J 1.925e-08 ve 1.745e-08 her 1.239e-08 ved 1.225e-08 K 5.549e-09 G 1.201e-09 R 1.001e-09 <rest> 0.259473230452798',
        '▁there\t▁was 0.8397 <rest> 0.012614195500578074',
        '▁was\t▁a 0.2696 ▁very 0.1203 ▁so 0.08401 ▁s 0.05036 ▁n 0.03732 ▁to 0.0273 ▁ 0.02275 ▁g 0.02148 ▁c 0.01944 ▁f 0.01926 ▁b 0.01428 ▁e 0.01329 ▁d 0.01306 ▁in 0.01262 ▁st 0.01173 ▁play 0.01148 ▁w 0.01013 ▁time 0.01005 ▁m 0.009642 ▁p 0.009348 ▁wa 0.008805 ▁h 0.008582 ▁t 0.006644 . 0.00637 ▁r 0.005936 ▁l 0.005154 ▁big 0.00422 ▁be 0.003306 ▁lo 0.003209 ▁on 0.003026 ▁th 0.002565 h 0.002329 ▁up 0.002154 ▁he 0.002015 ▁ne 0.001889 ▁for 0.001525 , 0.001431 ▁there 0.001367 he 0.001312 ▁and 0.001053 ▁we 0.0006538 t 0.0005763 ▁was 0.0005511 ▁with 0.0005483 ▁y 0.0005316 ▁Lily 0.0004909 ▁S 0.0004797 ▁it 0.0004675 ▁that 0.0003206 ▁T 0.000265 ▁of 0.0001541 ▁Timmy 0.0001526 ▁little 8.763e-05 ▁saw 8.568e-05 ▁Tim 7.152e-05 ▁she 5.702e-05 ▁day 5.343e-05 l 5.169e-05 e 4.819e-05 ▁had 4.796e-05 ▁but 4.781e-05 s 4.173e-05 ▁named 3.256e-05 ▁want 1.988e-05 i 7.157e-06 her 6.186e-06 u 4.638e-06 a 4.545e-06 ve 4.499e-06 o 3.997e-06 ▁The 3.316e-06 ▁I 2.401e-06 ed 2.288e-06 k 2.14e-06 <s> 1.971e-06 id 1.654e-06 d 1.554e-06 oo 1.002e-06 out 9.242e-07 r 6.246e-07 st 5.922e-07 ou 4.292e-07 ved 4.141e-07 ig 2.095e-07 ent 2.023e-07 j 1.973e-07 all 1.83e-07 ar 1.589e-07 ir 1.137e-07 ot 6.714e-08 es 5.703e-08 en 5.385e-08 ▁She 4.634e-08 R 4.24e-08 M 3.324e-08 ▁Once 2.245e-08 ▁upon 2.119e-08 ▁One 2.09e-08 ld 1.687e-08 L 1.662e-08 J 1.399e-08 G 8.961e-09 P 2.526e-09 K 1.958e-09 <rest> 0.11177167705648894',
        '▁little\t▁g 0.4779 <rest> 0.009450230172575846',
        '▁g\tir 0.1904 <rest> 0.16534409832400032',
        'ir\t<rest> 0.10997764026136536',
        'l\t▁named 0.05257 <rest> 0.4052651335186689',
        '▁named\t▁Lily 0.4064 <rest> 0.07503987757327424',
        '.\t▁ 0.1192 ▁She 0.1108 ▁The 0.08645 <s> 0.05205 ▁I 0.0499 ▁One 0.04084 ▁S 0.02409 ▁Lily 0.0238 ▁Timmy 0.01373 ▁T 0.01333 ▁Tim 0.01331 ▁M 0.01262 . 0.0003148 ▁the 0.0001158 ▁she 7.876e-05 ▁Once 7.735e-05 ▁a 5.173e-05 ▁her 3.947e-05 ▁he 2.934e-05 ▁c 2.593e-05 ▁d 2.38e-05 ▁it 1.787e-05 ▁p 1.385e-05 ▁b 1.374e-05 ▁w 1.229e-05 ▁to 1.043e-05 ▁wa 1.026e-05 , 8.108e-06 ▁m 7.05e-06 ▁f 6.92e-06 ▁and 6.664e-06 ▁there 5.42e-06 ▁play 5.058e-06 ▁t 5.014e-06 ▁we 4.746e-06 ▁for 4.738e-06 es 4.584e-06 ▁h 4.389e-06 ▁but 3.738e-06 ▁s 3.616e-06 ▁l 3.439e-06 ▁do 3.329e-06 ▁g 2.374e-06 ▁so 2.311e-06 ▁had 2.026e-06 ▁on 1.409e-06 s 1.391e-06 M 1.205e-06 l 1.178e-06 t 1.085e-06 L 1.039e-06 ▁li 9.624e-07 ▁r 9.583e-07 ▁be 8.388e-07 P 6.56e-07 r 4.766e-07 ▁was 3.539e-07 ▁in 3.432e-07 ▁th 3.417e-07 ▁with 3.393e-07 ▁named 2.794e-07 ▁st 2.725e-07 oo 2.06e-07 ▁little 2.019e-07 ▁that 2.018e-07 ▁of 1.988e-07 e 1.448e-07 u 1.441e-07 ▁day 9.23e-08 ▁n 7.775e-08 ▁y 7.644e-08 K 7.337e-08 ▁upon 7.195e-08 he 7.172e-08 a 6.936e-08 ▁e 6.861e-08 o 6.65e-08 ed 5.435e-08 ar 4.854e-08 h 4.225e-08 ▁very 4.202e-08 i 4.165e-08 n 3.984e-08 id 3.492e-08 ig 3.288e-08 en 3.049e-08 d 3.034e-08 ot 2.374e-08 st 2.144e-08 k 2.123e-08 out 2.102e-08 ou 2.08e-08 all 1.952e-08 ir 1.613e-08 G 1.524e-08 ▁saw 1.464e-08 ent 1.384e-08 ▁big 1.056e-08 ve 1.009e-08 R 9.669e-09 ▁want 8.721e-09 j 8.702e-09 ▁time 7.855e-09 J 7.81e-09 her 7.171e-09 ved 7.089e-09 ▁lo 7.005e-09 ▁ne 6.648e-09 ld 5.156e-09 ▁up 4.312e-09 <rest> 0.4389454758320003',
        '▁Lily .\t<rest> 0.1406437700370078',
        '▁She\t▁lo 0.1238 ▁was 0.1006 ▁had 0.05046 ▁want 0.04684 ▁p 0.04377 ▁a 0.04344 ▁s 0.04259 ▁w 0.04259 ▁saw 0.04213 ▁d 0.03807 ▁f 0.03738 ▁l 0.03548 ▁c 0.03081 ▁to 0.02859 ▁ 0.02818 ▁th 0.02444 ▁li 0.02327 ▁g 0.01985 ▁t 0.01663 ▁r 0.01607 ▁st 0.0136 ▁h 0.01257 ▁wa 0.01076 ▁m 0.009004 ▁b 0.004764 ▁play 0.003806 ▁ne 0.002754 ▁do 0.002193 ▁be 0.001516 ▁and 0.001295 ▁in 0.0007083 ▁y 0.0006634 ▁we 0.0006507 ▁so 0.0004738 ▁she 0.0003694 ▁the 0.0002719 ▁on 0.0002718 ▁She 0.0001181 ▁of 0.0001148 ▁it 7.523e-05 ▁but 6.608e-05 ▁T 4.656e-05 ▁her 4.608e-05 l 4.471e-05 n 2.259e-05 ▁with 1.798e-05 ▁Lily 1.732e-05 , 1.695e-05 st 1.277e-05 . 1.262e-05 ▁M 1.199e-05 ar 7.819e-06 s 7.775e-06 en 7.229e-06 ▁very 5.992e-06 t 5.941e-06 r 5.677e-06 i 5.663e-06 a 5.41e-06 ▁named 4.175e-06 ▁day 2.915e-06 d 2.165e-06 e 1.874e-06 ld 1.214e-06 ▁big 1.064e-06 <s> 8.322e-07 ▁I 6.952e-07 o 5.594e-07 ▁S 5.261e-07 ed 4.54e-07 ▁The 4.104e-07 ▁little 3.935e-07 ▁that 3.761e-07 u 3.588e-07 her 3.56e-07 h 3.324e-07 k 2.773e-07 ▁there 2.301e-07 ou 1.749e-07 ▁up 1.715e-07 ot 1.55e-07 ▁One 1.428e-07 he 1.395e-07 ir 1.322e-07 ▁upon 1.294e-07 id 1.289e-07 ▁Once 1.244e-07 oo 1.013e-07 ve 8.483e-08 ent 7.348e-08 all 7.11e-08 ▁time 6.602e-08 es 6.206e-08 out 6.088e-08 ved 5.958e-08 ▁Timmy 4.948e-08 L 4.269e-08 j 4.179e-08 ▁Tim 4.008e-08 ig 3.794e-08 J 3.594e-08 M 1.773e-08 P 6.49e-09 G 5.841e-09 K 5.029e-09 R 4.866e-09 <rest> 0.08673306748781606',
        '. ▁She\t▁lo 0.1291 ▁was 0.0989 ▁had 0.05169 ▁it 0.0001006 ▁She 6.649e-05 <rest> 0.08491937569423769',
        '▁lo\tved 0.7537 <rest> 0.05835984417956208',
        'ved\t▁to 0.5603 <rest> 0.05480434445891713',
        '▁to\t▁the 0.09631 ▁play 0.09182 o 0.07222 ▁s 0.06155 ▁g 0.04549 ▁c 0.03633 ▁ 0.03212 ▁be 0.03052 ▁he 0.02982 ld 0.02674 ▁f 0.02622 ▁m 0.02455 ▁t 0.0244 ▁e 0.02247 ▁do 0.01893 ▁p 0.0182 ▁her 0.01757 ▁b 0.01565 ▁l 0.0149 ▁d 0.01296 ▁r 0.01095 ▁st 0.009555 ▁h 0.00921 ▁wa 0.007625 ▁we 0.003139 ▁to 0.002727 ▁it 0.002555 d 0.002048 ▁S 0.002035 ▁li 0.001961 ▁M 0.001571 ▁th 0.001218 ▁n 0.001173 . 0.001164 ▁lo 0.0009592 ▁ne 0.0008927 ▁so 0.0008505 ▁in 0.0007779 ▁Timmy 0.0007492 ▁was 0.0006037 n 0.0004709 a 0.0004663 r 0.0004651 ot 0.0004086 ▁for 0.0003341 , 0.0002721 ▁y 0.0002619 ▁and 0.0002441 ▁on 0.0002241 e 0.0001605 ▁she 0.0001125 ▁up 0.0001082 ▁big 9.252e-05 ▁want 8.813e-05 ar 8.219e-05 t 7.744e-05 k 6.887e-05 i 6.867e-05 st 6.756e-05 ▁that 6.496e-05 ig 6.221e-05 ▁saw 5.412e-05 s 5.052e-05 ▁with 3.821e-05 ▁very 3.664e-05 out 3.177e-05 ▁of 3.155e-05 ▁had 3.069e-05 ed 2.359e-05 ▁I 1.95e-05 h 1.857e-05 ▁The 1.411e-05 ▁day 1.345e-05 M 1.247e-05 ir 1.195e-05 ▁there 9.352e-06 l 8.207e-06 ▁but 7.606e-06 j 5.634e-06 ▁little 4.284e-06 en 3.212e-06 ved 2.106e-06 id 1.174e-06 ve 1.102e-06 he 1.086e-06 ou 1.03e-06 L 9.048e-07 es 8.895e-07 ▁named 7.365e-07 G 6.612e-07 ent 5.195e-07 <s> 4.94e-07 R 2.404e-07 ▁time 2.304e-07 K 1.577e-07 ▁She 1.181e-07 P 7.483e-08 oo 2.881e-08 all 1.502e-08 her 1.273e-08 ▁Once 1.218e-08 ▁upon 1.212e-08 ▁One 1.134e-08 J 9.776e-09 <rest> 0.17954924491301283',
        '▁play\t▁with 0.3027 ed 0.188 ▁ 0.06794 . 0.05969 ▁in 0.04845 ▁to 0.03584 ▁a 0.02578 ▁and 0.01422 ▁on 0.01238 , 0.007797 ▁h 0.00498 ▁g 0.003905 ▁the 0.003868 ▁c 0.003579 ▁m 0.002807 ▁ne 0.002785 ▁d 0.002721 ▁p 0.001398 ▁f 0.001358 ▁for 0.001303 t 0.0007236 ▁there 0.0006949 ▁w 0.0005678 s 0.0004071 ▁her 0.0003304 ▁he 0.0003213 a 0.0002975 r 0.0002803 ▁play 0.0002476 ▁l 0.0001659 ▁but 0.0001108 d 9.723e-05 l 9.682e-05 ▁y 7.517e-05 ▁be 6.924e-05 es 6.808e-05 h 6.119e-05 ▁big 5.931e-05 ▁st 5.819e-05 ▁T 5.077e-05 e 4.902e-05 ▁li 4.474e-05 ▁was 3.826e-05 ▁S 3.204e-05 i 2.975e-05 ar 2.886e-05 o 2.739e-05 st 2.551e-05 n 2.385e-05 ▁we 2.087e-05 ▁lo 1.565e-05 en 1.512e-05 ▁named 1.28e-05 ▁do 1.254e-05 ▁of 8.772e-06 ▁wa 6.388e-06 all 5.548e-06 ld 5.47e-06 ▁had 4.647e-06 ve 3.972e-06 ▁Tim 3.799e-06 u 3.759e-06 he 3.34e-06 ▁I 2.516e-06 ou 2.461e-06 k 1.768e-06 ▁saw 1.547e-06 ▁want 6.672e-07 ▁Timmy 6.474e-07 ▁she 6.069e-07 ▁M 5.039e-07 j 4.866e-07 ▁day 4.133e-07 ▁Lily 4.082e-07 ot 2.996e-07 ig 2.808e-07 her 2.403e-07 ▁little 2.298e-07 ved 1.962e-07 ent 1.652e-07 ir 1.6e-07 id 1.446e-07 ▁She 1.305e-07 ▁time 1.278e-07 ▁The 1.133e-07 oo 1.111e-07 <s> 6.928e-08 out 6.676e-08 ▁Once 6.324e-08 ▁upon 5.97e-08 ▁One 5.888e-08 L 4.681e-08 J 3.941e-08 M 1.944e-08 K 8.672e-09 P 7.116e-09 G 6.405e-09 R 5.336e-09 <rest> 0.18908126683190907',
        '▁to ▁play\t▁with 0.4776 ▁ 0.1289 . 0.1021 ▁in 0.08495 ▁to 0.041 ▁a 0.0304 ▁and 0.02356 ▁on 0.01854 , 0.01224 ▁h 0.008045 ▁g 0.006274 ▁c 0.00504 ▁the 0.0047 ▁ne 0.004382 ▁d 0.004209 ▁b 0.003993 ▁s 0.003562 ▁m 0.002889 ▁p 0.002121 ▁f 0.001962 ▁t 0.001574 ▁for 0.001509 ▁it 0.001333 ▁e 0.001185 ▁r 0.001111 ▁so 0.0009254 ▁there 0.0009062 ▁very 0.000839 ▁w 0.0007605 ▁her 0.0006311 ▁n 0.0006213 ▁th 0.0005597 ▁that 0.0004613 ▁he 0.0003421 ▁up 0.0003083 ▁l 0.0002215 ▁play 0.0002174 ▁but 0.0001856 ed 0.0001569 s 3.505e-05 t 1.229e-05 r 7.087e-06 a 3.947e-06 <rest> 0.018440609148827947',
        'ved ▁to ▁play\t▁with 0.4197 ▁ 0.3115 ▁in 0.1242 ▁a 0.01869 ▁on 0.01765 ▁and 0.01522 ▁to 0.01275 ▁h 0.01115 . 0.01038 ▁g 0.007024 ▁d 0.00615 ▁c 0.005956 ▁b 0.004792 ▁ne 0.004397 , 0.003164 ▁p 0.00314 ▁s 0.00244 ▁m 0.002141 ▁t 0.001821 ▁f 0.001714 ▁the 0.00168 ▁r 0.001432 ▁her 0.001186 ▁e 0.001169 ▁very 0.001014 ▁so 0.0007291 ▁there 0.0005522 ▁w 0.0005335 ▁th 0.0005223 ▁for 0.0004663 ▁it 0.0002583 ▁but 0.0002407 ▁l 0.0002279 ▁n 0.000199 ▁up 0.0001869 ▁play 0.0001593 ▁T 0.0001409 ▁st 0.0001132 ▁he 9.13e-05 ▁that 6.584e-05 ed 4.349e-06 <rest> 0.0042550085965118445',
        '▁lo ved ▁to ▁play\t▁with 0.4197 ▁ 0.3116 ▁in 0.1242 <rest> 0.004252065990290155',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.3948 <rest> 0.0032102752973889315',
        '▁\tout 0.08133 <rest> 0.6494484111050689',
        'out\ts 0.3421 <rest> 0.03776655922095695',
        's\t. 0.1581 ▁and 0.06278 id 0.05371 , 0.03793 s 0.03773 ▁a 0.03237 ▁to 0.02696 ed 0.0198 ▁of 0.01943 ▁ 0.01895 h 0.01873 ▁in 0.016 ▁f 0.01505 ▁c 0.0141 ▁w 0.01358 ▁we 0.01208 ▁g 0.01145 k 0.01019 ▁he 0.009921 ▁m 0.009585 i 0.009526 ▁with 0.008666 ▁h 0.008069 ▁d 0.007539 o 0.007242 ▁l 0.00707 ▁be 0.007052 he 0.006932 ▁she 0.006549 ▁t 0.0064 ▁on 0.006379 ▁play 0.006239 u 0.006137 ▁that 0.005532 ▁n 0.005162 ▁e 0.004478 ▁for 0.004438 ▁so 0.003778 ▁li 0.003503 ▁th 0.00327 ▁was 0.003161 ▁her 0.002771 ▁ne 0.002709 a 0.002522 ▁wa 0.002275 ▁saw 0.001417 ▁want 0.001236 ▁up 0.001226 ▁named 0.001221 ▁Lily 0.0008915 ▁lo 0.0008739 ▁T 0.0008009 ▁there 0.0007717 ▁Tim 0.0007017 ▁little 0.0006762 ▁S 0.0006666 ▁big 0.0006299 ▁M 0.0005595 her 0.0005311 ▁Timmy 0.0004988 ▁but 0.0003764 r 0.0003122 e 0.000241 l 0.0002352 ▁day 0.0002279 n 0.0001429 ▁I 0.0001093 es 5.56e-05 t 4.825e-05 ve 3.541e-05 ot 3.203e-05 st 2.806e-05 ir 1.902e-05 ou 1.895e-05 en 1.364e-05 d 1.302e-05 out 1.023e-05 ar 8.078e-06 ▁The 7.094e-06 K 6.809e-06 ▁upon 6.521e-06 j 5.661e-06 oo 4.886e-06 ld 4.669e-06 ig 3.856e-06 L 3.076e-06 G 2.841e-06 ▁One 2.527e-06 <s> 2.137e-06 ▁She 2.055e-06 M 1.542e-06 ved 1.482e-06 all 1.132e-06 P 7.937e-07 J 1.433e-07 ▁Once 1.231e-07 R 1.024e-07 <rest> 0.19065103420645868',
        'out s\tid 0.9908 <rest> 0.0004756076182192981',
        'id\te 0.4157 <rest> 0.05699045094356214',
        'e\t. 0.0956 l 0.06863 e 0.05706 ▁and 0.04032 a 0.03473 , 0.03359 ar 0.03201 ▁to 0.03072 ▁day 0.02226 ▁the 0.02133 ▁c 0.01621 ▁in 0.01594 ▁b 0.01443 ▁was 0.01426 ▁s 0.01397 ▁w 0.01385 ▁f 0.01174 o 0.01056 ▁with 0.009182 ▁of 0.008049 st 0.006116 ▁h 0.006055 ▁it 0.006039 en 0.005396 ▁on 0.005344 ▁y 0.003414 ▁for 0.003305 k 0.003304 ed 0.003239 ▁ne 0.002753 ▁he 0.002717 ▁th 0.002666 ld 0.002618 ▁we 0.002583 es 0.00217 ▁play 0.001835 ▁n 0.001832 ▁want 0.001517 ▁saw 0.001504 ▁she 0.001503 ▁so 0.001185 ▁very 0.001036 ▁do 0.0009304 s 0.0008651 ▁Lily 0.0006144 ▁time 0.0005238 ▁I 0.0004718 ▁named 0.0004553 ▁little 0.0004432 ▁but 0.0004282 ▁M 0.0004161 ▁S 0.0004094 ▁big 0.0003599 ▁there 0.000269 ▁T 0.0002552 ▁Tim 0.0002505 d 0.0001843 n 0.0001722 r 0.0001454 ▁Timmy 0.0001446 h 0.0001362 t 0.0001335 all 0.0001219 u 8.17e-05 i 7.766e-05 ir 5.727e-05 ig 5.641e-05 ot 3.204e-05 ent 2.567e-05 oo 2.22e-05 her 1.282e-05 out 7.107e-06 he 7.079e-06 j 5.739e-06 id 4.393e-06 ▁She 4.123e-06 ou 3.791e-06 ▁The 3.203e-06 <s> 3.161e-06 P 2.534e-06 ▁One 1.971e-06 K 1.61e-06 ▁upon 1.596e-06 ▁Once 7.435e-07 G 2.212e-07 R 1.083e-07 J 7.753e-08 M 4.646e-08 L 3.976e-08 <rest> 0.2582180978673754',
        'id e\t▁in 0.09469 <rest> 0.03705212124213231',
        '▁in\t▁the 0.4748 <rest> 0.06746605818765528',
        '▁the\t▁p 0.09545 <rest> 0.07984302798583243',
        '▁p\tar 0.1834 <rest> 0.29104719164686044',
        'ar\tk 0.168 <rest> 0.11710669907824978',
        '▁One\t▁day 0.9735 <rest> 0.0013425821938742866',
        '▁day\t, 0.6673 <rest> 0.007137988079736868',
        '▁she\t▁was 0.1036 ▁c 0.09431 ▁saw 0.09075 ▁w 0.08076 ▁f 0.05851 ▁had 0.05755 ▁d 0.05432 ▁a 0.04099 ▁ 0.03169 ▁want 0.03125 ▁g 0.03025 ▁lo 0.02497 ▁s 0.02275 ▁he 0.0207 ▁p 0.01758 ▁l 0.01618 ▁m 0.01599 ▁st 0.01528 l 0.0118 ▁ne 0.0101 ▁t 0.009612 ▁wa 0.007343 ▁th 0.007018 ▁r 0.006536 ▁n 0.005721 ▁h 0.004947 e 0.004681 ▁li 0.004569 ▁play 0.003706 ▁b 0.003034 ▁e 0.002859 ▁for 0.0028 ▁and 0.0008824 a 0.0008468 ▁in 0.0005254 d 0.0004608 ar 0.0004055 ▁she 0.0003817 ▁on 0.0002417 ▁so 0.0002089 ▁the 0.0001995 . 0.0001773 ld 0.0001383 r 0.0001038 h 8.844e-05 ▁her 7.452e-05 ▁with 7.329e-05 ▁of 7.314e-05 ▁it 7.264e-05 st 5.552e-05 en 5.166e-05 i 4.9e-05 ▁named 3.504e-05 ▁that 3.288e-05 , 3.247e-05 ir 2.6e-05 <s> 2.521e-05 t 2.455e-05 u 2.408e-05 s 2.404e-05 ▁very 2.118e-05 ▁Lily 2.014e-05 ▁M 1.833e-05 n 1.51e-05 ▁day 1.472e-05 ▁S 1.428e-05 es 1.286e-05 ed 8.56e-06 ▁T 8.143e-06 all 7.913e-06 ▁there 4.659e-06 ▁but 3.495e-06 o 3.308e-06 j 2.285e-06 oo 2.198e-06 ▁She 2.193e-06 k 2.174e-06 ig 1.958e-06 ▁big 1.667e-06 ou 1.063e-06 ▁up 1.029e-06 id 9.265e-07 ▁Timmy 7.116e-07 ▁I 5.879e-07 ot 5.363e-07 ▁One 3.746e-07 ent 3.282e-07 ▁little 2.4e-07 he 1.732e-07 ▁The 1.24e-07 ve 1.017e-07 her 9.869e-08 ▁time 7.919e-08 ▁Once 7.657e-08 out 7.303e-08 ved 7.147e-08 ▁upon 6.531e-08 ▁Tim 6.329e-08 L 5.121e-08 J 4.311e-08 R 4.138e-08 M 3.095e-08 P 7.785e-09 G 7.007e-09 K 6.033e-09 <rest> 0.08482433943247236',
        ', ▁she\t▁saw 0.2487 ▁w 0.1382 ▁f 0.1218 ▁was 0.057 ▁he 0.04116 ▁a 0.04075 ▁c 0.03218 ▁ 0.03056 ▁m 0.0261 ▁s 0.02006 ▁p 0.01744 ▁had 0.01674 ▁st 0.01497 ▁to 0.0146 ▁n 0.01272 ▁lo 0.004968 ▁ne 0.003744 ▁wa 0.003303 ▁b 0.003097 ▁and 0.001704 ▁li 0.001289 ▁e 0.00127 l 0.0005263 ▁in 0.0004689 ▁do 0.0003344 ▁we 0.0003318 ▁on 0.0002682 ▁the 0.0002308 ▁so 0.0001973 ar 6.509e-05 . 6.327e-05 e 4.464e-05 r 1.923e-05 a 1.693e-05 d 1.173e-05 ld 7.371e-06 <rest> 0.03156074807958453',
        '▁day , ▁she\t▁saw 0.2628 ▁w 0.2507 ▁f 0.1752 ▁was 0.0718 ▁d 0.03772 ▁m 0.0229 ▁want 0.02107 ▁c 0.01096 ▁he 0.01026 ▁ 0.008366 ▁n 0.005209 ▁lo 0.004517 ▁l 0.004011 ▁and 0.001977 ▁th 0.001969 ▁h 0.001562 ▁b 0.001242 ▁t 0.001232 ▁li 0.000992 ▁for 0.0006186 ▁e 0.0004457 ▁in 0.0004432 ▁named 0.0002002 ▁on 0.0001969 ▁the 0.0001787 ▁with 0.0001473 l 4.768e-05 ▁do 1.561e-05 ▁y 8.762e-06 <rest> 0.011989529598333104',
        '▁One ▁day , ▁she\t▁saw 0.2696 ▁w 0.2483 ▁f 0.183 ▁was 0.07418 ▁t 0.0009065 ▁e 0.0003114 <rest> 0.010756641107941722',
        '. ▁One ▁day , ▁she\t▁saw 0.2699 ▁w 0.2484 ▁f 0.1831 ▁was 0.07409 <rest> 0.0107370331457588',
        'k . ▁One ▁day , ▁she\t▁saw 0.3226 <rest> 0.008344585558150652',
        '▁saw\t▁a 0.5776 <rest> 0.028098361146852602',
        '▁saw ▁a\t▁big 0.3752 <rest> 0.022096519825152705',
        '▁big\t▁b 0.1475 , 0.1214 ▁t 0.09028 ▁h 0.06372 ▁s 0.06035 ▁c 0.05091 ▁r 0.04884 ▁p 0.04645 ▁and 0.04586 ▁f 0.03407 ▁do 0.03167 ▁m 0.02337 ▁g 0.02221 ▁ 0.01992 ▁st 0.01725 ▁w 0.01509 ▁l 0.01029 ▁d 0.008524 . 0.008461 ▁be 0.007493 ▁e 0.006457 ▁wa 0.006263 ▁y 0.006053 ▁n 0.004865 ▁that 0.004109 ▁for 0.003932 ▁but 0.002837 ▁li 0.002742 ▁big 0.001957 ▁th 0.001906 ▁ne 0.001574 ▁on 0.001086 ▁the 0.000812 ▁day 0.0006666 ▁lo 0.0005825 ▁play 0.0005636 ▁so 0.0004944 ▁she 0.0004605 ▁in 0.0004588 ▁was 0.0003633 ▁little 0.0003596 ▁we 0.0003174 ▁it 0.0002834 ▁her 0.0002337 ▁with 0.0002019 n 0.0001882 ▁of 0.0001302 l 6.262e-05 s 5.321e-05 r 4.857e-05 ir 4.141e-05 ▁up 4.056e-05 u 3.389e-05 e 2.879e-05 ▁saw 2.762e-05 st 1.721e-05 i 1.695e-05 d 1.6e-05 ar 1.434e-05 t 1.125e-05 a 1.043e-05 ▁named 7.149e-06 ▁had 6.823e-06 ▁very 6.271e-06 ig 6.216e-06 ▁T 5.258e-06 ▁there 4.831e-06 ▁time 4.502e-06 ou 4.212e-06 es 4.162e-06 o 3.989e-06 ▁want 2.943e-06 en 2.468e-06 j 2.232e-06 ▁I 1.891e-06 ▁M 1.871e-06 all 1.341e-06 ed 1.002e-06 ▁Lily 6.935e-07 P 6.67e-07 he 5.982e-07 h 5.533e-07 ▁Timmy 5.383e-07 ld 4.335e-07 ot 3.304e-07 k 2.882e-07 K 2.158e-07 id 2.121e-07 ▁She 1.958e-07 ▁S 1.833e-07 ve 1.736e-07 ▁The 1.701e-07 oo 1.668e-07 out 1.653e-07 ent 1.209e-07 <s> 1.052e-07 her 9.917e-08 ved 9.804e-08 ▁Once 9.49e-08 ▁upon 8.958e-08 ▁One 8.835e-08 ▁Tim 7.987e-08 J 7.518e-08 L 7.024e-08 M 2.917e-08 G 1.619e-08 R 8.007e-09 <rest> 0.04882246567381543',
        '▁a ▁big\t▁b 0.1586 , 0.1429 ▁t 0.09956 ▁h 0.07844 ▁s 0.06658 ▁c 0.05454 ▁p 0.05314 ▁r 0.05136 ▁f 0.03729 ▁do 0.03295 ▁m 0.0244 ▁g 0.02422 ▁ 0.02308 ▁st 0.01837 ▁w 0.01518 ▁l 0.01131 ▁d 0.009052 ▁wa 0.007152 ▁y 0.006935 ▁n 0.005692 ▁and 0.00304 ▁he 0.00293 ▁li 0.002743 ▁big 0.002245 ▁ne 0.001868 . 0.0007002 ▁lo 0.0006798 ▁little 0.0003738 ▁we 0.0003544 ▁her 0.0002668 ▁in 0.0002095 ▁of 0.0001508 ▁with 8.78e-05 ▁for 7.969e-05 n 7.469e-05 ▁that 2.893e-05 ▁it 1.738e-05 <rest> 0.02161858898874014',
        '▁saw ▁a ▁big\t, 0.1927 <rest> 0.015028626985482019',
        '▁big ,\t▁r 0.1595 <rest> 0.06393366183146887',
        '▁r\to 0.3018 a 0.1692 ed 0.09664 u 0.04177 id 0.02764 ou 0.02047 oo 0.004698 h 0.003392 ot 0.002181 e 0.0006317 ar 0.0003464 ig 0.0002228 r 0.0002187 es 0.0001375 all 0.0001263 en 0.0001193 out 9.646e-05 ir 4.432e-05 k 3.87e-05 d 3.832e-05 . 2.01e-05 l 1.525e-05 n 9.765e-06 R 8.744e-06 her 5.543e-06 , 5.329e-06 he 4.374e-06 K 3.738e-06 t 3.404e-06 ▁r 3.006e-06 ▁a 1.882e-06 s 1.261e-06 L 1.183e-06 j 8.195e-07 ▁to 7.641e-07 ▁ 7.584e-07 ▁and 7.369e-07 ▁the 7.325e-07 ▁was 4.883e-07 ▁s 4.846e-07 ▁with 4.734e-07 ▁c 4.175e-07 ent 4.008e-07 ▁b 3.933e-07 ▁f 3.819e-07 ▁Lily 3.239e-07 ▁w 2.878e-07 ▁g 2.84e-07 M 2.785e-07 ▁p 2.648e-07 ▁m 2.648e-07 ▁d 2.29e-07 ▁n 2.085e-07 ▁he 2.083e-07 ▁her 2.065e-07 ▁h 2.007e-07 ▁it 1.982e-07 ▁l 1.975e-07 ▁T 1.909e-07 ▁t 1.904e-07 ▁in 1.648e-07 ▁She 1.522e-07 ▁Timmy 1.452e-07 ▁play 1.425e-07 ▁day 1.386e-07 ▁be 1.386e-07 ▁The 1.322e-07 ▁e 1.263e-07 ▁she 1.213e-07 ▁st 1.197e-07 G 1.19e-07 ve 1.185e-07 ▁that 1.121e-07 ▁on 1.089e-07 ▁I 1.073e-07 st 1.04e-07 ▁big 1.011e-07 ▁of 9.758e-08 ▁little 9.034e-08 ▁so 9.015e-08 ▁want 9.008e-08 ▁th 8.877e-08 ▁saw 8.782e-08 ▁had 8.68e-08 ▁for 8.622e-08 ▁wa 8.535e-08 ▁M 8.47e-08 ▁time 8.442e-08 ▁we 8.324e-08 ▁but 8.271e-08 ▁very 8.221e-08 ▁do 7.701e-08 <s> 7.681e-08 ved 7.62e-08 ▁lo 7.53e-08 ▁named 7.497e-08 ld 7.464e-08 ▁S 7.453e-08 ▁Once 7.375e-08 ▁there 7.342e-08 ▁li 7.237e-08 ▁ne 7.146e-08 ▁upon 6.963e-08 ▁One 6.867e-08 ▁Tim 5.125e-08 ▁up 4.635e-08 J 4.596e-08 ▁y 2.326e-08 P 8.299e-09 <rest> 0.3282350633906892',
        ', ▁r\ted 0.5332 <rest> 0.12202145163030553',
        'ed\t▁to 0.2826 ▁and 0.1009 . 0.08741 ▁the 0.06582 ▁a 0.04568 , 0.03881 ▁that 0.03717 ▁it 0.02893 ▁her 0.02769 ▁with 0.02028 ▁in 0.01647 ▁up 0.01625 ▁ 0.01549 ▁b 0.01369 ▁h 0.01345 ▁on 0.01109 ▁s 0.009028 ▁for 0.007498 d 0.007472 ▁of 0.006414 ▁w 0.006217 ▁d 0.005066 ▁be 0.004883 ▁e 0.004286 ▁he 0.004006 ▁but 0.003275 ▁p 0.002596 ▁Lily 0.002582 ▁t 0.002179 s 0.002149 ▁th 0.002126 ▁M 0.001944 ▁g 0.001918 ▁T 0.001802 ▁S 0.001728 ▁l 0.001617 ▁play 0.001613 ▁n 0.001436 ▁li 0.001386 a 0.001369 ▁she 0.001329 l 0.001044 ▁Tim 0.001033 ▁wa 0.0009945 ▁st 0.0007921 ▁ne 0.0007438 ▁was 0.0007243 r 0.0006995 ▁do 0.0004677 ▁y 0.0004568 ▁there 0.0003992 n 0.0003088 ▁lo 0.0002243 ▁we 0.0001686 ▁big 0.0001584 ▁little 0.0001102 ▁had 9.62e-05 ▁upon 8.382e-05 t 7.153e-05 h 6.866e-05 ▁day 6.521e-05 ▁time 5.11e-05 ▁saw 5.08e-05 u 4.559e-05 ▁I 4.183e-05 out 3.399e-05 o 3.014e-05 ▁want 2.717e-05 e 2.63e-05 st 2.507e-05 en 2.065e-05 ▁named 1.721e-05 ▁The 8.419e-06 her 7.088e-06 k 6.861e-06 ig 6.282e-06 id 6.05e-06 he 4.263e-06 ved 3.828e-06 ve 3.421e-06 ou 3.273e-06 ar 3.158e-06 ir 2.606e-06 es 2.079e-06 all 2.006e-06 ot 1.643e-06 j 1.429e-06 oo 1.124e-06 ld 9.68e-07 ent 9.072e-07 P 8.885e-07 M 5.98e-07 G 4.431e-07 J 4.005e-07 ▁She 3.875e-07 R 1.788e-07 <s> 1.777e-07 K 1.658e-07 ▁One 1.07e-07 ▁Once 4.752e-08 L 4.454e-08 <rest> 0.048501851055755774',
        '▁r ed\t▁b 0.3645 <rest> 0.01879777447837727',
        '▁b\to 0.1839 a 0.1267 ir 0.1147 all 0.09091 r 0.0846 u 0.0752 l 0.05393 ot 0.03205 oo 0.01941 ed 0.01621 ar 0.01102 ou 0.007537 i 0.00633 en 0.004269 ent 0.0005523 e 0.0005125 ▁b 0.0001789 n 6.569e-05 es 4.966e-05 ve 4.674e-05 id 4.343e-05 s 4.223e-05 k 3.692e-05 ld 2.548e-05 ▁g 1.34e-05 t 1.011e-05 st 7.794e-06 he 7.469e-06 j 5.676e-06 h 4.928e-06 ▁do 4.551e-06 . 4.124e-06 ▁so 2.75e-06 ▁on 2.478e-06 ▁to 2.305e-06 <s> 2.201e-06 ▁ 2.139e-06 her 2.085e-06 ▁h 1.877e-06 ▁Lily 1.728e-06 ▁s 1.318e-06 ▁f 1.234e-06 d 1.152e-06 ▁c 1.058e-06 ▁named 1.054e-06 ▁d 9.598e-07 ▁S 9.34e-07 ▁of 8.548e-07 out 7.979e-07 ▁and 7.065e-07 ▁was 6.048e-07 ▁but 6.013e-07 ▁a 5.427e-07 ▁time 4.722e-07 ▁l 4.51e-07 ▁She 3.7e-07 ▁t 3.674e-07 ▁she 3.63e-07 ▁ne 3.106e-07 ▁very 3.013e-07 ▁wa 2.986e-07 ▁had 2.965e-07 ▁play 2.697e-07 ved 2.597e-07 , 2.539e-07 ▁the 2.344e-07 ▁be 2.325e-07 ▁in 2.281e-07 ▁it 2.101e-07 ▁w 1.878e-07 ▁that 1.775e-07 ▁T 1.764e-07 ▁big 1.615e-07 ▁we 1.525e-07 J 1.415e-07 ▁up 1.376e-07 ▁st 1.253e-07 ▁p 1.232e-07 L 1.082e-07 P 9.651e-08 R 8.751e-08 ▁m 8.621e-08 ▁I 8.16e-08 ▁r 7.721e-08 ▁One 7.634e-08 ▁for 7.564e-08 ▁with 7.449e-08 ▁little 7.195e-08 ▁Once 6.956e-08 ▁he 6.924e-08 ▁day 6.62e-08 ▁her 6.567e-08 ▁lo 6.382e-08 ▁The 5.878e-08 ▁saw 5.15e-08 ▁li 5.14e-08 ▁want 5.007e-08 ▁Tim 4.629e-08 ▁e 4.594e-08 ▁th 4.175e-08 ▁n 4.016e-08 ▁Timmy 3.637e-08 ▁there 2.291e-08 ▁upon 2.173e-08 ▁M 1.931e-08 G 1.075e-08 ▁y 8.507e-09 M 7.077e-09 K 2.007e-09 <rest> 0.17116678659804074',
        'ed ▁b\tall 0.3227 <rest> 0.23813739846895443',
        'all . ▁She\t▁want 0.1187 <rest> 0.08785008303068786',
        '▁want\ted 0.6512 <rest> 0.007098616005705938',
        'ed ▁to\t▁s 0.09842 ▁play 0.09155 ▁c 0.08113 ▁g 0.06897 ▁he 0.05626 ▁t 0.04943 ▁f 0.04831 ▁ 0.04735 ▁be 0.04139 ▁p 0.03829 ▁m 0.0369 ▁e 0.03199 ▁r 0.02211 ▁l 0.02162 ▁b 0.02133 ▁d 0.0189 ▁st 0.01523 ▁the 0.01315 ▁w 0.01008 ▁wa 0.009626 ▁her 0.006977 o 0.006122 ▁to 0.005622 ▁do 0.004896 ▁we 0.004287 ▁li 0.002052 ▁th 0.001663 ▁so 0.001467 ▁ne 0.001446 ▁n 0.001388 ▁in 0.001106 ▁lo 0.001083 ▁it 0.0008648 ▁Lily 0.0008295 ▁was 0.0008069 ▁M 0.0007432 ▁y 0.0006557 ▁S 0.0005949 ▁Tim 0.0004617 ▁T 0.0003631 ▁Timmy 0.0003483 d 0.0001707 ▁want 0.0001667 ld 0.0001522 u 8.365e-05 ▁she 5.233e-05 ▁up 4.761e-05 r 2.301e-05 a 1.674e-05 e 8.355e-06 ot 2.813e-06 <rest> 0.10909459094491714',
        '▁want ed ▁to\t▁play 0.1603 <rest> 0.03683151156819553',
        '▁with\t▁her 0.2015 ▁the 0.1835 ▁a 0.1108 ▁it 0.06055 ▁m 0.04696 ▁ 0.01976 ▁h 0.01711 . 0.016 ▁l 0.01466 out 0.01191 ▁s 0.01006 ▁e 0.008116 ▁b 0.007606 ▁c 0.006538 ▁th 0.005748 ▁p 0.005685 ▁f 0.00566 ▁M 0.005555 ▁d 0.004872 ▁Lily 0.004396 ▁S 0.004342 ▁t 0.004187 ▁wa 0.003684 ▁Tim 0.00307 ▁to 0.002762 ▁T 0.002416 ▁big 0.002377 ▁that 0.002239 ▁r 0.002019 ▁Timmy 0.00169 ▁n 0.001586 ▁st 0.001539 ▁g 0.001372 ▁so 0.001265 ▁he 0.00111 ▁in 0.001104 ▁y 0.001017 , 0.00101 ▁on 0.0007612 ▁and 0.0006941 ▁with 0.0006751 ▁up 0.0006713 ▁play 0.0005041 ▁do 0.0004289 ▁we 0.0004172 s 0.0003597 ▁she 0.0002749 ▁lo 0.0002743 ▁very 0.000269 ▁I 0.0002423 ▁but 0.0002359 ▁li 0.0001839 ▁little 0.0001272 e 7.936e-05 ▁was 6.197e-05 t 4.125e-05 ▁there 3.208e-05 ▁had 2.709e-05 ▁saw 2.478e-05 ed 1.914e-05 he 1.778e-05 M 1.576e-05 ▁day 1.533e-05 ▁time 1.478e-05 ve 1.305e-05 ved 9.975e-06 j 9.158e-06 ▁want 8.818e-06 st 8.432e-06 a 7.822e-06 u 6.579e-06 es 6.217e-06 o 4.87e-06 h 3.536e-06 ▁The 3.162e-06 L 2.978e-06 d 1.789e-06 k 1.258e-06 n 1.065e-06 ▁upon 9.304e-07 l 6.818e-07 ou 6.763e-07 ▁named 6.098e-07 ig 5.871e-07 P 5.731e-07 ▁One 4.421e-07 id 4.276e-07 r 4.254e-07 <s> 3.356e-07 R 2.985e-07 G 2.929e-07 oo 2.885e-07 i 2.827e-07 ar 2.575e-07 ot 1.637e-07 ld 1.619e-07 ir 1.365e-07 ▁She 1.258e-07 en 1.242e-07 ▁Once 7.794e-08 ent 7.588e-08 all 7.343e-08 her 6.225e-08 J 4.129e-08 K 1.804e-08 <rest> 0.20095976803349713',
        '▁play ▁with\t▁it 0.1179 <rest> 0.25357006056328457',
        '▁it\t▁was 0.1877 . 0.1763 ▁to 0.05225 , 0.04251 ▁a 0.0418 s 0.03497 ▁and 0.03169 ▁ 0.0303 ▁w 0.02875 ▁up 0.02526 ▁in 0.02511 ▁f 0.01999 ▁b 0.01825 ▁c 0.01685 ▁m 0.01658 ▁on 0.01655 ▁with 0.01354 ▁st 0.01048 ▁d 0.00952 ▁l 0.009046 ▁h 0.008307 ▁for 0.008227 ▁g 0.00775 ▁had 0.007651 ▁e 0.007195 ▁t 0.005999 ▁be 0.005833 ▁so 0.003542 ▁r 0.002805 ▁very 0.002595 ▁p 0.002533 ▁ne 0.002191 ▁we 0.001792 ▁li 0.001733 ▁he 0.001686 ▁the 0.001303 ▁wa 0.001108 ▁of 0.0009235 ▁n 0.0008637 ▁but 0.0008364 ▁want 0.00078 ▁th 0.0007506 ▁it 0.0007301 ▁do 0.0006406 ▁there 0.0005727 ▁lo 0.0004689 ▁that 0.0003884 r 0.0003849 ▁she 0.0003271 ▁big 0.0002633 ▁her 0.0001834 ▁y 9.899e-05 ▁play 9.132e-05 t 8.062e-05 k 7.927e-05 h 7.44e-05 ▁time 5.944e-05 l 5.827e-05 all 5.16e-05 ▁S 3.473e-05 ▁day 2.404e-05 u 1.964e-05 d 1.804e-05 e 1.749e-05 ▁M 1.665e-05 ▁Lily 1.209e-05 ▁T 9.806e-06 ed 9.478e-06 j 9.288e-06 ▁little 8.981e-06 a 8.17e-06 ve 6.379e-06 he 5.286e-06 n 4.905e-06 ou 4.417e-06 ▁I 4.187e-06 st 2.852e-06 o 1.885e-06 en 1.672e-06 ent 1.5e-06 ▁Timmy 1.433e-06 i 1.243e-06 es 9.978e-07 ▁named 9.371e-07 ir 8.155e-07 ▁One 8.034e-07 id 5.638e-07 her 5.392e-07 ot 3.191e-07 ar 2.608e-07 ▁The 2.492e-07 ▁Tim 2.348e-07 ld 2.312e-07 ig 2.124e-07 ▁upon 1.32e-07 out 1.092e-07 ▁She 1.071e-07 <s> 8.232e-08 oo 7.684e-08 ved 5.899e-08 ▁Once 5.875e-08 L 3.236e-08 J 2.724e-08 R 1.475e-08 M 1.344e-08 P 4.919e-09 G 4.428e-09 K 3.812e-09 <rest> 0.10005823815053494',
        '▁with ▁it\t. 0.427 , 0.1074 ▁a 0.1041 s 0.09675 ▁to 0.04969 ▁and 0.03677 ▁e 0.01855 ▁in 0.01545 ▁with 0.01114 ▁for 0.01092 ▁ 0.006197 ▁be 0.004923 ▁so 0.004776 ▁on 0.004158 ▁b 0.00308 ▁w 0.002563 ▁up 0.002535 ▁was 0.002343 ▁f 0.002116 ▁very 0.001431 ▁but 0.001325 ▁h 0.00131 ▁c 0.00112 ▁s 0.001101 ▁t 0.001068 ▁li 0.00096 ▁m 0.0008342 ▁l 0.00072 ▁there 0.0006126 ▁ne 0.0005622 ▁g 0.0005478 ▁that 0.0004701 ▁n 0.0004415 ▁he 0.0004347 ▁it 0.0003912 ▁st 0.0003455 ▁d 0.0003024 ▁p 0.0002986 ▁r 0.000221 ▁she 0.0002019 ▁of 0.0001928 ▁th 0.00013 ▁we 0.0001183 r 0.000104 ▁her 9.663e-05 ▁had 7.981e-05 ▁wa 6.097e-05 ▁do 5.665e-05 ▁big 5.739e-06 ▁lo 5.028e-06 ▁saw 2.368e-06 ▁want 2.239e-06 <rest> 0.07245140677299189',
        '▁play ▁with ▁it\t. 0.4453 , 0.141 ▁a 0.1205 ▁to 0.06104 s 0.01814 ▁in 0.01568 ▁with 0.01338 ▁for 0.01158 ▁ 0.0082 ▁so 0.006187 ▁be 0.004913 ▁b 0.003089 ▁up 0.002895 ▁w 0.002771 ▁very 0.001662 ▁but 0.001518 ▁li 0.001116 ▁c 0.0006278 ▁there 0.0006264 ▁n 0.000569 ▁that 0.0005385 ▁t 0.0004443 ▁l 0.0003596 ▁was 0.0002997 ▁p 0.0001597 ▁d 0.0001574 ▁st 0.0001171 ▁of 6.799e-05 r 5.166e-05 ▁we 4.818e-05 ▁th 3.864e-05 <rest> 0.08394411502137777',
        '▁to ▁play ▁with ▁it\t. 0.4786 , 0.1751 ▁a 0.1218 ▁and 0.02562 s 0.01944 ▁e 0.01769 ▁in 0.01534 ▁with 0.01294 ▁so 0.006101 ▁be 0.005579 ▁very 0.001887 ▁but 0.001705 ▁was 0.0003131 ▁n 0.0002112 ▁she 0.0001551 ▁st 0.000126 ▁d 9.626e-05 <rest> 0.03917305838560248',
        'ed ▁to ▁play ▁with ▁it\t. 0.4778 , 0.2149 ▁a 0.1186 ▁with 0.01368 ▁so 0.006508 ▁but 0.002059 ▁c 0.0002861 ▁m 0.0002393 ▁was 0.000188 ▁she 0.0001669 ▁her 0.0001221 ▁r 6.82e-05 ▁n 4.497e-05 <rest> 0.013112976108667795',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4475 , 0.2437 ▁a 0.1212 <rest> 0.0116110076308088',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5073 <rest> 0.010511310300670207',
        '▁but\t▁it 0.1275 <rest> 0.11217902799099988',
        '▁it ▁was\t▁to 0.1343 <rest> 0.04873504318742938',
        'o\t, 0.04326 k 0.03573 l 0.03076 s 0.02533 . 0.02492 ld 0.01591 d 0.01449 ▁h 0.01274 ve 0.01166 ▁a 0.01019 ▁lo 0.009097 ▁on 0.008226 ot 0.007832 e 0.007785 ▁l 0.00749 ▁f 0.00723 ▁li 0.006991 ▁s 0.006725 ▁ 0.006525 st 0.006483 ▁b 0.006462 ▁was 0.006293 ar 0.004706 ▁m 0.004571 es 0.004483 ▁c 0.004479 ▁and 0.003639 ▁d 0.00335 ved 0.003165 ▁he 0.002778 a 0.002742 ▁w 0.002146 ▁t 0.001959 ▁g 0.001486 ▁want 0.001484 ▁her 0.001426 ▁p 0.001419 ▁st 0.001332 ▁be 0.001158 ▁of 0.001114 ▁she 0.001078 ▁with 0.0009375 ▁ne 0.0009245 ▁e 0.0009231 ▁n 0.0008987 ▁th 0.0008795 ▁we 0.0007989 o 0.0005799 ▁play 0.0005593 ▁saw 0.0005086 ▁it 0.0004689 ▁very 0.000439 ▁wa 0.0004236 ▁there 0.0004232 ▁do 0.0004178 ▁r 0.0003557 ▁little 0.000323 ▁so 0.0002907 ▁Lily 0.0002366 ed 0.0002223 ▁that 0.0002218 ▁T 0.0002201 ▁Tim 0.0001725 ▁M 0.0001629 ▁time 0.0001511 ▁S 0.0001455 ▁y 0.000126 ▁day 0.0001203 ▁Timmy 9.317e-05 j 8.525e-05 u 8.127e-05 ou 7.243e-05 r 6.255e-05 n 6.118e-05 t 5.828e-05 en 5.771e-05 ▁named 5.389e-05 ig 5.134e-05 id 4.335e-05 ir 4.132e-05 ▁but 3.52e-05 ▁I 3.411e-05 out 3.108e-05 he 1.434e-05 all 1.007e-05 oo 4.771e-06 P 4.569e-06 her 2.893e-06 ent 1.197e-06 ▁upon 1.024e-06 K 8.721e-07 ▁She 7.691e-07 ▁One 5.339e-07 ▁The 5.186e-07 ▁Once 4.682e-07 <s> 4.42e-07 L 1.399e-07 M 1.286e-07 G 7.543e-08 R 3.473e-08 J 9.958e-09 <rest> 0.5623044156129182',
        '▁to o\tk 0.3514 . 0.201 ▁h 0.05215 ▁s 0.04951 ▁l 0.04431 ▁f 0.04052 , 0.03851 ▁big 0.02622 ▁m 0.02031 ▁he 0.01455 ▁d 0.0135 ▁c 0.01135 l 0.01041 ▁st 0.009818 ▁t 0.009561 ▁b 0.008378 ▁and 0.006718 ▁ 0.006606 ▁e 0.004172 ▁n 0.003299 ▁w 0.002984 ▁a 0.002881 ▁be 0.002017 ▁g 0.001987 ▁p 0.001799 ▁to 0.001662 ▁we 0.00122 ▁r 0.001058 ▁th 0.0008153 ▁with 0.0007557 ▁on 0.0007038 ▁wa 0.0006726 ▁y 0.0006713 ▁up 0.000645 ▁little 0.0005191 ▁so 0.0005129 ▁very 0.0003668 ▁the 0.0003371 ld 0.0002643 ▁li 0.0002196 ▁of 0.0001819 ▁in 0.0001486 ▁for 0.0001355 ▁it 0.0001277 ▁had 8.879e-05 ▁lo 7.08e-05 ▁she 6.683e-05 ▁time 4.637e-05 ▁her 4.578e-05 ▁play 4.571e-05 ▁S 4.098e-05 ▁that 4.038e-05 ▁T 3.77e-05 ▁Tim 3.075e-05 e 2.971e-05 d 2.563e-05 ▁Lily 2.368e-05 ve 2.141e-05 h 2.046e-05 o 1.906e-05 a 1.232e-05 ▁was 1.208e-05 ▁day 1.073e-05 s 7.489e-06 ▁want 6.346e-06 ▁M 3.463e-06 st 3.185e-06 ar 1.819e-06 ot 1.388e-06 i 7.668e-07 es 4.915e-07 ved 2.543e-07 ed 1.405e-07 <rest> 0.052562709572731015',
        '▁was ▁to o\t▁l 0.1663 ▁s 0.1655 ▁h 0.1452 ▁f 0.08854 ▁big 0.08821 ▁he 0.05666 ▁d 0.04534 ▁st 0.0341 ▁c 0.03132 ▁t 0.03015 ▁b 0.02099 ▁ 0.01695 ▁m 0.01572 ▁e 0.01459 ▁w 0.00742 ▁a 0.007153 ▁n 0.006684 ▁g 0.005559 ▁p 0.004038 ▁we 0.003815 ▁up 0.002552 ▁r 0.002207 ▁th 0.00188 ▁wa 0.001674 ▁be 0.001642 ▁little 0.001189 ▁saw 0.001007 . 0.0009466 ▁y 0.0008498 ▁so 0.0008122 k 0.000801 ▁very 0.0006764 ▁there 0.0005834 ▁the 0.0004478 ▁it 0.0004363 ▁do 0.000426 , 0.0004001 ▁had 0.0002543 ▁ne 0.0002466 ▁she 0.0002329 ▁of 0.0002031 ld 0.0001695 ▁lo 0.0001525 ▁her 0.0001409 ▁T 0.0001119 ▁S 0.0001111 ▁and 8.687e-05 l 4.397e-05 ▁for 1.413e-05 ▁on 1.195e-05 ▁li 7.438e-06 ▁with 2.083e-06 <rest> 0.023431409224261346',
        '▁it ▁was ▁to o\t▁l 0.2258 ▁h 0.1855 ▁big 0.0887 ▁he 0.08418 ▁f 0.07511 ▁s 0.06471 ▁d 0.05812 ▁ 0.02125 ▁n 0.007647 ▁a 0.004985 ▁we 0.004343 ▁be 0.00189 ▁saw 0.001493 ▁r 0.001387 ▁th 0.001279 ▁there 0.0009191 ▁to 0.0006707 ▁it 0.0005544 ▁up 0.0004995 ▁do 0.0004833 ▁she 0.0003706 ▁ne 0.0003225 ▁had 0.0003175 ▁of 0.0002444 ▁lo 0.0002124 ld 0.0002112 ▁her 0.0002067 ▁T 0.0001998 k 0.0001986 ▁Lily 0.0001766 ▁Tim 0.0001231 <rest> 0.014833172089416813',
        '▁but ▁it ▁was ▁to o\t▁l 0.2386 ▁h 0.197 ▁he 0.09183 ▁big 0.08061 ▁f 0.07979 ▁d 0.06025 ▁s 0.06007 ▁m 0.008003 ▁saw 0.001809 ▁there 0.001041 ▁little 0.0006479 ▁y 0.000595 ▁she 0.0004109 ld 0.0002755 ▁her 0.0002335 ▁T 0.000228 ▁Lily 0.0002003 <rest> 0.013153867512570971',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2404 ▁h 0.1964 ▁he 0.09214 ▁big 0.0808 ▁f 0.07929 ▁s 0.06026 ▁d 0.05953 <rest> 0.013107930107132182',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.247 <rest> 0.01139151343685263',
        '▁h\tu 0.1308 ou 0.09719 o 0.0842 ar 0.04505 ig 0.03697 id 0.03388 ot 0.01791 oo 0.00552 i 0.004284 a 0.0005806 h 0.0004566 e 0.0003657 ir 0.0002723 he 0.0001646 ed 0.000131 ent 8.35e-05 all 5.36e-05 r 3.774e-05 her 3.146e-05 out 3.043e-05 n 6.671e-06 en 5.239e-06 K 4.222e-06 j 3.603e-06 ld 3.54e-06 es 3.048e-06 d 2.944e-06 l 1.907e-06 ▁h 1.707e-06 ▁upon 1.608e-06 , 9.959e-07 . 8.783e-07 ▁a 6.006e-07 s 4.814e-07 ▁to 4.714e-07 ▁the 4.52e-07 ▁and 4.177e-07 t 4.144e-07 ▁ 3.806e-07 ▁n 3.391e-07 L 3.002e-07 ▁s 2.99e-07 st 2.699e-07 ▁c 2.576e-07 ▁f 2.477e-07 ▁b 2.427e-07 ▁was 2.368e-07 ▁w 1.776e-07 ▁g 1.752e-07 ▁p 1.634e-07 ▁m 1.634e-07 k 1.455e-07 ▁d 1.366e-07 ▁he 1.285e-07 ▁her 1.274e-07 ▁it 1.223e-07 ▁l 1.219e-07 ▁t 1.175e-07 ▁in 1.017e-07 ▁She 9.393e-08 ▁with 9.205e-08 ▁play 8.798e-08 ▁so 8.731e-08 ▁day 8.556e-08 ▁be 8.553e-08 ▁Lily 8.532e-08 ▁r 8.465e-08 ▁The 8.159e-08 ▁e 7.793e-08 ▁T 7.714e-08 ▁that 7.606e-08 ▁she 7.488e-08 ▁st 7.387e-08 ved 7.336e-08 ▁on 6.722e-08 ve 6.694e-08 M 6.656e-08 ▁I 6.626e-08 ▁big 6.243e-08 ▁th 6.101e-08 ▁of 6.021e-08 ▁little 5.574e-08 ▁want 5.558e-08 ▁but 5.517e-08 ▁saw 5.419e-08 ▁had 5.355e-08 ▁for 5.32e-08 ▁wa 5.267e-08 ▁time 5.209e-08 ▁very 5.072e-08 R 5.033e-08 ▁we 4.904e-08 ▁do 4.752e-08 <s> 4.739e-08 ▁lo 4.646e-08 ▁named 4.626e-08 ▁S 4.598e-08 ▁Once 4.551e-08 ▁there 4.53e-08 ▁li 4.465e-08 ▁ne 4.409e-08 ▁One 4.237e-08 ▁M 3.817e-08 ▁Timmy 3.717e-08 ▁Tim 3.162e-08 ▁up 2.86e-08 J 2.836e-08 G 1.912e-08 ▁y 1.435e-08 P 8.858e-09 <rest> 0.5419420828519999',
        'o ▁h\tig 0.1454 <rest> 0.6584915416787349',
        'ig\th 0.6769 <rest> 0.08307211254501257',
        'h\tt 0.1464 o 0.0771 a 0.04624 . 0.02935 i 0.02803 ar 0.01886 n 0.01763 ▁and 0.01574 , 0.009345 out 0.007693 ▁n 0.006152 ir 0.005649 ▁in 0.005282 ▁to 0.00522 oo 0.004925 ▁was 0.004899 ▁a 0.004573 ▁s 0.004491 u 0.00436 ▁w 0.003572 ▁ 0.003202 ▁f 0.003084 ▁c 0.003041 d 0.002877 l 0.002491 ▁it 0.002308 s 0.002023 ▁b 0.001932 ▁with 0.001931 ▁m 0.001886 ▁named 0.001738 ▁t 0.001617 ▁up 0.001491 ▁p 0.001484 ▁g 0.001446 ot 0.001367 ▁d 0.001359 ▁st 0.001348 ▁he 0.001299 ▁play 0.001215 ▁h 0.001108 ▁that 0.001087 ▁be 0.001052 ▁r 0.001028 ▁I 0.0008949 ▁she 0.000874 ▁her 0.000853 ed 0.0008324 ▁wa 0.0007896 ▁saw 0.0006676 ▁we 0.0006397 ▁of 0.000616 ▁e 0.0005763 h 0.0005195 ▁lo 0.0005101 ou 0.0004574 ▁so 0.0003862 ▁ne 0.0003381 ▁do 0.0002973 ig 0.0002719 all 0.0002433 e 0.0002062 ▁there 0.0001806 id 0.0001697 ▁time 0.0001421 ▁little 0.0001356 ent 0.0001214 ▁y 0.0001113 ▁day 0.0001112 ▁M 9.74e-05 ▁but 8.395e-05 he 7.721e-05 ▁Lily 7.483e-05 ▁big 7.052e-05 ▁T 5.321e-05 ▁Timmy 5.069e-05 es 4.966e-05 ld 4.767e-05 en 4.704e-05 k 4.55e-05 ▁Tim 4.363e-05 ▁S 3.501e-05 st 2.706e-05 K 6.872e-06 ▁upon 6.216e-06 her 4.581e-06 ▁Once 4.402e-06 ▁The 3.099e-06 P 3.052e-06 j 2.947e-06 <s> 2.36e-06 ▁She 2.313e-06 ved 2.242e-06 M 2.171e-06 ve 1.46e-06 J 5.851e-07 ▁One 4.202e-07 G 3.146e-07 L 6.107e-08 R 3.085e-09 <rest> 0.46560268938850313',
        'ig h\tt 0.7039 ▁in 0.04132 ▁and 0.03769 . 0.03325 ▁up 0.01869 ▁for 0.01119 , 0.009744 ▁a 0.004431 ▁to 0.004381 ▁b 0.003441 ▁t 0.002928 ▁on 0.002871 ▁it 0.002816 ▁f 0.002546 ▁h 0.002391 ▁s 0.002387 ▁that 0.002139 ▁be 0.001514 ▁there 0.001458 ▁he 0.001382 s 0.001312 ▁l 0.001298 ▁r 0.001216 ▁th 0.001201 ▁p 0.001119 ▁n 0.001116 ▁g 0.001111 ▁ 0.001059 ▁with 0.001056 ▁m 0.001048 ▁c 0.001041 ▁d 0.0008546 ▁w 0.0007252 ▁st 0.0006856 ▁so 0.000537 ▁she 0.0004091 ▁e 0.0003957 ▁her 0.0003879 ▁I 0.0002998 ▁do 0.000268 ▁but 0.0002064 ▁big 0.0001952 ▁was 0.0001825 ▁ne 0.0001549 ▁little 0.0001259 ▁y 0.0001104 l 8.822e-05 ▁we 8.617e-05 d 8.581e-05 ▁of 8.06e-05 e 6.77e-05 o 6.616e-05 ar 6.249e-05 n 5.448e-05 a 5.411e-05 r 4.851e-05 ed 4.337e-05 ▁play 3.025e-05 ▁lo 2.601e-05 ▁had 2.335e-05 i 1.866e-05 ▁day 1.548e-05 out 1.477e-05 ▁saw 1.376e-05 h 1.203e-05 ▁want 7.22e-06 ▁time 5.29e-06 ig 4.709e-06 ou 4.503e-06 ▁named 3e-06 oo 2.925e-06 u 1.546e-06 all 1.382e-06 ir 1.248e-06 ot 2.893e-07 id 2.529e-08 ent 1.809e-08 <rest> 0.08622172014794538',
        '▁h ig h\t▁in 0.2005 ▁and 0.1816 . 0.1561 <rest> 0.046202234612307436',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1118 l 0.1801 ▁time 4.409 t 0.2449 ▁ne 0.2506 ▁little 3.376 n 0.3209 r 0.3406 u 0.3518 ▁w 0.3733 ir 0.4092 d 0.4251 ▁but 0.4333 ▁st 0.4583 ▁to 0.484 ▁l 0.5131 ▁so 0.5725 ▁y 0.584 ▁m 0.6257 ▁t 0.6373 ▁p 0.644 ▁in 1.529 ▁do 1.47 ▁g 0.6997 ▁li 1.405 ▁h 0.7204 ▁we 1.362 ▁be 0.7389 ▁the 0.7409 h 0.7521 ▁f 0.7591 ▁want 0.7636 ▁r 0.7718 ▁her 0.7762 ▁n 0.7861 he 0.8056 ▁d 0.8133 ▁wa 1.221 ▁ 0.8434 ▁a 0.8532 ▁s 0.8692 ▁b 1.131 ▁big 0.8877 ▁c 1.123 ▁th 1.101',
        'pronoun=none\tl\t▁named 8.152 t 0.179 ▁of 0.1938 ▁he 0.2284 ▁n 0.2704 ▁and 0.2815 , 0.2956 ▁a 0.3225 ▁be 0.333 ▁for 0.3398 ▁s 0.3404 ▁ 0.3666 ▁t 0.3674 ▁l 0.3728 ▁with 0.4058 ▁ne 0.4113 ▁th 0.4202 i 0.4206 ▁to 0.4263 ed 0.4371 ▁st 0.4432 ▁the 0.4535 ▁m 0.4537 ▁little 2.162 ▁wa 0.4627 ▁it 0.4662 ▁play 0.4663 ot 0.4718 ve 0.4812 ▁b 0.4896 ▁was 0.5032 ▁so 0.5278 ig 0.5323 id 0.5369 ▁d 0.5383 ▁day 0.5395 ▁e 0.5405 ▁want 0.5622 ▁p 0.5754 ▁g 0.5782 ▁on 0.5831 ▁f 0.5877 ▁that 0.5973 oo 0.6017 ▁h 0.6317 ▁w 1.568 k 1.56 . 0.646 ▁we 0.6493 ▁very 0.6614 ▁in 0.6675 ved 0.669 ou 0.6793 ▁do 1.464 ▁time 0.6839 s 0.7001 r 1.418 n 0.7227 a 0.7298 ▁had 0.7542 ▁r 0.7746 ar 1.282 ▁c 0.7803 ▁saw 0.7833 o 0.793 ▁up 0.8042 ▁I 0.8158 ▁there 0.8416 l 0.8473 h 1.179 ▁lo 1.163 ▁li 1.158 ▁y 0.865 ent 0.8698 ▁big 0.9087',
        'tense=past\t▁a\t▁time 0.005543 ▁wa 1.12 r 1.115 ▁ne 1.112 ▁very 1.106 ▁but 1.106 s 1.104 ▁so 1.1',
        'tense=past\t,\t▁there 0.05088 ▁in 0.2256 ▁a 0.7358 ▁she 1.133 ▁her 1.13 ▁Lily 1.129 ▁so 1.128 ▁Tim 1.128 ▁he 1.127 ▁Timmy 1.123 ▁but 1.122 ▁the 1.119 ▁r 1.113 ▁little 1.112 ▁I 1.105 ▁g 1.104 ▁play 1.104 ▁s 1.104 ▁it 1.103 ▁and 1.103 ▁M 1.103 ▁up 1.102 ▁that 1.102 ▁l 1.101 ▁S 1.101 ▁wa 1.101',
        'pronoun=female\t,\t▁there 0.03137 ▁he 0.1929 ▁in 0.2022 ▁Timmy 0.2651 ▁Tim 0.2718 ▁she 2.136 ▁her 2.113 ▁Lily 1.908 ▁a 0.5288 ▁T 0.6688 ▁the 0.7087 ▁we 1.396 ▁li 0.7389 ▁that 1.297 ▁big 0.7906 ▁l 1.265 ▁p 1.252 ▁up 0.8045 ▁saw 0.8196 ▁S 0.8294 ▁w 1.194 ▁c 1.189 ▁was 0.8454 ▁and 0.8535 ▁it 1.168 ▁do 1.151 ▁d 1.14 ▁h 0.8809 ▁on 0.8962 ▁b 0.8966 ▁g 1.115 ▁play 1.105 ▁th 1.105',
        'pronoun=female\t.\t▁Tim 0.2052 ▁Timmy 0.2117 ▁Lily 1.803 ▁T 0.6399 ▁She 1.528 ▁One 1.461 ▁The 0.7509 ▁she 1.249 ▁S 0.8895',
        'tense=past\t▁was\t▁a 0.4222 ▁time 1.243 ▁so 1.238 ▁to 1.236 ▁n 1.23 ▁the 1.229 ▁s 1.228 ▁st 1.226 ▁b 1.225 n 1.225 ▁be 1.224 ▁p 1.224 ▁big 1.223 ▁g 1.221 . 1.221 ▁e 1.22 , 1.218 ▁very 1.218 ▁ 1.217 ▁t 1.216 ▁c 1.216 ▁h 1.216 ▁up 1.215 ▁her 1.215 ▁m 1.214 ▁ne 1.214 ▁in 1.213 ▁d 1.213 ▁lo 1.213 ▁he 1.211 ▁f 1.209 ▁w 1.209 ▁l 1.206 ▁and 1.202 ▁there 1.202 ▁for 1.201 ▁on 1.2 he 1.197 ▁y 1.197 ▁th 1.194 ▁do 1.193 ▁li 1.192 ▁we 1.191 ▁r 1.19 ▁was 1.188 ▁it 1.187 ▁that 1.183 ▁Lily 1.177 ▁S 1.167 ▁M 1.165 ▁T 1.155 ▁Timmy 1.143 ▁play 1.142 ▁wa 1.142 ▁of 1.132 ▁with 1.13 t 1.119 ▁Tim 1.11 l 1.103 ▁little 1.103',
        'pronoun=none\tir\tt 0.1386 ▁and 0.188 . 0.1934 st 0.2367 ed 0.2633 ▁ne 0.2651 ▁wa 0.2852 ▁of 0.3107 ▁ 0.3123 ▁the 0.3289 ▁f 0.333 ▁h 0.3395 ▁a 0.3399 ▁b 0.3632 ▁s 0.3739 ▁he 0.3764 s 0.3764 d 0.3928 ▁p 0.3988 ▁c 0.4017 ▁t 0.4322 ▁l 0.4341 l 2.282 ▁e 0.4383 ▁w 0.4454 ▁m 0.4459 , 0.4486 ▁d 0.4487 r 0.4623 ▁be 0.4662 ▁g 0.4718 ▁it 0.5195 ▁in 0.5275 ▁n 0.5574 ▁on 0.5717 i 0.5745 ▁with 0.5771 ▁her 0.597 ▁r 0.6011 ▁st 0.6035 ▁for 0.6091 ▁big 0.6207 ▁th 0.6292 a 0.6308 ▁to 0.6374 ▁day 0.6411 ▁that 0.6565 ▁lo 0.6827 ar 1.43 ▁was 0.7033 ▁y 0.7462 ▁so 0.7492 ▁little 0.773 ▁named 1.28 ▁time 0.787 ▁do 0.7892 ▁we 0.7962 e 0.8433 ▁li 0.8498 ▁play 0.8508 u 0.8665 ▁she 0.8784 ▁up 0.8904',
        'pronoun=none\t▁Lily .\t▁ 0.02285 ▁I 0.0404 ▁T 0.1465 ▁The 0.1497 <s> 0.2464 ▁M 0.2709 ▁S 0.3253 ▁She 1.497 ▁Tim 0.7007 ▁One 1.415 . 0.8174 ▁she 1.146 ▁d 0.8935 ▁Timmy 0.8999 ▁Lily 1.1',
        'pronoun=female\t. ▁She\t▁lo 0.1134 ▁li 0.5707 ▁had 0.585 ▁p 1.297 ▁a 1.292 ▁f 1.287 ▁want 1.272 ▁l 1.266 ▁g 1.257 ▁th 1.252 ▁m 1.249 ▁st 1.244 ▁d 1.243 ▁w 1.243 ▁wa 1.242 ▁r 1.242 ▁c 1.238 ▁to 1.238 ▁saw 1.228 ▁s 1.227 ▁e 1.223 ▁h 1.223 ▁t 1.218 ▁b 1.217 ▁ 1.215 ▁ne 1.207 ▁play 1.204 ▁for 1.185 ▁be 1.184 ▁n 1.182 ▁y 1.161 ▁he 1.157 ▁do 1.156 ▁was 1.153 ▁in 1.152 ▁so 1.139 ▁and 1.103',
        'pronoun=female/it\t▁to\t▁Lily 2.434 ▁play 0.4379 ▁her 2.213 ▁T 1.822 o 1.747 ▁be 1.664 ▁wa 0.6196 ▁r 0.6793 ▁we 0.6822 ▁d 0.6828 ▁n 1.457 ▁do 1.433 ▁it 1.42 ld 0.7106 d 1.389 ▁e 0.731 ▁g 1.32 ▁Timmy 1.285 . 1.278 ▁M 1.243 ▁to 0.8061 ▁p 0.8264 ▁ne 1.206 ▁w 0.8299 ▁b 0.8315 ▁l 1.194 ▁m 1.187 ▁a 1.177 ot 0.8557 ▁c 0.8717 , 1.144 ▁that 1.123 n 1.122 ▁in 0.8929 ▁h 0.8984 u 0.9017',
        'pronoun=female\t▁the\t▁time 0.7494 r 0.7603 ▁p 1.29 ▁big 0.8121 ▁he 0.8201 ▁g 1.178 ▁h 0.8603 ▁t 0.8688 ir 0.8823 ▁a 0.8868 ▁n 0.8917 ▁wa 0.8963 . 0.8986 ▁be 0.9001 ▁the 0.9062 , 0.9087',
        'quotation=outside\t▁play\t▁m 0.5729 ▁n 0.5813 ▁that 0.5935 ▁it 0.6048 ▁s 0.6823 ▁to 0.6979 ▁he 0.7626 ▁so 0.779 ▁for 0.7819 ▁play 0.784 ▁th 0.784 ▁the 0.7943 ▁a 0.8174 ▁there 0.8327 ▁c 0.8542 ▁up 0.8605 ▁w 0.8893 ed 1.124 , 0.8962 ▁ 1.111',
        'quotation=outside\t▁to o\t, 0.7373 ▁n 0.7692 ▁y 0.8363 k 1.178 ▁ 0.8626 ▁p 0.8793 ▁r 0.8852 ▁little 0.8991 ▁so 0.9082',
        'pronoun=female/it\tig h\t▁for 2.244 . 2.097 s 1.768 ▁up 1.596 ▁in 1.32 ▁and 1.309 ▁to 1.291 t 0.7777 ▁on 1.169 ▁a 1.151 ▁b 1.117 ▁n 1.106',
    ],
    'position.txt': [
        'piece\t0\t4\t16\t48\t128\t256\t384',
        '▁One\t1.001\t0.8364\t2.103\t0.9277\t0.0773\t0.06627\t0.07822',
        '▁but\t0.9843\t0.6263\t1.166\t1.14\t1.071\t0.8622\t0.8633',
        '▁the\t0.8542\t0.9053\t0.868\t0.9345\t1.069\t1.095\t1.05',
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e\t▁in 1.054 ▁and 0.9535 ▁with 0.9212 . 0.6908 , 0.9815 ▁on 0.9047 ▁a 0.7163 ▁e 1.064 ▁w 0.5835 ▁her 1.093 ▁be 1.19 ▁the 0.5352 ▁to 0.2597 ▁for 0.9654',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k .\t▁One 1.053 ▁She 0.5787 ▁ 1.017 ▁I 0.3996 ▁Lily 0.6369 ▁The 0.2876 ▁Once 2.236 ▁S 0.3998 ▁T 0.3477',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day ,\t▁she 1.129 ▁Lily 0.9971 ▁her 1.281 ▁w 1.139 ▁a 0.6574 ▁the 0.4177 ▁it 1.566 ▁Timmy 1.082 ▁ 0.09369 ▁he 0.1269 ▁there 0.4977 ▁M 0.7154 ▁S 0.1877 ▁T 0.03583',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big , ▁r ed ▁b all . ▁She ▁want ed ▁to ▁play ▁with\t▁it 1.539 ▁her 0.3939 ▁the 0.5461 ▁a 0.8274 ▁s 1.065 ▁h 0.1749 ▁m 1.653 , 0.6888 ▁Lily 0.09309 ▁p 0.5933 ▁th 0.5673 ▁ 0.1806 ▁M 0.08039 ▁S 0.3209 ▁Tim 0.3424 ▁T 0.03805',
    ],
}
START = [0, 80, 84, 3]  # the text's first words, as positions in VOCAB
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
