"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding with the room's own code
(below, copied from the room): the context rules give every token a probability ("after these tokens
the subject said this next"; the longest rule that ends the story wins), then position, copying,
calibration correct it, in that order. The tables (TABLES, at the end) are the room's tables/ files
cut to the 100 rows this text needs and the 85 tokens that compete somewhere in it; every other
token is pooled into one, <rest>, never written. englishroom removed every other row it could
without changing what greedy decoding writes.
"""

# ---- tables.py, the room's own code ----
# Reading the room's tables, and the two ways a mechanism changes a prediction.
#
# Every table is plain text: one row per line, fields separated by tabs, lines starting with
# "# " are comments. A room's code never opens a file itself: it is handed `table(name)`, which
# gives the rows of tables/NAME (a slice hands it rows kept in the slice instead).
#
# Every number is checked as it is read: a probability lies in [0, 1], a factor is positive and
# finite (at most 1e6); anything else is a corrupt table (RoomError names it).
#
# A mechanism either *sets* some tokens to a probability (the others keep their proportions and
# share what is left), or *scales* some tokens by factors (then everything is divided by the new
# total).

def probability(text):
    x = float(text)
    if not 0 <= x <= 1:                          # (NaN fails this too)
        raise ValueError(f"probability {text!r} outside [0, 1]")
    return x


def factor(text):
    x = float(text)
    if not 0 < x <= 1e6:
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
        if not lows:
            return p
        return p * self.factors[group][max(bisect.bisect_right(lows, p) - 1, 0)]


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
    q = [x * rest for x in p]
    for w, v in new.items():
        q[w] = v
    return q


def every_token(factors, size):
    """The factors {token: factor} as a list over the whole vocabulary (1 where none is given)."""
    dense = [1.0] * size
    for w, f in factors.items():
        dense[w] = f
    return dense


def scale_probabilities(p, factors):
    """Multiply the tokens in `factors` by their factor, then make the total 1 again.
    `factors` is {token: factor}, or a list with a factor for every token (faster)."""
    if not factors:
        return p
    if isinstance(factors, list):
        q = [x * f for x, f in zip(p, factors)]
    else:
        q = list(p)
        for w, f in factors.items():
            q[w] *= f
    total = sum(q)
    return [x / total for x in q]


# ---- context_rules.py, the room's own code ----
# Context rules: "after these tokens, the subject says this next".
#
# tables/unigram.txt holds what the subject says when no rule applies: the average of its
# next-token distributions over every position it was probed at. Each line of
# tables/context_rules.txt is one rule:
#
#     ▁Once ▁upon ▁a <TAB> ▁time 0.98 ▁day 0.004 <TAB> # seen 1345 times, saves 5210 nats
#
# The listed probabilities are the subject's own next-token distribution averaged over
# the places where the context occurred. The tokens a rule does not list share what is
# left of the probability in proportion to what the rule one token shorter predicts
# (drop the context's first token) - the "backoff" of KenLM's ARPA format, which is in
# tables/context_rules.arpa. The longest rule whose context ends the text wins.

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
        p = self.base
        for ctx in self.matches(prefix):
            listed, alpha = self.rules[ctx]
            p = [x * alpha for x in p]
            for token, q in listed.items():
                p[token] = q
        return p

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


# ---- position.py, the room's own code ----
# Position in the story: how far the story has got changes what comes next.
#
# Stories open with "Once upon a time" or "One day", and near the end a new line and the end of
# the story grow likely. tables/position.txt has one line per token with a factor for each range
# of story length so far (in tokens): the subject's average probability for the token divided
# by the room's (before this step), over the probe-story positions in that range. After
# scaling, everything is divided by the new total.

import bisect


import bisect


class Position:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        rows = table("position.txt")
        header = next(rows)                      # `piece  0  16  64 ...`: each range's first length
        self.starts = [int(x) for x in header[1:]]
        self.factors = [{} for _ in self.starts]
        for piece, *factors in rows:
            for k, f in enumerate(factors):
                self.factors[k][ids[piece]] = factor(f)
        self.dense = [every_token(f, len(vocab)) for f in self.factors]

    def adjust(self, prefix, p):
        return scale_probabilities(p, self.dense[self.range(prefix)])

    def range(self, prefix):
        return bisect.bisect_right(self.starts, len(prefix) - 1) - 1

    def explain(self, prefix, token):
        """(the table row that changed `token` here, in words) or None."""
        k = self.range(prefix)
        if token in self.factors[k]:
            return (f"position.txt {self.vocab[token]} from {self.starts[k]}",
                    f"{len(prefix) - 1} tokens into the story: x{self.factors[k][token]:.2f}")


# ---- copying.py, the room's own code ----
# Copying (induction): what came after this token earlier in the story is likely to come again.
#
# Every earlier place where the story's last token occurred proposes the token that followed
# it there: a *candidate*. Its *match* is how many tokens agree going back from both places
# (1: only the last token; up to the table's `longest_match`, the tokens that span about 8
# characters: 4 BPE pieces, 8 characters); its *share*, how many of those earlier places it followed.
#
# tables/copying.txt starts with the row `longest_match <TAB> N`; the rest is a range table
# (tables.py). Its groups are match, kind of candidate (a `word` starts a word: its text starts
# with a space, or the story so far ends with one; a `piece` continues a word) and share (always;
# mostly: half or more; sometimes). For each group and range of the probability the room so far gives the candidate,
# it holds the subject's and the room's average probability for such candidates, over every such
# place in the probe stories. A candidate's probability is multiplied by their ratio; the other
# tokens keep their proportions and share what is left. This is how the room brings back a name
# or an object the story already mentioned ("Lily ... Lily").

SPACES = ("\u2581", " ", "\u0120")


def candidates(prefix, longest):
    """{candidate token: (its longest match, at most `longest`; share of the earlier places it followed)}."""
    found, last, places = {}, prefix[-1], 0
    for j in range(1, len(prefix) - 1):
        if prefix[j] == last:
            m = 1
            while m < longest and j - m >= 1 and prefix[j - m] == prefix[-1 - m]:
                m += 1
            nxt = prefix[j + 1]
            best, times = found.get(nxt, (0, 0))
            found[nxt] = (max(best, m), times + 1)
            places += 1
    return {w: (m, times / places) for w, (m, times) in found.items()}


def group(match, share, piece, last):
    """e.g. `2 piece always`: match 2, continues a word (the story so far ends with the piece `last`),
    followed every earlier copy."""
    often = "always" if share == 1 else "mostly" if share >= 0.5 else "sometimes"
    word = piece[:1] in SPACES or (last[-1:] in SPACES and last[-1:] != piece[:1])
    return f"{match} {'word' if word else 'piece'} {often}"


def read_table(table_rows):
    """-> (longest match, RangeTable of the other rows)."""
    table_rows = iter(table_rows)
    key, longest = next(table_rows, ("", "0"))[:2]
    if key != "longest_match" or not 1 <= int(longest) <= 64:
        raise ValueError("copying.txt must start with a row longest_match <TAB> 1..64")
    return int(longest), RangeTable(table_rows)


class Copying:
    def __init__(self, table, vocab):
        self.longest, self.table = read_table(table("copying.txt"))
        self.vocab = vocab

    def adjust(self, prefix, p):
        last = self.vocab[prefix[-1]]
        return set_probabilities(p, {w: self.table(group(m, share, self.vocab[w], last), p[w])
                                     for w, (m, share) in candidates(prefix, self.longest).items()})

    def explain(self, prefix, token):
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
# The longest context of the table that ends the text applies; then everything is divided by the
# new total.

class Calibration:
    def __init__(self, table, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.factors = {}         # context (tuple of ids) -> {token: factor}
        for context, listed, *_ in table("calibration.txt"):
            self.factors[tuple(ids[p] for p in context.split(" "))] = {ids[w]: f for w, f in pairs(listed, factor)}
        self.longest = max(map(len, self.factors), default=0)

    def context(self, prefix):
        """The longest context of the table that ends `prefix`, or None."""
        for k in range(min(self.longest, len(prefix)), 0, -1):
            if tuple(prefix[-k:]) in self.factors:
                return tuple(prefix[-k:])

    def adjust(self, prefix, p):
        ctx = self.context(prefix)
        return p if ctx is None else scale_probabilities(p, self.factors[ctx])

    def explain(self, prefix, token):
        """(the table row that changed `token` here, in words) or None."""
        ctx = self.context(prefix)
        if ctx is not None and token in self.factors[ctx]:
            text = " ".join(self.vocab[w] for w in ctx)
            return f"calibration.txt {text}", f"after {text}, checked on its own occurrences: x{self.factors[ctx][token]:.2f}"


# ---- room.py, the room's own code ----
# A room: the decompiled subject. `open_room(folder).predict(prefix)` gives the next-token distribution.
#
# How the mechanisms combine: the context rules make a first prediction from the last few
# tokens; then each further mechanism listed in room.json (position, dialogue, gender, priming,
# copying, in that order) corrects the prediction so far, looking at the whole story; last,
# calibration checks those corrections against the subject context by context. Each one's table was
# measured against the room as it stood just before that step, so they apply in that order.
#
# A mechanism NAME lives in NAME.py, as the class NAME.capitalize() (priming.py: Priming); it is
# built from the tables it reads, `Priming(table, vocab)`, and changes a prediction with
# `adjust(prefix, p)`.

import math


import random


class Room:
    def __init__(self, vocab, table, mechanisms, bos, ends, tokenizer=None):
        """`table(name)`: the rows of a table; `mechanisms`: [(name, its class)] in the order they apply."""
        self.vocab, self.vocab_size = vocab, len(vocab)
        self.bos, self.ends, self.tokenizer = bos, set(ends), tokenizer
        self.context_rules = ContextRules(table, vocab)
        self.mechanisms = [(name, cls(table, vocab)) for name, cls in mechanisms]

    def predict(self, prefix):
        """Probabilities of every token coming after `prefix` (a list of ids starting with BOS)."""
        p = self.context_rules.predict(prefix)
        for _name, mechanism in self.mechanisms:
            p = mechanism.adjust(prefix, p)
        return p

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
            if temperature == 0:
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
    '▁b', '▁and', '▁f', 're', 'ou', '▁d', '▁c', '▁he',
    '▁p', '▁m', 'er', '▁was', '▁The', 'id', 'ar', '▁n',
    '▁g', '▁S', '▁her', '▁it', 'ir', '▁Lily', '▁in', '▁day',
    'ig', '▁with', '▁play', '▁She', '▁e', '▁his', '▁He', 'oo',
    '▁r', 'st', '▁she', 've', '▁big', '▁of', '▁little', '▁time',
    'ad', '▁had', '▁we', '▁there', '▁so', '▁One', 'all', '▁want',
    '▁saw', '▁named', 'ved', '▁li', '▁but', '▁do', '▁lo', '▁Once',
    'es', '▁upon', 'out', '▁k', '▁', 'e', 'a', 't',
    'o', 'n', 'i', 's', 'r', 'l', 'm', '.',
    ',', 'k', "'", 'j', '’', '<rest>',
]
TABLES = {  # the room's tables/ files, cut to the rows this text needs
    'unigram.txt': [
        '<s>\t0.002417',
        '▁t\t0.005326',
        '▁a\t0.02707',
        '▁s\t0.01327',
        '▁w\t0.008696',
        '▁the\t0.02004',
        'ed\t0.01627',
        '▁to\t0.02385',
        '▁b\t0.01223',
        '▁and\t0.01702',
        '▁f\t0.01056',
        're\t0.0118',
        'ou\t0.006087',
        '▁d\t0.00628',
        '▁c\t0.01214',
        '▁he\t0.005733',
        '▁p\t0.007973',
        '▁m\t0.007367',
        'er\t0.006118',
        '▁was\t0.01111',
        '▁The\t0.003917',
        'id\t0.00509',
        'ar\t0.00889',
        '▁n\t0.003441',
        '▁g\t0.008513',
        '▁S\t0.002146',
        '▁her\t0.007014',
        '▁it\t0.005824',
        'ir\t0.004983',
        '▁Lily\t0.005535',
        '▁in\t0.004879',
        '▁day\t0.004441',
        'ig\t0.0009872',
        '▁with\t0.005128',
        '▁play\t0.005012',
        '▁She\t0.004556',
        '▁e\t0.00364',
        '▁his\t0.003476',
        '▁He\t0.00318',
        'oo\t0.003466',
        '▁r\t0.003444',
        'st\t0.002623',
        '▁she\t0.003673',
        've\t0.002938',
        '▁big\t0.003013',
        '▁of\t0.002594',
        '▁little\t0.002695',
        '▁time\t0.002714',
        'ad\t0.00242',
        '▁had\t0.002517',
        '▁we\t0.002267',
        '▁there\t0.002534',
        '▁so\t0.002558',
        '▁One\t0.002304',
        'all\t0.002963',
        '▁want\t0.002888',
        '▁saw\t0.002667',
        '▁named\t0.002582',
        'ved\t0.002578',
        '▁li\t0.001809',
        '▁but\t0.002525',
        '▁do\t0.002398',
        '▁lo\t0.002522',
        '▁Once\t0.002189',
        'es\t0.001718',
        '▁upon\t0.002259',
        'out\t0.002166',
        '▁k\t0.00229',
        '▁\t0.01661',
        'e\t0.02641',
        'a\t0.01858',
        't\t0.01734',
        'o\t0.01732',
        'n\t0.01194',
        'i\t0.009186',
        's\t0.02104',
        'r\t0.01155',
        'l\t0.01836',
        'm\t0.00597',
        '.\t0.03685',
        ',\t0.02445',
        'k\t0.006875',
        "'\t0.006909",
        'j\t0.001329',
        '’\t4.853e-05',
        '<rest>\t0.3519205262283879',
    ],
    'context_rules.txt': [
        "▁a\t▁big 0.08285 ▁time 0.0818 ▁little 0.07381 s 0.06593 n 0.05806 t 0.04395 ▁b 0.0372 ▁s 0.03649 l 0.03273 r 0.02757 re 0.0275 ▁g 0.02742 ▁p 0.02187 ▁c 0.01923 ▁f 0.01722 ▁t 0.01536 ▁m 0.01383 m 0.0114 ▁w 0.01053 ▁n 0.008152 ▁r 0.007552 ▁d 0.007083 ▁to 0.006542 ▁he 0.0007961 ▁a 0.0007635 ▁her 0.0002548 er 0.0001873 ▁the 0.0001665 , 8.91e-05 ▁was 8.515e-05 ▁it 7.822e-05 o 7.309e-05 . 5.264e-05 a 3.245e-05 e 3.128e-05 ed 2.38e-05 ar 1.72e-05 ▁and 1.684e-05 k 1.211e-05 i 3.087e-06 ' 2.445e-06 ou 3.057e-07 <rest> 0.2351728997636734",
        '▁time\t, 0.8094 <rest> 0.03318937360587626',
        ",\t▁there 0.08781 ▁but 0.08574 ▁Lily 0.0661 ▁she 0.04568 ▁a 0.04034 ▁and 0.03951 ▁the 0.03379 ▁he 0.02626 ▁ 0.02488 ▁so 0.01773 ▁s 0.01626 ▁it 0.01255 ▁S 0.01251 ▁w 0.01205 ▁c 0.009555 ▁we 0.007775 ▁her 0.007532 ▁p 0.007479 ▁b 0.003803 ▁g 0.003182 ▁to 0.002405 , 0.0007662 ▁was 0.0004212 . 0.0002167 s 8.423e-05 ' 5.363e-05 l 3.964e-05 e 6.796e-06 r 5.739e-06 o 5.045e-06 ou 4.739e-06 ed 4.594e-06 t 3.421e-06 n 3.419e-06 re 3.398e-06 er 6.397e-07 a 6.218e-07 ar 3.67e-07 k 2.619e-07 m 2.224e-07 i 1.744e-07 <rest> 0.40492272830256293",
        '▁there\t▁was 0.8751 <rest> 0.010601695451507687',
        '▁was\t▁a 0.2745 <rest> 0.30365916641389945',
        '▁was ▁a\t▁little 0.4114 <rest> 0.10320656694686203',
        '▁little\t▁g 0.4902 <rest> 0.02774946901617259',
        '▁g\tir 0.2092 <rest> 0.21823551507163974',
        'ir\tl 0.3598 <rest> 0.40579366886453283',
        'l\t▁named 0.07193 <rest> 0.46951366513224135',
        '▁named\t▁Lily 0.4517 <rest> 0.4074522858565668',
        '▁Lily\t. 0.2733 <rest> 0.12670335756900986',
        ".\t▁She 0.1138 ▁ 0.1107 ▁The 0.08712 ▁He 0.07898 <s> 0.05678 ▁One 0.04835 ▁Lily 0.03417 ▁S 0.02427 . 0.0002847 ▁the 0.0001164 ▁a 6.359e-05 ▁her 5.125e-05 ▁c 4.23e-05 ▁d 3.85e-05 ▁p 3.486e-05 ▁b 3.275e-05 ▁to 3.249e-05 ▁w 2.671e-05 , 2.629e-05 ▁and 2.614e-05 ▁f 1.986e-05 ' 1.965e-05 ▁g 1.393e-05 ▁m 1.321e-05 ▁s 1.226e-05 l 6.435e-06 ▁was 5.817e-06 s 5.573e-06 t 5.009e-06 r 1.462e-06 o 9.31e-07 er 5.372e-07 e 3.931e-07 ar 3.492e-07 a 3.349e-07 ed 3.32e-07 re 2.252e-07 n 1.866e-07 k 1.456e-07 i 1.269e-07 m 8.855e-08 ou 8.335e-08 <rest> 0.44377178240671733",
        '▁Lily .\t▁She 0.5559 <rest> 0.24955366160311798',
        "▁She\t▁lo 0.1732 ▁was 0.0889 ▁want 0.05118 ▁had 0.05022 ▁a 0.0489 ▁p 0.04509 ▁w 0.04226 ▁saw 0.04164 ▁d 0.03891 ▁f 0.03405 ▁to 0.03261 ▁s 0.02843 ▁c 0.02646 ▁ 0.0229 ▁li 0.0205 ▁g 0.01873 ▁k 0.01747 ▁t 0.01471 ▁r 0.01468 ▁m 0.0072 ▁b 0.004662 ' 0.0009731 ▁and 0.0009264 ▁the 0.0002306 ▁it 9.839e-05 ▁her 6.699e-05 , 5.395e-05 l 4.993e-05 re 4.85e-05 n 3.582e-05 . 2.63e-05 ar 2.036e-05 s 2.018e-05 t 1.349e-05 a 1.298e-05 i 8.283e-06 e 7.378e-06 r 4.209e-06 ed 2.423e-06 o 1.781e-06 m 1.207e-06 k 7.006e-07 er 6.919e-07 ou 5.626e-07 <rest> 0.16302323033476473",
        '. ▁She\t▁lo 0.1787 ▁was 0.08766 ▁want 0.05185 ▁had 0.05107 <rest> 0.16112212979720908',
        '▁lo\tved 0.792 <rest> 0.040359750950757056',
        'ved\t▁to 0.6369 <rest> 0.08181560482681605',
        '▁to\t▁play 0.1042 <rest> 0.2982721854160776',
        "▁play\t▁with 0.3207 ed 0.2028 ▁ 0.08184 . 0.06199 ▁in 0.0482 ▁to 0.03323 ▁a 0.02571 ▁and 0.01482 , 0.008144 ▁g 0.003821 ▁c 0.00362 ▁m 0.002942 ▁d 0.002744 ▁f 0.001299 ▁w 0.0005396 t 0.0004537 ▁her 0.0004173 ▁he 0.0003217 ▁play 0.000248 r 0.0001848 a 0.0001736 s 0.0001529 l 7.199e-05 e 4.487e-05 ▁was 3.882e-05 n 2.18e-05 o 2.013e-05 i 1.808e-05 ar 1.665e-05 m 1.421e-05 ▁Lily 8.619e-06 ▁day 2.685e-06 ou 2.539e-06 ' 1.842e-06 k 1.834e-06 re 1.529e-06 ir 4.58e-07 id 4.273e-07 ▁She 3.113e-07 <rest> 0.1678118385447861",
        '▁to ▁play\t▁with 0.4807 ▁ 0.1455 . 0.1028 ▁in 0.07915 ▁to 0.03392 ▁a 0.0295 ▁and 0.02321 , 0.01218 ▁g 0.005709 ▁c 0.00485 ▁the 0.004452 ▁d 0.004024 ▁b 0.003599 ▁s 0.003409 ▁m 0.002854 ▁p 0.002126 ▁f 0.001793 ▁t 0.001485 ▁it 0.001352 ▁his 0.001271 ▁e 0.001 ed 0.0001759 er 3.452e-05 <rest> 0.05076514929196663',
        'ved ▁to ▁play\t▁with 0.4089 ▁ 0.3342 ▁in 0.1229 ▁a 0.01717 ▁and 0.01401 ▁to 0.01011 . 0.007611 ▁g 0.006867 ▁d 0.006258 ▁c 0.005891 ▁b 0.004743 ▁p 0.003252 , 0.002838 ▁s 0.00233 ▁m 0.002094 ▁t 0.001805 ▁f 0.001593 ▁the 0.001516 ▁r 0.001393 ▁her 0.001311 ▁his 0.001103 ▁e 0.001049 ▁it 0.0002327 <rest> 0.038397595003258345',
        '▁lo ved ▁to ▁play\t▁with 0.4088 ▁ 0.3344 ▁in 0.1229 <rest> 0.038368940081613845',
        '▁She ▁lo ved ▁to ▁play\t▁ 0.4003 <rest> 0.0340196694116881',
        "▁\tre 0.1053 out 0.09215 j 0.07469 i 0.03074 id 0.01813 ed 0.0002929 ' 0.0002789 ▁ 0.000256 r 0.0002509 e 9.196e-05 a 8.998e-05 o 3.608e-05 ar 2.908e-05 k 2.816e-05 l 2.104e-05 ▁a 1.196e-05 s 1.079e-05 n 5.55e-06 ▁m 5.394e-06 ▁w 4.387e-06 . 3.445e-06 ▁the 2.785e-06 ▁her 2.577e-06 t 2.556e-06 ▁to 1.898e-06 , 1.713e-06 ▁f 1.709e-06 ▁b 1.648e-06 ▁was 1.303e-06 ▁s 1.251e-06 ▁and 1.121e-06 ▁p 7.739e-07 ▁c 7.654e-07 ▁g 5.664e-07 <rest> 0.6603176661269365",
        '▁play ▁\tout 0.9894 <rest> 0.005685047083442862',
        'out\ts 0.4212 <rest> 0.08350267064254513',
        "s\t. 0.1434 id 0.06519 ▁and 0.0618 , 0.03308 s 0.031 ▁a 0.03062 ▁to 0.0231 ▁ 0.02188 ▁of 0.01954 ed 0.01771 ▁in 0.01706 ▁f 0.01505 ▁c 0.01474 ▁w 0.01388 ▁g 0.01345 ▁we 0.01222 ▁m 0.009925 ▁the 0.009271 ▁with 0.009077 ▁he 0.008883 k 0.008724 i 0.008559 ▁play 0.007912 ▁d 0.00787 o 0.006738 ▁t 0.006705 er 0.006666 ▁she 0.006339 ▁n 0.006082 ▁was 0.002655 a 0.002158 ▁her 0.001941 ' 0.0005617 e 0.0002906 r 0.0002092 n 0.0001797 m 0.0001262 l 0.0001054 t 5.872e-05 ou 2.225e-05 re 1.744e-05 ar 8.598e-06 <rest> 0.3004188577609178",
        'out s\tid 0.9964 <rest> 0.000618570982608091',
        "id\te 0.4118 n 0.229 ed 0.1092 ▁n 0.1071 s 0.02077 . 0.008009 er 0.007279 ▁it 0.003621 ▁d 0.002465 ▁to 0.001705 ▁b 0.0006177 ▁ 0.0006042 ▁c 0.0005135 ▁m 0.0004623 ▁f 0.0004328 ▁her 0.0003603 ▁he 0.0002969 ▁t 0.0001887 t 0.0001825 ' 0.0001649 ▁was 0.0001583 a 0.000156 i 0.0001554 ▁with 0.0001432 ▁p 0.0001175 ▁g 0.0001108 k 0.0001047 o 9.1e-05 ▁play 6.823e-05 m 5.49e-05 id 4.168e-05 l 3.138e-05 re 2.562e-05 ▁Lily 2.381e-05 ar 9.885e-06 r 8.398e-06 ou 7.966e-06 ▁She 9.354e-07 ir 6.717e-07 <rest> 0.07530404270282243",
        "e\t. 0.09525 l 0.06957 e 0.05648 ▁and 0.04209 , 0.03672 ar 0.03392 a 0.03365 ▁to 0.03218 ▁in 0.02226 ▁the 0.02222 ▁day 0.01831 ▁c 0.01802 ▁b 0.01605 m 0.01573 ▁w 0.01565 ▁s 0.01326 ▁was 0.01249 ▁f 0.01172 ▁with 0.0117 ▁of 0.006752 ▁it 0.005931 re 0.005713 st 0.005322 ▁p 0.004735 ed 0.00287 ' 0.002663 ▁he 0.002498 k 0.002361 ▁play 0.002188 er 0.001524 s 0.0007803 ▁Lily 0.0007158 n 0.0001495 r 0.0001455 t 0.0001301 i 6.749e-05 ir 6.186e-05 ou 4.399e-06 id 4.108e-06 <rest> 0.28183875414724635",
        "id e\t. 0.1991 ▁in 0.1471 a 0.1416 ▁and 0.1296 ▁to 0.08315 , 0.05793 ▁the 0.05594 ▁with 0.03877 ▁of 0.01203 ▁her 0.009678 ▁a 0.009569 ▁it 0.007569 ▁w 0.006704 ▁was 0.006037 o 0.005466 ▁his 0.004901 ▁m 0.002516 ▁f 0.002401 ▁b 0.002311 ▁e 0.001913 ▁c 0.001806 ▁d 0.001759 ▁t 0.001516 ▁g 0.0008738 ▁day 0.000258 st 0.0002154 l 0.0001829 ' 7.835e-05 e 6.704e-05 m 6.582e-05 re 2.604e-05 ed 2.358e-05 k 1.314e-05 ar 1.15e-05 ad 2.016e-06 <rest> 0.05610742495658638",
        's id e\t. 0.2427 ▁in 0.2134 ▁and 0.1543 ▁to 0.1095 , 0.07026 ▁the 0.06886 ▁with 0.05268 ▁her 0.009691 ▁w 0.008096 ▁a 0.00739 ▁it 0.004388 ▁his 0.002068 ▁e 0.001882 ▁ 0.001656 ▁f 0.001249 ▁s 0.001245 ▁of 0.00124 ▁b 0.001074 ▁but 0.001041 ▁so 0.0009597 ▁c 0.000867 ▁t 0.0006295 ▁d 0.0004096 a 4.466e-05 o 4.503e-06 <rest> 0.037494126800154515',
        'out s id e\t▁in 0.3247 <rest> 0.027822408849344282',
        '▁in\t▁the 0.4873 <rest> 0.03837203749391238',
        '▁the\t▁p 0.1158 <rest> 0.14485372978432998',
        '▁p\tar 0.2447 <rest> 0.2740861194327827',
        'ar\tk 0.2242 <rest> 0.2219320166716655',
        'k .\t▁One 0.148 <rest> 0.37194789086409896',
        '▁One\t▁day 0.9759 <rest> 0.005253962504380816',
        '▁day\t, 0.6653 <rest> 0.16494025331855333',
        '▁day ,\t▁she 0.2014 <rest> 0.23317886684100897',
        "▁she\t▁was 0.101 ▁saw 0.1005 ▁c 0.09219 ▁w 0.0882 ▁f 0.06386 ▁d 0.06155 ▁had 0.05513 ▁a 0.0418 ▁want 0.0325 ▁ 0.03009 ▁g 0.02873 ▁lo 0.02302 ▁k 0.02009 ▁s 0.01968 ▁he 0.01927 ▁p 0.01704 ▁m 0.01537 ▁t 0.008501 ▁r 0.005978 ▁n 0.005749 e 0.003718 ▁b 0.002927 ' 0.00228 ▁and 0.0008785 a 0.0005859 ar 0.0004161 ▁the 0.0001991 . 0.0001538 re 0.0001303 r 9.89e-05 ▁her 9.498e-05 ▁it 8.817e-05 , 4.942e-05 i 4.152e-05 m 4.107e-05 s 2.832e-05 t 2.815e-05 n 2.552e-05 ed 1.158e-05 o 4.947e-06 k 3.073e-06 er 2.432e-06 ou 1.227e-06 <rest> 0.13367544222444772",
        ', ▁she\t▁saw 0.2669 <rest> 0.05779377899336102',
        '▁saw\t▁a 0.6087 <rest> 0.10629971990995757',
        '▁saw ▁a\t▁big 0.3736 <rest> 0.10225733442727725',
        "▁big\t▁b 0.1597 , 0.1328 ▁t 0.09323 ▁s 0.05792 ▁c 0.05334 ▁r 0.05023 ▁p 0.04748 ▁do 0.03507 ▁f 0.03358 ▁and 0.0334 ▁m 0.02272 ▁g 0.02264 ▁ 0.0195 ▁w 0.01468 ▁d 0.00813 . 0.006152 ▁e 0.005657 ▁the 0.0006606 ▁was 0.0003593 ▁her 0.0002428 ▁with 0.0001986 n 0.0001717 ▁it 0.0001508 er 8.912e-05 m 8.845e-05 s 5.956e-05 r 5.908e-05 l 4.731e-05 e 3.726e-05 t 2.826e-05 a 2.137e-05 i 2.05e-05 ar 1.841e-05 ' 1.298e-05 re 8.165e-06 o 7.418e-06 ed 3.983e-06 ou 3.251e-06 ▁Lily 2.591e-06 k 1.042e-06 id 5.921e-07 <rest> 0.16685699479294025",
        '▁a ▁big\t▁b 0.1671 , 0.1515 ▁t 0.1015 ▁s 0.06184 ▁c 0.05509 ▁p 0.05232 ▁r 0.05209 ▁f 0.03638 ▁g 0.02438 ▁ 0.02164 ▁n 0.00512 ▁k 0.002943 ▁and 0.002771 ▁big 0.002353 . 0.0006083 <rest> 0.158345884546503',
        '▁saw ▁a ▁big\t, 0.1955 ▁b 0.173 ▁t 0.1333 ▁r 0.06099 ▁s 0.05144 ▁p 0.05103 ▁c 0.05063 ▁do 0.0415 ▁but 0.003571 ▁n 0.003161 ▁k 0.002946 ▁big 0.002943 ▁he 0.001329 <rest> 0.10947332532394094',
        '▁she ▁saw ▁a ▁big\t, 0.2137 <rest> 0.10777248721960797',
        '▁big ,\t▁r 0.1714 ▁s 0.1616 <rest> 0.14720040212225738',
        "▁r\to 0.3256 a 0.1605 ed 0.12 id 0.02626 ou 0.02403 ad 0.005099 i 0.0009628 e 0.0007842 ar 0.0004226 r 0.000226 er 0.0001414 k 6.233e-05 ir 5.678e-05 . 4.427e-05 l 2.944e-05 n 1.72e-05 t 1.198e-05 m 1.151e-05 , 1.107e-05 ▁a 9.298e-06 re 7.136e-06 ▁with 6.864e-06 ▁and 4.811e-06 s 4.292e-06 ▁ 3.998e-06 ▁d 3.012e-06 ▁was 2.917e-06 ▁to 2.894e-06 ' 2.628e-06 ▁Lily 2.492e-06 ▁the 2.461e-06 ▁f 2.063e-06 ▁b 1.623e-06 ▁c 1.501e-06 ▁s 1.476e-06 ▁p 1.476e-06 ▁m 1.446e-06 ▁g 1.164e-06 ▁w 1.023e-06 ▁her 8.895e-07 ▁it 8.271e-07 ▁play 7.811e-07 ▁t 6.521e-07 ▁he 6.502e-07 <rest> 0.33123141812270507",
        ', ▁r\ted 0.6212 <rest> 0.09220980231465892',
        "ed\t▁to 0.3114 ▁and 0.1001 . 0.08032 ▁the 0.05749 , 0.04017 ▁a 0.03905 ▁it 0.02885 ▁her 0.02699 ▁with 0.02368 ▁b 0.0156 ▁in 0.01483 ▁his 0.01423 ▁ 0.01216 ▁of 0.007187 ▁w 0.005633 ▁d 0.004231 ▁f 0.004043 ▁he 0.003918 ▁p 0.00246 ▁g 0.002053 s 0.001758 ▁play 0.001604 a 0.001101 l 0.0007823 ▁was 0.0005992 r 0.0004015 n 0.0002566 ' 8.195e-05 m 6.892e-05 t 5.683e-05 o 3.791e-05 er 2.916e-05 e 2.423e-05 k 6.579e-06 re 5.068e-06 id 4.407e-06 ou 4.375e-06 ar 3.018e-06 ir 2.444e-06 <rest> 0.1596318634130447",
        '▁r ed\t▁b 0.4163 <rest> 0.06797693605735733',
        "▁b\to 0.1935 all 0.1267 ir 0.1264 a 0.1151 r 0.07485 l 0.04749 ad 0.02012 oo 0.01686 ed 0.01304 re 0.01055 ar 0.008214 ou 0.006643 i 0.005906 er 0.001472 e 0.0004507 ▁b 0.0002171 n 8.596e-05 s 4.27e-05 m 4.261e-05 k 3.42e-05 ▁g 2.328e-05 ' 1.844e-05 t 1.467e-05 ▁to 9.695e-06 . 9.622e-06 ▁ 8.248e-06 ▁f 6.056e-06 ▁s 4.793e-06 ▁c 4.328e-06 ▁d 4.149e-06 ▁and 3.646e-06 ▁was 2.625e-06 ▁a 2.413e-06 ▁p 1.907e-06 , 1.52e-06 ▁w 1.46e-06 ▁it 1.24e-06 ▁he 1.231e-06 ▁the 1.186e-06 ▁m 8.084e-07 ▁her 6.132e-07 <rest> 0.2240201968863592",
        'ed ▁b\tall 0.4792 <rest> 0.16212275507685325',
        'all .\t▁The 0.1292 ▁She 0.1217 <rest> 0.4655054950736225',
        'all . ▁She\t▁want 0.1383 ▁was 0.09689 ▁a 0.08163 ▁p 0.07 ▁d 0.0509 ▁to 0.0391 ▁f 0.03665 ▁s 0.02992 ▁c 0.02451 ▁g 0.02335 ▁r 0.02152 <rest> 0.21357151176328304',
        "▁want\ted 0.6248 ▁to 0.3252 ▁the 0.006639 ▁a 0.006638 ▁it 0.003413 ▁m 0.003367 ▁s 0.002702 . 0.002641 s 0.002548 ▁her 0.001911 ▁ 0.001293 ▁g 0.0006607 ▁c 0.0004417 ▁with 0.0003454 e 0.0003256 ▁f 0.0003239 ▁b 0.0002987 ▁p 0.0002395 ▁Lily 0.000188 ▁t 0.0001879 ▁play 0.0001788 ▁and 0.0001769 ▁d 0.0001476 i 9.39e-05 er 8.013e-05 t 7.646e-05 ar 6.318e-05 ▁in 5.798e-05 ▁was 3.307e-05 l 2.184e-05 a 2.08e-05 r 9.754e-06 re 9.359e-06 n 6.854e-06 k 2.935e-06 o 2.811e-06 ' 2.486e-06 m 2.246e-06 ou 1.763e-06 ir 1.75e-06 id 9.502e-07 <rest> 0.009513648073363745",
        "▁with\t▁her 0.2346 ▁the 0.183 ▁his 0.1481 ▁a 0.09141 ▁it 0.07284 ▁m 0.04742 . 0.01649 ▁ 0.01534 out 0.009637 ▁s 0.008159 ▁e 0.006748 ▁b 0.005907 ▁c 0.005279 ▁Lily 0.004684 ▁p 0.004426 ▁f 0.004162 ▁d 0.0039 ▁t 0.003268 ▁to 0.001971 ▁g 0.001147 , 0.001137 ▁and 0.0008186 ▁he 0.0008058 ▁with 0.0007128 s 0.0002051 e 8.558e-05 ▁was 6.536e-05 t 4.409e-05 ed 2.464e-05 m 1.715e-05 a 1.251e-05 o 1.212e-05 n 3.974e-06 ' 3.939e-06 ou 2.482e-06 k 2.293e-06 er 2.129e-06 l 1.856e-06 i 1.179e-06 re 1.175e-06 r 1.015e-06 ar 7.255e-07 <rest> 0.10978510849269685",
        '▁play ▁with\t▁her 0.2567 ▁the 0.1712 ▁his 0.1528 ▁it 0.135 ▁m 0.06174 . 0.03705 ▁a 0.01199 ▁ 0.006227 ▁Lily 0.004814 ▁S 0.004362 ▁s 0.002617 , 0.002488 ▁b 0.002222 ▁to 0.001948 ▁and 0.001612 ▁with 0.001428 ▁in 0.001131 ▁d 0.001022 ▁t 0.0009716 ▁f 0.0006433 out 0.0005502 ▁n 0.0001933 ▁big 0.0001213 <rest> 0.12958331221186814',
        '▁to ▁play ▁with\t▁her 0.3022 ▁his 0.1681 ▁the 0.1628 ▁it 0.1274 ▁m 0.05155 . 0.04477 ▁Lily 0.005217 ▁S 0.004858 , 0.002884 ▁and 0.001917 ▁s 0.001681 ▁with 0.001639 <rest> 0.08908587034686155',
        'ed ▁to ▁play ▁with\t▁it 0.3099 <rest> 0.06639594211762401',
        "▁it\t. 0.1841 ▁was 0.1799 ' 0.06867 ▁to 0.05833 , 0.04569 ▁a 0.04194 s 0.02999 ▁w 0.02926 ▁and 0.0274 ▁ 0.02694 ▁in 0.02577 ▁b 0.01793 ▁f 0.01788 ▁c 0.01502 ▁m 0.01454 ▁with 0.01354 ▁d 0.008838 ▁had 0.006889 ▁g 0.006767 ▁e 0.006332 ▁p 0.002164 ▁he 0.001385 ▁the 0.00122 ▁it 0.0006831 r 0.000383 ▁her 0.0001869 t 8.765e-05 k 8.164e-05 l 7.084e-05 m 5.043e-05 er 3.59e-05 re 2.854e-05 ▁Lily 2.157e-05 e 1.76e-05 a 1.259e-05 ed 1.073e-05 n 1.047e-05 ou 7.579e-06 o 5.977e-06 i 2.23e-06 ar 8.504e-07 <rest> 0.14642597533862478",
        "▁with ▁it\t. 0.4367 , 0.1416 ▁a 0.1077 s 0.05388 ▁to 0.0529 ▁and 0.02782 ▁e 0.01629 ▁in 0.01501 ▁with 0.01186 ▁ 0.006885 ▁so 0.005665 ▁b 0.003104 ▁w 0.002599 ▁f 0.001728 ▁but 0.0016 ▁was 0.001065 ▁li 0.0009071 ▁s 0.0008541 ▁c 0.0008282 ▁t 0.0007252 ▁m 0.0006759 ▁g 0.0004514 ' 0.0003982 ▁d 0.0002435 ▁p 0.0002362 ▁r 0.0001935 ▁we 0.0001201 ▁had 3.446e-05 ▁saw 2.824e-06 <rest> 0.1055938166237238",
        '▁play ▁with ▁it\t. 0.4399 , 0.1688 ▁a 0.1141 ▁to 0.05771 s 0.01463 ▁with 0.01316 ▁ 0.007971 ▁so 0.00661 ▁but 0.001731 ▁was 0.0002888 <rest> 0.1091131896902473',
        '▁to ▁play ▁with ▁it\t. 0.4733 , 0.2066 ▁a 0.118 ▁and 0.02055 ▁e 0.0159 s 0.01506 ▁in 0.01407 ▁with 0.01245 ▁so 0.006774 ▁w 0.002534 ▁but 0.001962 <rest> 0.051892353566706406',
        'ed ▁to ▁play ▁with ▁it\t. 0.4486 , 0.2521 ▁a 0.1184 ▁so 0.007662 ▁but 0.002419 <rest> 0.03405618090765228',
        '▁want ed ▁to ▁play ▁with ▁it\t. 0.4174 , 0.2785 ▁a 0.1211 <rest> 0.03445152629132331',
        '▁She ▁want ed ▁to ▁play ▁with ▁it\t, 0.5168 <rest> 0.04842605085151519',
        '▁it ,\t<rest> 0.1313319916625535',
        "▁but\t▁he 0.1518 ▁she 0.1456 ▁it 0.1325 ▁the 0.09724 t 0.07948 ▁her 0.05504 ▁Lily 0.02627 ▁his 0.0184 ▁a 0.01416 ▁n 0.01193 ▁we 0.01128 ▁c 0.01019 ▁ 0.009998 ▁s 0.00949 ▁w 0.007525 ▁d 0.005838 ▁f 0.004978 ▁m 0.003966 ▁to 0.00161 ▁p 0.00132 ▁g 0.001262 ▁b 0.00106 ▁was 0.0005 , 0.00047 ▁and 0.0002378 ' 0.0002319 . 0.0001753 e 4.215e-05 s 2.589e-05 er 1.967e-05 a 1.598e-05 r 1.565e-05 o 1.436e-05 n 1.4e-05 k 8.193e-06 ar 5.234e-06 l 5.119e-06 m 2.907e-06 ed 2.4e-06 ou 2.044e-06 re 2.025e-06 i 1.559e-06 <rest> 0.17903324236136697",
        ', ▁but\t▁he 0.1682 ▁she 0.1636 ▁it 0.1505 ▁the 0.1087 ▁her 0.06232 ▁Lily 0.02988 ▁his 0.02112 ▁we 0.01304 ▁n 0.01224 ▁ 0.01 ▁s 0.009365 ▁w 0.007335 ▁S 0.005949 ▁there 0.003953 ▁c 0.003303 ▁so 0.002242 ▁to 0.001666 t 0.001254 <rest> 0.19471084667168637',
        '▁it , ▁but\t▁it 0.2338 ▁she 0.1918 ▁he 0.1508 ▁her 0.1147 ▁the 0.08955 ▁his 0.03035 ▁Lily 0.02652 ▁ 0.004084 ▁f 0.00184 ▁d 0.001715 ▁c 0.001502 ▁to 0.0008335 t 0.000225 <rest> 0.1034326031808952',
        '▁with ▁it , ▁but\t▁she 0.2395 <rest> 0.043437703605208045',
        '▁but ▁she\t▁d 0.197 <rest> 0.1058876288030024',
        '▁d\tid 0.3091 <rest> 0.2622680319846542',
        '▁d id\tn 0.6201 <rest> 0.031469569816913734',
        "n\t' 0.1508 <rest> 0.34207210464445037",
        "'\ts 0.5404 t 0.3604 m 0.06314 re 0.02126 ▁c 0.0001357 ▁ 0.0001309 ▁f 0.0001233 ▁a 0.0001064 ▁t 0.0001049 ▁b 9.516e-05 ▁g 8.797e-05 ▁w 8.339e-05 ▁p 7.931e-05 l 7.311e-05 ▁s 7.088e-05 r 6.844e-05 . 6.731e-05 ▁m 6.487e-05 ▁to 5.99e-05 , 3.581e-05 ▁d 3.551e-05 n 3.401e-05 ' 3.073e-05 e 2.006e-05 ▁and 1.719e-05 ar 1.296e-05 ▁he 1.2e-05 ▁the 1.165e-05 er 8.208e-06 a 7.12e-06 i 5.225e-06 k 3.506e-06 ▁was 3.335e-06 ▁her 3.307e-06 ou 3.188e-06 ▁it 2.821e-06 ir 2.678e-06 o 2.463e-06 ed 1.84e-06 ▁Lily 1.831e-06 ▁with 1.309e-06 ▁play 1.251e-06 id 9.182e-07 <rest> 0.012454457808605879",
        "n '\tt 0.9932 <rest> 3.020647300200352e-05",
        "t\ter 0.0962 ed 0.07476 ▁the 0.04607 ▁was 0.03984 t 0.02867 ▁k 0.02765 o 0.02539 ▁want 0.02532 ' 0.02293 ▁it 0.02006 ▁w 0.01915 ▁f 0.01739 ▁s 0.01562 ▁b 0.01348 e 0.01148 ▁m 0.01109 , 0.01073 ▁and 0.009819 ▁g 0.009697 ▁her 0.009062 ▁li 0.008887 ▁c 0.008098 ▁day 0.006865 ▁e 0.005667 a 0.005342 s 0.004966 ▁he 0.003849 ▁d 0.003612 l 0.002433 r 0.002366 re 0.0008082 n 0.000427 m 0.0003941 ar 0.0003845 ou 2.26e-05 k 1.937e-05 <rest> 0.30783508090334044",
        "' t\t▁want 0.1622 <rest> 0.1898354109950947",
        't ▁want\t▁to 0.8878 <rest> 0.018508843734431846',
        '▁want ▁to ▁play ▁with\t▁m 0.2753 ▁the 0.1644 ▁it 0.1599 ▁her 0.07619 ▁his 0.02618 . 0.007946 ▁a 0.006448 ▁ 0.004985 ▁Lily 0.004385 ▁s 0.002635 ▁p 0.00239 ▁to 0.002161 ▁b 0.001792 ▁in 0.001693 ▁S 0.001624 ▁w 0.001623 , 0.001581 ▁with 0.001374 ▁and 0.0003159 <rest> 0.24893084816446476',
        't ▁want ▁to ▁play ▁with\t▁it 0.2233 <rest> 0.18509133035168646',
    ],
    'position.txt': [
        'piece\t0\t4\t16\t48\t128\t256\t384',
        '▁but\t0.8997\t0.4525\t1.054\t1.142\t1.054\t0.8585\t0.8981',
        '▁she\t1.14\t0.9723\t1.087\t1.145\t0.9588\t0.853\t0.8038',
        '▁big\t0.8374\t1.006\t1.146\t1.092\t0.9598\t0.8631\t0.8174',
        '▁r\t0.8664\t1.008\t1.121\t1.082\t0.9421\t0.9534\t0.8988',
    ],
    'copying.txt': [
        'longest_match\t4',
        '1 piece always\t0.0001\t0.0003\t0.0001687\t0.0001827\t1969',
        '1 word always\t0.0003\t0.001\t0.0006174\t0.0005867\t938',
        '1 word mostly\t0\t0.0001\t3.069e-05\t2.533e-05\t3916',
        '1 word sometimes\t0.001\t0.003\t0.002211\t0.001861\t10868',
        '1 word sometimes\t0.1\t0.2\t0.153\t0.1402\t8895',
        '3 word always\t0.0003\t0.001\t0.001198\t0.0005818\t25',
        '4 piece always\t0.03\t0.1\t0.1005\t0.06196\t75',
    ],
    'calibration.txt': [
        ",\t▁Lily 1.045 ▁and 1.045 ▁the 0.9518 ▁she 1.06 ▁he 0.8985 ▁ 0.9491 ▁a 0.9648 ▁s 0.9762 ▁c 1.072 ▁S 1.052 ▁w 1.046 ▁p 1.035 ▁there 0.9782 ▁we 0.9623 ▁her 1.301 ▁b 1.047 ▁to 0.8886 ▁was 1.208 . 1.256 s 1.102 ' 1.16 l 1.122 e 1.024",
        '▁to ▁play ▁with\t▁her 1.033 ▁the 1.069 ▁his 0.8866 ▁m 0.919 . 1.026 ▁Lily 0.9345 ▁S 0.8823 , 1.023 ▁s 1.026 ▁and 0.977 ▁with 0.9695',
    ],
}
START = [0, 63, 65, 2]  # the text's first words, as positions in VOCAB
LENGTH = 66


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [('position', Position), ('copying', Copying), ('calibration', Calibration)], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never <rest>
    return decode_sentencepiece([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
