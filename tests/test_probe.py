"""The probe pass: the probe corpus and its cool samples (decompiler/probe.py)."""
import json
import sys

import numpy as np
import pytest

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


FIELDS = ("base", "offsets", "tokens", "probs", "rest", "gains")


def test_keeping_the_heaviest_tokens_keeps_the_exact_rooms_rules(subject, tmp_path, shared):
    """The probe keeps each position's and each context's tokens at least 1e-4 likely (context_stats.py);
    against averaging every token (keep_min 0, the dense computation) it selects the same rules
    (at least 99%), lists exactly the tokens the exact statistics list in most of them, and the room
    predicts real stories within 0.002 nats/token. Rules list as a large room's do (SMALL: the tokens that
    differ from the backoff, at least 0.001 likely), which the probe keeps exactly."""
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    from englishroom.measure.evaluate import evaluate
    from englishroom.rooms import load_room
    rooms, programs = {}, {}
    for keep in (0.0, 1e-4):
        out = tmp_path / f"keep{keep}"
        programs[keep] = decompile(subject, out, Settings(**{**SMALL, "mechanisms": (), "keep_min": keep}),
                                   evaluate=False, progress=False)
        rooms[f"keep{keep}"] = load_room(out)
    exact = {r.context: r for r in programs[0.0].rules}
    sparse = {r.context: r for r in programs[1e-4].rules}
    assert len(exact.keys() & sparse.keys()) >= 0.99 * len(exact)
    same_tokens = sum(set(exact[c].listed) == set(sparse[c].listed) for c in exact.keys() & sparse.keys())
    assert same_tokens >= 0.8 * len(exact)
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=60)
    result = evaluate(subject, texts, rooms, progress=False)["models"]
    assert abs(result["keep0.0"]["loss"] - result["keep0.0001"]["loss"]) <= 0.002


def test_processes_and_memory_do_not_change_the_statistics(subject, corpus):
    """The map, the reduce and the rules' listing in one process or two: the same numbers; the reduce in 1 MB of
    dense rows at a time or the default (at most 256 MB): the same up to how float sums are grouped; the rules
    listed 16 at a time or all at once: the same, and this process keeps its torch threads."""
    from englishroom.decompiler.probe import probe
    from englishroom.decompiler.rules import extract_rules
    one = probe(subject, corpus, 4, 2, shard_tokens=4000, workers=1, progress=False)
    two = probe(subject, corpus, 4, 2, shard_tokens=4000, workers=2, progress=False)
    small = probe(subject, corpus, 4, 2, shard_tokens=4000, workers=2, memory_mb=1, progress=False)
    assert one.contexts == two.contexts == small.contexts and len(one.tokens) > 0
    for field in FIELDS:
        assert np.array_equal(getattr(one, field), getattr(two, field)), field
    assert np.array_equal(one.offsets, small.offsets) and np.array_equal(one.tokens, small.tokens)
    for field in ("base", "probs", "rest", "gains"):
        assert np.allclose(getattr(one, field), getattr(small, field), rtol=1e-9, atol=1e-12), field
    rules = extract_rules(one, 300, memory_mb=1, workers=1)
    assert len(rules[1]) == 300 and rules == extract_rules(one, 300, memory_mb=1, workers=2) == extract_rules(one, 300)
    import torch
    threads = torch.get_num_threads()
    torch.set_num_threads(2)
    try:            # one chunk for two processes: listed here, with one thread, and this process left with its two
        assert extract_rules(one, 300, workers=2) == rules and torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(threads)


def test_a_context_is_its_kept_tokens_and_the_rest_spread_like_its_parent(subject, corpus):
    """Whole distributions from the sparse statistics sum to 1; kept tokens keep their probabilities;
    the exact statistics (keep_min 0) give a context's mean over its occurrences exactly."""
    from englishroom.decompiler.probe import probe
    exact = probe(subject, corpus, 2, 2, keep_min=0.0, shrink=0.0, progress=False)
    sparse = probe(subject, corpus, 2, 2, progress=False)
    c = max(range(1, len(exact.contexts)), key=lambda i: exact.counts[i] * (len(exact.contexts[i]) == 2))
    sums, n = np.zeros(subject.vocab_size), 0
    for i, lp in subject.story_logprobs(corpus):
        for t in range(1, len(corpus[i])):
            if tuple(corpus[i][t - 1:t + 1]) == exact.contexts[c]:
                sums, n = sums + np.exp(lp[t].astype(np.float64)), n + 1
    assert n == exact.counts[c] and np.allclose(exact.dense(np.array([c]))[0], sums / n, atol=1e-6)
    rows = np.arange(len(sparse.contexts))
    whole = sparse.dense(rows)
    assert np.allclose(whole.sum(1), 1.0, atol=1e-6)
    row, token, prob = sparse.kept(rows[1:])
    assert np.allclose(whole[1:][row, token], prob) and len(token) < 0.2 * len(rows) * subject.vocab_size


