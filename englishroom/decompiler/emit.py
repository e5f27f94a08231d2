"""Emit pass: write a Program (the IR) out as a room folder. The only code that writes a room's files.

A room folder holds its code (copied from room_template/, only the modules it runs), its tables
(tables/), room.json (the manifest: format, tokenizer, mechanisms in order, speaking temperature, table
files, and last of all each file's size, lines and SHA-256), provenance.json (how each table was made,
the settings, evidence, metrics) and README.md. `emit` writes all of it into a temporary folder beside the output
and renames it into place; temporary folders that a killed run left there are removed first.

`Stage` writes the same files, with the same functions, into a throwaway folder for the passes
that must run the room's own code on the room as it stands so far (mechanisms, evidence, measure).
"""
import atexit
import contextlib
import glob
import gzip
import json
import math
import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from englishroom.errors import UserError
from englishroom.paths import atomic_write
from englishroom.rooms import FORMAT, every_rule, file_record, load_room, room_module, room_size

TEMPLATE = Path(__file__).resolve().parent.parent / "room_template"
ARPA_GZIP_LEVEL = 1     # the default room's ARPA file, 650 MB of text: 189 MB at level 1, 163 MB at 6 (gzip's own 9 s and 29 s)


@contextlib.contextmanager
def template_snapshot():
    """room_template/ as it is now, copied aside for one build: every pass, and the room it writes, then run
    the same code, whatever is edited in room_template/ while the build runs."""
    global TEMPLATE
    source = TEMPLATE
    with tempfile.TemporaryDirectory(prefix="englishroom-template-") as copy:
        for py in source.glob("*.py"):
            shutil.copy(py, copy)
        TEMPLATE = Path(copy)
        try:
            yield TEMPLATE
        finally:
            TEMPLATE = source


def fmt(p: float) -> str:
    return f"{p:.4g}"


def mechanism_names(program, extra=None):
    return [m.name for m in program.mechanisms] + ([extra.name] if extra else [])


def write_code(program, folder: Path, extra=None):
    """The room's code: room_template/, less the modules of mechanisms it does not run (and bytelevel.py,
    GPT-2's tokenizer, unless its subject has that kind)."""
    from englishroom.mechanisms import ORDER
    used = mechanism_names(program, extra) + [program.tokenizer["kind"]]
    for py in TEMPLATE.glob("*.py"):
        if (py.stem in ORDER or py.stem == "bytelevel") and py.stem not in used:
            (folder / py.name).unlink(missing_ok=True)
        else:
            shutil.copy(py, folder / py.name)


def write_vocab(tok: dict, path: Path):
    """vocab.txt: the subject's tokenizer spec (Subject.tokenizer_spec) as the room reads it."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("# id\tpiece\tkind\tscore   (the subject's vocabulary; ▁ marks a space)\n")
        for i, (p, k, s) in enumerate(zip(tok["pieces"], tok["kinds"], tok["scores"])):
            f.write(f"{i}\t{p}\t{k}\t{s:g}\n")


def write_rule_tables(program, tables: Path):
    """vocab.txt (+ merges.txt), unigram.txt, context_rules.txt -> their names. Linked from the copy
    kept (Kept) where these are the rules written last."""
    tables.mkdir(parents=True, exist_ok=True)
    tok = program.tokenizer
    pieces = tok["pieces"]
    names = ["vocab.txt"] + ["merges.txt"] * (tok["kind"] == "bytelevel") + ["unigram.txt", "context_rules.txt"]
    if kept_for(program):
        for name in names:
            link(Kept.folder / name, tables / name)
        return names
    for name in names:
        (tables / name).unlink(missing_ok=True)         # never write into a file a kept copy shares
    write_vocab(tok, tables / "vocab.txt")
    if tok["kind"] == "bytelevel":
        with open(tables / "merges.txt", "w", encoding="utf-8") as f:
            f.write("#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in tok["merges"]))
    with open(tables / "unigram.txt", "w", encoding="utf-8") as f:
        f.write("# piece\tprobability: what the subject says next when no context rule applies\n"
                "# (its next-token distribution averaged over every probed position)\n")
        for i in sorted(range(len(pieces)), key=lambda i: -program.base[i]):
            f.write(f"{pieces[i]}\t{program.base[i]:.4g}\n")
    with open(tables / "context_rules.txt", "w", encoding="utf-8") as f:
        f.write("# context\tnext tokens with their probabilities\t# where the rule comes from\n"
                "# Probabilities are the subject's next-token distribution averaged over the context's\n"
                "# occurrences in the probe corpus. Unlisted tokens share the rest in proportion to\n"
                "# the rule one token shorter. Rules are in order of importance (nats saved), a\n"
                "# shorter rule always before the longer ones that back off to it.\n")
        for r in program.rules:
            ctx = " ".join(pieces[t] for t in r.context)
            nxt = " ".join(f"{pieces[w]} {fmt(p)}" for w, p in in_order(r))
            f.write(f"{ctx}\t{nxt}\t# seen {r.count} times, saves {r.gain:.1f} nats\n")
    forget_loaded()
    Kept.folder = Path(tempfile.mkdtemp(prefix="englishroom-rules-"))
    atexit.register(shutil.rmtree, Kept.folder, ignore_errors=True)
    for name in names:
        link(tables / name, Kept.folder / name)
    Kept.of = (program.rules, program.base, tok)
    return names


def in_order(rule):
    """A rule's listed (token, probability), the likeliest first: the order of its row in context_rules.txt."""
    return sorted(rule.listed.items(), key=lambda x: -x[1])


