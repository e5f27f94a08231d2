"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then state, priming,
copying, calibration correct it, in that order. The tables (TABLES, at the end) are the room's
tables/ files cut to the 105 rows this text needs and the 113 tokens that compete somewhere in it;
every other token is pooled into one, <rest>, never written. englishroom removed every other row it
could without changing what greedy decoding writes.
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

import operator


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


def first_row(table_rows, key, most):
    """(N, the other rows) of a table that starts with the row `key <TAB> N`, N in 1..most."""
    first = next(rows := iter(table_rows), ("", "0"))
    if first[0] != key or not 1 <= int(first[1]) <= most:
        raise ValueError(f"the table must start with a row {key} <TAB> 1..{most}")
    return int(first[1]), rows


def pairs(listed, number=probability):
    """'▁time 0.98 ▁day 0.004' -> [('▁time', 0.98), ('▁day', 0.004)]."""
    words = listed.split(" ") if listed else []
    if len(words) % 2:
        raise ValueError(f"{listed[:40]!r}: pieces and numbers must alternate")
    return [(w, number(p)) for w, p in zip(words[::2], words[1::2])]


class RangeTable:
    """Rows `group  from  to  subject  room  positions`: where the room so far gives a
    token a probability in [from, to) and the token is in `group`, the subject gave it
    `subject` on average and the room `room`, over `positions` places in the probe stories.
    Such a token's probability is multiplied by subject / room."""

    def __init__(self, table_rows):
        self.lows, self.factors = {}, {}
        for group, lo, _hi, subject, room, *_ in table_rows:
            self.lows.setdefault(group, []).append(probability(lo))
            self.factors.setdefault(group, []).append(factor(probability(subject) / probability(room)))

    def __call__(self, group, p):
        lows = self.lows.get(group)
        return p * self.factors[group][max(bisect.bisect_right(lows, p) - 1, 0)] if lows else p


def longest_context(prefix, contexts, longest):
    """The longest key of `contexts` (tuples of ids, none longer than `longest`) that ends `prefix`, or None."""
    for k in range(min(longest, len(prefix)), 0, -1):
        if tuple(prefix[-k:]) in contexts:
            return tuple(prefix[-k:])


def set_probabilities(p, new):
    """Give each token in `new` its new probability; the rest share what is left, as before."""
    if not new:
        return p
    total = sum(new.values())
    if total > 0.999:                           # never leave the other tokens nothing
        new = {w: q * 0.999 / total for w, q in new.items()}
        total = 0.999
    old = sum(p[w] for w in new)
    rest = (1 - total) / max(1 - old, 1e-12)
    if not isinstance(p, list):                 # lazy: the rest scaled at once, the new ones fixed
        return p.changed(p.scale * rest, {**{w: x * rest for w, x in p.fixed.items()}, **new})
    q = [x * rest for x in p]
    for w, v in new.items():
        q[w] = v
    return q


class Factors(list):
    """A factor for every token, and `sparse`: {token: factor} for those that are not 1."""


def every_token(factors, size):
    """The factors {token: factor} as a list over the whole vocabulary (1 where none is given)."""
    dense = Factors(factors.get(w, 1.0) for w in range(size))
    dense.sparse = factors
    return dense


def scale_probabilities(p, factors):
    """Multiply the tokens in `factors` by their factor, then make the total 1 again.
    `factors` is {token: factor}, or a list with a factor for every token (faster)."""
    if not factors:
        return p
    if not isinstance(p, list):                 # lazy: only the scaled tokens change, then the total
        old = {w: p[w] for w in getattr(factors, "sparse", factors if isinstance(factors, dict) else range(len(p)))}
        new = {w: x * factors[w] for w, x in old.items()}
        total = 1 + sum(new.values()) - sum(old.values())
        fixed = {**p.fixed, **new}
        return p.changed(p.scale / total, {w: x / total for w, x in fixed.items()})
    return normalized(multiplied(p, factors))


def multiplied(p, factors):
    """The list `p` with each token multiplied by its factor (the total no longer 1)."""
    if isinstance(factors, list):
        return list(map(operator.mul, p, factors))
    q = list(p)
    for w, f in factors.items():
        q[w] *= f
    return q


def normalized(q):
    scale = 1 / sum(q)
    return [x * scale for x in q]


# ---- prediction.py, the room's own code ----
# A prediction at any vocabulary size: one token's probability at a time, never the whole list.
#
# At a few hundred tokens a prediction is a plain list, one probability per token. At GPT-2's 50,257
# a list per backoff step would cost more than everything else, so from LAZY_FROM tokens the room
# keeps a prediction as a `Lazy`: the context rules' probability of any one token (walked down the
# backoff chain when asked), times a common `scale`, except the tokens a mechanism gave their own
# probability (`fixed`). Mechanisms change both kinds the same way (tables.py: set_probabilities,
# scale_probabilities); a Lazy is sampled, and its likeliest token found, without listing the
# vocabulary (context_rules.py: draw, top).

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

    def __iter__(self):                           # every token: the rules' list, scaled, the fixed ones set
        q = [x * self.scale for x in self.rules.as_list(self.ctx)]
        for w, x in self.fixed.items():
            q[w] = x
        return iter(q)

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


# ---- readers.py, the room's own code ----
# Readers: short functions of the story so far, each an explicit look back, the way an attention head
# is one: `names` (NAME1, NAME2, ... the names bound, the latest first), `quotation` (where the open
# quotation began), `pronoun` (the he/she word used last) and `topic` (he/she or it, whichever came
# last). `texts` are the pieces as text (`piece_texts`). tables/readers.txt says which of the
# subject's heads look back at the same places.

SPACE_MARKS = ("\u2581", "\u0120")


SENTENCE_END = set('.!?"\n')


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


def words(texts):
    """(start, end, starts a sentence) for each word of a story given as token texts. A word is a run
    of tokens with letters, the first after a space, punctuation or the story's start, the rest with
    no space before them: "▁Lily" alone, or "L" "i" "l" "y" after a lone space."""
    spans, open_word, last = [], False, ""
    for i, t in enumerate(texts):
        letters, spaced, end = shape(t)
        if letters and open_word and not spaced:
            spans[-1][1] = i + 1
        elif letters:
            spans.append([i, i + 1, not last or last in SENTENCE_END])
        open_word, last = letters, end or last
    return spans


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
        """The context of the longest rule ending `prefix` that lists `token`, or None (then the
        token's probability comes from unigram.txt through the backoff)."""
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
# Readers (readers.py): `pronoun`, the he/she word used last (female, male, none), with "/it" where
# `topic` finds an it word after it (female/it: "she ... it"); `quotation` (inside, outside). The
# first row lists the words they look for: female, male, thing. For each reader, the row of its value whose context
# is the longest among the matching rules scales the prediction (then divided by the new total).

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
        """[(reader=value, context)] of the rows that apply here: for each reader, the row of its value
        whose context is the longest that ends the story among the contexts of the rules that match."""
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


# ---- priming.py, the room's own code ----
# Story-level priming: words seen earlier in the story change what comes later.
#
# Two tables, measured on the probe stories against the room before this step:
#   tables/priming_seen.txt     a token's factor for each range of how many tokens ago it last occurred
#                               (the first row gives each range's first distance), then while not seen.
#   tables/priming_related.txt  a trigger word per line: `▁Lily <TAB> ▁she 2.4 ▁her 2.1 ...`; once it has
#                               occurred, each listed token not yet seen gets its factor (several
#                               triggers: the factor furthest from 1 wins).
# A factor is the subject's average probability for the token over the room's, where the case holds.
# After scaling, everything is divided by the new total.

import bisect


from functools import reduce


import bisect


