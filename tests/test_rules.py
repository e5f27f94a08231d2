"""The rules pass: the budget, the backoff tree, and selection by reach (decompiler/rules.py)."""
from englishroom.rooms import room_size

from conftest import SMALL


def test_rules_respect_budget_and_backoff_tree(small_room):
    folder, program = small_room
    assert len(program.rules) == SMALL["budget"] == room_size(folder)["rules"]
    seen = set()
    for r in program.rules:  # every rule's shorter suffix is a rule listed before it
        assert len(r.context) <= SMALL["max_order"]
        assert len(r.context) == 1 or r.context[1:] in seen
        assert sum(r.listed.values()) < 1
        seen.add(r.context)
    best = max(program.rules, key=lambda r: r.gain)   # the first rule opens the way to the best one
    assert best.context[-len(program.rules[0].context):] == program.rules[0].context
    size = room_size(folder)
    assert 0 < size["logic_lines"] <= 1000 and size["table_bytes"] > 0   # readers and names included: at most 1,000


def test_a_suffix_that_saves_nothing_still_opens_the_way():
    """'lo ved to play' saves nothing over 'ved to play' ('lo' is always followed by 'ved'), but
    'She lo ved to play' saves a lot: selection takes the empty-handed suffix to reach it."""
    import numpy as np
    from englishroom.decompiler.context_stats import ContextStats
    from englishroom.decompiler.rules import reach, select
    contexts = [(), ("play",), ("to", "play"), ("lo", "to", "play"), ("She", "lo", "to", "play"), ("with",)]
    parent = np.array([-1, 0, 1, 2, 3, 0])
    stats = ContextStats(contexts, np.ones(6, dtype=np.int64), parent, 6)
    gains = np.array([0.0, 5.0, 3.0, 0.0, 9.0, 4.0])
    assert list(reach(stats, gains)) == [9.0, 9.0, 9.0, 9.0, 9.0, 4.0]
    assert select(stats, gains, 4) == [1, 2, 3, 4]
    assert select(stats, gains, 5) == [1, 2, 3, 4, 5]
    assert select(stats, gains, 4, by="importance") == [1, 5, 2, 3]     # its own importance: 0, last
