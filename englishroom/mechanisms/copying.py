"""Copying (induction): what followed the last token earlier in the story is likely to follow again
(room module: room_template/copying.py, which finds the candidates).

The table is a range table: per group of candidate (match length, word, piece or spelled, how often it followed)
and range of the room's probability for it, the subject's and the room's mean probability there. The
room multiplies a candidate's probability by their ratio.
"""
from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import RangeSums, runtime, walk

NAME = "copying"
ABOUT = "what followed the last token earlier in the story is likely to follow again (induction)"
TABLES = {"copying.txt": {"rows": "group", "header": 1}}
COLOUR = "#ffd0a8"
ABOUT_TABLE = ("# Copying: group = match length (tokens that agree before the earlier copy, up to longest_match), whether\n"
               "# the candidate starts a word, continues one, or follows a lone space piece (`spelled`: ▁ Z), and how\n"
               "# often it followed.\n")


def add_story(sums, code, story, room_p, subject_p, pieces, longest, shortest):
    """Add every position's copy candidates, by group, to the range sums."""
    for t in range(len(story)):
        groups = {}
        for w, (m, share) in code.candidates(story[: t + 1], longest, shortest).items():
            groups.setdefault(code.group(m, share, pieces[w], pieces[story[t]]), []).append(w)
        for g, ws in groups.items():
            sums.add(g, ws, room_p[t], subject_p[t])


def derive(subject, stories, s, stage, progress):
    code = runtime("copying")
    pieces = subject.tokenizer_spec()["pieces"]
    sums = RangeSums()
    for story, room_p, subject_p in walk(subject, stage, stories, "measuring copying", progress):
        add_story(sums, code, story, room_p, subject_p, pieces, s.copy_match, s.copy_from)
    text = sums.text(ABOUT_TABLE, s.min_positions, first=f"longest_match\t{s.copy_match}\nshortest_match\t{s.copy_from}\n")
    return MechanismTables(NAME, {"copying.txt": text}, {
        "copying.txt": f"range table of {sums.positions():,} copy candidates at {sum(map(len, stories)):,} "
                       "positions of the derivation stories: the subject's mean probability per match length "
                       f"({s.copy_from} to {s.copy_match} tokens) and range of the room's probability"})
