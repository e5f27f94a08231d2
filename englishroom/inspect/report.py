"""One page about a room: how close it comes to the subject, what each part does, how it talks.

report.html is self-contained (the plot is embedded, no scripts or fonts are fetched), so it
opens from a local file and can be sent as it is. It holds:
  metrics      the room against the subject and the baselines (from the room's provenance),
               and each mechanism's contribution with the components its evidence cites;
  size plot    fraction of loss recovered against rules: `englishroom pareto` results when
               given (rooms built at each budget, against Kneser-Ney of the same size), else the
               room's own context rules cut to the first N the decompiler chose (the table is in
               selection order and every cut is a valid room), measured here;
  stories      a few stories the room tells and one real one, every token coloured by the part
               of the room that did most for it; clicking a token opens its explanation;
  categories   loss by token category (a bar chart and a table) and the capability probes'
               family table, when the room's metrics hold them (rooms measured by this version);
  gap map      where the room loses nats to the subject on the report's stories (measure/gaps.py):
               by kind of token, position, longest rule, how far back the subject itself looks,
               and the contexts that lose most;
  atlas        a link to the subject's atlas, when one is given.
"""
import base64
import io
import json
import math
import os
import shutil
import tempfile
from pathlib import Path

from tqdm import tqdm

from englishroom.errors import UserError
from englishroom.inspect.explain import explain_ids, render_html
from englishroom.decompiler.emit import seal
from englishroom.decompiler.settings import SIZES
from englishroom.rooms import load_room


def truncation_curve(folder, stories, subject_losses, unigram_loss, progress=True, full=None) -> dict:
    """The room's context rules cut to their first N lines, each cut measured on `stories`."""
    manifest = json.loads((Path(folder) / "room.json").read_text())
    with open(Path(folder) / "tables" / "context_rules.txt", encoding="utf-8") as f:
        lines = f.readlines()
    head = [x for x in lines if x.startswith("# ")]
    body = [x for x in lines if not x.startswith("# ") and x.strip()]
    sizes = sorted({n for n in SIZES if n < len(body)} | {len(body)})
    n_tokens = sum(len(s) - 1 for s in stories)
    subject_loss = sum(subject_losses) / n_tokens
    rows = []

    def score(room):
        loss = -sum(math.log(room.predict(s[:t])[s[t]]) for s in stories for t in range(1, len(s))) / n_tokens
        return {"loss": loss, "fraction": (unigram_loss - loss) / (unigram_loss - subject_loss)}

    with tempfile.TemporaryDirectory() as tmp:
        cut = Path(tmp) / "cut"
        shutil.copytree(folder, cut, ignore=shutil.ignore_patterns("context_rules.txt", "*.arpa*", "__pycache__"))
        for n in tqdm(sizes, desc="report: cutting the room's rules", disable=not progress):
            (cut / "tables" / "context_rules.txt").write_text("".join(head + body[:n]), encoding="utf-8")
            seal(cut)                        # the cut copy is a room of its own
            rows.append({"rules": n, **score(load_room(cut, off=manifest["mechanisms"][1:]).room)})
    return {"tokens": n_tokens, "subject_loss": subject_loss, "unigram_loss": unigram_loss, "rows": rows,
            "full": {"rules": len(body), **score(full or load_room(folder).room)}}


def plot_truncation(curve, kn_fraction=None) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from englishroom.measure.pareto import finish_size_axes
    fig, ax = plt.subplots(figsize=(7, 4.2))
    rows = curve["rows"]
    ax.plot([r["rules"] for r in rows], [r["fraction"] for r in rows], "o-", label="context rules, the first N chosen")
    ax.plot([curve["full"]["rules"]], [curve["full"]["fraction"]], "r*", ms=14, label="the room with its mechanisms")
    if kn_fraction is not None:
        ax.axhline(kn_fraction, color="gray", ls=":", label="best Kneser-Ney (all contexts)")
    finish_size_axes(ax, curve["tokens"])
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, dpi=110, format="png")
    plt.close(fig)
    return buf.getvalue()


def build_report(folder, out: Path, subject, stories, samples=2, pareto=None, atlas=None, progress=True,
                 room=None) -> dict:
    from englishroom.paths import atomic_write
    folder = Path(folder)
    room = room or load_room(folder).room
    prov = json.loads((folder / "provenance.json").read_text())
    metrics = prov.get("metrics") or {}
    if not metrics:
        raise UserError(f"{folder}: the room has no metrics (decompile it without --no-eval, or run `englishroom eval`)")
    subject_losses = [-float(lp[t - 1][stories[i][t]]) for i, lp in subject.story_logprobs(stories)
                      for t in range(1, len(stories[i]))]
    unigram = metrics["baselines"]["unigram"]["loss"] if "baselines" in metrics else None
    best_kn = metrics.get("best_kn")
    kn_fraction = metrics["baselines"][best_kn]["fraction_recovered"] if best_kn else None
    if pareto:
        from englishroom.measure.pareto import plot
        summary = json.loads(Path(pareto).read_text())
        with tempfile.TemporaryDirectory() as tmp:
            plot(summary, Path(tmp) / "p.png")
            png = (Path(tmp) / "p.png").read_bytes()
        curve = {"source": str(pareto), **summary}
    else:
        if unigram is None:
            raise UserError(f"{folder}: the room's metrics have no unigram baseline to measure the plot against")
        curve = truncation_curve(folder, stories, subject_losses, unigram, progress, full=room)
        png = plot_truncation(curve, kn_fraction)
        curve["source"] = "the room's own rules, cut"
    explained = []
    for seed in range(1, samples + 1):
        ids = room.encode(room.generate("", 120, seed=seed))
        ex = explain_ids(folder, ids, subject, room=room)
        ex["title"] = f"The room tells a story (seed {seed}, at its speaking temperature {room.temperature:g})"
        explained.append(ex)
    real = explain_ids(folder, stories[0][:160], subject, room=room)
    real["title"] = "A real story (the first of the evaluation stories), as the room predicts it"
    explained.append(real)
    categories_plot = None
    if metrics.get("categories"):
        from englishroom.measure import categories
        shown = categories.present(metrics["categories"], ("room", "context rules only", best_kn, "unigram"))
        categories_plot = base64.b64encode(categories.plot_png(metrics["categories"], shown)).decode()
    from englishroom.measure.gaps import gap_map
    gaps = gap_map(subject, room, stories, top=10, progress=progress)
    atlas_link = os.path.relpath(Path(atlas), out) if atlas else None
    page = render_html(explained, template="report.html.j2", room=folder.name, prov=prov, m=metrics,
                       plot=base64.b64encode(png).decode(), curve=curve, atlas=atlas_link,
                       categories_plot=categories_plot, gaps=gaps)
    atomic_write(out / "pareto.png", png, mode="wb")
    atomic_write(out / "report.html", page)
    return {"report": str(out / "report.html"), "plot": curve}
