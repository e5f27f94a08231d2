"""Size against fidelity: rooms across budgets, beside Kneser-Ney models of the same size.

One probe serves every budget: rules are chosen greedily, so the room of budget B holds the first B
rules of the largest room, each listing as a room of B rules does (settings.py: derive_listing; the
probe keeps every token the smallest room may list). Each KN baseline is estimated from the same
probe corpus, pruned to as many contexts as the room has rules (its most frequent contexts). For
the budgets in `mechanisms_at`, a second room of those B rules also gets the mechanisms (the
settings' list: state rules, names as variables, ...), each derived against that small room as
`decompile` derives them; its row counts the mechanism tables' rows too (`mechanism_rows`), so its
size is honest.
"""
import json
from dataclasses import replace
from pathlib import Path

from englishroom.measure.baselines import KneserNey, NgramCounts, Unigram
from englishroom.decompiler.emit import emit
from englishroom.decompiler.mechanisms import mechanisms_pass
from englishroom.decompiler.pipeline import start
from englishroom.decompiler.probe import probe_pass
from englishroom.decompiler.rules import rules_pass
from englishroom.decompiler.settings import derive_listing
from englishroom.measure.evaluate import evaluate
from englishroom.paths import atomic_write
from englishroom.rooms import load_room, room_size
from englishroom.corpora.stories import load_stories


def table_rows(folder, names) -> int:
    """The rows (non-comment lines) of the room's tables `names`."""
    return sum(1 for n in names for line in (Path(folder) / "tables" / n).read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("# "))


def rooms_of(subject, settings, budgets, progress=True) -> dict:
    """{budget: the room of context rules of that budget}, from one probe."""
    settings.check()
    least = min(derive_listing(settings.replace(budget=b))[0].list_min for b in budgets)
    probed = probe_pass(start(subject, settings.replace(budget=max(budgets))), subject, progress, list_min=least)
    return {b: rules_pass(replace(probed, settings=probed.settings.replace(budget=b), derived=dict(probed.derived)))
            for b in sorted(budgets)}


def pareto(subject, settings, budgets, out: Path, data, stories=None, progress=True, mechanisms_at=()):
    rooms = rooms_of(subject, settings, set(budgets) | set(mechanisms_at), progress)
    program = rooms[max(budgets)]
    corpus, settings = program.stories, program.settings             # the settings with max_order derived
    order = settings.max_order + 1
    counts = NgramCounts(corpus, max(order, settings.kn_order), subject.bos_id)
    models = {"unigram": Unigram(corpus, subject.vocab_size),
              "kn-full": KneserNey(counts, settings.kn_order, subject.vocab_size)}
    rows = []
    for b in sorted(budgets):
        folder = emit(rooms[b], out / f"room-{b}")
        models[f"room-{b}"] = load_room(folder)
        models[f"kn-{b}"] = KneserNey(counts, order, subject.vocab_size, max_contexts=b)
        rows.append({"budget": b, "rules": len(rooms[b].rules), **room_size(folder)})
    for b in sorted(mechanisms_at):
        small = mechanisms_pass(rooms[b], subject, progress)
        folder = emit(small, out / f"room-{b}-mechanisms")
        models[f"room-{b}-mechanisms"] = load_room(folder)
        rows.append({"budget": b, "rules": len(small.rules), "mechanisms": [m.name for m in small.mechanisms],
                     "mechanism_rows": table_rows(folder, [t for m in small.mechanisms for t in m.tables]),
                     **room_size(folder)})
    result = evaluate(subject, load_stories(data, limit=stories), models, progress=progress)
    m = result["models"]
    for r in rows:
        b = r["budget"]
        room = f"room-{b}-mechanisms" if "mechanisms" in r else f"room-{b}"
        r.update(room_loss=m[room]["loss"], room_fraction=m[room]["fraction_recovered"],
                 room_kl=m[room]["kl"], kn_loss=m[f"kn-{b}"]["loss"],
                 kn_fraction=m[f"kn-{b}"]["fraction_recovered"])
    summary = {"subject": subject.name, "data": str(data), "tokens": result["tokens"],
               "probe_tokens": sum(len(s) - 1 for s in corpus), "subject_loss": result["subject"]["loss"],
               "unigram_loss": m["unigram"]["loss"], "kn_full": {"order": settings.kn_order, **m["kn-full"]},
               "rows": rows}
    atomic_write(out / "pareto.json", json.dumps(summary, indent=2) + "\n")
    lines = ["| rules | table bytes | room loss | room fraction recovered | KN (same size) loss | KN fraction |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r['rules']:,}{' + ' + format(r['mechanism_rows'], ',') + ' mechanism rows' if 'mechanisms' in r else ''} "
              f"| {r['table_bytes']:,} | {r['room_loss']:.3f} | {r['room_fraction']:.3f} "
              f"| {r['kn_loss']:.3f} | {r['kn_fraction']:.3f} |" for r in rows]
    atomic_write(out / "pareto.md", "\n".join(lines) + "\n")
    plot(summary, out / "pareto.png")
    return summary


def plot(summary, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    rows = [r for r in summary["rows"] if "mechanisms" not in r]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.plot([r["rules"] for r in rows], [r["room_fraction"] for r in rows], "o-", label="room (distilled from the subject)")
    ax.plot([r["rules"] for r in rows], [r["kn_fraction"] for r in rows], "s--",
            label="Kneser-Ney, as many contexts, same corpus")
    mech = [r for r in summary["rows"] if "mechanisms" in r]
    if mech:
        ax.plot([r["rules"] + r["mechanism_rows"] for r in mech], [r["room_fraction"] for r in mech], "D",
                label="room with mechanisms (rules + mechanism rows)")
    ax.axhline(summary["kn_full"]["fraction_recovered"], color="gray", ls=":",
               label=f"Kneser-Ney order {summary['kn_full']['order']}, all contexts")
    finish_size_axes(ax, summary["tokens"], f"subject {summary['subject']}")
    fig.tight_layout()
    tmp = path.with_name(".tmp-" + path.name)
    fig.savefig(tmp, dpi=120, format="png")
    tmp.replace(path)
    plt.close(fig)


def finish_size_axes(ax, tokens, subject_label="subject"):
    """The subject's line, log-scaled rules, labels and legend of a size-against-fidelity plot."""
    ax.axhline(1.0, color="black", lw=0.8, label=subject_label)
    ax.set_xscale("log")
    ax.set_xlabel("rules (contexts)")
    ax.set_ylabel("fraction of loss recovered (vs unigram)")
    ax.set_title(f"Size against fidelity, {tokens:,} tokens of real stories")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(alpha=0.3)
