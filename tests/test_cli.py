"""The command line: eval's JSON, one-line errors (cli.py)."""
import json

import pytest

from englishroom.cli import main

from conftest import SMALL


def test_eval_cli_json(tmp_path, shared, monkeypatch):
    monkeypatch.setenv("ENGLISHROOM_CACHE", str(tmp_path / "cache"))    # its corpus is TINY's: keep that unsampled
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
    (["eval", "--model", "sub/nope.bin"], "model not found: sub/nope.bin"),
    (["eval", "--data", "/no/such/file.txt"], "no such stories file: /no/such/file.txt"),
    (["eval", "--orders", "1-3"], "between 2 and 24"),
    (["eval", "--talk", "-2"], "eval --talk: give a count ≥ 0 (got '-2')"),
    (["sample", "--tokens", "0", "--out", "x.jsonl"], "sample --tokens: give a positive whole number"),
    (["sample", "--tokens", "10"], "sample: the following arguments are required: --out"),
])
def test_cli_errors_are_one_line(args, message, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize("command, message", [
    ("eval --limit 0", "eval --limit: give a positive whole number (got '0')"),
    ("eval --limit -1", "eval --limit: give a positive whole number (got '-1')"),
    ("eval --corpus-tokens 0", "--corpus-tokens: give a positive whole number"),
    ("eval --json {dir}", "cannot write the file {dir}: {dir} is a folder"),
    ("eval --json {file}/e.json", "cannot write the file {file}/e.json: {file} is a file"),
    ("report ROOM --out {dir}/r --stories -1", "report --stories: give a positive whole number"),
    ("report ROOM --out {dir}/r --samples -1", "report --samples: give a count ≥ 0 (got '-1')"),
    ("report ROOM --out {file}", "cannot write the folder {file}: {file} is a file"),
    ("report ROOM --out {dir}/r --atlas {dir}/missing.html", "no such atlas page"),
    ("tour ROOM --top -1", "tour --top: give a positive whole number"),
    ("gaps ROOM --limit 0", "gaps --limit: give a positive whole number"),
    ("gaps ROOM --json {dir}", "cannot write the file {dir}: {dir} is a folder"),
    ("tour ROOM --stories 0", "tour --stories: give a positive whole number"),
    ("atlas --out {dir}/a --top-neurons -1", "atlas --top-neurons: give a count ≥ 0"),
    ("atlas --out {dir}/a --stories 0", "atlas --stories: give a positive whole number"),
    ("atlas --out {dir}/a --room /nonexistent", "atlas --room: no such room: /nonexistent"),
    ("slice ROOM text --out {dir}/s.py --words 0", "slice --words: give a positive whole number"),
    ("slice ROOM text --out {dir}", "cannot write the file {dir}: {dir} is a folder"),
    ("talk ROOM --tokens -1", "talk --tokens: give a positive whole number"),
    ("talk ROOM --temperature -1", "talk --temperature: give a finite number ≥ 0"),
    ("tell --temperature nan", "tell --temperature: give a finite number ≥ 0"),
    ("tell --seed 100000000000000000000000", "tell --seed: give a whole number from 0 to 2**63-1"),
    ("sample --tokens 10 --batch 0 --out {dir}/c.jsonl", "sample --batch: give a positive whole number"),
    ("sample --tokens -5 --out {dir}/c.jsonl", "sample --tokens: give a positive whole number"),
    ("sample --tokens 10 --temperature inf --out {dir}/c.jsonl", "sample --temperature: give a finite number"),
    ("pareto --out {dir}/p --budgets 0,5", "pareto --budgets: give budgets, positive numbers of rules"),
])
def test_every_option_is_checked_before_any_work(command, message, tmp_path, capsys, monkeypatch):
    import englishroom.cli as cli
    (tmp_path / "file").write_text("")

    def work(*_):
        raise AssertionError("the work started before the options were checked")
    monkeypatch.setattr(cli, "load_subject", work)
    monkeypatch.setattr(cli, "load_room", work)
    fill = {"dir": str(tmp_path), "file": str(tmp_path / "file")}
    with pytest.raises(SystemExit) as exit_info:
        main([part.format(**fill) for part in command.split()])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message.format(**fill) in err and "\n" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]          # nothing written


def test_tell_cuts_a_prompt_longer_than_the_context(capsys):
    main(["tell", "Once upon a time there was a cat. " * 400, "--tokens", "5", "--temperature", "0"])
    out, err = capsys.readouterr()
    assert err == ("englishroom: the prompt has 4000 tokens, more than fit in the subject's context of 512 with "
                   "5 new ones; kept its last 506\n")
    assert out.count("Once upon a time there was a cat.") >= 45 and out.endswith("The cat was very\n")


