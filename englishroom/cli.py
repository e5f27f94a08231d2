"""The `englishroom` command line: it parses and prints; each command calls the modules that do the work
(those that import torch load inside the commands that need them, so `englishroom --help` starts at once)."""
import json
import signal
import sys
import time
from pathlib import Path

from englishroom.arguments import Parser, budgets, count, orders, out_dir, out_file, path, positive, seed, temperature
from englishroom.corpora.stories import encode_stories, load_stories
from englishroom.decompiler.settings import SIZES, add_arguments, from_arguments
from englishroom.errors import UserError
from englishroom.inspect import explain, report, tour
from englishroom.inspect.slice import build_slice
from englishroom.memory import keep_freed_memory
from englishroom.measure import categories, report_text
from englishroom.measure.metrics import measure, models_for
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import ROOM_ERRORS, check_room, check_rows, load_room, room_size
from englishroom.subjects import load_subject


def cmd_eval(args):
    subject = load_subject(args.model, args.device)
    data = args.data or dev_stories()
    texts = load_stories(data, limit=args.limit)
    models, tested, corpus_info = models_for(subject, args.room, args.corpus, args.corpus_tokens, args.corpus_seed,
                                             args.orders, not args.no_baselines, progress=not args.quiet)
    t0 = time.perf_counter()
    m = measure(subject, texts, models, tested, data, by_category=args.by_category, talk=args.talk,
                talk_seed=args.talk_seed, progress=not args.quiet)
    result = m.pop("_result")
    out = {"model": subject.name, **m, "bytes": result["bytes"], "evaluated": tested or "subject",
           "baseline_corpus": corpus_info, "seconds": {**result["seconds"], "wall": round(time.perf_counter() - t0, 2)}}
    out.update({"size": room_size(args.room)} if tested else {"loss": m["subject"]["loss"], "bpb": m["subject"]["bpb"]})
    print(report_text.metrics_table(out) + ("" if args.quiet else "\n" + report_text.probes_table(out["probes"])))
    if args.by_category:
        print(report_text.categories_table(out))
        chart = args.chart or (args.json.with_suffix(".categories.png") if args.json else None)
        if chart:
            categories.plot(out["categories"], report_text.categories_shown(out), chart)
            print(f"wrote the chart {chart}")
    return out


def cmd_cloze(args):
    from englishroom.measure.cloze import cloze
    subject = load_subject(args.model, args.device)
    models, tested, _corpus = models_for(subject, args.room, args.corpus, args.corpus_tokens, args.corpus_seed,
                                         args.orders, not args.no_baselines, progress=not args.quiet)
    result = cloze(subject, models, tested)      # the subject, the room, its context rules alone and the baselines
    print(report_text.probes_table(result["families"]))
    return result


def cmd_sample(args):
    from englishroom.corpora.sampling import sample_corpus
    subject = load_subject(args.model, args.device)
    print(sample_corpus(subject, args.out, args.tokens, args.seed, args.temperature, args.batch, not args.quiet,
                        args.workers))


def cmd_tell(args):
    from englishroom.corpora.sampling import tell
    print(tell(load_subject(args.model, args.device), args.prompt, args.tokens, args.seed, args.temperature))


def cmd_decompile(args):
    from englishroom.decompiler.pipeline import decompile
    settings, subject, t0 = from_arguments(args), load_subject(args.model, args.device), time.perf_counter()
    program = decompile(subject, args.out, settings, data=args.data, evaluate=not args.no_eval, progress=not args.quiet)
    print(f"wrote the room {args.out} ({len(program.rules):,} rules) in {time.perf_counter() - t0:.0f} s")
    if program.metrics:
        print(report_text.metrics_table({**program.metrics, "evaluated": f"room {Path(args.out).name}"}))


def cmd_talk(args):
    print(load_room(args.room).room.generate(args.prompt, args.tokens, args.seed, args.temperature))


