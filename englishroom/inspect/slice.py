"""Slice a room: the smallest standalone program, made of the room's own code and rows, that says one text.

1. The room itself must say the text: greedy decoding from its first words gives every next
   token (otherwise no slice of the room can; the error says where the room goes its own way).
2. The slice's vocabulary is every token of the text and, at each step, the room's likeliest
   tokens (at least three) until they hold 90% of the probability, so each written token still has
   to beat its real competitors; every other token is pooled into one, REST, which each context
   rule lists with the probability the pooled tokens hold there: the context rules give the kept
   tokens exactly the room's probabilities. A mechanism that scales each token by its own factor
   (position, words) cannot scale REST as the room scales the tokens in it; where that changes
   what the slice writes, the vocabulary grows (97%, 99%, 99.9% of each step) until it does not.
3. The slice's tables are the room's tables cut to those tokens: the context rules that end the
   story at some step, and the mechanism rows about kept tokens (how to cut each table is its
   mechanism's TABLES layout, englishroom/mechanisms/).
4. Rows are removed (whole mechanisms first, then context rules that no longer rule extends,
   longest first, and the tokens a remaining rule lists, then the base rates of tokens, least
   likely first, then mechanism rows and entries) whenever the slice still regenerates the text
   without them: all of a kind at once, and where that fails each half in turn (each trial runs
   only the slice's own part anew beside the room's code, compiled once; the slice written is run
   whole).
5. Then the code: every function and method that saying the text never calls is left out, and in
   the rest every statement that never runs (a program slice: what runs is kept; explain, generate,
   the lazy predictions of a large vocabulary, the branches for other tables go), and the slice is
   run once more to check it.
The program is the room's own modules (room_template/: tables.py, context_rules.py, each
mechanism it keeps, the Room class and the decoder), copied, with the cut tables as data. The only
difference from the room is the pooling: a mechanism that sets probabilities from their absolute
size (copying) sees the kept tokens' share as the room does only while the mechanisms before it
leave the pooled mass as the room has it.
"""
import ast
import functools
import json
import sys
import textwrap
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from englishroom.decompiler.emit import TEMPLATE
from englishroom.errors import UserError
from englishroom.mechanisms import REGISTRY
from englishroom.rooms import load_room

TOP = 3
COVERAGE = (0.9, 0.97, 0.99, 0.999)   # what the kept tokens hold at each step: the least that works
REST = "<rest>"          # the pooled other tokens (no piece has a space in it; never written)


def start_length(pieces, words) -> int:
    """Tokens (BOS included) that make up the first `words` words."""
    starts = [i for i, p in enumerate(pieces) if i > 0 and p.startswith(("▁", "Ġ"))]
    if len(starts) <= words:
        raise UserError(f"the text needs more than {words} words: the slice starts from the first "
                        f"{words} and must write the rest")
    return starts[words]


def check_room_says_it(room, ids, k) -> list[list[tuple[float, int]]]:
    """The room's predictions at each step, (probability, token) likeliest first, once it is clear that
    greedy decoding gives the text."""
    v, steps = room.vocab, []
    for t in range(k, len(ids)):
        p = room.predict(ids[:t])
        ranked = sorted(((q, w) for w, q in enumerate(p)), reverse=True)
        best = ranked[0][1]
        steps.append(ranked)
        if best != ids[t]:
            said = room.decode(ids[max(1, t - 8):t])
            raise UserError(f"the room itself does not say this text: after \"...{said}\" its likeliest next "
                            f"token is {v[best]!r} ({p[best]:.3f}), not {v[ids[t]]!r} ({p[ids[t]]:.3f}); "
                            f"a slice keeps only the room's rules, so it cannot say it either")
    return steps


def competitors(steps, coverage) -> list[set[int]]:
    """At each step, the room's likeliest tokens (at least TOP) until they hold `coverage` of the probability."""
    out = []
    for ranked in steps:
        kept, mass = set(), 0.0
        for q, w in ranked:
            if len(kept) >= TOP and mass >= coverage:
                break
            kept.add(w)
            mass += q
        out.append(kept)
    return out


def occurs_in(key, ids):
    """Whether the tokens `key` occur one after another in `ids`."""
    n = len(key)
    return any(tuple(ids[i:i + n]) == key for i in range(1, len(ids) - n + 1))


