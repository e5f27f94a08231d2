"""The evaluation protocol: losses, bytes and fractions recovered, checked against a direct computation
(measure/evaluate.py)."""
import math

import pytest
import torch

from englishroom.measure.baselines import build_baselines
from englishroom.measure.evaluate import evaluate

from conftest import TEXTS


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


def test_a_story_of_bos_alone_is_left_out(subject, corpus):
    """A sample that ended at once ([BOS]) has nothing to score: the figures are those without it."""
    from englishroom.measure.evaluate import evaluate_stories
    models = build_baselines(corpus, subject.vocab_size, subject.bos_id, orders=[3])
    stories = [[subject.bos_id] + subject.encode(t) for t in TEXTS[:3]]
    n_bytes = sum(len(t.encode()) for t in TEXTS[:3])
    alone = evaluate_stories(subject, stories, n_bytes, models, progress=False)
    mixed = evaluate_stories(subject, [[subject.bos_id]] + stories[:1] + [[subject.bos_id]] + stories[1:], n_bytes,
                             models, progress=False)
    assert mixed["tokens"] == alone["tokens"] == sum(len(s) - 1 for s in stories)
    assert mixed["models"]["kn3"]["loss"] == alone["models"]["kn3"]["loss"]
    assert mixed["subject"]["loss"] == pytest.approx(alone["subject"]["loss"], rel=1e-9)