def test_a_story_weighted_twice_counts_as_that_story_written_twice(subject, corpus):
    """`weights` (the probe's real stories counted --real-weight times): the means, the base and the
    importances are those of a corpus holding the weighted stories twice; the occurrences stay counted once.
    (Up to 1e-4 of a value: the subject scores a story's copy in another batch, its float32 sums in
    another order; 2e-5 at most here.)"""
    from englishroom.decompiler.probe import probe
    few = corpus[:12]
    twice = probe(subject, few + few[8:], 3, 1, shard_tokens=2000, workers=1, progress=False)
    weighted = probe(subject, few, 3, 1, shard_tokens=2000, workers=1, weights=[1.0] * 8 + [2.0] * 4,
                     progress=False)
    assert twice.contexts == weighted.contexts and len(weighted.tokens) > 0
    assert np.array_equal(twice.offsets, weighted.offsets) and np.array_equal(twice.tokens, weighted.tokens)
    for field in ("base", "probs", "rest", "gains"):
        assert np.allclose(getattr(twice, field), getattr(weighted, field), rtol=1e-4, atol=1e-9), field
    once = probe(subject, few, 3, 1, shard_tokens=2000, workers=1, progress=False)
    assert np.array_equal(weighted.counts, once.counts) and not np.allclose(weighted.base, once.base, atol=1e-6)


def test_the_map_on_a_local_ray_cluster_gives_the_same_statistics(subject, corpus):
    """Ray (two workers on this machine) scores the shards; the statistics, and so the room, are the
    same as in-process."""
    pytest.importorskip("ray")
    from englishroom.decompiler.probe import probe
    from englishroom.decompiler.rules import extract_rules
    here = probe(subject, corpus, 4, 2, shard_tokens=4000, progress=False)
    there = probe(subject, corpus, 4, 2, shard_tokens=4000, ray="local", workers=2, progress=False)
    for field in FIELDS:
        assert np.array_equal(getattr(here, field), getattr(there, field)), field
    assert extract_rules(here, 300) == extract_rules(there, 300)


def test_an_unreachable_ray_address_is_a_one_line_error_within_seconds(subject, corpus):
    """ray.init would retry an address nobody answers at for minutes; the probe says so at once."""
    import time
    pytest.importorskip("ray")
    from englishroom.decompiler.probe import probe
    from englishroom.errors import UserError
    for address, says in (("127.0.0.1:1", "cannot reach a Ray cluster there"), ("nowhere", "give local, auto")):
        start = time.monotonic()
        with pytest.raises(UserError, match=says):
            probe(subject, corpus, 4, 2, shard_tokens=4000, ray=address, workers=2, progress=False)
        assert time.monotonic() - start < 30


def test_a_cluster_on_which_no_shard_finishes_is_an_error_not_a_silent_wait(subject, corpus, monkeypatch):
    """ray.wait gets a deadline; when it passes with nothing done, the probe says so in one line and
    the Ray instance it started is shut down (a stand-in for Ray whose tasks never finish)."""
    import types
    from englishroom.decompiler import distributed
    from englishroom.decompiler.probe import probe
    from englishroom.errors import UserError
    calls = []
    fake = types.ModuleType("ray")
    fake.is_initialized = lambda: False
    fake.init = lambda **kw: calls.append("init")
    fake.remote = lambda **kw: lambda f: types.SimpleNamespace(remote=lambda *a: object())
    fake.wait = lambda refs, num_returns, timeout: calls.append(("wait", timeout)) or ([], refs)
    fake.shutdown = lambda: calls.append("shutdown")
    monkeypatch.setitem(sys.modules, "ray", fake)
    monkeypatch.setattr(distributed, "STALL_SECONDS", 7)
    with pytest.raises(UserError, match=r"--ray local: no shard finished in 7 s, (\d+) of \1 still out"):
        probe(subject, corpus, 4, 2, shard_tokens=4000, ray="local", workers=2, progress=False)
    assert calls == ["init", ("wait", 7), "shutdown"]


