"""A measurement (metrics.measure's result, as `eval` and `decompile` keep it) as plain-text tables."""
from englishroom.measure import categories


def metrics_table(out) -> str:
    """The subject, the model evaluated and the baselines: loss, bpb, KL, top-1 and fractions
    recovered; then the best KN, each mechanism's contribution, talk quality and the room's size."""
    rows = [("subject: " + out["subject"]["name"], out["subject"])]
    if out["evaluated"] != "subject":
        rows.append((out["evaluated"], out))
    rows += list(out["baselines"].items())
    lines = [f"\n{out['stories']} stories, {out['tokens']:,} tokens from {out['data']}"]
    if out.get("baseline_corpus"):
        c = out["baseline_corpus"]
        lines.append(f"baselines estimated from {c['tokens']:,} tokens ({c['kind']}: {c['path']})")
    lines.append(f"{'model':<24}{'loss':>8}{'bpb':>8}{'KL':>8}{'top-1':>8}{'frac':>8}{'frac/KN':>9}")

    def fmt(m, key, width):
        return f"{m[key]:>{width}.3f}" if key in m else " " * (width - 1) + "-"

    for name, m in rows:
        lines.append(f"{name:<24}" + fmt(m, "loss", 8) + fmt(m, "bpb", 8) + fmt(m, "kl", 8)
                     + fmt(m, "top1_agreement", 8) + fmt(m, "fraction_recovered", 8)
                     + fmt(m, "fraction_recovered_vs_kn", 9))
    if out.get("best_kn"):
        lines.append(f"best Kneser-Ney baseline: {out['best_kn']}")
    if out.get("mechanisms"):
        lines.append("mechanisms (the room's loss with each one switched off):")
        for name, m in out["mechanisms"].items():
            if "contribution" in m:
                lines.append(f"  {name:<22}{m['loss_without']:>8.3f}  contributes {m['contribution']:.3f} nats/token")
            else:
                lines.append(f"  {name:<22}{m['loss']:>8.3f}  (all mechanisms off)")
    if out.get("talk"):
        t = out["talk"]
        lines.append(f"talk: the subject's loss on {t['stories']} stories each tells from BOS at temperature 1, unless "
                     f"said (ratio to its own samples; 1 = talks like the subject):")
        for name, m in t.items():
            if isinstance(m, dict):
                names = m.get("names")
                reuse = f", {100 * names['share_repeated']:.0f}% of name mentions repeat one" if names else ""
                warm = f" (at temperature {m['temperature']:g})" if "temperature" in m else ""
                lines.append(f"  {name:<22}{m['loss']:>8.3f}  ratio {m['ratio']:.2f}{warm}, "
                             f"{m['mean_tokens']:.0f} tokens a story{reuse}")
    if out.get("size"):
        z = out["size"]
        lines.append(f"room size: {z['rules']:,} rules, {z['table_bytes']:,} table bytes, "
                     f"{z['logic_lines']} logic lines")
    return "\n".join(lines)


def probes_table(families) -> str:
    from englishroom.measure import cloze            # (it imports torch)
    return ("\ncapability probes (reference: the subject's own next word)\n"
            + cloze.table({"families": families}))


def categories_shown(out) -> list[str]:
    """The models a category table and chart show: the room, its context rules alone, the best KN, unigram."""
    return categories.present(out["categories"], ("room", "context rules only", out.get("best_kn"), "unigram"))


def categories_table(out) -> str:
    return categories.table(out["categories"], categories_shown(out))
