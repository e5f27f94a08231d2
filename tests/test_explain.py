"""explain on a small room of stories260K (inspect/explain.py)."""
import json
import math

import pytest

from englishroom.cli import main
from englishroom.inspect.explain import explain_text, format_table
from englishroom.rooms import load_room

TEXT = "Once upon a time, there was a little girl named Lily. Lily liked to play."


def test_explain_rebuilds_the_rooms_own_prediction(small_room, subject):
    folder, _ = small_room
    room = load_room(folder).room
    ex = explain_text(folder, TEXT, subject)
    ids = room.encode(TEXT)
    assert ex["tokens"] == len(ids) - 1 == len(ex["rows"])
    lp = next(subject.story_logprobs([ids]))[1]
    for r in ex["rows"]:
        t = r["position"]
        assert r["room"] == pytest.approx(room.predict(ids[:t])[ids[t]], rel=1e-9)
        assert r["subject"] == pytest.approx(math.exp(lp[t - 1][ids[t]]), rel=1e-5)
        steps = r["steps"]
        assert [s["mechanism"] for s in steps] == ex["mechanisms"]
        for a, b in zip(steps, steps[1:]):                     # each step starts where the last ended
            assert b["before"] == pytest.approx(a["after"])
        assert steps[-1]["after"] == pytest.approx(r["room"])
    # the second "Lily" is a name the story has seen: priming says so, with the factor it applied (which
    # way it goes in a room this small depends on its 20,000 sampled tokens); the step multiplies it by
    # that factor, and another token, whose stated factor is not within 10% of it, by the factor priming
    # states for it (then both by the same 1 / total)
    second = [r for r in ex["rows"] if r["token"] == "▁Lily"][1]
    priming = next(s for s in second["steps"] if s["mechanism"] == "priming")
    factor = float(priming["why"].rsplit("x", 1)[1])
    assert "seen before" in priming["why"]
    prefix, lily = ids[:second["position"]], ids[second["position"]]
    p = room.context_rules.predict(prefix)
    for name, m in room.mechanisms:
        if name == "priming":
            break
        p = room.after([(None, m)], prefix, p)
    q = room.after([(None, m)], prefix, p)
    stated = lambda w: float(m.explain(prefix, w, p)[1].rsplit("x", 1)[1]) if m.explain(prefix, w, p) else None
    other = next(w for w in range(len(p)) if w != lily and p[w] > 0 and stated(w) and abs(stated(w) / factor - 1) > 0.1)
    other_factor = stated(other)
    assert (q[lily] / p[lily]) / (q[other] / p[other]) == pytest.approx(factor / other_factor, rel=0.02)
    assert priming["after"] / priming["before"] == pytest.approx(q[lily] / p[lily])
    assert "room loss" in format_table(ex)


def test_explain_cli_json_html_and_errors(small_room, tmp_path, capsys):
    folder, _ = small_room
    main(["explain", str(folder), TEXT, "--no-subject", "--json", str(tmp_path / "e.json"),
          "--html", str(tmp_path / "e.html")])
    ex = json.loads((tmp_path / "e.json").read_text())
    assert ex["rows"][0]["subject"] is None and ex["rows"][0]["token"] == "▁Once"
    html = (tmp_path / "e.html").read_text()
    assert html.count('class="t ') == ex["tokens"] and "const EXPLAINED" in html
    for args, message in ((["explain", str(tmp_path / "nope"), TEXT], "not a room"),
                          (["explain", str(folder), "   "], "empty")):
        with pytest.raises(SystemExit) as e:
            main(args)
        assert e.value.code == 2 and message in capsys.readouterr().err
