"""Benchmark: both subjects side by side, each decompiled by the main job, on valid-dev.txt.

    .venv/bin/python benchmarks/subjects.py [--subjects stories260K,babyllama-tok105] [--reuse] [--cold]

For each subject, runs `englishroom demo --model M --out runs/M-room` (decompile with mechanisms and
evidence, talk, report), timed, then reads the room's measurements from its provenance.json: the
subject's loss in nats per token and bits per byte, unigram, the best Kneser-Ney from the same probe
tokens, the room, fraction of loss recovered (unigram -> subject), share of the KN-to-subject gap
closed, talk ratio, rules, table bytes. `--reuse` reads rooms already built (no timing); `--cold`
samples the probe corpora afresh (a new cache folder), so the time includes sampling. Each subject's
`sampled_in_demo` names the probe corpora its demo sampled (those the cache lacked, whose files are
newer than the demo's start): where it names one, its time includes sampling.
Writes benchmarks/results/subjects.json and prints the README's table.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from englishroom.paths import atomic_write

LN2 = math.log(2)


def figures(room: Path) -> dict:
    prov = json.loads((room / "provenance.json").read_text())
    m = prov["metrics"]
    kn = m["best_kn"]
    subject, best = m["subject"], m["baselines"][kn]
    return {
        "subject_loss": subject["loss"], "subject_bpb": subject["bpb"],
        "unigram_loss": m["baselines"]["unigram"]["loss"], "unigram_bpb": m["baselines"]["unigram"]["bpb"],
        "best_kn": kn, "best_kn_loss": best["loss"], "best_kn_bpb": best["bpb"],
        "room_loss": m["loss"], "room_bpb": m["bpb"],
        "fraction_recovered": m["fraction_recovered"],
        "kn_gap_closed": m["fraction_recovered_vs_kn"],      # (KN - room) / (KN - subject): the same in bpb
        "talk_ratio": m["talk"]["room"]["ratio"], "talk_ratio_best_kn": m["talk"][kn]["ratio"],
        "rules": m["size"]["rules"], "table_bytes": m["size"]["table_bytes"],
        "logic_lines": m["size"]["logic_lines"], "tokens_per_second": m["tokens_per_second"],
        "tokens_scored": m["tokens"], "probe_tokens": prov["probe_corpus"]["tokens"],
        "settings": {k: prov["settings"][k] for k in ("max_order", "kn_order", "copy_match", "budget")},
        "derived_settings": prov.get("derived_settings", {}),
        "mechanisms": m["mechanisms"],
    }


def sampled_since(room: Path, started: float) -> list[str]:
    """The room's probe corpora ("sampled", "cool") whose cached files were written after `started`."""
    corpus = json.loads((room / "provenance.json").read_text())["probe_corpus"]
    return [kind for kind in ("sampled", "cool") if kind in corpus
            and Path(corpus[kind]["path"]).stat().st_mtime >= started]


def table(results: dict) -> str:
    rows = [("subject loss, nats/token (bits/byte)", lambda r: f"{r['subject_loss']:.3f} ({r['subject_bpb']:.3f})"),
            ("unigram", lambda r: f"{r['unigram_loss']:.3f} ({r['unigram_bpb']:.3f})"),
            ("best Kneser-Ney, same probe tokens", lambda r: f"{r['best_kn']}: {r['best_kn_loss']:.3f} ({r['best_kn_bpb']:.3f})"),
            ("room", lambda r: f"{r['room_loss']:.3f} ({r['room_bpb']:.3f})"),
            ("fraction recovered (unigram → subject)", lambda r: f"{r['fraction_recovered']:.3f}"),
            ("share of the KN-to-subject gap closed", lambda r: f"{r['kn_gap_closed']:.3f}"),
            ("talk ratio (room; best KN)", lambda r: f"{r['talk_ratio']:.2f}; {r['talk_ratio_best_kn']:.2f}"),
            ("rules; longest context", lambda r: f"{r['rules']:,}; {r['settings']['max_order']} tokens"),
            ("table bytes", lambda r: f"{r['table_bytes']:,}"),
            ("main job (`englishroom demo`)", lambda r: f"{r['demo_seconds'] / 60:.0f} min"
             + (" with sampling" if r.get("sampled_in_demo") else ", corpora cached") if r.get("demo_seconds") else "-")]
    names = list(results)
    lines = ["| | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    lines += [f"| {label} | " + " | ".join(f(results[n]) for n in names) + " |" for label, f in rows]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", default="stories260K,babyllama-tok105")
    ap.add_argument("--rooms", default="runs")
    ap.add_argument("--reuse", action="store_true", help="read the rooms already built; time nothing")
    ap.add_argument("--cold", action="store_true", help="sample the probe corpora afresh (a new cache folder)")
    ap.add_argument("--out", default="benchmarks/results/subjects.json")
    args = ap.parse_args()
    old = json.loads(Path(args.out).read_text()) if Path(args.out).exists() else {}
    env = dict(os.environ)
    if args.cold:
        env["ENGLISHROOM_CACHE"] = tempfile.mkdtemp(prefix="englishroom-cold-")
    results = {}
    for name in args.subjects.split(","):
        room = Path(args.rooms) / f"{name}-room"
        before = old.get(name, {})
        seconds, sampled = before.get("demo_seconds"), before.get("sampled_in_demo", [])
        if not args.reuse:
            started, t0 = time.time(), time.perf_counter()
            subprocess.run([sys.executable, "-m", "englishroom", "demo", "--model", name, "--out", str(room)],
                           check=True, env=env)
            seconds = round(time.perf_counter() - t0, 1)
            sampled = sampled_since(room, started)
        results[name] = {**figures(room), "demo_seconds": seconds, "sampled_in_demo": sampled}
    baby = results.get("babyllama-tok105")
    if baby:
        baby["targets"] = {
            "beats best KN by >= 1/3 of the KN-to-subject gap (bits/byte)": baby["kn_gap_closed"] >= 1 / 3,
            "fraction_recovered >= 0.90": baby["fraction_recovered"] >= 0.90,
            "demo <= 30 min, corpora cached": None if baby["sampled_in_demo"] else   # not judged: it sampled
            bool(baby["demo_seconds"]) and baby["demo_seconds"] <= 1800,
        }
    atomic_write(args.out, json.dumps({**old, **results}, indent=2) + "\n")
    print(table(results))


if __name__ == "__main__":
    main()
