"""The `englishroom` command line. Each subcommand is a thin layer over a module."""
import argparse
import json
import sys
import time
from pathlib import Path

from englishroom.errors import UserError

DEFAULT_MODEL = "stories260K"
DEFAULT_CORPUS_TOKENS = 1_000_000


def parse_orders(text: str) -> list[int]:
    try:
        if "-" in text:
            lo, hi = text.split("-")
            orders = list(range(int(lo), int(hi) + 1))
        else:
            orders = [int(x) for x in text.split(",") if x]
    except ValueError:
        raise UserError(f"bad --orders {text!r}: use e.g. 2-6 or 2,4") from None
    if any(n < 2 or n > 10 for n in orders):
        raise UserError("Kneser-Ney orders must lie between 2 and 10")
    return orders


def baseline_corpus(subject, args):
    """The token corpus the baselines are estimated from, and a description of it."""
    from englishroom.corpora.sampling import cached_corpus, read_corpus
    from englishroom.corpora.stories import load_stories
    if args.room and not args.corpus and args.corpus_tokens == DEFAULT_CORPUS_TOKENS:
        # a room is compared with baselines estimated from the very corpus it was probed on
        from englishroom.decompiler.pipeline import Settings, probe_corpus
        try:
            prov = json.loads((Path(args.room) / "provenance.json").read_text())
            settings = Settings(**{"cool_tokens": 0, **prov["settings"]})  # rooms from before cool samples
        except (OSError, ValueError, KeyError, TypeError):
            raise UserError(f"{args.room}: provenance.json is missing or corrupt") from None
        stories, info = probe_corpus(subject, settings, progress=not args.quiet)
        return stories, {"kind": "the room's probe corpus", "path": str(args.room / "provenance.json")
                         if isinstance(args.room, Path) else f"{args.room}/provenance.json", **info}
    if args.corpus:
        if str(args.corpus).endswith(".jsonl"):
            header, stories = read_corpus(args.corpus)
            if header.get("model") != subject.name:
                raise UserError(f"{args.corpus} was sampled from {header.get('model')}, not {subject.name}")
            return stories, {"kind": "sampled", "path": str(args.corpus), **header}
        stories = [subject.encode_story(t) for t in load_stories(args.corpus)]
        return stories, {"kind": "text", "path": str(args.corpus), "stories": len(stories),
                         "tokens": sum(len(s) - 1 for s in stories)}
    header, stories, path = cached_corpus(subject, args.corpus_tokens, args.corpus_seed,
                                          progress=not args.quiet)
    return stories, {"kind": "sampled", "path": str(path), **header}


def cmd_eval(args):
    from englishroom.measure.baselines import build_baselines
    from englishroom.measure.evaluate import evaluate
    from englishroom.paths import atomic_write, dev_stories
    from englishroom.corpora.stories import load_stories
    from englishroom.subjects import load_subject

    orders = parse_orders(args.orders)
    if args.talk < 0:
        raise UserError(f"--talk {args.talk}: give a number of stories, or 0 to skip")
    subject = load_subject(args.model)
    data = args.data or dev_stories()
    texts = load_stories(data, limit=args.limit)
    models, corpus_info = {}, None
    if not args.no_baselines:
        corpus, corpus_info = baseline_corpus(subject, args)
        models = build_baselines(corpus, subject.vocab_size, subject.bos_id, orders)
    tested = None
    if args.room:
        from englishroom.rooms import mechanism_variants, room_size
        room = room_for(args.room, subject)
        tested = room.name
        models = {**mechanism_variants(room, tested), **models}
    categorize = None
    if args.by_category:
        from englishroom.measure.categories import categorizer
        categorize = categorizer(subject.token_text)
    t0 = time.perf_counter()
    result = evaluate(subject, texts, models, progress=not args.quiet, categorize=categorize)
    wall = time.perf_counter() - t0
    out = {"model": subject.name, "data": str(data), "stories": result["stories"],
           "tokens": result["tokens"], "bytes": result["bytes"],
           "evaluated": tested or "subject"}
    if tested:
        from englishroom.rooms import take_contributions
        out.update(result["models"].pop(tested))
        out["mechanisms"] = take_contributions(result["models"], out["loss"])
        out["size"] = room_size(args.room)
    else:
        out.update(loss=result["subject"]["loss"], bpb=result["subject"]["bpb"])
    out.update(subject=result["subject"], baselines=result["models"],
               best_kn=result.get("best_kn"), baseline_corpus=corpus_info,
               seconds={**result["seconds"], "wall": round(wall, 2)})
    out["probes"] = probe_models(subject, models, tested, args.quiet)["families"]
    if args.talk:
        from englishroom.measure.talk import room_talk
        out["talk"] = room_talk(subject, models, tested, out["best_kn"], args.talk, args.talk_seed, not args.quiet)
    print_table(out)
    if args.by_category:
        report_categories(out, result["categories"], tested, args)
    if args.json:
        atomic_write(args.json, json.dumps(out, indent=2) + "\n")
        print(f"wrote {args.json}")
    return out


