"""Token categories on hand-made sentences, and eval --by-category (measure/categories.py)."""
import json

import pytest

from englishroom.cli import main
from englishroom.measure.categories import REST, label_story


def test_category_rules_on_a_hand_made_story():
    # token texts as a SentencePiece tokenizer decodes them (BOS already dropped)
    texts = [" Once", " upon", " a", " time", ",", " Lily", " had", " a", " b", "all", ".", " Lily",
             " said", ",", ' "', "I", " like", " my", " b", "all", ".", '"', "\n", " ", "Z", "or", " ran", "."]
    L = label_story(texts)
    kind, occ, dia = L["kind"], L["occurrence"], L["dialogue"]
    assert kind[0] == "content word"                 # capitalised, but only ever sentence-initial
    assert kind[2] == "function word" and occ[2] == "first occurrence" and occ[7] == "repeat"
    assert kind[4] == "punctuation" and occ[4] == "not a word"
    assert kind[5] == kind[11] == "character name" and occ[5] == "first occurrence" and occ[11] == "repeat"
    assert kind[8] == "content word" and occ[8] == "first occurrence"
    assert kind[9] == occ[9] == dia[9] == REST      # "all" continues "b": reported apart
    assert occ[18] == "repeat"                       # "ball" again, inside the quotation
    assert kind[14] == "quotation mark" and dia[14] == "outside a quotation"
    assert kind[15] == "pronoun" and dia[15] == "inside a quotation" and kind[17] == "pronoun"
    assert kind[21] == "quotation mark" and dia[21] == "inside a quotation" and dia[26] == "outside a quotation"
    assert kind[22] == "line break"
    assert kind[23] == "space" and occ[23] == "not a word"               # a lone space piece, then "Zor"
    assert kind[24] == "content word" and kind[25] == REST
    assert all(len(v) == len(texts) for v in L.values())


def test_categories_of_a_character_level_story():
    """Characters: a word's labels go to its first letter, the space before it is a space."""
    text = 'Lily had a ball. Then Lily said, "My ball!"'
    L = label_story(list(text))
    kind, occ = L["kind"], L["occurrence"]
    second = text.index("Lily", 1)
    assert kind[0] == kind[second] == "character name" and occ[second] == "repeat"
    assert kind[second - 1] == "space" and kind[second + 1] == REST
    assert kind[text.index("ball")] == "content word" and kind[text.index("a ball")] == "function word"
    assert kind[text.index('"')] == "quotation mark" and kind[text.index("My")] == "pronoun"


def test_eval_by_category_adds_up(small_room, tmp_path, shared, monkeypatch):
    monkeypatch.setenv("ENGLISHROOM_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "eval.json"
    main(["eval", str(small_room[0]), "--data", str(shared / "data/tinystories/valid-dev.txt"), "--limit", "6",
          "--corpus-tokens", "5000", "--orders", "2-3", "--json", str(out), "--quiet", "--by-category"])
    r = json.loads(out.read_text())
    assert (tmp_path / "eval.categories.png").read_bytes()[:4] == b"\x89PNG"
    for group, rows in r["categories"].items():
        assert sum(x["tokens"] for x in rows.values()) == r["tokens"]
        # the token-weighted mean over a group's categories is the overall loss, for every model
        assert sum(x["share"] * x["subject_loss"] for x in rows.values()) == pytest.approx(r["subject"]["loss"])
        assert sum(x["share"] * x["models"]["room"]["loss"] for x in rows.values()) == pytest.approx(r["loss"])
        assert sum(x["share"] * x["models"]["kn3"]["loss"] for x in rows.values()) == \
            pytest.approx(r["baselines"]["kn3"]["loss"])
    assert {"character name", "function word", "punctuation", REST} <= set(r["categories"]["kind"])
    assert set(r["probes"]) == {"grammar", "context", "pronoun", "world", "dialogue", "formula", "cause"}
    assert all(f["models"]["subject"]["agreement"] == 1 for f in r["probes"].values())
    assert {"room", "context rules only", "kn3", "unigram"} <= set(r["probes"]["formula"]["models"])


def test_subject_alone_by_category(tmp_path, shared, monkeypatch, capsys):
    monkeypatch.setenv("ENGLISHROOM_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "subject.json"
    main(["eval", "--data", str(shared / "data/tinystories/valid-dev.txt"), "--limit", "3", "--no-baselines",
          "--json", str(out), "--quiet", "--by-category"])
    r = json.loads(out.read_text())
    assert all(x["models"] == {} for rows in r["categories"].values() for x in rows.values())
    assert "kind" in capsys.readouterr().out
