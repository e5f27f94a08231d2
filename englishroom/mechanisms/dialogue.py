"""Dialogue: inside a quotation the subject talks differently (room module: room_template/dialogue.py).

The story is inside a quotation when the reader readers.quotation finds the mark that opened it. The table
holds each token's factor inside and outside, (subject's summed probability + k) / (room's + k).
"""
import numpy as np

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import runtime, state_factors, walk

NAME = "dialogue"
ABOUT = "inside or outside a quotation"
TABLES = {"dialogue.txt": {"rows": "token", "header": 0}}
COLOUR = "#e6d4f5"


def table(factor, n, pieces, k):
    """dialogue.txt from factors [outside, inside][V] and the positions in each state."""
    lines = ["# piece\tinside a quotation\toutside\t# factors: (subject's summed probability + k) / "
             f"(room's + k), k = {k}\n# {int(n[1]):,} positions inside, {int(n[0]):,} "
             "outside. Tokens whose two factors differ most first.\n"]
    lines += [f"{pieces[w]}\t{factor[1, w]:.4g}\t{factor[0, w]:.4g}\n"
              for w in np.argsort(-np.abs(np.log(factor[1] / factor[0])))]
    return "".join(lines)


def derive(subject, stories, s, stage, progress):
    readers = runtime("readers")
    pieces = subject.tokenizer_spec()["pieces"]
    texts = readers.piece_texts(pieces)
    walked = walk(subject, stage, stories, "measuring dialogue", progress)
    factor, n = state_factors(walked, lambda prefix: int(readers.quotation(prefix, texts) is not None), 2,
                              subject.vocab_size, s.factor_prior)
    return MechanismTables(NAME, {"dialogue.txt": table(factor, n, pieces, s.factor_prior)},
                           {"dialogue.txt": f"per-token factors inside and outside quotations, from "
                                            f"{int(n.sum()):,} positions"})
