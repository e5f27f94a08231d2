"""The room's own code (room_template/): it talks with the standard library only, its distributions
sum to one, and its pure-Python tokenizer is the subject's."""
import math
import sys

from englishroom.rooms import load_room

from conftest import run_room


def test_room_talks_with_the_standard_library_only(small_room):
    folder, _ = small_room
    a = run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1", "--temperature", "0.8")
    assert a.returncode == 0, a.stderr
    assert a.stdout.startswith("Once upon a time") and len(a.stdout) > len("Once upon a time") + 20
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1").stdout == a.stdout
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "2").stdout != a.stdout
    new = run_room(folder, "--tokens", "30", "--seed", "3")
    assert new.returncode == 0 and new.stdout.strip()
    # no import outside the standard library anywhere in the room's code
    for py in folder.glob("*.py"):
        for line in py.read_text().splitlines():
            if line.startswith(("import ", "from ")):
                mod = line.split()[1].split(".")[0]
                assert mod in sys.stdlib_module_names or (folder / f"{mod}.py").exists(), line


def test_room_probabilities_sum_to_one(small_room, subject, corpus):
    folder, _ = small_room
    room = load_room(folder)
    for story in corpus[:3]:
        for t in range(0, min(len(story), 120), 7):
            p = room.predict(story[: t + 1])
            assert len(p) == subject.vocab_size
            assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
            assert min(p) > 0


def test_room_tokenizer_matches_the_subject(small_room, subject, shared):
    from englishroom.corpora.stories import load_stories
    room = load_room(small_room[0]).room
    texts = load_stories(shared / "data/tinystories/valid-dev.txt")
    texts += ["  Odd   spacing\tand tabs \n\n", "Café ♥ 日本 123", "a", ""]
    for text in texts:
        ids = room.tokenizer.encode(text)
        assert ids == subject.encode(text), text[:60]
        assert room.tokenizer.decode(ids) == subject.decode(ids)
