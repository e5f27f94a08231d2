"""Benchmark: does the room remember the story? The default room (readers, names as variables) against its targets.

    .venv/bin/python benchmarks/story_state.py [--model stories260K] [--room runs/stories260K-room] [--seeds 3]

Reads a room the main job built (`englishroom demo --model M`) and measures, on valid-dev.txt:
fraction of loss recovered (its metrics); talk quality over `--seeds` seeds (200 stories each) with
how often a name in the stories repeats one the story introduced, for the room (at temperature 1 and
at its speaking temperature), its context rules alone and the subject's own samples; the room's and the subject's loss on repeated capitalised words;
the made-up name "Zorbul" at its last occurrence; greedy decoding from BOS against the subject's
reference text (stories260K: the shared README's) and the length of its slice; the gap map; the
readers' evidence; speed and size. Writes benchmarks/results/story_state-MODEL.json.
"""
import argparse
import json
import re
import sys
import time
import traceback
from pathlib import Path

import numpy as np

from englishroom.corpora.stories import load_stories
from englishroom.errors import UserError
from englishroom.inspect.slice import build_slice
from englishroom.measure.gaps import gap_map
from englishroom.measure.talk import Warmed, talk_quality
from englishroom.paths import atomic_write, dev_stories, shared_dir
from englishroom.rooms import load_room
from englishroom.subjects import load_subject

sys.path.insert(0, str(Path(__file__).parent))
from mechanism_targets import made_up_name, repeated_losses  # noqa: E402


def reference_text(subject):
    """The subject's greedy story from BOS: the shared README's for stories260K, else the subject's own."""
    if subject.name == "stories260K":
        readme = (shared_dir() / "README.md").read_text()
        return re.search(r'Greedy decoding from BOS gives: "(.*?)"', readme)[1]
    from englishroom.corpora.sampling import tell
    return tell(subject, "", 120, 0, 0.0)


def room_arguments(name, **more):
    """A benchmark's command line on a demo's room: --model, --room (default runs/MODEL-room), --out (default
    benchmarks/results/NAME-MODEL.json) and `more` ({option: default}). -> (args, subject, room folder, out)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="stories260K")
    ap.add_argument("--room", help="default runs/MODEL-room")
    ap.add_argument("--out", help=f"default benchmarks/results/{name}-MODEL.json")
    for option, default in more.items():
        ap.add_argument(f"--{option}", type=type(default), default=default)
    args = ap.parse_args()
    return (args, load_subject(args.model), Path(args.room or f"runs/{args.model}-room"),
            Path(args.out or f"benchmarks/results/{name}-{args.model}.json"))


def main():
    args, subject, folder, out = room_arguments("story_state", seeds=3)
    prov = json.loads((folder / "provenance.json").read_text())
    m = prov["metrics"]
    res = {"room": str(folder), "fraction_recovered": m["fraction_recovered"], "loss": m["loss"],
           "subject_loss": m["subject"]["loss"], "tokens_per_second": m["tokens_per_second"], "size": m["size"],
           "mechanisms": {k: v.get("contribution", v.get("loss")) for k, v in m["mechanisms"].items()},
           "readers": {r: {k: e[k] for k in ("components", "agreement", "every_head_agreement_mean", "interchange",
                                              "status")} for r, e in prov["evidence"]["readers"]["readers"].items()}}
    full = load_room(folder)
    rules = load_room(folder, off=tuple(full.room.manifest["mechanisms"][1:]))
    talks, warm = [], "room at its temperature"
    tellers = {"room": full, "context rules only": rules, warm: Warmed(full, full.temperature)}
    for seed in range(args.seeds):
        t0 = time.perf_counter()
        talks.append(talk_quality(subject, tellers, n=200, seed=seed))
        print(f"talk seed {seed}: room ratio {talks[-1]['room']['ratio']:.3f}, at its temperature "
              f"{full.temperature:g} {talks[-1][warm]['ratio']:.3f} ({time.perf_counter() - t0:.0f} s)", flush=True)
    res["talk"] = {name: {"ratio_mean": round(float(np.mean([t[name]["ratio"] for t in talks])), 4),
                          "ratios": [t[name]["ratio"] for t in talks],
                          "names_repeated": [t[name]["names"]["share_repeated"] for t in talks]}
                   for name in ("subject", "room", "context rules only", warm)}
    res["talk"][warm]["temperature"] = full.temperature
    res["speaking_temperature"] = prov.get("speaking_temperature")
    stories = [subject.encode_story(t) for t in load_stories(dev_stories())]      # cut to the subject's context
    res["repeated"] = repeated_losses(subject, full.room, stories)
    rep = res["repeated"]
    ratio = lambda room, subject: rep[room] / rep[subject] if rep[subject] else None       # noqa: E731
    rep["names_ratio"] = ratio("names_room_loss", "names_subject_loss")
    rep["repeated_name_ratio"] = ratio("repeated_name_room_loss", "repeated_name_subject_loss")
    rep["repeated_name_word_ratio"] = ratio("repeated_name_word_room_loss", "repeated_name_word_subject_loss")
    res["made_up_name"] = made_up_name(subject, folder)
    want = reference_text(subject)
    said = full.room.generate("", tokens=len(subject.encode(want)) + 5, temperature=0)
    common = next((i for i, (a, b) in enumerate(zip(said, want)) if a != b), min(len(said), len(want)))
    res["greedy"] = {"reference": want, "room": said, "same": said.startswith(want),
                     "characters_in_common": common}
    try:
        _, info = build_slice(folder, want)
        res["slice_lines"], res["slice_parts"] = info["lines"], info["parts"]
    except Exception as e:                 # the slice needs the room to say the text
        res["slice_lines"] = f"no slice: {e}" if isinstance(e, UserError) else f"no slice: {type(e).__name__}: {e}"
        if not isinstance(e, UserError):
            traceback.print_exc()
    g = gap_map(subject, full.room, stories, progress=False)
    res["gap_map"] = {k: g[k] for k in ("gap_per_token", "gap_nats", "splits", "contexts")}
    res["targets"] = {
        "fraction_recovered >= 0.95": res["fraction_recovered"] >= 0.95,
        "talk ratio <= 1.3 (mean over seeds)": res["talk"]["room"]["ratio_mean"] <= 1.3,
        "talk ratio <= 1.3 at the room's speaking temperature": res["talk"][warm]["ratio_mean"] <= 1.3,
        "repeated capitalised words: room <= 1.2 x subject": (rep["names_ratio"] or rep["repeated_name_ratio"]) <= 1.2,
        "greedy decoding = the reference text": res["greedy"]["same"],
        "slice <= 200 lines": isinstance(res["slice_lines"], int) and res["slice_lines"] <= 200,
        ">= 3 readers are findings": sum(r["status"] == "finding" for r in res["readers"].values()) >= 3,
        ">= 2000 distributions/s": res["tokens_per_second"] >= 2000,
    }
    z = next(r for r in res["made_up_name"] if "Z" in r["piece"])
    res["targets"]["'Z' at the last 'Zorbul' >= 0.5"] = z["room"] >= 0.5
    atomic_write(out, json.dumps(res, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: res[k] for k in ("fraction_recovered", "talk", "repeated", "greedy", "slice_lines",
                                          "targets")}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
