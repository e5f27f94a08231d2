"""Copying (induction): what came after this token earlier in the story is likely to come again.

Every earlier place where the story's last token occurred proposes the token that followed
it there: a *candidate*. Its *match* is how many tokens agree going back from both places
(1: only the last token; up to 4); its *share*, how many of those earlier places it followed.

tables/copying.txt is a range table (tables.py). Its groups are match, kind of candidate (a `word`
starts with a space, a `piece` continues a word) and share (always; mostly: half or more;
sometimes). For each group and range of the probability the room so far gives the candidate,
it holds the subject's and the room's average probability for such candidates, over every such
place in the probe stories. A candidate's probability is multiplied by their ratio; the other
tokens keep their proportions and share what is left. This is how the room brings back a name
or an object the story already mentioned ("Lily ... Lily").
"""
from tables import RangeTable, set_probabilities

MAX_MATCH = 4


def candidates(prefix):
    """{candidate token: (its longest match, share of the earlier places it followed)}."""
    found, last, places = {}, prefix[-1], 0
    for j in range(1, len(prefix) - 1):
        if prefix[j] == last:
            m = 1
            while m < MAX_MATCH and j - m >= 1 and prefix[j - m] == prefix[-1 - m]:
                m += 1
            nxt = prefix[j + 1]
            best, times = found.get(nxt, (0, 0))
            found[nxt] = (max(best, m), times + 1)
            places += 1
    return {w: (m, times / places) for w, (m, times) in found.items()}


def group(match, share, piece):
    """e.g. `2 piece always`: match 2, continues a word, followed every earlier copy."""
    often = "always" if share == 1 else "mostly" if share >= 0.5 else "sometimes"
    return f"{match} {'word' if piece[:1] in ('▁', ' ', 'Ġ') else 'piece'} {often}"


class Copying:
    def __init__(self, table, vocab):
        self.table = RangeTable(table("copying.txt"))
        self.vocab = vocab

    def adjust(self, prefix, p):
        return set_probabilities(p, {w: self.table(group(m, share, self.vocab[w]), p[w])
                                     for w, (m, share) in candidates(prefix).items()})

    def explain(self, prefix, token):
        """(the table row that changed `token` here, in words) or None."""
        found = candidates(prefix).get(token)
        if found:
            g = group(*found, self.vocab[token])
            return f"copying.txt {g}", f"came after {self.vocab[prefix[-1]]} earlier in the story ({g})"