def test_gaps_of_a_room(small_room, tmp_path, capsys):
    import json
    main(["gaps", str(small_room[0]), "--limit", "3", "--top", "4", "--quiet", "--json", str(tmp_path / "g.json")])
    out = capsys.readouterr().out
    assert out.startswith("gap map: room ") and "by beyond reach" in out and "by longest rule" in out
    m = json.loads((tmp_path / "g.json").read_text())
    assert m["stories"] == 3 and len(m["contexts"]) == 4 and set(m["splits"]) == {
        "kind", "occurrence", "position", "longest rule", "beyond reach", "subject's p", "room's p"}


def test_check_a_room(small_room, tmp_path, capsys):
    import shutil
    folder = small_room[0]
    main(["check", str(folder)])
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{folder}: sound (") and f"{SMALL['budget']} rules" in out and "bytes checked)" in out
    main(["check", str(folder), "--rows"])
    assert f"every row reads ({SMALL['budget']} context rules read" in capsys.readouterr().out
    broken = tmp_path / "broken"
    shutil.copytree(folder, broken, ignore=shutil.ignore_patterns("__pycache__"))
    with open(broken / "tables" / "context_rules.txt", "a", encoding="utf-8") as f:
        f.write("\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(broken)])
    err = capsys.readouterr().err.strip()
    assert exit_info.value.code == 2 and "context_rules.txt" in err and "\n" not in err


def test_a_rooms_provenance_leads_only_to_its_own_subject(small_room, shared, tmp_path, capsys):
    import shutil
    room = tmp_path / "room"
    shutil.copytree(small_room[0], room, ignore=shutil.ignore_patterns("__pycache__"))
    main(["explain", str(room), "Once upon a time"])
    out, err = capsys.readouterr()
    assert err == f"englishroom: comparing with the subject stories260K, named in {room}/provenance.json\n"
    assert "subject" in out.splitlines()[0]
    # a model file named in provenance.json loads when it is the very file the room was decompiled from
    model = tmp_path / "models" / "mine.bin"
    model.parent.mkdir()
    shutil.copy(shared / "models/stories260K/stories260K.bin", model)
    shutil.copy(shared / "models/stories260K/tok512.model", model.parent)
    prov = json.loads((room / "provenance.json").read_text())
    prov["subject"].update(name="mine", path=str(model))
    (room / "provenance.json").write_text(json.dumps(prov))
    main(["explain", str(room), "Once upon a time"])
    out, err = capsys.readouterr()
    assert err == f"englishroom: comparing with the subject mine, named in {room}/provenance.json\n"
    assert "subject" in out.splitlines()[0]
    # another file at that path is not loaded: explain shows the room alone, report asks for --model
    data = bytearray(model.read_bytes())
    data[-4:] = bytes(4)
    model.write_bytes(bytes(data))
    main(["explain", str(room), "Once upon a time"])
    out, err = capsys.readouterr()
    assert f"{model} is not the room's subject" in err and "showing the room alone" in err and err.count("\n") == 1
    assert "subject" not in out.splitlines()[0]
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(room), "--out", str(tmp_path / "report")])
    err = capsys.readouterr().err.strip()
    assert exit_info.value.code == 2 and "give the subject with --model" in err and "\n" not in err
    assert not (tmp_path / "report").exists()
    # a short name loads as before, when its file is the one recorded
    prov["subject"]["name"] = "stories260K"
    (room / "provenance.json").write_text(json.dumps(prov))
    main(["explain", str(room), "Once upon a time"])
    assert capsys.readouterr().err.startswith("englishroom: comparing with the subject stories260K")
    prov["subject"]["sha256_16"] = "0" * 16
    (room / "provenance.json").write_text(json.dumps(prov))
    main(["explain", str(room), "Once upon a time"])
    assert "is not the room's subject" in capsys.readouterr().err


TINY = ["--sample-tokens", "5000", "--cool-tokens", "0", "--real-text", "none", "--budget", "100", "--max-order", "3",
        "--mechanism-tokens", "5000", "--evidence-stories", "0", "--talk-stories", "0", "--no-eval"]
BLOCK_IN_EMIT = """
import time
from englishroom.decompiler import emit
write_room = emit.write_room
def write_and_wait(program, folder):
    write_room(program, folder)
    print("EMITTING", file=sys.stderr, flush=True)
    time.sleep(600)
emit.write_room = write_and_wait
"""


