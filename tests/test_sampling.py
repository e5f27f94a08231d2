"""Sampled corpora: seeded, written atomically, read back (corpora/sampling.py)."""
import json

from englishroom.corpora.sampling import sample_stories


def test_sampling_is_seeded(subject):
    a = sample_stories(subject, 300, seed=7, batch=4, progress=False)
    b = sample_stories(subject, 300, seed=7, batch=4, progress=False)
    c = sample_stories(subject, 300, seed=8, batch=4, progress=False)
    assert a == b and a != c
    assert sum(len(s) - 1 for s in a) >= 300 and all(s[0] == subject.bos_id for s in a)


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
