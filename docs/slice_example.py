"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state corrects it, in
that order. The tables (TABLES, at the end) are the room's tables/ files cut to the 94 rows this
text needs and the 111 tokens that compete somewhere in it; every other token is pooled into one,
<rest>, never written. englishroom removed every other row it could without changing what greedy
decoding writes.
"""

# ---- tables.py, the room's own code ----
# Reading the room's tables, and the two ways a mechanism changes a prediction.
#
# Tables are plain text: a row per line, fields separated by tabs, "# " lines are comments. The room's
# code never opens a file: it is handed `table(name)`, the rows of tables/NAME (or a slice's rows).
# Every number is checked as it is read (a probability in [0, 1], a factor in (0, 1e6]).
#
# A mechanism either *sets* some tokens to a probability (the others keep their proportions and
# share what is left), or *scales* some tokens by factors (then everything is divided by the new
# total). Both work on a list of probabilities and on a lazy prediction (prediction.py) alike.

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


def scale_probabilities(p, factors):
    """Multiply the tokens in `factors` by their factor, then make the total 1 again.
    `factors` is {token: factor}, or a list with a factor for every token (faster)."""
    if not factors:
        return p
    if isinstance(p, list):
        return Pending.dividing(p, (factors,))
    old = {w: p[w] for w in getattr(factors, "sparse", factors if isinstance(factors, dict) else range(len(p)))}
    new = {w: x * factors[w] for w, x in old.items()}
    total = 1 + sum(new.values()) - sum(old.values())
    return p.changed(p.scale / total, {w: x / total for w, x in {**p.fixed, **new}.items()})


# ---- prediction.py, the room's own code ----
# A prediction that is not (yet) a list: one token's probability at a time.
#
# At GPT-2's 50,257 tokens a list per backoff step would cost more than everything else, so from LAZY_FROM
# tokens a prediction is a `Lazy`: the context rules' probability of any one token (walked down the backoff
# chain when asked) times a common `scale`, except the tokens a mechanism gave their own (`fixed`). A
# `Pending` is the same over a list, at any size: steps that set or scale a few tokens (names, copying,
# calibration) change only those and the scale, and the list is written out once, at the end (Room.after).
# Mechanisms change all kinds alike (tables.py: set_probabilities, scale_probabilities); a Lazy is sampled,
# and its likeliest token found, without listing the vocabulary (context_rules.py: draw, top).

import operator


LAZY_FROM = 4096


class Lazy:
    def __init__(self, rules, ctx, scale=1.0, fixed=None):
        """`rules`: the ContextRules; `ctx`: the longest rule ending the text (() for none)."""
        self.rules, self.ctx, self.scale, self.fixed = rules, ctx, scale, fixed or {}

    def __len__(self):
        return len(self.rules.base)

    def __getitem__(self, token):
        q = self.fixed.get(token)
        return q if q is not None else self.scale * self.rules.prob(token, self.ctx)

    def __iter__(self):
        return iter(self.listed())

    def listed(self):                           # every token: the list scaled, the fixed ones set
        q = [x * self.scale for x in self.unscaled()]
        for w, x in self.fixed.items():
            q[w] = x
        return q

    def unscaled(self):
        return self.rules.as_list(self.ctx)

    def changed(self, scale, fixed):
        return Lazy(self.rules, self.ctx, scale, fixed)

    def sample(self, rng):
        """A token drawn from this distribution: a fixed one by its probability, else one the rules
        give, leaving out the fixed ones."""
        u = rng.random()
        for w, q in self.fixed.items():
            u -= q
            if u < 0:
                return w
        return self.rules.draw(self.ctx, rng, set(self.fixed))

    def likeliest(self):
        w, q = self.rules.top(self.ctx, set(self.fixed))
        best = max(self.fixed.items(), key=lambda x: x[1], default=(w, -1.0))
        return best[0] if best[1] > self.scale * q else w


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

    def __len__(self):
        return len(self.values)

    def __getitem__(self, token):
        q = self.fixed.get(token)
        return q if q is not None else self.scale * self.values[token]

    def unscaled(self):
        return self.values

    def changed(self, scale, fixed):
        return Pending(self.values, scale, fixed)


# ---- readers.py, the room's own code ----
# Readers: short functions of the story so far, each an explicit look back, the way an attention head
# is one: `names` (NAME1, NAME2, ... the names bound, the latest first), `quotation` (where the open
# quotation began), `pronoun` (the he/she word used last) and `topic` (he/she or it, whichever came
# last). `texts` are the pieces as text (`piece_texts`). tables/readers.txt says which of the
# subject's heads look back at the same places.

from functools import reduce


from functools import reduce


SPACE_MARKS = ("\u2581", "\u0120")


def piece_texts(vocab, _made={}):
    """Each piece as the text it stands for (a space for ▁ or Ġ, a newline for <0x0A> or Ċ); one list
    per vocabulary, which every mechanism shares (a reader remembers the story it read in it)."""
    key = tuple(vocab)
    if key not in _made:
        texts = [p.replace("<0x0A>", "\n").replace("\u010a", "\n") for p in vocab]
        _made[key] = [t.replace(SPACE_MARKS[0], " ").replace(SPACE_MARKS[1], " ") for t in texts]
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


def last_word(prefix, texts, kinds, reader):
    """(kind, the place of its first token) of the last finished word of the story that `kinds`
    ({word: kind}) names, or None; read backward, so it stops at the nearest one."""
    def at(prefix, e):
        word = word_before(prefix, texts, e)
        return (kinds[word[0]], word[1]) if word and word[0] in kinds else None
    read = lambda prefix: next(filter(None, (at(prefix, e) for e in range(len(prefix) - 1, 1, -1))), None)
    return remembered(reader, prefix, texts, kinds, read, lambda found, prefix: at(prefix, len(prefix) - 1) or found)


def pronoun(prefix, texts, female, male):
    """The he/she word the story used last, which tells whose story the next words are about:
    ("female", its place) for one of `female` (she, her, ...), ("male", its place) for one of
    `male` (he, his, ...), or None before any."""
    return last_word(prefix, texts, {**dict.fromkeys(female, "female"), **dict.fromkeys(male, "male")}, "pronoun")


def topic(prefix, texts, people, things):
    """Whether the story last spoke of a person or a thing: ("person", place) when the last of the
    words he, she, it (and their forms) is one of `people`, ("thing", place) for one of `things`
    (it, its, ...), None before any."""
    return last_word(prefix, texts, {**dict.fromkeys(people, "person"), **dict.fromkeys(things, "thing")}, "topic")


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
        self.base = [0.0] * len(vocab)
        for piece, p in table("unigram.txt"):
            self.base[self.id[piece]] = probability(p)
        total = sum(self.base)
        if not total > 0:
            raise ValueError("unigram.txt gives no token any probability")
        self.base = [p / total for p in self.base]
        self.rules = {}       # context (tuple of ids) -> (listed {id: p}, alpha for the rest)
        self.longest = 0
        for context, nexts, *_ in table("context_rules.txt"):
            ctx = tuple(self.id[p] for p in context.split(" "))
            listed = {self.id[w]: p for w, p in pairs(nexts)}
            if sum(listed.values()) > 1 + 1e-6:
                raise ValueError(f"the rule after {context!r} lists more than all the probability")
            shorter = [self.prob(w, ctx[1:]) for w in listed]  # the file lists shorter rules first
            self.rules[ctx] = (listed, (1 - sum(listed.values())) / max(1 - sum(shorter), 1e-12))
            self.longest = max(self.longest, len(ctx))
        self.lazy = False
        if len(vocab) >= LAZY_FROM:
            self.go_lazy()

    def go_lazy(self):
        """Predict lazily from now on (prediction.py): what `draw` and `top` need, once."""
        self.lazy = True
        total, self.cumulative = 0.0, []
        for p in self.base:
            total += p
            self.cumulative.append(total)
        self.by_base = sorted(range(len(self.base)), key=lambda w: -self.base[w])

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

    def draw(self, ctx, rng, exclude):
        """A token drawn from p(. | ctx) less `exclude`: one the rule lists, by its probability, or (with the
        share left to its backoff) one drawn so from the rule a token shorter, less its own; last, unigram.txt."""
        while ctx:
            listed, alpha = self.rules[ctx]
            own = [(w, q) for w, q in listed.items() if w not in exclude]
            exclude = exclude | listed.keys()
            rest = alpha * max(1 - sum(self.prob(w, ctx[1:]) for w in exclude), 0.0)
            u = rng.random() * (sum(q for _, q in own) + rest)
            for w, q in own:
                u -= q
                if u < 0:
                    return w
            ctx = ctx[1:]
        for _ in range(1000):
            w = rng.choices(range(len(self.base)), cum_weights=self.cumulative)[0]
            if w not in exclude:
                return w
        return rng.choices(range(len(self.base)), [0 if w in exclude else q for w, q in enumerate(self.base)])[0]

    def top(self, ctx, exclude):
        """(the likeliest token under p(. | ctx) outside `exclude`, its probability)."""
        best, scale = (None, -1.0), 1.0
        while ctx:
            listed, alpha = self.rules[ctx]
            for w, q in listed.items():
                if w not in exclude and scale * q > best[1]:
                    best = (w, scale * q)
            exclude, scale, ctx = exclude | listed.keys(), scale * alpha, ctx[1:]
        w = next((w for w in self.by_base if w not in exclude), None)
        return best if w is None or best[1] >= scale * self.base[w] else (w, scale * self.base[w])

    def rule_listing(self, prefix, token):
        """The context of the longest rule ending `prefix` that lists `token`, or None (unigram.txt then gives it)."""
        return next((c for c in reversed(self.matches(prefix)) if token in self.rules[c][0]), None)

    def explain(self, prefix, token):
        """(the rule that gave `token` its probability here, in words)."""
        ctx = self.rule_listing(prefix, token)
        if ctx is None:
            return "unigram.txt", "no rule here lists it: the subject's average share"
        longest = self.matches(prefix)[-1]
        text = " ".join(self.vocab[w] for w in ctx)
        note = "" if ctx == longest else f"; the longest rule here ({len(longest)} tokens) does not list it"
        return f"context_rules.txt {text}", f"after {text}: {self.vocab[token]} {self.rules[ctx][0][token]:.3f}{note}"


# ---- state.py, the room's own code ----
# Rules that read the state: a context rule specialised by what a reader finds in the story.
#
# The rule that fired averages every place its context occurred: some in a woman's story, some in a
# man's, some inside a quotation. tables/state_rules.txt holds, for such a rule and a reader's value,
# what the subject said there against what it said at the context over all, a factor per token:
#
#     pronoun=female <TAB> , ▁but <TAB> ▁he 0.25 ▁she 1.76 <TAB> # 1,019 of 2,164 places, saves 156.2 nats
#
# (summed probability with the value + 1) / (summed over all values, scaled to as many places, + 1).
# Readers (readers.py): `pronoun`, the he/she word used last (female, male, none), with "/it" where `topic`
# finds an it word after it ("she ... it"); `quotation` (inside, outside). The first row lists the words they
# look for: female, male, thing. For each reader, the row of its value whose context is the longest among
# the matching rules scales the prediction (then divided by the new total).

def state_values(prefix, texts, words):
    """What the readers find: ["pronoun=" female, male or none (the last he/she word), with "/it" where an it
    word came after it; "quotation=inside" or "=outside"]: one value per look back, never counted twice."""
    kind = pronoun(prefix, texts, words["female"], words["male"])
    about = topic(prefix, texts, words["female"] | words["male"], words["thing"])
    return [f"pronoun={kind[0] if kind else 'none'}{'/it' if about and about[0] == 'thing' else ''}",
            f"quotation={'inside' if quotation(prefix, texts) is not None else 'outside'}"]


class State:
    def __init__(self, table, vocab):
        ids, self.vocab, self.texts = {p: i for i, p in enumerate(vocab)}, vocab, piece_texts(vocab)
        rows = table("state_rules.txt")
        self.words = dict(zip(("female", "male", "thing"), (set(w.split()) for w in next(rows)[1:4])))
        self.rules = {}           # (reader=value, context) -> {token: factor}
        for value, context, listed, *_ in rows:
            key = (value, tuple(ids[p] for p in context.split(" ")))
            self.rules[key] = {ids[w]: f for w, f in pairs(listed, factor)}
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
        """(the table row that changed `token` here, in words) or None."""
        for value, ctx in self.fired(prefix):
            if token in self.rules[value, ctx]:
                text = " ".join(self.vocab[w] for w in ctx)
                return (f"state_rules.txt {value} {text}",
                        f"{value} after {text}: x{self.rules[value, ctx][token]:.2f}")


# ---- room.py, the room's own code ----
# A room: the decompiled subject. `open_room(folder).predict(prefix)` gives the next-token distribution.
#
# How the mechanisms combine: the context rules predict from the last few tokens; then each further
# mechanism in room.json (state, position, dialogue, priming, names, copying, in that order) corrects the
# prediction so far, reading the whole story; last, calibration checks those corrections against the
# subject context by context. Each table was measured against the room as it stood just before its step.
#
# A mechanism NAME lives in NAME.py as the class NAME.capitalize(), built from the tables it reads,
# `Priming(table, vocab)`. It changes a prediction with `adjust(prefix, p)`, or only multiplies tokens by
# factors, `scaling(prefix)`: steps in a row that scale are multiplied, then divided by the new total
# once (Room.onward). `explain(prefix, token, p)` says which of its rows changed a token's probability.

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

    @staticmethod
    def step(mechanism, prefix, p):
        """One mechanism's step: the prediction `p` after `prefix`, changed by it (a list stays a list)."""
        return Room.after([(None, mechanism)], prefix, p)

    def encode(self, text):
        return [self.bos] + self.tokenizer.encode(text)

    def decode(self, ids):
        return self.tokenizer.decode([i for i in ids if i != self.bos])

    def generate(self, prompt="", tokens=200, seed=None, temperature=None):
        """Continue `prompt` (or start a story) by sampling one token at a time, at `temperature` (default: room.json's)."""
        temperature = self.temperature if temperature is None else temperature
        if not 0 <= temperature < math.inf:
            raise ValueError(f"temperature {temperature}: give a number ≥ 0 (0 always picks the likeliest token)")
        rng = random.Random(seed)
        ids = self.encode(prompt)
        for _ in range(tokens):
            p = self.predict(ids)
            if not isinstance(p, list) and temperature in (0, 1):     # lazy: no list of the vocabulary
                nxt = p.likeliest() if temperature == 0 else p.sample(rng)
            elif temperature == 0:
                nxt = max(range(len(p)), key=p.__getitem__)
            else:
                nxt = rng.choices(range(len(p)), p if temperature == 1 else sharpened(p, temperature))[0]
            if nxt in self.ends:
                break
            ids.append(nxt)
        return self.decode(ids)