def link(source: Path, target: Path):
    """A hard link (the same bytes, written once), or a copy across file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_mechanism_tables(program, folder: Path, rule_tables, extra=None):
    """Each mechanism's tables and the manifest that lists them, in the order they apply."""
    names = list(rule_tables)
    for m in program.mechanisms + ([extra] if extra else []):
        for name, text in m.tables.items():
            (folder / "tables" / name).write_text(text, encoding="utf-8")
            names.append(name)
    manifest = {"englishroom_room": FORMAT, "subject": program.subject["name"],
                "tokenizer": program.tokenizer["kind"], "bos": program.bos,
                "end_tokens": program.end_tokens, "vocab_size": program.vocab_size,
                "mechanisms": ["context_rules"] + mechanism_names(program, extra), "rules": len(program.rules),
                "temperature": program.temperature.get("temperature", 1.0), "tables": names}
    (folder / "room.json").write_text(json.dumps(manifest, indent=2) + "\n")   # a draft: no "files" yet


def seal(folder: Path):
    """The last step of writing a room: room.json records every file the room runs or reads (size, lines,
    SHA-256). Until then no loader takes the folder for a room, so a half-written one is never used."""
    manifest = json.loads((folder / "room.json").read_text(encoding="utf-8"))
    paths = sorted(folder.glob("*.py")) + sorted((folder / "tables").iterdir())
    manifest["files"] = {str(p.relative_to(folder)): file_record(p) for p in paths}
    atomic_write(folder / "room.json", json.dumps(manifest, indent=2) + "\n")


def context_rules_given(program):
    """The room's own ContextRules over the IR's unigram and rules as numbers: the numbers it reads from the
    tables write_rule_tables writes (the unigram rounded here as written; a rule's probabilities are rounded
    to four digits already, and listed in the file's order), without reading 300 MB of text back."""
    unigram = {i: float(fmt(p)) for i, p in enumerate(program.base)}
    rules = ((" ".join(program.pieces[t] for t in r.context), dict(in_order(r))) for r in program.rules)
    return room_module(TEMPLATE, "context_rules").ContextRules(None, program.pieces, (unigram, rules))


def context_rules_of(folder: Path, pieces):
    """The room's own ContextRules over its tables (the room's code, before the room is sealed)."""
    return room_module(folder, "context_rules").ContextRules(room_module(folder, "tables").FolderTables(folder), pieces)


ARPA_HISTORIES = 20_000     # histories whose n-grams are written in one piece (the default room: 600,000 histories)


