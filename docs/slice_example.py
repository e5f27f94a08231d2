"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, priming,
calibration, openings correct it, in that order. The tables (TABLES, at the end) are the room's
tables/ files cut to the 117 rows this text needs and the 111 tokens that compete somewhere in it;
every other token is pooled into one, <rest>, never written. englishroom removed every other row it
could without changing what greedy decoding writes, and every statement of the room's code that
saying it never runs (a block left with none says `...`).
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


def longest_context(prefix, contexts, longest):
    """The longest key of `contexts` (tuples of ids, none longer than `longest`) that ends `prefix`, or None."""
    for k in range(min(longest, len(prefix)), 0, -1):
        if tuple(prefix[-k:]) in contexts:
            return tuple(prefix[-k:])


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


# ---- calibration.py, the room's own code ----
# Calibration: the mechanisms' average factors, checked context by context.
#
# A context rule already holds the subject's average over its context's own occurrences, and those lean
# one way: "▁She ▁lo ved ▁to ▁play" comes about twenty tokens into a story. The mechanisms' factors are
# averages over every place, so here they count again what the rule knew: position and priming turn the
# subject's "outside" (0.40 against "with" 0.37) into "with". This last step undoes such double counting.
# tables/calibration.txt has a line per context seen at least N times (the first comment line says N):
#
#     ▁She ▁lo ved ▁to ▁play <TAB> ▁ 1.33 ▁with 0.82 ... <TAB> # 127 positions, saves 9.1 nats
#
# each listed token's factor being the subject's summed probability over the room's (with every
# mechanism before this one), over the places where this is the longest context of the table, which
# is the one that applies where it ends the text.

