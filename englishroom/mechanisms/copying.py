"""Copying (induction): what followed the last token earlier in the story is likely to follow again
(room module: room_template/copying.py, which finds the candidates).

The table is a range table: per group of candidate (match length, word or piece, how often it followed)
and range of the room's probability for it, the subject's and the room's mean probability there. The
room multiplies a candidate's probability by their ratio.
"""
from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import RangeSums, runtime, walk

NAME = "copying"
ABOUT = "what followed the last token earlier in the story is likely to follow again (induction)"
TABLES = {"copying.txt": {"rows": "group"}}
COLOUR = "#ffd0a8"
ABOUT_TABLE = ("# Copying: group = match length (tokens that agree before the earlier copy) ), whether\n"
               "# the candidate starts a word or continues one, and how often it followed.\n")


def add_story(sums, code, story, room_p, subject_p, pieces):
    """Add every position's copy candidates, by group, to the range sums."""
    for t in range(len(story)):
        groups = {}
        for w, (m, share) in code.candidates(story[: t + 1]).items():
            groups.setdefault(code.group(m, share, pieces[w]), []).append(w)
        for g, ws in groups.items():
            sums.add(g, ws, room_p[t], subject_p[t])


def derive(subject, stories, s, stage, progress):
    code = runtime("copying")
    pieces = subject.tokenizer_spec()["pieces"]
    sums = RangeSums()
    for story, room_p, subject_p in walk(subject, stage.room(), stories, "measuring copying", progress):
        add_story(sums, code, story, room_p, subject_p, pieces)
    return MechanismTables(NAME, {"copying.txt": sums.text(ABOUT_TABLE, s.min_positions)}, {
        "copying.txt": f"range table of {sums.positions():,} copy candidates at {sum(map(len, stories)):,} "
                       "positions of the derivation stories: the subject's mean probability per match length "
                       "and range of the room's probability"})
