"""Copying (induction): what came after this token earlier in the story is likely to come again.

Every earlier place where the story's last token occurred proposes the token that followed it: a
*candidate*. Its *match* is how many tokens agree going back from both places, from `shortest_match`
(about 2 characters: one character agreeing tells little) to `longest_match` (about 8); its *share*, how
many of those places it followed. tables/copying.txt starts with those two rows, then a range table
(tables.py) by match, kind (a `word` starts a word, a `piece` continues one, a `spelled` one follows a
lone space piece: ▁ Z) and share (always; mostly: half or more; sometimes). A candidate's probability is
multiplied by the subject's average over the room's for such candidates; the others keep their
proportions. So the room brings back a name the story mentioned.
"""
from tables import RangeTable, first_row, set_probabilities

SPACES = ("\u2581", " ", "\u0120")          # how a vocabulary writes a space: ▁, " " or Ġ


def candidates(prefix, longest, shortest=1):
    """{candidate token: (its longest match, `shortest` to `longest`; share of the earlier places it followed)}."""
    found, last, places = {}, prefix[-1], 0
    for j in range(1, len(prefix) - 1):
        if prefix[j] == last:
            m = 1
            while m < longest and j - m >= 1 and prefix[j - m] == prefix[-1 - m]:
                m += 1
            best, times = found.get(prefix[j + 1], (0, 0))
            found[prefix[j + 1]] = (max(best, m), times + 1)
            places += 1
    return {w: (m, times / places) for w, (m, times) in found.items() if m >= shortest}


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
        self.shortest, rows = first_row(rows, "shortest_match", self.longest)
        self.table, self.vocab = RangeTable(rows), vocab

    def adjust(self, prefix, p):
        last = self.vocab[prefix[-1]]
        return set_probabilities(p, {w: self.table(group(m, share, self.vocab[w], last), p[w])
                                     for w, (m, share) in candidates(prefix, self.longest, self.shortest).items()})

    def explain(self, prefix, token, p):
        found = candidates(prefix, self.longest, self.shortest).get(token)
        if found:
            g = group(*found, self.vocab[token], self.vocab[prefix[-1]])
            return f"copying.txt {g}", f"came after {self.vocab[prefix[-1]]} earlier in the story ({g})"
