"""Words: the room writes the words the subject writes.

tables/words.txt lists every word (a run of letters) of the probe stories. A token that would take the word
being written off the list (beginning what begins no word there, "allch", or ending what is no word) is made
`factor` times as likely (the first row), unless it writes a word the story made up itself (a name). The
factor: on stories the list left out, how often the next token stepped off it over the probability the
room (before this step) gave such tokens. A word off the list already is left alone.
"""
import re
from functools import reduce

from readers import piece_texts, remembered
from tables import factor

LETTERS = re.compile(r"[^\W\d_]+")


def spelled(partial, text, words, starts):
    """Whether `text` after the letters `partial` ends only words of `words`, begins only words of `starts`."""
    for c in text:
        if c.isalpha():
            partial += c
            if partial not in starts:
                return False
        elif partial and partial not in words:
            return False
        else:
            partial = ""
    return True


class Words:
    def __init__(self, table, vocab):
        rows = table("words.txt")
        self.factor, self.words = factor(next(rows)[1]), {w for w, *_ in rows}
        self.starts = {w[:k] for w in self.words for k in range(1, len(w) + 1)}
        # self.off: (the word so far, "" or a word the story made up) -> tokens (spelling)
        self.texts, self.off = piece_texts(vocab), {}

    def stepping_off(self, prefix):
        """(the tokens that would take the word being written off the list, the word so far)."""
        partial, written = self.reading(prefix)
        made = [w for w in written if w.startswith(partial)]
        off = self.spelling(partial, "") if made or not partial or partial in self.starts else set()
        return (off.difference(*(self.spelling(partial, m) for m in made)) if made else off), partial

    def reading(self, prefix):
        """(the word being written, the words off the list the story wrote before it), read token by token."""
        return remembered("words", prefix, self.texts, None, lambda p: reduce(self.read_on, p[1:], ("", frozenset())),
                          lambda found, p: self.read_on(found, p[-1]))

    def read_on(self, found, token):
        partial, written = found
        for c in self.texts[token]:
            partial, written = (partial + c, written) if c.isalpha() else ("", written | ({partial} - self.words - {""}))
        return partial, written

    def spelling(self, partial, made):
        """The tokens that would take `partial` off the list; with `made` (a story's word), those that write it."""
        if (partial, made) not in self.off:
            words, starts = self.words | {made}, self.starts | {made[:k] for k in range(1, len(made) + 1)}
            off = {t for t, x in enumerate(self.texts) if not spelled(partial, x, words, starts)}
            self.off[partial, made] = self.spelling(partial, "") - off if made else off
        return self.off[partial, made]

    def scaling(self, prefix):
        return dict.fromkeys(self.stepping_off(prefix)[0], self.factor)

    def explain(self, prefix, token, p):
        off, partial = self.stepping_off(prefix)
        if token in off:
            return "words.txt factor", f"{partial + self.texts[token]!r} is no word of the probe stories: x{self.factor:.2f}"
