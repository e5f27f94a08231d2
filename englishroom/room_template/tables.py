"""Reading the room's tables, and the two ways a mechanism changes a prediction.

Tables are plain text: a row per line, fields separated by tabs, "# " lines are comments. The code
never opens a file: it is handed `table(name)`, the rows of tables/NAME (or a slice's rows), and checks
every number as it reads it (a probability in [0, 1], a factor in (0, 1e6]). A mechanism either *sets*
some tokens to a probability (the others keep their proportions and share what is left), or *scales*
some by factors (then everything is divided by the new total), on a list or a lazy prediction alike.
"""
import bisect

from prediction import Pending


class RoomError(Exception):
    """A room that cannot be used: a file missing or not as written, a value out of range."""


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
        if line and not line.isspace() and not line.startswith("# "):     # (no copy of a long line)
            yield line.rstrip("\n").split("\t")


class FolderTables:
    """`table(name)` for a room folder: the rows of tables/NAME; `opened` says which tables were read."""

    def __init__(self, folder):
        self.folder, self.opened = folder, []

    def __call__(self, name):
        self.opened.append(name)
        with open(f"{self.folder}/tables/{name}", encoding="utf-8") as f:
            yield from rows(f)


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


def context_factors(table_rows, ids):
    """Rows `context <TAB> token factor token factor ... <TAB> # comment` -> {context ids: {token id: factor}}."""
    return {tuple(ids[p] for p in context.split(" ")): {ids[w]: f for w, f in pairs(listed, factor)}
            for context, listed, *_ in table_rows}


class RangeTable:
    """Rows `group  from  to  subject  room  positions`: where the room so far gives a token of `group` a
    probability in [from, to), the subject gave it `subject` on average and the room `room`, over
    `positions` places in the probe stories. Such a token's probability is multiplied by subject / room."""

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
    p = Pending(p) if isinstance(p, list) else p       # the rest scaled at once, the new ones fixed
    return p.changed(p.scale * rest, {**{w: x * rest for w, x in p.fixed.items()}, **new})


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
    if isinstance(p, list):
        return Pending.dividing(p, (factors,))
    old = {w: p[w] for w in getattr(factors, "sparse", factors if isinstance(factors, dict) else range(len(p)))}
    new = {w: x * factors[w] for w, x in old.items()}
    total = 1 + sum(new.values()) - sum(old.values())
    return p.changed(p.scale / total, {w: x / total for w, x in {**p.fixed, **new}.items()})
