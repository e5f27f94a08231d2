import json
import math
import subprocess
import sys

import pytest

from englishroom.errors import UserError
from englishroom.rooms import load_room, room_size

from conftest import SMALL


def run_room(folder, *args):
    return subprocess.run([sys.executable, "-I", "-S", str(folder / "talk.py"), *args],
                          capture_output=True, text=True, timeout=60)


def test_room_talks_with_the_standard_library_only(small_room):
    folder, _ = small_room
    a = run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1", "--temperature", "0.8")
    assert a.returncode == 0, a.stderr
    assert a.stdout.startswith("Once upon a time") and len(a.stdout) > len("Once upon a time") + 20
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1").stdout == a.stdout
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "2").stdout != a.stdout
    new = run_room(folder, "--tokens", "30", "--seed", "3")
    assert new.returncode == 0 and new.stdout.strip()
    # no import outside the standard library anywhere in the room's code
    for py in folder.glob("*.py"):
        for line in py.read_text().splitlines():
            if line.startswith(("import ", "from ")):
                mod = line.split()[1].split(".")[0]
                assert mod in sys.stdlib_module_names or (folder / f"{mod}.py").exists(), line


def test_room_probabilities_sum_to_one(small_room, subject, corpus):
    folder, _ = small_room
    room = load_room(folder)
    for story in corpus[:3]:
        for t in range(0, min(len(story), 120), 7):
            p = room.predict(story[: t + 1])
            assert len(p) == subject.vocab_size
            assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
            assert min(p) > 0


def test_room_tokenizer_matches_the_subject(small_room, subject, shared):
    from englishroom.corpora.stories import load_stories
    room = load_room(small_room[0]).room
    texts = load_stories(shared / "data/tinystories/valid-dev.txt")
    texts += ["  Odd   spacing\tand tabs \n\n", "Café ♥ 日本 123", "a", ""]
    for text in texts:
        ids = room.tokenizer.encode(text)
        assert ids == subject.encode(text), text[:60]
        assert room.tokenizer.decode(ids) == subject.decode(ids)


