"""Story-level priming: words seen earlier in the story change what comes later.

Two tables, both measured on the probe stories against what the room predicted before this step:
  tables/priming_seen.txt     one line per token: `piece <TAB> seen <TAB> not seen`, the factor
                              the token gets once it has occurred in the story, and before.
                              A name the story has introduced comes back; one it has not, rarely.
  tables/priming_related.txt  one line per trigger word: `▁Lily <TAB> ▁she 2.4 ▁her 2.1 ...`.
                              Once the trigger has occurred, each listed token not yet seen is
                              multiplied by its factor. When several triggers list a token, the
                              strongest factor (furthest from 1) wins.
Every factor is the subject's average probability for the token divided by the room's, over
the probe-story positions where the case holds. After scaling, everything is divided by the
new total.
"""
from mechanism_tables import every_token, rows, scale_probabilities


class Priming:
    def __init__(self, room_dir, vocab):
        ids, self.vocab = {p: i for i, p in enumerate(vocab)}, vocab
        self.seen, self.unseen = {}, {}
        for piece, seen, unseen, *_ in rows(f"{room_dir}/tables/priming_seen.txt"):
            self.seen[ids[piece]], self.unseen[ids[piece]] = float(seen), float(unseen)
        self.related = {}
        for trigger, listed, *_ in rows(f"{room_dir}/tables/priming_related.txt"):
            words = listed.split(" ")
            self.related[ids[trigger]] = {ids[w]: float(f) for w, f in zip(words[::2], words[1::2])}
        self.seen_dense, self.unseen_dense = every_token(self.seen, len(vocab)), every_token(self.unseen, len(vocab))

    def adjust(self, prefix, p):
        seen = set(prefix[1:])
        factors = list(self.unseen_dense)
        for w in seen:
            factors[w] = self.seen_dense[w]
        for w, (f, _trigger) in self.strongest(seen).items():
            factors[w] *= f
        return scale_probabilities(p, factors)

    def strongest(self, seen):
        """{token not yet seen: (its strongest related factor, the trigger that gives it)}."""
        best = {}
        for trigger in seen:
            for w, f in self.related.get(trigger, {}).items():
                if w not in seen and abs(f - 1) > abs(best.get(w, (1, 0))[0] - 1):
                    best[w] = (f, trigger)
        return best

    def explain(self, prefix, token):
        """(the table rows that changed `token` here, in words) or None."""
        if token not in self.seen:
            return None
        seen = set(prefix[1:])
        was = token in seen
        f = (self.seen if was else self.unseen)[token]
        rows = [f"priming_seen.txt {self.vocab[token]} {'seen' if was else 'not seen'}"]
        words = [f"{'seen' if was else 'not seen'} before: x{f:.2f}"]
        related = self.strongest(seen).get(token)
        if related:
            g, trigger = related
            rows.append(f"priming_related.txt {self.vocab[trigger]} {self.vocab[token]}")
            words.append(f"related to {self.vocab[trigger]}: x{g:.2f}")
        return " + ".join(rows), ", ".join(words)