def sharpened(p, temperature):
    """Weights p ** (1 / temperature), computed in log space (small temperatures do not underflow)."""
    logs = [math.log(x) if x > 0 else -math.inf for x in p]
    top = max(logs)
    return [math.exp((x - top) / temperature) for x in logs]


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
    '▁The', 'id', 'ar', '▁n', '▁g', '▁ha', '▁S', '▁th',
    '▁her', '▁it', 'ir', 'et', '▁Lily', '▁u', '▁in', '▁Tim',
    '▁day', '▁be', '▁with', '▁said', '▁play', '▁She', '▁They', '▁e',
    'oo', '▁y', '▁st', '▁that', '▁r', '▁on', 'st', '▁she',
    '▁I', 've', '▁B', '▁big', '▁of', '▁friend', '▁little', '▁time',
    'ad', '▁had', '▁we', '▁there', '▁so', '▁One', '▁for', 'all',
    '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but', '▁do',
    '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out', '▁k',
    '▁', 'e', 'a', 't', 'o', 'n', 'i', 'd',
    's', 'r', 'l', 'u', '.', ',', 'k', 'L',
    "'", '!', 'j', 'J', 'K', 'G', '’', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '<s>\t0.002402',
        '▁t\t0.005348',
        '▁a\t0.02712',
        '▁s\t0.01328',
        '▁w\t0.008673',
        '▁the\t0.02',
        'ed\t0.01626',
        '▁to\t0.02394',
        '▁b\t0.01228',
        '▁and\t0.01704',
        '▁h\t0.005599',
        '▁f\t0.01049',
        '▁wa\t0.002349',
        '▁T\t0.001553',
        're\t0.01181',
        'ou\t0.006032',
        '▁l\t0.005617',
        '▁d\t0.006242',
        '▁c\t0.0121',
        '▁he\t0.00568',
        '▁p\t0.007865',
        '▁m\t0.007368',
        'er\t0.006173',
        '▁was\t0.01108',
        '▁The\t0.003856',
        'id\t0.005072',
        'ar\t0.008942',
        '▁n\t0.003419',
        '▁g\t0.00855',
        '▁ha\t0.001613',
        '▁S\t0.002171',
        '▁th\t0.002485',
        '▁her\t0.007014',
        '▁it\t0.005846',
        'ir\t0.004914',
        'et\t0.005306',
        '▁Lily\t0.00551',
        '▁u\t0.001369',
        '▁in\t0.004885',
        '▁Tim\t0.001896',
        '▁day\t0.004462',
        '▁be\t0.004072',
        '▁with\t0.005166',
        '▁said\t0.004609',
        '▁play\t0.005053',
        '▁She\t0.004565',
        '▁They\t0.002857',
        '▁e\t0.00365',
        'oo\t0.003473',
        '▁y\t0.0006093',
        '▁st\t0.003393',
        '▁that\t0.003537',
        '▁r\t0.003486',
        '▁on\t0.003128',
        'st\t0.002623',
        '▁she\t0.003668',
        '▁I\t0.003254',
        've\t0.002933',
        '▁B\t0.002145',
        '▁big\t0.003037',
        '▁of\t0.002581',
        '▁friend\t0.002912',
        '▁little\t0.002725',
        '▁time\t0.002766',
        'ad\t0.002371',
        '▁had\t0.002514',
        '▁we\t0.00226',
        '▁there\t0.002554',
        '▁so\t0.002562',
        '▁One\t0.00232',
        '▁for\t0.002501',
        'all\t0.003024',
        '▁want\t0.00288',
        '▁M\t0.001792',
        '▁saw\t0.002689',
        '▁named\t0.002629',
        'ved\t0.002571',
        '▁li\t0.001813',
        '▁but\t0.002502',
        '▁do\t0.002402',
        '▁lo\t0.002547',
        '▁Once\t0.0022',
        '▁ne\t0.002106',
        '▁Timmy\t0.00209',
        'es\t0.001734',
        '▁upon\t0.002277',
        'out\t0.002198',
        '▁k\t0.002261',
        '▁\t0.0166',
        'e\t0.02638',
        'a\t0.01881',
        't\t0.01718',
        'o\t0.01734',
        'n\t0.0119',
        'i\t0.009034',
        'd\t0.009144',
        's\t0.02112',
        'r\t0.01146',
        'l\t0.0184',
        'u\t0.01238',
        '.\t0.03686',
        ',\t0.02454',
        'k\t0.006783',
        'L\t0.002061',
        "'\t0.006887",
        '!\t0.003073',
        'j\t0.00134',
        'J\t0.0007637',
        'K\t0.0001367',
        'G\t0.0001742',
        '’\t4.887e-05',
        '<rest>\t0.2709469365425895',
    ],
    'context_rules.txt': [
        "▁a\t▁big 0.08278 ▁time 0.08222 ▁little 0.07371 s 0.06568 n 0.05754 t 0.04423 ▁b 0.03712 ▁s 0.03611 l 0.03328 re 0.02789 r 0.02774 ▁g 0.02693 ▁p 0.02178 ▁l 0.02107 ▁c 0.01913 ▁f 0.01727 ▁ne 0.01543 ▁t 0.01533 ▁m 0.01375 ▁w 0.01041 d 0.008739 ▁n 0.008054 ▁wa 0.007584 ▁h 0.007579 ▁r 0.007491 ▁d 0.007055 ▁to 0.006551 ▁a 0.0007454 u 0.0003222 ▁her 0.0002432 er 0.000207 ▁the 0.0001446 , 6.834e-05 ▁was 6.612e-05 ▁it 6.331e-05 o 6.1e-05 . 3.65e-05 a 2.5e-05 e 2.476e-05 ed 1.577e-05 ar 1.458e-05 k 7.647e-06 ▁and 3.019e-06 i 1.245e-06 ' 3.406e-07 ou 1.062e-07 <rest> 0.17951260833103266",
        '▁time\t<rest> 0.010456608392021005',
        ",\t▁there 0.08831 ▁but 0.08481 ▁Lily 0.06575 ▁she 0.04522 ▁a 0.04026 ▁and 0.03827 ▁the 0.03311 ▁he 0.02604 ▁ 0.02428 ▁Timmy 0.02427 ▁M 0.01889 ▁I 0.01858 ▁so 0.01746 ▁s 0.01621 ▁Tim 0.01542 ▁it 0.01268 ▁S 0.01231 ▁w 0.01194 ▁T 0.01117 ▁l 0.01035 ▁c 0.009712 ▁B 0.008966 ▁we 0.007758 ▁p 0.007487 ▁her 0.007359 ▁b 0.003869 ▁g 0.003236 ▁to 0.002314 , 0.0007577 ▁was 0.0004305 . 0.0002075 s 7.195e-05 ' 3.748e-05 l 3.15e-05 e 4.893e-06 ed 3.034e-06 r 2.81e-06 o 2.68e-06 ou 2.169e-06 d 1.315e-06 t 1.246e-06 re 1.105e-06 n 8.422e-07 a 2.933e-07 u 2.643e-07 er 1.704e-07 ar 1.485e-07 i 1.34e-07 k 1.041e-07 <rest> 0.2917703271680474",
        '▁there\t▁was 0.8775 <rest> 0.007802426014611896',
        '▁was\t<rest> 0.26368487958441544',
        '▁was ▁a\t<rest> 0.07615599286382968',
        '▁little\t▁g 0.4904 <rest> 0.014874146812154376',
        '▁g\tir 0.2075 o 0.1658 <rest> 0.13262199564908816',
        'ir\t<rest> 0.07233301318518537',
        'l\t▁named 0.07266 <rest> 0.4188536902533275',
        '▁named\t▁Lily 0.4449 <rest> 0.022071260950880855',
        ".\t▁She 0.1142 ▁ 0.1102 ▁The 0.08543 ▁They 0.06576 <s> 0.05671 ▁I 0.05021 ▁One 0.04882 ▁Lily 0.03365 ▁B 0.03158 ▁S 0.02472 ▁Timmy 0.01795 ▁Tim 0.01732 ▁T 0.01397 ▁M 0.0126 . 0.0002612 ▁the 9.359e-05 ▁her 4.172e-05 ▁a 3.99e-05 ▁d 2.597e-05 ▁c 2.374e-05 ▁b 2.064e-05 ▁p 1.59e-05 ' 1.291e-05 ▁to 1.29e-05 , 9.616e-06 ▁w 8.211e-06 ▁m 7.837e-06 ▁f 7.467e-06 ▁and 6.517e-06 ▁g 3.577e-06 ▁s 2.347e-06 s 1.559e-06 t 1.548e-06 l 1.272e-06 er 9.81e-07 ▁was 4.972e-07 e 3.68e-07 re 3.352e-07 r 2.798e-07 u 2.393e-07 a 1.793e-07 o 1.69e-07 ed 1.55e-07 n 1.126e-07 i 1.095e-07 ar 1.09e-07 d 8.662e-08 k 6.425e-08 ou 5.714e-08 <rest> 0.3144403488268567",
        "▁She\t▁lo 0.1742 ▁was 0.08876 ▁said 0.05128 ▁had 0.0504 ▁want 0.04943 ▁a 0.04862 ▁p 0.04505 ▁saw 0.04429 ▁w 0.04188 ▁d 0.03804 ▁f 0.03427 ▁l 0.03346 ▁to 0.03258 ▁s 0.02873 ▁c 0.02643 ▁th 0.0239 ▁ 0.02292 ▁li 0.02073 ▁g 0.01872 ▁k 0.01719 ▁t 0.01475 ▁r 0.01467 ▁st 0.01362 ▁h 0.01042 ▁wa 0.009779 ▁m 0.007339 ▁b 0.004649 ' 0.0009754 ▁and 0.000925 ▁the 0.0002287 ▁it 7.85e-05 ▁her 3.289e-05 l 3.006e-05 re 2.519e-05 n 1.782e-05 , 1.679e-05 i 8.09e-06 t 7.526e-06 . 6.832e-06 s 4.785e-06 a 4.389e-06 ar 4.129e-06 r 2.393e-06 e 2.293e-06 d 1.823e-06 o 1.394e-06 ed 1.228e-06 u 9.352e-07 k 6.58e-07 er 4.663e-07 ou 4.557e-07 <rest> 0.01572412522010136",
        '. ▁She\t▁lo 0.1798 ▁was 0.08775 ▁had 0.05132 ▁want 0.05013 <rest> 0.01557088403176965',
        '▁lo\tved 0.7857 <rest> 0.035290997185321804',
        'ved\t<rest> 0.07380349402647557',
        "▁to\t▁play 0.1044 ▁the 0.09599 o 0.06811 ▁s 0.05832 ▁g 0.04268 ▁c 0.03403 ▁be 0.03045 ▁he 0.0303 ▁ 0.02907 ▁do 0.02517 ▁f 0.02386 ▁t 0.02303 ▁m 0.02223 ▁e 0.02071 ▁her 0.01772 ▁p 0.01717 ▁b 0.01524 ▁ha 0.01474 ▁l 0.01445 ▁d 0.0126 ▁r 0.01016 ▁st 0.008908 ▁h 0.007806 ▁wa 0.007338 u 0.005635 ▁to 0.002656 ▁it 0.002141 ▁Lily 0.002038 d 0.001787 . 0.001059 ▁was 0.000522 r 0.0004291 n 0.000405 a 0.0003682 , 0.0002512 ▁and 0.0002162 re 0.0001786 e 0.0001401 ar 8.13e-05 i 6.143e-05 t 5.536e-05 k 5.256e-05 s 3.504e-05 ed 2.08e-05 l 7.169e-06 ou 9.064e-07 ' 7.32e-07 er 1.917e-07 <rest> 0.21513130879367715",
        "▁play\t▁with 0.3221 ed 0.2028 ▁ 0.08291 . 0.06114 ▁in 0.04896 ▁to 0.03414 ▁a 0.02573 ▁and 0.01458 ▁on 0.01279 , 0.007881 ▁h 0.005179 ▁g 0.003859 ▁c 0.003723 ▁m 0.003052 ▁d 0.002772 ▁f 0.001312 ▁w 0.0005577 ▁her 0.0004009 t 0.0003963 ▁he 0.0003154 ▁play 0.000253 r 0.0001747 ▁l 0.0001708 a 0.0001537 s 0.0001194 l 6.862e-05 d 6.72e-05 e 3.24e-05 ▁was 2.273e-05 n 1.962e-05 i 1.768e-05 o 1.648e-05 ar 1.187e-05 et 7.439e-06 u 3.032e-06 ▁said 2.171e-06 ou 1.464e-06 k 1.391e-06 re 1.097e-06 ' 9.384e-07 ▁day 5.637e-07 ▁Lily 4.018e-07 ir 3.406e-07 id 3.389e-07 ▁She 2.986e-07 <rest> 0.14181784573239786",
        '▁to ▁play\t▁with 0.4784 ▁ 0.1479 . 0.1015 ▁in 0.08055 ▁to 0.03437 ▁a 0.02904 ▁and 0.02296 ▁on 0.01821 , 0.01186 ▁h 0.007826 ▁g 0.005759 ▁c 0.004909 ▁the 0.004411 ▁ne 0.004102 ▁d 0.004057 ▁b 0.003668 ▁s 0.003408 ▁m 0.002865 ! 0.002787 ▁p 0.002147 ▁f 0.001803 ▁u 0.001713 ▁t 0.001495 ▁for 0.001396 ▁it 0.001355 ▁e 0.001011 ed 0.0001387 er 2.122e-05 <rest> 0.014900570467886842',
        'ved ▁to ▁play\t▁ 0.3339 <rest> 0.004519530487307244',
        '▁\tout 0.09307 <rest> 0.6073873497365232',
        'out\ts 0.4212 <rest> 0.06673502676284382',
        "s\t. 0.1431 id 0.06733 ▁and 0.062 , 0.03341 s 0.03178 ▁a 0.03109 ▁to 0.02339 ▁ 0.02198 ▁of 0.01943 ed 0.01709 ▁in 0.01684 ▁f 0.01498 ▁c 0.01492 ▁w 0.01363 ▁g 0.01356 ▁we 0.01214 ▁friend 0.01124 ▁m 0.01014 ▁the 0.009445 ▁with 0.008937 i 0.008588 ▁he 0.008578 k 0.008383 ▁play 0.00787 ▁d 0.007849 ▁h 0.007791 ▁be 0.007528 ▁l 0.007292 o 0.006932 ▁t 0.006705 er 0.006422 ▁n 0.006373 ! 0.006239 ▁she 0.006207 u 0.00486 ▁it 0.003205 ▁was 0.002762 a 0.002356 ▁her 0.001899 ' 0.0005213 r 0.0002797 e 0.0002086 n 0.0001626 l 0.0001034 t 4.982e-05 ou 2.049e-05 d 1.332e-05 re 1.105e-05 ar 7.98e-06 <rest> 0.23167586930375694",
        'out s\tid 0.9984 <rest> 0.0003624479973327599',
        "id\te 0.4184 n 0.2242 ed 0.1104 ▁n 0.1031 s 0.01978 d 0.009465 . 0.007903 er 0.007736 ▁it 0.00363 , 0.002859 ▁d 0.002623 ▁and 0.00193 ▁to 0.001708 ▁b 0.0007116 ▁ 0.0006419 ▁c 0.0006046 ▁h 0.000477 ▁m 0.0004743 ▁f 0.0004589 ▁her 0.0003417 ▁he 0.0002944 ▁was 0.0002887 ▁t 0.0002159 t 0.0001569 ' 0.0001523 ▁with 0.0001433 o 0.0001414 ▁l 0.0001305 ▁p 0.0001175 ▁g 0.0001056 k 9.457e-05 i 9.44e-05 ▁play 6.315e-05 a 5.514e-05 u 5.302e-05 id 3.324e-05 l 2.917e-05 re 2.075e-05 ▁Lily 1.991e-05 ar 1.453e-05 ou 1.425e-05 r 5.184e-06 et 3.049e-06 ir 4.061e-07 <rest> 0.06093149442210455",
        "e\t. 0.09726 l 0.06912 e 0.05456 ▁and 0.04335 , 0.03673 a 0.03423 ar 0.03409 ▁to 0.03235 ▁in 0.02231 ▁the 0.02169 ▁c 0.01828 ▁day 0.01817 ▁b 0.01737 ▁w 0.01542 ▁s 0.01358 ▁was 0.01193 ▁f 0.01181 ▁with 0.01154 o 0.0105 et 0.01 ! 0.00912 ▁of 0.006927 ▁h 0.006118 re 0.006074 st 0.005334 ▁on 0.005269 ▁p 0.004826 ed 0.002939 ' 0.002747 k 0.002585 ▁he 0.002372 ▁play 0.002091 er 0.001763 s 0.0007399 ▁Lily 0.0006913 d 0.0001726 n 0.0001419 r 0.0001288 t 0.0001086 u 7.328e-05 i 7.029e-05 ir 5.589e-05 ou 2.699e-06 id 2.624e-06 <rest> 0.2407760214662129",
        'id e\t▁in 0.1474 <rest> 0.02720670192242569',
        '▁in\t▁the 0.488 <rest> 0.06676190186963471',
        '▁the\t▁p 0.1139 <rest> 0.07136411679074772',
        '▁p\tar 0.254 <rest> 0.20282084148588608',
        'ar\tk 0.224 <rest> 0.10207540258154435',
        "k\t. 0.1439 ▁to 0.05887 ▁with 0.05228 ▁a 0.04673 , 0.04501 ▁and 0.04489 ▁the 0.03028 i 0.02257 s 0.0203 et 0.01932 ▁for 0.014 ▁in 0.01373 ▁her 0.012 ▁ 0.01121 ▁it 0.009545 ! 0.008147 er 0.007653 ▁w 0.006913 ▁h 0.006537 ▁p 0.005934 ▁t 0.005372 l 0.003721 ▁m 0.002861 n 0.002358 ed 0.001718 ▁l 0.001633 u 0.001252 ▁g 0.00118 ▁Lily 0.000714 ▁he 0.0006763 ' 0.0004833 a 0.0003908 ▁play 0.0003856 o 0.0002874 e 0.0001855 t 0.0001292 k 0.0001242 r 0.0001015 ar 4.997e-05 re 4.701e-05 id 3.736e-05 d 3.711e-05 ou 1.021e-05 <rest> 0.33967948151496874",
        "ar k\t. 0.3402 ▁with 0.1546 ▁to 0.1499 ▁and 0.1077 , 0.07829 ▁a 0.01649 ▁w 0.01125 ▁e 0.01053 et 0.01041 l 0.009802 ▁was 0.009542 ! 0.009417 ▁in 0.006218 ▁ 0.005769 ▁c 0.004844 ▁f 0.003416 er 0.003224 ▁ne 0.003089 ▁be 0.003009 ▁on 0.002946 ▁s 0.002705 ▁b 0.002648 s 0.002583 ▁t 0.002541 ▁m 0.001828 ▁r 0.001649 ▁st 0.001543 ▁d 0.001387 ▁l 0.00132 ▁that 0.001311 ▁so 0.001305 ▁had 0.0013 ▁h 0.001247 ▁p 0.001213 ' 0.001175 ▁g 0.0009665 ▁li 0.0008126 ▁n 0.000804 ed 0.0006504 ▁the 0.0006292 ▁u 0.0006241 ▁th 0.0003616 ▁it 0.0002856 ▁her 0.0002741 i 0.0001725 n 6.879e-05 ▁M 2.144e-05 u 2.333e-06 <rest> 0.018356558004287038",
        '▁p ar k\t. 0.365 ▁with 0.1733 ▁to 0.1669 ▁and 0.1079 , 0.08113 ▁a 0.01694 ▁w 0.01167 ▁e 0.01151 ! 0.008423 ▁was 0.007676 ▁in 0.005783 ▁for 0.004347 ▁ne 0.003246 ▁be 0.002796 ▁so 0.001383 ▁that 0.001136 ▁c 0.001084 ▁had 0.001061 ▁b 0.0007752 ▁t 0.0007743 ▁s 0.0007494 ▁l 0.0006408 ▁d 0.0004626 ▁p 0.000344 ▁r 0.0002921 s 0.0002777 er 1.153e-05 l 6.396e-06 et 5.53e-06 <rest> 0.007502648655019928',
        '▁the ▁p ar k\t. 0.3657 ▁with 0.1749 ▁to 0.1723 ▁and 0.1106 , 0.08124 ▁was 0.003786 ▁had 0.0006643 <rest> 0.007021459437178468',
        'k .\t▁One 0.1502 <rest> 0.2630259062847735',
        '▁One\t▁day 0.976 <rest> 0.0039002626191132483',
        '▁day\t, 0.6684 <rest> 0.011058941366096309',
        "▁she\t▁saw 0.1014 ▁was 0.0987 ▁c 0.09289 ▁w 0.08903 ▁f 0.06474 ▁d 0.06055 ▁had 0.05449 ▁said 0.04473 ▁a 0.04259 ▁want 0.03223 ▁ 0.02954 ▁g 0.02746 ▁lo 0.02454 ▁k 0.01981 ▁s 0.01959 ▁he 0.01936 ▁p 0.01693 ▁m 0.01543 ▁l 0.0145 ▁st 0.01438 ▁ne 0.01014 ▁t 0.008413 ▁th 0.006676 ▁wa 0.006539 ▁r 0.00585 ▁n 0.005652 e 0.003403 ▁b 0.002922 ' 0.0023 ▁and 0.0008908 a 0.0007792 ar 0.0004101 d 0.0003252 ▁the 0.0001748 re 0.0001725 . 0.0001477 r 9.269e-05 ▁it 6.727e-05 ▁her 6.094e-05 i 3.984e-05 , 2.667e-05 u 2.527e-05 t 2.42e-05 s 1.796e-05 n 1.096e-05 ed 8.482e-06 o 3.687e-06 ou 2.703e-06 k 2.508e-06 er 9.27e-07 <rest> 0.031015488678058367",
        '▁saw\t▁a 0.6028 <rest> 0.03365373112126879',
        '▁saw ▁a\t▁big 0.3743 <rest> 0.01777036689384759',
        "▁big\t▁b 0.1592 , 0.1334 ▁t 0.09441 ▁h 0.06203 ▁s 0.05764 ▁c 0.05122 ▁r 0.05108 ▁p 0.04687 ▁and 0.03484 ▁do 0.03452 ▁f 0.03321 ▁m 0.02228 ▁g 0.02225 ▁ 0.01914 ▁st 0.01761 ▁w 0.01491 ▁l 0.009781 ▁d 0.008089 ▁be 0.007476 . 0.007113 ▁y 0.006373 ▁wa 0.006015 ▁e 0.005638 ▁the 0.0006789 ▁was 0.0003395 ▁her 0.0002307 ▁with 0.0001698 n 0.0001586 ▁it 0.0001251 er 6.605e-05 l 5.866e-05 s 3.685e-05 r 3.315e-05 u 2.638e-05 e 2.174e-05 i 1.376e-05 d 1.275e-05 ar 1.184e-05 t 9.535e-06 a 9.484e-06 ' 7.827e-06 ou 4.094e-06 o 3.636e-06 re 2.85e-06 ed 1.933e-06 ▁Lily 8.686e-07 k 7.495e-07 et 6.633e-07 id 5.605e-07 <rest> 0.04970189041321482",
        '▁a ▁big\t▁b 0.1673 , 0.1524 ▁t 0.1031 ▁h 0.07254 ▁s 0.0616 ▁c 0.05354 ▁r 0.05277 ▁p 0.05239 ▁f 0.03498 ▁g 0.0239 ▁ 0.02138 ▁st 0.01848 ▁l 0.01051 ▁d 0.008425 ▁y 0.007144 ▁wa 0.006601 ▁n 0.005128 ▁k 0.002948 ▁and 0.002751 ▁ha 0.002503 ▁big 0.002356 ▁ne 0.001895 . 0.0006182 ! 0.0001 ▁for 7.156e-05 ▁that 2.153e-05 <rest> 0.031221316789478037',
        '▁saw ▁a ▁big\t, 0.1952 <rest> 0.02521803571896919',
        '▁big ,\t▁r 0.1724 <rest> 0.030515673048692293',
        "▁r\to 0.3289 a 0.1567 ed 0.1202 u 0.03847 id 0.02545 ou 0.02394 e 0.0006033 ar 0.000355 r 0.0002088 et 0.0001414 er 0.0001193 d 4.798e-05 ir 4.365e-05 k 4.042e-05 . 2.24e-05 l 1.555e-05 n 8.222e-06 , 6.136e-06 t 4.639e-06 ▁a 3.533e-06 s 2.74e-06 ▁to 2.576e-06 ▁the 2.153e-06 ▁and 1.9e-06 ▁ 1.886e-06 re 1.643e-06 ▁s 1.429e-06 ▁b 1.322e-06 ▁c 1.302e-06 ▁was 1.263e-06 ▁f 1.143e-06 ▁w 9.335e-07 ▁g 9.203e-07 ▁p 8.465e-07 ▁with 8.132e-07 ▁m 7.93e-07 ▁Lily 7.719e-07 ▁her 7.549e-07 ' 7.533e-07 ▁d 6.979e-07 ▁it 6.292e-07 ▁he 6.114e-07 ▁l 6.045e-07 ▁h 6.027e-07 ▁t 5.756e-07 ▁play 5.439e-07 ▁in 5.258e-07 <rest> 0.29522072436758884",
        ', ▁r\ted 0.6174 <rest> 0.07135916558875777',
        "ed\t▁to 0.3063 ▁and 0.1018 . 0.08029 ▁the 0.05619 ▁that 0.04317 , 0.04014 ▁a 0.03884 ▁it 0.02883 ▁her 0.02727 ▁with 0.02437 ▁b 0.01575 ▁in 0.01501 ▁h 0.01233 ▁ 0.01201 ▁on 0.01005 d 0.008556 ▁of 0.007115 ▁for 0.00623 ! 0.005402 ▁d 0.004192 ▁f 0.004133 ▁he 0.003962 i 0.003351 ▁p 0.002539 ▁g 0.00211 s 0.002034 ▁play 0.001589 ▁l 0.001537 a 0.001255 ▁was 0.0007419 l 0.000645 r 0.0005347 n 0.0003551 ' 8.413e-05 t 6.07e-05 u 3.417e-05 o 3.036e-05 er 2.711e-05 e 1.77e-05 id 1.36e-05 k 6.575e-06 et 5.737e-06 re 3.409e-06 ar 3.249e-06 ou 2.628e-06 <rest> 0.0800728629813573",
        '▁r ed\t▁b 0.4119 <rest> 0.012891302987490527',
        '▁b\tall 0.1294 <rest> 0.11607389971393334',
        'all . ▁She\t▁want 0.1269 <rest> 0.016899253995017793',
        "▁want\ted 0.6211 ▁to 0.3294 ▁a 0.006663 ▁the 0.006627 ▁it 0.003509 ▁m 0.003412 s 0.003074 ▁s 0.002736 . 0.002566 ▁her 0.001866 ▁ 0.00129 ▁h 0.0009905 ▁g 0.0006596 ▁c 0.0004081 ▁with 0.0003413 ▁f 0.0003228 ▁b 0.0002975 ▁p 0.0002375 ▁t 0.0001875 ▁Lily 0.000182 ▁play 0.0001752 ▁and 0.0001584 e 0.0001467 ▁d 0.000145 ▁l 8.834e-05 ar 6.467e-05 ▁in 4.7e-05 t 4.166e-05 er 3.868e-05 i 3.477e-05 l 1.321e-05 a 8.254e-06 re 7.116e-06 u 6.993e-06 r 6.779e-06 ▁was 3.921e-06 n 2.717e-06 o 2.27e-06 d 1.785e-06 et 1.642e-06 ou 1.563e-06 ir 1.406e-06 k 1.309e-06 ' 9.891e-07 id 6.105e-07 ▁said 5.547e-07 ▁She 5.495e-07 <rest> 0.006243607810907603",
        "▁with\t▁her 0.2364 ▁the 0.1816 ▁a 0.09053 ▁it 0.07301 ▁m 0.0479 . 0.01608 ▁ 0.01502 ▁h 0.0141 ▁l 0.01391 out 0.009332 ▁s 0.008132 ▁e 0.006684 ▁b 0.005951 ▁th 0.005633 ▁c 0.005259 ▁M 0.005192 ▁Lily 0.004489 ▁p 0.004443 ▁f 0.004039 ▁d 0.003887 ▁t 0.003227 ▁to 0.001987 ▁g 0.001127 , 0.001081 ▁he 0.000767 ▁and 0.0006954 ▁with 0.0006884 s 0.0001851 e 6.591e-05 ▁was 4.38e-05 t 3.665e-05 ed 1.44e-05 u 7.152e-06 a 6.284e-06 o 3.848e-06 ' 2.204e-06 d 1.329e-06 l 1.323e-06 n 1.187e-06 k 8.753e-07 re 8.47e-07 r 8.328e-07 ou 7.783e-07 er 7.055e-07 ar 6.285e-07 i 6.229e-07 et 3.753e-07 <rest> 0.2141888200880041",
        '▁play ▁with\t▁her 0.2498 ▁the 0.1678 ▁it 0.1336 ▁m 0.06441 . 0.03566 ▁h 0.01171 ▁a 0.01169 ▁ 0.006254 ▁M 0.00585 ▁th 0.005614 ▁Tim 0.00526 ▁S 0.004855 ▁e 0.004432 ▁Lily 0.004195 ▁s 0.002642 ▁u 0.002573 ▁b 0.002361 , 0.002337 ▁T 0.002293 ▁to 0.002031 ▁Timmy 0.001876 ▁B 0.001427 ▁with 0.001371 ! 0.001365 ▁that 0.001316 ▁and 0.001269 ▁in 0.001091 ▁d 0.001051 ▁t 0.0009854 ▁l 0.0009827 ▁f 0.0006358 out 0.0005282 ▁wa 0.0003414 ▁st 0.0002112 ▁n 0.0001825 ▁friend 0.0001101 ▁big 9.608e-05 <rest> 0.25050556320682604',
        '▁to ▁play ▁with\t▁her 0.2971 ▁the 0.1597 ▁it 0.1252 ▁m 0.0523 . 0.04318 ▁h 0.01225 ▁M 0.006287 ▁Tim 0.006014 ▁S 0.005511 ▁Lily 0.004548 , 0.002715 ▁th 0.002697 ▁T 0.002444 ▁Timmy 0.002012 ▁s 0.001662 ▁with 0.001582 ▁and 0.001485 ▁in 0.001131 <rest> 0.2293619055455648',
        'ed ▁to ▁play ▁with\t▁it 0.308 ▁the 0.2975 <rest> 0.12036935706444873',
        "▁it\t. 0.1861 ▁was 0.1823 ' 0.06831 ▁to 0.05624 , 0.04569 ▁a 0.04244 s 0.02936 ▁w 0.02894 ▁and 0.02891 ▁ 0.02689 ▁in 0.02531 ! 0.0205 ▁f 0.01777 ▁b 0.01752 ▁on 0.01726 ▁c 0.01506 ▁m 0.01476 ▁with 0.01384 ▁st 0.009212 ▁d 0.008853 ▁l 0.008326 ▁for 0.008276 ▁h 0.007368 ▁had 0.006986 ▁g 0.006904 ▁e 0.006751 ▁p 0.002176 ▁he 0.001371 ▁the 0.001185 ▁it 0.0006488 r 0.0003457 ▁her 0.0001755 k 7.528e-05 t 7.044e-05 l 5.575e-05 er 2.752e-05 re 1.822e-05 d 1.565e-05 e 1.498e-05 u 1.474e-05 ▁Lily 1.08e-05 a 9.43e-06 ed 7.586e-06 n 4.686e-06 ou 4.278e-06 o 2.45e-06 i 1.455e-06 ar 5.869e-07 <rest> 0.06545277226471591",
        "▁with ▁it\t. 0.4523 , 0.1304 ▁a 0.1053 ▁to 0.05354 s 0.05352 ! 0.03852 ▁and 0.03063 ▁e 0.01699 ▁in 0.01532 ▁with 0.0119 ▁for 0.01116 ▁ 0.006587 ▁so 0.005451 ▁be 0.005027 ▁on 0.003783 ▁b 0.003034 ▁w 0.00256 ▁u 0.001921 ▁f 0.00176 ▁but 0.00148 ▁h 0.001177 ▁was 0.0009444 ▁li 0.0008791 ▁s 0.0008657 ▁c 0.0008317 ▁t 0.0007599 ▁m 0.0006974 ' 0.0006009 ▁l 0.0005548 ▁ne 0.0004684 ▁g 0.0004533 ▁st 0.0002273 ▁d 0.0002251 ▁p 0.0002222 ▁r 0.0001753 ▁we 7.557e-05 ▁had 2.149e-05 ▁saw 1.399e-06 <rest> 0.036486538020667925",
        '▁play ▁with ▁it\t. 0.4524 , 0.1548 ▁a 0.1146 ▁to 0.05988 ! 0.04251 s 0.01364 ▁with 0.01334 ▁ 0.007702 ▁so 0.006356 ▁but 0.001599 <rest> 0.04197235795032872',
        '▁to ▁play ▁with ▁it\t. 0.4852 , 0.1903 ▁a 0.1184 ▁and 0.02177 ▁e 0.01621 ▁in 0.01491 s 0.01441 ▁with 0.01252 ▁so 0.006274 ▁be 0.00576 ▁w 0.002459 ▁but 0.001784 ▁u 0.001384 <rest> 0.007756540302941151',
        'ed ▁to ▁play ▁with ▁it\t. 0.4762 , 0.2288 ▁a 0.1169 ! 0.007322 ▁so 0.006821 ▁but 0.002163 ▁u 0.001495 <rest> 0.006989982598794575',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.437 , 0.2632 ▁a 0.1204 s 0.009598 <rest> 0.0072326713332123704',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5305 <rest> 0.011637399917092672',
        '▁but\t▁she 0.1455 <rest> 0.1217907279071535',
        '▁but ▁she\t▁d 0.1958 <rest> 0.010137521231348812',
        '▁d\tid 0.3055 <rest> 0.23708206907936702',
        '▁d id\tn 0.6242 <rest> 0.022765704380058982',
        "n\t' 0.1496 <rest> 0.3184564707067402",
        "'\tt 0.3575 <rest> 0.07437021357024176",
        "t\ter 0.09639 ed 0.07341 ▁the 0.04718 ▁was 0.03939 ▁k 0.02762 t 0.02637 ▁want 0.0258 o 0.02539 ' 0.02357 ▁it 0.02054 u 0.02052 ▁f 0.01772 ▁w 0.01768 ▁s 0.01601 ▁b 0.01359 e 0.01192 ▁m 0.01127 , 0.01079 ▁and 0.0107 ▁g 0.009937 ▁li 0.00913 ▁her 0.009098 ▁l 0.008164 ▁h 0.007639 ▁wa 0.007428 ▁be 0.0069 ▁day 0.0068 ▁for 0.006489 ▁e 0.005823 a 0.005744 ▁ha 0.005393 s 0.005191 ▁d 0.003697 r 0.002202 l 0.00211 ▁Lily 0.001098 re 0.0007843 n 0.0004401 ar 0.0002844 et 0.000117 d 3.151e-05 k 2.525e-05 ou 1.865e-05 <rest> 0.22795809506525655",
        "' t\t▁k 0.18 ▁want 0.1657 ▁w 0.0897 ▁f 0.07276 ▁li 0.04597 ▁g 0.03944 ▁wa 0.03835 ▁ha 0.03217 ▁s 0.03161 ▁be 0.0298 ▁m 0.02768 ▁l 0.02238 ▁c 0.01917 ▁ 0.01861 ▁play 0.01765 ▁u 0.01691 ▁he 0.0118 ▁e 0.01117 ▁st 0.01078 ▁b 0.01013 ▁p 0.01003 ▁t 0.01003 ▁do 0.007314 ▁d 0.007288 ▁ne 0.007113 ▁h 0.006701 . 0.006321 ▁r 0.004931 ▁to 0.003437 ▁th 0.003373 ▁for 0.002463 , 0.0009985 ▁the 0.0009288 ' 0.0009182 ▁was 0.0006634 ▁it 0.0004091 t 0.0002935 ▁her 0.000119 ▁of 8.586e-05 ▁and 7.787e-05 e 6.787e-05 i 5.224e-05 er 4.387e-05 ed 1.338e-05 u 1.012e-05 a 7.484e-06 o 6.908e-06 ▁day 4.922e-06 s 3.561e-06 <rest> 0.017452850174695",
        "n ' t\t▁want 0.1966 <rest> 0.017339608469358003",
        't ▁want\t<rest> 0.013280503428687918',
        '▁want ▁to\t▁g 0.1202 <rest> 0.007159894421366664',
        "o\tre 0.07974 , 0.04505 k 0.04103 l 0.03022 ▁h 0.01578 d 0.01357 ve 0.009829 ▁a 0.009561 ▁on 0.008778 ▁lo 0.008141 ▁l 0.007712 ▁s 0.007397 ! 0.007249 ▁b 0.006939 ▁ 0.006706 ▁was 0.006408 i 0.005801 e 0.005094 ar 0.004818 ▁c 0.00443 ▁m 0.004346 ▁and 0.004102 ▁d 0.003613 a 0.002685 ▁w 0.002123 ▁her 0.001417 ▁g 0.001402 ▁p 0.001245 o 0.0005455 ' 0.0004011 ed 0.0001742 er 7.298e-05 u 6.971e-05 ou 6.19e-05 t 5.394e-05 n 5.162e-05 r 4.646e-05 <rest> 0.5306574179082666",
        '▁g o\t▁to 0.1901 <rest> 0.18739113200452862',
        'o ▁to\t▁the 0.6867 <rest> 0.05492338118103546',
        '▁to ▁the ▁p ar k\t▁to 0.3034 . 0.2239 ▁with 0.2061 ▁and 0.1395 , 0.05628 ! 0.009752 ▁e 0.006202 ▁for 0.004789 ▁f 0.001704 ▁so 0.001368 ▁on 0.001049 ▁was 9.014e-05 <rest> 0.0061055200440760515',
        'o ▁to ▁the ▁p ar k\t. 0.3783 <rest> 0.022123665602132192',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself',
        'pronoun=none\t▁a\tre 0.09657 s 0.09762 l 0.16 t 0.1694 ▁ne 0.1897 ▁time 4.423 r 0.2708 n 0.2894 ▁little 3.434 d 0.3059 ▁w 0.3243 ▁but 0.3777 ir 0.3837 ▁st 0.3987 ▁to 0.4043 ▁l 0.4936 ▁y 0.5229 ▁so 0.5411 ▁t 0.562 ▁p 0.5889 ▁m 0.59 ▁g 0.6235 ▁friend 0.6572 ▁h 0.6623 ▁r 0.6942 ▁be 0.6944 ▁li 1.436 ▁do 1.436 ▁f 0.6978 ▁d 0.7604 ▁we 1.304 ▁n 0.776 ▁s 0.7938 ▁wa 1.249 ▁big 0.813 ▁ 0.828 ▁b 1.106 ▁th 1.103',
        'pronoun=none\t▁was\t▁to 0.0491 ▁time 0.05139 ▁so 0.06688 . 0.0994 ▁n 0.1254 n 0.1402 ▁the 0.1513 ▁ 0.1624 ▁st 0.1734 ▁g 0.1738 ▁s 0.1804 ▁e 0.1818 ▁p 0.1861 ▁b 0.2075 ▁c 0.221 ▁m 0.2285 ▁be 0.2352 ▁w 0.2405 ▁d 0.2471 ▁in 0.2542 ▁h 0.2584 ▁ha 0.2612 ▁t 0.266 ▁f 0.2703 ▁her 0.275 , 0.2827 ▁l 0.2962 ▁a 3.145 ▁for 0.3194 ▁k 0.3448 ▁ne 0.3459 ▁he 0.3592 ▁on 0.3724 ▁lo 0.3968 ▁u 0.4022 ▁there 0.421 ▁th 0.4521 ▁big 0.4588 ▁r 0.4656 ▁wa 0.573 ▁play 0.6045',
        'pronoun=female\t,\t▁there 0.02315 ▁in 0.1809 ▁he 0.1918 ▁Timmy 0.2519 ▁Tim 0.2689 ▁a 0.4857 ▁she 2.017 ▁her 2.006 ▁B 0.5092 ▁Lily 1.835 ▁the 0.6524 ▁T 0.6539 ▁saw 0.6785 ▁we 1.412 ▁S 0.7388 ▁l 1.299 ▁li 0.7822 ▁p 1.269 ▁that 1.253 ▁it 1.216 ▁and 0.8248 ▁to 0.8284 ▁w 1.204 ▁c 1.2 ▁do 1.19 ▁d 1.179 ▁h 0.8778 ▁g 1.119 ▁M 1.116 ▁th 1.106',
        'quotation=outside\t,\t▁I 0.05004 ▁little 0.112 ▁we 0.1651 ▁do 0.1729 ▁that 0.1778 ▁l 0.3371 ▁th 0.4358 ▁p 0.455 ▁m 0.508 ▁for 0.5107 ▁c 0.5236 ▁M 0.5436 ▁it 0.5478 ▁n 0.6194 ▁d 0.6655 ▁Tim 0.7918 ▁k 0.7941 ▁g 0.8038 ▁w 0.8093 ▁there 1.227 ▁she 1.223 ▁saw 1.207 ▁her 1.207 ▁b 0.8292 ▁in 1.195 ▁he 1.194 ▁a 1.184 ▁be 0.8503 ▁and 1.169 ▁the 1.169 ▁so 1.162 ▁r 1.157 ▁t 0.8703 ▁T 0.8732 ▁B 0.8758 ▁Lily 0.8868 ▁e 1.127 ▁li 1.127 ▁st 0.8882',
        'pronoun=none\tir\ted 0.1129 ▁and 0.1515 . 0.1583 ▁b 0.1624 t 0.164 re 0.165 ▁h 0.1661 ▁ne 0.1686 ▁p 0.171 ▁ 0.1784 ▁f 0.1953 ▁s 0.1993 ▁wa 0.2121 ▁c 0.2135 ▁t 0.2241 ▁to 0.2318 ▁friend 0.2347 ▁ha 0.2367 , 0.241 ▁r 0.2492 ▁a 0.251 ▁m 0.2739 ▁d 0.2808 st 0.2828 ▁g 0.2944 ▁l 0.3095 d 0.3101 ▁the 0.3131 ▁w 0.3132 ▁e 0.3202 ▁he 0.3217 ▁be 0.3926 s 0.4041 ! 0.4263 l 2.315 i 0.4751 ▁in 0.5143 r 0.57 ▁with 0.6354 a 0.6956',
        'pronoun=none\t▁time\t▁to 0.01986 ▁for 0.03099 . 0.03714 ▁and 0.08965 ▁a 0.09463 s 0.1201 ▁play 0.1309 ▁he 0.1847 ▁she 0.1918 ▁with 0.1939 ▁e 0.2504 ▁in 0.2944 ! 0.3475 ▁on 0.3579 ▁the 0.3589 ▁there 1.245 , 1.216',
        'pronoun=female/it\t,\t▁there 0.02856 ▁in 0.2334 ▁Timmy 0.286 ▁he 0.3021 ▁Tim 0.3495 ▁Lily 1.754 ▁B 0.634 ▁a 0.6471 ▁but 1.503 ▁p 1.474 ▁s 1.402 ▁so 1.378 ▁do 1.337 ▁to 0.7567 ▁M 1.299 ▁little 1.292 ▁w 0.7742 ▁we 1.289 ▁S 0.7913 ▁g 1.218 ▁I 1.217 ▁it 1.205 ▁m 1.195 ▁ha 1.179 ▁n 1.178 ▁r 1.173 ▁u 1.164 ▁st 1.163 ▁d 1.162 ▁T 0.8702 ▁b 1.147 ▁k 1.131 ▁f 1.12 ▁her 1.118 ▁that 1.117 ▁li 0.9084',
        'pronoun=female\t. ▁She\t▁lo 0.1087 ▁li 0.5 ▁had 0.5583 ▁p 1.314 ▁want 1.312 ▁a 1.297 ▁f 1.292 ▁th 1.281 ▁l 1.276 ▁d 1.276 ▁g 1.274 ▁st 1.273 ▁k 1.269 ▁h 1.268 ▁s 1.267 ▁to 1.266 ▁c 1.262 ▁r 1.26 ▁wa 1.256 ▁t 1.25 ▁b 1.247 ▁ 1.245 ▁m 1.244 ▁u 1.241 ▁w 1.239 ▁said 1.237 ▁saw 1.225 ▁play 1.223 ▁e 1.22 ▁n 1.204 ▁for 1.202 ▁he 1.197 ▁be 1.186 ▁ne 1.178 ▁was 1.163 ▁and 1.115',
        'pronoun=none\t▁was ▁a\tl 0.1014 s 0.1254 t 0.3346 ▁ne 0.3563 d 0.4028 ▁to 0.4124 n 0.4991 ▁st 0.5619 ▁y 0.5716 ▁so 0.6053 ▁s 0.6779 ▁m 0.6808 ▁p 0.6856 ▁t 0.7078 ▁h 0.7109 ▁little 1.399 ▁wa 0.7451 ▁f 0.7465 ▁g 0.753 ▁r 0.7724 ▁be 0.8045 ▁do 1.238 ▁we 1.156 ▁w 0.8727 ▁lo 0.8834 ▁l 0.8891 ▁ 0.8897 ▁d 0.9002 ▁b 1.103',
        'pronoun=female\t▁g\tir 0.3267 a 1.375 e 1.316 i 1.235 r 1.218 ar 1.198 o 1.198 l 1.187 et 1.184',
        'quotation=outside\t▁play\t! 0.3059 ▁m 0.5324 ▁it 0.5682 ▁s 0.6459 ▁to 0.6735 ▁for 0.7648 ▁the 0.7772 ▁a 0.7975 ▁c 0.8387 ed 1.159 ▁ 1.128 ▁with 0.8944 er 1.107 ▁t 0.9056',
        'pronoun=female\tved\t▁in 0.446 ▁a 0.5433 ▁ne 0.571 ▁her 1.523 . 0.6609 ▁there 0.69 ▁on 0.6952 ▁p 1.333 ▁h 0.7513 ▁with 0.7658 ▁that 0.7688 ▁u 0.7959 ▁m 0.8027 ▁he 0.8054 ▁the 0.8096 , 0.8141 ▁and 0.842 ▁t 1.185 ▁th 0.8481 ▁c 1.171 ▁f 0.8548 ▁play 1.166 ▁b 0.8715 ▁Lily 1.147 ▁it 0.8732 ▁ 0.8896 ▁to 1.121',
        'pronoun=female\ted ▁to ▁play ▁with\t▁Tim 0.482 ▁S 0.5528 ▁her 1.786 ▁h 0.7652 ▁it 1.307 ▁m 0.7904 ▁the 0.8269 . 0.8478 ▁T 0.8558 ▁Timmy 0.861 ▁M 0.8864 ▁a 0.893 ▁ 0.9021',
        'quotation=outside\t▁want ▁to\t▁play 0.7232 . 1.342 ▁l 1.332 ▁st 1.323 ▁to 1.291 ▁c 0.7882 ▁w 1.236 ▁ 0.8275 ▁m 0.8314 ▁g 1.201 ▁lo 1.2 ▁was 1.186 ▁ne 1.185 ▁h 1.158 ▁t 1.138 ▁be 1.136 ▁li 1.134 ▁r 0.8866 ▁we 1.121 ▁a 1.101',
        'pronoun=female\tt ▁want\ted 0.1781 ▁her 1.318',
    ],
}
START = [0, 81, 85, 2]  # the text's first words, as positions in VOCAB
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
