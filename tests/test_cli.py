"""The command line: eval's JSON, one-line errors (cli.py)."""
import json

import pytest

from englishroom.cli import main

from conftest import SMALL


def test_eval_cli_json(tmp_path, shared, monkeypatch):
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
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_eval_a_room_reports_fractions_and_size(small_room, tmp_path, shared):
    out = tmp_path / "e.json"
    main(["eval", str(small_room[0]), "--data", str(shared / "data/tinystories/valid-dev.txt"),
          "--limit", "10", "--corpus-tokens", "20000", "--orders", "2-3", "--json", str(out), "--quiet",
          "--talk", "6"])
    r = json.loads(out.read_text())
    assert r["evaluated"].startswith("room:")
    # the room, its context rules alone and the best KN each told 6 stories for the subject to score
    assert set(r["talk"]) >= {"subject", r["evaluated"], "context rules only", r["best_kn"]}
    assert r["talk"]["stories"] == 6 and r["talk"][r["evaluated"]]["ratio"] > 1
    for key in ("loss", "bpb", "kl", "top1_agreement", "fraction_recovered", "fraction_recovered_vs_kn"):
        assert key in r
    assert r["subject"]["loss"] < r["loss"] < r["baselines"]["unigram"]["loss"]
    assert 0 < r["fraction_recovered"] < 1
    assert r["size"]["rules"] == SMALL["budget"]