def cut_table(lines, layout, keep, id_of, ids):
    """The rows of a mechanism table that can matter for this text, cut to the kept pieces.
    -> (header rows, body rows), each row a list of fields."""
    rows = [line.rstrip("\n").split("\t") for line in lines if line.strip() and not line.startswith("# ")]
    n = layout.get("header", 0)
    head, body = rows[:n], rows[n:]
    if layout["rows"] == "token":
        body = [r for r in body if r[0] in keep]
    elif layout["rows"] == "context":               # rows keyed by a context: those that occur in the text
        body = [r for r in body if all(p in id_of for p in r[0].split(" "))
                and occurs_in(tuple(id_of[p] for p in r[0].split(" ")), ids)]
    elif layout["rows"] == "listed":                # a key (in column `key`), then `piece value` pairs
        cut, at = [], layout.get("key", 0)
        for row in body:
            key, listed = row[at], row[at + 1]
            if all(p in id_of for p in key.split(" ")) and occurs_in(tuple(id_of[p] for p in key.split(" ")), ids):
                words = listed.split(" ")
                kept = [(w, q) for w, q in zip(words[::2], words[1::2]) if w in keep]
                if kept:
                    cut.append(row[:at] + [key, " ".join(f"{w} {q}" for w, q in kept)])
        body = cut
    return head, body


def gather(room, folder, ids, k, tops) -> dict:
    """The slice's vocabulary and tables: {"vocab": pieces (REST last), "tables": {name: (head, body)},
    "mechanisms": [names]}; context_rules.txt's body is {context pieces: {piece: probability}}."""
    v, rules = room.vocab, room.context_rules
    name_starts = [set().union(*m.after.values()) for n, m in room.mechanisms if n == "names"]   # its name mass needs them all
    keep_ids = sorted(set(ids).union(*tops, *name_starts))
    keep = {v[w] for w in keep_ids}
    rest = lambda ctx: max(0.0, 1 - sum(rules.prob(w, ctx) for w in keep_ids))   # what the pooled tokens hold
    with open(Path(folder) / "tables" / "unigram.txt", encoding="utf-8") as f:
        raw = {r[0]: r[1] for r in (line.rstrip("\n").split("\t") for line in f if not line.startswith("# "))}
    total = sum(float(q) for q in raw.values())                  # the room divides its rows by their total
    unigram = {v[w]: raw[v[w]] for w in keep_ids}
    unigram[REST] = repr(total - sum(float(q) for q in unigram.values()))
    context_rules = {}
    for t in range(k, len(ids)):
        for ctx in rules.matches(ids[:t]):
            listed = rules.rule(ctx)[0]
            context_rules[tuple(v[w] for w in ctx)] = {**{v[w]: q for w, q in listed.items() if v[w] in keep},
                                                       REST: rest(ctx)}
    id_of = {p: i for i, p in enumerate(v)}
    tables = {"unigram.txt": ([], unigram), "context_rules.txt": ([], context_rules)}
    for name, _ in room.mechanisms:
        for table, layout in REGISTRY[name].TABLES.items():
            with open(Path(folder) / "tables" / table, encoding="utf-8") as f:
                tables[table] = cut_table(f, layout, keep, id_of, ids)
    return {"vocab": [v[w] for w in keep_ids] + [REST], "tables": tables,
            "mechanisms": [name for name, _ in room.mechanisms]}


def table_lines(name, head, body):
    """A cut table as the text lines the room's code reads."""
    if name == "unigram.txt":
        return [f"{p}\t{q}" for p, q in body.items()]
    if name == "context_rules.txt":
        return [" ".join(ctx) + "\t" + " ".join(f"{w} {q!r}" for w, q in listed.items()) for ctx, listed in body.items()]
    return ["\t".join(r) for r in head + body]


def count_rows(rows) -> int:
    """Context rules plus mechanism rows."""
    return len(rows["tables"]["context_rules.txt"][1]) + sum(
        len(body) for name, (_, body) in rows["tables"].items() if name not in ("unigram.txt", "context_rules.txt"))


# ---- the program: the room's own code, then the cut tables, then greedy decoding ----

