"""Words: the room writes the words the subject writes (room module: room_template/words.py).

The list: every word (a run of letters) of the probe stories but the last `HELD_OUT` (a fifth at most),
with how often it occurs. The factor for a token that would take the word being written off the list is
a held-out count over the stories left out (the real text at the end of the probe where it has some, else
the subject's last samples): (how often their next token stepped off the list + k) / (the probability the
room as it stands gave such tokens there + k). No subject output is needed: the list is counted from its stories,
the factor from text it did not see.
"""
from collections import Counter

from tqdm import tqdm

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import factor_table, runtime

NAME = "words"
ABOUT = "a token that would spell a word no probe story has is made less likely, unless the story wrote that word itself"
TABLES = {"words.txt": {"rows": "group", "header": 1}}
COLOUR = "#f5e3c8"
HELD_OUT = 200            # probe stories the list leaves out, to count the factor on


def word_counts(stories, texts, letters) -> Counter:
    return Counter(w for s in stories for w in letters.findall("".join(texts[t] for t in s[1:])))


def table(counts, factor, held, hits, expected, k):
    lines = [f"# word\ttimes in the probe stories\n# factor: (steps off the list + k) / (the room's probability "
             f"of them + k), k = {k}, over {held:,} stories the list leaves out: ({hits:,} + k) / ({expected:,.1f} + k)\n",
             f"factor\t{factor:.4g}\n"]
    return "".join(lines + [f"{w}\t{n}\n" for w, n in counts.most_common()])


def derive(subject, stories, s, stage, progress):
    code = runtime("words")
    pieces = subject.tokenizer_spec()["pieces"]
    probe = stage.program.stories
    n = min(HELD_OUT, len(probe) // 5)
    listed, held = probe[:len(probe) - n], probe[len(probe) - n:]
    counts = word_counts(listed, runtime("readers").piece_texts(pieces), code.LETTERS)   # the texts every reader reads
    if not counts or not held:
        return None
    words = code.Words(lambda name: iter([["factor", "1"]] + [[w] for w in counts]), pieces)
    room = stage.room()
    room.context_rules.lazy = False
    hits = expected = 0.0
    for story in tqdm(held, desc="words: steps off the list", unit="story", disable=not progress):
        for t in range(1, len(story)):
            off = words.stepping_off(story[:t])[0]
            if off:
                p = room.predict(story[:t])
                hits += story[t] in off
                expected += sum(p[w] for w in off) / sum(p)
    factor = factor_table(hits, expected, s.factor_prior)
    return MechanismTables(NAME, {"words.txt": table(counts, factor, len(held), int(hits), expected, s.factor_prior)}, {
        "words.txt": f"{len(counts):,} words of {len(listed):,} probe stories; the factor {factor:.3g} for a token "
                     f"that steps off them, counted on {len(held):,} stories left out"})
