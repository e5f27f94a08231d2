"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, priming,
openings correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files cut
to the 100 rows this text needs and the 111 tokens that compete somewhere in it; every other token
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


# ---- priming.py, the room's own code ----
# Story-level priming: words seen earlier in the story change what comes later.
#
# Two tables, measured on the probe stories against the room before this step:
#   tables/priming_seen.txt     a token's factor for each range of how many tokens ago it last occurred
#                               (the first row gives each range's first distance), then while not seen.
#   tables/priming_related.txt  a trigger word per line: `▁Lily <TAB> ▁she 2.4 ▁her 2.1 ...`; once it has
#                               occurred, each listed token not yet seen gets its factor (the furthest from 1 wins).
# A factor is the subject's average probability for the token over the room's, where the case holds.

class Priming:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.seen, self.unseen = {}, {}
        rows = table("priming_seen.txt")
        self.starts = [int(x) for x in next(rows)[1:-1]]
        self.buckets = [bisect.bisect_right(self.starts, d) - 1 for d in range(self.starts[-1] + 1)]
        for piece, *fs in rows:
            self.seen[ids[piece]] = [factor(x) for x in fs[:-1]]
            self.unseen[ids[piece]] = factor(fs[-1])
        self.related = {ids[trigger]: {ids[w]: f for w, f in pairs(listed, factor)}
                        for trigger, listed, *_ in table("priming_related.txt")}
        self.unseen_dense = every_token(self.unseen, len(vocab)) if len(vocab) < LAZY_FROM else None

    def story(self, prefix):
        """({token in the story: the place it last occurred}, {token: (the related factor furthest from 1 that
        the story's triggers give it, that trigger; the first wins a tie)}, every token's factor), read token
        by token (readers.py): only a new token, a trigger's tokens and those entering a range change factor."""
        def step(found, p, n):                   # found: the story read up to p[n - 2]; p[n - 1] comes next
            places, related, factors = found
            w, factors = p[n - 1], list(factors) if isinstance(factors, list) else dict(factors)
            if w not in places and w in self.related:        # a trigger's first occurrence
                related = dict(related)
                for x, f in self.related[w].items():
                    if abs(f - 1) > abs(related.get(x, (1, 0))[0] - 1):
                        related[x] = (f, w)
                        if x not in places:                  # a related token not yet seen
                            factors[x] = self.unseen[x] * f if x in self.unseen else f
            places = {**places, w: n - 1}
            factors[w] = self.seen[w][self.bucket(1)] if w in self.seen else self.unseen.get(w, 1.0)
            for d in self.starts:
                u = p[n - d] if 1 < d < n else None
                if u in self.seen and places[u] == n - d:      # its distance enters the range from d
                    factors[u] = self.seen[u][self.bucket(d)]
            return places, related, factors
        return remembered("priming", prefix, self.related, None,
                          lambda p: reduce(lambda found, n: step(found, p, n), range(2, len(p) + 1), self.start()),
                          lambda found, p: step(found, p, len(p)))

    def start(self):                 # before the story: nothing seen, every token's factor while not seen
        return {}, {}, list(self.unseen_dense) if self.unseen_dense is not None else dict(self.unseen)

    def bucket(self, d):             # the range of distances d falls in
        return self.buckets[min(d, len(self.buckets) - 1)]

    def scaling(self, prefix):
        return self.story(prefix)[2]


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
    '▁to', '▁b', '▁and', '▁h', '▁f', '▁wa', '▁T', 'ou',
    '▁l', '▁d', '▁c', '▁he', '▁p', '▁m', 'er', '▁was',
    '▁The', 'id', 'ar', '▁n', '▁g', '▁ha', '▁S', '▁th',
    'ot', '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁Tim', '▁day',
    '▁be', 'ig', '▁with', '▁play', '▁She', 'ld', '▁e', 'oo',
    '▁y', '▁st', '▁up', '▁that', '▁r', '▁on', 'st', '▁she',
    '▁I', 've', '▁B', '▁big', '▁of', '▁little', '▁time', 'ad',
    '▁had', '▁we', '▁there', '▁so', '▁One', 'her', '▁for', 'all',
    '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but', '▁very',
    '▁do', '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out',
    '▁k', '▁', 'e', 'a', 't', 'o', 'h', 'n',
    'i', 's', 'r', 'l', 'u', '.', ',', 'k',
    'L', 'M', 'j', 'J', 'P', 'K', 'G', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '▁t\t0.005412',
        '▁a\t0.02707',
        '▁s\t0.01345',
        '▁w\t0.008433',
        '▁the\t0.02052',
        'ed\t0.01633',
        '▁to\t0.02301',
        '▁b\t0.01185',
        '▁and\t0.01715',
        '▁h\t0.005667',
        '▁f\t0.01058',
        'ou\t0.006137',
        '▁l\t0.005609',
        '▁d\t0.006221',
        '▁c\t0.01201',
        '▁he\t0.005779',
        '▁p\t0.007647',
        '▁m\t0.007396',
        'er\t0.006267',
        '▁was\t0.011',
        'id\t0.004945',
        'ar\t0.008898',
        '▁g\t0.008273',
        'ot\t0.005722',
        '▁her\t0.006452',
        '▁it\t0.005753',
        'ir\t0.004882',
        '▁Lily\t0.004898',
        '▁in\t0.004775',
        '▁with\t0.004752',
        '▁\t0.01672',
        'e\t0.02725',
        'a\t0.0197',
        't\t0.01733',
        'o\t0.01769',
        'h\t0.01158',
        'n\t0.01216',
        'i\t0.009386',
        's\t0.02154',
        'r\t0.01189',
        'l\t0.01834',
        'u\t0.01277',
        '.\t0.03731',
        ',\t0.02345',
        'k\t0.006569',
        '<rest>\t0.2898304359212043',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.08176 ▁time 0.07729 ▁little 0.07092 s 0.06583 n 0.06008 t 0.04612 ▁b 0.0366 ▁s 0.03632 l 0.03268 r 0.02945 ▁g 0.02516 ▁l 0.02168 ▁p 0.02146 ▁c 0.01906 ▁f 0.01718 ▁t 0.01551 ▁ne 0.01452 ▁m 0.01363 ▁w 0.01013 ▁n 0.008165 ▁h 0.007845 ▁wa 0.00765 ▁r 0.007479 ▁d 0.007138 ▁to 0.006372 ▁he 0.0007811 ▁a 0.0007509 u 0.0003578 er 0.0002742 ▁her 0.0002425 ▁the 0.0001483 h 0.000105 o 7.154e-05 , 6.97e-05 ▁was 6.779e-05 ▁it 6.218e-05 . 3.881e-05 e 2.647e-05 a 2.581e-05 ed 1.633e-05 ar 1.34e-05 k 8.058e-06 ▁and 3.167e-06 i 1.356e-06 ou 5.789e-08 <rest> 0.22248710898866486',
        '▁time\t<rest> 0.011900948604668837',
        ',\t▁but 0.08802 ▁there 0.08673 ▁Lily 0.05961 ▁she 0.04389 ▁a 0.04329 ▁and 0.043 ▁the 0.03651 ▁he 0.02855 ▁ 0.02746 ▁Timmy 0.02388 ▁M 0.01932 ▁I 0.01817 ▁so 0.01791 ▁s 0.01666 ▁Tim 0.0156 ▁S 0.01337 ▁w 0.01247 ▁it 0.01237 ▁T 0.01195 ▁l 0.01011 ▁B 0.01008 ▁c 0.009777 ▁p 0.007522 ▁her 0.00716 ▁we 0.007039 ▁b 0.004023 ▁g 0.003038 ▁to 0.0025 , 0.0008163 ▁was 0.0004597 . 0.0002427 s 8.364e-05 l 4.071e-05 e 4.276e-06 r 3.78e-06 ed 2.791e-06 o 2.673e-06 ou 2.479e-06 h 1.532e-06 t 1.251e-06 n 7.984e-07 u 2.071e-07 a 2.029e-07 er 1.832e-07 ar 1.556e-07 i 7.808e-08 k 6.023e-08 <rest> 0.2740523213652033',
        '▁there\t▁was 0.8595 <rest> 0.012245400757667668',
        '▁was\t▁a 0.2764 ▁very 0.1194 ▁so 0.08022 ▁s 0.05068 ▁n 0.03779 ▁to 0.02921 ▁ 0.02101 ▁g 0.02064 ▁c 0.01849 ▁f 0.01805 ▁b 0.01402 ▁in 0.01327 ▁e 0.01325 ▁d 0.01213 ▁play 0.01209 ▁st 0.0115 ▁w 0.00997 ▁time 0.009675 ▁m 0.009103 ▁p 0.008775 ▁h 0.0084 ▁wa 0.008346 ▁t 0.006338 . 0.005851 ▁r 0.00574 ▁l 0.004804 h 0.002147 ▁he 0.001892 , 0.001309 ▁and 0.0008899 t 0.0005207 ▁was 0.0004813 ▁it 0.0004074 l 5.26e-05 e 4.518e-05 s 3.393e-05 i 6.514e-06 u 5.032e-06 a 4.583e-06 er 3.976e-06 o 3.48e-06 k 2.104e-06 ed 1.822e-06 r 6.938e-07 ou 4.633e-07 ar 2.051e-07 ot 1.063e-07 <rest> 0.13552445675910896',
        '▁little\t▁g 0.4765 <rest> 0.01613859950147689',
        '▁g\tir 0.1956 <rest> 0.1694548232342894',
        'ir\t<rest> 0.4067024855289162',
        'l\t▁named 0.0639 <rest> 0.4229753773287219',
        '▁named\t▁Lily 0.412 <rest> 0.02296609037636621',
        '.\t▁ 0.1106 ▁She 0.1101 ▁The 0.08672 <s> 0.05537 ▁I 0.04835 ▁One 0.0455 ▁B 0.03089 ▁Lily 0.03041 ▁S 0.02514 ▁Timmy 0.01716 ▁Tim 0.01685 ▁T 0.01435 ▁M 0.01326 . 0.0002753 ▁the 9.638e-05 ▁a 4.113e-05 ▁her 3.87e-05 ▁d 2.339e-05 ▁c 2.282e-05 ▁b 1.782e-05 ▁p 1.401e-05 ▁to 1.205e-05 , 9.258e-06 ▁w 8.494e-06 ▁m 7.144e-06 ▁f 6.894e-06 ▁and 6.475e-06 ▁g 3.229e-06 ▁s 2.557e-06 s 1.47e-06 t 1.373e-06 l 1.251e-06 er 7.119e-07 ▁was 3.98e-07 r 3.31e-07 e 2.124e-07 u 1.779e-07 a 9.986e-08 o 9.786e-08 ed 8.274e-08 ar 6.394e-08 i 6.178e-08 n 6.124e-08 h 5.937e-08 k 3.369e-08 ou 3.091e-08 <rest> 0.3927427709307618',
        '▁She\t▁lo 0.1563 ▁was 0.09297 ▁had 0.051 ▁want 0.04794 ▁a 0.046 ▁saw 0.04472 ▁p 0.04415 ▁w 0.04224 ▁d 0.03779 ▁f 0.03553 ▁l 0.03407 ▁s 0.03391 ▁to 0.03109 ▁c 0.02794 ▁ 0.0246 ▁th 0.0238 ▁li 0.02234 ▁g 0.01907 ▁k 0.01736 ▁t 0.01538 ▁r 0.01509 ▁st 0.01352 ▁h 0.01118 ▁wa 0.01004 ▁m 0.007924 ▁b 0.004663 ▁and 0.001071 ▁the 0.0002405 ▁it 7.469e-05 ▁her 3.48e-05 l 3.429e-05 n 1.777e-05 , 1.668e-05 . 8.768e-06 i 8.294e-06 t 7.882e-06 ar 5.267e-06 s 5.056e-06 a 4.514e-06 r 3.585e-06 e 2.105e-06 o 8.468e-07 ed 6.982e-07 u 5.462e-07 h 4.952e-07 k 4.322e-07 er 2.68e-07 ou 2.624e-07 ot 2.446e-07 <rest> 0.07126203233042794',
        '. ▁She\t▁lo 0.1621 ▁was 0.09177 ▁had 0.0521 <rest> 0.06967131695665041',
        '▁lo\tved 0.7755 <rest> 0.044398938517209885',
        'ved\t▁to 0.6108 <rest> 0.06962568836667604',
        '▁to\t▁play 0.09994 o 0.07067 <rest> 0.18571968101943237',
        '▁play\t▁with 0.3107 ed 0.203 ▁ 0.07471 . 0.0609 ▁in 0.04821 ▁to 0.03423 ▁a 0.0256 ▁and 0.01444 ▁on 0.01248 , 0.007917 ▁h 0.005065 ▁g 0.003832 ▁c 0.003619 ▁m 0.002888 ▁d 0.002715 er 0.001818 ▁f 0.001328 ▁w 0.0005619 t 0.0004677 ▁her 0.000359 ▁he 0.0003136 s 0.0002551 ▁play 0.0002466 a 0.0001986 r 0.0001904 ▁l 0.0001674 l 8.256e-05 h 4.195e-05 e 3.898e-05 ▁was 3.792e-05 n 2.204e-05 i 2.173e-05 o 2.1e-05 ar 1.778e-05 u 3.218e-06 he 1.613e-06 ou 1.603e-06 k 1.48e-06 ot 3.328e-07 ▁Lily 3.137e-07 ir 2.121e-07 id 1.992e-07 <rest> 0.16313123304587507',
        '▁to ▁play\t▁with 0.4782 ▁ 0.1377 . 0.1035 ▁in 0.08211 ▁to 0.03715 ▁a 0.02989 ▁and 0.02361 ▁on 0.01834 , 0.01228 ▁h 0.007958 ▁g 0.005958 ▁c 0.00497 ▁the 0.004585 ▁ne 0.004287 ▁d 0.004102 ▁b 0.003779 ▁s 0.003484 ▁m 0.002871 ▁p 0.002124 ▁f 0.001887 ▁t 0.001533 ▁for 0.001446 ▁it 0.001316 ▁e 0.001092 ▁r 0.001013 ed 0.0001473 er 2.351e-05 <rest> 0.019450065154075102',
        'ved ▁to ▁play\t▁with 0.4172 ▁ 0.3188 ▁in 0.1235 ▁a 0.0182 ▁on 0.01748 ▁and 0.01469 ▁to 0.01165 ▁h 0.01111 . 0.00928 ▁g 0.006972 ▁d 0.006161 ▁c 0.00593 ▁b 0.004773 ▁ne 0.004312 ▁p 0.003169 , 0.003035 ▁s 0.002405 ▁m 0.002128 ▁t 0.001811 ▁f 0.00167 ▁the 0.001616 ▁r 0.001426 ▁her 0.001215 ▁e 0.001116 ▁for 0.0004397 ▁it 0.0002494 <rest> 0.006194438696147442',
        '▁lo ved ▁to ▁play\t▁with 0.4172 ▁ 0.3189 ▁in 0.1235 <rest> 0.0061900298429831135',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.3962 <rest> 0.004817595436418243',
        '▁\tout 0.0878 <rest> 0.6677435357797636',
        'out\ts 0.3831 <rest> 0.049050769185545184',
        's\t. 0.1511 ▁and 0.06217 id 0.06069 , 0.0354 s 0.03488 ▁a 0.03096 ▁to 0.02518 ▁ 0.0205 ▁of 0.01889 ed 0.01873 h 0.01734 ▁in 0.01649 ▁f 0.0152 ▁c 0.01465 ▁w 0.01368 ▁g 0.01246 ▁we 0.01224 ▁the 0.01138 ▁m 0.009748 k 0.00929 ▁with 0.009063 i 0.008956 ▁he 0.008913 ▁h 0.008071 ▁d 0.007842 ▁be 0.007217 ▁play 0.007166 ▁l 0.007161 er 0.007084 o 0.007025 ▁t 0.006559 he 0.006229 ▁she 0.006208 ▁on 0.005988 u 0.005841 ▁was 0.002977 a 0.002666 ▁her 0.002232 r 0.000291 e 0.0002368 l 0.0001552 n 0.0001473 t 4.815e-05 ou 2.058e-05 ar 6.282e-06 <rest> 0.21641790744582834',
        'out s\tid 0.9961 <rest> 0.0004843796398278366',
        'id\t<rest> 0.07906212024279413',
        'e\t. 0.0966 l 0.06904 e 0.05468 ▁and 0.04249 , 0.03502 a 0.03482 ar 0.03316 ▁to 0.03234 ▁the 0.02199 ▁day 0.01992 ▁in 0.0189 ▁c 0.01701 ▁b 0.01568 ▁w 0.01455 ▁s 0.01383 ▁was 0.01274 ▁f 0.01186 ▁with 0.01052 o 0.0105 ▁of 0.007181 ▁h 0.006142 ▁it 0.005988 st 0.005554 ▁on 0.005157 ed 0.003055 k 0.002963 ▁he 0.002545 ▁play 0.002158 er 0.001815 s 0.0008207 ▁Lily 0.0006883 n 0.0001503 r 0.0001362 h 0.0001225 t 0.0001185 u 7.795e-05 i 7.001e-05 ir 5.76e-05 ot 3.233e-05 he 6.853e-06 id 4.686e-06 ou 2.667e-06 <rest> 0.27346945521232124',
        'id e\t▁in 0.1172 <rest> 0.04135710056728492',
        '▁in\t▁the 0.4803 <rest> 0.06921922676043213',
        '▁the\t▁p 0.1044 <rest> 0.07594591853712673',
        '▁p\tar 0.2181 <rest> 0.2677970141894467',
        'ar\tk 0.1938 <rest> 0.24452848929303528',
        'k .\t▁One 0.1202 <rest> 0.3682189410967198',
        '▁One\t▁day 0.9745 <rest> 0.004393409614213084',
        '▁day\t, 0.6654 <rest> 0.012517073787406852',
        '▁day ,\t▁she 0.1754 <rest> 0.06444581428284224',
        '▁she\t▁saw 0.09613 <rest> 0.0819632341071086',
        '▁saw ▁a\t▁big 0.3774 <rest> 0.019484855791579325',
        '▁big\t, 0.1268 <rest> 0.053953121317977026',
        '▁big ,\t▁r 0.1645 ▁s 0.1573 ▁b 0.06271 ▁g 0.05888 ▁f 0.05813 ▁c 0.04557 ▁p 0.03646 ▁d 0.03644 ▁ 0.03221 ▁m 0.02766 ▁st 0.02303 ▁so 0.02275 ▁w 0.02035 ▁l 0.01748 ▁t 0.01676 ▁big 0.01492 ▁h 0.01473 ▁be 0.01444 ▁n 0.01203 ▁y 0.0113 ▁k 0.009802 ▁he 0.007644 ▁e 0.00647 ▁in 0.005386 ▁but 0.005193 ▁little 0.004707 ▁to 0.004275 ▁ha 0.003865 ▁th 0.003323 ▁wa 0.003184 ▁ne 0.003079 ▁li 0.003078 ▁we 0.002832 ▁and 0.002622 ▁lo 0.002486 ▁play 0.002419 ▁do 0.002376 ▁very 0.00233 ▁Lily 0.001295 ▁there 0.0008238 ▁she 0.0007273 ▁the 0.0006152 ▁her 0.0005399 ▁Timmy 0.0003745 ▁Tim 0.0003308 ▁it 0.0003065 ▁I 0.0002853 ▁M 0.0001925 ▁T 0.0001882 ▁that 0.0001569 ▁S 0.0001138 ▁B 0.000102 <rest> 0.055087758676092724',
        '▁a ▁big ,\t▁r 0.1694 ▁s 0.1606 ▁b 0.06374 ▁g 0.06113 ▁f 0.0599 ▁but 0.003263 ▁and 0.001273 ▁Lily 0.0001524 <rest> 0.05409395691322261',
        '▁saw ▁a ▁big ,\t▁r 0.1917 ▁s 0.1815 ▁g 0.062 ▁b 0.06138 ▁f 0.06091 ▁t 0.01961 ▁big 0.009953 ▁in 0.002719 ▁do 0.00269 ▁little 0.002468 ▁very 0.001656 ▁and 0.0009089 <rest> 0.04320851323729846',
        '▁she ▁saw ▁a ▁big ,\t▁r 0.182 ▁s 0.1798 ▁f 0.06999 ▁g 0.06501 ▁b 0.05868 ▁c 0.05706 <rest> 0.041784453224203766',
        ', ▁she ▁saw ▁a ▁big ,\t▁r 0.1832 ▁s 0.1804 ▁f 0.07087 ▁g 0.06481 ▁b 0.05863 ▁c 0.05769 <rest> 0.04145445676814119',
        '▁day , ▁she ▁saw ▁a ▁big ,\t▁s 0.1588 <rest> 0.04196082511957944',
        '▁r\to 0.3202 a 0.1637 ed 0.1102 u 0.04055 id 0.02698 ou 0.02162 h 0.003371 ot 0.002246 e 0.0006009 ar 0.000346 r 0.0002213 er 0.0001233 ir 4.295e-05 k 3.983e-05 . 2.123e-05 l 1.644e-05 n 8.479e-06 , 5.372e-06 t 3.902e-06 ▁a 2.226e-06 s 1.651e-06 ▁to 1.271e-06 ▁the 1.133e-06 ▁and 1.02e-06 ▁ 1.02e-06 ▁s 7.433e-07 ▁was 6.877e-07 ▁c 6.635e-07 ▁b 6.546e-07 ▁f 5.926e-07 ▁with 5.297e-07 ▁w 4.659e-07 ▁Lily 4.611e-07 ▁g 4.571e-07 ▁p 4.225e-07 ▁m 4.086e-07 ▁d 3.626e-07 ▁her 3.564e-07 ▁he 3.193e-07 ▁it 3.178e-07 ▁h 3.131e-07 ▁l 3.099e-07 ▁t 2.99e-07 ▁in 2.638e-07 <rest> 0.3003999902017117',
        ', ▁r\ted 0.565 <rest> 0.10012773893730809',
        'ed\t▁to 0.2981 ▁and 0.09692 . 0.08452 ▁the 0.06088 ▁that 0.04135 ▁a 0.04084 , 0.03923 ▁it 0.02885 ▁her 0.02782 ▁with 0.02291 ▁up 0.01703 ▁in 0.01547 ▁b 0.01461 ▁ 0.01308 ▁h 0.01301 ▁on 0.01051 ▁of 0.006787 ▁for 0.006691 ▁w 0.005561 ▁d 0.004524 ▁he 0.004016 ▁p 0.002541 ▁g 0.002034 s 0.001998 ▁l 0.001564 a 0.001278 l 0.000823 ▁was 0.0006986 r 0.0006194 n 0.0003304 h 7.458e-05 t 6.505e-05 u 3.638e-05 o 2.879e-05 er 2.815e-05 e 2.334e-05 id 8.263e-06 k 6.936e-06 ar 3.378e-06 ou 3.347e-06 ir 2.895e-06 ot 1.704e-06 <rest> 0.07833481159755362',
        '▁r ed\t▁b 0.3829 <rest> 0.023516293161141566',
        '▁b\to 0.1923 a 0.1212 ir 0.1201 all 0.1056 r 0.07968 u 0.07304 l 0.05235 ot 0.03148 ad 0.02077 oo 0.01897 ed 0.01447 ar 0.009994 ou 0.006999 i 0.006398 e 0.0004761 ▁b 0.0001986 n 6.784e-05 s 3.786e-05 k 3.182e-05 ▁g 1.481e-05 t 8.349e-06 h 4.598e-06 . 4.538e-06 ▁to 2.761e-06 ▁ 2.494e-06 ▁h 2.327e-06 ▁f 1.466e-06 ▁s 1.423e-06 ▁c 1.384e-06 ▁d 1.115e-06 ▁and 8.925e-07 ▁was 7.531e-07 ▁a 6.93e-07 ▁l 5.688e-07 ▁t 4.901e-07 , 3.945e-07 ▁the 3.38e-07 ▁w 2.707e-07 ▁it 2.613e-07 ▁p 1.821e-07 ▁m 1.223e-07 ▁her 1.054e-07 ▁he 9.898e-08 <rest> 0.13281316054008807',
        'ed ▁b\tall 0.4044 <rest> 0.168489774254992',
        'all . ▁She\t▁want 0.1215 <rest> 0.0856788503050272',
        '▁want\ted 0.6361 <rest> 0.006777060547519365',
        '▁with\t▁her 0.2199 ▁the 0.1837 ▁a 0.1001 ▁it 0.06443 ▁m 0.04694 ▁ 0.0166 . 0.01582 ▁h 0.01553 ▁l 0.01411 out 0.01064 ▁s 0.008846 ▁e 0.007183 ▁b 0.006536 ▁c 0.005719 ▁th 0.005522 ▁M 0.005458 ▁p 0.004836 ▁f 0.004651 ▁d 0.004251 ▁t 0.003616 ▁to 0.002283 ▁g 0.001207 , 0.001058 ▁he 0.0008982 ▁and 0.0006925 s 0.0002651 e 7.048e-05 ▁was 4.929e-05 t 4.056e-05 ed 1.597e-05 u 7.027e-06 a 6.602e-06 o 4.012e-06 h 2.494e-06 k 1.536e-06 n 1.011e-06 l 7.935e-07 ou 5.85e-07 er 5.423e-07 r 5.192e-07 i 3.774e-07 id 3.739e-07 ar 3.607e-07 ot 2.326e-07 <rest> 0.21994054700722365',
        '▁play ▁with\t▁her 0.2363 ▁the 0.1741 ▁it 0.1214 ▁m 0.06342 . 0.0394 ▁h 0.01347 ▁a 0.01296 ▁M 0.006448 ▁Tim 0.00569 ▁S 0.005609 ▁th 0.005473 ▁e 0.004927 ▁Lily 0.004537 ▁to 0.002766 ▁s 0.002741 ▁T 0.0026 , 0.002592 ▁Timmy 0.002137 ▁B 0.001705 ▁with 0.0015 ▁and 0.001417 ▁that 0.001283 ▁d 0.001221 ▁in 0.00118 ▁t 0.001174 ▁l 0.00106 ▁f 0.0007397 out 0.0006157 ▁wa 0.0003918 ▁st 0.0002556 ▁n 0.0002028 ▁big 0.000123 <rest> 0.2608170265908233',
        '▁to ▁play ▁with\t▁her 0.2791 ▁the 0.1674 ▁it 0.1122 ▁m 0.0515 . 0.04769 ▁Tim 0.006577 ▁S 0.00632 ▁Lily 0.004943 , 0.003026 ▁th 0.002681 ▁Timmy 0.002353 ▁s 0.001811 ▁with 0.001732 ▁and 0.001672 ▁r 0.001097 <rest> 0.24120110630257663',
        'ed ▁to ▁play ▁with\t▁it 0.273 <rest> 0.12774855869184365',
        '▁it\t▁was 0.1857 . 0.1833 ▁to 0.05497 , 0.04442 ▁a 0.04202 s 0.03196 ▁and 0.03028 ▁w 0.0289 ▁ 0.02779 ▁up 0.02733 ▁in 0.02454 ▁f 0.01861 ▁b 0.01788 ▁on 0.01649 ▁c 0.01568 ▁m 0.01539 ▁with 0.01367 ▁st 0.009866 ▁d 0.009236 ▁l 0.008621 ▁for 0.008226 ▁h 0.007843 ▁had 0.007292 ▁g 0.007234 ▁e 0.006809 ▁be 0.005334 ▁t 0.00532 ▁p 0.00227 ▁he 0.001454 ▁the 0.001224 ▁it 0.0006671 r 0.0003943 ▁her 0.0001787 h 7.901e-05 k 7.629e-05 t 7.367e-05 l 5.629e-05 er 2.731e-05 u 1.606e-05 e 1.435e-05 ed 7.886e-06 a 6.916e-06 ou 5.136e-06 n 4.199e-06 o 1.883e-06 i 1.497e-06 ot 3.738e-07 ar 3.459e-07 <rest> 0.11623967259363788',
        '▁with ▁it\t. 0.4417 , 0.1156 ▁a 0.1063 s 0.0756 ▁to 0.05192 ▁and 0.03416 ▁e 0.01811 ▁in 0.01578 ▁with 0.01153 ▁for 0.01113 ▁ 0.006226 ▁be 0.005011 ▁so 0.004999 ▁on 0.004073 ▁b 0.003067 ▁up 0.002628 ▁w 0.002563 ▁f 0.001944 ▁very 0.001467 ▁was 0.001465 ▁but 0.001384 ▁h 0.001258 ▁s 0.0009656 ▁c 0.0009526 ▁li 0.0009027 ▁t 0.0008803 ▁m 0.0007459 ▁l 0.0006254 ▁the 0.0005229 ▁ne 0.0005165 ▁g 0.0004836 ▁st 0.000263 ▁d 0.0002602 ▁p 0.0002487 ▁r 0.0001969 ▁we 9.055e-05 ▁had 5.567e-05 ▁saw 1.767e-06 <rest> 0.07150169642062021',
        '▁play ▁with ▁it\t. 0.4472 , 0.1455 ▁a 0.119 ▁to 0.06088 s 0.01719 ▁in 0.0158 ▁with 0.01347 ▁for 0.01149 ▁ 0.007878 ▁so 0.00625 ▁be 0.005074 ▁up 0.002889 ▁w 0.002741 ▁very 0.001692 ▁but 0.001555 ▁li 0.00103 ▁was 0.0003016 <rest> 0.08197042429334211',
        '▁to ▁play ▁with ▁it\t. 0.4781 , 0.1796 ▁a 0.1212 ▁and 0.02503 s 0.01796 ▁e 0.0173 ▁in 0.01532 ▁with 0.01293 ▁so 0.0062 ▁be 0.005717 ▁very 0.00191 ▁but 0.001738 <rest> 0.0391491222660999',
        'ed ▁to ▁play ▁with ▁it\t. 0.4764 , 0.2186 ▁a 0.119 ▁with 0.01363 ▁so 0.006565 ▁but 0.002086 <rest> 0.013872139054604382',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4451 <rest> 0.012488315355285384',
        '▁it ,\t▁but 0.5121 <rest> 0.09567277296940979',
        '▁but\t▁it 0.1306 <rest> 0.12533514570536763',
        '▁it ▁was\t▁to 0.1502 <rest> 0.05933523045618949',
        'o\t, 0.0454 k 0.03998 l 0.03086 ▁to 0.01585 ld 0.01535 ▁h 0.014 ve 0.01071 ▁a 0.009795 ▁lo 0.008521 ▁on 0.008191 ot 0.007659 ▁l 0.007406 h 0.00726 ▁s 0.006941 ▁was 0.006628 ▁b 0.006524 i 0.006445 ▁ 0.006397 e 0.005601 ar 0.004995 ▁c 0.004552 ▁m 0.004444 ▁and 0.004003 ▁d 0.003477 a 0.002556 ▁w 0.002206 ▁g 0.001411 ▁her 0.001383 ▁p 0.001301 o 0.0005635 ed 0.0001817 er 8.286e-05 u 8.063e-05 ou 7.342e-05 r 5.471e-05 t 5.47e-05 n 5.422e-05 <rest> 0.6027091218345414',
        '▁to o\tk 0.3513 . 0.2034 ▁h 0.05273 ▁s 0.0479 ▁l 0.04438 , 0.03867 ▁f 0.03856 ▁big 0.02581 ▁m 0.02001 ▁he 0.01484 ▁d 0.0132 ▁c 0.01096 l 0.009805 ▁st 0.009777 ▁t 0.009491 ▁b 0.007776 ▁and 0.006823 ▁ 0.006303 ▁e 0.003941 ▁a 0.002692 ▁to 0.001728 ▁on 0.0007137 ▁the 0.0003208 ld 0.0002965 ▁li 0.0002115 ▁in 0.000145 ▁lo 6.751e-05 e 3.191e-05 ve 2.677e-05 h 2.283e-05 ▁was 1.388e-05 s 7.964e-06 st 3.907e-06 ar 2.21e-06 ot 1.995e-06 i 9.538e-07 es 6.987e-07 <rest> 0.060327621077818416',
        '▁was ▁to o\t▁l 0.1667 ▁s 0.163 ▁h 0.1517 ▁f 0.08905 ▁big 0.08846 ▁he 0.05803 ▁d 0.04572 ▁st 0.03422 ▁c 0.03085 ▁t 0.03055 ▁b 0.01966 ▁ 0.01638 ▁m 0.01515 ▁e 0.01376 ▁w 0.006961 ▁a 0.006468 ▁n 0.006374 ▁k 0.005343 ▁g 0.005244 ▁we 0.003839 ▁p 0.003804 ▁up 0.00232 ▁r 0.002221 ▁th 0.001737 ▁be 0.001662 ▁wa 0.001652 ▁little 0.001106 ▁saw 0.001026 . 0.001008 k 0.0007936 , 0.0004106 ▁and 8.787e-05 l 3.768e-05 <rest> 0.018286826387494126',
        '▁it ▁was ▁to o\t▁l 0.2241 ▁h 0.1909 ▁big 0.08896 ▁he 0.0849 ▁f 0.07556 ▁s 0.06462 ▁d 0.05847 ▁ 0.02051 ▁n 0.007262 ▁a 0.004619 ▁we 0.004374 ▁be 0.001887 ▁saw 0.001493 ▁r 0.001373 ▁th 0.001213 ▁up 0.0004753 <rest> 0.01115644162848739',
        '▁but ▁it ▁was ▁to o\t▁l 0.2356 ▁h 0.201 ▁he 0.09178 ▁big 0.08163 ▁f 0.07962 ▁d 0.06047 ▁s 0.06026 ▁m 0.008 ▁saw 0.001795 ▁there 0.001054 <rest> 0.010105286007533687',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2361 ▁h 0.2011 ▁he 0.09199 ▁big 0.08166 ▁f 0.07953 ▁d 0.06031 ▁s 0.06018 <rest> 0.010078109800699564',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.244 ▁l 0.1978 <rest> 0.009115752358725082',
        '▁h\tu 0.128 ou 0.1036 o 0.08034 ar 0.04175 ig 0.03681 id 0.03481 ot 0.01893 i 0.003478 a 0.0005889 h 0.0004795 e 0.0003623 er 0.0001649 ed 0.0001391 r 3.8e-05 n 7.262e-06 l 2.268e-06 ▁h 1.95e-06 . 1.393e-06 , 1.295e-06 ▁a 9.768e-07 ▁to 8.015e-07 s 7.604e-07 ▁the 7.144e-07 t 6.602e-07 ▁and 6.462e-07 ▁ 5.823e-07 ▁s 4.684e-07 ▁c 4.182e-07 ▁b 4.126e-07 ▁was 3.832e-07 ▁f 3.804e-07 ▁w 2.936e-07 ▁g 2.881e-07 ▁p 2.663e-07 ▁m 2.575e-07 k 2.405e-07 ▁her 2.246e-07 ▁d 2.21e-07 ▁he 2.012e-07 ▁it 2.003e-07 ▁l 1.953e-07 ▁t 1.884e-07 <rest> 0.5440047477087044',
        'o ▁h\tig 0.1482 ar 0.1333 ot 0.04798 u 0.005466 o 0.002691 ou 0.001817 id 0.001247 i 9.857e-05 oo 7.718e-05 <rest> 0.6581536276073015',
        '▁to o ▁h\tig 0.4374 <rest> 0.0336041755765627',
        'ig\th 0.6738 <rest> 0.08768682666666938',
        'h\tt 0.1418 o 0.07534 a 0.04848 i 0.02562 ar 0.0201 ▁and 0.01411 n 0.01039 ▁the 0.009457 , 0.008401 out 0.006618 ▁n 0.006613 ▁in 0.005322 ir 0.00526 ▁to 0.004987 ▁s 0.004599 ▁a 0.004262 u 0.004168 ▁was 0.004021 ▁w 0.003588 ▁ 0.00305 ▁c 0.003021 ▁f 0.002959 ▁it 0.002244 ▁b 0.001933 l 0.001855 ▁m 0.001809 ▁t 0.001613 s 0.001495 ▁p 0.001456 ▁g 0.001452 ot 0.00141 ▁d 0.00135 ▁he 0.001276 ▁h 0.001146 ed 0.0009542 ▁her 0.0008489 h 0.0005511 ou 0.0004081 e 0.0002235 er 0.000191 k 5.237e-05 <rest> 0.5016927302360693',
        'ig h\tt 0.6672 ▁in 0.04947 . 0.04343 ▁and 0.04183 ▁up 0.02282 ▁for 0.01497 , 0.01233 ▁to 0.005226 ▁a 0.004924 ▁b 0.00418 ▁on 0.00337 ▁t 0.003251 ▁f 0.003245 ▁h 0.002937 ▁s 0.002686 ▁it 0.002331 ▁that 0.002113 ▁be 0.001842 ▁there 0.001555 ▁r 0.001471 ▁th 0.001385 ▁p 0.001352 ▁g 0.001326 ▁n 0.001306 ▁with 0.001304 ▁ 0.001245 ▁c 0.001179 ▁m 0.00114 ▁w 0.0008528 s 0.0007556 ▁was 0.0001465 o 0.0001051 l 8.865e-05 ar 7.769e-05 n 6.083e-05 a 5.419e-05 r 3.747e-05 ▁play 3.301e-05 i 2.509e-05 out 1.574e-05 ▁had 1.431e-05 ad 6.105e-06 ▁want 5.579e-06 oo 3.198e-06 ▁named 3.113e-06 ir 2.111e-06 u 1.93e-06 ot 5.337e-07 <rest> 0.08453517919281173',
        '▁h ig h\t▁in 0.1998 . 0.172 ▁and 0.1678 ▁up 0.09236 ▁for 0.06032 , 0.04733 ▁to 0.01777 ▁b 0.01614 ▁a 0.01586 ▁on 0.013 ▁t 0.0128 ▁f 0.01276 ▁h 0.01072 ▁s 0.009389 ▁that 0.007366 ▁be 0.006928 ▁it 0.006927 ▁l 0.00622 ▁there 0.006155 ▁r 0.00577 ▁with 0.005035 ▁p 0.004893 ▁g 0.004859 ▁th 0.004779 ▁n 0.004413 ▁c 0.004384 ▁ 0.004095 ▁d 0.004061 ▁he 0.003997 ▁st 0.002977 ▁w 0.00292 ▁the 0.00274 ▁m 0.002694 ▁so 0.00234 ▁e 0.001418 ▁she 0.001381 ▁do 0.001328 t 0.001191 ▁li 0.001098 ▁but 0.001016 <rest> 0.04446627052666474',
        'o ▁h ig h\t. 0.333 <rest> 0.028501178454035436',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.109 l 0.1796 ▁time 4.405 t 0.2462 ▁ne 0.2603 ▁little 3.364 r 0.3285 n 0.3448 ▁w 0.3859 ▁but 0.4274 ir 0.4448 ▁st 0.4538 ▁to 0.4944 ▁l 0.5187 ▁so 0.5653 ▁y 0.5797 ▁m 0.6195 ▁t 0.6282 ▁p 0.6368 ▁do 1.448 ▁g 0.6933 ▁h 0.712 ▁li 1.403 ▁be 0.7353 ▁we 1.345 ▁f 0.7445 ▁r 0.7619 ▁n 0.7977 ▁d 0.8087 ▁wa 1.225 ▁ 0.8367 ▁s 0.8555 ▁big 0.8801 ▁b 1.128 ▁c 1.118 ▁th 1.104',
        'quotation=outside\t.\t▁I 0.6701 ▁One 1.161 ▁Tim 1.154 ▁Timmy 1.153 ▁She 1.147 ▁Lily 1.14 ▁ 0.8872 ▁The 1.126 <s> 1.122 ▁S 1.11',
        'tense=past\t▁a\t▁time 0.004582 ▁wa 1.121 r 1.113 ▁ne 1.111 ▁but 1.109 s 1.107 ▁very 1.106 ▁so 1.103',
        'pronoun=none\tl\t▁named 7.837 t 0.1881 ve 0.2172 ▁of 0.2734 ▁he 0.2835 ▁for 0.3087 ▁n 0.3145 , 0.3464 ▁a 0.3476 ▁be 0.351 ▁and 0.3711 ▁s 0.3774 ad 0.3812 ▁l 0.4048 ed 0.4106 i 0.4106 ▁t 0.4186 ▁th 0.4245 ▁ne 0.4328 ▁with 0.4432 ▁ 0.4488 ▁play 0.4497 ▁to 0.4512 ▁st 0.4731 ot 0.4756 ▁b 0.4818 ▁m 0.4846 ig 0.5002 ▁wa 0.503 ▁little 1.975 ou 0.5237 ▁on 0.5648 ▁g 0.5773 ▁d 0.5782 ▁f 0.6173 ▁want 0.6247 ▁that 0.6345 ▁p 0.6361 ▁w 1.572 ▁was 0.6405 k 1.559 ▁the 0.6667 ▁h 0.6844 . 0.6851 o 0.6854 ▁in 0.6859 s 0.6944 ▁do 1.406 a 0.7337 ▁li 1.342 u 1.323 oo 0.796 ▁c 0.8018 ▁had 0.8051 ▁saw 0.8274 ▁r 0.8282 ar 1.181 id 0.8807',
        'quotation=outside\t,\t▁I 0.05429 ▁little 0.121 ▁we 0.1793 ▁do 0.1801 ▁that 0.1929 ▁l 0.3609 ▁th 0.4313 ▁p 0.481 ▁m 0.506 ▁c 0.5259 ▁for 0.5597 ▁M 0.5829 ▁it 0.5896 ▁n 0.5988 ▁d 0.6494 ▁k 0.7826 ▁g 0.7856 ▁there 1.231 ▁she 1.227 ▁b 0.8207 ▁w 0.8232 ▁her 1.212 ▁saw 1.205 ▁in 1.198 ▁T 0.8351 ▁Tim 0.8366 ▁he 1.192 ▁a 1.189 ▁and 1.173 ▁the 1.172 ▁so 1.161 ▁B 0.8651 ▁be 0.8682 ▁st 0.8711 ▁r 1.144 ▁li 1.141 ▁t 0.8797 ▁e 1.135 ▁S 0.8975 ▁Lily 0.9089',
        'pronoun=none\t.\t<s> 0.05393 ▁Timmy 3.154 ▁Lily 0.3442 ▁She 2.35 ▁One 2.03 ▁T 1.765 ▁ 0.5843 ▁Tim 1.646 ▁M 1.543 ▁I 0.7534 ▁S 0.8312 ▁B 0.834',
        'tense=past\t▁was\t▁a 0.4268 ▁time 1.238 ▁so 1.233 ▁to 1.232 ▁s 1.225 ▁n 1.225 ▁st 1.222 ▁b 1.221 ▁be 1.22 ▁the 1.22 n 1.22 . 1.219 ▁p 1.219 ▁big 1.219 h 1.219 ▁ha 1.217 ▁g 1.217 ▁e 1.216 , 1.215 ▁very 1.214 ▁c 1.213 ▁t 1.213 ▁ 1.213 ▁h 1.213 ▁in 1.212 ▁up 1.21 ▁lo 1.21 ▁her 1.21 ▁m 1.21 ▁d 1.21 ▁ne 1.209 ▁he 1.208 he 1.208 ▁w 1.208 ▁f 1.206 ▁l 1.203 ▁there 1.2 ▁for 1.199 ▁and 1.199 ▁k 1.198 ▁on 1.197 ▁do 1.194 ▁th 1.192 ▁li 1.189 ▁r 1.188 ▁wa 1.145 ▁play 1.141',
        'pronoun=none\tir\tt 0.1485 . 0.1794 ▁and 0.2086 st 0.2472 ▁ne 0.2569 s 0.261 ▁the 0.2992 ▁ 0.3039 ▁wa 0.3051 ▁f 0.3232 ▁a 0.3245 ed 0.3327 ▁c 0.3467 ▁s 0.3489 r 0.3493 ▁b 0.3501 ▁p 0.3607 ▁he 0.3828 ▁of 0.3829 ▁ha 0.3892 ▁d 0.3933 ▁t 0.3944 , 0.3967 ▁m 0.408 ▁e 0.4194 ▁w 0.4256 ▁be 0.4258 l 2.291 ▁l 0.4387 ▁h 0.4467 ▁in 0.4854 ▁g 0.492 ▁to 0.4946 ▁with 0.5547 ▁big 0.5985 i 0.6026 ▁k 0.607 a 0.6315 ▁r 0.8088 ▁do 0.8281',
        'pronoun=none\t▁time\t. 0.02283 ▁to 0.02852 ▁for 0.03579 ▁and 0.0813 ▁a 0.1042 ▁play 0.1444 ▁with 0.1573 s 0.1725 ▁e 0.2679 ▁she 0.2764 ▁in 0.2863 ▁he 0.3307 ▁on 0.3545 ▁there 1.232 , 1.199',
        'pronoun=female/it\t▁to\t▁Lily 2.409 ▁play 0.4286 ▁her 2.112 ▁T 1.834 o 1.724 ▁be 1.575 ▁wa 0.6354 ▁it 1.474 ld 0.6933 ▁n 1.441 ▁we 0.6969 ▁d 0.7119 ▁do 1.394 ▁g 1.358 ▁ha 1.357 ▁r 0.7425 ▁e 0.759 . 1.316 ▁Timmy 1.305 ▁to 0.8194 ▁m 1.216 ▁B 1.215 ▁M 1.189 ▁ne 1.18 ▁w 0.8496 ▁b 0.85 ▁l 1.172 u 0.8648 ▁p 0.868 ▁the 0.8698 ▁a 1.132 ▁k 0.9032',
        'quotation=outside\tid\t▁it 0.4748 ▁the 0.7762 ▁a 0.7802 , 0.8931 . 0.9077 ed 1.101',
        'quotation=outside\t▁to o\t, 0.7475 ▁n 0.7968 k 1.176 ▁ 0.8902 ▁p 0.8954 ▁r 0.9018 l 1.105',
        'pronoun=female\t▁big\t▁and 0.459 ▁for 0.4808 ▁that 0.5347 . 0.5511 ▁f 0.7615 ▁a 0.8213 ▁p 1.2 ▁li 0.85 ▁k 1.138 ▁e 0.891 ▁w 0.898 ▁but 1.113 ▁be 0.9053',
    ],
    'priming_seen.txt': [
        'piece\t1\t3\t6\t12\t24\t48\t96\tnot seen',
        '.\t1.38\t0.6875\t0.4318\t0.8755\t1.323\t1.253\t1.151\t1.155',
        '▁The\t0.7984\t0.8194\t1.344\t1.619\t1.555\t1.311\t1.06\t0.7464',
        '▁s\t1.04\t1.062\t1.091\t1.1\t1.074\t0.9842\t0.9388\t0.9211',
        'r\t1.047\t0.9807\t1.062\t1.081\t1.042\t0.9991\t0.9412\t0.9232',
        '▁a\t0.9768\t1.012\t1.018\t1.031\t1.028\t1.002\t0.9913\t1.002',
    ],
    'priming_related.txt': [
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big , ▁r ed ▁b all . ▁She\t▁want 1.058 ▁was 1.418 ▁a 0.7703 ▁d 1.163 ▁th 0.9774 ▁p 0.6185 ▁l 1.299 ▁w 1.017 ▁f 1.098 ▁had 1.744 ▁li 2.381 ▁lo 0.5265 ▁c 1.101 ▁saw 1.767 ▁s 0.8482 ▁g 0.7474 ▁r 0.4407 ▁t 0.8851 ▁st 0.8749 ▁wa 0.9094 ▁k 0.8969 ▁to 0.4143 ▁ 0.3639 ▁m 0.9241 ▁ne 1.536 ▁b 0.831 ▁h 0.6977 ▁y 1.03 ▁he 5.46',
    ],
}
START = [0, 82, 86, 3]  # the text's first words, as positions in VOCAB
LENGTH = 62


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State), ('priming', Priming), ('openings', Openings)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