@pytest.mark.parametrize("when, prelude", [("sampling", ""), ("EMITTING", BLOCK_IN_EMIT)])
def test_sigterm_is_an_interrupt_that_cleans_up(when, prelude, tmp_path):
    """SIGTERM (kill, timeout, CI cancellation) while the probe samples, and while the room is being written
    into its temporary folder: exit status 130, the interrupted message, nothing left beside the output."""
    import os
    import select
    import signal
    import subprocess
    import sys
    import time
    # SIGUSR1 dumps every thread's stack to stderr: what a process that does not stop is doing
    code = ("import faulthandler, signal, sys\nfaulthandler.register(signal.SIGUSR1, all_threads=True)\n" + prelude
            + "\nfrom englishroom.cli import main\nmain(sys.argv[1:])\n")
    proc = subprocess.Popen([sys.executable, "-c", code, "decompile", "--out", str(tmp_path / "X"), *TINY],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "OMP_NUM_THREADS": "1"})
    seen, deadline = b"", time.monotonic() + 300
    while when.encode() not in seen:
        assert proc.poll() is None and time.monotonic() < deadline, seen.decode(errors="replace")[-800:]
        if select.select([proc.stderr], [], [], 1)[0]:
            seen += os.read(proc.stderr.fileno(), 65536)
    if when == "EMITTING":
        assert [p.name for p in tmp_path.glob(".X.*")]              # the temporary room is there now
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGUSR1)
        time.sleep(2)
        proc.kill()
        pytest.fail("still running 120 s after SIGTERM:\n" + (seen + proc.communicate()[1]).decode(errors="replace")[-3000:])
    assert proc.returncode == 130, (seen + err).decode(errors="replace")[-800:]
    assert "englishroom: interrupted (no partial outputs were left)\n" in err.decode()      # (tqdm closes its bar after)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_killed_worker_ends_the_decompile_with_a_one_line_error(tmp_path):
    """Every forked worker killed as soon as it shows (as the out-of-memory killer would): exit status 2 and one
    line saying so, nothing left beside the output; not a run that waits for the lost job for ever."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path
    out, err = tmp_path / "out", tmp_path / "stderr.txt"
    out.mkdir()
    with open(err, "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "englishroom", "decompile", "--out", str(out / "X"), *TINY],
                                stdout=subprocess.DEVNULL, stderr=stderr, env={**os.environ, "OMP_NUM_THREADS": "1"})
        killed, deadline = 0, time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])     # after the name: state, ppid
                    if parent == proc.pid:
                        os.kill(int(stat.parent.name), signal.SIGKILL)
                        killed += 1
                except (OSError, IndexError, ValueError):                            # it ended meanwhile
                    pass
            time.sleep(0.01)
        if proc.poll() is None:
            proc.kill()
            pytest.fail("still running 300 s after its workers were killed:\n" + err.read_text()[-2000:])
    said = err.read_text(errors="replace")
    assert killed and proc.returncode == 2, said[-800:]
    assert "a worker process ended abruptly (killed, or out of memory?)" in said.splitlines()[-1], said[-800:]
    assert "Traceback" not in said
    assert list(out.iterdir()) == []


def test_eval_a_room_reports_fractions_and_size(small_room, tmp_path, shared):
    out = tmp_path / "e.json"
    main(["eval", str(small_room[0]), "--data", str(shared / "data/tinystories/valid-dev.txt"),
          "--limit", "10", "--corpus-tokens", "5000", "--orders", "2-3", "--json", str(out), "--quiet",
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


@pytest.mark.parametrize("model, room", [("babyllama-tok105", "runs/babyllama-tok105-room"),
                                         ("stories260K", "runs/stories260K-room"),
                                         ("roneneldan/TinyStories-1.3M", "runs/TinyStories-1.3M-room")])
def test_demo_writes_each_subject_to_its_own_room(model, room, monkeypatch, capsys):
    """The main job's steps, recorded instead of run: decompile, talk and report of runs/MODEL-room."""
    import englishroom.cli as cli
    calls = []
    for step in ("cmd_decompile", "cmd_talk", "cmd_report"):
        monkeypatch.setattr(cli, step, lambda args, step=step: calls.append((step, args)))
    main(["demo", "--model", model])
    (_, d), (_, t), (_, r) = calls
    assert (d.model, str(d.out), str(t.room), str(r.room)) == (model, room, room, room)
    assert str(r.out) == room + "-report" and r.model == model