from functools import reduce


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
        self.related = {}
        for trigger, listed, *_ in table("priming_related.txt"):
            self.related[ids[trigger]] = {ids[w]: f for w, f in pairs(listed, factor)}
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

    def explain(self, prefix, token, p):
        """(the table rows that changed `token` here, in words) or None."""
        if token not in self.seen:
            return None
        places, related, _ = self.story(prefix)
        if token in places:
            ago = len(prefix) - places[token]
            b = self.bucket(ago)
            rows = [f"priming_seen.txt {self.vocab[token]} from {self.starts[b]}"]
            words = [f"seen before, {ago} tokens ago: x{self.seen[token][b]:.2f}"]
        else:
            rows = [f"priming_seen.txt {self.vocab[token]} not seen"]
            words = [f"not seen before: x{self.unseen[token]:.2f}"]
        if token in related and token not in places:
            g, trigger = related[token]
            rows.append(f"priming_related.txt {self.vocab[trigger]} {self.vocab[token]}")
            words.append(f"related to {self.vocab[trigger]}: x{g:.2f}")
        return " + ".join(rows), ", ".join(words)


# ---- copying.py, the room's own code ----
# Copying (induction): what came after this token earlier in the story is likely to come again.
#
# Every earlier place where the story's last token occurred proposes the token that followed it: a
# *candidate*. Its *match* is how many tokens agree going back from both places (up to the table's
# `longest_match`, about 8 characters); its *share*, how many of those places it followed.
# tables/copying.txt starts with `longest_match <TAB> N`; the rest is a range table (tables.py) by match,
# kind (a `word` starts a word, a `piece` continues one, a `spelled` one follows a lone space piece: ▁ Z)
# and share (always; mostly: half or more; sometimes): per range of the room's probability for the
# candidate, the subject's and the room's average probability for such candidates in the probe stories.
# A candidate's probability is multiplied by their ratio; the others keep their proportions. So the room
# brings back a name or an object the story already mentioned ("Lily ... Lily").

SPACES = ("\u2581", " ", "\u0120")


def candidates(prefix, longest):
    """{candidate token: (its longest match, at most `longest`; share of the earlier places it followed)}."""
    found, last, places = {}, prefix[-1], 0
    for j in range(1, len(prefix) - 1):
        if prefix[j] == last:
            m = 1
            while m < longest and j - m >= 1 and prefix[j - m] == prefix[-1 - m]:
                m += 1
            best, times = found.get(prefix[j + 1], (0, 0))
            found[prefix[j + 1]] = (max(best, m), times + 1)
            places += 1
    return {w: (m, times / places) for w, (m, times) in found.items()}


def group(match, share, piece, last):
    """e.g. `2 piece always`: match 2, continues a word (the story so far ends with the piece `last`),
    followed every earlier copy; `spelled`: it follows a lone space (▁ Z or bul: a rare word spelled out)."""
    often = "always" if share == 1 else "mostly" if share >= 0.5 else "sometimes"
    word = piece[:1] in SPACES or last[-1:] in SPACES
    kind = "spelled" if last in SPACES and piece[:1] not in SPACES else "word" if word else "piece"
    return f"{match} {kind} {often}"


class Copying:
    def __init__(self, table, vocab):
        self.longest, rows = first_row(table("copying.txt"), "longest_match", 64)
        self.table = RangeTable(rows)
        self.vocab = vocab

    def adjust(self, prefix, p):
        last = self.vocab[prefix[-1]]
        return set_probabilities(p, {w: self.table(group(m, share, self.vocab[w], last), p[w])
                                     for w, (m, share) in candidates(prefix, self.longest).items()})

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        found = candidates(prefix, self.longest).get(token)
        if found:
            g = group(*found, self.vocab[token], self.vocab[prefix[-1]])
            return f"copying.txt {g}", f"came after {self.vocab[prefix[-1]]} earlier in the story ({g})"


# ---- calibration.py, the room's own code ----
# Calibration: the mechanisms' average factors, checked context by context.
#
# A context rule already holds the subject's average over that context's own occurrences, and
# those occurrences lean one way: "▁She ▁lo ved ▁to ▁play" comes about twenty tokens into a story,
# before any "▁" word. The mechanisms' factors are averages over every place in the probe stories,
# so here they count again what the rule already knew: position and priming turn the subject's
# "outside" (0.40 against "with" 0.37) into "with". This last step undoes such double counting
# where a context is frequent enough to measure it.
#
# tables/calibration.txt has one line per context that occurred at least N times (the first
# comment line says N) in the probe stories the mechanisms were measured on:
#
#     ▁She ▁lo ved ▁to ▁play <TAB> ▁ 1.33 ▁with 0.82 ... <TAB> # 127 positions, saves 9.1 nats
#
# each listed token's factor being the subject's summed probability over the room's (with every
# mechanism before this one), over the places where this is the longest context of the table.
# The longest context of the table that ends the text applies.

class Calibration:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = {}         # context (tuple of ids) -> {token: factor}
        for context, listed, *_ in table("calibration.txt"):
            self.factors[tuple(ids[p] for p in context.split(" "))] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.longest = max(map(len, self.factors), default=0)

    def context(self, prefix):
        """The longest context of the table that ends `prefix`, or None."""
        return longest_context(prefix, self.factors, self.longest)

    def scaling(self, prefix):
        ctx = self.context(prefix)
        return {} if ctx is None else self.factors[ctx]

    def explain(self, prefix, token, p):
        """(the table row that changed `token` here, in words) or None."""
        ctx = self.context(prefix)
        if ctx is not None and token in self.factors[ctx]:
            text = " ".join(self.vocab[w] for w in ctx)
            return f"calibration.txt {text}", f"after {text}, checked on its own occurrences: x{self.factors[ctx][token]:.2f}"


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
# once (Room.after). `explain(prefix, token, p)` says which of its rows changed a token's probability.

import math


import random