def cmd_pareto(args):
    from englishroom.measure.pareto import pareto
    settings, subject = from_arguments(args), load_subject(args.model, args.device)
    s = pareto(subject, settings, args.budgets, args.out, args.data or dev_stories(), stories=args.stories,
               progress=not args.quiet, mechanisms_at=args.mechanisms_at)
    print((args.out / "pareto.md").read_text())
    print(f"subject loss {s['subject_loss']:.3f}, unigram {s['unigram_loss']:.3f}, full KN{s['kn_full']['order']} "
          f"{s['kn_full']['loss']:.3f}; wrote {args.out}/pareto.json, pareto.md, pareto.png")


def cmd_atlas(args):
    from englishroom.inspect.atlas import atlas_of, summary, write_atlas
    subject = load_subject(args.model, args.device)
    atlas = atlas_of(subject, args.data, args.stories, args.top_neurons, args.room, progress=not args.quiet)
    write_atlas(atlas, args.out, subject.n_layers)
    print(summary(atlas, subject, args.out))


def cmd_explain(args):
    t0 = time.perf_counter()
    room = load_room(args.room).room                      # a clear error before the subject loads
    subject = None if args.no_subject else explain.room_subject(args.room, args.model)
    ex = explain.explain_text(args.room, args.text, subject, room=room)
    print(explain.format_table(ex))
    if args.html:
        atomic_write(args.html, explain.render_html([ex]))
    wrote = f"; wrote {args.html}" if args.html else ""
    print(f"explained {ex['tokens']} tokens in {time.perf_counter() - t0:.1f} s{wrote}")
    return ex


def cmd_slice(args):
    import subprocess
    t0 = time.perf_counter()
    source, info = build_slice(args.room, args.text, words=args.words, file_name=args.out.name,
                               progress=not args.quiet)
    atomic_write(args.out, source)
    said = subprocess.run([sys.executable, "-I", "-S", str(args.out)], capture_output=True, text=True,
                          timeout=120).stdout[:-1]                 # print's own newline
    if said != info["text"]:
        raise UserError(f"{args.out} does not print the text when run (got {said[:80]!r}); please report this")
    part = info["parts"]
    print(f"wrote {args.out}: {info['lines']} lines ({part['docstring']} its docstring, {part['code']} the room's code "
          f"of which {part['logic']} neither blank nor a comment, {part['vocabulary_and_rows']} its vocabulary and "
          f"rows, {part['decoding']} greedy decoding), {len(source.encode()):,} bytes; {info['rules']} context rules "
          f"of the {info['rules_used_by_the_room']} the room used, {info['rows']} rows in all, "
          f"{info['vocabulary']} tokens; mechanisms kept: {', '.join(info['mechanisms']) or 'none'}"
          + (f" (not needed: {', '.join(info['mechanisms_not_needed'])})" if info["mechanisms_not_needed"] else "")
          + f"\nchecked: `python -I -S {args.out}` regenerates the text from \"{info['start']}\" by greedy "
          f"decoding ({info['tokens']} tokens) in {time.perf_counter() - t0:.1f} s:\n{said}")


def cmd_tour(args):
    room = load_room(args.room).room
    stories = encode_stories(args.data, room.encode, limit=args.stories)
    t0 = time.perf_counter()
    t = tour.tour(args.room, stories, top=args.top, progress=not args.quiet, room=room)
    print(tour.format_tour(t) + f"\ntoured in {time.perf_counter() - t0:.0f} s")
    return t


def cmd_report(args):
    room = load_room(args.room).room
    subject = explain.room_subject(args.room, args.model, required=True)
    stories = encode_stories(args.data, room.encode, limit=args.stories, max_len=subject.context_length)
    t0 = time.perf_counter()
    report.build_report(args.room, args.out, subject, stories, samples=args.samples, pareto=args.pareto,
                        atlas=args.atlas, progress=not args.quiet, room=room)
    print(f"wrote {args.out}/report.html and pareto.png in {time.perf_counter() - t0:.0f} s")


