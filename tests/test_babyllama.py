"""The second subject, the character-level BabyLlama (105 one-character pieces, no byte fallback,
a context of 256 characters): its tokenizer in the room, and a small decompile end to end."""
import json
import subprocess
import sys

import pytest

from englishroom.cli import main
from englishroom.errors import UserError
from englishroom.rooms import load_room

REFERENCE = ("Once upon a time, there was a little girl named Lily. She loved to play outside in the sunshine. "
             "One day, she went to the park with her mommy and daddy. She saw a big box on the ground. "
             "She wanted to play with it, but she was too heavy.")
ODD = ["Hi\nthere", "Hi\n\n\nthere", "emoji 😀😀 x\t", "\n\nx", "x\n", "  Odd   spacing ", "é ü ñ", "ﬁ Ｈｉ",
       "a\u00a0b\u200ac", "\u2581x", "", "   "]


@pytest.fixture(scope="session")
def baby():
    from englishroom.subjects import load_subject
    return load_subject("babyllama-tok105")


@pytest.fixture(scope="session")
def baby_room(baby, tmp_path_factory):
    """A small measured room of the character-level subject."""
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    out = tmp_path_factory.mktemp("rooms") / "baby"
    s = Settings(budget=600, sample_tokens=30000, cool_tokens=5000, real_text=None, mechanism_tokens=10000,
                 evidence_stories=0, talk_stories=5,
                 mechanisms=("state", "position", "priming", "words", "names", "copying", "calibration"))
    program = decompile(baby, out, s, data=None, evaluate=False, progress=False)
    return out, program


def test_greedy_reference_text(baby):
    from englishroom.corpora.sampling import sample_stories
    story = sample_stories(baby, 1, temperature=0, batch=1, progress=False)[0]
    assert baby.decode(story).startswith(REFERENCE)


def test_room_tokenizer_is_sentencepiece_on_every_story(baby, shared, tmp_path):
    """Characters outside the 102 (newline, tab, emoji) are <unk>, a run of them one <unk>, exactly as
    SentencePiece encodes them; decoding is SentencePiece's, with <unk> shown as " ⁇ "."""
    import sentencepiece as spm
    sys.path.insert(0, str(__import__("englishroom").__path__[0] + "/room_template"))
    try:
        from tokenizer import SentencePieceBPE
    finally:
        sys.path.pop(0)
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.emit import write_vocab
    write_vocab(baby.tokenizer_spec(), tmp_path / "vocab.txt")
    tok = SentencePieceBPE(tmp_path / "vocab.txt")
    sp = spm.SentencePieceProcessor(model_file=str(shared / "models/babyllama-tok105/tok105.model"))
    texts = load_stories(shared / "data/tinystories/valid-dev.txt")
    unknown = 0
    for text in texts + ODD:
        ids = tok.encode(text)
        assert ids == sp.encode(text), repr(text[:60])
        assert tok.decode(ids) == sp.decode(ids).replace("\\342\\201\\207", "\u2047") == baby.decode(ids)
        unknown += ids.count(0)
    assert unknown > 100                     # the paragraph breaks of valid-dev are there, as <unk>
    assert tok.encode("a\n\nb") == [3, 5, 0, 23] and tok.encode("😀 😀") == [3, 0, 3, 0]


def test_reach_is_derived_in_characters(baby_room):
    """No setting counts tokens as if they were BPE pieces: 15, 12 and 8 characters are 15, 12 and 8 tokens."""
    out, program = baby_room
    prov = json.loads((out / "provenance.json").read_text())
    assert (prov["settings"]["max_order"], prov["settings"]["kn_order"], prov["settings"]["copy_match"]) == (15, 12, 8)
    assert "characters per token" in prov["derived_settings"]["max_order"]["how"]
    assert max(len(r.context) for r in program.rules) > 7          # rules reach past a BPE room's 7
    assert (out / "tables/copying.txt").read_text().count("longest_match\t8\nshortest_match\t2\n") == 1
    assert prov["settings"]["copy_from"] == 2 and program.settings.copy_from == 2
    from englishroom.decompiler import reach
    with pytest.raises(UserError, match="--copy-from"):           # copying from past the longest match it tells apart
        reach.derive(program.settings.replace(copy_from=None, copy_match=1), 1.0)
    # the readers read words of characters: state rules for the he/she word used last
    rows = (out / "tables/state_rules.txt").read_text(encoding="utf-8").splitlines()
    assert any(r.startswith("pronoun=female\t") for r in rows)
    # names as variables: every word of a character vocabulary starts with the same space token; not derived
    assert prov["mechanisms"]["not_derived"]["names"].startswith("a vocabulary without word pieces (characters)")
    assert [m.name for m in program.mechanisms] == ["state", "position", "priming", "words", "copying", "calibration"]


