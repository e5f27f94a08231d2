"""The cloze capability probes: prompts in families, answered by the subject first (measure/cloze.py)."""
import json

import pytest

from englishroom.cli import main
from englishroom.measure.cloze import SubjectPredictor, load_probes, run_probes


def test_a_probe_family_end_to_end(subject, corpus, tmp_path, monkeypatch, capsys):
    from englishroom.measure.baselines import build_baselines
    probes = [p for p in load_probes() if p[0] == "formula"]
    assert len(probes) >= 20 and len(load_probes()) >= 150
    models = build_baselines(corpus, subject.vocab_size, subject.bos_id, [2, 3])
    r = run_probes(subject, {"subject": SubjectPredictor(subject), "kn3": models["kn3"],
                             "unigram": models["unigram"]}, probes)
    f = r["families"]["formula"]
    assert f["n"] == len(probes) and f["models"]["subject"]["agreement"] == 1
    once = next(x for x in r["prompts"] if x["prompt"] == "Once upon a")
    assert once["subject_answer"] == " time" and once["models"]["kn3"]["top"] == " time"
    assert f["models"]["kn3"]["agreement"] > f["models"]["unigram"]["agreement"]
    assert 0 < f["models"]["kn3"]["p_subject"] < f["models"]["subject"]["p_subject"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("formula no tab here\n")
    with pytest.raises(Exception, match="family<TAB>prompt"):
        load_probes(bad)


def test_cloze_cli_on_the_subject_alone(tmp_path, capsys):
    out = tmp_path / "probes.json"
    main(["cloze", "--no-baselines", "--json", str(out)])
    r = json.loads(out.read_text())
    assert len(r["prompts"]) == sum(f["n"] for f in r["families"].values()) >= 150
    assert list(r["families"]["grammar"]["models"]) == ["subject"]
    printed = capsys.readouterr().out
    assert "story formulas" in printed and "100%" in printed


def test_the_answer_is_the_next_word_in_any_vocabulary():
    """A BPE piece "▁time" or the characters " ", "t", "i", "m", "e" are one answer; punctuation is its own."""
    from englishroom.measure.cloze import greedy_word, word_step
    chars = " time.,"
    seq = [0, 1, 2, 3, 4, 0, 1]                                   # " time t"
    assert greedy_word(lambda ids: seq[len(ids)], chars.__getitem__) == [0, 1, 2, 3, 4]
    pieces = [" time", ",", " and", "en"]
    assert greedy_word(lambda ids: [0, 1][len(ids)], pieces.__getitem__) == [0]
    assert greedy_word(lambda ids: 1, pieces.__getitem__) == [1]
    assert word_step([" B"], "en") == "take" and word_step([" B", "en"], " ran") == "stop"
    assert word_step([" "], "t") == "take" and word_step([" ", "t"], ".") == "stop"
