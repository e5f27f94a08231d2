"""Priming: words seen earlier in the story change what comes later (room module: room_template/priming.py).

Two tables, each measured against the room as it stood before it:
  priming_seen.txt     per token, a factor for each range of how many tokens ago it last occurred
                       (SEEN_STARTS), and one while not seen yet;
  priming_related.txt  (trigger, token) factors: once the trigger has occurred, a token not yet seen
                       is scaled; triggers are tokens in at most `trigger_share` of the stories, and
                       only the `related_budget` pairs that save the most nats are kept.
Every factor is (subject's summed probability + k) / (room's + k) over the positions where the case holds.
"""
import math

import numpy as np

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import by_spread, factor_table, nats_saved, walk

NAME = "priming"
ABOUT = ("words already in the story come back (by how long ago they last occurred), and make related "
         "words likelier")
TABLES = {"priming_seen.txt": {"rows": "token", "header": 1},
          "priming_related.txt": {"rows": "listed"}}
COLOUR = "#cdeccd"
SEEN_STARTS = [1, 3, 6, 12, 24, 48, 96]     # each range's first distance (1 = the token just before)


def seen_sums(walked, vocab_size):
    """Summed probabilities [ranges + 1, V] of the subject and the room, per token by how long ago it
    last occurred (the last row: not seen yet)."""
    B = len(SEEN_STARTS)
    sums_subject, sums_room = np.zeros((B + 1, vocab_size)), np.zeros((B + 1, vocab_size))
    for story, room_p, subject_p in walked:
        last = {}                                # token -> where it last occurred so far
        for t in range(len(story)):
            if t > 0:
                last[story[t]] = t
            ws = np.fromiter(last, int, len(last))
            b = np.searchsorted(SEEN_STARTS, t + 1 - np.fromiter(last.values(), int, len(last)), side="right") - 1
            for acc, probs in ((sums_subject, subject_p[t]), (sums_room, room_p[t])):
                acc[B] += probs                      # every token counts as not seen yet ...
                acc[B, ws] -= probs[ws]              # ... except the seen ones, which go by how long ago
                acc[b, ws] += probs[ws]
    return sums_subject, sums_room


def seen_table(factor, pieces, k):
    lines = ["# piece, a factor for each range of how many tokens ago it last occurred in the story (the first\n"
             "# row gives each range's first distance; 1 = the token just before), then one for not seen yet.\n"
             f"# Factors: (subject's summed probability + k) / (room's + k), k = {k}. Tokens whose factors vary "
             "most first.\n",
             "piece\t" + "\t".join(map(str, SEEN_STARTS)) + "\tnot seen\n"]
    lines += [f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n" for w in by_spread(factor)]
    return "".join(lines)


def related_vocab(stories, vocab_size, s):
    """The `related_vocab` tokens in most stories (a 50k vocabulary would not fit), and the triggers among
    them (tokens in at most `trigger_share` of the stories: content words)."""
    share = np.zeros(vocab_size)
    for story in stories:
        share[list(set(story[1:]))] += 1 / len(stories)
    vocab = np.argsort(-share, kind="stable")[: s.related_vocab]
    return vocab, {int(a) for a in vocab if share[a] <= s.trigger_share}


def related_sums(walked, vocab, triggers, vocab_size):
    """Per (trigger, token), both sides' summed probabilities over the positions after the trigger first
    occurs and before the token does, and how many positions."""
    col = np.full(vocab_size, -1)
    col[vocab] = np.arange(len(vocab))
    n = len(vocab)
    sq, sr, npos = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    for story, room_p, subject_p in walked:
        T = len(story)
        first = {}
        for t in range(1, T):
            first.setdefault(story[t], t)
        f_b = np.full(n, T)
        for w, t in first.items():
            if col[w] >= 0:
                f_b[col[w]] = t
        subject_p, room_p = subject_p[:, vocab], room_p[:, vocab]
        cq = np.vstack([np.cumsum(subject_p[::-1], 0)[::-1], np.zeros((1, n))])   # sums over t' >= t
        cr = np.vstack([np.cumsum(room_p[::-1], 0)[::-1], np.zeros((1, n))])
        for a, fa in first.items():
            if a in triggers:
                hi = np.maximum(fa, f_b)
                sq[col[a]] += cq[fa] - cq[hi, np.arange(n)]
                sr[col[a]] += cr[fa] - cr[hi, np.arange(n)]
                npos[col[a]] += hi - fa
    return sq, sr, npos


def related_table(sq, sr, npos, vocab, pieces, s):
    """-> (priming_related.txt, the number of pairs kept)."""
    k = s.factor_prior
    factor = factor_table(sq, sr, k)
    gain = nats_saved(sq, sr, factor)
    np.fill_diagonal(gain, 0)
    gain[(npos < s.min_positions) | (np.abs(np.log(factor)) < math.log(s.min_factor))] = 0
    n = len(vocab)
    chosen = [divmod(int(c), n) for c in np.argsort(gain, axis=None)[::-1][: s.related_budget]]
    chosen = [(a, b) for a, b in chosen if gain[a, b] > 0]
    by_trigger = {}
    for a, b in chosen:
        by_trigger.setdefault(a, []).append(b)
    order = sorted(by_trigger, key=lambda a: -sum(gain[a, b] for b in by_trigger[a]))
    name = [pieces[w] for w in vocab]
    lines = ["# trigger\ttokens it makes more (factor > 1) or less likely once it has occurred\t# saves\n"
             "# factor = (subject's summed probability + k) / (room's + k) over the positions after the\n"
             f"# trigger and before the token itself, in the probe stories; k = {k}. Most useful first.\n"]
    for a in order:
        bs = sorted(by_trigger[a], key=lambda b: -factor[a, b])
        listed = " ".join(f"{name[b]} {factor[a, b]:.3g}" for b in bs)
        lines.append(f"{name[a]}\t{listed}\t# saves {sum(gain[a, b] for b in bs):.1f} nats\n")
    return "".join(lines), len(chosen)


def derive(subject, stories, s, stage, progress):
    V = subject.vocab_size
    pieces = subject.tokenizer_spec()["pieces"]
    walked = walk(subject, stage, stories, "measuring priming (seen)", progress)
    seen = seen_table(factor_table(*seen_sums(walked, V), s.factor_prior), pieces, s.factor_prior)
    # related words are measured against the room with the seen factors on
    with_seen = MechanismTables(NAME, {"priming_seen.txt": seen, "priming_related.txt": ""}, {})
    vocab, triggers = related_vocab(stories, V, s)
    walked = walk(subject, stage, stories, "measuring priming (related)", progress, with_seen)
    related, pairs = related_table(*related_sums(walked, vocab, triggers, V), vocab, pieces, s)
    return MechanismTables(NAME, {"priming_seen.txt": seen, "priming_related.txt": related}, {
        "priming_seen.txt": f"per-token factors for {len(SEEN_STARTS)} ranges of how many tokens ago the token "
                            "last occurred, and for not seen yet",
        "priming_related.txt": f"{pairs:,} (trigger, token) factors, the top by nats saved, "
                               f"triggers being tokens in at most {s.trigger_share:.0%} of the stories "
                               f"(pairs with at least {s.min_positions} positions and a factor beyond "
                               f"x{s.min_factor} either way)"})