def write_arpa(path: Path, rules_mech, pieces, histories=ARPA_HISTORIES):
    """KenLM's ARPA format: the same backoff model, with log10 probabilities and backoff weights, gzipped
    (KenLM and SRILM read .arpa.gz as it is; `gzip -d` gives the text), the header without a time or name
    so that the same rules write the same bytes.

    Every n-gram whose extension is listed is present (ARPA needs each entry's prefix); an order's
    n-grams are sorted. They are gathered as history -> next tokens, so the n-grams after one
    history share its text and its rule (20 million n-grams for a room of 500,000 rules). The text of
    `histories` histories at a time is gzipped in a thread of its own (zlib lets go of the GIL) while
    the next is written."""
    rules = every_rule(rules_mech)
    orders = {1: {(): set(range(len(pieces)))}}           # n -> {the first n - 1 tokens: the last ones}
    after = {}                                            # history -> {next token: the backoff weight of its rule}
    for ctx, (listed, alpha) in rules.items():
        orders.setdefault(len(ctx) + 1, {}).setdefault(ctx, set()).update(listed)
        for k in range(1, len(ctx) + 1):                # the context itself and its prefixes
            orders.setdefault(k, {}).setdefault(ctx[:k - 1], set()).add(ctx[k - 1])
        after.setdefault(ctx[:-1], {})[ctx[-1]] = alpha
    grams = {n: sorted(orders[n]) for n in orders}
    shared = (after, rules, rules_mech, pieces)
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", ARPA_GZIP_LEVEL, raw, mtime=0) as packed, \
            ThreadPoolExecutor(1) as gzipping:
        pending = gzipping.submit(packed.write, ("\\data\\\n" + "".join(
            f"ngram {n}={sum(map(len, orders[n].values()))}\n" for n in sorted(orders)) + "\n").encode())
        for n in sorted(grams):
            for a in range(0, len(grams[n]), histories):
                text = (f"\\{n}-grams:\n".encode() * (a == 0)
                        + arpa_lines(grams[n][a:a + histories], orders[n], *shared)
                        + b"\n" * (a + histories >= len(grams[n])))      # an order ends with an empty line
                pending.result()            # one piece gzipped at a time, while the next is written
                pending = gzipping.submit(packed.write, text)
        pending.result()
        packed.write(b"\\end\\\n")


def arpa_lines(histories, following, after, rules, rules_mech, pieces):
    """The ARPA lines of the n-grams after `histories` (`following`: history -> its next tokens), as UTF-8."""
    lines = []
    for history in histories:
        text = "".join(pieces[t] + " " for t in history)
        listed = rules[history][0] if history in rules else {}
        backs = after.get(history, {})
        for w in sorted(following[history]):
            p = listed[w] if w in listed else rules_mech.prob(w, history)
            back = backs.get(w)
            lines.append(f"{math.log10(p):.6f}\t{text}{pieces[w]}"
                         + ("\n" if back is None else f"\t{math.log10(back):.6f}\n"))
    return "".join(lines).encode()


def provenance(program) -> dict:
    s = program.settings
    tables = {
        "vocab.txt": "the subject's tokenizer, copied (pieces, kinds, SentencePiece scores)",
        **program.tables,
        "context_rules.arpa.gz": "context_rules.txt and unigram.txt in KenLM's ARPA format "
                                 "(log10 probabilities and backoff weights), gzipped",
    }
    for m in program.mechanisms:
        tables.update(m.about)
    out = {"subject": program.subject, "probe_corpus": program.corpus, "settings": asdict(s),
           "derived_settings": program.derived, "tables": tables, "seconds_to_build": program.seconds_to_build,
           "seconds_per_pass": program.seconds}
    if program.derivation:
        out["mechanisms"] = program.derivation
    if program.temperature:
        out["speaking_temperature"] = program.temperature
    if program.evidence:
        out["evidence"] = program.evidence
    if program.metrics:
        out["metrics"] = program.metrics
    return out


def readme(program, folder: Path) -> str:
    """The room's README.md: a story it told, how it talks, then the measurements."""
    if not program.metrics:
        return "# A room\n\nThis room has not been measured yet.\n"
    import jinja2
    from englishroom.mechanisms import REGISTRY
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"), keep_trailing_newline=True)
    pieces = program.pieces
    by_len = {}
    for r in program.rules:
        by_len[len(r.context)] = by_len.get(len(r.context), 0) + 1
    top = [(" ".join(pieces[t] for t in r.context),
            ", ".join(f"{pieces[w]} {p:.2f}" for w, p in sorted(r.listed.items(), key=lambda x: -x[1])[:3]),
            r.count, r.gain) for r in sorted(program.rules, key=lambda r: -r.gain)[:12]]
    mechs = mechanism_names(program)
    return env.get_template("room_README.md.j2").render(
        p=program, m=program.metrics, size=room_size(folder), by_len=sorted(by_len.items()), top=top,
        samples=program.samples, settings=asdict(program.settings), prov=provenance(program), mechs=mechs,
        about={n: REGISTRY[n].ABOUT for n in mechs},
        tables={n: ", ".join(f"`tables/{t}`" for t in REGISTRY[n].TABLES) for n in mechs})


