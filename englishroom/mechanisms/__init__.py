"""The mechanisms: one home each, and the registry.

A mechanism's home (this folder) holds everything englishroom knows about it:
  NAME, ABOUT     its name in room.json and a one-line description (the room's README, the report);
  TABLES          its table files and their layout: which rows a slice keeps ("token": one row per
                  token, after `header` rows; "listed": a key, then `piece value` pairs; "context":
                  rows keyed by a context, kept where it occurs in the text; "group": rows that
                  name no token; `key`: the column of a row's key, where it is not the first);
  COLOUR          its colour in the story views;
  derive(...)     its derivation against the room so far (-> MechanismTables, or None where the
                  subject's vocabulary has nothing for it to do).
Its runtime code, what a room runs, is room_template/NAME.py (class NAME.capitalize()); explain, tour
and slice call that same code. ORDER is the order in which they are derived and applied.
"""
from englishroom.mechanisms import calibration, copying, names, openings, position, priming, state, words

REGISTRY = {m.NAME: m for m in (state, position, priming, words, names, copying, calibration, openings)}
ORDER = tuple(REGISTRY)


def table_layouts() -> dict:
    """{table file: its layout} for every mechanism's tables."""
    return {name: layout for m in REGISTRY.values() for name, layout in m.TABLES.items()}
