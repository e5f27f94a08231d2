import pytest

from englishroom.errors import UserError
from englishroom.corpora.stories import load_stories, parse_stories


def test_parse_separators_and_strip():
    text = "Once upon a time.\n\nThe end.\n<|endoftext|>\n  Tom ran.  \n<|endoftext|>\n\n<|endoftext|>\n"
    assert parse_stories(text) == ["Once upon a time.\n\nThe end.", "Tom ran."]


def test_dev_file(shared):
    stories = load_stories(shared / "data/tinystories/valid-dev.txt")
    assert len(stories) == 700
    assert stories[0].startswith("Spot. Spot saw the shiny car")
    assert all(s == s.strip() and s for s in stories)
    assert load_stories(shared / "data/tinystories/valid-dev.txt", limit=5) == stories[:5]


def test_directory(tmp_path):
    (tmp_path / "a.txt").write_text("One.\n<|endoftext|>\nTwo.")
    (tmp_path / "b.txt").write_text("Three.")
    assert load_stories(tmp_path) == ["One.", "Two.", "Three."]


@pytest.mark.parametrize("content, message", [
    (b"", "no stories"),
    (b"\n<|endoftext|>\n  \n<|endoftext|>\n", "no stories"),
    (b"Once \xff\xfe upon", "not UTF-8"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "stories.txt"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        load_stories(path)


def test_missing_and_empty_dir(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_stories(tmp_path / "nope.txt")
    with pytest.raises(UserError, match="no .txt"):
        load_stories(tmp_path)


def test_encode_stories_keeps_those_with_a_token_to_score(tmp_path):
    from englishroom.corpora.stories import encode_stories
    path = tmp_path / "s.txt"
    path.write_text("ab\n<|endoftext|>\nx\n<|endoftext|>\nabcd\n")
    encode = lambda text: [0] + [ord(c) for c in text]          # BOS, then one token a character
    assert encode_stories(path, encode) == [[0, 97, 98], [0, 120], [0, 97, 98, 99, 100]]
    assert encode_stories(path, encode, limit=1, max_len=2) == [[0, 97]]
    with pytest.raises(UserError, match="no story has a token to score"):
        encode_stories(path, lambda text: [0])
