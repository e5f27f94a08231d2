"""Emit pass: write a Program (the IR) out as a room folder."""
import json
import math
import os
import shutil
import tempfile
from pathlib import Path

from englishroom.errors import UserError

TEMPLATE = Path(__file__).resolve().parent.parent / "room_template"
FORMAT = 1


def fmt(p: float) -> str:
    return f"{p:.4g}"


def write_tables(program, folder: Path):
    tables = folder / "tables"
    tables.mkdir(parents=True)
    tok = program.tokenizer
    pieces = tok["pieces"]
    with open(tables / "vocab.txt", "w", encoding="utf-8") as f:
        f.write("# id\tpiece\tkind\tscore   (the subject's vocabulary; ▁ marks a space)\n")
        for i, (p, k, s) in enumerate(zip(pieces, tok["kinds"], tok["scores"])):
            f.write(f"{i}\t{p}\t{k}\t{s:g}\n")
    names = ["vocab.txt", "unigram.txt", "context_rules.txt"]
    if tok["kind"] == "bytelevel":
        with open(tables / "merges.txt", "w", encoding="utf-8") as f:
            f.write("#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in tok["merges"]))
        names.insert(1, "merges.txt")
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
            nxt = " ".join(f"{pieces[w]} {fmt(p)}" for w, p in sorted(r.listed.items(), key=lambda x: -x[1]))
            f.write(f"{ctx}\t{nxt}\t# seen {r.count} times, saves {r.gain:.1f} nats\n")
    return names


def write_arpa(path: Path, rules_mech, pieces):
    """KenLM's ARPA format: the same backoff model, with log10 probabilities and backoff weights.

    Every n-gram whose extension is listed is present (ARPA needs each entry's prefix)."""
    grams = {(w,): None for w in range(len(pieces))}
    for ctx, (listed, _) in rules_mech.rules.items():
        for w in listed:
            grams[ctx + (w,)] = None
        for k in range(1, len(ctx) + 1):            # the context itself and its prefixes
            grams[ctx[:k]] = None
    by_order = {}
    for g in grams:
        by_order.setdefault(len(g), []).append(g)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\\data\\\n" + "".join(f"ngram {n}={len(by_order[n])}\n" for n in sorted(by_order)) + "\n")
        for n in sorted(by_order):
            f.write(f"\\{n}-grams:\n")
            for g in sorted(by_order[n]):
                p = rules_mech.prob(g[-1], g[:-1])
                line = f"{math.log10(p):.6f}\t{' '.join(pieces[t] for t in g)}"
                if g in rules_mech.rules:
                    line += f"\t{math.log10(rules_mech.rules[g][1]):.6f}"
                f.write(line + "\n")
            f.write("\n")
        f.write("\\end\\\n")


def drop_unused_code(folder):
    """A room carries only the code it runs: remove the template's mechanism files it does not use."""
    from englishroom.decompiler.mechanisms import MECHANISMS
    used = json.loads((Path(folder) / "room.json").read_text())["mechanisms"]
    for name in MECHANISMS:
        if name not in used:
            (Path(folder) / f"{name}.py").unlink(missing_ok=True)


def emit(program, out: Path, finish=None) -> Path:
    """Write the room into a temporary folder beside `out`, then move it into place."""
    out = Path(out)
    if out.exists() and not (out / "room.json").exists():
        raise UserError(f"{out} exists and is not a room; refusing to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for py in TEMPLATE.glob("*.py"):
            shutil.copy(py, tmp / py.name)
        names = write_tables(program, tmp)
        manifest = {"englishroom_room": FORMAT, "subject": program.subject["name"],
                    "tokenizer": program.tokenizer["kind"], "bos": program.bos,
                    "end_tokens": program.end_tokens, "vocab_size": program.vocab_size,
                    "mechanisms": ["context_rules"], "rules": len(program.rules), "tables": names}
        (tmp / "room.json").write_text(json.dumps(manifest, indent=2) + "\n")
        (tmp / "provenance.json").write_text(json.dumps(program.provenance, indent=2) + "\n")
        (tmp / "README.md").write_text("# A room\n\nThis room has not been measured yet.\n")
        from englishroom.rooms import load_room
        room = load_room(tmp).room
        write_arpa(tmp / "tables" / "context_rules.arpa", room.context_rules, room.vocab)
        if finish:
            finish(tmp)      # measure the room and write its README before it is put in place
        if out.exists():
            old = out.with_name(f".{out.name}.old{os.getpid()}")
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old)
        else:
            tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return out