def cmd_gaps(args):
    from englishroom.measure.gaps import gap_map, table
    room = load_room(args.room).room
    subject = explain.room_subject(args.room, args.model, required=True)
    if room.vocab_size != subject.vocab_size:
        raise UserError(f"{args.room} has {room.vocab_size} tokens, {subject.name} {subject.vocab_size}")
    stories = encode_stories(args.data, room.encode, limit=args.limit, max_len=subject.context_length)
    t0 = time.perf_counter()
    m = gap_map(subject, room, stories, top=args.top, progress=not args.quiet)
    print(table(m) + f"\nmapped in {time.perf_counter() - t0:.0f} s")
    return m


def cmd_check(args):
    c = check_room(args.room)
    print(f"{args.room}: sound ({c['tables']} tables, {c['rules']:,} rules, {c['bytes']:,} bytes checked)")
    if args.rows:
        print(f"{args.room}: every row reads ({check_rows(args.room):,} context rules read with the room's own code)")


def cmd_demo(args):
    """The main job: decompile the subject (stories260K) into a room, print its metrics, let it tell a story."""
    model = Path(args.model)
    args.out = args.out or Path("runs") / f"{model.stem if model.is_file() else model.name}-room"
    parse, out, page = build_parser().parse_args, str(args.out), args.out.with_name(args.out.name + "-report")
    print(f"== decompiling {args.model} into {out} ==")
    cmd_decompile(parse(["decompile", "--model", args.model, "--device", args.device, "--out", out]))
    print(f"\n== the room tells a story: python {out}/talk.py --seed 1 ==")
    cmd_talk(parse(["talk", out, "--seed", "1"]))
    print(f"\n== one page about the room: {page}/report.html ==")
    cmd_report(parse(["report", out, "--out", str(page), "--model", args.model]))
    print(f"\nRead {out}/README.md, then {out}/room.py, to see how it talks; open {page}/report.html,"
          f" and try `englishroom explain {out} \"Once upon a time, there was a little girl named Lily.\"`.")


SHARED = {        # flags several commands take: name -> (argument names, add_argument keywords)
    "model": (["--model"], {"default": "stories260K",
                            "help": "stories260K (the default) or babyllama-tok105, a llama2.c .bin or its folder, "
                                    "an HF directory or a hub id"}),
    "device": (["--device"], {"default": "auto", "choices": ("auto", "cpu", "cuda"),
                              "help": "where the subject runs: auto takes a GPU when torch sees one (default auto)"}),
    "quiet": (["--quiet"], {"action": "store_true", "help": "no progress bars"}),
    "json": (["--json"], {"type": out_file, "help": "write the results as JSON here"}),
    "data": (["--data"], {"type": path("stories file"), "help": "stories (default: the shared valid-dev.txt)"}),
    "room": (["room"], {"type": Path, "help": "a room folder"}),
    "room?": (["room"], {"type": Path, "nargs": "?", "help": "a room (default: the subject alone, and baselines)"}),
    "corpus": (["--corpus"], {"help": "baseline corpus: a sampled .jsonl or a stories text file"}),
    "corpus-tokens": (["--corpus-tokens"], {"type": positive, "help": "tokens to sample from the subject for the "
                                            "baselines (default: a room's own probe corpus; else 1,000,000)"}),
    "corpus-seed": (["--corpus-seed"], {"type": seed, "default": 0}),
    "orders": (["--orders"], {"type": orders, "default": None,
                              "help": "Kneser-Ney orders, e.g. 2-6 (default: 2 up to the room's kn_order, or up to "
                                      "12 characters' worth of tokens without a room)"}),
    "no-baselines": (["--no-baselines"], {"action": "store_true"}),
    "prompt": (["prompt"], {"nargs": "?", "default": "", "help": "how the story starts (default: from scratch)"}),
    "tokens": (["--tokens"], {"type": positive, "default": 200}),
    "seed": (["--seed"], {"type": seed, "default": 1}),
    "temperature": (["--temperature"], {"type": temperature, "default": 0.8, "help": "0: the likeliest token"}),
}
BASELINES = ("corpus", "corpus-tokens", "corpus-seed", "orders", "no-baselines")
STORY = ("tokens", "seed", "temperature")


