"""Openings: the beginnings the probe stories share, remembered whole (room module: room_template/openings.py).

Every beginning of more than `max_order` tokens after BOS (longer than any context rule) that at least
`min_count` probe stories share (the context rules' own threshold), found by sorting the stories: those
sharing a beginning lie side by side. The subject's next-token distribution after it is the same at each
of them (it sees the same text), so one run of the subject on the longest beginning of each branch gives
every row. A row lists each token that the subject or the room with every other step gives at least
LIST_MIN there, with the subject's probability over the room's: a factor, as calibration's. A row saves
(stories that begin so) x KL(subject || room) nats on the probe stories; the `openings_budget` rows that save
the most are kept (docs/results.md: the rows past 5,000 saved under 0.00007 nats a token of valid-dev).
"""
import numpy as np

from englishroom.decompiler.context_stats import kl_rows
from englishroom.decompiler.ir import MechanismTables

NAME = "openings"
ABOUT = "while the story so far is a beginning probe stories share, the room says what the subject says there"
TABLES = {"openings.txt": {"rows": "listed"}}
COLOUR = "#d8ecd0"
CITES_HEADS = False          # the whole subject's output, remembered: no heads to find
AFTER_RECOUNT = True         # the subject's own numbers over the room's: the room's final rules (decompiler/mechanisms.py)
LIST_MIN = 0.001             # a large room's list_min; a small room lists its rules whole, its openings need not


def shared_beginnings(stories, shortest, longest, min_count) -> dict:
    """{beginning (a tuple of ids, BOS first): how many stories begin so} for every beginning of `shortest`..`longest`
    tokens that at least `min_count` stories share. Sorted, stories sharing a beginning are neighbours: a
    beginning that n stories share is the common start of n - 1 neighbouring pairs."""
    ordered = sorted(tuple(s[:longest]) for s in stories)
    found = {}
    for a, b in zip(ordered, ordered[1:]):
        same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        for k in range(shortest, same + 1):
            found[a[:k]] = found.get(a[:k], 1) + 1
    return {b: n for b, n in found.items() if n >= min_count}


def subject_rows(subject, beginnings, room, list_min) -> dict:
    """{beginning: (nats saved, [(token, factor)] as `factors`)}: one run of the subject per beginning that no
    longer one extends (the shorter ones are its prefixes: a beginning one token shorter is shared as often or
    more), and one prediction of the room per beginning."""
    ends = [list(b) for b in beginnings.keys() - {b[:-1] for b in beginnings}]
    rows = {}
    for i, lp in subject.story_logprobs(ends):
        for k in range(1, len(ends[i]) + 1):
            if (b := tuple(ends[i][:k])) in beginnings and b not in rows:        # a trunk: once, not per branch
                q, p = np.exp(lp[k - 1].astype(np.float64)), np.asarray(room.predict(list(b)), dtype=np.float64)
                p /= p.sum()
                rows[b] = (beginnings[b] * float(kl_rows(q[None], p[None])[0]), factors(q, p, list_min))
    return rows


def kept(rows, budget) -> dict:
    """The `budget` rows that save the most nats (ties: the shorter beginning first)."""
    return dict(sorted(rows.items(), key=lambda r: (-r[1][0], len(r[0]), r[0]))[:budget])


def factors(q, p, list_min):
    """[(token, subject's probability q over the room's p)] for the tokens either gives at least `list_min`,
    the subject's likeliest first (q and p each sum to 1)."""
    order = np.argsort(-q, kind="stable")
    listed = order[((q >= list_min) | (p >= list_min))[order]]
    return [(int(w), float(f)) for w, f in zip(listed, np.clip(q[listed] / p[listed], 1e-6, 1e6))]


def table(rows, beginnings, pieces, s) -> str:
    lines = [f"# the story after BOS\tfor each token the subject or the room gives at least {LIST_MIN} there: the "
             "subject's probability over the room's (every other step on)\t# probe stories that begin so\n# Every "
             f"beginning longer than {s.max_order} tokens that at least {s.min_count} probe stories share; sorted, "
             f"so a beginning comes before those that go on from it. At most {s.openings_budget:,}, those that save the "
             "most nats (stories x KL(subject || room)).\n"]
    for b in sorted(rows, key=lambda b: [pieces[w] for w in b]):
        saves, listed = rows[b][0], " ".join(f"{pieces[w]} {f:.4g}" for w, f in rows[b][1])
        lines.append(" ".join(pieces[w] for w in b[1:]) + f"\t{listed}\t# {beginnings[b]} stories begin so, "
                     f"saves {saves:.3g} nats\n")
    return "".join(lines)


def derive(subject, stories, s, stage, progress):
    longest = min(subject.context_length, max(map(len, stage.program.stories), default=0))
    beginnings = shared_beginnings(stage.program.stories, s.max_order + 1, longest, s.min_count)
    if not beginnings:
        return None
    room = stage.room()
    room.context_rules.lazy = False
    rows = kept(subject_rows(subject, beginnings, room, LIST_MIN), s.openings_budget)
    if not rows:
        return None
    text = table(rows, beginnings, subject.tokenizer_spec()["pieces"], s)
    return MechanismTables(NAME, {"openings.txt": text}, {
        "openings.txt": f"the subject's probability over the room's for the likely next tokens after {len(rows):,} of "
                        f"the {len(beginnings):,} beginnings of more than {s.max_order} tokens that at least "
                        f"{s.min_count} probe stories share, those that save the most nats"})
