"""Talk quality: the subject scores the stories a model tells (measure/talk.py)."""
import numpy as np

from englishroom.measure.baselines import KneserNey, NgramCounts, Uniform
from englishroom.measure.protocol import Predictor
from englishroom.measure.talk import subject_loss, talk_quality, tell


class Mute(Predictor):
    """Puts all its probability on the end token: every story it tells is empty."""
    name = "mute"

    def __init__(self, vocab_size, end):
        self.vocab_size, self.end = vocab_size, end

    def predict(self, prefix):
        p = np.zeros(self.vocab_size)
        p[self.end] = 1.0
        return p


def test_better_models_talk_more_like_the_subject(subject, corpus):
    kn = KneserNey(NgramCounts(corpus, 3, subject.bos_id), 3, subject.vocab_size)
    models = {"kn3": kn, "uniform": Uniform(subject.vocab_size)}
    t = talk_quality(subject, models, n=8, seed=0, max_tokens=48)
    assert t["subject"]["ratio"] == 1.0 and t["stories"] == 8
    # the subject finds its own samples likelier than a trigram's, and a trigram's than noise
    assert 1.0 < t["kn3"]["ratio"] < t["uniform"]["ratio"]
    assert t["uniform"]["loss"] > 4.0 and t["subject"]["loss"] < 2.5
    assert all(t[k]["mean_tokens"] <= 48 for k in ("subject", "kn3", "uniform"))
    assert talk_quality(subject, models, n=8, seed=0, max_tokens=48) == t     # seeded: the same again


def test_telling_stops_at_an_end_token(subject):
    end = min(subject.end_ids)
    stories = tell(Mute(subject.vocab_size, end), 3, 0, 40, subject.bos_id, subject.end_ids)
    assert stories == [[subject.bos_id]] * 3
    told = tell(Uniform(subject.vocab_size), 3, 0, 40, subject.bos_id, subject.end_ids)
    assert all(s[0] == subject.bos_id and len(s) <= 41 and not set(s[1:]) & set(subject.end_ids) for s in told)
    # empty stories are left out of the score, not divided by zero
    assert np.isclose(subject_loss(subject, told + stories), subject_loss(subject, told))