def test_completing_a_row_never_blows_up_the_rest():
    """A parent row whose kept tokens hold all its mass up to rounding (its float32 probabilities sum a
    little over 1) still spreads the child's rest over the other tokens as `rest`, not rest / 1e-12."""
    from englishroom.decompiler.context_stats import complete
    parent = np.array([[0.6, 0.4, 1e-6, 0.0]])
    out = complete(parent, np.array([0, 0]), np.array([0, 1]), np.array([0.7, 0.26]), np.array([0.04]))
    assert np.allclose(out[0], [0.7, 0.26, 0.04, 0.0]) and np.isclose(out.sum(), 1.0)


def test_importance_from_the_kept_tokens_is_the_dense_kl():
    """kl_sparse (the reduce's importance, from the kept tokens and the rest) is KL(whole row || parent)
    of the dense rows complete() makes, on random rows and on rows whose kept tokens hold every bit of
    the parent's mass or none of the child's."""
    from englishroom.decompiler.context_stats import complete, kl_rows, kl_sparse
    rng = np.random.default_rng(0)
    parent = rng.dirichlet(np.full(50, 0.3), size=40)
    parent[0, 5:] = 0
    parent[0] /= parent[0].sum()                        # row 0 keeps every token its parent gives
    row = np.repeat(np.arange(40), 5)
    token = np.concatenate([rng.choice(np.arange(5) if r == 0 else np.arange(50), 5, replace=False) for r in range(40)])
    prob = rng.dirichlet(np.ones(5), size=40).reshape(-1) * np.repeat(rng.uniform(0.5, 1, 40), 5)
    prob[5:10] = 0                                      # row 1 gives its kept tokens nothing
    rest = np.clip(1 - np.bincount(row, weights=prob, minlength=40), 0, 1)
    whole = complete(parent, row, token, prob, rest)
    assert np.allclose(kl_sparse(parent, row, token, prob, rest), kl_rows(whole, parent), rtol=1e-9, atol=1e-12)
    every = rng.dirichlet(np.ones(50), size=40)         # contexts that keep every token: their rest goes nowhere
    row, token = np.repeat(np.arange(40), 50), np.tile(np.arange(50), 40)
    prob = (0.99 * rng.dirichlet(np.ones(50), size=40)).reshape(-1)
    rest = np.full(40, 0.01)
    whole = complete(every, row, token, prob, rest)
    assert np.allclose(kl_sparse(every, row, token, prob, rest), kl_rows(whole, every), rtol=1e-9, atol=1e-12)


def test_each_rule_lists_the_tokens_the_module_docstring_says(subject, corpus):
    """Rules choose their listed tokens many rules at once; one rule at a time, read from rules.py's
    docstring, gives the same tokens in the same order (the likeliest first, at most list_max)."""
    import math

    import torch

    from englishroom.decompiler.context_stats import complete
    from englishroom.decompiler.probe import probe
    from englishroom.decompiler.rules import extract_rules, floor_sig
    stats = probe(subject, corpus, 4, 2, shard_tokens=4000, progress=False)
    _, rules = extract_rules(stats, 400, list_min=0.001, list_max=12, list_always=0.05, list_ratio=1.25)
    index = {c: i for i, c in enumerate(stats.contexts)}
    for r in rules:
        i = index[r.context]
        backoff = stats.dense(stats.parent[[i]])
        p = torch.from_numpy(complete(backoff, *stats.kept(np.array([i])), stats.rest[[i]]))[0]
        q = torch.from_numpy(backoff)[0]
        big = p >= 0.05
        rest = (1 - p[big].sum()) / (1 - q[big].sum()).clamp_min(1e-9)
        wanted = [w for w in range(len(p)) if big[w] or (max(p[w], q[w]) >= 0.001
                                                         and abs(math.log(p[w] / (rest * q[w]))) >= math.log(1.25))]
        wanted = sorted(wanted, key=lambda w: -max(float(p[w]), float(q[w])))[:12]
        assert list(r.listed) == [w for w in wanted if floor_sig(float(p[w])) > 0], r.context
    assert sum(len(r.listed) == 12 for r in rules) > 0 and sum(0 < len(r.listed) < 12 for r in rules) > 0


