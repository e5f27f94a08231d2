"""Words: the room writes the words the subject writes.

tables/words.txt lists every word (a run of letters) of the probe stories. A token that would take the word
being written off the list (beginning what begins no word there, "allch", or ending what is no word) is made
`factor` times as likely (the first row), unless it writes a word the story made up itself (a name). The
factor: on stories the list left out, how often the next token stepped off it over the probability the
room (before this step) gave such tokens. A word off the list already is left alone.
"""
import re

from readers import piece_texts
from tables import factor

LETTERS, ENDING = re.compile(r"[^\W\d_]+"), re.compile(r"[^\W\d_]*$")


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
        self.texts = ["\n" if t[:1] == "<" and t[-1:] == ">" else t for t in piece_texts(vocab)]  # <unk>: no letters
        self.off = {}          # (the word so far, "" or a word the story made up) -> tokens (spelling)

    def stepping_off(self, prefix):
        """(the tokens that would take the word being written off the list, the word so far)."""
        text = "".join(self.texts[w] for w in prefix[1:])
        partial = ENDING.search(text, max(0, len(text) - 64)).group()
        made = {w for w in LETTERS.findall(text, 0, len(text) - len(partial)) if w not in self.words and w.startswith(partial)}
        off = self.spelling(partial, "") if made or not partial or partial in self.starts else set()
        return (off.difference(*(self.spelling(partial, m) for m in made)) if made else off), partial

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
