"""Baselines: uniform, add-one unigram and interpolated modified Kneser-Ney (measure/baselines.py)."""
import numpy as np
import pytest

from englishroom.measure.baselines import KneserNey, NgramCounts, Unigram, Uniform, build_baselines

from conftest import TEXTS


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
            for t in range(len(story)):
                assert np.allclose(d[t], m.predict(story[: t + 1]), rtol=1e-12, atol=0), (name, t)


def test_kn_models_of_every_order_share_their_lower_tables(subject, corpus):
    """KN5 built beside KN2-KN4 from one set of counts holds the same lower-order tables, not copies,
    and predicts exactly as a KN5 built from counts of its own; a pruned model compiles its own."""
    counts = NgramCounts(corpus[:200], 5, subject.bos_id)
    models = {n: KneserNey(counts, n, subject.vocab_size) for n in (2, 3, 4, 5)}
    alone = KneserNey(NgramCounts(corpus[:200], 5, subject.bos_id), 5, subject.vocab_size)
    assert all(models[5].tables[n] is models[4].tables[n] for n in (1, 2, 3))
    assert models[5].tables[4] is not models[4].tables[4]          # KN4's own order: raw counts
    pruned = KneserNey(counts, 5, subject.vocab_size, max_contexts=100)
    assert pruned.tables[3] is not models[5].tables[3] and len(pruned.tables[3]) < len(models[5].tables[3])
    for story in corpus[200:203]:
        for t in range(len(story)):
            assert np.array_equal(models[5].predict(story[: t + 1]), alone.predict(story[: t + 1]))


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


def reference_kn(stories, order, bos, V):
    """Interpolated modified KN straight from the module docstring's formulas, with dicts of Counters."""
    from collections import Counter, defaultdict
    raw = {n: defaultdict(Counter) for n in range(1, order + 1)}
    for s in stories:
        for i in range(1, len(s)):
            for n in range(1, min(order, i + 1) + 1):
                raw[n][tuple(s[i - n + 1:i])][s[i]] += 1
    tables = {order: raw[order]}
    for n in range(1, order):
        cont = defaultdict(Counter)
        for ctx, nxt in raw[n + 1].items():
            for w in nxt:
                cont[ctx[1:]][w] += 1                          # distinct left extensions
        cont.update({ctx: nxt for ctx, nxt in raw[n].items() if ctx and ctx[0] == bos})
        tables[n] = cont
    def discounts(table):
        t = Counter(c for nxt in table.values() for c in nxt.values())
        if min(t[1], t[2], t[3], t[4]) == 0:
            return 0.5, 1.0, 1.5
        y = t[1] / (t[1] + 2 * t[2])
        return 1 - 2 * y * t[2] / t[1], 2 - 3 * y * t[3] / t[2], 3 - 4 * y * t[4] / t[3]
    ds = {n: discounts(tables[n]) for n in tables}
    def predict(prefix):
        p = np.full(V, 1 / V)
        for n in range(1, order + 1):
            ctx = tuple(prefix[len(prefix) - n + 1:]) if n > 1 else ()
            if len(prefix) < n - 1 or ctx not in tables[n]:
                break
            nxt, d = tables[n][ctx], ds[n]
            total = sum(nxt.values())
            disc = {w: d[min(c, 3) - 1] for w, c in nxt.items()}
            p = p * (sum(disc.values()) / total)
            for w, c in nxt.items():
                p[w] += (c - disc[w]) / total
        return p
    return predict


def test_kneser_ney_is_the_formula_on_real_samples(subject, corpus):
    """The flat tables (sorted n-gram arrays, contexts found by key) predict what the formulas give."""
    kn = KneserNey(NgramCounts(corpus[:150], 4, subject.bos_id), 4, subject.vocab_size)
    reference = reference_kn(corpus[:150], 4, subject.bos_id, subject.vocab_size)
    for story in corpus[150:153] + [[subject.bos_id, 7, 7, 7, 300, 2]]:
        d = kn.story_distributions(story)
        for t in range(len(story)):
            assert np.allclose(d[t], reference(story[: t + 1]), rtol=1e-12, atol=0), t


def test_unigram_is_add_one():
    u = Unigram([[0, 1, 1, 2]], 4)
    assert np.allclose(u.predict([0]), np.array([1, 3, 2, 1]) / 7)
    assert np.allclose(Uniform(4).predict([0]), 0.25)


def test_a_room_is_compared_with_baselines_from_its_own_probe_corpus(subject, small_room, tmp_path):
    from englishroom.errors import UserError
    from englishroom.measure.baselines import baseline_corpus
    folder, program = small_room
    stories, info = baseline_corpus(subject, room=folder, progress=False)
    assert stories == program.stories and info["kind"] == "the room's probe corpus"
    assert info["tokens"] == sum(len(s) - 1 for s in program.stories) and info["path"] == str(folder / "provenance.json")
    stories, info = baseline_corpus(subject, room=folder, tokens=3000, progress=False)     # asked for: sampled
    assert info["kind"] == "sampled" and info["tokens"] >= 3000
    (tmp_path / "provenance.json").write_text('{"settings": {"no_such_setting": 1}}')
    with pytest.raises(UserError, match="provenance.json is missing or corrupt"):
        baseline_corpus(subject, room=tmp_path, progress=False)
