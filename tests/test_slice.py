"""slice: a standalone program made of the room's own code and rows that says one text."""
import ast
import subprocess
import sys

import pytest

from englishroom.cli import main
from englishroom.decompiler.emit import TEMPLATE
from englishroom.errors import UserError
from englishroom.inspect.slice import REST, build_slice, run_slice
from englishroom.rooms import load_room


def greedy_text(folder, tokens=40):
    return load_room(folder).room.generate("Once upon a time", tokens, temperature=0)


def test_the_room_modules_never_define_one_name_twice():
    """A slice is the room's modules made one file: a top-level name defined in two of them would make one
    module run the other's code."""
    defined = {}
    for path in sorted(TEMPLATE.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = ([node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else
                     [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else [])
            for n in names:
                assert n not in defined, f"{n} is defined in {defined[n]} and {path.name}"
                defined[n] = path.name


def test_slice_regenerates_what_the_room_says(small_room, tmp_path):
    folder, _ = small_room
    room = load_room(folder).room
    text = greedy_text(folder, 30)
    source, info = build_slice(folder, text, file_name="s.py")
    path = tmp_path / "s.py"
    path.write_text(source)
    out = subprocess.run([sys.executable, "-I", "-S", str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == info["text"] == text
    assert info["lines"] == len(source.splitlines())
    part = info["parts"]
    assert part["docstring"] + part["code"] + part["vocabulary_and_rows"] + part["decoding"] == info["lines"]
    assert 0 < part["logic"] < part["code"] and part["decoding"] < 30
    assert 0 < info["rules"] <= info["rules_used_by_the_room"]
    imports = {a.name for node in ast.walk(ast.parse(source)) if isinstance(node, (ast.Import, ast.ImportFrom))
               for a in node.names}
    assert imports <= {"accumulate", "bisect", "math", "operator", "random", "reduce"}    # standard library only
    # each context rule kept is a rule of the room, listing the room's own probabilities
    scope = run_slice(source)
    assert part["vocabulary_and_rows"] > sum(map(len, scope["TABLES"].values())) + len(scope["VOCAB"]) // 8
    for line in scope["TABLES"]["context_rules.txt"]:
        context, listed = line.split("\t")[:2]
        rule = room.context_rules.rule(tuple(room.context_rules.id[p] for p in context.split(" ")))[0]
        words = listed.split(" ")
        for w, q in zip(words[::2], words[1::2]):
            if w != REST:
                assert rule[room.context_rules.id[w]] == float(q)


def test_slice_runs_the_rooms_own_code(small_room):
    """Every class and function of the slice is the room module's own definition, character for character."""
    folder, _ = small_room
    source, info = build_slice(folder, greedy_text(folder), minimal=False)
    assert info["mechanisms"] == [m for m, _ in load_room(folder).room.mechanisms]
    template = {}
    for py in TEMPLATE.glob("*.py"):
        src = py.read_text()
        for node in ast.parse(src).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                template[node.name] = ast.get_source_segment(src, node)
    own = [n for n in ast.parse(source).body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    ported = [n for n in own if n.name in template]
    assert {n.name for n in ported} >= {"ContextRules", "Room", "Position", "Words", "State", "Priming",
                                        "Copying", "Calibration", "scale_probabilities", "set_probabilities"}
    for n in ported:
        assert ast.get_source_segment(source, n) == template[n.name], n.name
    assert {n.name for n in own} - set(template) == {"table", "greedy"}       # the slice's own: two short functions


def test_a_minimal_slice_keeps_only_the_code_it_runs(small_room):
    """The minimal slice leaves out the functions and methods that saying its text never calls (explain,
    generate, ...) and the statements that never run in the others (a block left empty says `...`); each line
    it keeps is the room's own, in the room's order."""
    folder, _ = small_room
    text = greedy_text(folder)
    source, info = build_slice(folder, text)
    whole = ast.parse(source)
    template = {}
    for py in TEMPLATE.glob("*.py"):
        src = py.read_text()
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.ClassDef):
                template.update({(node.name, m.name): ast.get_source_segment(src, m) for m in node.body
                                 if isinstance(m, ast.FunctionDef)})
            elif isinstance(node, ast.FunctionDef) and node.col_offset == 0:
                template[(None, node.name)] = ast.get_source_segment(src, node)
    kept = {(c.name if isinstance(c, ast.ClassDef) else None, f.name): f
            for c in whole.body for f in (c.body if isinstance(c, ast.ClassDef) else [c]) if isinstance(f, ast.FunctionDef)}
    assert ("Room", "predict") in kept and ("Room", "generate") not in kept
    assert not any(name == "explain" for _, name in kept) and (None, "sharpened") not in kept
    shorter = 0
    for key, f in kept.items():
        if key not in ((None, "table"), (None, "greedy")):
            mine, own = ast.get_source_segment(source, f).splitlines(), iter(template[key].splitlines())
            assert all(line.strip() == "..." or any(line == o for o in own) for line in mine), key   # in order
            shorter += len(mine) < len(template[key].splitlines())
    predict = ast.get_source_segment(source, kept[("ContextRules", "predict")])
    assert "return Lazy(" not in predict and "if self.lazy:\n            ...\n" in predict    # a small vocabulary's
    assert shorter >= 2 and "class Lazy" in source and "LAZY_FROM" in source      # Pending is a Lazy; __init__ reads it
    assert "accumulate" not in source                                    # only go_lazy used it
    assert run_slice(source)["greedy"]() == text == info["text"]
    assert info["lines"] < build_slice(folder, text, minimal=False)[1]["lines"]


def test_slice_gives_the_kept_tokens_the_rooms_probabilities(small_room):
    """At every step of the text, each stage of the slice (its context rules, then each mechanism) gives
    the tokens it keeps the room's probabilities, renormalised over what it keeps, when handed what the
    room had before that stage (every other token pooled into REST)."""
    folder, _ = small_room
    room = load_room(folder).room
    text = greedy_text(folder)
    source, info = build_slice(folder, text, minimal=False)
    sl = run_slice(source)["ROOM"]
    vocab = info["vocab"]
    keep = [room.context_rules.id[p] for p in vocab[:-1]]
    ids = room.encode(text)
    k = len(info["start_ids"])

    def pooled(p):
        kept = [p[w] for w in keep]
        return kept + [1 - sum(kept)]

    def renormalised(q):
        total = sum(q[:-1])
        return [x / total for x in q[:-1]]

    def close(a, b):
        return max(abs(x - y) for x, y in zip(a, b)) < 1e-9

    stages = 0
    for t in range(k, len(ids)):
        prefix = ids[:t]
        mine = [vocab.index(room.vocab[w]) for w in prefix]
        p = room.context_rules.predict(prefix)
        assert close(sl.context_rules.predict(mine), pooled(p))          # exact, the pooled token too
        for (name, mech), (slice_name, slice_mech) in zip(room.mechanisms, sl.mechanisms):
            assert name == slice_name
            after = room.after([(name, mech)], prefix, p)
            assert close(renormalised(sl.after([(name, slice_mech)], mine, pooled(p))), renormalised(pooled(after))), (name, t)
            p = after
            stages += 1
    assert stages == (len(ids) - k) * len(room.mechanisms) > 0


def test_slice_refuses_what_the_room_would_not_say(small_room, tmp_path, capsys):
    folder, _ = small_room
    with pytest.raises(UserError, match="does not say this text"):
        build_slice(folder, "Once upon a time, there was a purple elephant who sang.")
    with pytest.raises(SystemExit):
        main(["slice", str(folder), "Once upon a time, there was a purple elephant.", "--out", str(tmp_path / "x.py")])
    assert "likeliest next token" in capsys.readouterr().err and not (tmp_path / "x.py").exists()
    with pytest.raises(UserError, match="more than 3 words"):
        build_slice(folder, "Once upon")


def test_slice_never_runs_names_as_code(small_room, tmp_path, capfd):
    """Room and file names go into the program only escaped: quotes in them cannot end its docstring."""
    import shutil
    folder, _ = small_room
    odd = tmp_path / 'r"""; print("INJECTED"); """r'
    shutil.copytree(folder, odd)
    source, info = build_slice(odd, greedy_text(odd, 12), file_name='y"""; print("INJECTED"); """y.py')
    path = tmp_path / "y.py"
    path.write_text(source)
    out = subprocess.run([sys.executable, "-I", "-S", str(path)], capture_output=True, text=True, check=True)
    assert "INJECTED" not in out.stdout and out.stdout.strip() == info["text"]
    assert "INJECTED" not in capfd.readouterr().out