def test_small_room_talks_and_sums_to_one(baby_room, baby):
    out, _ = baby_room
    run = subprocess.run([sys.executable, "-I", "-S", str(out / "talk.py"), "--tokens", "120", "--seed", "3"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.strip()) > 60
    room = load_room(out).room
    # its speaking temperature, derived from entropies on the subject's samples as for a room of pieces
    assert 0.3 < room.temperature < 1 and room.temperature == room.manifest["temperature"]
    story = baby.encode_story("Lily saw a cat.\n\nThe cat said, \"Hello Lily!\" Lily smiled.")
    assert 0 in story                          # the paragraph break, as <unk>
    for t in range(1, len(story)):
        p = room.predict(story[:t])
        assert len(p) == 105 and abs(sum(p) - 1) < 1e-9 and min(p) > 0


def test_eval_measures_the_character_room_in_bits_per_byte(baby_room, tmp_path):
    out, _ = baby_room
    js = tmp_path / "eval.json"
    main(["eval", "--model", "babyllama-tok105", str(out), "--limit", "8", "--json", str(js), "--quiet"])
    result = json.loads(js.read_text())
    assert "kn12" in result["baselines"] and "kn13" not in result["baselines"]   # the room's kn_order
    assert result["baseline_corpus"]["kind"] == "the room's probe corpus"          # no corpus sampled again
    assert result["tokens"] <= 8 * 255
    # characters: bits per byte are nats per token / ln 2 times tokens per byte, about 1 here
    ratio = result["subject"]["bpb"] / (result["subject"]["loss"] / 0.6931471805599453)
    assert 0.9 < ratio <= 1.0


def test_cloze_answers_are_words_of_characters(baby):
    """For characters the subject's answer is the next word, not the space before it."""
    from englishroom.measure.cloze import SubjectPredictor, load_probes, run_probes
    probes = [p for p in load_probes() if p[0] == "formula"][:8]
    r = run_probes(baby, {"subject": SubjectPredictor(baby)}, probes)
    assert r["families"]["formula"]["models"]["subject"]["agreement"] == 1
    once = next(x for x in r["prompts"] if x["prompt"] == "Once upon a")
    assert once["subject_answer"] == " time" and 0.5 < once["models"]["subject"]["p_subject"] <= 1
    assert all(x["subject_answer"].strip() for x in r["prompts"])


def test_tense_interchange_in_letters(baby):
    """In a vocabulary of letters "was" and "is" differ in length: story B is told in the other tense letter
    for letter, each place of A paired with B's, and the case scores the next tense word's letters."""
    from englishroom.decompiler import reader_evidence as ev
    from englishroom.mechanisms.common import runtime
    readers = runtime("readers")
    texts = readers.piece_texts(baby.tokenizer_spec()["pieces"])
    a = baby.encode_story("Tom was sad. He was")
    (t, places, value), = ev.queries(a, texts, readers)["tense"]
    assert value == "past" and "".join(texts[w] for w in a[t + 1:]) == "was"
    (a2, b, t2, up, down, align), = ev.tense_cases([(a, t, value)], texts, ev.tense_swap(baby), readers, 5)
    assert baby.decode(b) == "Tom is sad. He " and a2 == a[:t + 1] and t2 == t
    assert (texts[up], texts[down]) == ("i", "w") and len(align) == len(a2) and [b[j] for j in align[-4:]] == a2[-4:]