def build_parser():
    p = Parser(prog="englishroom", description="Decompile a transformer into readable code.")
    sub = p.add_subparsers(dest="command", required=True)

    def command(name, func, help, *shared):
        c = sub.add_parser(name, help=help)
        c.set_defaults(func=func)
        for flag in shared:
            c.add_argument(*SHARED[flag][0], **SHARED[flag][1])
        return c

    e = command("eval", cmd_eval, "score the subject (or a room) and baselines on stories",
                "room?", "model", "data", "json", *BASELINES, "quiet", "device")
    e.add_argument("--limit", type=positive, help="only the first N stories")
    e.add_argument("--by-category", action="store_true", help="also by kind of token, repeat, dialogue (categories.py)")
    e.add_argument("--chart", type=out_file, help="with --by-category: the bar chart's PNG (default: beside --json)")
    e.add_argument("--talk", type=count, default=0, metavar="N", help="N stories the room (rules, best KN) tells")
    e.add_argument("--talk-seed", type=seed, default=0)
    s = command("sample", cmd_sample, "write a reproducible corpus of the subject's stories", "model", "quiet",
                "device")
    s.add_argument("--tokens", type=positive, required=True)
    s.add_argument("--seed", type=seed, default=0)
    s.add_argument("--temperature", type=temperature, default=1.0)
    s.add_argument("--batch", type=positive, default=128, help="stories sampled together (default 128)")
    s.add_argument("--workers", type=positive, default=None,
                   help="processes that sample (default: one per core; the corpus is the same for any number)")
    s.add_argument("--out", type=out_file, required=True)
    command("tell", cmd_tell, "the subject tells a story", "prompt", "model", *STORY, "device")
    t = command("talk", cmd_talk, "let a room tell a story", "room", "prompt", "tokens", "seed")
    t.add_argument("--temperature", type=temperature, help="0: the likeliest token (default: the room's speaking "
                   "temperature, in its room.json)")
    c = command("decompile", cmd_decompile, "turn the subject into a room that talks", "model", "data", "quiet",
                "device")
    add_arguments(c)                                      # one flag per setting (decompiler/settings.py)
    c.add_argument("--out", type=out_dir, required=True, help="the room folder to write")
    c.add_argument("--no-eval", action="store_true", help="skip measuring the room")
    r = command("pareto", cmd_pareto, "rooms by budget beside same-size Kneser-Ney, a plot", "model", "data",
                "quiet", "device")
    add_arguments(r, skip=("budget",))
    r.add_argument("--budgets", type=budgets, default=",".join(map(str, SIZES)),
                   help="the rooms' budgets (default %(default)s)")
    r.add_argument("--stories", type=positive, help="measure on the first N stories only")
    r.add_argument("--mechanisms-at", type=budgets, default=(), metavar="BUDGETS",
                   help="budgets whose rooms are also built with the mechanisms (--mechanisms) derived against "
                        "them, e.g. 1500 (default: none; each takes minutes)")
    r.add_argument("--out", type=out_dir, required=True, help="folder for the rooms, pareto.json/.md/.png")
    a = command("atlas", cmd_atlas, "every head and neuron: attention, outputs, ablations", "model", "data",
                "quiet", "device")
    a.add_argument("--out", type=out_dir, required=True)
    a.add_argument("--stories", type=positive, default=200, help="how many stories (default %(default)s)")
    a.add_argument("--top-neurons", type=count, default=40, help="top neurons to mean-ablate for real (default 40)")
    a.add_argument("--room", type=path("room"), help="a room whose mechanisms' evidence marks the heads it cites")
    command("cloze", cmd_cloze, "capability probes: cloze prompts by family, scored against the subject's answers",
            "room?", "model", "json", *BASELINES, "quiet", "device")
    x = command("explain", cmd_explain, "token by token: room and subject probabilities, rules fired", "room", "json")
    x.add_argument("text")
    x.add_argument("--model", help="the subject to compare with (default: the one the room was decompiled from)")
    x.add_argument("--no-subject", action="store_true", help="the room alone")
    x.add_argument("--html", type=out_file, help="write a page: tokens coloured by mechanism, click one for its rules")
    sl = command("slice", cmd_slice, "the smallest standalone program of the room's rules that says TEXT", "room",
                 "quiet")
    sl.add_argument("text")
    sl.add_argument("--out", type=out_file, required=True, help="the .py file to write")
    sl.add_argument("--words", type=positive, default=3,
                    help="the slice starts from the text's first N words (default 3)")
    tr = command("tour", cmd_tour, "the rows that save most loss, with examples", "room", "data", "json", "quiet")
    tr.add_argument("--top", type=positive, default=20, help="how many rows (default %(default)s)")
    tr.add_argument("--stories", type=positive, default=50, help="how many stories (default %(default)s)")
    rp = command("report", cmd_report, "one shareable page: metrics, plots, explained stories", "room", "data", "quiet")
    rp.add_argument("--out", type=out_dir, required=True, help="folder for report.html")
    rp.add_argument("--model", help="the subject (default: the one the room was decompiled from)")
    rp.add_argument("--pareto", type=path("file"), help="pareto.json from `englishroom pareto` for the size plot")
    rp.add_argument("--atlas", type=path("atlas page"), help="an atlas.html (`englishroom atlas`) to link to")
    rp.add_argument("--stories", type=positive, default=40,
                    help="stories to measure the size plot on (default %(default)s)")
    rp.add_argument("--samples", type=count, default=2, help="stories the room tells on the page (default %(default)s)")
    g = command("gaps", cmd_gaps, "where the room loses nats to the subject: by kind, position, rule, reach",
                "room", "data", "json", "quiet")
    g.add_argument("--model", help="the subject (default: the one the room was decompiled from)")
    g.add_argument("--limit", type=positive, help="only the first N stories")
    g.add_argument("--top", type=positive, default=20, help="how many contexts to list (default %(default)s)")
    c = command("check", cmd_check, "verify a room without running it: its manifest, files, sizes and hashes", "room")
    c.add_argument("--rows", action="store_true", help="then load the room (running its code) and read every context "
                   "rule now, each checked as a story would check it (36 s for the default room)")
    d = command("demo", cmd_demo, "the main job: decompile the subject, measure the room, let it talk",
                "model", "device")
    d.add_argument("--out", type=out_dir, help="the room's folder (default runs/MODEL-room: runs/stories260K-room)")
    return p


def main(argv=None):
    # SIGTERM (kill, timeout, CI cancellation) as Ctrl-C: KeyboardInterrupt, so the finally blocks clean up
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    keep_freed_memory()
    try:
        args = build_parser().parse_args(argv)
        out = args.func(args)
        if getattr(args, "json", None):                   # the commands with --json return what it holds
            atomic_write(args.json, json.dumps(out, indent=1, ensure_ascii=False) + "\n")
            print(f"wrote {args.json}")
    except UserError as e:
        print(f"englishroom: error: {e}", file=sys.stderr)
        sys.exit(2)
    except tuple(ROOM_ERRORS) as e:                       # a room's row found bad where it was first read
        print(f"englishroom: error: this room cannot be used: {str(e)[:200]}; decompile it again", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("englishroom: interrupted (no partial outputs were left)", file=sys.stderr)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