@functools.cache                     # minimising renders the slice once per row it tries
def program_code(mechanisms: tuple, tokenizer) -> str:
    """The room's own code that a slice runs: the top-level definitions of room_template/ modules that the
    Room class, the context rules, the kept mechanisms and the decoder need (found by the names they use),
    each module's part under its name, without the imports between them (in a slice they are one file)."""
    decoder = {"sentencepiece": "decode_sentencepiece", "bytelevel": "decode_bytelevel"}[tokenizer]
    modules = ["tables", "prediction", "readers", "context_rules", *mechanisms, "room", "tokenizer",
               *(["bytelevel"] if tokenizer == "bytelevel" else [])]
    siblings = {p.stem for p in TEMPLATE.glob("*.py")}
    defs, order = {}, []                  # top-level name -> (module, source, names it uses)
    for name in modules:
        src = (TEMPLATE / f"{name}.py").read_text(encoding="utf-8")
        for node in ast.parse(src).body:
            if isinstance(node, ast.ImportFrom) and node.module in siblings:
                continue
            if isinstance(node, ast.Expr):             # the module's docstring
                continue
            names = ([a.asname or a.name for a in node.names] if isinstance(node, (ast.Import, ast.ImportFrom))
                     else [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)] if isinstance(node, ast.Assign)
                     else [node.name])
            used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            for n in names:
                defs.setdefault(n, (name, ast.get_source_segment(src, node), used))    # bound in several modules (an import): the first
            order.append(names[0])
    need, todo = set(), ["rows", "Room", "ContextRules", decoder, *(m.capitalize() for m in mechanisms)]
    while todo:
        n = todo.pop()
        if n in defs and n not in need:
            need.add(n)
            todo.extend(defs[n][2])
    parts = {}
    for n in dict.fromkeys(order):        # a name imported in several modules: once
        if n in need:
            module, src, _ = defs[n]
            parts.setdefault(module, []).append(src)
    return "\n\n".join(f"# ---- {m}.py, the room's own code ----\n" + module_docstring(m) + "\n\n\n".join(parts[m]) + "\n"
                       for m in modules if m in parts)


def module_docstring(name) -> str:
    doc = ast.get_docstring(ast.parse((TEMPLATE / f"{name}.py").read_text(encoding="utf-8")), clean=False)
    return "".join(f"# {line}".rstrip() + "\n" for line in doc.splitlines()) + "\n" if doc else ""


def render(rows, start_ids, length, room_name, file_name, tokenizer) -> str:
    mechs = rows["mechanisms"]
    about = (f"then {', '.join(mechs)} correct{'s' if len(mechs) == 1 else ''} it, in that order"
             if mechs else "and no mechanism is needed")
    text = (f"prints the text again, regenerated from its first words by greedy decoding with the room's own "
            f"code (below, copied from the room): the context rules give every token a probability (\"after these "
            f"tokens the subject said this next\"; the longest rule that ends the story wins), {about}. The tables "
            f"(TABLES, at the end) are the room's tables/ files cut to the {count_rows(rows)} rows this text needs "
            f"and the {len(rows['vocab']) - 1} tokens that compete somewhere in it; every other token is pooled into "
            f"one, {REST}, never written. englishroom removed every other row it could without changing what "
            "greedy decoding writes, and every statement of the room's code that saying it never runs (a block "
            "left with none says `...`).")
    header = (f'"""A slice of the room {json.dumps(room_name)[1:-1]}: only the rules behind one text.\n\n'
              f"    python -I -S {json.dumps(file_name)[1:-1]}\n\n" + textwrap.fill(text, 100) + '\n"""\n')
    return header + "\n" + program_code(tuple(mechs), tokenizer) + main_code(rows, start_ids, length, tokenizer)


