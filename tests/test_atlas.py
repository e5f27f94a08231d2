import json

import pytest
import torch

from englishroom.inspect.atlas import build_atlas, mean_loss, pattern_scores, role


@pytest.fixture(scope="module")
def small_atlas(subject, shared):
    from englishroom.corpora.stories import load_stories
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=6)
    stories = [subject.encode_story(t) for t in texts]
    return stories, build_atlas(subject, stories, top_neurons=3, progress=False)


def test_atlas_covers_every_component(subject, small_atlas):
    _, atlas = small_atlas
    comps = atlas["components"]
    assert set(comps) == set(subject.components())
    assert len(atlas["ranking"]) == 900 and set(atlas["ranking"]) == set(comps)
    h = comps["L1H6"]
    for key in ("bos", "previous", "duplicate", "induction", "induction_random", "distance"):
        assert key in h["attention"]
    assert 0 <= h["attention"]["previous"] <= 1 and h["role"] == role(h["attention"])
    assert len(h["promotes"]) == 8 and isinstance(h["promotes"][0][0], str)
    n = comps["L0N5"]
    assert len(n["top_contexts"]) == 5 and "[[" in n["top_contexts"][0]["text"]
    acts = [c["activation"] for c in n["top_contexts"]]
    assert acts == sorted(acts, reverse=True)
    measured = [c for c in comps.values() if "loss_rise_mean_ablation" in c and c["kind"] == "neuron"]
    assert len(measured) == 3


def test_atlas_ablation_is_a_real_loss_rise(subject, small_atlas):
    stories, atlas = small_atlas
    means = subject.component_means(stories)
    base = mean_loss(subject, stories)
    assert atlas["base_loss"] == pytest.approx(base)
    top = atlas["ranking"][0]
    rise = mean_loss(subject, stories, {top: "mean"}, means) - base
    c = atlas["components"][top]
    assert c.get("loss_rise_mean_ablation", 0) == pytest.approx(rise, abs=1e-4)
    weights = [atlas["components"][n].get("loss_rise_mean_ablation",
                                          atlas["components"][n].get("loss_rise_estimate")) for n in atlas["ranking"]]
    assert weights == sorted(weights, reverse=True)


def test_pattern_scores_on_a_hand_made_pattern():
    """A head that attends only to the previous token scores 1 on 'previous', 0 on BOS."""
    ids = torch.tensor([[1, 5, 6, 5, 6]])
    T = 5
    pat = torch.zeros(1, 1, T, T)
    pat[0, 0, 0, 0] = 1
    for t in range(1, T):
        pat[0, 0, t, t - 1] = 1
    s = pattern_scores(pat, ids, torch.ones(1, T, dtype=torch.bool))
    assert s["previous"][0] / s["n"][0] == 1 and s["bos"][0] / s["n"][0] == pytest.approx(0.25)
    # queries 3 and 4 have an earlier copy; the induction target of query 4 (token 6) is position 3
    assert s["n_duplicate"][0] == 2 and s["n_induction"][0] == 2
    # on a repeated sequence the previous token is the induction target: queries 3 and 4 both hit it
    assert s["induction"][0] / s["n_induction"][0] == 1 and s["duplicate"][0] == 0


def test_atlas_cli_writes_json_and_html(tmp_path, shared, capsys):
    from englishroom.cli import main
    main(["atlas", "--out", str(tmp_path), "--stories", "3", "--top-neurons", "2", "--quiet"])
    atlas = json.loads((tmp_path / "atlas.json").read_text())
    assert atlas["stories"] == 3 and "L4H7" in atlas["components"]
    html = (tmp_path / "atlas.html").read_text()
    assert html.startswith("<!doctype html>") and 'id="L2N171"' in html and "Ranking by causal weight" in html
    assert "L" in capsys.readouterr().out


def test_atlas_marks_the_heads_a_rooms_evidence_cites(small_atlas, tmp_path):
    from englishroom.inspect.atlas import add_mechanisms
    from englishroom.errors import UserError
    _, atlas = small_atlas
    ev = {"method": "m", "mechanisms": {"copying": {"components": ["L4H0", "L2H6"], "status": "finding",
                                                    "test": {}}}}
    (tmp_path / "provenance.json").write_text(json.dumps({"evidence": ev}))
    add_mechanisms(atlas, tmp_path)
    assert atlas["components"]["L4H0"]["mechanisms"] == ["copying (finding)"]
    assert "copying" in atlas["mechanisms"]
    (tmp_path / "provenance.json").write_text("{}")
    with pytest.raises(UserError):
        add_mechanisms(atlas, tmp_path)


def test_heads_that_attend_like_induction_heads_are_the_ones_repeats_need(small_atlas):
    """stories260K has no head with a textbook induction score, but the heads that attend most to
    the token after an earlier copy are among those whose ablation hurts repeated tokens most."""
    _, atlas = small_atlas
    ch = atlas["copying_heads"]
    assert 0.3 < ch["repeated_token_share"] < 0.9
    top_induction, top_repeats = ch["by_induction_score"][:3], ch["by_loss_rise_on_repeats"][:8]
    assert len(set(top_induction) & set(top_repeats)) >= 2      # chance: about 0.1 for 2 of 3 in 8 of 40
    best = atlas["components"][ch["by_loss_rise_on_repeats"][0]]
    assert best["loss_rise_on_repeats"] > 3 * best["loss_rise_on_first_occurrences"]
