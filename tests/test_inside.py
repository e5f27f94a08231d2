"""explain, slice and tour on a small room of stories260K."""
import json
import math
import subprocess
import sys

import pytest

from englishroom.cli import main
from englishroom.errors import UserError
from englishroom.inspect.explain import explain_text, format_table
from englishroom.rooms import load_room
from englishroom.inspect.slice import build_slice
from englishroom.inspect.tour import tour

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
    # the second "Lily" is a name the story has seen: priming says so, and raises it
    second = [r for r in ex["rows"] if r["token"] == "▁Lily"][1]
    priming = next(s for s in second["steps"] if s["mechanism"] == "priming")
    assert "seen before" in priming["why"] and priming["contribution"] > 0
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


def test_slice_regenerates_what_the_room_says(small_room, tmp_path):
    folder, _ = small_room
    room = load_room(folder).room
    text = room.generate("Once upon a time", 30, temperature=0)      # what the room says greedily
    source, info = build_slice(folder, text, file_name="s.py")
    path = tmp_path / "s.py"
    path.write_text(source)
    out = subprocess.run([sys.executable, "-I", "-S", str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == info["text"] == text
    assert info["lines"] == len(source.splitlines()) and info["lines"] <= 200
    assert 0 < info["rules"] <= info["rules_used_by_the_room"]
    assert "import" not in source.split('"""')[2]                      # standard library only: nothing at all
    # each context rule kept is a real rule of the room, with the room's own probabilities
    scope = {}
    exec(source, scope)
    # (the other tokens pooled into one, which holds the rest of the room's probability)
    rest = scope["REST"]
    for ctx, (listed, _alpha) in scope["RULES"].items():
        rule = room.context_rules.rules[tuple(room.context_rules.id[p] for p in ctx)][0]
        for w, q in listed.items():
            if w != rest:
                assert rule[room.context_rules.id[w]] == q
    assert math.isclose(sum(scope["UNIGRAM"].values()), 1.0, abs_tol=1e-3) and scope["UNIGRAM"][rest] > 0


def test_slice_refuses_what_the_room_would_not_say(small_room, tmp_path, capsys):
    folder, _ = small_room
    with pytest.raises(UserError, match="does not say this text"):
        build_slice(folder, "Once upon a time, there was a purple elephant who sang.")
    with pytest.raises(SystemExit):
        main(["slice", str(folder), "Once upon a time, there was a purple elephant.", "--out", str(tmp_path / "x.py")])
    assert "likeliest next token" in capsys.readouterr().err and not (tmp_path / "x.py").exists()
    with pytest.raises(UserError, match="more than 3 words"):
        build_slice(folder, "Once upon")


def test_tour_ranks_rows_by_total_gain(small_room, shared):
    folder, _ = small_room
    from englishroom.corpora.stories import load_stories
    room = load_room(folder).room
    stories = [room.encode(t) for t in load_stories(shared / "data/tinystories/valid-dev.txt", limit=5)]
    t = tour(folder, stories, top=8, progress=False)
    gains = [r["gain"] for r in t["top"]]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0
    assert t["tokens"] == sum(len(s) - 1 for s in stories)
    for r in t["top"]:
        assert "[[" in r["example"] and r["uses"] >= 1 and r["provenance"]
    assert 0 < t["share_of_top"] < 1