def room_for(folder, subject):
    """The room in `folder`, refused if its vocabulary is not the subject's."""
    from englishroom.rooms import load_room
    room = load_room(folder)
    if room.vocab_size != subject.vocab_size:
        raise UserError(f"{folder} has {room.vocab_size} tokens, {subject.name} {subject.vocab_size}")
    return room


def room_stories(room, data, limit, max_len=None):
    """The stories of `data` (default: valid-dev) as the room's token ids, those with a token to score."""
    from englishroom.paths import dev_stories
    from englishroom.corpora.stories import load_stories
    data = data or dev_stories()
    stories = [s[:max_len] for s in (room.encode(t) for t in load_stories(data, limit=limit)) if len(s) > 1]
    if not stories:
        raise UserError(f"{data}: no story has a token to score")
    return stories


def probe_models(subject, models, tested=None, quiet=False):
    """The capability probes for the subject, the room (and its context rules alone) and the baselines."""
    from englishroom.measure.cloze import load_probes, probe_set, run_probes, shown_models, table
    chosen = probe_set(subject, models, tested)
    result = run_probes(subject, chosen, load_probes())
    if not quiet:
        print("\ncapability probes (reference: the subject's own next token)")
        print(table(result, shown_models(chosen)))
    return result


def cmd_probe(args):
    from englishroom.measure.baselines import build_baselines
    from englishroom.paths import atomic_write
    from englishroom.subjects import load_subject
    subject = load_subject(args.model)
    models, tested = {}, None
    if not args.no_baselines:
        corpus, _info = baseline_corpus(subject, args)
        models = build_baselines(corpus, subject.vocab_size, subject.bos_id, parse_orders(args.orders))
    if args.room:
        from englishroom.rooms import mechanism_variants
        room = room_for(args.room, subject)
        tested = room.name
        models = {tested: room, **{k: v for k, v in mechanism_variants(room).items()
                                   if k == "context rules only"}, **models}
    result = probe_models(subject, models, tested, quiet=False)
    if args.json:
        atomic_write(args.json, json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {args.json}")


def report_categories(out, cats, tested, args):
    from englishroom.measure import categories
    if tested:                                           # the room is "room" in the categories
        for rows in cats.values():
            for r in rows.values():
                r["models"] = {("room" if k == tested else k): v for k, v in r["models"].items()}
    out["categories"] = cats
    shown = categories.present(cats, ("room", "context rules only", out.get("best_kn"), "unigram"))
    print(categories.table(cats, shown))
    chart = args.chart or (args.json.with_suffix(".categories.png") if args.json else None)
    if chart:
        categories.plot(cats, shown, chart)
        print(f"wrote the chart {chart}")


def print_table(out):
    rows = [("subject: " + out["subject"]["name"], out["subject"], True)]
    if out["evaluated"] != "subject":
        rows.append((out["evaluated"], out, False))
    rows += [(name, m, False) for name, m in out["baselines"].items()]
    print(f"\n{out['stories']} stories, {out['tokens']:,} tokens from {out['data']}")
    if out.get("baseline_corpus"):
        c = out["baseline_corpus"]
        print(f"baselines estimated from {c['tokens']:,} tokens ({c['kind']}: {c['path']})")
    print(f"{'model':<24}{'loss':>8}{'bpb':>8}{'KL':>8}{'top-1':>8}{'frac':>8}{'frac/KN':>9}")

    def fmt(m, key, width):
        return f"{m[key]:>{width}.3f}" if key in m else " " * (width - 1) + "-"

    for name, m, _ in rows:
        print(f"{name:<24}" + fmt(m, "loss", 8) + fmt(m, "bpb", 8) + fmt(m, "kl", 8)
              + fmt(m, "top1_agreement", 8) + fmt(m, "fraction_recovered", 8)
              + fmt(m, "fraction_recovered_vs_kn", 9))
    if out.get("best_kn"):
        print(f"best Kneser-Ney baseline: {out['best_kn']}")
    if out.get("mechanisms"):
        print("mechanisms (the room's loss with each one switched off):")
        for name, m in out["mechanisms"].items():
            if "contribution" in m:
                print(f"  {name:<22}{m['loss_without']:>8.3f}  contributes {m['contribution']:.3f} nats/token")
            else:
                print(f"  {name:<22}{m['loss']:>8.3f}  (all mechanisms off)")
    if out.get("talk"):
        t = out["talk"]
        print(f"talk: the subject's loss on {t['stories']} stories each tells from BOS at temperature 1 "
              f"(ratio to its own samples; 1 = talks like the subject):")
        for name, m in t.items():
            if isinstance(m, dict):
                print(f"  {name:<22}{m['loss']:>8.3f}  ratio {m['ratio']:.2f}, {m['mean_tokens']:.0f} tokens a story")
    if out.get("size"):
        z = out["size"]
        print(f"room size: {z['rules']:,} rules, {z['table_bytes']:,} table bytes, {z['logic_lines']} logic lines")


def cmd_sample(args):
    from englishroom.corpora.sampling import sample_stories, write_corpus
    from englishroom.subjects import load_subject
    subject = load_subject(args.model)
    t0 = time.perf_counter()
    stories = sample_stories(subject, args.tokens, args.seed, args.temperature, args.batch,
                             progress=not args.quiet)
    dt = time.perf_counter() - t0
    header = write_corpus(args.out, subject, stories, seed=args.seed, temperature=args.temperature,
                          batch=args.batch, requested_tokens=args.tokens)
    print(f"wrote {args.out}: {header['stories']} stories, {header['tokens']:,} tokens "
          f"in {dt:.1f} s ({header['tokens'] / dt:,.0f} tokens/s)")


def cmd_tell(args):
    from englishroom.corpora.sampling import sample_stories
    from englishroom.subjects import load_subject
    subject = load_subject(args.model)
    prompt = [subject.bos_id] + (subject.encode(args.prompt) if args.prompt else [])
    story = sample_stories(subject, 1, args.seed, args.temperature, batch=1, max_len=args.tokens + len(prompt),
                           prompt=prompt, progress=False)[0]
    print(subject.decode(story))


def settings_from(args):
    from englishroom.decompiler.pipeline import Settings
    return Settings(budget=args.budget, seed=args.seed, sample_tokens=args.sample_tokens,
                    cool_tokens=args.cool_tokens, cool_temperature=args.cool_temperature,
                    real_text=None if args.real_text == "none" else args.real_text,
                    max_order=args.max_order, min_count=args.min_count, shrink=args.shrink,
                    selection=args.selection, mechanisms=parse_mechanisms(args.mechanisms),
                    talk_stories=args.talk_stories)


def parse_mechanisms(text: str) -> tuple:
    from englishroom.decompiler.mechanisms import MECHANISMS
    names = tuple(m for m in text.split(",") if m) if text != "none" else ()
    unknown = [m for m in names if m not in MECHANISMS]
    if unknown:
        raise UserError(f"unknown mechanism {unknown[0]!r}: choose from {', '.join(MECHANISMS)} (or none)")
    return tuple(m for m in MECHANISMS if m in names)          # they are derived in this order


def cmd_decompile(args):
    from englishroom.decompiler.pipeline import decompile
    from englishroom.subjects import load_subject
    subject = load_subject(args.model)
    t0 = time.perf_counter()
    program = decompile(subject, args.out, settings_from(args), data=args.data,
                        evaluate=not args.no_eval, progress=not args.quiet)
    print(f"wrote the room {args.out} ({len(program.rules):,} rules) in {time.perf_counter() - t0:.0f} s")
    m = program.metrics
    if m:
        print_table({**m, "evaluated": f"room {Path(args.out).name}", "baseline_corpus": None})
    return program


def cmd_talk(args):
    from englishroom.rooms import load_room
    room = load_room(args.room).room
    print(room.generate(args.prompt, args.tokens, args.seed, args.temperature))


def add_decompile_args(d):
    from englishroom.decompiler.pipeline import Settings
    s = Settings()
    d.add_argument("--model", default=DEFAULT_MODEL)
    d.add_argument("--budget", type=int, default=s.budget, help="most context rules (default %(default)s)")
    d.add_argument("--seed", type=int, default=s.seed, help="seed of the sampled probe corpus")
    d.add_argument("--sample-tokens", type=int, default=s.sample_tokens)
    d.add_argument("--cool-tokens", type=int, default=s.cool_tokens,
                   help="more tokens sampled at --cool-temperature, so the room knows the subject's likeliest paths")
    d.add_argument("--cool-temperature", type=float, default=s.cool_temperature)
    d.add_argument("--real-text", default=s.real_text,
                   help="real stories to probe the subject on too: a file, 'train-head' or 'none'")
    d.add_argument("--max-order", type=int, default=s.max_order, help="longest context in tokens")
    d.add_argument("--min-count", type=int, default=s.min_count)
    d.add_argument("--shrink", type=float, default=s.shrink)
    d.add_argument("--selection", choices=("reach", "importance"), default=s.selection,
                   help="take contexts by the best importance they lead to (default) or by their own")
    d.add_argument("--mechanisms", default=",".join(s.mechanisms),
                   help="mechanisms, comma-separated, or none (default %(default)s; gender is optional)")
    d.add_argument("--data", help="stories to measure the room on (default: shared valid-dev.txt)")
    d.add_argument("--talk-stories", type=int, default=s.talk_stories,
                   help="stories the room and the best KN tell for the subject to score (0: skip)")
    d.add_argument("--quiet", action="store_true")


def cmd_pareto(args):
    from englishroom.paths import dev_stories
    from englishroom.measure.pareto import pareto
    from englishroom.subjects import load_subject
    try:
        budgets = sorted({int(b) for b in args.budgets.split(",")})
    except ValueError:
        raise UserError(f"bad --budgets {args.budgets!r}: use e.g. 30,300,3000") from None
    if not budgets or budgets[0] < 1:
        raise UserError("budgets must be positive numbers of rules")
    subject = load_subject(args.model)
    summary = pareto(subject, settings_from(args), budgets, args.out, args.data or dev_stories(),
                     stories=args.stories, progress=not args.quiet)
    print((args.out / "pareto.md").read_text())
    print(f"subject loss {summary['subject_loss']:.3f}, unigram {summary['unigram_loss']:.3f}, "
          f"full KN{summary['kn_full']['order']} {summary['kn_full']['loss']:.3f}; "
          f"wrote {args.out}/pareto.json, pareto.md, pareto.png")


def add_mechanisms(atlas, room):
    """Mark the heads a room's evidence cites for each of its mechanisms."""
    try:
        prov = json.loads((Path(room) / "provenance.json").read_text())
    except (OSError, ValueError):
        raise UserError(f"{room}: no readable provenance.json (not a room?)") from None
    if "evidence" not in prov:
        raise UserError(f"{room}: has no mechanism evidence (decompile it with mechanisms and evidence)")
    atlas["mechanisms"] = {"room": str(room), "method": prov["evidence"]["method"],
                           **prov["evidence"]["mechanisms"]}
    for name, e in prov["evidence"]["mechanisms"].items():
        for c in e["components"]:
            atlas["components"][c].setdefault("mechanisms", []).append(f"{name} ({e['status']})")


def cmd_atlas(args):
    import jinja2

    from englishroom.inspect.atlas import build_atlas
    from englishroom.paths import atomic_write, dev_stories
    from englishroom.corpora.stories import load_stories
    from englishroom.subjects import load_subject
    subject = load_subject(args.model)
    data = args.data or dev_stories()
    stories = [subject.encode_story(t) for t in load_stories(data, limit=args.stories)]
    stories = [s for s in stories if len(s) > 1]
    if not stories:
        raise UserError(f"{data}: no story has a token to score")
    t0 = time.perf_counter()
    atlas = build_atlas(subject, stories, top_neurons=args.top_neurons, progress=not args.quiet)
    atlas["data"], atlas["seconds"] = str(data), round(time.perf_counter() - t0, 1)
    if args.room:
        add_mechanisms(atlas, args.room)
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"), autoescape=False)
    html = env.get_template("atlas.html.j2").render(a=atlas, layers=subject.n_layers)
    atomic_write(args.out / "atlas.json", json.dumps(atlas, indent=1, ensure_ascii=False) + "\n")
    atomic_write(args.out / "atlas.html", html)
    comps = atlas["components"]
    print(f"atlas of {subject.name}: {len(comps)} components from {atlas['stories']} stories "
          f"in {atlas['seconds']:.0f} s; wrote {args.out}/atlas.json and atlas.html")
    print(f"{'component':<10}{'loss rise':>11}  role / promotes")
    for name in atlas["ranking"][:15]:
        c = comps[name]
        rise = c.get("loss_rise_mean_ablation", c.get("loss_rise_estimate"))
        what = c.get("role") or "neuron"
        print(f"{name:<10}{rise:>11.4f}  {what}: " + " ".join(repr(t) for t, _ in c["promotes"][:4]))


def cmd_explain(args):
    from englishroom.inspect.explain import explain_text, format_table, render_html, room_subject
    from englishroom.paths import atomic_write
    from englishroom.rooms import load_room
    t0 = time.perf_counter()
    room = load_room(args.room).room                      # a clear error before the subject loads
    subject = None if args.no_subject else room_subject(args.room, args.model)
    ex = explain_text(args.room, args.text, subject, room=room)
    print(format_table(ex))
    if args.json:
        atomic_write(args.json, json.dumps(ex, indent=1, ensure_ascii=False) + "\n")
    if args.html:
        atomic_write(args.html, render_html([ex]))
    print(f"explained {ex['tokens']} tokens in {time.perf_counter() - t0:.1f} s"
          + (f"; wrote {args.json}" if args.json else "") + (f"; wrote {args.html}" if args.html else ""))


def cmd_slice(args):
    import subprocess
    from englishroom.paths import atomic_write
    from englishroom.inspect.slice import build_slice
    t0 = time.perf_counter()
    source, info = build_slice(args.room, args.text, words=args.words, file_name=args.out.name)
    atomic_write(args.out, source)
    said = subprocess.run([sys.executable, "-I", "-S", str(args.out)], capture_output=True, text=True,
                          timeout=120).stdout[:-1]                 # print's own newline
    if said != info["text"]:
        raise UserError(f"{args.out} does not print the text when run (got {said[:80]!r}); please report this")
    print(f"wrote {args.out}: {info['lines']} lines, {len(source.encode()):,} bytes; {info['rules']} context rules "
          f"of the {info['rules_used_by_the_room']} the room used, {info['rows']} rows in all, "
          f"{info['vocabulary']} tokens; mechanisms kept: {', '.join(info['mechanisms']) or 'none'}"
          + (f" (not needed: {', '.join(info['mechanisms_not_needed'])})" if info["mechanisms_not_needed"] else ""))
    print(f"checked: `python -I -S {args.out}` regenerates the text from \"{info['start']}\" by greedy decoding "
          f"({info['tokens']} tokens) in {time.perf_counter() - t0:.1f} s:")
    print(said)


def cmd_tour(args):
    from englishroom.paths import atomic_write
    from englishroom.rooms import load_room
    from englishroom.inspect.tour import format_tour, tour
    room = load_room(args.room).room
    stories = room_stories(room, args.data, args.stories)
    t0 = time.perf_counter()
    t = tour(args.room, stories, top=args.top, progress=not args.quiet, room=room)
    print(format_tour(t))
    if args.json:
        atomic_write(args.json, json.dumps(t, indent=1, ensure_ascii=False) + "\n")
    print(f"toured in {time.perf_counter() - t0:.0f} s" + (f"; wrote {args.json}" if args.json else ""))


def cmd_report(args):
    from englishroom.inspect.explain import room_subject
    from englishroom.inspect.report import build_report
    from englishroom.rooms import load_room
    room = load_room(args.room).room
    subject = room_subject(args.room, args.model)
    if subject is None:
        raise UserError(f"{args.room}: the report compares the room with its subject, which cannot be loaded; give --model")
    if args.atlas and not Path(args.atlas).is_file():
        raise UserError(f"{args.atlas}: no such atlas page (build one with `englishroom atlas --out DIR`)")
    if args.pareto and not Path(args.pareto).is_file():
        raise UserError(f"{args.pareto}: no such file (write one with `englishroom pareto --out DIR`)")
    stories = room_stories(room, args.data, args.stories, subject.context_length)
    t0 = time.perf_counter()
    build_report(args.room, args.out, subject, stories, samples=args.samples, pareto=args.pareto,
                 atlas=args.atlas, progress=not args.quiet, room=room)
    print(f"wrote {args.out}/report.html and pareto.png in {time.perf_counter() - t0:.0f} s")


def cmd_demo(args):
    """The main job: decompile stories260K into a room, print its metrics, let it tell a story."""
    ns = build_parser().parse_args(["decompile", "--model", args.model, "--out", str(args.out)])
    print(f"== decompiling {args.model} into {args.out} ==")
    cmd_decompile(ns)
    print(f"\n== the room tells a story: python {args.out}/talk.py --seed 1 --temperature 0.8 ==")
    cmd_talk(argparse.Namespace(room=args.out, prompt="", tokens=200, seed=1, temperature=0.8))
    report = args.out.with_name(args.out.name + "-report")
    print(f"\n== one page about the room: {report}/report.html ==")
    cmd_report(argparse.Namespace(room=args.out, out=report, model=args.model, pareto=None, atlas=None, data=None,
                                  stories=40, samples=2, quiet=False))
    print(f"\nRead {args.out}/README.md, then {args.out}/room.py, to see how it talks; open {report}/report.html,"
          f" and try `englishroom explain {args.out} \"Once upon a time, there was a little girl named Lily.\"`.")


def add_story_args(p):
    p.add_argument("--tokens", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--temperature", type=float, default=0.8)


def add_baseline_args(p):
    p.add_argument("--corpus", help="baseline corpus: a sampled .jsonl or a stories text file")
    p.add_argument("--corpus-tokens", type=int, default=DEFAULT_CORPUS_TOKENS,
                   help="tokens to sample from the subject for the baselines (default %(default)s)")
    p.add_argument("--corpus-seed", type=int, default=0)
    p.add_argument("--orders", default="2-6", help="Kneser-Ney orders (default %(default)s)")
    p.add_argument("--no-baselines", action="store_true")


def build_parser():
    p = argparse.ArgumentParser(prog="englishroom", description="Decompile a transformer into readable code.")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("eval", help="score the subject (or a room) and baselines on stories")
    e.add_argument("room", nargs="?", help="a room directory to evaluate (default: the subject itself)")
    e.add_argument("--model", default=DEFAULT_MODEL, help="stories260K, a .bin, an HF directory or hub id")
    e.add_argument("--data", help="stories file or directory (default: shared valid-dev.txt)")
    e.add_argument("--limit", type=int, help="only the first N stories")
    e.add_argument("--json", type=Path, help="write the results as JSON here")
    add_baseline_args(e)
    e.add_argument("--by-category", action="store_true",
                   help="also split the tokens by kind, first occurrence or repeat, and dialogue (englishroom/categories.py)")
    e.add_argument("--chart", type=Path, help="with --by-category: the bar chart's PNG (default: beside --json)")
    e.add_argument("--talk", type=int, default=0, metavar="N",
                   help="also let the room (its context rules alone, the best KN) tell N stories for the subject to score")
    e.add_argument("--talk-seed", type=int, default=0)
    e.add_argument("--quiet", action="store_true", help="no progress bars")
    e.set_defaults(func=cmd_eval)

    s = sub.add_parser("sample", help="write a reproducible corpus of the subject's stories")
    s.add_argument("--model", default=DEFAULT_MODEL)
    s.add_argument("--tokens", type=int, required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--temperature", type=float, default=1.0)
    s.add_argument("--batch", type=int, default=64)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_sample)

    t = sub.add_parser("tell", help="the subject tells a story")
    t.add_argument("prompt", nargs="?", default="")
    t.add_argument("--model", default=DEFAULT_MODEL)
    add_story_args(t)
    t.set_defaults(func=cmd_tell)

    c = sub.add_parser("decompile", help="turn the subject into a room: a standalone program that talks")
    add_decompile_args(c)
    c.add_argument("--out", type=Path, required=True, help="the room folder to write")
    c.add_argument("--no-eval", action="store_true", help="skip measuring the room")
    c.set_defaults(func=cmd_decompile)

    k = sub.add_parser("talk", help="let a room tell a story")
    k.add_argument("room")
    k.add_argument("prompt", nargs="?", default="")
    add_story_args(k)
    k.set_defaults(func=cmd_talk)

    r = sub.add_parser("pareto", help="rooms across budgets against same-size Kneser-Ney: table and plot")
    add_decompile_args(r)
    r.add_argument("--budgets", default="15,150,1500,15000,150000")
    r.add_argument("--stories", type=int, help="measure on the first N stories only")
    r.add_argument("--out", type=Path, required=True, help="folder for the rooms, pareto.json/.md/.png")
    r.set_defaults(func=cmd_pareto)

    a = sub.add_parser("atlas", help="catalogue every head and neuron: attention, outputs, ablation effects")
    a.add_argument("--model", default=DEFAULT_MODEL)
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--data", help="stories to measure on (default: shared valid-dev.txt)")
    a.add_argument("--stories", type=int, default=200, help="how many stories (default %(default)s)")
    a.add_argument("--top-neurons", type=int, default=40,
                   help="neurons (largest estimated effect) to mean-ablate for real (default %(default)s)")
    a.add_argument("--room", type=Path, help="a room whose mechanisms' evidence marks the heads that implement them")
    a.add_argument("--quiet", action="store_true")
    a.set_defaults(func=cmd_atlas)

    pr = sub.add_parser("probe", help="capability probes: cloze prompts by family, scored against the subject's answers")
    pr.add_argument("room", nargs="?", type=Path, help="a room to probe (default: the subject and baselines)")
    pr.add_argument("--model", default=DEFAULT_MODEL)
    pr.add_argument("--json", type=Path, help="write every prompt's answers and the family table here")
    add_baseline_args(pr)
    pr.add_argument("--quiet", action="store_true")
    pr.set_defaults(func=cmd_probe)

    x = sub.add_parser("explain", help="token by token: the room's and the subject's probability, the rules that fired")
    x.add_argument("room", type=Path)
    x.add_argument("text")
    x.add_argument("--model", help="the subject to compare with (default: the one the room was decompiled from)")
    x.add_argument("--no-subject", action="store_true", help="the room alone")
    x.add_argument("--json", type=Path, help="write the explanation as JSON here")
    x.add_argument("--html", type=Path, help="write a page: tokens coloured by mechanism, click one for its rules")
    x.set_defaults(func=cmd_explain)

    sl = sub.add_parser("slice", help="the smallest standalone program of the room's rules that says TEXT")
    sl.add_argument("room", type=Path)
    sl.add_argument("text")
    sl.add_argument("--out", type=Path, required=True, help="the .py file to write")
    sl.add_argument("--words", type=int, default=3, help="the slice starts from the text's first N words (default 3)")
    sl.set_defaults(func=cmd_slice)

    tr = sub.add_parser("tour", help="the rows that carry most of the room's loss reduction, with examples")
    tr.add_argument("room", type=Path)
    tr.add_argument("--top", type=int, default=20, help="how many rows (default %(default)s)")
    tr.add_argument("--data", help="stories to tour on (default: shared valid-dev.txt)")
    tr.add_argument("--stories", type=int, default=50, help="how many stories (default %(default)s)")
    tr.add_argument("--json", type=Path, help="write the tour as JSON here")
    tr.add_argument("--quiet", action="store_true")
    tr.set_defaults(func=cmd_tour)

    rp = sub.add_parser("report", help="one shareable HTML page: metrics, size plot, mechanisms, explained stories")
    rp.add_argument("room", type=Path)
    rp.add_argument("--out", type=Path, required=True, help="folder for report.html")
    rp.add_argument("--model", help="the subject (default: the one the room was decompiled from)")
    rp.add_argument("--pareto", type=Path, help="pareto.json from `englishroom pareto` for the size plot")
    rp.add_argument("--atlas", type=Path, help="an atlas.html to link to")
    rp.add_argument("--data", help="real stories (default: shared valid-dev.txt)")
    rp.add_argument("--stories", type=int, default=40, help="stories to measure the size plot on (default %(default)s)")
    rp.add_argument("--samples", type=int, default=2, help="stories the room tells on the page (default %(default)s)")
    rp.add_argument("--quiet", action="store_true")
    rp.set_defaults(func=cmd_report)

    d = sub.add_parser("demo", help="the main job: decompile the subject, measure the room, let it talk")
    d.add_argument("--model", default=DEFAULT_MODEL)
    d.add_argument("--out", type=Path, default=Path("runs/stories260K-room"))
    d.set_defaults(func=cmd_demo)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except UserError as e:
        print(f"englishroom: error: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("englishroom: interrupted (no partial outputs were left)", file=sys.stderr)
        sys.exit(130)
