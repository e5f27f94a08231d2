"""A room's variants with mechanisms switched off, scored together, and each mechanism's contribution
(measure/variants.py)."""
import json
import math

from conftest import MECHS


def test_variants_scored_together_equal_rooms_loaded_apart(small_room, subject):
    """mechanism_variants shares the context rules and common chains; each variant must still be
    exactly the room loaded with those mechanisms switched off."""
    import numpy as np
    from englishroom.measure.variants import mechanism_variants
    from englishroom.rooms import load_room
    folder, _ = small_room
    room = load_room(folder)
    names = [m for m, _ in room.room.mechanisms]
    assert names == MECHS
    variants = mechanism_variants(room, "room")
    assert list(variants) == ["room", *[f"without {m}" for m in names], "context rules only"]
    story = subject.encode_story('Once upon a time, Tim said, "I like my red ball." Tim and his mom played. Tim')
    for name, view in reversed(variants.items()):      # any order: the first one asked computes all
        off = names if name == "context rules only" else [name[len("without "):]] if name != "room" else []
        alone = load_room(folder, off=off).story_distributions(story)
        assert np.array_equal(view.story_distributions(story), alone), name
        assert view.predict(story[:9]) == alone[8].tolist(), name


def test_eval_reports_each_mechanisms_contribution(small_room, tmp_path, shared):
    from englishroom.cli import main
    out = tmp_path / "e.json"
    main(["eval", str(small_room[0]), "--data", str(shared / "data/tinystories/valid-dev.txt"),
          "--limit", "6", "--corpus-tokens", "20000", "--orders", "2", "--json", str(out), "--quiet"])
    r = json.loads(out.read_text())
    assert set(r["mechanisms"]) == set(MECHS) | {"context rules only"}
    for m in MECHS:
        assert math.isclose(r["mechanisms"][m]["contribution"], r["mechanisms"][m]["loss_without"] - r["loss"])
    assert not any(k.startswith("without") for k in r["baselines"])


def test_room_speed_times_the_same_positions_and_takes_the_median(monkeypatch):
    """room_speed scores each chosen position once per repeat, the stories it needs and no more, and gives
    the median of the repeats' rates."""
    import types
    from englishroom.measure import variants
    asked = []
    room = types.SimpleNamespace(room=types.SimpleNamespace(predict=lambda prefix: asked.append(tuple(prefix))))
    clock = iter([0, 1, 0, 4, 0, 2])                        # three repeats taking 1, 4 and 2 seconds
    monkeypatch.setattr(variants.time, "perf_counter", lambda: next(clock))
    stories = iter([[1, 2, 3], [4, 5, 6, 7], [8, 9]])
    rate = variants.room_speed(room, stories, positions=5, repeats=3)
    assert asked[:7] == [(1,), (1, 2), (1, 2, 3), (4,), (4, 5), (4, 5, 6), (4, 5, 6, 7)]
    assert len(asked) == 21 and asked[7:14] == asked[:7]
    assert rate == 7 / 2                                     # the median time, 2 s, over 7 positions
    assert next(stories) == [8, 9]                           # the third story was not read
