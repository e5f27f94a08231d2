"""The words mechanism: a token that would spell a word no probe story has is made less likely
(room_template/words.py; its derivation, englishroom/mechanisms/words.py)."""
from englishroom.mechanisms.common import runtime

VOCAB = ["<s>", "▁the", "y", "▁Lily", "▁Zor", "bul", "▁dog", ".", "<unk>", "g", "▁all", "ch"]
ID = {p: i for i, p in enumerate(VOCAB)}


def words_room(words, factor="0.25"):
    return runtime("words").Words(lambda name: iter([["factor", factor]] + [[w, "1"] for w in words]), VOCAB)


def ids(*pieces):
    return [0] + [ID[p] for p in pieces]


def test_a_token_that_spells_no_word_is_made_less_likely():
    room = words_room(["the", "they", "Lily", "dog", "all"])
    off, partial = room.stepping_off(ids("▁the"))
    assert partial == "the" and ID["y"] not in off and ID["g"] in off        # "they" is a word, "theg" is not
    assert set(off) == {ID["g"], ID["▁Zor"], ID["bul"], ID["ch"]}
    assert ID["."] not in off and ID["<unk>"] not in off and ID["▁dog"] not in off
    assert ID["ch"] in room.stepping_off(ids("▁all"))[0]                   # "allch"
    assert room.scaling(ids("▁all")) == {w: 0.25 for w in room.stepping_off(ids("▁all"))[0]}
    # a word that is no word already: nothing to say about how it goes on
    assert room.stepping_off(ids("▁all", "ch")) == (set(), "allch") and room.scaling(ids("▁all", "ch")) == {}


def test_a_word_the_story_made_up_is_a_word_of_the_story():
    room = words_room(["the", "Lily", "dog"])
    assert ID["▁Zor"] in room.stepping_off(ids("▁the"))[0]                 # "Zor" begins no word of the list
    story = ids("▁Zor", "bul", ".")                                          # ... until the story writes "Zorbul"
    assert ID["▁Zor"] not in room.stepping_off(story)[0]
    assert ID["bul"] not in room.stepping_off(story + [ID["▁Zor"]])[0]
    assert ID["."] not in room.stepping_off(story + [ID["▁Zor"], ID["bul"]])[0]
    assert ID["."] in room.stepping_off(story + [ID["▁Zor"]])[0]           # "Zor" alone is not a word


def test_explain_names_the_word():
    room = words_room(["all"])
    row, words = room.explain(ids("▁all"), ID["ch"], None)
    assert row == "words.txt factor" and "'allch' is no word" in words and "x0.25" in words
    assert room.explain(ids("▁all"), ID["."], None) is None


def test_table_counts_words_and_reads_back():
    from englishroom.mechanisms import words
    code = runtime("words")
    texts = [t.replace("▁", " ") for t in VOCAB]
    counts = words.word_counts([ids("▁the", "▁dog", "."), ids("▁the", "y")], texts, code.LETTERS)
    assert counts == {"the": 1, "dog": 1, "they": 1}
    text = words.table(counts, 0.3, 200, 12, 40.0, 1.0)
    assert "(12 + k) / (40.0 + k)" in text and text.splitlines()[2] == "factor\t0.3"
    rows = runtime("tables").rows
    room = code.Words(lambda name: rows(text.splitlines(True)), VOCAB)
    assert room.factor == 0.3 and room.words == {"the", "dog", "they"}


def test_the_story_read_token_by_token_is_the_story_read_afresh():
    readers = runtime("readers")
    room = words_room(["the", "Lily", "dog"])
    story = ids("▁Zor", "bul", ".", "<unk>", "▁the", "▁dog", "▁Zor", "bul", "▁Lily", "g")
    stepped = [room.stepping_off(story[:t]) for t in range(1, len(story) + 1)]
    readers.LATEST.clear()
    assert stepped == [(readers.LATEST.clear(), room.stepping_off(story[:t]))[1] for t in range(1, len(story) + 1)]
    assert room.reading(story) == ("Lilyg", {"Zorbul"})         # "the" and "dog" are on the list: not kept


def test_pieces_as_text():
    texts = runtime("readers").piece_texts(["<unk>", "<0x0A>", "<0x41>", "<0xE2>", "▁the", "Ġa", "Ċ", "<br>"])
    assert texts == ["\n", "\n", "\x00", "\x00", " the", " a", "\n", "<br>"]