class Kept:
    """What the build keeps of the rules written last, beside the rules, unigram and tokenizer they were
    written from: their text tables, linked into a folder of their own, and the room's ContextRules over
    them once a stage has made them. The next stage, the room and its ARPA file take these rather than
    write or read 300 MB of text again. rules_pass, which makes new rules, and emit, which ends the build,
    forget them (forget_loaded)."""
    of = None           # (program.rules, program.base, program.tokenizer): kept, so that their ids stay their own
    folder = None       # the text tables
    rules = None        # the room's ContextRules over them


def kept_for(program):
    return bool(Kept.of) and all(a is b for a, b in zip(Kept.of, (program.rules, program.base, program.tokenizer)))


def loaded_rules(program):
    return Kept.rules if kept_for(program) else None


def forget_loaded():
    if Kept.folder is not None:
        shutil.rmtree(Kept.folder, ignore_errors=True)
    Kept.of = Kept.folder = Kept.rules = None


def write_room(program, folder: Path):
    """Every file of the room, into `folder` (which exists and is empty)."""
    names = write_rule_tables(program, folder / "tables")
    write_code(program, folder)
    write_mechanism_tables(program, folder, names)
    if program.evidence.get("readers"):
        from englishroom.decompiler.reader_evidence import readers_table
        (folder / "tables" / "readers.txt").write_text(readers_table(program.evidence["readers"]), encoding="utf-8")
    # the ARPA file is the room's own backoff model, rewritten
    write_arpa(folder / "tables" / "context_rules.arpa.gz", loaded_rules(program) or context_rules_of(folder, program.pieces),
               program.pieces)
    (folder / "provenance.json").write_text(json.dumps(provenance(program), indent=2) + "\n")
    (folder / "README.md").write_text(readme(program, folder))
    seal(folder)


def emit(program, out: Path) -> Path:
    """Write the room into a temporary folder beside `out`, then move it into place."""
    out = Path(out)
    check_output(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        write_room(program, tmp)
        if out.exists():
            old = out.with_name(f".{out.name}.old{os.getpid()}")
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old)
        else:
            tmp.rename(out)
    finally:
        forget_loaded()
        if tmp.exists():
            shutil.rmtree(tmp)
    return out


def remove_stale(out: Path):
    """Temporary folders an earlier run into `out` left when it was killed (never sealed, so never a room)."""
    pattern = re.compile(rf"\.{re.escape(out.name)}\.(old\d+|[a-z0-9_]{{8}})")
    for p in out.parent.glob(f".{glob.escape(out.name)}.*"):
        if p.is_dir() and pattern.fullmatch(p.name):
            shutil.rmtree(p, ignore_errors=True)


def check_output(out: Path):
    """A room may replace a room, never anything else."""
    if out.exists() and not (out / "room.json").exists():
        raise UserError(f"{out} exists and is not a room; refusing to overwrite it")


class Stage:
    """A staged copy of the room as the IR holds it so far, in a throwaway folder: the passes that
    run the room's own code (mechanisms, evidence, measure) load it from here. Written by the same
    functions as the room itself; removed when the pass ends, never renamed into place."""

    def __init__(self, program):
        self.program = program
        self.folder = Path(tempfile.mkdtemp(prefix="englishroom-stage-"))
        self.rule_tables = write_rule_tables(program, self.folder / "tables")
        self.rules = loaded_rules(program)      # the context rules, loaded once (or by the stage before)
        self.walked = None      # the mechanisms' walks, kept from one to the next (mechanisms/common.py: walk)
        self.counts = {}        # id(story) -> how many times the walks count it (held-out real stories)

    def room(self, extra=None):
        """The room's own code (a loaded Room) over the mechanisms derived so far, and `extra`
        (a MechanismTables not yet in the program) after them."""
        return self.model(extra).room

    def model(self, extra=None):
        """The same, behind the evaluation protocol (rooms.RoomModel)."""
        return load_room(self.write(extra), rules=self.context_rules())

    def context_rules(self):
        """The room's context rules: loaded by a stage before, else made once from the IR's numbers (the rule
        tables stay as they are while the stage lasts)."""
        if self.rules is None:
            self.rules = context_rules_given(self.program)
        return self.rules

    def write(self, extra=None):
        """Stage the room so far (and `extra`) in the folder, without loading it: -> the folder."""
        for stale in (self.folder / "tables").iterdir():
            if stale.name not in self.rule_tables:
                stale.unlink()
        write_code(self.program, self.folder, extra)
        write_mechanism_tables(self.program, self.folder, self.rule_tables, extra)
        seal(self.folder)
        return self.folder

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.rules is not None and kept_for(self.program):
            Kept.rules = self.rules
        shutil.rmtree(self.folder, ignore_errors=True)
