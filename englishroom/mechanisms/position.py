"""Position: how far the story has got changes what comes next (room module: room_template/position.py).

Stories open with "Once upon a time" and end with a new line and the end of the story. The table
holds one factor per token for each range of story length so far, the closed-form average
(subject's summed probability + k) / (room's + k) over the derivation positions in that range.
"""
import numpy as np

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import by_spread, state_factors, walk

NAME = "position"
ABOUT = "how far the story has got (opening formulas early, new lines and endings late)"
TABLES = {"position.txt": {"rows": "token", "header": 1}}
COLOUR = "#fff0a8"
STARTS = [0, 4, 16, 48, 128, 256, 384]      # each range's first story length, in tokens


def length_range(prefix):
    """The range of story length a prefix (BOS first) falls in: an index into STARTS."""
    return int(np.searchsorted(STARTS, len(prefix) - 1, side="right") - 1)


def table(factor, n, pieces, k):
    """position.txt from per-range factors [ranges, V] and the positions behind each range."""
    lines = ["# piece, then a factor for each range of story length so far; the first row gives each\n"
             "# range's first length (tokens). Factors: (subject's summed probability + k) / (room's + k),\n"
             f"# k = {k}, from " + ", ".join(f"{int(x):,}" for x in n) + " positions. "
             "Tokens whose factors vary most first.\n",
             "piece\t" + "\t".join(map(str, STARTS)) + "\n"]
    lines += [f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n" for w in by_spread(factor)]
    return "".join(lines)


def derive(subject, stories, s, stage, progress):
    walked = walk(subject, stage, stories, "measuring position", progress)
    factor, n = state_factors(walked, length_range, len(STARTS), subject.vocab_size, s.factor_prior)
    return MechanismTables(NAME, {"position.txt": table(factor, n, subject.tokenizer_spec()["pieces"], s.factor_prior)},
                           {"position.txt": f"per-token factors for {len(STARTS)} ranges of story length"})