class Calibration:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = context_factors(table("calibration.txt"), ids)      # context (ids) -> {token: factor}
        self.longest = max(map(len, self.factors), default=0)

    def scaling(self, prefix):               # the row of the table's longest context that ends the text
        ctx = longest_context(prefix, self.factors, self.longest)
        return {} if ctx is None else self.factors[ctx]


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
    '▁was', '▁The', 'id', 'ar', '▁n', '▁g', '▁S', '▁th',
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
        '▁a\t0.02672',
        '▁the\t0.02083',
        '▁to\t0.02174',
        '▁\t0.01755',
        'e\t0.02815',
        'a\t0.02064',
        'o\t0.01815',
        's\t0.02192',
        'l\t0.0187',
        '.\t0.03735',
        ',\t0.02205',
        '<rest>\t0.2823713688610977',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.0775 ▁time 0.07018 s 0.06629 ▁little 0.06515 n 0.06152 t 0.04889 ▁s 0.03605 ▁b 0.03548 r 0.034 l 0.03226 re 0.0317 ▁g 0.02403 ▁l 0.02243 ▁p 0.02143 ▁c 0.0189 ▁f 0.01762 ▁t 0.01546 ▁ne 0.01376 ▁m 0.01354 ▁w 0.01038 ▁n 0.008255 ▁h 0.008068 ▁r 0.007431 ▁wa 0.007394 ▁d 0.0073 ▁to 0.006112 ▁he 0.0007876 ▁a 0.0007755 u 0.0003423 er 0.0002599 ▁her 0.0002556 ▁the 0.0001607 h 0.000109 o 8.181e-05 ▁was 7.579e-05 , 7e-05 . 4.467e-05 a 2.866e-05 e 2.78e-05 ed 1.817e-05 ar 1.36e-05 k 8.817e-06 ▁and 3.745e-06 i 1.414e-06 ot 3.016e-07 ou 4.358e-08 <rest> 0.20153270364562614',
        '▁time\t, 0.7826 <rest> 0.014182361634147433',
        ',\t▁but 0.08991 ▁there 0.0792 ▁Lily 0.04955 ▁and 0.04814 ▁she 0.04361 ▁a 0.04313 ▁the 0.04164 ▁ 0.03496 ▁he 0.0318 ▁Timmy 0.02026 ▁M 0.01911 ▁so 0.01904 ▁I 0.01797 ▁s 0.01739 ▁S 0.01356 ▁Tim 0.01331 ▁w 0.01329 ▁it 0.01267 ▁T 0.01138 ▁B 0.01065 ▁l 0.01034 ▁c 0.009987 ▁p 0.008075 ▁her 0.006909 ▁we 0.00666 ▁e 0.0062 ▁b 0.004468 ▁g 0.003003 ▁to 0.002553 , 0.0008559 ▁was 0.0004712 . 0.0002844 s 9.363e-05 l 5.716e-05 r 5.221e-06 e 4.081e-06 re 3.22e-06 ou 2.844e-06 o 2.522e-06 ed 2.46e-06 h 1.875e-06 t 1.346e-06 n 9.306e-07 er 2.58e-07 ar 2.262e-07 a 1.924e-07 u 1.862e-07 i 6.113e-08 k 4.743e-08 <rest> 0.26725551686952465',
        '▁there\t▁was 0.839 <rest> 0.014509055771789736',
        '▁was\t▁a 0.2697 ▁very 0.1203 ▁so 0.08405 ▁s 0.05034 ▁n 0.0373 ▁to 0.02725 ▁ 0.02277 ▁g 0.02141 ▁c 0.01942 ▁f 0.01919 ▁b 0.01424 ▁e 0.01331 ▁d 0.01299 ▁in 0.01257 ▁st 0.0117 ▁play 0.01152 ▁w 0.01009 ▁time 0.01004 ▁m 0.009661 ▁p 0.00935 ▁wa 0.008817 ▁h 0.008557 ▁t 0.006632 . 0.006435 ▁r 0.005934 ▁l 0.005149 h 0.002346 ▁he 0.002012 , 0.001447 ▁and 0.001056 t 0.0005748 ▁was 0.0005509 ▁it 0.0004678 l 4.938e-05 e 4.625e-05 re 4.253e-05 s 4.174e-05 i 6.156e-06 u 4.698e-06 a 4.668e-06 er 4.63e-06 o 4.054e-06 ed 2.284e-06 k 2.165e-06 r 6.272e-07 ou 4.348e-07 ar 1.636e-07 ot 6.98e-08 <rest> 0.12991287075212',
        '▁little\t▁g 0.4785 <rest> 0.016906158781013092',
        '▁g\tir 0.1904 <rest> 0.12355963163378358',
        'ir\t<rest> 0.34780891756928956',
        'l\t▁named 0.05273 <rest> 0.4120126860678337',
        '▁named\t▁Lily 0.4064 <rest> 0.02279193217308284',
        '.\t▁ 0.1191 ▁She 0.1111 ▁The 0.08646 <s> 0.05199 ▁I 0.04992 ▁One 0.04082 ▁B 0.0289 ▁S 0.02409 ▁Lily 0.02384 ▁Timmy 0.01366 ▁Tim 0.01334 ▁T 0.01329 ▁M 0.0126 . 0.0003144 ▁the 0.0001153 ▁a 5.142e-05 ▁he 2.9e-05 ▁c 2.579e-05 ▁d 2.377e-05 ▁b 1.391e-05 ▁p 1.374e-05 ▁w 1.219e-05 ▁to 1.04e-05 , 8.126e-06 ▁m 7.048e-06 ▁f 6.922e-06 ▁and 6.633e-06 ▁s 3.566e-06 ▁g 2.388e-06 s 1.392e-06 l 1.171e-06 t 1.089e-06 er 4.952e-07 r 4.837e-07 ▁was 3.532e-07 e 1.486e-07 u 1.462e-07 re 1.422e-07 a 7.172e-08 o 6.91e-08 ed 5.636e-08 ar 5e-08 h 4.384e-08 i 4.329e-08 n 4.133e-08 k 2.206e-08 ou 2.16e-08 <rest> 0.4076856009171511',
        '▁She\t▁lo 0.1237 ▁was 0.1006 ▁had 0.05055 ▁want 0.04686 ▁p 0.04376 ▁a 0.04345 ▁s 0.0427 ▁w 0.04261 ▁saw 0.04211 ▁d 0.03808 ▁f 0.03737 ▁l 0.03547 ▁c 0.03077 ▁to 0.02861 ▁ 0.02817 ▁th 0.02442 ▁li 0.02338 ▁g 0.01986 ▁k 0.0181 ▁t 0.01664 ▁r 0.01608 ▁st 0.0136 ▁h 0.01256 ▁wa 0.01076 ▁m 0.008986 ▁b 0.004761 ▁and 0.001292 ▁the 0.0002716 ▁it 7.491e-05 re 6.057e-05 ▁her 4.594e-05 l 4.393e-05 n 2.235e-05 , 1.686e-05 . 1.253e-05 ar 7.875e-06 s 7.764e-06 t 5.894e-06 i 5.597e-06 a 5.31e-06 r 4.856e-06 e 1.912e-06 o 5.765e-07 ed 4.695e-07 u 3.715e-07 h 3.44e-07 k 2.821e-07 er 1.833e-07 ou 1.81e-07 ot 1.606e-07 <rest> 0.07594277452573772',
        '. ▁She\t▁lo 0.1291 ▁was 0.09897 ▁had 0.05179 <rest> 0.07445628728272191',
        '▁lo\tved 0.7534 <rest> 0.05290381681129985',
        'ved\t▁to 0.5609 <rest> 0.07240748954838327',
        '▁to\t▁the 0.09636 ▁play 0.09194 o 0.07201 ▁s 0.06156 ▁g 0.04552 ▁c 0.03628 ▁ 0.03211 ▁be 0.03065 ▁he 0.02986 ld 0.0268 ▁f 0.02618 ▁m 0.02455 ▁t 0.0244 ▁e 0.02245 ▁do 0.01904 ▁p 0.01819 ▁her 0.01767 ▁b 0.01563 ▁l 0.01492 ▁d 0.01296 ▁r 0.01092 ▁st 0.009561 ▁h 0.009189 ▁wa 0.007623 ▁to 0.002729 ▁it 0.002556 . 0.001165 ▁was 0.0006027 n 0.0004721 a 0.000461 r 0.0004604 ot 0.0004179 , 0.0002725 ▁and 0.0002439 re 0.000234 e 0.0001607 ar 8.231e-05 t 7.758e-05 k 6.918e-05 i 6.826e-05 s 5.054e-05 ed 2.36e-05 h 1.843e-05 l 8.252e-06 he 1.072e-06 ou 1.035e-06 er 2e-07 <rest> 0.1935591034266282',
        '▁play\t▁with 0.3029 ed 0.1882 ▁ 0.06802 . 0.06007 ▁in 0.04852 ▁to 0.03566 ▁a 0.02576 ▁and 0.01419 ▁on 0.0124 , 0.00779 ▁h 0.004977 ▁g 0.003901 ▁the 0.003858 ▁c 0.003579 ▁m 0.002804 ▁d 0.002718 er 0.002316 ▁p 0.001396 ▁f 0.001358 t 0.0007387 ▁w 0.0005693 s 0.0004148 ▁her 0.0003312 ▁he 0.0003206 a 0.0003043 r 0.000275 ▁l 0.0001657 l 9.85e-05 h 6.251e-05 e 4.945e-05 ▁was 3.936e-05 i 3.068e-05 ar 2.903e-05 o 2.798e-05 n 2.436e-05 u 3.905e-06 he 3.442e-06 ou 2.519e-06 k 1.798e-06 re 1.101e-06 ot 3.116e-07 ir 1.665e-07 id 1.503e-07 <rest> 0.18955126824090895',
        '▁to ▁play\t▁with 0.4775 ▁ 0.1289 . 0.1027 ▁in 0.08501 ▁to 0.04067 ▁a 0.03031 ▁and 0.02351 ▁on 0.01854 , 0.01222 ▁h 0.008028 ▁g 0.006263 ▁c 0.005037 ▁the 0.00468 ▁ne 0.004375 ▁d 0.004204 ▁b 0.003984 ▁s 0.003561 ▁m 0.002883 ▁p 0.002119 ▁f 0.001961 ▁t 0.001572 ▁for 0.001508 ▁it 0.00133 ▁e 0.001182 ▁r 0.001111 ed 0.0001585 er 2.778e-05 <rest> 0.021345577169422536',
        'ved ▁to ▁play\t▁ 0.3116 <rest> 0.0058586965508883315',
        '▁\tout 0.08127 <rest> 0.5680536225575007',
        'out\ts 0.3409 <rest> 0.05122427744750069',
        's\t. 0.1581 ▁and 0.06287 id 0.05361 , 0.03781 s 0.0374 ▁a 0.03239 ▁to 0.02704 ed 0.01973 ▁of 0.01953 ▁ 0.01892 h 0.01865 ▁in 0.01601 ▁f 0.01502 ▁c 0.01407 ▁w 0.01359 ▁we 0.01203 ▁g 0.01144 k 0.0102 ▁he 0.009894 ▁m 0.009567 i 0.009493 er 0.008902 ▁with 0.008684 ▁h 0.008046 ▁d 0.007547 o 0.007203 ▁l 0.007032 ▁be 0.007022 he 0.006914 ▁she 0.006566 ▁t 0.006371 ▁on 0.006361 u 0.00628 ▁play 0.006236 ▁was 0.003152 ▁her 0.002803 a 0.002552 r 0.0003188 e 0.0002436 l 0.0002401 n 0.0001432 t 4.775e-05 ot 3.255e-05 ou 1.901e-05 re 1.313e-05 ar 8.031e-06 <rest> 0.20599196163049882',
        'out s\tid 0.9919 <rest> 0.0006090242786982447',
        'id\t<rest> 0.08365534616784176',
        'e\t. 0.09552 l 0.06838 e 0.05694 ▁and 0.04037 a 0.03468 , 0.03366 ar 0.03212 ▁to 0.03078 ▁day 0.02234 ▁the 0.02132 ▁c 0.01618 ▁in 0.01596 ▁b 0.01441 ▁was 0.01432 ▁s 0.01395 ▁w 0.01389 ▁f 0.01174 o 0.01055 ▁with 0.009202 ▁of 0.008018 re 0.007116 st 0.006135 ▁h 0.006036 ▁it 0.006028 ▁on 0.005349 ed 0.003237 k 0.003204 ▁he 0.002725 er 0.001769 s 0.000874 n 0.0001737 r 0.0001457 h 0.0001358 t 0.0001333 u 8.173e-05 i 7.818e-05 ir 5.695e-05 ot 3.149e-05 he 6.981e-06 id 4.424e-06 ou 3.821e-06 <rest> 0.26871598090923776',
        'id e\t▁in 0.09495 <rest> 0.04249027567889552',
        '▁in\t▁the 0.4744 <rest> 0.07460334208360964',
        '▁the\t▁p 0.09566 <rest> 0.08905621429141641',
        '▁p\tar 0.1839 <rest> 0.20152358387967473',
        'ar\tk 0.1685 <rest> 0.26296977371486785',
        'k .\t▁ 0.1058 <rest> 0.39355355144797854',
        '▁One\t▁day 0.9734 <rest> 0.004335801744365098',
        '▁day\t, 0.6673 <rest> 0.014599667837180808',
        '▁she\t▁was 0.1038 ▁c 0.09453 ▁saw 0.09071 ▁w 0.08048 ▁f 0.05846 ▁had 0.05768 ▁d 0.05435 ▁a 0.04099 ▁ 0.03166 ▁want 0.03137 ▁g 0.03043 ▁lo 0.02512 ▁s 0.02274 ▁he 0.02072 ▁k 0.01838 ▁p 0.01761 ▁l 0.01618 ▁m 0.01595 ▁st 0.01527 l 0.01186 ▁ne 0.01011 ▁t 0.009602 ▁wa 0.007328 ▁th 0.007005 ▁r 0.006536 ▁n 0.005719 ▁h 0.004941 e 0.004689 ▁b 0.003037 ▁and 0.00088 a 0.0008572 ar 0.0004129 ▁the 0.0001991 re 0.0001977 . 0.0001781 r 0.0001049 h 8.991e-05 ▁her 7.454e-05 i 4.977e-05 , 3.256e-05 t 2.473e-05 u 2.416e-05 s 2.39e-05 n 1.513e-05 ed 8.729e-06 o 3.386e-06 k 2.219e-06 ou 1.1e-06 er 6.289e-07 <rest> 0.07682045075035715',
        ', ▁she\t▁saw 0.2495 <rest> 0.03266970425152016',
        '▁saw\t▁a 0.5785 <rest> 0.037719812235297856',
        '▁saw ▁a\t▁big 0.375 <rest> 0.021301417786338428',
        '▁big\t▁b 0.1476 , 0.1214 ▁t 0.09036 ▁h 0.06409 ▁s 0.06039 ▁c 0.05091 ▁r 0.04898 ▁p 0.04652 ▁and 0.04514 ▁f 0.03419 ▁do 0.03161 ▁m 0.0234 ▁g 0.02217 ▁ 0.01994 ▁st 0.01727 ▁w 0.015 ▁l 0.01033 ▁d 0.008562 . 0.008247 ▁be 0.007512 ▁e 0.006482 ▁wa 0.00627 ▁y 0.006077 ▁n 0.004881 ▁the 0.0008054 ▁was 0.0003632 ▁it 0.0002853 ▁her 0.0002345 n 0.0001906 er 9.699e-05 l 5.829e-05 s 5.38e-05 r 4.898e-05 u 3.408e-05 e 2.902e-05 i 1.727e-05 ar 1.465e-05 t 1.14e-05 a 1.065e-05 ou 4.296e-06 o 4.061e-06 re 3.141e-06 ed 1.039e-06 he 6.203e-07 h 5.74e-07 ot 3.431e-07 k 2.993e-07 <rest> 0.058542150614858124',
        '▁a ▁big\t, 0.1428 <rest> 0.030897126384215046',
        '▁big ,\t▁r 0.1596 ▁s 0.1555 <rest> 0.06167210803474221',
        '▁r\to 0.3017 a 0.1684 ed 0.09668 u 0.04168 id 0.02772 ou 0.02062 oo 0.004697 h 0.003408 ot 0.002192 i 0.001008 e 0.0006273 ar 0.0003441 r 0.0002168 er 0.0001326 ir 4.464e-05 k 3.794e-05 . 1.99e-05 l 1.512e-05 n 9.928e-06 , 4.779e-06 he 4.369e-06 t 3.352e-06 ▁a 1.873e-06 s 1.281e-06 re 1.16e-06 ▁to 7.923e-07 ▁and 7.637e-07 ▁the 7.591e-07 ▁ 7.354e-07 ▁s 5.021e-07 ▁was 4.926e-07 ▁c 4.323e-07 ▁b 4.079e-07 ▁f 3.959e-07 ▁w 2.984e-07 ▁g 2.945e-07 ▁p 2.746e-07 ▁m 2.737e-07 ▁d 2.371e-07 ▁he 2.156e-07 ▁her 2.148e-07 ▁h 2.078e-07 ▁it 2.053e-07 ▁l 2.049e-07 ▁t 1.975e-07 ▁in 1.708e-07 <rest> 0.3245290963660117',
        ', ▁r\ted 0.5313 <rest> 0.12343965305895677',
        'ed\t▁to 0.2824 ▁and 0.101 . 0.08708 ▁the 0.06586 ▁a 0.04564 , 0.03882 ▁that 0.03747 ▁it 0.02888 ▁her 0.02784 ▁with 0.02018 ▁in 0.01648 ▁up 0.01624 ▁ 0.01548 ▁b 0.01373 ▁h 0.01343 ▁on 0.01113 ▁s 0.009034 ▁for 0.007438 ▁of 0.006416 ▁w 0.00622 ▁d 0.005086 ▁he 0.004007 ▁p 0.002596 ▁t 0.002191 s 0.002061 ▁g 0.001915 ▁l 0.00162 a 0.001398 l 0.001057 ▁was 0.000738 r 0.0006842 n 0.0003131 t 7.014e-05 h 6.908e-05 u 4.341e-05 o 3.033e-05 e 2.694e-05 er 2.619e-05 k 6.823e-06 he 4.234e-06 re 3.591e-06 ou 3.239e-06 ar 3.231e-06 ot 1.676e-06 <rest> 0.07582113496176579',
        '▁r ed\t▁b 0.3634 <rest> 0.026822301179373342',
        '▁b\to 0.1847 a 0.1262 ir 0.1152 all 0.09021 r 0.08473 u 0.07555 l 0.05405 ot 0.03198 ad 0.02155 oo 0.01931 ed 0.01623 re 0.01329 ar 0.01114 ou 0.00748 i 0.00639 e 0.000511 ▁b 0.0001801 n 6.619e-05 s 4.253e-05 k 3.726e-05 ▁g 1.34e-05 t 1e-05 h 4.954e-06 . 4.202e-06 ▁to 2.352e-06 ▁ 2.129e-06 ▁h 1.77e-06 ▁s 1.34e-06 ▁f 1.256e-06 ▁c 1.09e-06 ▁d 9.622e-07 ▁and 7.154e-07 ▁was 6.261e-07 ▁a 5.604e-07 ▁l 4.639e-07 ▁t 3.789e-07 , 2.635e-07 ▁the 2.431e-07 ▁it 2.163e-07 ▁w 1.947e-07 ▁p 1.278e-07 ▁m 8.802e-08 ▁he 7.171e-08 ▁her 6.836e-08 <rest> 0.1304052202420044',
        'ed ▁b\tall 0.3221 <rest> 0.22410031134792496',
        'all . ▁She\t▁want 0.1198 ▁was 0.1008 ▁a 0.07353 ▁p 0.06565 ▁d 0.04747 ▁th 0.03964 ▁l 0.03897 ▁f 0.03808 ▁to 0.0377 ▁had 0.02559 ▁g 0.02283 ▁r 0.02105 ▁t 0.02065 ▁st 0.01797 ▁lo 0.01653 ▁li 0.01351 ▁wa 0.01214 ▁b 0.006121 ▁play 0.004497 ▁y 0.001012 ▁do 0.0008922 ▁and 0.0007897 <rest> 0.08641330420945359',
        '▁b all . ▁She\t▁want 0.1272 ▁was 0.09991 ▁a 0.07602 ▁p 0.068 <rest> 0.08796027700655984',
        'ed ▁b all . ▁She\t▁want 0.2461 <rest> 0.05467096162002749',
        '▁want\ted 0.6502 <rest> 0.00710946022955572',
        'ed ▁to\t▁s 0.09856 ▁play 0.09158 ▁c 0.08094 ▁g 0.06893 ▁he 0.05649 ▁t 0.04944 ▁f 0.04823 ▁ 0.04733 ▁be 0.04169 ▁p 0.03825 ▁m 0.03686 ▁e 0.03197 ▁r 0.02199 ▁l 0.02164 ▁b 0.0213 ▁d 0.01886 ▁st 0.01523 ▁the 0.01316 ▁w 0.01006 ▁wa 0.009623 ▁her 0.00701 o 0.006206 ▁to 0.005625 ▁do 0.004903 ▁k 0.00453 ▁we 0.004283 ▁li 0.002044 ▁th 0.001661 ▁so 0.001466 ▁ne 0.00146 ▁n 0.001385 ▁in 0.001105 ▁lo 0.001084 ▁it 0.0008654 ▁Lily 0.0008335 ▁M 0.00074 ▁S 0.0005957 ▁Tim 0.0004688 ▁B 0.0003766 ▁T 0.0003653 ld 0.0001531 u 8.416e-05 <rest> 0.11167413207100085',
        '▁want ed ▁to\t▁play 0.1603 ▁s 0.1233 ▁he 0.1092 ▁g 0.07432 ▁ 0.05256 ▁t 0.05023 ▁e 0.04986 ▁m 0.04268 ▁b 0.02084 ▁st 0.01551 ▁to 0.01066 ▁k 0.007759 ▁do 0.005903 ▁we 0.005483 ▁a 0.002889 ▁li 0.001949 ▁so 0.001821 ▁th 0.001713 ▁ne 0.0006787 ▁n 0.000486 ▁the 0.0002734 o 0.000177 ▁her 8.045e-06 <rest> 0.03784301019716396',
        '▁She ▁want ed ▁to\t▁s 0.1272 ▁play 0.1258 ▁he 0.1064 ▁g 0.06803 ▁c 0.05673 ▁ 0.05602 ▁t 0.05395 ▁e 0.05251 ▁p 0.05199 ▁do 0.004735 ▁th 0.002315 <rest> 0.041366044539648206',
        '. ▁She ▁want ed ▁to\t▁s 0.127 ▁play 0.1264 ▁he 0.106 ▁g 0.0679 ▁c 0.05658 ▁ 0.05583 ▁t 0.05399 ▁e 0.05242 ▁p 0.05199 <rest> 0.04143741973678294',
        'all . ▁She ▁want ed ▁to\t▁play 0.2265 <rest> 0.03475166328060009',
        '▁with\t▁her 0.2027 ▁the 0.1832 ▁a 0.1106 ▁it 0.06045 ▁m 0.04714 ▁ 0.01973 ▁h 0.01707 . 0.01604 ▁l 0.01465 out 0.01188 ▁s 0.01004 ▁e 0.008098 ▁b 0.007588 ▁c 0.006524 ▁th 0.005733 ▁p 0.005676 ▁f 0.005634 ▁M 0.00552 ▁d 0.004859 ▁t 0.004181 ▁to 0.002739 ▁g 0.00137 ▁he 0.001105 , 0.001003 ▁and 0.0006926 s 0.0003623 e 7.938e-05 ▁was 6.169e-05 t 4.197e-05 ed 1.948e-05 he 1.732e-05 a 7.856e-06 u 6.599e-06 o 4.875e-06 h 3.459e-06 k 1.309e-06 n 1.107e-06 l 7.086e-07 ou 6.889e-07 er 5.89e-07 re 4.523e-07 r 4.425e-07 i 2.947e-07 ar 2.679e-07 ot 1.705e-07 <rest> 0.21479745108102533',
        '▁play ▁with\t▁her 0.2216 ▁the 0.1796 ▁it 0.1175 ▁m 0.0654 . 0.04457 ▁a 0.01395 ▁h 0.01394 ▁ 0.007972 ▁M 0.006876 ▁S 0.00563 ▁th 0.005611 ▁Tim 0.005451 ▁Lily 0.004927 ▁to 0.003994 ▁s 0.002929 ▁T 0.002875 , 0.002706 ▁p 0.002392 ▁Timmy 0.002095 ▁B 0.001913 ▁with 0.001587 ▁and 0.00152 ▁r 0.001516 ▁d 0.001488 ▁t 0.001446 ▁in 0.001278 ▁l 0.001122 ▁f 0.0008565 out 0.0006679 ▁wa 0.0004501 ▁st 0.0002897 ▁y 0.0002757 ▁he 0.0002442 ▁n 0.0002259 ▁be 0.0002222 ▁so 0.0001613 ▁big 0.0001565 <rest> 0.25835321419522495',
        '▁to ▁play ▁with\t▁her 0.263 ▁the 0.1732 ▁it 0.1084 . 0.05457 ▁m 0.05382 ▁h 0.01485 ▁M 0.007349 ▁S 0.006393 ▁Tim 0.006369 ▁Lily 0.005494 ▁b 0.004488 ▁to 0.004386 ▁c 0.003601 , 0.003178 ▁T 0.003111 ▁th 0.002766 ▁Timmy 0.002322 ▁with 0.001845 ▁and 0.001807 ▁r 0.001717 ▁t 0.001442 ▁in 0.001337 <rest> 0.2352163354838792',
        'ed ▁to ▁play ▁with\t<rest> 0.12596432745877895',
        '▁it\t▁was 0.1876 . 0.1766 ▁to 0.05211 , 0.04254 ▁a 0.04172 s 0.03491 ▁and 0.03181 ▁ 0.03034 ▁w 0.02872 ▁up 0.02542 ▁in 0.0251 ▁f 0.01997 ▁b 0.0182 ▁c 0.01685 ▁m 0.0166 ▁on 0.01656 ▁with 0.01355 ▁st 0.01044 ▁d 0.00949 ▁l 0.009043 ▁h 0.008277 ▁for 0.00823 ▁g 0.007717 ▁had 0.007667 ▁e 0.007221 ▁t 0.005968 ▁be 0.00584 ▁p 0.002526 ▁he 0.001686 ▁the 0.001301 ▁it 0.0007309 r 0.0003834 ▁her 0.000184 t 7.935e-05 k 7.641e-05 h 7.357e-05 l 5.752e-05 er 3.361e-05 u 1.963e-05 re 1.883e-05 e 1.771e-05 ed 8.605e-06 a 7.877e-06 n 4.839e-06 ou 4.443e-06 o 1.866e-06 i 1.289e-06 ot 3.315e-07 ar 2.708e-07 <rest> 0.11067758421208884',
        '▁with ▁it\t. 0.4281 , 0.1062 ▁a 0.1051 s 0.09636 ▁to 0.05007 ▁and 0.03695 ▁e 0.01883 ▁in 0.01552 ▁with 0.01115 ▁for 0.011 ▁ 0.006124 ▁be 0.004937 ▁so 0.004762 ▁on 0.004191 ▁b 0.003053 ▁w 0.002577 ▁up 0.002536 ▁was 0.002408 ▁f 0.002136 ▁very 0.00143 ▁but 0.001323 ▁h 0.001314 ▁c 0.00113 ▁s 0.001107 ▁t 0.001073 ▁li 0.0009427 ▁m 0.0008401 ▁l 0.0007259 ▁the 0.0005744 ▁ne 0.0005675 ▁g 0.0005492 ▁he 0.0004281 ▁st 0.000347 ▁d 0.0003045 ▁p 0.0002992 ▁r 0.0002214 ▁we 0.0001198 ▁had 8.256e-05 ▁wa 6.184e-05 ▁saw 2.485e-06 <rest> 0.07200182777192154',
        '▁play ▁with ▁it\t. 0.4481 , 0.1396 ▁a 0.1214 ▁to 0.06148 s 0.01841 ▁in 0.01564 ▁with 0.01338 ▁for 0.01163 ▁ 0.008067 ▁so 0.00617 ▁be 0.004936 ▁b 0.003039 ▁up 0.002886 ▁w 0.002777 ▁very 0.001662 ▁but 0.001521 ▁li 0.00108 ▁c 0.0006277 ▁t 0.0004415 ▁was 0.000304 <rest> 0.08172489231321767',
        '▁to ▁play ▁with ▁it\t. 0.4794 , 0.1743 ▁a 0.1227 ▁and 0.02553 s 0.01984 ▁e 0.01782 ▁in 0.01526 ▁with 0.01295 ▁so 0.006101 ▁be 0.005605 ▁very 0.001885 ▁but 0.001716 <rest> 0.03374501948578512',
        'ed ▁to ▁play ▁with ▁it\t. 0.4786 , 0.2137 ▁a 0.1188 ▁so 0.006505 ▁but 0.002068 <rest> 0.014323302741796606',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4489 <rest> 0.012893086285539868',
        '▁but\t▁it 0.1273 <rest> 0.12760025810329068',
        '▁it ▁was\t▁to 0.1341 <rest> 0.06364909119639917',
        'o\tre 0.08095 , 0.04325 k 0.03569 l 0.03103 s 0.02535 . 0.02491 ld 0.01583 ▁h 0.01273 ve 0.01169 ▁a 0.01018 ▁lo 0.009061 ▁on 0.008245 e 0.007923 ot 0.007855 ▁l 0.007437 ▁f 0.007182 ▁li 0.006963 ▁s 0.006645 ▁ 0.006528 st 0.00651 ▁b 0.006454 ▁was 0.006287 ar 0.004749 ▁m 0.004518 ▁c 0.004466 ▁and 0.003638 a 0.002716 ▁w 0.002144 ▁g 0.001484 ▁p 0.001412 o 0.0005674 ed 0.0002111 er 9.531e-05 u 8.093e-05 ou 7.236e-05 r 6.302e-05 n 6.03e-05 t 5.77e-05 <rest> 0.5078091266172298',
        '▁to o\tk 0.3519 . 0.2015 ▁h 0.05187 ▁s 0.04884 ▁l 0.04424 ▁f 0.04022 , 0.03897 ▁big 0.02604 ▁m 0.02021 ▁he 0.01447 ▁d 0.01344 ▁c 0.01124 ▁st 0.009786 ▁t 0.009492 ▁b 0.008307 ▁and 0.006743 ▁ 0.006542 ▁e 0.004127 ▁n 0.003258 ▁a 0.00286 ▁to 0.001677 ▁on 0.0006945 ▁the 0.000338 ld 0.0002705 ▁li 0.0002193 ▁in 0.0001448 ▁lo 7.08e-05 e 3.065e-05 ve 2.227e-05 h 2.075e-05 re 1.28e-05 ▁was 1.231e-05 s 7.41e-06 st 3.319e-06 ar 1.898e-06 ot 1.447e-06 i 8.025e-07 es 5.137e-07 <rest> 0.05650733005145803',
        '▁was ▁to o\t▁l 0.1675 ▁s 0.165 ▁h 0.1449 ▁f 0.08812 ▁big 0.08811 ▁he 0.05668 ▁d 0.04534 ▁st 0.03429 ▁c 0.03131 ▁t 0.03022 ▁b 0.02105 ▁ 0.01695 ▁m 0.01568 ▁e 0.01455 ▁w 0.007433 ▁a 0.007159 ▁n 0.006663 ▁g 0.00556 ▁k 0.005421 ▁p 0.004049 ▁we 0.003822 ▁up 0.002514 ▁r 0.002192 ▁th 0.001872 ▁wa 0.001677 ▁be 0.001649 ▁little 0.001188 ▁saw 0.001008 . 0.0009439 k 0.0008061 , 0.0003979 ▁and 8.665e-05 l 4.35e-05 <rest> 0.019329570729252787',
        '▁it ▁was ▁to o\t▁l 0.2267 ▁h 0.1855 ▁big 0.08839 ▁he 0.084 ▁f 0.07511 ▁s 0.0647 ▁d 0.05807 ▁ 0.02114 ▁n 0.007618 ▁a 0.00493 ▁we 0.004353 ▁be 0.001894 ▁saw 0.001491 ▁r 0.001381 ▁th 0.001275 ▁up 0.0005007 <rest> 0.011638125310103775',
        '▁but ▁it ▁was ▁to o\t▁l 0.2391 ▁h 0.1968 ▁he 0.09169 ▁big 0.08065 ▁f 0.07978 ▁d 0.06033 ▁s 0.06004 ▁m 0.007964 ▁saw 0.001822 ▁there 0.001044 ▁little 0.0006445 <rest> 0.010432420277383447',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2411 ▁h 0.1961 ▁he 0.09205 ▁big 0.08082 ▁f 0.07933 ▁s 0.06015 ▁d 0.05961 <rest> 0.010390496768100776',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.2435 ▁l 0.1974 <rest> 0.00938440365497073',
        '▁h\tu 0.1313 ou 0.09737 o 0.08393 ar 0.04474 ig 0.03664 id 0.03392 ot 0.0179 i 0.004364 a 0.0005831 h 0.0004586 e 0.0003656 re 0.0001725 er 0.0001427 ed 0.0001312 r 3.785e-05 n 6.48e-06 l 1.911e-06 ▁h 1.726e-06 , 1.027e-06 . 9.129e-07 ▁a 6.246e-07 s 5.007e-07 ▁to 4.902e-07 ▁the 4.697e-07 ▁and 4.341e-07 t 4.3e-07 ▁ 3.958e-07 ▁s 3.107e-07 ▁c 2.675e-07 ▁f 2.575e-07 ▁b 2.524e-07 ▁was 2.461e-07 ▁w 1.846e-07 ▁g 1.822e-07 ▁p 1.699e-07 ▁m 1.693e-07 k 1.515e-07 ▁d 1.418e-07 ▁he 1.334e-07 ▁her 1.329e-07 ▁it 1.27e-07 ▁l 1.268e-07 ▁t 1.222e-07 <rest> 0.5412391137894499',
        'o ▁h\tig 0.1438 ar 0.1355 ot 0.04588 u 0.00562 o 0.002749 ou 0.001881 id 0.001177 i 0.0001065 oo 8.665e-05 <rest> 0.6621834178529984',
        '▁to o ▁h\tig 0.4309 ar 0.399 ot 0.134 u 0.001578 er 0.001181 o 0.0008758 ou 0.0005211 id 9.948e-05 <rest> 0.030590176753748533',
        '▁was ▁to o ▁h\tig 0.4897 <rest> 0.025986306107299018',
        'ig\th 0.678 <rest> 0.08448027157781002',
        'h\tt 0.1458 o 0.07714 a 0.04631 . 0.02934 i 0.02826 ar 0.01897 n 0.01792 ▁and 0.01575 , 0.009291 out 0.007613 ▁n 0.006241 ir 0.005645 ▁in 0.005271 ▁to 0.005223 ▁was 0.004777 ▁a 0.004567 ▁s 0.004496 u 0.004328 ▁w 0.003543 ▁ 0.00318 ▁f 0.003066 ▁c 0.003023 ▁it 0.002324 l 0.002286 s 0.00202 ▁b 0.001919 ▁m 0.001887 ▁t 0.001614 ▁p 0.001487 ▁g 0.001449 ▁d 0.00135 ot 0.001316 ▁he 0.001293 ▁h 0.001105 ▁her 0.0008622 ed 0.0008289 h 0.0005197 ou 0.0004756 e 0.000208 er 0.0001967 re 0.0001673 k 4.542e-05 <rest> 0.4753187321939668',
        'ig h\tt 0.7015 ▁in 0.04114 ▁and 0.03765 . 0.03355 ▁up 0.01851 ▁for 0.01126 , 0.009929 ▁a 0.004501 ▁to 0.004441 ▁b 0.003494 ▁t 0.003002 ▁it 0.002917 ▁on 0.002859 ▁f 0.002605 ▁h 0.002446 ▁s 0.002445 ▁that 0.002186 ▁be 0.001534 ▁there 0.00149 ▁he 0.001435 s 0.001372 ▁l 0.001337 ▁p 0.001145 ▁n 0.001141 ▁g 0.001139 ▁m 0.001081 ▁ 0.001076 ▁with 0.001069 ▁c 0.001059 ▁d 0.0008726 ▁w 0.0007401 ▁st 0.0007033 ▁was 0.0001868 l 8.855e-05 o 6.768e-05 ar 6.51e-05 n 5.512e-05 a 5.215e-05 r 3.822e-05 ▁had 2.422e-05 i 1.917e-05 out 1.516e-05 ad 9.631e-06 ▁want 7.489e-06 oo 2.941e-06 ▁named 2.745e-06 u 1.575e-06 ir 1.279e-06 <rest> 0.08815085109569287',
        '▁h ig h\t▁in 0.1984 ▁and 0.1804 . 0.1564 ▁up 0.0896 ▁for 0.05423 , 0.04535 ▁to 0.01723 ▁a 0.01703 ▁b 0.01581 ▁t 0.01403 ▁on 0.01301 ▁f 0.0121 ▁it 0.01105 ▁h 0.01033 ▁s 0.009771 ▁that 0.009123 ▁there 0.007066 ▁be 0.00667 ▁l 0.006178 ▁he 0.005972 ▁r 0.005846 ▁with 0.004887 ▁g 0.004857 ▁th 0.004841 ▁p 0.004782 ▁c 0.004558 ▁n 0.004494 ▁d 0.004002 ▁ 0.003958 ▁the 0.003414 ▁st 0.002911 ▁w 0.002818 ▁m 0.002714 ▁so 0.002491 ▁she 0.001967 ▁e 0.001482 ▁I 0.001262 ▁do 0.001221 ▁li 0.001071 ▁but 0.001006 t 0.0009822 s 0.0001083 <rest> 0.0482508675371377',
        'o ▁h ig h\t. 0.3276 <rest> 0.029692403532147305',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.109 l 0.1796 ▁time 4.405 t 0.2462 ▁ne 0.2603 ▁little 3.364 re 0.3261 r 0.3285 n 0.3448 ▁w 0.3859 ▁but 0.4274 ir 0.4448 ▁st 0.4538 ▁to 0.4944 ▁l 0.5187 ▁so 0.5653 ▁y 0.5797 ▁m 0.6195 ▁t 0.6282 ▁p 0.6368 ▁do 1.448 ▁g 0.6933 ▁h 0.712 ▁li 1.403 ▁be 0.7353 ▁we 1.345 ▁f 0.7445 ▁r 0.7619 ▁n 0.7977 ▁d 0.8087 ▁wa 1.225 ▁ 0.8367 ▁s 0.8555 ▁big 0.8801 ▁b 1.128 ▁c 1.118 ▁th 1.104',
        'quotation=outside\t.\t▁I 0.6701 ▁One 1.161 ▁Tim 1.154 ▁Timmy 1.153 ▁She 1.147 ▁Lily 1.14 ▁ 0.8872 ▁The 1.126 <s> 1.122 ▁S 1.11',
        'tense=past\t▁a\t▁time 0.004582 ▁wa 1.121 r 1.113 ▁ne 1.111 ▁but 1.109 s 1.107 ▁very 1.106 ▁so 1.103',
        'pronoun=none\tl\t▁named 7.837 t 0.1881 ve 0.2172 ▁of 0.2734 ▁he 0.2835 ▁for 0.3087 ▁n 0.3145 , 0.3464 ▁a 0.3476 ▁be 0.351 ▁and 0.3711 ▁s 0.3774 ad 0.3812 ▁l 0.4048 ed 0.4106 i 0.4106 ▁t 0.4186 ▁th 0.4245 ▁ne 0.4328 ▁with 0.4432 ▁ 0.4488 ▁play 0.4497 ▁to 0.4512 ▁st 0.4731 ot 0.4756 ▁b 0.4818 ▁m 0.4846 ig 0.5002 ▁wa 0.503 ▁little 1.975 ou 0.5237 ▁on 0.5648 ▁g 0.5773 ▁d 0.5782 ▁f 0.6173 ▁want 0.6247 ▁that 0.6345 ▁p 0.6361 ▁w 1.572 ▁was 0.6405 k 1.559 ▁the 0.6667 ▁h 0.6844 . 0.6851 o 0.6854 ▁in 0.6859 s 0.6944 ▁do 1.406 a 0.7337 ▁li 1.342 u 1.323 oo 0.796 ▁c 0.8018 ▁had 0.8051 ▁saw 0.8274 ▁r 0.8282 ar 1.181 id 0.8807',
        'tense=past\t,\t▁there 0.04992 ▁in 0.228 ▁a 0.7333 ▁she 1.131 ▁her 1.129 ▁Tim 1.127 ▁Lily 1.126 ▁so 1.126 ▁he 1.125 ▁Timmy 1.12 ▁but 1.12 ▁the 1.12 ▁r 1.112 ▁little 1.109 ▁s 1.108 ▁and 1.107 ▁l 1.106 ▁I 1.106 ▁it 1.105 ▁that 1.104 ▁S 1.104 ▁g 1.102 ▁t 1.101 ▁st 1.101 ▁f 1.1',
        'pronoun=female\t,\t▁there 0.0317 ▁he 0.2018 ▁in 0.207 ▁Timmy 0.2774 ▁Tim 0.2808 ▁she 2.104 ▁her 2.084 ▁Lily 1.893 ▁a 0.532 ▁B 0.6273 ▁T 0.6595 ▁the 0.7115 ▁we 1.386 ▁p 1.288 ▁li 0.7818 ▁that 1.279 ▁l 1.275 ▁S 0.7951 ▁c 1.211 ▁saw 0.8332 ▁w 1.2 ▁it 1.171 ▁and 0.8639 ▁h 0.8661 ▁d 1.154 ▁do 1.149 ▁to 0.8733 ▁th 1.129 ▁I 1.123 ▁g 1.115 ▁M 1.114 ▁b 0.9055',
        'quotation=outside\t,\t▁I 0.05429 ▁little 0.121 ▁we 0.1793 ▁do 0.1801 ▁that 0.1929 ▁l 0.3609 ▁th 0.4313 ▁p 0.481 ▁m 0.506 ▁c 0.5259 ▁for 0.5597 ▁M 0.5829 ▁it 0.5896 ▁n 0.5988 ▁d 0.6494 ▁k 0.7826 ▁g 0.7856 ▁there 1.231 ▁she 1.227 ▁b 0.8207 ▁w 0.8232 ▁her 1.212 ▁saw 1.205 ▁in 1.198 ▁T 0.8351 ▁Tim 0.8366 ▁he 1.192 ▁a 1.189 ▁and 1.173 ▁the 1.172 ▁so 1.161 ▁B 0.8651 ▁be 0.8682 ▁st 0.8711 ▁r 1.144 ▁li 1.141 ▁t 0.8797 ▁e 1.135 ▁S 0.8975 ▁Lily 0.9089',
        'pronoun=none\t.\t<s> 0.05393 ▁Timmy 3.154 ▁Lily 0.3442 ▁She 2.35 ▁One 2.03 ▁T 1.765 ▁ 0.5843 ▁Tim 1.646 ▁M 1.543 ▁I 0.7534 ▁S 0.8312 ▁B 0.834',
        'tense=past\t▁was\t▁a 0.4268 ▁time 1.238 ▁so 1.233 ▁to 1.232 ▁s 1.225 ▁n 1.225 ▁st 1.222 ▁b 1.221 ▁be 1.22 ▁the 1.22 n 1.22 . 1.219 ▁p 1.219 ▁big 1.219 h 1.219 ▁g 1.217 ▁e 1.216 , 1.215 ▁very 1.214 ▁c 1.213 ▁t 1.213 ▁ 1.213 ▁h 1.213 ▁in 1.212 ▁up 1.21 ▁lo 1.21 ▁her 1.21 ▁m 1.21 ▁d 1.21 ▁ne 1.209 ▁he 1.208 he 1.208 ▁w 1.208 ▁f 1.206 ▁l 1.203 ▁there 1.2 ▁for 1.199 ▁and 1.199 ▁k 1.198 ▁on 1.197 ▁do 1.194 ▁th 1.192 ▁li 1.189 ▁r 1.188 ▁wa 1.145 ▁play 1.141',
        'pronoun=none\tir\tt 0.1485 re 0.1646 . 0.1794 ▁and 0.2086 st 0.2472 ▁ne 0.2569 s 0.261 ▁the 0.2992 ▁ 0.3039 ▁wa 0.3051 ▁f 0.3232 ▁a 0.3245 ed 0.3327 ▁c 0.3467 ▁s 0.3489 r 0.3493 ▁b 0.3501 ▁p 0.3607 ▁he 0.3828 ▁of 0.3829 ▁d 0.3933 ▁t 0.3944 , 0.3967 ▁m 0.408 ▁e 0.4194 ▁w 0.4256 ▁be 0.4258 l 2.291 ▁l 0.4387 ▁h 0.4467 ▁in 0.4854 ▁g 0.492 ▁to 0.4946 ▁with 0.5547 ▁big 0.5985 i 0.6026 ▁k 0.607 a 0.6315 ▁r 0.8088 ▁do 0.8281',
        'pronoun=female/it\t▁to\t▁Lily 2.409 ▁play 0.4286 ▁her 2.112 ▁T 1.834 o 1.724 ▁be 1.575 ▁wa 0.6354 ▁it 1.474 ld 0.6933 ▁n 1.441 ▁we 0.6969 ▁d 0.7119 ▁do 1.394 ▁g 1.358 ▁r 0.7425 ▁e 0.759 . 1.316 ▁Timmy 1.305 ▁to 0.8194 ▁m 1.216 ▁B 1.215 ▁M 1.189 ▁ne 1.18 ▁w 0.8496 ▁b 0.85 ▁l 1.172 u 0.8648 ▁p 0.868 ▁the 0.8698 ▁a 1.132 ▁k 0.9032',
        'pronoun=female/it\t▁was\t▁time 3.319 ▁her 3.243 ▁play 0.3907 h 0.4321 ▁to 2.293 ▁the 2.023 ▁Lily 1.871 , 1.862 . 1.728 ▁a 0.5815 ▁wa 0.597 ▁y 1.602 ▁for 1.502 ▁ 1.481 ▁and 1.414 ▁d 1.305 ▁in 0.7794 ▁m 1.282 ▁big 1.27 ▁w 0.7895 ▁f 1.265 ▁on 1.264 ▁b 1.242 ▁n 1.241 ▁be 1.233 ▁p 1.231 he 0.819 ▁very 0.8268 ▁lo 1.207 ▁he 0.8389 ▁g 1.192 ▁so 1.183 ▁li 1.181 n 1.18 ▁l 0.8632 ▁h 1.142',
        'pronoun=female\t▁to\t▁Tim 0.4844 ▁S 0.5701 ▁her 1.574 ▁T 0.6439 ld 1.399 ▁n 0.7257 ▁h 0.7724 ▁r 0.7772 ▁we 1.234 o 0.8341 ▁it 0.8573 . 0.8589 ▁p 1.144 ▁f 0.8803 ▁play 1.116 ▁g 0.9038 ▁wa 1.104 ▁Lily 1.101 ▁be 0.9088',
        'quotation=outside\t▁to ▁play ▁with\t▁m 0.09906 ▁th 0.5695 ▁her 1.15 ▁p 0.8833 ▁S 1.115',
        'quotation=outside\tk .\t▁I 0.8524 ▁One 1.11 <s> 1.102 ▁Tim 1.1',
        'pronoun=female\tk .\t▁Tim 0.2101 ▁Timmy 0.252 ▁Lily 1.773 ▁One 1.598 ▁T 0.6643 ▁She 1.462 ▁The 0.7054 ▁M 0.8582 ▁S 0.8677 ▁B 0.8686',
        'pronoun=female\t▁the\t▁p 1.268 ▁big 0.8149 ▁h 0.8326 ▁time 0.8342 ▁he 0.8365 ▁g 1.172 ▁k 1.144 ▁n 0.8816 ▁t 0.8834 ▁wa 0.8854 ▁b 0.8986 ▁a 0.9023',
        'quotation=outside\tid\t▁it 0.4748 ▁the 0.7762 ▁a 0.7802 , 0.8931 . 0.9077 ed 1.101',
        'quotation=outside\t▁to o\t, 0.7475 ▁n 0.7968 k 1.176 ▁ 0.8902 ▁p 0.8954 ▁r 0.9018 l 1.105',
        'quotation=outside\t▁play\t▁m 0.5629 ▁it 0.5915 ▁s 0.6706 ▁to 0.6907 ▁for 0.7747 ▁the 0.779 ▁a 0.8032 ▁c 0.8526 ed 1.126 er 1.116 ▁ 1.111 , 0.9018 ▁t 0.9064',
        'pronoun=female\ted ▁to ▁play ▁with\t▁S 0.5164 ▁her 1.796 ▁Tim 0.5707 ▁m 0.7485 ▁it 1.292 ▁Timmy 0.7761 ▁h 0.7766 . 0.7853 ▁the 0.8297 ▁B 0.8737 ▁Lily 1.135',
    ],
    'priming_seen.txt': [
        'piece\t1\t3\t6\t12\t24\t48\t96\tnot seen',
        '▁One\t1.002\t0.9827\t0.843\t0.103\t0.3046\t0.2538\t0.4654\t1.39',
        '.\t1.315\t0.6867\t0.4313\t0.8723\t1.322\t1.261\t1.178\t1.145',
        '▁b\t1.071\t1.001\t1.353\t1.399\t1.255\t1.003\t0.8013\t0.8056',
        '▁her\t1.024\t0.7514\t1.071\t1.097\t1.109\t1.085\t1.018\t0.8427',
        '▁the\t0.9722\t0.9845\t1.039\t1.041\t1.02\t0.9977\t0.9267\t0.9057',
    ],
    'priming_related.txt': [
    ],
    'calibration.txt': [
        '.\t▁ 0.9539 ▁The 1.081 ▁She 1.038 <s> 1.09 ▁One 1.246 ▁B 1.056 ▁S 1.044 ▁Lily 0.7418 ▁Timmy 0.8955 ▁Tim 0.9334 ▁T 0.869 ▁M 0.8015 . 1.135 ▁the 1.288 ▁a 1.167 ▁he 1.13 ▁c 1.118 ▁p 1.141 ▁to 1.137 ▁d 1.089 ▁b 1.098 ▁and 1.124 , 1.116 ▁w 1.1 ▁f 1.071 ▁m 1.054 ▁g 1.06 ▁s 1.059 l 1.028 s 1.026 ▁was 1.028 t 1.025',
        '▁the ▁p ar k\t. 1.059 ▁with 0.915 ▁to 0.9722 ▁and 1.072 , 0.9362 ▁was 0.876 ▁had 0.9458 ▁st 0.9491',
        '▁g ir\ta 0.6575 st 0.9342',
        '▁in ▁the\t▁p 1.036 ▁f 0.947 ▁b 0.9544 ▁wa 1.032 ▁w 0.9292 ▁k 1.164 ir 1.029 ▁big 1.041 ▁y 0.8674 ▁li 1.049 ▁e 0.964 ▁n 1.064 ▁lo 1.086 ▁be 0.953 ▁so 1.047 ▁day 1.032 ▁the 1.027 ▁she 1.026 ▁but 1.038 n 0.9694 ▁on 1.023',
        '▁Once ▁upon ▁a ▁time ,\t▁in 0.9523',
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play\t▁ 1.074 ▁with 0.8863 ▁in 1.076 ▁on 1.001 ▁and 0.9076 ▁a 1.002 ▁h 1.308 ▁d 1.093 ▁g 1.026 ▁c 1.181 ▁to 1.188 ▁b 1.328 ▁p 1.1 ▁ne 1.037 , 1.042 ▁m 1.397 ▁s 1.234 ▁her 1.022 ▁t 1.171 ▁f 1.055 ▁r 1.137 . 3.947 ▁the 1.123 ▁very 0.5915',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k .\t▁One 1.028 ▁She 0.7128 ▁ 1.171 ▁I 0.5256 ▁Lily 0.7848 ▁The 0.4313 ▁B 0.5884 ▁Once 1039 ▁S 0.4917',
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big , ▁r ed ▁b all . ▁She ▁want ed ▁to ▁play ▁with\t▁it 1.465 ▁her 0.4231 ▁the 0.5491 ▁a 0.871 ▁s 1.137 ▁h 0.2038 ▁m 1.271 , 0.7634 ▁Lily 0.1031 ▁p 0.5483 ▁th 0.6121 ▁ 0.1895 ▁M 0.07829 ▁S 0.3519 ▁Tim 0.3622 ▁B 0.1546 ▁T 0.0572',
    ],
}
START = [0, 82, 86, 3]  # the text's first words, as positions in VOCAB
LENGTH = 62


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State), ('priming', Priming), ('calibration', Calibration), ('openings', Openings)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