class Room:
    def __init__(self, vocab, table, mechanisms, bos, ends, tokenizer=None, rules=None):
        """`table(name)`: a table's rows; `mechanisms`: [(name, its class)] in order; `rules`: see open_room."""
        self.vocab, self.vocab_size = vocab, len(vocab)
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
    def after(steps, prefix, p, scaled=False):
        """The prediction `p` after `prefix` changed by the mechanisms `steps` [(name, mechanism)] in turn."""
        for _name, mechanism in steps:
            p, scaled = Room.onward(mechanism, prefix, p, scaled)
        return normalized(p) if scaled else p

    @staticmethod
    def onward(mechanism, prefix, p, scaled):
        """(p after one more step, whether that is yet to be divided by its total); `scaled`: the same for p."""
        if hasattr(mechanism, "scaling") and isinstance(p, list):
            return multiplied(p, mechanism.scaling(prefix)), True
        return Room.step(mechanism, prefix, normalized(p) if scaled else p), False

    @staticmethod
    def step(mechanism, prefix, p):
        """One mechanism's step: the prediction `p` after `prefix`, changed by it."""
        return scale_probabilities(p, mechanism.scaling(prefix)) if hasattr(mechanism, "scaling") else mechanism.adjust(prefix, p)

    def encode(self, text):
        return [self.bos] + self.tokenizer.encode(text)

    def decode(self, ids):
        return self.tokenizer.decode([i for i in ids if i != self.bos])

    def generate(self, prompt="", tokens=200, seed=None, temperature=1.0):
        """Continue `prompt` (or start a story) by sampling one token at a time."""
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
    '▁her', '▁it', 'ir', '▁Lily', '▁u', '▁in', '▁Tim', '▁day',
    '▁be', '▁with', '▁said', '▁play', '▁She', '▁They', '▁e', '▁He',
    'oo', '▁y', '▁st', '▁that', '▁r', '▁on', 'st', '▁mom',
    '▁she', '▁I', 've', '▁B', '▁big', '▁of', '▁friend', '▁little',
    '▁time', 'ad', '▁had', '▁we', '▁there', '▁so', '▁One', 'all',
    '▁want', '▁M', '▁saw', '▁named', 'ved', '▁li', '▁but', '▁do',
    '▁lo', '▁Once', '▁ne', '▁Timmy', 'es', '▁upon', 'out', '▁k',
    '▁', 'e', 'a', 't', 'o', 'n', 'i', 'd',
    's', 'r', 'l', 'y', 'u', '.', 'g', ',',
    'k', 'L', "'", '!', 'j', 'J', 'K', 'G',
    '’', '<rest>',
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
        '▁He\t0.003185',
        'oo\t0.003473',
        '▁y\t0.0006093',
        '▁st\t0.003393',
        '▁that\t0.003537',
        '▁r\t0.003486',
        '▁on\t0.003128',
        'st\t0.002623',
        '▁mom\t0.005014',
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
        'y\t0.01596',
        'u\t0.01238',
        '.\t0.03686',
        'g\t0.008767',
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
        '<rest>\t0.2458279365425895',
    ],
    'context_rules.txt': [
        "▁a\t▁big 0.08278 ▁time 0.08222 ▁little 0.07371 s 0.06568 n 0.05754 t 0.04423 ▁b 0.03712 ▁s 0.03611 l 0.03328 re 0.02789 r 0.02774 ▁g 0.02693 g 0.0251 ▁p 0.02178 ▁l 0.02107 ▁c 0.01913 ▁f 0.01727 ▁ne 0.01543 ▁t 0.01533 ▁m 0.01375 ▁w 0.01041 d 0.008739 ▁n 0.008054 ▁wa 0.007584 ▁h 0.007579 ▁r 0.007491 ▁d 0.007055 ▁to 0.006551 ▁a 0.0007454 u 0.0003222 ▁her 0.0002432 er 0.000207 ▁the 0.0001446 , 6.834e-05 ▁was 6.612e-05 ▁it 6.331e-05 o 6.1e-05 . 3.65e-05 a 2.5e-05 e 2.476e-05 y 1.946e-05 ed 1.577e-05 ar 1.458e-05 k 7.647e-06 ▁and 3.019e-06 i 1.245e-06 ' 3.406e-07 ou 1.062e-07 <rest> 0.1543212864318887",
        '▁time\t, 0.8038 <rest> 0.03044625984357552',
        ",\t▁there 0.08831 ▁but 0.08481 ▁Lily 0.06575 ▁she 0.04522 ▁a 0.04026 ▁and 0.03827 ▁the 0.03311 ▁he 0.02604 ▁ 0.02428 ▁Timmy 0.02427 ▁M 0.01889 ▁I 0.01858 ▁so 0.01746 ▁s 0.01621 ▁Tim 0.01542 ▁it 0.01268 ▁S 0.01231 ▁w 0.01194 ▁T 0.01117 ▁l 0.01035 ▁c 0.009712 ▁B 0.008966 ▁we 0.007758 ▁p 0.007487 ▁her 0.007359 ▁mom 0.00642 ▁b 0.003869 ▁g 0.003236 ▁to 0.002314 , 0.0007577 ▁was 0.0004305 . 0.0002075 s 7.195e-05 ' 3.748e-05 l 3.15e-05 e 4.893e-06 ed 3.034e-06 r 2.81e-06 o 2.68e-06 ou 2.169e-06 d 1.315e-06 t 1.246e-06 re 1.105e-06 n 8.422e-07 g 5.76e-07 y 5.416e-07 a 2.933e-07 u 2.643e-07 er 1.704e-07 ar 1.485e-07 i 1.34e-07 k 1.041e-07 <rest> 0.2863125570208044",
        '▁there\t▁was 0.8775 <rest> 0.0077606551494322495',
        '▁was\t<rest> 0.2636055432301334',
        '▁was ▁a\t▁little 0.4109 <rest> 0.07509933292520754',
        '▁little\t▁g 0.4904 <rest> 0.014517018964060324',
        '▁g\tir 0.2075 <rest> 0.20557050386944775',
        'ir\t<rest> 0.046928711297889225',
        'l\t▁named 0.07266 <rest> 0.32999376711120165',
        '▁named\t▁Lily 0.4449 <rest> 0.021978665233911454',
        ".\t▁She 0.1142 ▁ 0.1102 ▁The 0.08543 ▁He 0.07928 ▁They 0.06576 <s> 0.05671 ▁I 0.05021 ▁One 0.04882 ▁Lily 0.03365 ▁B 0.03158 ▁S 0.02472 ▁Timmy 0.01795 ▁Tim 0.01732 ▁T 0.01397 ▁M 0.0126 . 0.0002612 ▁the 9.359e-05 ▁her 4.172e-05 ▁a 3.99e-05 ▁d 2.597e-05 ▁c 2.374e-05 ▁b 2.064e-05 ▁p 1.59e-05 ' 1.291e-05 ▁to 1.29e-05 , 9.616e-06 ▁w 8.211e-06 ▁m 7.837e-06 ▁f 7.467e-06 ▁and 6.517e-06 ▁g 3.577e-06 ▁s 2.347e-06 s 1.559e-06 t 1.548e-06 l 1.272e-06 er 9.81e-07 ▁was 4.972e-07 e 3.68e-07 re 3.352e-07 r 2.798e-07 u 2.393e-07 a 1.793e-07 o 1.69e-07 ed 1.55e-07 y 1.522e-07 n 1.126e-07 i 1.095e-07 ar 1.09e-07 d 8.662e-08 g 8.426e-08 k 6.425e-08 ou 5.714e-08 <rest> 0.23518776709040445",
        "▁She\t▁lo 0.1742 ▁was 0.08876 ▁said 0.05128 ▁had 0.0504 ▁want 0.04943 ▁a 0.04862 ▁p 0.04505 ▁saw 0.04429 ▁w 0.04188 ▁d 0.03804 ▁f 0.03427 ▁l 0.03346 ▁to 0.03258 ▁s 0.02873 ▁c 0.02643 ▁th 0.0239 ▁ 0.02292 ▁li 0.02073 ▁g 0.01872 ▁k 0.01719 ▁t 0.01475 ▁r 0.01467 ▁st 0.01362 ▁h 0.01042 ▁wa 0.009779 ▁m 0.007339 ▁b 0.004649 ' 0.0009754 ▁and 0.000925 ▁the 0.0002287 ▁it 7.85e-05 ▁her 3.289e-05 l 3.006e-05 re 2.519e-05 n 1.782e-05 , 1.679e-05 i 8.09e-06 t 7.526e-06 . 6.832e-06 s 4.785e-06 a 4.389e-06 ar 4.129e-06 r 2.393e-06 y 2.363e-06 e 2.293e-06 d 1.823e-06 o 1.394e-06 ed 1.228e-06 u 9.352e-07 g 6.623e-07 k 6.58e-07 er 4.663e-07 ou 4.557e-07 <rest> 0.015684374792348632",
        '. ▁She\t▁lo 0.1798 ▁was 0.08775 ▁had 0.05132 ▁want 0.05013 <rest> 0.015531520996173942',
        '▁lo\tved 0.7857 <rest> 0.025204502550019603',
        'ved\t<rest> 0.07354009107783266',
        "▁to\t▁play 0.1044 ▁the 0.09599 y 0.08512 o 0.06811 ▁s 0.05832 g 0.05221 ▁g 0.04268 ▁c 0.03403 ▁be 0.03045 ▁he 0.0303 ▁ 0.02907 ▁do 0.02517 ▁f 0.02386 ▁t 0.02303 ▁m 0.02223 ▁e 0.02071 ▁her 0.01772 ▁p 0.01717 ▁b 0.01524 ▁ha 0.01474 ▁l 0.01445 ▁d 0.0126 ▁r 0.01016 ▁st 0.008908 ▁h 0.007806 ▁wa 0.007338 u 0.005635 ▁to 0.002656 ▁it 0.002141 ▁Lily 0.002038 d 0.001787 . 0.001059 ▁was 0.000522 r 0.0004291 n 0.000405 a 0.0003682 , 0.0002512 ▁and 0.0002162 re 0.0001786 e 0.0001401 ar 8.13e-05 i 6.143e-05 t 5.536e-05 k 5.256e-05 s 3.504e-05 ed 2.08e-05 l 7.169e-06 ou 9.064e-07 ' 7.32e-07 er 1.917e-07 <rest> 0.07773752335789508",
        'ved ▁to\t▁play 0.5374 <rest> 0.010137590827195675',
        "▁play\t▁with 0.3221 ed 0.2028 ▁ 0.08291 . 0.06114 ▁in 0.04896 ▁to 0.03414 ▁a 0.02573 ▁and 0.01458 ▁on 0.01279 , 0.007881 ▁h 0.005179 ▁g 0.003859 ▁c 0.003723 ▁m 0.003052 ▁d 0.002772 ▁f 0.001312 ▁w 0.0005577 ▁her 0.0004009 t 0.0003963 ▁he 0.0003154 ▁play 0.000253 r 0.0001747 ▁l 0.0001708 a 0.0001537 s 0.0001194 l 6.862e-05 d 6.72e-05 e 3.24e-05 y 2.604e-05 ▁was 2.273e-05 n 1.962e-05 i 1.768e-05 o 1.648e-05 ar 1.187e-05 u 3.032e-06 ▁said 2.171e-06 ou 1.464e-06 k 1.391e-06 re 1.097e-06 ' 9.384e-07 ▁day 5.637e-07 ▁Lily 4.018e-07 ir 3.406e-07 id 3.389e-07 ▁mom 3.279e-07 ▁She 2.986e-07 <rest> 0.1407988057545675",
        '▁to ▁play\t▁with 0.4784 ▁ 0.1479 . 0.1015 ▁in 0.08055 ▁to 0.03437 ▁a 0.02904 ▁and 0.02296 ▁on 0.01821 , 0.01186 ▁h 0.007826 ▁g 0.005759 ▁c 0.004909 ▁the 0.004411 ▁ne 0.004102 ▁d 0.004057 ▁b 0.003668 ▁s 0.003408 ▁m 0.002865 ! 0.002787 ▁p 0.002147 ▁f 0.001803 ▁u 0.001713 ▁t 0.001495 ▁it 0.001355 ▁e 0.001011 ed 0.0001387 g 7.18e-05 er 2.122e-05 <rest> 0.016106884590645354',
        'ved ▁to ▁play\t▁with 0.4089 ▁ 0.3339 ▁in 0.123 ▁a 0.01721 ▁on 0.01716 ▁and 0.01398 ▁h 0.01089 ▁to 0.01036 . 0.00758 ▁g 0.006886 ▁d 0.006249 ▁c 0.005899 ▁b 0.004754 ▁ne 0.004112 ▁p 0.003247 , 0.002837 ▁s 0.00233 ▁m 0.002096 ▁t 0.001802 ▁f 0.0016 ▁the 0.001499 ▁u 0.001477 ▁r 0.001402 ▁her 0.0013 ▁e 0.00106 ▁it 0.00023 ! 0.0001032 <rest> 0.004808925304136347',
        '▁lo ved ▁to ▁play\t▁with 0.4088 ▁ 0.334 ▁in 0.123 <rest> 0.004808925304136458',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.4 <rest> 0.003796268040732409',
        '▁\tout 0.09307 <rest> 0.6072239962061134',
        'out\ts 0.4212 <rest> 0.07203460736154044',
        "s\t. 0.1431 id 0.06733 ▁and 0.062 ▁mom 0.04718 , 0.03341 s 0.03178 ▁a 0.03109 ▁to 0.02339 ▁ 0.02198 ▁of 0.01943 ed 0.01709 ▁in 0.01684 ▁f 0.01498 ▁c 0.01492 ▁w 0.01363 ▁g 0.01356 ▁we 0.01214 ▁friend 0.01124 ▁m 0.01014 ▁the 0.009445 ▁with 0.008937 i 0.008588 ▁he 0.008578 k 0.008383 y 0.007915 ▁play 0.00787 ▁d 0.007849 ▁h 0.007791 ▁be 0.007528 ▁l 0.007292 o 0.006932 ▁t 0.006705 er 0.006422 ▁n 0.006373 ! 0.006239 ▁she 0.006207 u 0.00486 ▁it 0.003205 ▁was 0.002762 a 0.002356 ▁her 0.001899 ' 0.0005213 r 0.0002797 e 0.0002086 n 0.0001626 l 0.0001034 t 4.982e-05 g 4.016e-05 ou 2.049e-05 d 1.332e-05 re 1.105e-05 ar 7.98e-06 <rest> 0.17835480644843682",
        'out s\tid 0.9984 <rest> 0.0003807596128665436',
        "id\te 0.4184 n 0.2242 ed 0.1104 ▁n 0.1031 s 0.01978 d 0.009465 . 0.007903 er 0.007736 g 0.007207 y 0.005228 ▁it 0.00363 , 0.002859 ▁d 0.002623 ▁and 0.00193 ▁to 0.001708 ▁b 0.0007116 ▁ 0.0006419 ▁c 0.0006046 ▁h 0.000477 ▁m 0.0004743 ▁f 0.0004589 ▁her 0.0003417 ▁he 0.0002944 ▁was 0.0002887 ▁t 0.0002159 t 0.0001569 ' 0.0001523 ▁with 0.0001433 o 0.0001414 ▁l 0.0001305 ▁p 0.0001175 ▁g 0.0001056 k 9.457e-05 i 9.44e-05 ▁play 6.315e-05 a 5.514e-05 u 5.302e-05 id 3.324e-05 l 2.917e-05 re 2.075e-05 ▁Lily 1.991e-05 ar 1.453e-05 ou 1.425e-05 r 5.184e-06 ▁mom 3.963e-06 ir 4.061e-07 <rest> 0.04843758397919917",
        "e\t. 0.09726 l 0.06912 e 0.05456 ▁and 0.04335 , 0.03673 a 0.03423 ar 0.03409 ▁to 0.03235 ▁in 0.02231 ▁the 0.02169 ▁c 0.01828 ▁day 0.01817 ▁b 0.01737 ▁w 0.01542 ▁s 0.01358 ▁was 0.01193 ▁f 0.01181 ▁with 0.01154 o 0.0105 ! 0.00912 ▁of 0.006927 ▁h 0.006118 re 0.006074 st 0.005334 ▁on 0.005269 y 0.005263 ▁p 0.004826 ed 0.002939 ' 0.002747 k 0.002585 ▁he 0.002372 ▁play 0.002091 g 0.002039 er 0.001763 s 0.0007399 ▁Lily 0.0006913 d 0.0001726 n 0.0001419 r 0.0001288 t 0.0001086 u 7.328e-05 i 7.029e-05 ▁mom 6.118e-05 ir 5.589e-05 ou 2.699e-06 id 2.624e-06 <rest> 0.24307477819124257",
        'id e\t▁in 0.1474 <rest> 0.030705220363633545',
        '▁in\t▁the 0.488 <rest> 0.06630821814808119',
        '▁the\t▁p 0.1139 <rest> 0.07122414873936256',
        '▁p\tar 0.254 <rest> 0.21011537851753803',
        'ar\tk 0.224 <rest> 0.07440600960868404',
        'k .\t▁One 0.1502 <rest> 0.17779772743350486',
        '▁One\t▁day 0.976 <rest> 0.0038773632005234537',
        '▁day\t, 0.6684 <rest> 0.010989232658962345',
        '▁day ,\t▁she 0.2013 <rest> 0.05895566628952198',
        "▁she\t▁saw 0.1014 ▁was 0.0987 ▁c 0.09289 ▁w 0.08903 ▁f 0.06474 ▁d 0.06055 ▁had 0.05449 ▁said 0.04473 ▁a 0.04259 ▁want 0.03223 ▁ 0.02954 ▁g 0.02746 ▁lo 0.02454 ▁k 0.01981 ▁s 0.01959 ▁he 0.01936 ▁p 0.01693 ▁m 0.01543 ▁l 0.0145 ▁st 0.01438 ▁ne 0.01014 ▁t 0.008413 ▁th 0.006676 ▁wa 0.006539 ▁r 0.00585 ▁n 0.005652 e 0.003403 ▁b 0.002922 ' 0.0023 ▁and 0.0008908 a 0.0007792 ar 0.0004101 d 0.0003252 ▁the 0.0001748 re 0.0001725 . 0.0001477 r 9.269e-05 ▁it 6.727e-05 ▁her 6.094e-05 i 3.984e-05 , 2.667e-05 u 2.527e-05 t 2.42e-05 g 1.818e-05 s 1.796e-05 n 1.096e-05 y 1.033e-05 ed 8.482e-06 o 3.687e-06 ou 2.703e-06 k 2.508e-06 er 9.27e-07 <rest> 0.03092846233642177",
        '▁saw\t▁a 0.6028 <rest> 0.033319829061359774',
        '▁saw ▁a\t▁big 0.3743 <rest> 0.01772648765757512',
        "▁big\t▁b 0.1592 , 0.1334 ▁t 0.09441 ▁h 0.06203 ▁s 0.05764 ▁c 0.05122 ▁r 0.05108 ▁p 0.04687 ▁and 0.03484 ▁do 0.03452 ▁f 0.03321 ▁m 0.02228 ▁g 0.02225 ▁ 0.01914 ▁st 0.01761 g 0.0172 ▁w 0.01491 ▁l 0.009781 ▁d 0.008089 ▁be 0.007476 . 0.007113 ▁y 0.006373 ▁wa 0.006015 ▁e 0.005638 ▁the 0.0006789 ▁was 0.0003395 ▁her 0.0002307 ▁with 0.0001698 n 0.0001586 ▁it 0.0001251 y 7.965e-05 er 6.605e-05 l 5.866e-05 s 3.685e-05 r 3.315e-05 u 2.638e-05 e 2.174e-05 i 1.376e-05 d 1.275e-05 ar 1.184e-05 t 9.535e-06 a 9.484e-06 ' 7.827e-06 ou 4.094e-06 o 3.636e-06 re 2.85e-06 ed 1.933e-06 ▁Lily 8.686e-07 k 7.495e-07 id 5.605e-07 <rest> 0.031249259944903462",
        '▁a ▁big\t, 0.1524 <rest> 0.028186468648321084',
        '▁big ,\t▁r 0.1724 ▁s 0.1606 <rest> 0.030281014576329257',
        "▁r\to 0.3289 a 0.1567 ed 0.1202 u 0.03847 id 0.02545 ou 0.02394 e 0.0006033 ar 0.000355 y 0.0003239 r 0.0002088 er 0.0001193 d 4.798e-05 ir 4.365e-05 k 4.042e-05 . 2.24e-05 l 1.555e-05 n 8.222e-06 , 6.136e-06 t 4.639e-06 ▁a 3.533e-06 s 2.74e-06 ▁to 2.576e-06 ▁the 2.153e-06 ▁and 1.9e-06 ▁ 1.886e-06 re 1.643e-06 ▁s 1.429e-06 ▁b 1.322e-06 ▁c 1.302e-06 ▁was 1.263e-06 ▁f 1.143e-06 g 9.436e-07 ▁w 9.335e-07 ▁g 9.203e-07 ▁p 8.465e-07 ▁with 8.132e-07 ▁m 7.93e-07 ▁Lily 7.719e-07 ▁her 7.549e-07 ' 7.533e-07 ▁d 6.979e-07 ▁it 6.292e-07 ▁he 6.114e-07 ▁l 6.045e-07 ▁h 6.027e-07 ▁t 5.756e-07 ▁play 5.439e-07 ▁mom 5.397e-07 ▁in 5.258e-07 <rest> 0.2949979673048789",
        ', ▁r\ted 0.6174 <rest> 0.07130081875377536',
        "ed\t▁to 0.3063 ▁and 0.1018 . 0.08029 ▁the 0.05619 ▁that 0.04317 , 0.04014 ▁a 0.03884 ▁it 0.02883 ▁her 0.02727 ▁with 0.02437 ▁b 0.01575 ▁in 0.01501 ▁h 0.01233 ▁ 0.01201 ▁on 0.01005 d 0.008556 ▁of 0.007115 ! 0.005402 ▁d 0.004192 ▁f 0.004133 ▁he 0.003962 i 0.003351 ▁p 0.002539 ▁g 0.00211 s 0.002034 ▁play 0.001589 ▁l 0.001537 a 0.001255 ▁was 0.0007419 l 0.000645 r 0.0005347 n 0.0003551 g 0.0003515 y 0.0002753 ▁mom 0.0001045 ' 8.413e-05 t 6.07e-05 u 3.417e-05 o 3.036e-05 er 2.711e-05 e 1.77e-05 id 1.36e-05 k 6.575e-06 re 3.409e-06 ar 3.249e-06 ou 2.628e-06 <rest> 0.08482736921446665",
        '▁r ed\t▁b 0.4119 <rest> 0.01262636504683401',
        "▁b\to 0.2007 all 0.1294 ir 0.117 a 0.1165 r 0.07434 u 0.0704 l 0.05265 ad 0.01973 y 0.01862 oo 0.01711 ed 0.01301 re 0.01 ar 0.008748 ou 0.006594 i 0.005648 e 0.0004341 ▁b 0.0001992 n 7.235e-05 g 4.641e-05 s 3.291e-05 k 2.66e-05 ▁g 1.414e-05 ' 1.353e-05 t 7.497e-06 . 5.193e-06 ▁to 3.182e-06 ▁ 2.673e-06 ▁h 2.612e-06 ▁Lily 1.7e-06 ▁f 1.599e-06 ▁s 1.471e-06 ▁c 1.392e-06 ▁d 1.192e-06 d 1.153e-06 ▁and 1.135e-06 ▁a 1.068e-06 ▁was 9.116e-07 , 7.38e-07 ▁l 6.262e-07 ▁the 5.915e-07 ▁w 3.839e-07 ▁p 3.075e-07 ▁it 3.047e-07 ▁m 2.222e-07 ▁her 2.056e-07 ▁he 1.665e-07 <rest> 0.12608282819917538",
        'ed ▁b\tall 0.4744 <rest> 0.054410521242089005',
        "all\t. 0.1642 y 0.1546 ▁and 0.08155 , 0.0478 ed 0.0472 ▁b 0.04476 ▁to 0.03906 o 0.03905 ▁h 0.02699 ▁in 0.02518 ▁was 0.02455 ▁a 0.0245 ▁with 0.01993 ! 0.01733 ▁c 0.01496 ▁ 0.01435 ▁f 0.01252 ▁r 0.01022 ▁w 0.009574 ▁st 0.008735 ▁t 0.008638 ▁on 0.008552 ▁g 0.008402 ▁p 0.008188 ▁d 0.007622 ▁that 0.007168 ▁m 0.007062 ▁be 0.006076 er 0.00513 ▁he 0.001373 ▁the 0.001272 r 0.0006352 ▁it 0.0006122 ▁her 0.0005996 ' 0.0004634 g 0.0004552 e 0.0003326 a 0.0003224 i 0.0001971 n 0.0001494 l 0.0001023 d 6.478e-05 t 4.829e-05 u 4.185e-05 ar 8.609e-06 ou 7.848e-06 k 7.539e-06 re 5.209e-06 ▁Lily 2.24e-06 <rest> 0.05312763318698499",
        '▁b all\t. 0.2543 <rest> 0.037055772828370914',
        'all . ▁She\t▁want 0.1269 <rest> 0.018098703784329984',
        "▁want\ted 0.6211 ▁to 0.3294 ▁a 0.006663 ▁the 0.006627 ▁it 0.003509 ▁m 0.003412 s 0.003074 ▁s 0.002736 . 0.002566 ▁her 0.001866 ▁ 0.00129 ▁h 0.0009905 ▁g 0.0006596 ▁c 0.0004081 ▁with 0.0003413 ▁f 0.0003228 ▁b 0.0002975 ▁p 0.0002375 ▁t 0.0001875 ▁Lily 0.000182 ▁play 0.0001752 ▁and 0.0001584 e 0.0001467 ▁d 0.000145 ▁l 8.834e-05 ar 6.467e-05 ▁in 4.7e-05 t 4.166e-05 er 3.868e-05 i 3.477e-05 g 3.184e-05 y 1.644e-05 l 1.321e-05 a 8.254e-06 re 7.116e-06 u 6.993e-06 r 6.779e-06 ▁was 3.921e-06 n 2.717e-06 o 2.27e-06 d 1.785e-06 ou 1.563e-06 ir 1.406e-06 k 1.309e-06 ' 9.891e-07 ▁mom 7.085e-07 id 6.105e-07 ▁said 5.547e-07 ▁She 5.495e-07 <rest> 0.006171174976054128",
        "▁with\t▁her 0.2364 ▁the 0.1816 ▁a 0.09053 ▁it 0.07301 ▁m 0.0479 . 0.01608 ▁ 0.01502 ▁h 0.0141 ▁l 0.01391 out 0.009332 ▁s 0.008132 ▁e 0.006684 ▁b 0.005951 ▁th 0.005633 ▁c 0.005259 ▁M 0.005192 ▁Lily 0.004489 ▁p 0.004443 ▁f 0.004039 ▁d 0.003887 ▁t 0.003227 ▁to 0.001987 ▁g 0.001127 , 0.001081 ▁he 0.000767 ▁and 0.0006954 ▁with 0.0006884 s 0.0001851 e 6.591e-05 ▁was 4.38e-05 t 3.665e-05 y 2.871e-05 ed 1.44e-05 g 8.16e-06 u 7.152e-06 a 6.284e-06 o 3.848e-06 ' 2.204e-06 d 1.329e-06 l 1.323e-06 n 1.187e-06 k 8.753e-07 re 8.47e-07 r 8.328e-07 ou 7.783e-07 er 7.055e-07 ar 6.285e-07 i 6.229e-07 <rest> 0.2133685720041203",
        '▁play ▁with\t▁her 0.2498 ▁the 0.1678 ▁it 0.1336 ▁m 0.06441 . 0.03566 ▁h 0.01171 ▁a 0.01169 ▁ 0.006254 ▁M 0.00585 ▁th 0.005614 ▁Tim 0.00526 ▁S 0.004855 ▁e 0.004432 ▁Lily 0.004195 ▁s 0.002642 ▁u 0.002573 ▁b 0.002361 , 0.002337 ▁T 0.002293 ▁to 0.002031 ▁Timmy 0.001876 ▁B 0.001427 ▁with 0.001371 ! 0.001365 ▁that 0.001316 ▁and 0.001269 ▁in 0.001091 ▁d 0.001051 ▁t 0.0009854 ▁l 0.0009827 ▁f 0.0006358 out 0.0005282 ▁wa 0.0003414 ▁st 0.0002112 ▁n 0.0001825 ▁friend 0.0001101 ▁big 9.608e-05 <rest> 0.2502601218429864',
        '▁to ▁play ▁with\t▁her 0.2971 ▁the 0.1597 ▁it 0.1252 ▁m 0.0523 . 0.04318 ▁h 0.01225 ▁M 0.006287 ▁Tim 0.006014 ▁S 0.005511 ▁Lily 0.004548 , 0.002715 ▁th 0.002697 ▁T 0.002444 ▁Timmy 0.002012 ▁s 0.001662 ▁with 0.001582 ▁and 0.001485 ▁in 0.001131 <rest> 0.22914231701904297',
        'ed ▁to ▁play ▁with\t▁it 0.308 ▁the 0.2975 <rest> 0.12024235447139109',
        "▁it\t. 0.1861 ▁was 0.1823 ' 0.06831 ▁to 0.05624 , 0.04569 ▁a 0.04244 s 0.02936 ▁w 0.02894 ▁and 0.02891 ▁ 0.02689 ▁in 0.02531 ! 0.0205 ▁f 0.01777 ▁b 0.01752 ▁on 0.01726 ▁c 0.01506 ▁m 0.01476 ▁with 0.01384 ▁st 0.009212 ▁d 0.008853 ▁l 0.008326 ▁h 0.007368 ▁had 0.006986 ▁g 0.006904 ▁e 0.006751 ▁p 0.002176 ▁he 0.001371 ▁the 0.001185 ▁it 0.0006488 r 0.0003457 ▁her 0.0001755 k 7.528e-05 t 7.044e-05 l 5.575e-05 er 2.752e-05 re 1.822e-05 d 1.565e-05 e 1.498e-05 g 1.481e-05 u 1.474e-05 ▁Lily 1.08e-05 a 9.43e-06 ed 7.586e-06 n 4.686e-06 ou 4.278e-06 o 2.45e-06 y 1.5e-06 i 1.455e-06 ar 5.869e-07 <rest> 0.07325213531520247",
        "▁with ▁it\t. 0.4523 , 0.1304 ▁a 0.1053 ▁to 0.05354 s 0.05352 ! 0.03852 ▁and 0.03063 ▁e 0.01699 ▁in 0.01532 ▁with 0.0119 ▁ 0.006587 ▁so 0.005451 ▁be 0.005027 ▁on 0.003783 ▁b 0.003034 ▁w 0.00256 ▁u 0.001921 ▁f 0.00176 ▁but 0.00148 ▁h 0.001177 ▁was 0.0009444 ▁li 0.0008791 ▁s 0.0008657 ▁c 0.0008317 ▁t 0.0007599 ▁m 0.0006974 ' 0.0006009 ▁l 0.0005548 ▁ne 0.0004684 ▁g 0.0004533 ▁st 0.0002273 ▁d 0.0002251 ▁p 0.0002222 ▁r 0.0001753 ▁we 7.557e-05 ▁had 2.149e-05 ▁saw 1.399e-06 <rest> 0.04758856419862345",
        '▁play ▁with ▁it\t. 0.4524 , 0.1548 ▁a 0.1146 ▁to 0.05988 ! 0.04251 s 0.01364 ▁with 0.01334 ▁ 0.007702 ▁so 0.006356 ▁but 0.001599 <rest> 0.05166003378610162',
        '▁to ▁play ▁with ▁it\t. 0.4852 , 0.1903 ▁a 0.1184 ▁and 0.02177 ▁e 0.01621 ▁in 0.01491 s 0.01441 ▁with 0.01252 ▁so 0.006274 ▁be 0.00576 ▁w 0.002459 ▁but 0.001784 ▁u 0.001384 <rest> 0.014833335066505082',
        'ed ▁to ▁play ▁with ▁it\t, 0.2288 <rest> 0.013863275419452203',
        '▁but\t▁she 0.1455 <rest> 0.1217199790316642',
        '▁but ▁she\t▁d 0.1958 <rest> 0.012569378744378468',
        '▁d\tid 0.3055 <rest> 0.2387423259058905',
        '▁d id\tn 0.6242 <rest> 0.022675553724626707',
        "n\t' 0.1496 <rest> 0.2021697837784756",
        "'\tt 0.3575 <rest> 0.07430697088393645",
        "t\ter 0.09639 ed 0.07341 ▁the 0.04718 y 0.04183 ▁was 0.03939 ▁k 0.02762 t 0.02637 ▁want 0.0258 o 0.02539 ' 0.02357 ▁it 0.02054 u 0.02052 ▁f 0.01772 ▁w 0.01768 ▁s 0.01601 ▁b 0.01359 e 0.01192 ▁m 0.01127 , 0.01079 ▁and 0.0107 ▁g 0.009937 ▁li 0.00913 ▁her 0.009098 ▁l 0.008164 ▁h 0.007639 ▁wa 0.007428 ▁be 0.0069 ▁day 0.0068 ▁e 0.005823 a 0.005744 ▁ha 0.005393 s 0.005191 ▁d 0.003697 r 0.002202 l 0.00211 ▁Lily 0.001098 re 0.0007843 n 0.0004401 ar 0.0002844 g 7.281e-05 d 3.151e-05 k 2.525e-05 ou 1.865e-05 <rest> 0.18908779284208188",
        "' t\t▁want 0.1657 <rest> 0.019111168241769505",
        't ▁want\t▁to 0.8872 <rest> 0.014281708746005428',
        '▁want ▁to ▁play ▁with\t▁m 0.2748 ▁it 0.1672 ▁the 0.1595 ▁her 0.06707 ▁h 0.01151 ▁th 0.01003 . 0.009427 ▁M 0.007859 ▁a 0.00656 ▁ 0.00526 ▁u 0.005166 ▁Lily 0.003705 ▁Tim 0.003671 ▁T 0.003263 ▁that 0.003213 ! 0.003133 ▁s 0.002641 ▁p 0.002444 ▁to 0.002216 ▁b 0.001832 , 0.001823 ▁S 0.001766 ▁in 0.001664 ▁w 0.001629 ▁c 0.001486 ▁Timmy 0.00135 ▁with 0.001343 ▁B 0.001025 ▁l 0.001007 ▁and 0.0003383 <rest> 0.2276057435708323',
        't ▁want ▁to ▁play ▁with\t▁her 0.1631 <rest> 0.16747379604698165',
        "▁her\t▁mom 0.2617 ▁to 0.09885 ▁friend 0.08417 ▁b 0.04786 . 0.04444 ▁f 0.04401 ▁a 0.03176 ▁c 0.02478 ▁p 0.02309 ▁r 0.02222 ▁d 0.01996 ▁s 0.01905 ▁that 0.01633 ▁g 0.0161 ▁ 0.01537 ▁h 0.0148 ▁and 0.01454 ▁do 0.0145 ▁t 0.01378 ▁ha 0.0128 ▁m 0.01254 ▁w 0.01172 ▁ne 0.01132 ▁he 0.008343 ▁e 0.007898 , 0.007161 ▁l 0.005363 ▁the 0.00277 ▁her 0.001918 o 0.001058 s 0.0007812 ▁was 0.0002999 t 0.0002459 ' 0.0001969 r 0.0001704 d 0.0001403 ▁Lily 7.538e-05 re 4.995e-05 a 2.517e-05 u 2.258e-05 e 2.183e-05 n 2.069e-05 ou 1.467e-05 ed 4.903e-06 y 4.639e-06 l 3.771e-06 ar 3.587e-06 g 2.697e-06 i 9.743e-07 er 8.187e-07 k 7.714e-07 <rest> 0.050247489847426",
        '▁with ▁her\t▁to 0.2525 <rest> 0.023758081647108242',
        '▁her ▁to\ty 0.718 <rest> 0.019532224078225968',
        "y\t. 0.1259 , 0.09044 s 0.0682 ▁and 0.04926 ▁named 0.04254 ▁c 0.0409 ▁to 0.03425 ▁a 0.03333 ▁b 0.0299 ▁was 0.02738 ▁f 0.02396 ▁s 0.02301 ▁ 0.0221 ▁w 0.01685 ▁p 0.01682 ▁d 0.01411 ▁be 0.01279 ▁m 0.01177 ! 0.01171 ▁t 0.0114 ▁the 0.01051 ▁r 0.01023 ▁h 0.01022 ▁l 0.01001 ' 0.008967 ▁said 0.008535 ▁th 0.008459 ▁st 0.007373 t 0.007032 ▁do 0.006974 e 0.006692 es 0.006606 ▁in 0.006526 ed 0.005773 ▁friend 0.005539 ar 0.004582 ▁her 0.002927 er 0.0008025 a 0.0007986 y 0.0003997 l 0.0002982 n 0.0002095 g 0.0001876 ▁Lily 0.000144 i 7.633e-05 d 4.66e-05 r 4.369e-05 u 2.62e-05 o 2.477e-05 ou 1.349e-05 re 1.274e-05 k 1.035e-05 <rest> 0.09970306192355571",
        '▁to y\ts 0.497 <rest> 0.023279702791916712',
    ],
    'state_rules.txt': [
        'words\tHer She her herself she\tHe His he him himself his\tIt Its it its itself',
        'pronoun=none\t▁was\t▁to 0.0491 ▁time 0.05139 ▁so 0.06688 . 0.0994 ▁n 0.1254 n 0.1402 ▁the 0.1513 ▁ 0.1624 ▁st 0.1734 ▁g 0.1738 ▁s 0.1804 ▁e 0.1818 ▁p 0.1861 ▁b 0.2075 ▁c 0.221 ▁m 0.2285 ▁be 0.2352 ▁w 0.2405 ▁d 0.2471 ▁in 0.2542 ▁h 0.2584 ▁ha 0.2612 ▁t 0.266 ▁f 0.2703 ▁her 0.275 , 0.2827 ▁l 0.2962 ▁a 3.145 ▁k 0.3448 ▁ne 0.3459 ▁he 0.3592 ▁on 0.3724 ▁lo 0.3968 ▁u 0.4022 ▁there 0.421 ▁th 0.4521 ▁big 0.4588 ▁r 0.4656 ▁wa 0.573 ▁play 0.6045',
        'quotation=outside\t,\t▁I 0.05004 ▁mom 0.06492 ▁little 0.112 ▁we 0.1651 ▁do 0.1729 ▁that 0.1778 ▁l 0.3371 ▁th 0.4358 ▁p 0.455 ▁m 0.508 ▁c 0.5236 ▁M 0.5436 ▁it 0.5478 ▁n 0.6194 ▁d 0.6655 ▁Tim 0.7918 ▁k 0.7941 ▁g 0.8038 ▁w 0.8093 ▁there 1.227 ▁she 1.223 ▁saw 1.207 ▁her 1.207 ▁b 0.8292 ▁in 1.195 ▁he 1.194 ▁a 1.184 ▁be 0.8503 ▁and 1.169 ▁the 1.169 ▁so 1.162 ▁r 1.157 ▁t 0.8703 ▁T 0.8732 ▁B 0.8758 ▁Lily 0.8868 ▁e 1.127 ▁li 1.127 ▁st 0.8882',
        'pronoun=none\t▁She\t▁said 0.04156 ▁to 0.06031 ▁p 0.06399 ▁s 0.07671 ▁g 0.07746 ▁k 0.0782 ▁l 0.08334 ▁st 0.09006 ▁f 0.09085 ▁t 0.09228 ▁th 0.09339 ▁r 0.09376 ▁ 0.09446 ▁c 0.09569 ▁h 0.1052 ▁a 0.1067 ▁d 0.1239 ▁wa 0.167 ▁b 0.1956 ▁u 0.2093 ▁m 0.2102 ▁lo 3.895 ▁he 0.262 ▁want 0.2996 ▁e 0.3318 ▁w 0.357 ▁play 0.3575 ▁li 2.687 ▁n 0.3917 ▁had 2.447 ▁ne 0.4234 ▁be 0.4777 ▁was 0.5834 ▁saw 0.6253',
        'pronoun=none\tir\ted 0.1129 ▁and 0.1515 . 0.1583 ▁b 0.1624 t 0.164 re 0.165 ▁h 0.1661 ▁ne 0.1686 ▁p 0.171 ▁ 0.1784 ▁f 0.1953 ▁s 0.1993 ▁wa 0.2121 ▁c 0.2135 ▁t 0.2241 ▁to 0.2318 ▁friend 0.2347 ▁ha 0.2367 , 0.241 ▁mom 0.2426 ▁r 0.2492 ▁a 0.251 ▁m 0.2739 ▁d 0.2808 st 0.2828 ▁g 0.2944 ▁l 0.3095 y 0.3096 d 0.3101 ▁the 0.3131 ▁w 0.3132 ▁e 0.3202 ▁he 0.3217 ▁be 0.3926 s 0.4041 ! 0.4263 l 2.315 i 0.4751 ▁in 0.5143 r 0.57 ▁with 0.6354 a 0.6956',
        'pronoun=female\t▁with\t▁Tim 0.3436 ▁Timmy 0.5104 ▁her 1.776 ▁S 0.5771 ▁h 0.6122 ▁T 0.6793 ▁B 0.6911 ▁Lily 1.381 ▁friend 0.7404 out 0.761 ▁to 0.8182 ▁r 0.8202 ▁the 0.8222 ▁w 0.8233 ▁ 0.8403 ▁n 0.8443 ▁f 0.8572 ▁u 0.8636 ▁that 0.8757 ▁st 0.8768 ▁e 0.8841 ▁th 0.8907 ▁t 0.8994 ▁big 0.9004 ▁c 1.105',
        'pronoun=female/it\t,\t▁there 0.02856 ▁in 0.2334 ▁Timmy 0.286 ▁he 0.3021 ▁Tim 0.3495 ▁mom 2.22 ▁Lily 1.754 ▁B 0.634 ▁a 0.6471 ▁but 1.503 ▁p 1.474 ▁s 1.402 ▁so 1.378 ▁do 1.337 ▁to 0.7567 ▁M 1.299 ▁little 1.292 ▁w 0.7742 ▁we 1.289 ▁S 0.7913 ▁g 1.218 ▁I 1.217 ▁it 1.205 ▁m 1.195 ▁ha 1.179 ▁n 1.178 ▁r 1.173 ▁u 1.164 ▁st 1.163 ▁d 1.162 ▁T 0.8702 ▁b 1.147 ▁k 1.131 ▁f 1.12 ▁her 1.118 ▁that 1.117 ▁li 0.9084',
        'pronoun=female\t. ▁She\t▁lo 0.1087 ▁li 0.5 ▁had 0.5583 ▁p 1.314 ▁want 1.312 ▁a 1.297 ▁f 1.292 ▁th 1.281 ▁l 1.276 ▁d 1.276 ▁g 1.274 ▁st 1.273 ▁k 1.269 ▁h 1.268 ▁s 1.267 ▁to 1.266 ▁c 1.262 ▁r 1.26 ▁wa 1.256 ▁t 1.25 ▁b 1.247 ▁ 1.245 ▁m 1.244 ▁u 1.241 ▁w 1.239 ▁said 1.237 ▁saw 1.225 ▁play 1.223 ▁e 1.22 ▁n 1.204 ▁he 1.197 ▁be 1.186 ▁ne 1.178 ▁was 1.163 ▁and 1.115',
        'pronoun=female\tved\t▁in 0.446 ▁a 0.5433 ▁ne 0.571 ▁her 1.523 . 0.6609 ▁there 0.69 ▁on 0.6952 ▁p 1.333 ▁h 0.7513 ▁with 0.7658 ▁that 0.7688 ▁u 0.7959 ▁m 0.8027 ▁he 0.8054 ▁the 0.8096 , 0.8141 ▁and 0.842 ▁t 1.185 ▁th 0.8481 ▁c 1.171 ▁f 0.8548 ▁play 1.166 ▁b 0.8715 ▁Lily 1.147 ▁it 0.8732 ▁ 0.8896 ▁to 1.121',
        'pronoun=female\ted ▁to ▁play ▁with\t▁Tim 0.482 ▁S 0.5528 ▁her 1.786 ▁h 0.7652 ▁it 1.307 ▁m 0.7904 ▁the 0.8269 . 0.8478 ▁T 0.8558 ▁Timmy 0.861 ▁M 0.8864 ▁a 0.893 ▁ 0.9021',
        "pronoun=female\t▁it\ts 0.642 ▁r 0.7183 ▁he 0.759 ▁st 0.7627 ▁d 0.7639 ▁on 1.238 ▁c 0.8094 ▁saw 0.8098 ▁f 0.8219 ▁in 1.188 ▁had 0.8457 ▁m 0.847 ▁li 0.8513 ' 1.167 ▁t 0.862 , 1.155 ▁g 0.8711 ▁w 0.8787 ▁l 0.882 ▁ne 0.8825 ▁we 0.8884 ▁s 0.8941 ▁but 1.112",
    ],
    'priming_seen.txt': [
        'piece\t1\t3\t6\t12\t24\t48\t96\tnot seen',
        '.\t1.371\t0.6966\t0.4593\t0.9019\t1.293\t1.313\t1.433\t1.141',
        '▁b\t1.015\t0.9378\t1.359\t1.397\t1.222\t1.001\t0.7418\t0.8176',
        '▁saw\t0.9072\t0.7391\t0.6165\t0.62\t0.9989\t1.111\t0.9417\t1.045',
        '▁little\t1.061\t1.184\t1.057\t1.612\t1.494\t1.421\t0.9171\t0.9395',
        '▁mom\t1.132\t1.053\t0.9197\t1.024\t1.179\t1.189\t1.034\t0.8106',
        '▁big\t0.881\t1.072\t1.16\t1.128\t1.114\t1.06\t0.9759\t0.9822',
        '▁\t0.9421\t1.054\t1.08\t1.104\t1.063\t1.032\t0.881\t0.8653',
    ],
    'priming_related.txt': [
    ],
    'copying.txt': [
        'longest_match\t4',
        '1 piece always\t0.1\t0.2\t0.2461\t0.1441\t1083',
        '1 word always\t0.03\t0.1\t0.08338\t0.05691\t2010',
        '1 word mostly\t0.001\t0.003\t0.002974\t0.001849\t1484',
        '1 word sometimes\t0.001\t0.003\t0.003064\t0.001856\t11447',
        '2 word always\t0.003\t0.01\t0.01108\t0.006142\t231',
        '3 word always\t0.03\t0.1\t0.08733\t0.05843\t145',
    ],
    'calibration.txt': [
        ".\t▁The 1.089 ▁He 0.976 <s> 1.05 ▁I 1.076 ▁One 1.203 ▁Lily 0.7636 ▁B 1.168 ▁S 1.037 ▁Tim 0.9023 ▁Timmy 0.9647 ▁M 0.8706 ▁T 0.944 . 1.206 ▁the 1.292 ▁a 1.168 ▁her 1.148 ▁c 1.123 ▁p 1.122 ▁to 1.124 ▁d 1.089 ▁and 1.117 ▁w 1.107 , 1.093 ' 1.067 ▁f 1.058 ▁g 1.062 ▁s 1.058 l 1.027 t 1.024 ▁was 1.026 s 1.023",
        '▁to ▁play\t▁with 0.9784 . 1.049 ▁in 1.066 ▁to 0.8913 ▁ 1.09 ▁a 0.9231 ▁and 1.252 ▁on 1.045 ▁h 1.092 ▁g 0.9723 ▁ne 1.111 ! 0.8852 ▁m 1.025 ▁b 0.9749 ▁it 0.9618 ▁f 1.052 g 1.024',
        '▁to ▁play ▁with\t▁the 1.111 ▁it 0.9543 ▁m 0.9005 . 1.044 ▁h 1.117 ▁Tim 1.024 ▁M 0.8962 ▁S 1.067 ▁Lily 0.9789 ▁T 1.322 , 1.076 ▁th 1.083 ▁Timmy 0.9433 ▁s 1.055 ▁with 1.032 ▁in 1.059',
    ],
}
START = [0, 81, 85, 2]  # the text's first words, as positions in VOCAB
LENGTH = 68


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('state', State), ('priming', Priming), ('copying', Copying), ('calibration', Calibration)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