def test_the_rules_never_count_the_stories_the_mechanisms_are_measured_on(subject, monkeypatch):
    """probe_pass holds out an even spread of about `mechanism_tokens` tokens: the context statistics are
    computed on every other story, and the mechanisms pass measures on exactly the held-out ones (with no
    mechanisms, nothing is held out)."""
    from englishroom.decompiler import mechanisms, probe
    from englishroom.decompiler.pipeline import start
    from englishroom.decompiler.rules import rules_pass
    from englishroom.decompiler.settings import Settings
    counted = {}
    real_probe = probe.probe
    monkeypatch.setattr(probe, "probe", lambda subject, stories, *a, **k: counted.setdefault("s", stories) and
                        real_probe(subject, stories, *a, **k))
    s = Settings(**{**SMALL, "mechanism_tokens": 3000})
    program = probe.probe_pass(start(subject, s), subject, progress=False)
    held = set(program.held_out)
    assert held and program.held_out == sorted(held)
    assert counted["s"] == [x for i, x in enumerate(program.stories) if i not in held]
    tokens = sum(len(program.stories[i]) - 1 for i in held)
    assert program.corpus["held_out"] == {"stories": len(held), "tokens": tokens} and 1500 <= tokens <= 6000
    seen = {}
    monkeypatch.setitem(mechanisms.REGISTRY, "position", type("Spy", (), {"derive": staticmethod(
        lambda subject, stories, *rest: seen.setdefault("s", stories) and None)}))
    monkeypatch.setattr(mechanisms, "temperature_of", lambda *a, **k: {})
    mechanisms.mechanisms_pass(replace_settings(rules_pass(program), mechanisms=("position",)), subject, progress=False)
    assert seen["s"] == [program.stories[i] for i in program.held_out]
    none = probe.probe_pass(start(subject, Settings(**{**SMALL, "mechanisms": ()})), subject, progress=False)
    assert none.held_out == [] and none.corpus["held_out"]["stories"] == 0


def test_the_final_rules_count_every_story_once_the_mechanisms_are_measured(subject, monkeypatch):
    """Cross-fitting (recount_pass): with --final-rules all, after the mechanisms pass the statistics are
    counted again over every probe story, held-out ones too, and the rules chosen from them; with
    --final-rules counted the rules stay those the mechanisms were measured against."""
    import copy

    import numpy as np

    from englishroom.decompiler import probe
    from englishroom.decompiler.pipeline import start
    from englishroom.decompiler.rules import rules_pass
    from englishroom.decompiler.settings import Settings
    calls = []
    real_probe = probe.probe
    monkeypatch.setattr(probe, "probe", lambda subject, stories, *a, **k: calls.append(stories) or
                        real_probe(subject, stories, *a, **k))
    for final in ("counted", "all"):
        program = rules_pass(probe.probe_pass(start(subject, Settings(**{**SMALL, "mechanism_tokens": 3000,
                                                                           "final_rules": final})), subject, False))
        rules, positions = program.rules, sum(map(len, program.stories))
        assert program.held_out and f"all {positions - sum(len(program.stories[i]) for i in program.held_out):,} " \
            "probed positions" in program.tables["unigram.txt"]
        program = probe.recount_pass(program, subject, progress=False)
        if final == "counted":
            assert program.rules is rules and len(calls) == 1
            assert "counted_by_the_final_rules" not in program.corpus["held_out"]
        else:
            assert sorted(calls[-1]) == sorted(program.stories) and len(calls) == 2
            assert program.stats is None and program.mapped is None and program.rules is not rules
            assert f"all {positions:,} probed positions" in program.tables["unigram.txt"]
            assert program.corpus["held_out"]["counted_by_the_final_rules"] is True
            # the first map kept and only the held-out stories scored: the rules of a fresh probe of them all
            fresh = copy.copy(program)
            fresh.stats = probe.count_places(program, subject, range(len(program.stories)), program.settings.list_min,
                                             progress=False)
            fresh = rules_pass(fresh)
            np.testing.assert_allclose(fresh.base, program.base, rtol=1e-6)
            assert [r.context for r in fresh.rules] == [r.context for r in program.rules]
            for r, r2 in zip(fresh.rules, program.rules):
                assert r.listed.keys() == r2.listed.keys() and r.count == r2.count
                np.testing.assert_allclose(list(r.listed.values()), list(r2.listed.values()), rtol=2e-3)
        calls.clear()


def replace_settings(program, **changes):
    program.settings = program.settings.replace(**changes)
    return program
