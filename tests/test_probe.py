"""The probe pass: the probe corpus and its cool samples (decompiler/probe.py)."""
import json

from conftest import SMALL


def test_cool_samples_are_the_subjects_likelier_paths(subject, small_room):
    """The probe corpus adds stories sampled at a lower temperature; the subject finds them likelier."""
    from englishroom.decompiler.probe import probe_corpus
    from englishroom.decompiler.settings import Settings
    folder, _ = small_room
    corpus = json.loads((folder / "provenance.json").read_text())["probe_corpus"]
    assert corpus["cool"]["temperature"] == 0.5 and corpus["cool"]["tokens"] >= SMALL["cool_tokens"]
    assert corpus["tokens"] == corpus["sampled"]["tokens"] + corpus["cool"]["tokens"]
    stories, _ = probe_corpus(subject, Settings(**SMALL), progress=False)
    cool = stories[corpus["sampled"]["stories"]:]
    assert len(cool) == corpus["cool"]["stories"]

    def nll(group):
        total = sum(-float(lp[range(len(group[i]) - 1), group[i][1:]].sum())
                    for i, lp in subject.story_logprobs(group))
        return total / sum(len(s) - 1 for s in group)
    warm = stories[:corpus["sampled"]["stories"]]
    assert nll(cool) < nll(warm) - 0.3