def test_arpa_export_matches_the_room(small_room):
    folder, program = small_room
    room = load_room(folder).room
    mech = room.context_rules
    prob, backoff, order = {}, {}, None
    for line in (folder / "tables/context_rules.arpa").read_text().splitlines():
        if line.startswith("\\") and line.endswith("-grams:"):
            order = int(line[1:].split("-")[0])
        elif line == "\\end\\":
            break
        elif order and line.strip():
            fields = line.split("\t")
            gram = tuple(fields[1].split(" "))
            assert len(gram) == order
            prob[gram] = 10 ** float(fields[0])
            if len(fields) > 2:
                backoff[gram] = 10 ** float(fields[2])
    pid = {p: i for i, p in enumerate(room.vocab)}

    def arpa_prob(w, hist):
        """The standard ARPA backoff lookup."""
        if hist + (w,) in prob:
            return prob[hist + (w,)]
        return backoff.get(hist, 1.0) * arpa_prob(w, hist[1:]) if hist else prob[(w,)]

    for rule in program.rules[:: max(1, len(program.rules) // 40)]:
        ctx = tuple(room.vocab[t] for t in rule.context)
        dist = mech.predict([room.bos] + list(rule.context))
        for w in list(rule.listed)[:3] + [pid["▁the"], pid["."]]:
            assert arpa_prob(room.vocab[w], ctx) == pytest.approx(dist[w], rel=1e-4)


def test_decompile_is_deterministic(subject, small_room, tmp_path):
    from englishroom.decompiler.pipeline import Settings, decompile
    folder, _ = small_room
    again = tmp_path / "again"
    decompile(subject, again, Settings(**SMALL), evaluate=False, progress=False)
    for name in ["tables/context_rules.txt", "tables/unigram.txt", "tables/context_rules.arpa"]:
        assert (folder / name).read_text() == (again / name).read_text()
    other = tmp_path / "other"
    decompile(subject, other, Settings(**{**SMALL, "seed": 1}), evaluate=False, progress=False)
    assert (other / "tables/context_rules.txt").read_text() != (folder / "tables/context_rules.txt").read_text()


def test_rules_respect_budget_and_backoff_tree(small_room):
    folder, program = small_room
    assert len(program.rules) == SMALL["budget"] == room_size(folder)["rules"]
    seen = set()
    for r in program.rules:  # every rule's shorter suffix is a rule listed before it
        assert len(r.context) <= SMALL["max_order"]
        assert len(r.context) == 1 or r.context[1:] in seen
        assert sum(r.listed.values()) < 1
        seen.add(r.context)
    best = max(program.rules, key=lambda r: r.gain)   # the first rule opens the way to the best one
    assert best.context[-len(program.rules[0].context):] == program.rules[0].context
    size = room_size(folder)
    assert 0 < size["logic_lines"] <= 800 and size["table_bytes"] > 0   # the mechanisms issue's target


def test_missing_and_corrupt_rooms(tmp_path, small_room, capsys):
    from englishroom.cli import main
    with pytest.raises(UserError, match="not a room"):
        load_room(tmp_path / "nowhere")
    broken = tmp_path / "broken"
    import shutil
    shutil.copytree(small_room[0], broken)
    (broken / "tables/context_rules.txt").write_text("▁no_such_piece\t▁the 0.5\n")
    with pytest.raises(UserError, match="it is corrupt"):
        load_room(broken)
    (broken / "room.json").write_text("{not json")
    with pytest.raises(SystemExit) as e:
        main(["talk", str(broken)])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "it is corrupt" in err and "\n" not in err


def test_eval_a_room_reports_fractions_and_size(small_room, tmp_path, shared):
    from englishroom.cli import main
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


def test_pareto_small(subject, tmp_path, shared):
    from englishroom.decompiler.pipeline import Settings
    from englishroom.measure.pareto import pareto
    out = tmp_path / "pareto"
    summary = pareto(subject, Settings(**SMALL), [10, 100, 400], out,
                     shared / "data/tinystories/valid-dev.txt", stories=8, progress=False)
    rows = summary["rows"]
    assert [r["rules"] for r in rows] == [10, 100, 400]
    assert rows[0]["room_loss"] > rows[-1]["room_loss"]          # more rules, closer to the subject
    assert all(r["kn_loss"] > summary["subject_loss"] for r in rows)
    assert (out / "pareto.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| 400 |" in (out / "pareto.md").read_text()
    # rooms of context rules alone carry no mechanism code (their logic lines count what they run)
    assert not list((out / "room-400").glob("priming.py")) and (out / "room-400" / "context_rules.py").exists()


def test_hf_gptneo_room(gptneo_dir, tmp_path, shared):
    """The Hugging Face path end to end: a room with a pure-Python GPT-2 byte-level BPE tokenizer."""
    from englishroom.decompiler.pipeline import Settings, decompile
    from englishroom.corpora.stories import load_stories
    from englishroom.subjects import load_subject
    subject = load_subject(str(gptneo_dir))
    out = tmp_path / "neo-room"
    decompile(subject, out, Settings(budget=50, sample_tokens=1500, cool_tokens=0, story_tokens=48, real_text=None,
                                     max_order=3, mechanism_tokens=150, evidence_stories=0),
              evaluate=False, progress=False)
    room = load_room(out)
    assert room.room.manifest["tokenizer"] == "bytelevel" and room.vocab_size == 50257
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=60)
    texts += ["Café ♥ 日本 123  spaces\n\n\tand tabs don't matter, it's fine_ok"]
    for text in texts:
        ids = room.room.tokenizer.encode(text)
        assert ids == subject.encode(text), text[:60]
        assert room.room.tokenizer.decode(ids) == text
    p = room.predict([subject.bos_id] + subject.encode("Once upon a time"))
    assert math.isclose(sum(p), 1.0, abs_tol=1e-9) and min(p) > 0
    talk = run_room(out, "Once upon a time", "--tokens", "5", "--seed", "1")
    assert talk.returncode == 0 and talk.stdout.startswith("Once upon a time")
    # a slice of what this room says greedily runs on its own and decodes GPT-2's byte-level pieces
    from englishroom.inspect.slice import build_slice
    said = room.room.generate("Once upon a time, there", 6, temperature=0)
    source, info = build_slice(out, said, words=5, file_name="neo_slice.py")
    (tmp_path / "neo_slice.py").write_text(source)
    run = subprocess.run([sys.executable, "-I", "-S", str(tmp_path / "neo_slice.py")], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout[:-1] == said == info["text"]


def test_a_suffix_that_saves_nothing_still_opens_the_way():
    """'lo ved to play' saves nothing over 'ved to play' ('lo' is always followed by 'ved'), but
    'She lo ved to play' saves a lot: selection takes the empty-handed suffix to reach it."""
    import numpy as np
    from englishroom.decompiler.probe import ContextStats
    from englishroom.decompiler.rules import reach, select
    contexts = [(), ("play",), ("to", "play"), ("lo", "to", "play"), ("She", "lo", "to", "play"), ("with",)]
    parent = np.array([-1, 0, 1, 2, 3, 0])
    stats = ContextStats(contexts, np.ones(6, dtype=np.int64), None, parent, 6)
    gains = np.array([0.0, 5.0, 3.0, 0.0, 9.0, 4.0])
    assert list(reach(stats, gains)) == [9.0, 9.0, 9.0, 9.0, 9.0, 4.0]
    assert select(stats, gains, 4) == [1, 2, 3, 4]
    assert select(stats, gains, 5) == [1, 2, 3, 4, 5]
    assert select(stats, gains, 4, by="importance") == [1, 5, 2, 3]     # its own importance: 0, last


def test_unknown_selection_and_bad_cool_settings_are_refused_before_any_work(subject):
    from englishroom.decompiler.pipeline import Settings, build_program
    with pytest.raises(UserError, match="unknown selection 'best'"):
        build_program(subject, Settings(selection="best"), progress=False)
    for bad in ({"cool_tokens": -1}, {"cool_temperature": 0.0}, {"cool_temperature": 1.5}):
        with pytest.raises(UserError, match="cool samples need"):
            build_program(subject, Settings(**bad), progress=False)


def test_cool_samples_are_the_subjects_likelier_paths(subject, small_room):
    """The probe corpus adds stories sampled at a lower temperature; the subject finds them likelier."""
    from englishroom.decompiler.pipeline import Settings, probe_corpus
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
