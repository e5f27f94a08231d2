"""Settings: every one a command-line flag with its default; bad values refused before any work
(decompiler/settings.py)."""
import pytest

from englishroom.errors import UserError


def test_unknown_selection_and_bad_cool_settings_are_refused_before_any_work(subject):
    from englishroom.decompiler.pipeline import build_program
    from englishroom.decompiler.settings import Settings
    with pytest.raises(UserError, match="unknown selection 'best'"):
        build_program(subject, Settings(selection="best"), progress=False)
    for bad in ({"cool_tokens": -1}, {"cool_temperature": 0.0}, {"cool_temperature": 1.5}):
        with pytest.raises(UserError, match="cool samples need"):
            build_program(subject, Settings(**bad), progress=False)


def test_every_setting_is_a_flag_with_its_default():
    """`decompile` has one flag per Settings field, its default the field's; `pareto` all but --budget."""
    import dataclasses

    from englishroom.cli import build_parser
    from englishroom.decompiler.settings import Settings, from_arguments
    parse = build_parser().parse_args
    ns = parse(["decompile", "--out", "x"])
    assert all(hasattr(ns, f.name) for f in dataclasses.fields(Settings))
    assert from_arguments(ns) == Settings()
    pareto = parse(["pareto", "--out", "x"])
    assert from_arguments(pareto) == Settings() and "budget" not in vars(pareto)      # pareto takes --budgets
    flags = ["--sample-tokens", "5000", "--cool-temperature", "0.25", "--real-text", "none", "--story-tokens", "64",
             "--mechanisms", "copying,position", "--selection", "importance", "--list-min", "0.01"]
    assert from_arguments(parse(["decompile", "--out", "x", *flags])) == Settings(
        sample_tokens=5000, cool_temperature=0.25, real_text=None, story_tokens=64, mechanisms=("position", "copying"),
        selection="importance", list_min=0.01)


@pytest.mark.parametrize("command, flags, message", [
    ("decompile", ["--mechanisms", "copying,telepathy"], "unknown mechanism 'telepathy'"),
    ("decompile", ["--budget", "-5"], "the budget must be zero or more rules"),
    ("decompile", ["--keep-min", "0.01", "--list-min", "0.001"], "--keep-min 0.01 must be at most --list-min 0.001"),
    ("decompile", ["--cool-temperature", "nan"], "cool samples need"),
    ("decompile", ["--factor-prior", "nan"], "--factor-prior must be a finite number"),
    ("decompile", ["--real-weight", "0"], "--real-weight 0 must be a number above 0"),
    ("decompile", ["--real-weight", "nan"], "--real-weight nan must be a number above 0"),
    ("pareto", ["--mechanisms", "telepathy"], "unknown mechanism 'telepathy'"),
    ("decompile", ["--max-order", "0"], "--max-order 0"),
    ("decompile", ["--seed", str(10 ** 23)], "--seed 100000000000000000000000"),
    ("decompile", ["--data", "/no/such/stories.txt"], "no such stories file: /no/such/stories.txt"),
    ("pareto", ["--budgets", "10,x"], "pareto --budgets: give budgets"),
    ("pareto", ["--stories", "0"], "pareto --stories: give a positive whole number"),
    ("decompile", ["--real-text", "train-head,/no/such/real.txt"], "--real-text /no/such/real.txt: no such stories"),
])
def test_bad_settings_are_one_line_errors(command, flags, message, tmp_path, capsys):
    from englishroom.cli import main
    with pytest.raises(SystemExit) as e:
        main([command, "--out", str(tmp_path / "out"), *flags])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_real_text_from_several_sources(subject, tmp_path):
    """--real-text takes files and the shared files' short names, comma-separated; the probe corpus
    holds each one's stories, in order, and says how many came from where."""
    from englishroom.decompiler.probe import probe_corpus
    from englishroom.decompiler.settings import Settings, real_sources
    assert real_sources("train-head,train-more") == ["train-head", "train-more"] and real_sources(None) == []
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Tom has a dog.\n<|endoftext|>\nThe dog is big.\n", encoding="utf-8")
    b.write_text("Lily sees a cat.\n", encoding="utf-8")
    s = Settings(sample_tokens=0, cool_tokens=0, real_text=f"{a},{b}").check()
    stories, info = probe_corpus(subject, s, progress=False)
    assert [r["stories"] for r in info["real_text"]] == [2, 1] and info["real_text"][1]["path"] == str(b)
    assert stories == [subject.encode_story(t) for t in ("Tom has a dog.", "The dog is big.", "Lily sees a cat.")]
    assert info["tokens"] == sum(len(x) - 1 for x in stories)


def test_small_rooms_list_whole_distributions_unless_told():
    """derive_listing: at most 15,000 rules, every token down to 1e-4 or --keep-min (at most 512), ratio 1; a larger
    room the tokens that differ from the backoff; a listing setting given on the command line is kept."""
    from englishroom.decompiler.settings import Settings, derive_listing
    small, notes = derive_listing(Settings(budget=15_000, keep_min=2e-4))
    assert (small.list_min, small.list_ratio, small.list_max) == (2e-4, 1.0, 512) and set(notes) == {
        "list_min", "list_ratio", "list_max"} and "whole distribution" in notes["list_max"]["how"]
    assert derive_listing(Settings(budget=15_000, keep_min=0))[0].list_min == 1e-4
    large, _ = derive_listing(Settings(budget=15_001))
    assert (large.list_min, large.list_ratio, large.list_max) == (1e-4, 1.25, 256)
    assert derive_listing(Settings(budget=15_001, keep_min=0.002))[0].list_min == 0.002   # the probe keeps no rarer token
    assert "every room" in derive_listing(Settings(budget=15_001))[1]["list_min"]["how"]
    given, notes = derive_listing(Settings(budget=1_500, list_max=32))
    assert given.list_max == 32 and given.list_ratio == 1.0 and "list_max" not in notes
    assert derive_listing(given)[0] == given                     # nothing left to derive
