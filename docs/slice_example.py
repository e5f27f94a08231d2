"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, priming,
openings correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files cut
to the 111 rows this text needs and the 111 tokens that compete somewhere in it; every other token
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
        'o\t0.01813',
        's\t0.0219',
        'l\t0.01872',
        '.\t0.03735',
        ',\t0.02204',
        '<rest>\t0.2940001388056023',
    ],
    'context_rules.txt': [
        '▁a\t▁big 0.07744 ▁time 0.07013 s 0.06623 ▁little 0.06518 n 0.06164 t 0.04887 ▁s 0.03603 ▁b 0.03548 r 0.03382 l 0.03236 ▁g 0.02406 ▁l 0.02237 ▁p 0.02143 ▁c 0.0189 ▁f 0.01764 ▁t 0.01545 ▁ne 0.01376 ▁m 0.01355 ▁w 0.01043 ▁n 0.008237 ▁h 0.00807 ▁r 0.007426 ▁wa 0.007357 ▁d 0.007305 ▁to 0.006113 ▁he 0.0007875 ▁a 0.0007765 u 0.0003369 er 0.0002572 ▁her 0.0002561 ▁the 0.0001611 h 0.0001089 o 8.09e-05 ▁was 7.603e-05 , 7.008e-05 ▁it 6.42e-05 . 4.484e-05 a 2.872e-05 e 2.753e-05 ed 1.806e-05 ar 1.385e-05 k 8.804e-06 ▁and 3.75e-06 i 1.459e-06 ou 4.198e-08 <rest> 0.2332499286536267',
        '▁time\t, 0.7823 <rest> 0.014225189876747812',
        ',\t▁but 0.08988 ▁there 0.07902 ▁Lily 0.04947 ▁and 0.04826 ▁she 0.04355 ▁a 0.04314 ▁the 0.04165 ▁ 0.03493 ▁he 0.03191 ▁Timmy 0.02036 ▁M 0.01914 ▁so 0.01903 ▁I 0.01792 ▁s 0.01741 ▁S 0.01356 ▁w 0.0133 ▁Tim 0.01326 ▁it 0.01269 ▁T 0.0114 ▁B 0.01069 ▁l 0.01032 ▁c 0.009983 ▁p 0.008066 ▁her 0.00689 ▁we 0.006648 ▁e 0.00621 ▁b 0.004451 ▁g 0.003001 ▁to 0.002556 , 0.0008574 ▁was 0.0004757 . 0.000287 s 9.501e-05 l 5.725e-05 r 5.11e-06 e 4.112e-06 ou 2.826e-06 o 2.498e-06 ed 2.485e-06 h 1.931e-06 t 1.317e-06 n 9.216e-07 er 2.487e-07 ar 2.18e-07 a 1.858e-07 u 1.794e-07 i 5.879e-08 k 4.565e-08 <rest> 0.2671411764776821',
        '▁there\t▁was 0.8396 <rest> 0.014415592441863634',
        '▁was\t▁a 0.2696 ▁very 0.1203 ▁so 0.08401 ▁s 0.05038 ▁n 0.03733 ▁to 0.02728 ▁ 0.02275 ▁g 0.02148 ▁c 0.01943 ▁f 0.01925 ▁b 0.01427 ▁e 0.0133 ▁d 0.01306 ▁in 0.01261 ▁st 0.01173 ▁play 0.01148 ▁w 0.01012 ▁time 0.01004 ▁m 0.009645 ▁p 0.009349 ▁wa 0.008804 ▁h 0.00858 ▁t 0.006645 . 0.006374 ▁r 0.005935 ▁l 0.005154 h 0.00233 ▁he 0.002015 , 0.00143 ▁and 0.001052 t 0.0005763 ▁was 0.0005512 ▁it 0.0004673 l 5.169e-05 e 4.817e-05 s 4.174e-05 i 7.163e-06 er 4.778e-06 u 4.648e-06 a 4.547e-06 o 4.011e-06 ed 2.289e-06 k 2.139e-06 r 6.258e-07 ou 4.292e-07 ar 1.589e-07 ot 6.712e-08 <rest> 0.12979732176520264',
        '▁little\t▁g 0.4779 <rest> 0.017000844280926408',
        '▁g\tir 0.1903 <rest> 0.17024806842177642',
        'ir\t<rest> 0.37535057615708456',
        'l\t▁named 0.05257 <rest> 0.42113965740971626',
        '▁named\t▁Lily 0.4064 <rest> 0.0029184144403854306',
        '.\t▁ 0.1192 ▁She 0.1108 ▁The 0.08644 <s> 0.05205 ▁I 0.0499 ▁One 0.04084 ▁B 0.02895 ▁S 0.0241 ▁Lily 0.02379 ▁Timmy 0.01374 ▁T 0.01332 ▁Tim 0.01332 ▁M 0.01263 ▁L 0.007179 . 0.0003148 ▁the 0.0001159 ▁a 5.174e-05 ▁he 2.934e-05 ▁c 2.593e-05 ▁d 2.382e-05 ▁p 1.385e-05 ▁b 1.375e-05 ▁w 1.229e-05 ▁to 1.042e-05 , 8.107e-06 ▁m 7.049e-06 ▁f 6.924e-06 ▁and 6.661e-06 ▁s 3.615e-06 ▁g 2.377e-06 s 1.391e-06 l 1.179e-06 t 1.085e-06 er 4.78e-07 r 4.765e-07 ▁was 3.544e-07 e 1.448e-07 u 1.425e-07 a 6.936e-08 o 6.65e-08 ed 5.436e-08 ar 4.816e-08 h 4.225e-08 i 4.164e-08 n 3.984e-08 k 2.123e-08 ou 2.08e-08 <rest> 0.40052383161871896',
        '▁She\t▁lo 0.1237 ▁was 0.1006 ▁had 0.05044 ▁want 0.04685 ▁p 0.04377 ▁a 0.04344 ▁s 0.04259 ▁w 0.04259 ▁saw 0.04214 ▁d 0.03808 ▁f 0.03738 ▁l 0.03548 ▁c 0.03081 ▁to 0.02859 ▁ 0.02819 ▁th 0.02444 ▁li 0.02326 ▁g 0.01985 ▁k 0.01813 ▁t 0.01664 ▁r 0.01607 ▁st 0.0136 ▁h 0.01257 ▁wa 0.01076 ▁m 0.009001 ▁b 0.004763 ▁and 0.001294 ▁the 0.000272 ▁it 7.524e-05 ▁her 4.609e-05 l 4.468e-05 n 2.258e-05 , 1.693e-05 . 1.262e-05 ar 7.813e-06 s 7.773e-06 t 5.939e-06 r 5.676e-06 i 5.662e-06 a 5.413e-06 e 1.874e-06 o 5.593e-07 ed 4.54e-07 u 3.587e-07 h 3.324e-07 k 2.773e-07 er 1.774e-07 ou 1.748e-07 ot 1.549e-07 <rest> 0.07616388734033885',
        '. ▁She\t▁lo 0.1291 ▁was 0.09889 ▁had 0.05168 <rest> 0.0746799870511261',
        '▁lo\tved 0.7537 <rest> 0.05284458887396748',
        'ved\t▁to 0.5602 <rest> 0.06963074822159188',
        '▁to\t▁the 0.09628 ▁play 0.0918 o 0.07221 ▁s 0.06154 ▁g 0.04548 ▁c 0.03633 ▁ 0.03213 ▁be 0.03051 ▁he 0.02982 ld 0.02676 ▁f 0.02622 ▁m 0.02455 ▁t 0.02439 ▁e 0.02247 ▁do 0.01896 ▁p 0.0182 ▁her 0.01758 ▁b 0.01565 ▁l 0.01489 ▁d 0.01296 ▁r 0.01095 ▁st 0.009557 ▁h 0.009213 ▁wa 0.007625 ▁to 0.002727 ▁it 0.002554 . 0.001164 ▁was 0.0006037 n 0.0004712 a 0.0004653 r 0.0004652 ot 0.0004091 , 0.0002722 ▁and 0.000244 e 0.0001607 ar 8.226e-05 t 7.745e-05 k 6.892e-05 i 6.871e-05 s 5.053e-05 ed 2.36e-05 h 1.859e-05 l 8.214e-06 he 1.085e-06 ou 1.029e-06 er 1.986e-07 <rest> 0.19389979914989075',
        'ved ▁to\t<rest> 0.022622956178568354',
        '▁play\t▁with 0.3026 ed 0.1882 ▁ 0.06796 . 0.05966 ▁in 0.04844 ▁to 0.03577 ▁a 0.02573 ▁and 0.01421 ▁on 0.01237 , 0.007795 ▁h 0.004977 ▁g 0.003903 ▁the 0.003863 ▁c 0.003578 ▁m 0.002804 ▁d 0.00272 er 0.002257 ▁f 0.001358 t 0.0007236 ▁w 0.0005675 s 0.0004051 ▁her 0.0003305 ▁he 0.0003212 a 0.0002976 r 0.0002805 ▁l 0.0001658 l 9.688e-05 h 6.119e-05 e 4.904e-05 ▁was 3.829e-05 i 2.977e-05 ar 2.887e-05 o 2.738e-05 n 2.388e-05 u 3.761e-06 he 3.341e-06 ou 2.457e-06 k 1.769e-06 ot 2.997e-07 ir 1.601e-07 id 1.446e-07 ▁She 1.306e-07 <rest> 0.19088320005501402',
        '▁to ▁play\t▁with 0.4777 ▁ 0.129 . 0.102 ▁in 0.08496 ▁to 0.04093 ▁a 0.03036 ▁and 0.02355 ▁on 0.01854 , 0.01224 ▁h 0.008045 ▁g 0.006272 ▁c 0.00504 ▁the 0.004695 ▁ne 0.004381 ▁d 0.004208 ▁b 0.003992 ▁s 0.003562 ▁m 0.002889 ▁p 0.002122 ▁f 0.001962 ▁t 0.001573 ▁for 0.001508 ▁it 0.001333 ▁e 0.001184 ▁r 0.001111 ed 0.0001575 er 2.772e-05 <rest> 0.021415930169043307',
        'ved ▁to ▁play\t▁with 0.4197 ▁ 0.3114 ▁in 0.1242 ▁a 0.0187 ▁on 0.01765 ▁and 0.01522 ▁to 0.01275 ▁h 0.01115 . 0.01038 ▁g 0.007024 ▁d 0.006149 ▁c 0.005955 ▁b 0.004791 ▁ne 0.004398 , 0.003164 ▁p 0.00314 ▁s 0.00244 ▁m 0.002141 ▁t 0.001821 ▁f 0.001714 ▁the 0.00168 ▁r 0.001432 ▁her 0.001186 ▁e 0.00117 ▁very 0.001014 ▁for 0.0004663 ▁it 0.0002583 <rest> 0.005918235304037789',
        '▁lo ved ▁to ▁play\t▁with 0.4197 ▁ 0.3116 ▁in 0.1242 <rest> 0.005910055296706296',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.3948 <rest> 0.004464260484621119',
        '▁\tout 0.08135 <rest> 0.66973586479286',
        'out\ts 0.3422 <rest> 0.05097881152448369',
        's\t. 0.1581 ▁and 0.06283 id 0.0537 , 0.03796 s 0.0377 ▁a 0.03236 ▁to 0.02698 ed 0.01981 ▁of 0.01941 ▁ 0.01893 h 0.01871 ▁in 0.01601 ▁f 0.01505 ▁c 0.0141 ▁w 0.01358 ▁we 0.01208 ▁g 0.01145 k 0.01017 ▁he 0.009913 ▁m 0.00958 i 0.009533 er 0.008816 ▁with 0.008671 ▁h 0.008065 ▁d 0.007537 o 0.007254 ▁l 0.007063 ▁be 0.007044 he 0.006931 ▁she 0.006552 ▁t 0.006396 ▁on 0.006383 ▁play 0.006231 u 0.006124 ▁was 0.00316 ▁her 0.002771 a 0.002521 r 0.0003133 e 0.000241 l 0.0002353 n 0.0001426 t 4.82e-05 ot 3.208e-05 ou 1.895e-05 ar 8.077e-06 <rest> 0.20542021947044709',
        'out s\tid 0.9908 <rest> 0.000695675902010584',
        'id\t<rest> 0.08409596714302481',
        'e\t. 0.09561 l 0.06864 e 0.05707 ▁and 0.04032 a 0.03474 , 0.03359 ar 0.032 ▁to 0.03072 ▁day 0.02225 ▁the 0.02133 ▁c 0.01621 ▁in 0.01595 ▁b 0.01444 ▁was 0.01426 ▁s 0.01395 ▁w 0.01386 ▁f 0.01174 o 0.01056 ▁with 0.009184 ▁of 0.008052 st 0.0061 ▁h 0.006055 ▁it 0.006043 ▁on 0.005348 k 0.003304 ed 0.003236 ▁he 0.00272 er 0.001762 s 0.0008667 n 0.0001723 r 0.0001449 h 0.0001364 t 0.0001335 u 8.172e-05 i 7.759e-05 ir 5.738e-05 ot 3.205e-05 he 7.084e-06 id 4.398e-06 ou 3.79e-06 <rest> 0.2752620386191479',
        'id e\t▁in 0.09473 <rest> 0.04291646248221548',
        '▁in\t▁the 0.4748 <rest> 0.07365818781780742',
        '▁the\t▁p 0.09541 <rest> 0.08932294733440671',
        '▁p\tar 0.1833 <rest> 0.27225461267369444',
        'ar\tk 0.168 <rest> 0.2624654435269427',
        'k .\t▁One 0.09924 <rest> 0.38661196663243025',
        '▁One\t▁day 0.9735 <rest> 0.004285380608124556',
        '▁day\t, 0.6675 <rest> 0.014607373152941472',
        '▁day ,\t▁she 0.1588 <rest> 0.06443379446510633',
        '▁she\t▁was 0.1036 ▁c 0.09429 ▁saw 0.09074 ▁w 0.08075 ▁f 0.0585 ▁had 0.05757 ▁d 0.05431 ▁a 0.041 ▁ 0.03169 ▁want 0.03125 ▁g 0.03024 ▁lo 0.02499 ▁s 0.02276 ▁he 0.0207 ▁k 0.01839 ▁p 0.01758 ▁l 0.01619 ▁m 0.016 ▁st 0.01528 l 0.0118 ▁ne 0.01011 ▁t 0.009612 ▁wa 0.007344 ▁th 0.007018 ▁r 0.006535 ▁n 0.005722 ▁h 0.004946 e 0.004654 ▁b 0.003034 ▁and 0.0008828 a 0.0008448 ar 0.0004069 ▁the 0.0001995 . 0.0001771 r 0.0001037 h 8.815e-05 ▁her 7.454e-05 i 4.888e-05 , 3.244e-05 t 2.453e-05 u 2.408e-05 s 2.4e-05 n 1.513e-05 ed 8.519e-06 o 3.301e-06 k 2.172e-06 ou 1.063e-06 er 6.134e-07 <rest> 0.0776344144497998',
        ', ▁she\t▁saw 0.2485 <rest> 0.032800454453049466',
        '▁saw\t▁a 0.5775 <rest> 0.037863391139642766',
        '▁saw ▁a\t▁big 0.3751 <rest> 0.021244672327195513',
        '▁big\t▁b 0.1475 , 0.1214 ▁t 0.09027 ▁h 0.06374 ▁s 0.06035 ▁c 0.05095 ▁r 0.04883 ▁p 0.04645 ▁and 0.0458 ▁f 0.03405 ▁do 0.03171 ▁m 0.02337 ▁g 0.02221 ▁ 0.01991 ▁st 0.01725 ▁w 0.0151 ▁l 0.01029 ▁d 0.008522 . 0.008455 ▁be 0.007493 ▁e 0.006452 ▁wa 0.006263 ▁y 0.006056 ▁n 0.004868 ▁the 0.0008115 ▁was 0.0003633 ▁it 0.0002835 ▁her 0.0002336 n 0.0001881 er 9.784e-05 l 6.001e-05 s 5.317e-05 r 4.851e-05 u 3.376e-05 e 2.87e-05 i 1.694e-05 ar 1.432e-05 t 1.126e-05 a 1.042e-05 ou 4.201e-06 o 3.989e-06 ed 1.003e-06 he 5.981e-07 h 5.533e-07 ot 3.303e-07 k 2.881e-07 <rest> 0.0584947211605199',
        '▁a ▁big\t, 0.1429 <rest> 0.030847561334715112',
        '▁big ,\t▁r 0.1595 ▁s 0.1555 <rest> 0.061808026485175804',
        '▁r\to 0.3021 a 0.1687 ed 0.09661 u 0.04177 id 0.02763 ou 0.02047 oo 0.004702 h 0.003393 ot 0.002185 e 0.0006322 ar 0.0003467 r 0.0002186 er 0.0001328 ir 4.436e-05 k 3.87e-05 . 2.01e-05 l 1.526e-05 n 9.778e-06 , 5.331e-06 he 4.371e-06 t 3.419e-06 ▁a 1.883e-06 s 1.261e-06 ▁to 7.642e-07 ▁ 7.586e-07 ▁and 7.371e-07 ▁the 7.327e-07 ▁was 4.884e-07 ▁s 4.847e-07 ▁c 4.176e-07 ▁b 3.935e-07 ▁f 3.82e-07 ▁w 2.879e-07 ▁g 2.841e-07 ▁p 2.648e-07 ▁m 2.648e-07 ▁d 2.29e-07 ▁he 2.084e-07 ▁her 2.066e-07 ▁h 2.007e-07 ▁it 1.983e-07 ▁l 1.976e-07 ▁t 1.905e-07 ▁in 1.649e-07 <rest> 0.3252067618204213',
        ', ▁r\ted 0.533 <rest> 0.12018371132138517',
        'ed\t▁to 0.2825 ▁and 0.1009 . 0.08738 ▁the 0.06584 ▁a 0.04568 , 0.03881 ▁that 0.03717 ▁it 0.02894 ▁her 0.02774 ▁with 0.02027 ▁in 0.01648 ▁up 0.01627 ▁ 0.01549 ▁b 0.01369 ▁h 0.01345 ▁on 0.0111 ▁s 0.009028 ▁for 0.007491 ▁of 0.006412 ▁w 0.006216 ▁d 0.005067 ▁he 0.004011 ▁p 0.002596 ▁t 0.002179 s 0.002146 ▁g 0.001918 ▁l 0.001618 a 0.001371 l 0.00104 ▁was 0.0007251 r 0.0006992 n 0.0003112 t 7.149e-05 h 6.86e-05 u 4.606e-05 o 3.026e-05 e 2.634e-05 er 2.609e-05 k 6.862e-06 he 4.264e-06 ou 3.295e-06 ar 3.155e-06 ot 1.639e-06 <rest> 0.07563235927991929',
        '▁r ed\t▁b 0.3646 <rest> 0.02674579673321109',
        '▁b\to 0.1839 a 0.1268 ir 0.1146 all 0.09093 r 0.0846 u 0.07527 l 0.05394 ot 0.03201 ad 0.02153 oo 0.01941 ed 0.0162 ar 0.01102 ou 0.007534 i 0.006331 e 0.0005125 ▁b 0.0001791 n 6.569e-05 s 4.224e-05 k 3.686e-05 ▁g 1.339e-05 t 1.01e-05 h 4.927e-06 . 4.129e-06 ▁to 2.317e-06 ▁ 2.152e-06 ▁h 1.887e-06 ▁s 1.315e-06 ▁f 1.234e-06 ▁c 1.059e-06 ▁d 9.625e-07 ▁and 7.096e-07 ▁was 6.06e-07 ▁a 5.439e-07 ▁l 4.509e-07 ▁t 3.705e-07 , 2.539e-07 ▁the 2.343e-07 ▁it 2.1e-07 ▁w 1.877e-07 ▁p 1.231e-07 ▁m 8.617e-08 ▁he 6.923e-08 ▁her 6.567e-08 <rest> 0.14423751371698956',
        'ed ▁b\tall 0.3223 <rest> 0.22821238120476195',
        'all . ▁She\t▁want 0.1186 ▁was 0.1013 ▁a 0.07285 ▁p 0.0653 ▁d 0.04757 ▁th 0.0398 ▁l 0.03924 ▁f 0.03849 ▁to 0.03765 ▁had 0.0255 ▁g 0.02293 ▁r 0.02117 ▁t 0.02075 ▁st 0.01804 ▁lo 0.01603 ▁li 0.01317 ▁wa 0.01211 ▁b 0.006151 ▁play 0.004429 ▁y 0.001005 ▁do 0.000881 <rest> 0.08730913125698947',
        '▁b all . ▁She\t▁want 0.1253 ▁was 0.1008 ▁a 0.07502 ▁p 0.06744 <rest> 0.08875058370733258',
        'ed ▁b all . ▁She\t▁want 0.2457 <rest> 0.053938086728129164',
        '▁want\ted 0.6514 <rest> 0.007075204198889851',
        'ed ▁to\t▁s 0.09845 ▁play 0.09159 ▁c 0.08114 ▁g 0.06898 ▁he 0.05629 ▁t 0.04942 ▁f 0.04831 ▁ 0.04734 ▁be 0.04139 ▁p 0.0383 ▁m 0.0369 ▁e 0.032 ▁r 0.02211 ▁l 0.02162 ▁b 0.02133 ▁d 0.01891 ▁st 0.01523 ▁the 0.01316 ▁w 0.01008 ▁wa 0.009628 ▁her 0.006943 o 0.006119 ▁to 0.005623 ▁do 0.004896 ▁k 0.004531 ▁we 0.004288 ▁li 0.002051 ▁th 0.001663 ▁so 0.001468 ▁ne 0.001441 ▁n 0.001388 ▁in 0.001106 ▁lo 0.001083 ▁it 0.0008652 ▁Lily 0.0008288 ▁M 0.0007432 ▁S 0.0005951 ▁Tim 0.0004617 ▁B 0.0003743 ▁T 0.0003632 ld 0.0001523 u 8.362e-05 <rest> 0.11190092965674603',
        '▁want ed ▁to\t▁play 0.1603 ▁s 0.1233 ▁he 0.1089 ▁g 0.07434 ▁ 0.05259 ▁t 0.05024 ▁e 0.04992 ▁m 0.04268 ▁b 0.02086 ▁st 0.0155 ▁to 0.01065 ▁k 0.007758 ▁do 0.005899 ▁we 0.005492 ▁a 0.002893 ▁li 0.001952 ▁so 0.001821 ▁th 0.001716 ▁ne 0.0006793 ▁n 0.0004849 ▁the 0.0002733 o 0.0001762 ▁her 8.064e-06 <rest> 0.037886833739831816',
        '▁She ▁want ed ▁to\t▁s 0.1272 ▁play 0.1257 ▁he 0.106 ▁g 0.06807 ▁c 0.05675 ▁ 0.05605 ▁t 0.05399 ▁e 0.05255 ▁p 0.0521 ▁do 0.004719 ▁th 0.002318 <rest> 0.041431397750609666',
        '. ▁She ▁want ed ▁to\t▁s 0.1271 ▁play 0.1263 ▁he 0.1056 ▁g 0.06795 ▁c 0.0566 ▁ 0.05587 ▁t 0.05403 ▁e 0.05247 ▁p 0.05211 <rest> 0.04148360084469538',
        'all . ▁She ▁want ed ▁to\t▁play 0.2268 <rest> 0.03475092187696027',
        '▁with\t▁her 0.2015 ▁the 0.1835 ▁a 0.1108 ▁it 0.06053 ▁m 0.04696 ▁ 0.01978 ▁h 0.01712 . 0.01601 ▁l 0.01467 out 0.0119 ▁s 0.01007 ▁e 0.008114 ▁b 0.007607 ▁c 0.006539 ▁th 0.005748 ▁p 0.005687 ▁f 0.00566 ▁M 0.005578 ▁d 0.004872 ▁t 0.00419 ▁to 0.002762 ▁g 0.001372 ▁he 0.001111 , 0.00101 ▁and 0.0006936 s 0.0003595 e 7.926e-05 ▁was 6.2e-05 t 4.12e-05 ed 1.898e-05 he 1.776e-05 a 7.825e-06 u 6.568e-06 o 4.848e-06 h 3.535e-06 k 1.257e-06 n 1.064e-06 l 6.815e-07 ou 6.76e-07 er 5.662e-07 r 4.253e-07 i 2.826e-07 ar 2.573e-07 ot 1.636e-07 <rest> 0.2150458466388413',
        '▁play ▁with\t▁her 0.2204 ▁the 0.1799 ▁it 0.1179 ▁m 0.06506 . 0.04457 ▁h 0.01401 ▁a 0.01394 ▁ 0.008001 ▁M 0.006911 ▁S 0.005644 ▁th 0.005628 ▁Tim 0.005498 ▁Lily 0.004918 ▁to 0.004064 ▁T 0.002935 ▁s 0.002928 , 0.002731 ▁p 0.002399 ▁Timmy 0.00212 ▁B 0.001969 ▁with 0.001585 ▁r 0.001529 ▁and 0.001521 ▁d 0.001495 ▁t 0.001455 ▁in 0.001283 ▁l 0.001122 ▁f 0.0008597 out 0.000664 ▁wa 0.0004492 ▁st 0.0002902 ▁y 0.000276 ▁he 0.0002472 ▁n 0.0002267 ▁be 0.0002234 ▁so 0.0001622 ▁big 0.0001586 <rest> 0.25862683020696575',
        '▁to ▁play ▁with\t▁her 0.2613 ▁the 0.174 ▁it 0.1088 . 0.0545 ▁m 0.05343 ▁h 0.0149 ▁M 0.007418 ▁Tim 0.006427 ▁S 0.006386 ▁Lily 0.005495 ▁b 0.004521 ▁to 0.004479 ▁c 0.003613 , 0.003207 ▁T 0.003197 ▁th 0.002767 ▁Timmy 0.002339 ▁with 0.00184 ▁and 0.001806 ▁r 0.001733 ▁t 0.001455 ▁in 0.001341 <rest> 0.2355195107599587',
        'ed ▁to ▁play ▁with\t<rest> 0.1253355629396392',
        '▁it\t▁was 0.1876 . 0.1763 ▁to 0.05228 , 0.04252 ▁a 0.04182 s 0.03496 ▁and 0.03169 ▁ 0.0303 ▁w 0.02874 ▁up 0.02527 ▁in 0.02514 ▁f 0.02 ▁b 0.01828 ▁c 0.01685 ▁on 0.01658 ▁m 0.01657 ▁with 0.01355 ▁st 0.01048 ▁d 0.009518 ▁l 0.009041 ▁h 0.00831 ▁for 0.008234 ▁g 0.007751 ▁had 0.007643 ▁e 0.007201 ▁t 0.006 ▁be 0.005834 ▁p 0.002534 ▁he 0.001686 ▁the 0.001305 ▁it 0.0007305 r 0.0003836 ▁her 0.0001837 t 8.065e-05 k 7.925e-05 h 7.431e-05 l 5.823e-05 er 3.437e-05 u 1.961e-05 e 1.75e-05 ed 9.488e-06 a 8.161e-06 n 4.904e-06 ou 4.439e-06 o 1.886e-06 i 1.243e-06 ot 3.191e-07 ar 2.608e-07 <rest> 0.110605174008928',
        '▁with ▁it\t. 0.4273 , 0.1073 ▁a 0.1042 s 0.09631 ▁to 0.0498 ▁and 0.03677 ▁e 0.01856 ▁in 0.01547 ▁with 0.01114 ▁for 0.01093 ▁ 0.006199 ▁be 0.004923 ▁so 0.004776 ▁on 0.004161 ▁b 0.003082 ▁w 0.002564 ▁up 0.002535 ▁was 0.002343 ▁f 0.002117 ▁very 0.001431 ▁but 0.001325 ▁h 0.001312 ▁c 0.001119 ▁s 0.001101 ▁t 0.001068 ▁li 0.00096 ▁m 0.0008343 ▁l 0.0007198 ▁ne 0.0005627 ▁g 0.0005478 ▁he 0.0004345 ▁st 0.0003454 ▁d 0.0003022 ▁p 0.0002984 ▁r 0.0002212 ▁we 0.0001182 ▁had 7.981e-05 ▁wa 6.102e-05 ▁saw 2.369e-06 <rest> 0.07379322125301291',
        '▁play ▁with ▁it\t. 0.4456 , 0.1409 ▁a 0.1205 ▁to 0.06107 s 0.01813 ▁in 0.01568 ▁with 0.01338 ▁for 0.01158 ▁ 0.008196 ▁so 0.006185 ▁be 0.00491 ▁b 0.003088 ▁up 0.002893 ▁w 0.00277 ▁very 0.001661 ▁but 0.001517 ▁li 0.001116 ▁c 0.0006276 ▁t 0.0004441 ▁was 0.0002995 <rest> 0.08486961781589297',
        '▁to ▁play ▁with ▁it\t. 0.4789 , 0.1749 ▁a 0.1217 ▁and 0.02561 s 0.01942 ▁e 0.01767 ▁in 0.01534 ▁with 0.01294 ▁so 0.006098 ▁be 0.005575 ▁very 0.001886 ▁but 0.001704 <rest> 0.040057608589703975',
        'ed ▁to ▁play ▁with ▁it\t. 0.4778 , 0.2149 ▁a 0.1186 ▁with 0.01368 ▁so 0.006508 ▁but 0.002059 <rest> 0.014338260505673883',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4475 <rest> 0.012853676540972025',
        '▁it ,\t▁but 0.4642 <rest> 0.11372293694359381',
        '▁but\t▁it 0.1274 <rest> 0.12772765910481354',
        '▁it ▁was\t▁to 0.1344 <rest> 0.06354829329621403',
        'o\t, 0.04326 k 0.03574 l 0.03074 s 0.0253 . 0.02492 ld 0.01591 ▁h 0.01274 ve 0.01166 ▁a 0.01019 ▁lo 0.009097 ▁on 0.008223 ot 0.007837 e 0.007781 ▁l 0.007491 ▁f 0.00723 ▁li 0.006986 ▁s 0.006725 ▁ 0.006523 st 0.006485 ▁b 0.006462 ▁was 0.006288 ar 0.004706 ▁m 0.004566 ▁c 0.004481 ▁and 0.003644 a 0.002743 ▁w 0.002146 ▁g 0.001486 ▁p 0.001419 o 0.0005798 ed 0.0002225 er 9.477e-05 u 8.12e-05 ou 7.251e-05 r 6.251e-05 n 6.112e-05 t 5.83e-05 <rest> 0.5887716456760028',
        '▁to o\tk 0.3516 . 0.2008 ▁h 0.05213 ▁s 0.0495 ▁l 0.0443 ▁f 0.0405 , 0.03849 ▁big 0.02619 ▁m 0.02032 ▁he 0.01455 ▁d 0.01349 ▁c 0.01135 l 0.01041 ▁st 0.009814 ▁t 0.009562 ▁b 0.008371 ▁and 0.006709 ▁ 0.006604 ▁e 0.00417 ▁a 0.00288 ▁to 0.001662 ▁on 0.0007033 ▁the 0.000337 ld 0.0002642 ▁li 0.0002196 ▁in 0.0001485 ▁lo 7.078e-05 e 2.971e-05 ve 2.14e-05 h 2.047e-05 ▁was 1.209e-05 s 7.483e-06 st 3.183e-06 ar 1.819e-06 ot 1.388e-06 i 7.668e-07 es 4.91e-07 <rest> 0.056502916282236915',
        '▁was ▁to o\t▁l 0.1664 ▁s 0.1656 ▁h 0.1451 ▁f 0.08852 ▁big 0.08813 ▁he 0.05666 ▁d 0.04534 ▁st 0.03409 ▁c 0.03132 ▁t 0.03015 ▁b 0.02099 ▁ 0.01696 ▁m 0.01572 ▁e 0.01459 ▁w 0.007424 ▁a 0.007158 ▁n 0.00668 ▁g 0.005559 ▁k 0.005404 ▁p 0.004038 ▁we 0.003816 ▁up 0.002552 ▁r 0.002205 ▁th 0.001879 ▁wa 0.001674 ▁be 0.001642 ▁little 0.001189 ▁saw 0.001007 . 0.0009462 k 0.0008004 , 0.0003999 ▁and 8.678e-05 l 4.383e-05 <rest> 0.019411235566697438',
        '▁it ▁was ▁to o\t▁l 0.2259 ▁h 0.1855 ▁big 0.08863 ▁he 0.08416 ▁f 0.07509 ▁s 0.06471 ▁d 0.05811 ▁ 0.02125 ▁n 0.007639 ▁a 0.004992 ▁we 0.004347 ▁be 0.001891 ▁saw 0.001493 ▁r 0.001387 ▁th 0.001279 ▁up 0.0004999 <rest> 0.011668016151303306',
        '▁but ▁it ▁was ▁to o\t▁l 0.2387 ▁h 0.1971 ▁he 0.09184 ▁big 0.08055 ▁f 0.07982 ▁d 0.06027 ▁s 0.06004 ▁m 0.007999 ▁saw 0.00181 ▁there 0.001041 ▁little 0.0006467 <rest> 0.010446580675197104',
        ', ▁but ▁it ▁was ▁to o\t▁l 0.2405 ▁h 0.1965 ▁he 0.09215 ▁big 0.08074 ▁f 0.07932 ▁s 0.06022 ▁d 0.05955 <rest> 0.010410610604008053',
        '▁it , ▁but ▁it ▁was ▁to o\t▁h 0.2466 <rest> 0.009330914596448636',
        '▁h\tu 0.1308 ou 0.09714 o 0.08418 ar 0.04499 ig 0.03693 id 0.03385 ot 0.0179 oo 0.005518 i 0.004281 a 0.0005797 h 0.0004562 e 0.0003655 er 0.0001415 ed 0.0001309 r 3.774e-05 n 6.697e-06 l 1.906e-06 ▁h 1.709e-06 , 9.955e-07 . 8.779e-07 ▁a 6.003e-07 s 4.811e-07 ▁to 4.712e-07 ▁the 4.518e-07 ▁and 4.175e-07 t 4.142e-07 ▁ 3.805e-07 ▁s 2.989e-07 ▁c 2.575e-07 ▁f 2.476e-07 ▁b 2.426e-07 ▁was 2.367e-07 ▁w 1.775e-07 ▁g 1.751e-07 ▁p 1.633e-07 ▁m 1.633e-07 k 1.454e-07 ▁d 1.365e-07 ▁he 1.285e-07 ▁her 1.274e-07 ▁it 1.222e-07 ▁l 1.218e-07 <rest> 0.5386575231899309',
        'o ▁h\tig 0.145 ar 0.1374 ot 0.04604 u 0.005619 o 0.002842 ou 0.001828 id 0.001243 i 0.0001052 oo 8.398e-05 <rest> 0.6590587517532329',
        '▁to o ▁h\tig 0.4302 ar 0.4008 ot 0.1332 u 0.001562 er 0.001167 o 0.0008688 ou 0.0005231 id 9.726e-05 <rest> 0.030484687896273677',
        '▁was ▁to o ▁h\tig 0.4906 <rest> 0.025801357795393054',
        'ig\th 0.6772 <rest> 0.08634190796363461',
        'h\tt 0.1464 o 0.07707 a 0.0463 . 0.02935 i 0.02804 ar 0.01884 n 0.01763 ▁and 0.01573 , 0.009348 out 0.007701 ▁n 0.00615 ir 0.005647 ▁in 0.005274 ▁to 0.005209 ▁was 0.004896 ▁a 0.004568 ▁s 0.004483 u 0.004358 ▁w 0.003571 ▁ 0.003198 ▁f 0.003082 ▁c 0.00304 l 0.002491 ▁it 0.002307 s 0.002024 ▁b 0.00193 ▁m 0.001883 ▁t 0.001616 ▁p 0.001482 ▁g 0.001444 ot 0.001366 ▁d 0.001358 ▁he 0.001295 ▁h 0.001107 ▁her 0.000851 ed 0.0008326 h 0.0005195 ou 0.0004571 e 0.0002063 er 0.0001988 k 4.55e-05 <rest> 0.4748517553957162',
        'ig h\tt 0.7043 ▁in 0.0412 ▁and 0.03766 . 0.03318 ▁up 0.01868 ▁for 0.01115 , 0.009734 ▁a 0.004428 ▁to 0.004368 ▁b 0.003439 ▁t 0.002927 ▁it 0.002877 ▁on 0.002864 ▁f 0.002546 ▁h 0.00239 ▁s 0.002387 ▁that 0.00214 ▁be 0.001513 ▁there 0.001462 ▁he 0.00139 s 0.001312 ▁l 0.001297 ▁p 0.001119 ▁n 0.001116 ▁g 0.001111 ▁ 0.001059 ▁with 0.001054 ▁m 0.001048 ▁c 0.001041 ▁d 0.0008543 ▁w 0.0007249 ▁was 0.0001831 l 8.827e-05 o 6.614e-05 ar 6.25e-05 n 5.45e-05 a 5.413e-05 r 4.851e-05 ▁had 2.345e-05 ad 2.298e-05 i 1.867e-05 out 1.492e-05 ▁want 7.219e-06 ▁named 2.999e-06 oo 2.924e-06 u 1.545e-06 ir 1.248e-06 ot 2.89e-07 <rest> 0.08722761967769133',
        '▁h ig h\t▁in 0.2001 ▁and 0.1817 . 0.1559 ▁up 0.09104 <rest> 0.048991110637074065',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself\tare asks comes decides does feels finds gets gives goes has hears is jumps knows likes lives looks loves makes plays runs says sees smiles starts takes tells thinks wants\tasked came decided did felt found gave got had heard jumped knew liked lived looked loved made played ran said saw smiled started thought told took wanted was went were',
        'pronoun=none\t▁a\ts 0.1242 l 0.185 ▁time 4.359 t 0.2453 ▁ne 0.2598 ▁little 3.335 r 0.3242 n 0.3417 ▁w 0.3947 ir 0.3969 ▁but 0.4309 ▁st 0.4678 ▁to 0.4952 ▁l 0.5224 ▁so 0.5765 ▁y 0.59 ▁m 0.6236 ▁t 0.6418 ▁p 0.6492 ▁do 1.443 ▁li 1.4 ▁h 0.7169 ▁g 0.718 ▁be 0.7361 ▁we 1.349 ▁f 0.7667 ▁r 0.7677 ▁n 0.7994 ▁d 0.8145 ▁wa 1.202 ▁ 0.8427 ▁s 0.8625 ▁big 0.8753 ▁b 1.12 ▁c 1.119 ▁th 1.104',
        'quotation=outside\t.\t▁L 0.4754 ▁I 0.6584 ▁One 1.165 ▁Tim 1.158 ▁Timmy 1.158 ▁She 1.152 ▁Lily 1.144 ▁ 0.8823 ▁The 1.13 <s> 1.127 ▁S 1.115',
        'tense=past\t▁a\t▁time 0.004901 ▁wa 1.123 r 1.118 ▁ne 1.112 s 1.111 ▁very 1.106 ▁but 1.106 t 1.103 ▁so 1.1',
        'pronoun=none\tl\t▁named 8.067 t 0.1762 ▁of 0.203 ▁he 0.2571 ▁n 0.3251 ▁and 0.3392 ad 0.3416 ▁for 0.3475 , 0.3626 ot 0.363 ▁be 0.3709 ▁s 0.3887 ▁a 0.3928 i 0.405 ▁t 0.4188 ed 0.4207 ▁ 0.4212 ▁l 0.4307 ▁with 0.4411 ▁ne 0.4455 ig 0.4623 oo 0.4669 ▁little 2.134 ▁st 0.4793 ▁th 0.4814 ▁m 0.5008 ▁play 0.5039 ou 0.5238 ▁wa 0.5245 ▁b 0.5272 ▁to 0.5338 ▁was 0.5365 ▁the 0.5427 ▁g 0.5935 ▁want 0.5977 ▁d 0.6022 ▁on 0.6083 ▁w 1.636 ▁that 0.6256 ve 0.6268 ▁f 0.6314 ▁do 1.56 k 1.552 ▁p 0.6523 id 0.6548 . 0.6596 o 0.6606 a 0.7027 ▁li 1.411 ▁h 0.7243 ar 1.331 s 0.7557 ▁in 0.7733 ▁had 0.7773 ▁saw 0.8144 ▁r 0.8291 ▁c 0.8669 u 1.119 er 0.9056',
        'quotation=outside\t,\t▁I 0.05579 ▁little 0.1298 ▁we 0.1657 ▁do 0.1815 ▁that 0.1917 ▁l 0.3513 ▁th 0.4188 ▁p 0.476 ▁m 0.5013 ▁c 0.5212 ▁for 0.5502 ▁it 0.567 ▁M 0.5838 ▁n 0.5931 ▁d 0.6422 ▁k 0.7825 ▁g 0.7849 ▁there 1.235 ▁she 1.231 ▁w 0.8185 ▁her 1.215 ▁b 0.8254 ▁saw 1.21 ▁in 1.202 ▁he 1.195 ▁a 1.191 ▁T 0.843 ▁and 1.176 ▁the 1.176 ▁Tim 0.8554 ▁be 0.8581 ▁so 1.164 ▁B 0.8607 ▁r 1.154 ▁st 0.8718 ▁li 1.143 ▁t 0.8771 ▁e 1.134 ▁Lily 0.9065',
        'pronoun=none\t.\t<s> 0.05291 ▁Timmy 3.228 ▁Lily 0.3166 ▁L 0.3931 ▁She 2.337 ▁One 2.084 ▁T 1.839 ▁ 0.5852 ▁Tim 1.658 ▁M 1.516 ▁I 0.732 ▁B 0.8681 ▁S 0.8699',
        'tense=past\t▁was\t▁a 0.4204 ▁time 1.242 ▁so 1.237 ▁to 1.236 ▁n 1.229 ▁the 1.228 ▁s 1.227 ▁st 1.225 ▁b 1.224 n 1.223 ▁p 1.223 ▁big 1.223 ▁be 1.223 . 1.221 ▁g 1.22 ▁e 1.22 ▁very 1.218 , 1.217 ▁t 1.216 ▁h 1.216 ▁c 1.216 ▁ 1.215 ▁in 1.215 ▁up 1.215 ▁m 1.214 ▁her 1.214 ▁d 1.213 ▁ne 1.213 ▁lo 1.212 he 1.212 ▁he 1.211 ▁f 1.209 ▁w 1.208 ▁l 1.207 ▁there 1.202 ▁on 1.201 ▁k 1.201 ▁for 1.199 ▁and 1.199 ▁th 1.195 h 1.194 ▁do 1.193 ▁r 1.191 ▁li 1.19 ▁wa 1.151 ▁play 1.15',
        'pronoun=none\tir\tt 0.129 st 0.2044 ▁and 0.2072 ed 0.2189 . 0.2269 ▁ne 0.2709 s 0.2977 ▁ 0.3161 ▁the 0.3263 ▁f 0.3264 ▁wa 0.3294 ▁a 0.332 ▁h 0.3454 ▁he 0.3648 ▁s 0.3691 ▁p 0.3994 ▁b 0.4196 ▁r 0.4337 ▁e 0.4363 ▁c 0.438 l 2.283 ▁d 0.4421 ▁m 0.4438 ▁w 0.4471 ▁l 0.4489 ▁t 0.4591 ▁be 0.4764 ▁g 0.4927 , 0.5079 r 0.5321 i 0.5595 ▁k 0.57 ▁of 0.5833 ▁big 0.6043 a 0.6247 ▁to 0.9033 ▁do 1.102',
        'pronoun=female/it\t▁to\t▁Lily 2.437 ▁play 0.4227 ▁her 2.133 ▁T 1.76 o 1.749 ▁be 1.635 ▁wa 0.6166 ▁M 1.544 ▁d 0.6892 ▁n 1.447 ▁we 0.6914 ▁it 1.445 ▁r 0.7041 ▁do 1.406 ld 0.7196 ▁e 0.7376 ▁g 1.349 . 1.299 ▁Timmy 1.292 ▁to 0.8002 ▁w 0.8217 ▁p 0.8252 ▁ne 1.212 ▁b 0.8337 ▁m 1.194 ▁l 1.18 ▁B 1.158 ▁a 1.153 ▁c 0.8807 ▁k 0.8923 ▁the 0.9037 ▁h 0.9057',
        'quotation=outside\t▁to ▁play ▁with\t▁m 0.0989 ▁th 0.5782 ▁that 0.7409 ▁her 1.151 ▁S 1.121 ▁p 0.8973 ▁Tim 1.103',
        'quotation=outside\tid\t▁it 0.4541 ▁th 0.7247 ▁the 0.7716 ▁a 0.7797 . 0.8985 ▁s 0.9029',
        'pronoun=female\t▁the\t▁p 1.238 ▁big 0.8134 ▁he 0.8204 ▁be 0.8572 ▁g 1.156 ▁a 0.8665 ▁h 0.8719 ▁wa 0.8732 ▁t 0.8872 ▁k 1.114 ▁b 0.9003 ▁do 1.102',
        'quotation=outside\t▁to o\t, 0.7347 ▁n 0.8084 k 1.168 ▁ 0.8845 ▁r 0.906 ▁p 0.9077',
        'pronoun=female\ted ▁to ▁play ▁with\t▁Tim 0.498 ▁her 1.933 ▁S 0.5371 ▁Timmy 0.7478 ▁m 0.7769 ▁h 0.7774 . 0.8418 ▁B 0.8538 ▁the 0.86 ▁it 1.156',
        'quotation=outside\t▁play ▁with ▁it\t▁to 0.726 ▁ 0.8448 s 1.176 ▁b 0.8712 ▁e 1.125 , 1.124 ▁a 1.121 ▁for 0.8926 ▁and 0.8996',
        'pronoun=female/it\t▁was ▁to o\t▁s 0.54 ▁he 1.277 ▁l 1.267 ▁up 0.8103 ▁d 1.226 ▁t 0.8217 ▁h 1.216 ▁a 0.8654 ▁e 0.8677 ▁ 1.14 ▁f 0.8899 ▁m 0.9041 ▁b 0.9088',
        'pronoun=female\tved ▁to\t▁the 0.5464 ▁r 0.6775 ▁f 0.752 ▁we 1.203 ▁b 0.8317 ▁s 0.8565 ▁h 0.8573 ▁p 1.16 ▁lo 1.132 ▁ 0.8926 ▁to 0.8953 ▁wa 1.102',
        'pronoun=female/it\tig h\t▁for 2.167 . 2.071 ▁up 1.555 ▁in 1.324 , 1.309 ▁and 1.285 ▁to 1.278 t 0.8017 ▁on 1.193 ▁a 1.178 ▁it 0.8677',
    ],
    'priming_seen.txt': [
        'piece\t1\t3\t6\t12\t24\t48\t96\tnot seen',
        '▁One\t0.9996\t0.9806\t0.8102\t0.1055\t0.278\t0.2613\t0.5442\t1.328',
        '.\t1.5\t0.6813\t0.4628\t0.8716\t1.316\t1.18\t0.9769\t1.183',
        '▁The\t0.8148\t0.7607\t1.397\t1.523\t1.441\t1.295\t1.04\t0.7754',
        '▁b\t1.307\t0.9623\t1.332\t1.407\t1.319\t1.021\t0.819\t0.8118',
        '▁her\t0.9701\t0.7626\t1.029\t1.117\t1.112\t1.075\t1.009\t0.8504',
    ],
    'priming_related.txt': [
    ],
    'openings.txt': [
        '▁Once ▁upon ▁a ▁time , ▁there ▁was ▁a ▁little ▁g ir l ▁named ▁Lily . ▁She ▁lo ved ▁to ▁play ▁ out s id e ▁in ▁the ▁p ar k . ▁One ▁day , ▁she ▁saw ▁a ▁big , ▁r ed ▁b all . ▁She ▁want ed ▁to ▁play ▁with\t▁it 1.574 ▁her 0.3828 ▁the 0.5104 ▁a 0.8663 ▁s 1.111 ▁h 0.1934 ▁m 1.437 , 0.7968 ▁Lily 0.1508 ▁p 0.583 ▁th 0.5311 ▁ 0.1725 ▁M 0.08422 ▁S 0.2888 ▁B 0.1493 ▁T 0.03701',
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