def main_code(rows, start_ids, length, tokenizer) -> str:
    """The slice's own part, after the room's code: its vocabulary, its tables and greedy decoding."""
    mechs = rows["mechanisms"]
    tables = "".join(f"    {name!r}: [\n" + "".join(f"        {line!r},\n" for line in table_lines(name, *t)) + "    ],\n"
                     for name, t in rows["tables"].items())
    vocab = "".join(f"    {', '.join(repr(p) for p in rows['vocab'][i:i + 8])},\n" for i in range(0, len(rows["vocab"]), 8))
    decode = "decode_sentencepiece" if tokenizer == "sentencepiece" else "decode_bytelevel"
    return f'''

# ---- the slice: its tokens, its tables, and greedy decoding ----
VOCAB = [  # the last one, {REST}, pools every other token of the room
{vocab}]
TABLES = {{  # the room's tables/ files, cut to the rows this text needs
{tables}}}
START = {start_ids!r}  # the text's first words, as positions in VOCAB
LENGTH = {length}


def table(name):
    return rows(TABLES[name])


ROOM = Room(VOCAB, table, [{", ".join(f"({m!r}, {m.capitalize()})" for m in mechs)}], START[0], ())


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = ROOM.predict(story)
        story.append(max(range(len(VOCAB) - 1), key=p.__getitem__))      # never {REST}
    return {decode}([VOCAB[i] for i in story[1:]])


if __name__ == "__main__":
    print(greedy())
'''


def run_slice(source, beside=None) -> dict:
    """Run `source`; `beside`: the names of code already run that it goes with (a copy of them is used)."""
    scope = dict(beside) if beside else {"__name__": "slice"}
    exec(compile(source, "slice", "exec"), scope)
    return scope


def traced(source) -> tuple[set[int], set[int], str]:
    """(the first lines (a decorator's, where it has one) of the functions of `source` that running it and its
    greedy decoding calls, the lines of `source` that run, the text it says)."""
    calls, run = set(), set()

    def watch(frame, event, _arg):
        if frame.f_code.co_filename != "slice":
            return None
        if event == "call":
            calls.add(frame.f_code.co_firstlineno)
        elif event == "line":
            run.add(frame.f_lineno)
        return watch
    sys.settrace(watch)
    try:
        said = run_slice(source)["greedy"]()
    finally:
        sys.settrace(None)
    return calls, run, said


def not_run(block, run, gone, stubs, empty_ok=False):
    """Add to `gone` the lines of the statements of `block` (and of the blocks inside them) that never ran; a
    block left with none gets `...` in their place (`stubs`: {line: its indentation}), unless `empty_ok` (an
    `else:` block: the `else:` goes too)."""
    left = 0
    for i, node in enumerate(block):
        if (isinstance(node, (ast.Global, ast.Nonlocal, ast.Pass)) or (i == 0 and isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant))):          # no code of its own (a docstring): kept
            left += 1
        elif not run & set(range(node.lineno, node.end_lineno + 1)):
            gone.update(range(node.lineno, node.end_lineno + 1))
        else:
            left += 1
            blocks = ([node.body] if isinstance(node, (ast.If, ast.For, ast.While, ast.With)) else
                      [node.body] + [h.body for h in node.handlers] if isinstance(node, ast.Try) else [])
            for inner in blocks:
                not_run(inner, run, gone, stubs)
            if isinstance(node, (ast.If, ast.For, ast.While)) and node.orelse:
                if not not_run(node.orelse, run, gone, stubs, empty_ok=True):
                    gone.update(range(node.body[-1].end_lineno + 1, node.orelse[0].lineno))   # the `else:`
    if block and not left and not empty_ok:
        stubs[block[0].lineno] = block[0].col_offset
    return left


def without_unused_code(source, want) -> str:
    """`source`, which says `want`, without the code that saying it never runs: the top-level functions and
    the methods it never calls (a class none of whose methods ran keeps them all, unless it has a docstring
    to stand for it), and in those it calls, the statements that never ran (an `else:` with its own, a
    block left empty becomes `...`), with the comment lines just above them."""
    (calls, run, said), drop, gone, stubs = traced(source), [], set(), {}
    assert said == want
    first = lambda n: min([d.lineno for d in n.decorator_list] + [n.lineno])
    unused = lambda n: isinstance(n, ast.FunctionDef) and first(n) not in calls
    tree = ast.parse(source)
    for node in tree.body:
        if unused(node):
            drop.append(node)
        elif isinstance(node, ast.ClassDef) and not all(unused(n) for n in node.body):
            drop += [n for n in node.body if unused(n)]
    kept = [n for node in tree.body for n in ([node] if isinstance(node, ast.FunctionDef) else
            node.body if isinstance(node, ast.ClassDef) else []) if isinstance(n, ast.FunctionDef) and n not in drop]
    for fn in kept:
        not_run(fn.body, run, gone, stubs)
    lines = source.splitlines(keepends=True)
    for i in sorted(gone):              # comment lines just above a statement that went
        j = i - 1
        while j >= 1 and j not in gone and lines[j - 1].lstrip().startswith("#"):
            gone.add(j)
            j -= 1
    for n in drop:                      # with the blank lines before it
        start = first(n)
        while start > 1 and not lines[start - 2].strip():
            start -= 1
        gone.update(range(start, n.end_lineno + 1))
    gone -= set(stubs)
    return "".join(" " * stubs[i] + "...\n" if i in stubs else line
                   for i, line in enumerate(lines, 1) if i not in gone)


