"""The room's speaking temperature: derived from entropies, written to room.json, used when it talks
(decompiler/temperature.py, room.py: Room.generate, measure/talk.py: Warmed)."""
import json
import math

import numpy as np
import pytest

from englishroom.decompiler.temperature import entropy_sums, speaking_temperature
from englishroom.errors import UserError
from englishroom.measure.talk import Warmed
from englishroom.rooms import load_room

from conftest import run_room


def walked(room_rows, subject_rows, stories=2):
    for _ in range(stories):
        yield [1, 2], np.array(room_rows, dtype=float), np.array(subject_rows, dtype=float)


def test_the_temperature_is_the_subjects_entropy_over_the_rooms():
    broad, half, sure = [0.25] * 4, [0.5, 0.5, 0, 0], [1.0, 0, 0, 0]
    t = speaking_temperature(*entropy_sums(walked([broad, broad], [half, half])))
    assert t["temperature"] == 0.5 and t["positions"] == 4              # ln 2 / ln 4
    assert math.isclose(t["room_entropy"], round(math.log(4), 4)) and math.isclose(t["subject_entropy"], 0.6931)
    assert speaking_temperature(*entropy_sums(walked([half, broad], [half, broad])))["temperature"] == 1.0
    assert speaking_temperature(*entropy_sums(walked([half], [broad])))["temperature"] == 2.0   # a sharper room
    assert speaking_temperature(*entropy_sums(walked([sure], [half])))["temperature"] == 1.0    # nothing to scale


def test_a_room_talks_at_its_own_temperature(small_room):
    folder, program = small_room
    manifest = json.loads((folder / "room.json").read_text())
    derived = json.loads((folder / "provenance.json").read_text())["speaking_temperature"]
    assert manifest["temperature"] == derived["temperature"] == program.temperature["temperature"]
    # 400 rules average many places each: broader than the subject, so the room talks cooler than 1
    assert derived["room_entropy"] > derived["subject_entropy"] > 0 and 0.3 < derived["temperature"] < 1
    assert derived["positions"] >= 5000
    room = load_room(folder).room
    assert room.temperature == derived["temperature"]
    story = room.generate("Once upon a time", 40, seed=3)
    assert story == room.generate("Once upon a time", 40, seed=3, temperature=room.temperature)
    assert story != room.generate("Once upon a time", 40, seed=3, temperature=1.0)
    told = run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "3")
    assert told.returncode == 0 and told.stdout[:-1] == story


def test_warmed_predictions_are_what_the_room_samples_from(small_room):
    room = load_room(small_room[0])
    ids = room.room.encode("Once upon a time, there was a")
    p = np.array(room.predict(ids))
    warm = Warmed(room, 0.5).predict(ids)
    assert np.allclose(warm, p ** 2 / (p ** 2).sum(), rtol=1e-9, atol=1e-15)
    assert np.isclose(warm.sum(), 1.0) and warm.max() > p.max()


@pytest.mark.parametrize("value", [-0.5, "warm", None])
def test_a_corrupt_temperature_is_refused(tmp_path, small_room, value):
    import shutil
    folder = tmp_path / "room"
    shutil.copytree(small_room[0], folder)
    manifest = json.loads((folder / "room.json").read_text())
    manifest["temperature"] = value
    (folder / "room.json").write_text(json.dumps(manifest))
    with pytest.raises(UserError, match="room.json is corrupt"):
        load_room(folder)


def test_the_talk_measure_also_tells_at_the_rooms_temperature(small_room, subject):
    from englishroom.measure.talk import room_talk
    from englishroom.measure.variants import mechanism_variants
    room = load_room(small_room[0])
    models = mechanism_variants(room, "room")
    t = room_talk(subject, models, "room", None, n=4, seed=0)
    warm = t["room at its temperature"]
    assert warm["temperature"] == room.room.temperature < 1 and "temperature" not in t["room"]
    assert warm["ratio"] < t["room"]["ratio"]          # cooler stories: likelier to the subject
