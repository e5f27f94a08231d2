import json
import math

import numpy as np
import pytest
import torch

from englishroom.measure.baselines import KneserNey, NgramCounts, Unigram, Uniform, build_baselines
from englishroom.measure.evaluate import evaluate

TEXTS = ["Once upon a time, there was a little dog named Max. Max liked to run.",
         "Lily had a red ball. She gave the ball to her friend Tom.\n\nTom was happy.",
         "The sun was hot."]


def test_baselines_are_distributions(subject, corpus):
    models = build_baselines(corpus, subject.vocab_size, subject.bos_id, orders=range(2, 7))
    assert list(models) == ["uniform", "unigram", "kn2", "kn3", "kn4", "kn5", "kn6"]
    stories = [subject.encode_story(t) for t in TEXTS] + corpus[:3]
    for name, m in models.items():
        for story in stories:
            d = np.asarray(m.story_distributions(story))
            assert d.shape == (len(story), subject.vocab_size), name
            assert np.allclose(d.sum(-1), 1.0, atol=1e-9), name
            assert (d > 0).all(), name
            assert np.allclose(d[-1], m.predict(story)), name


def test_kneser_ney_by_hand():
    """A 3-token corpus small enough to work out the bigram KN estimate by hand."""
    bos, V = 0, 4
    stories = [[0, 1, 2], [0, 1, 3], [0, 2, 2]]
    kn = KneserNey(NgramCounts(stories, 2, bos), 2, V)
    # too few counts for closed-form discounts: the fallback D1, D2, D3+ = 0.5, 1.0, 1.5 applies
    # unigram continuation counts: w=1 has left contexts {0}: 1; w=2 {1, 0, 2}: 3; w=3 {1}: 1
    p1 = np.array([0, 1 - 0.5, 3 - 1.5, 1 - 0.5]) / 5 + ((0.5 + 1.5 + 0.5) / 5) / V
    assert np.isclose(p1.sum(), 1)
    # after token 1 the raw bigram counts are {2: 1, 3: 1}
    expect = np.array([0, 0, 0.5, 0.5]) / 2 + (2 * 0.5 / 2) * p1
    assert np.allclose(kn.predict([0, 1]), expect)
    # after BOS: raw counts {1: 2, 2: 1}, discounts 0.5 each (count 2 uses D2 = 1.0)
    expect = np.array([0, 2 - 1.0, 1 - 0.5, 0]) / 3 + ((1.0 + 0.5) / 3) * p1
    assert np.allclose(kn.predict([0]), expect)


def test_unigram_is_add_one():
    u = Unigram([[0, 1, 1, 2]], 4)
    assert np.allclose(u.predict([0]), np.array([1, 3, 2, 1]) / 7)
    assert np.allclose(Uniform(4).predict([0]), 0.25)


def test_eval_matches_direct_computation(subject, corpus):
    models = build_baselines(corpus, subject.vocab_size, subject.bos_id, orders=[3])
    result = evaluate(subject, TEXTS, models, progress=False)
    nll, n, kn_nll = 0.0, 0, 0.0
    for text in TEXTS:
        ids = [subject.bos_id] + subject.encode(text)
        for t in range(1, len(ids)):  # one forward pass per prefix, no batching or padding
            logits = subject.logits(torch.tensor([ids[:t]]))[0, -1].double()
            nll -= float(torch.log_softmax(logits, -1)[ids[t]])
            kn_nll -= math.log(models["kn3"].predict(ids[:t])[ids[t]])
            n += 1
    assert result["tokens"] == n
    assert result["subject"]["loss"] == pytest.approx(nll / n, rel=1e-5)
    assert result["models"]["kn3"]["loss"] == pytest.approx(kn_nll / n, rel=1e-9)
    assert result["models"]["uniform"]["loss"] == pytest.approx(math.log(subject.vocab_size))
    n_bytes = sum(len(t.encode()) for t in TEXTS)
    assert result["bytes"] == n_bytes
    assert result["subject"]["bpb"] == pytest.approx(nll / math.log(2) / n_bytes, rel=1e-5)
    assert result["models"]["unigram"]["fraction_recovered"] == 0
    assert result["models"]["kn3"]["fraction_recovered_vs_kn"] == pytest.approx(0)


def test_eval_cli_json(tmp_path, shared, monkeypatch):
    from englishroom.cli import main
    monkeypatch.setenv("ENGLISHROOM_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "eval.json"
    main(["eval", "--model", "stories260K", "--data", str(shared / "data/tinystories/valid-dev.txt"),
          "--limit", "20", "--corpus-tokens", "5000", "--orders", "2-3", "--json", str(out), "--quiet"])
    r = json.loads(out.read_text())
    assert r["evaluated"] == "subject" and r["stories"] == 20 and r["tokens"] > 4000
    assert r["loss"] == r["subject"]["loss"] and 0.8 < r["loss"] < 2.5
    assert set(r["baselines"]) == {"uniform", "unigram", "kn2", "kn3"}
    assert r["baseline_corpus"]["tokens"] >= 5000 and r["baseline_corpus"]["seed"] == 0
    assert r["baselines"]["kn3"]["loss"] < r["baselines"]["unigram"]["loss"] < r["baselines"]["uniform"]["loss"]


@pytest.mark.parametrize("args, message", [
    (["eval", "--model", "nope"], "unknown model"),
    (["eval", "--data", "/no/such/file.txt"], "stories not found"),
    (["eval", "--orders", "1-3"], "between 2 and 10"),
    (["eval", "--talk", "-2"], "give a number of stories"),
    (["sample", "--tokens", "0", "--out", "x.jsonl"], "must be positive"),
])
def test_cli_errors_are_one_line(args, message, capsys):
    from englishroom.cli import main
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_sample_cli_writes_corpus(tmp_path):
    from englishroom.cli import main
    from englishroom.corpora.sampling import read_corpus
    out = tmp_path / "c.jsonl"
    main(["sample", "--tokens", "500", "--seed", "3", "--batch", "8", "--out", str(out), "--quiet"])
    header, stories = read_corpus(out)
    assert header["tokens"] >= 500 and header["seed"] == 3 and len(stories) == header["stories"]
    first = json.loads(out.read_text().splitlines()[1])
    assert first["text"] and first["ids"][0] == 1
    out2 = tmp_path / "d.jsonl"
    main(["sample", "--tokens", "500", "--seed", "3", "--batch", "8", "--out", str(out2), "--quiet"])
    assert out.read_text() == out2.read_text()
    assert not list(tmp_path.glob(".*tmp*"))