def without_unnamed(source) -> str:
    """`source` without the top-level definitions, assignments and imports that nothing else left in it names
    (the code that named them did not run), with the blank lines before each, until none is left."""
    while True:
        tree = ast.parse(source)
        loads = Counter(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))
        for node in tree.body:
            bound = ([a.asname or a.name.split(".")[0] for a in node.names]
                     if isinstance(node, (ast.Import, ast.ImportFrom)) else
                     [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else
                     [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else [])
            inside = Counter(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
            if bound and not any(loads[b] - inside[b] for b in bound):
                lines = source.splitlines(keepends=True)
                start = min([d.lineno for d in getattr(node, "decorator_list", [])] + [node.lineno])
                while start > 1 and not lines[start - 2].strip():
                    start -= 1
                source = "".join(lines[:start - 1] + lines[node.end_lineno:])
                break
        else:
            return source


def says(source, want, beside=None) -> bool:
    try:
        return run_slice(source, beside)["greedy"]() == want
    except (ZeroDivisionError, ValueError, KeyError, StopIteration):
        return False


@functools.cache
def code_scope(mechanisms: tuple, tokenizer) -> dict:
    """The room's code of a slice (program_code), run once: the minimiser's trials run only the slice's own
    part (main_code) beside it, since the room's functions are the same whatever the tables."""
    return run_slice(program_code(mechanisms, tokenizer))


def leaves(context_rules) -> list:
    """Contexts no other kept rule extends (removing one keeps every rule's shorter suffix a rule), longest first."""
    extended = {ctx[1:] for ctx in context_rules}
    return sorted((c for c in context_rules if c not in extended), key=len, reverse=True)


def with_table(rows, name, body):
    head = rows["tables"][name][0]
    return {**rows, "tables": {**rows["tables"], name: (head, body)}}


def removable(items, ok_without) -> set:
    """The items of `items` that can go together: try them all at once, and where that fails, each half in
    turn (a few hundred rows, few of them needed, take tens of trials rather than hundreds)."""
    gone = set()

    def visit(chunk):
        if chunk and ok_without(gone | set(chunk)):
            gone.update(chunk)
        elif len(chunk) > 1:
            visit(chunk[:len(chunk) // 2])
            visit(chunk[len(chunk) // 2:])
    visit(list(items))
    return gone


def cut_rows(rows, name, items, without, ok):
    """`rows` less those of `items` (rows or entries of the table `name`) that can go while `ok` still holds
    (removable); `without(body, gone)` is the table's body less the items `gone`."""
    body = rows["tables"][name][1]
    trial = lambda gone: with_table(rows, name, without(body, gone))
    return trial(removable(items, lambda gone: ok(trial(gone))))


def keys_without(body, gone):
    return {k: v for k, v in body.items() if k not in gone}


def minimise(rows, ok):
    rows = without_mechanisms(rows, ok)                      # whole mechanisms first
    rules = lambda r: r["tables"]["context_rules.txt"][1]
    tried = set()
    while True:                                              # context rules, longest first, leaves only
        todo = [c for c in leaves(rules(rows)) if c not in tried]
        if not todo:
            break
        tried.update(todo)
        rows = cut_rows(rows, "context_rules.txt", todo, keys_without, ok)
        for ctx in (c for c in todo if c in rules(rows)):   # a rule that stays keeps only the tokens it must list
            listed = rules(rows)[ctx]
            rows = cut_rows(rows, "context_rules.txt", sorted((w for w in listed if w != REST), key=listed.get),
                            lambda body, gone: {**body, ctx: keys_without(body[ctx], gone)}, ok)
    unigram = rows["tables"]["unigram.txt"][1]               # then the base rates of tokens no step needs
    rows = cut_rows(rows, "unigram.txt", sorted((w for w in unigram if w != REST), key=lambda w: float(unigram[w])),
                    keys_without, ok)
    for m in rows["mechanisms"]:                             # then the rows a remaining mechanism holds
        for name in REGISTRY[m].TABLES:
            rows = cut_rows(rows, name, range(len(rows["tables"][name][1]) - 1, -1, -1),
                            lambda body, gone: [r for i, r in enumerate(body) if i not in gone], ok)
    return without_mechanisms(rows, ok)


def without_mechanisms(rows, ok):
    """Drop each whole mechanism the slice still says the text without (its code goes with it)."""
    for m in list(rows["mechanisms"]):
        trial = {**rows, "mechanisms": [x for x in rows["mechanisms"] if x != m],
                 "tables": {n: t for n, t in rows["tables"].items() if n not in REGISTRY[m].TABLES}}
        if ok(trial):
            rows = trial
    return rows


def line_parts(source) -> dict:
    """Where a slice's lines go: its docstring, the room's code (`logic`: those neither blank nor a comment, as a
    room's own logic is counted), its vocabulary and table rows, and greedy decoding."""
    lines = source.splitlines()
    code = next(i for i, line in enumerate(lines) if line.startswith("# ---- "))
    rows = next(i for i, line in enumerate(lines) if line.startswith("# ---- the slice:"))
    decoding = next(i for i, line in enumerate(lines) if line.startswith("START = "))
    return {"docstring": code, "code": rows - code, "logic": sum(1 for line in lines[code:rows] if line.strip()
                                                                 and not line.lstrip().startswith("#")),
            "vocabulary_and_rows": decoding - rows, "decoding": len(lines) - decoding}


def build_slice(folder, text, words=3, file_name="slice.py", progress=False, minimal=True) -> tuple[str, dict]:
    """-> (the slice's source, what it holds). `minimal=False`: every row the room used, none removed;
    `progress`: a bar counting the minimiser's trials."""
    if not text.strip():
        raise UserError("the text is empty: nothing to slice")
    room = load_room(folder).room
    ids = room.encode(text)
    pieces = [room.vocab[i] for i in ids]
    k = start_length(pieces, words)
    steps = check_room_says_it(room, ids, k)
    want = room.decode(ids)
    name, kind = Path(folder).name, room.manifest["tokenizer"]
    for coverage in COVERAGE:
        rows = gather(room, folder, ids, k, competitors(steps, coverage))
        position = {p: i for i, p in enumerate(rows["vocab"])}
        start = [position[room.vocab[w]] for w in ids[:k]]

        def source(r):
            return render(r, start, len(ids), name, file_name, kind)

        if says(source(rows), want):
            break
    else:
        raise UserError("the slice with every row the room used does not say the text (its vocabulary is "
                        f"cut to the {len(rows['vocab']) - 1} competing tokens); the full room does")
    before = {"rules": len(rows["tables"]["context_rules.txt"][1]), "mechanisms": list(rows["mechanisms"])}
    if minimal:
        bar = tqdm(desc="slice: trials without rows", unit="trial", disable=not progress)

        def ok(r):
            bar.update()
            return says(main_code(r, start, len(ids), kind), want, code_scope(tuple(r["mechanisms"]), kind))
        try:
            rows = minimise(rows, ok)
        finally:
            bar.close()
    text_source = without_unnamed(without_unused_code(source(rows), want)) if minimal else source(rows)
    assert says(text_source, want)
    info = {"text": want, "start": room.decode(ids[:k]), "tokens": len(ids) - k, "lines": text_source.count("\n"),
            "parts": line_parts(text_source),
            "vocabulary": len(rows["vocab"]) - 1, "rules": len(rows["tables"]["context_rules.txt"][1]),
            "rows": count_rows(rows), "rules_used_by_the_room": before["rules"], "mechanisms": rows["mechanisms"],
            "mechanisms_not_needed": [m for m in before["mechanisms"] if m not in rows["mechanisms"]],
            "vocab": rows["vocab"], "start_ids": start}
    return text_source, info
