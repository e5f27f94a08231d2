"""Calibration: the mechanisms' average factors checked context by context (room module:
room_template/calibration.py).

For every context that occurs at least `calibration_positions` times in the derivation stories,
factors (subject's summed probability + k) / (room's + k) for the tokens its rule lists, over the
places where it is the longest such context, with every mechanism before it on; factors within
`calibration_min_factor` of 1 are left out; rows sorted by nats saved.
"""
import math
from collections import Counter

import numpy as np

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import factor_table, nats_saved, walk

NAME = "calibration"
ABOUT = ("the mechanisms' average factors checked against the subject on each frequent context's own "
         "occurrences, where a rule already knew what they add")
TABLES = {"calibration.txt": {"rows": "listed"}}
COLOUR = "#e0e0e0"
CITES_HEADS = False          # a check on the room's own steps: no heads to find


def context_sums(walked, rules, count, min_count):
    """{context: [its rule's listed tokens, subject's sums, room's sums, positions]} over the places
    where it is the longest context occurring `min_count` times or more (`count`: occurrences)."""
    sums = {}
    for story, room_p, subject_p in walked:
        for t in range(len(story)):
            ctx = next((c for c in reversed(rules.matches(story[: t + 1])) if count[c] >= min_count), None)
            if ctx is None:
                continue
            if ctx not in sums:
                ws = np.array(sorted(rules.rule(ctx)[0]))
                sums[ctx] = [ws, np.zeros(len(ws)), np.zeros(len(ws)), 0]
            acc = sums[ctx]
            acc[1] += subject_p[t, acc[0]]
            acc[2] += room_p[t, acc[0]]
            acc[3] += 1
    return sums


def table(sums, pieces, s):
    """-> (calibration.txt, the number of contexts listed)."""
    lines = []
    for ctx, (ws, sq, sr, n) in sums.items():
        factor = factor_table(sq, sr, s.factor_prior)
        gain = float(nats_saved(sq, sr, factor).sum())
        keep = [i for i in np.argsort(-sq, kind="stable")
                if abs(math.log(factor[i])) >= math.log(s.calibration_min_factor)]
        if keep:
            listed = " ".join(f"{pieces[ws[i]]} {factor[i]:.4g}" for i in keep)
            lines.append((-gain, " ".join(pieces[w] for w in ctx), listed, n))
    lines.sort()
    text = ("# context\tits rule's tokens and their factors\t# positions, nats saved\n"
            f"# Contexts occurring at least {s.calibration_positions} times in the probe stories the mechanisms "
            "are measured on.\n# factor = (subject's summed probability + k) / (room's + k), "
            f"k = {s.factor_prior}, over the places where the context\n# is the longest of this table; "
            f"factors within x{s.calibration_min_factor} of 1 are left out. Most useful first.\n")
    text += "".join(f"{context}\t{listed}\t# {n:,} positions, saves {-neg_gain:.1f} nats\n"
                    for neg_gain, context, listed, n in lines)
    return text, len(lines)


def derive(subject, stories, s, stage, progress):
    room = stage.room()
    rules = room.context_rules
    count = Counter(c for story in stories for t in range(len(story)) for c in rules.matches(story[: t + 1]))
    walked = walk(subject, stage, stories, "measuring calibration", progress)
    text, n = table(context_sums(walked, rules, count, s.calibration_positions),
                    subject.tokenizer_spec()["pieces"], s)
    return MechanismTables(NAME, {"calibration.txt": text}, {
        "calibration.txt": f"factors for the listed tokens of {n:,} contexts occurring at least "
                           f"{s.calibration_positions} times in the derivation stories: the subject's summed "
                           "probability over the room's with every mechanism before it"})
