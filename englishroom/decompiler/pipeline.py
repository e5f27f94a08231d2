"""The whole decompiler: probe -> rules -> emit, then measure the room and write its README."""
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from englishroom.errors import UserError
from englishroom.corpora.sampling import cached_corpus
from englishroom.corpora.stories import load_stories
from englishroom.decompiler.emit import drop_unused_code, emit
from englishroom.decompiler.ir import Program
from englishroom.decompiler.probe import probe
from englishroom.decompiler.rules import extract_rules


@dataclass
class Settings:
    budget: int = 150_000          # the most context rules the room may have
    seed: int = 0                  # seed of the subject's sampled probe corpus
    sample_tokens: int = 2_000_000 # tokens sampled from the subject to probe it on
    cool_tokens: int = 500_000     # more tokens sampled at a lower temperature: the subject's likeliest paths
    cool_temperature: float = 0.5  # ... at this temperature
    real_text: str | None = "train-head"  # real stories probed too ("train-head": the shared file)
    story_tokens: int | None = None  # cap on a sampled story's length (default: the context length)
    max_order: int = 7             # longest context, in tokens
    min_count: int = 2             # a context must occur this often to become a candidate
    list_min: float = 0.001        # a rule may list tokens this likely (in it or in its backoff)
    list_ratio: float = 1.25       # ... whose probability differs this much from the backoff's
    list_always: float = 0.05      # a rule always lists tokens this likely
    list_max: int = 64             # ... and lists at most this many
    shrink: float = 1.0            # pull rare contexts toward their backoff: (nP + kP')/(n + k)
    selection: str = "reach"       # rank contexts by the best importance they lead to, or "importance"
    mechanisms: tuple = ("position", "dialogue", "priming", "copying", "calibration")  # "gender" can be added
    mechanism_tokens: int = 200_000  # probe-story tokens the mechanisms are measured on
    min_positions: int = 20        # a mechanism table's row needs this many positions behind it
    factor_prior: float = 1.0      # k in factors (subject + k) / (room + k): rare cases stay near 1
    min_factor: float = 1.1        # a related-word factor must differ from 1 at least this much
    related_budget: int = 5_000    # the most (trigger, token) pairs in priming_related.txt
    related_vocab: int = 1024      # the tokens in most stories take part in related-word priming
    trigger_share: float = 0.25    # a priming trigger occurs in at most this share of stories
    calibration_positions: int = 200  # calibration checks contexts this frequent in the derivation stories
    calibration_min_factor: float = 1.02  # ... and lists the factors at least this far from 1
    evidence_stories: int = 100    # real stories (valid-dev) to find each mechanism's heads on; 0: skip
    talk_stories: int = 200        # stories the room (and the best KN) tell for the subject to score; 0: skip


def probe_corpus(subject, s: Settings, progress=True):
    """The subject's own samples (and the cool ones) plus any real text, as token stories, and what they are."""
    def sample(tokens, temperature):
        header, stories, path = cached_corpus(subject, tokens, s.seed, temperature, max_len=s.story_tokens,
                                              progress=progress)
        return stories, {"path": str(path), "stories": len(stories), "tokens": header["tokens"],
                         "seed": s.seed, "temperature": header["temperature"]}
    stories, sampled = sample(s.sample_tokens, 1.0)
    info = {"sampled": sampled}
    if s.cool_tokens:
        cool, info["cool"] = sample(s.cool_tokens, s.cool_temperature)
        stories = stories + cool
    if s.real_text:
        from englishroom.paths import shared_file
        src = shared_file("data", "tinystories", "train-head.txt") if s.real_text == "train-head" else s.real_text
        real = [subject.encode_story(t) for t in load_stories(src)]
        info["real_text"] = {"path": str(src), "stories": len(real), "tokens": sum(len(r) - 1 for r in real)}
        stories = stories + real
    info["tokens"] = sum(len(x) - 1 for x in stories)
    return stories, info


def build_program(subject, s: Settings, progress=True) -> tuple[Program, list]:
    if s.budget < 0:
        raise UserError("the budget must be zero or more rules")
    if s.selection not in ("reach", "importance"):
        raise UserError(f"unknown selection {s.selection!r}: reach or importance")
    if s.cool_tokens < 0 or (s.cool_tokens and not 0 < s.cool_temperature < 1):
        raise UserError("cool samples need --cool-tokens ≥ 0 and a --cool-temperature between 0 and 1 "
                        f"(got {s.cool_tokens} at {s.cool_temperature})")
    t0 = time.perf_counter()
    stories, corpus = probe_corpus(subject, s, progress)
    stats = probe(subject, stories, s.max_order, s.min_count, progress)
    base, rules = extract_rules(stats, s.budget, s.list_min, s.list_max, s.list_always, s.list_ratio,
                                s.shrink, s.selection)
    provenance = {
        "subject": {"name": subject.name, **subject.source},
        "probe_corpus": corpus,
        "settings": asdict(s),
        "tables": {
            "vocab.txt": "the subject's tokenizer, copied (pieces, kinds, SentencePiece scores)",
            "unigram.txt": f"the subject's next-token distribution averaged over all {stats.positions:,} "
                           "probed positions (every prefix of every probe story)",
            "context_rules.txt": f"contexts of 1..{s.max_order} tokens seen at least {s.min_count} times "
                                 f"({len(stats.contexts) - 1:,} candidates); each rule's probabilities are "
                                 "the subject's next-token distribution averaged over that context's "
                                 "occurrences; the top contexts by occurrences x KL(rule || shorter rule) "
                                 + ("were kept, each after its shorter suffix (a suffix ranked by the best importance "
                                    "among the longer contexts it leads to)" if s.selection == "reach"
                                    else "were kept, each after its shorter suffix"),
            "context_rules.arpa": "context_rules.txt and unigram.txt in KenLM's ARPA format "
                                  "(log10 probabilities and backoff weights)",
        },
        "seconds_to_build": round(time.perf_counter() - t0, 1),
    }
    program = Program(subject={"name": subject.name, **subject.source},
                      tokenizer=subject.tokenizer_spec(), bos=subject.bos_id,
                      end_tokens=sorted(subject.end_ids), base=base, rules=rules,
                      settings=asdict(s), provenance=provenance)
    return program, stories


def measure(subject, room_dir, data, baseline_stories, orders=range(2, 7), progress=True, stories=None,
            talk_stories=200):
    """Evaluate a room against the subject and KN baselines estimated from the room's own probe corpus,
    and (talk_stories > 0) how the subject scores the stories the room and the best KN tell."""
    from englishroom.measure.baselines import build_baselines
    from englishroom.measure.evaluate import evaluate
    from englishroom.rooms import load_room, mechanism_variants, room_size, room_speed, take_contributions
    room = load_room(room_dir)
    models = build_baselines(baseline_stories, subject.vocab_size, subject.bos_id, orders)
    models = {**mechanism_variants(room, "room"), **models}
    from englishroom.measure.categories import categorizer
    from englishroom.measure.cloze import load_probes, probe_set, run_probes
    texts = load_stories(data, limit=stories)
    result = evaluate(subject, texts, models, progress=progress, categorize=categorizer(subject.token_text))
    keep = {"room", "context rules only", "unigram", result.get("best_kn")}
    categories = {g: {label: {**r, "models": {k: v for k, v in r["models"].items() if k in keep}}
                      for label, r in rows.items()} for g, rows in result["categories"].items()}
    probes = run_probes(subject, probe_set(subject, {k: v for k, v in models.items() if k in keep}, "room"),
                        load_probes())["families"]
    mine = result["models"].pop("room")
    mechanisms = take_contributions(result["models"], mine["loss"])
    out = {"data": str(data), "stories": result["stories"], "tokens": result["tokens"],
           **mine, "mechanisms": mechanisms, "subject": result["subject"], "baselines": result["models"],
           "best_kn": result.get("best_kn"), "baseline_tokens": sum(len(s) - 1 for s in baseline_stories),
           "size": room_size(room_dir), "categories": categories, "probes": probes,
           "tokens_per_second": round(room_speed(room, subject.encode_story(texts[0])), 0)}
    if talk_stories:
        from englishroom.measure.talk import room_talk
        out["talk"] = room_talk(subject, models, "room", out["best_kn"], talk_stories, progress=progress)
    return out


MECHANISM_ABOUT = {
    "position": "how far the story has got (opening formulas early, new lines and endings late)",
    "dialogue": "inside or outside a quotation",
    "gender": "whether the last he/she word was female or male (her after she, his after he)",
    "priming": "words already in the story come back (by how long ago they last occurred), and make related "
               "words likelier",
    "copying": "what followed the last token earlier in the story is likely to follow again (induction)",
    "calibration": "the mechanisms' average factors checked against the subject on each frequent context's own "
                   "occurrences, where a rule already knew what they add",
}
MECHANISM_TABLES = {"position": "`tables/position.txt`", "dialogue": "`tables/dialogue.txt`",
                    "gender": "`tables/gender.txt`",
                    "priming": "`tables/priming_seen.txt`, `tables/priming_related.txt`",
                    "copying": "`tables/copying.txt`", "calibration": "`tables/calibration.txt`"}


def write_readme(room_dir, program, metrics, samples):
    import jinja2
    from englishroom.rooms import room_size
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"),
                             keep_trailing_newline=True)
    pieces = program.tokenizer["pieces"]
    by_len = {}
    for r in program.rules:
        by_len[len(r.context)] = by_len.get(len(r.context), 0) + 1
    top = [(" ".join(pieces[t] for t in r.context),
            ", ".join(f"{pieces[w]} {p:.2f}" for w, p in sorted(r.listed.items(), key=lambda x: -x[1])[:3]),
            r.count, r.gain) for r in sorted(program.rules, key=lambda r: -r.gain)[:12]]
    prov = json.loads((Path(room_dir) / "provenance.json").read_text())
    mechs = json.loads((Path(room_dir) / "room.json").read_text())["mechanisms"][1:]
    text = env.get_template("room_README.md.j2").render(
        p=program, m=metrics, size=room_size(room_dir), by_len=sorted(by_len.items()), top=top,
        samples=samples, settings=program.settings, prov=prov, mechs=mechs, about=MECHANISM_ABOUT,
        tables=MECHANISM_TABLES)
    (Path(room_dir) / "README.md").write_text(text)
    prov["metrics"] = metrics
    (Path(room_dir) / "provenance.json").write_text(json.dumps(prov, indent=2) + "\n")


def decompile(subject, out, s: Settings, data=None, evaluate=True, progress=True, program=None,
              baseline_stories=None):
    """Build (or take) the program, emit it, measure it, and move the finished room into place."""
    from englishroom.paths import dev_stories
    if program is None:
        program, baseline_stories = build_program(subject, s, progress)

    def finish(tmp):
        if s.mechanisms:
            from englishroom.decompiler.mechanisms import derive_mechanisms
            info = derive_mechanisms(subject, tmp, baseline_stories, s, progress)
            prov = json.loads((Path(tmp) / "provenance.json").read_text())
            prov["tables"].update(info.pop("tables"))
            prov["mechanisms"] = info
            if s.evidence_stories:
                from englishroom.decompiler.evidence import gather_evidence
                texts = load_stories(data or dev_stories(), limit=s.evidence_stories)
                on = [m for m in json.loads((Path(tmp) / "room.json").read_text())["mechanisms"][1:]
                      if m != "calibration"]          # a check on the room's own steps: no heads to find
                prov["evidence"] = gather_evidence(subject, tmp, [subject.encode_story(t) for t in texts],
                                                   on, progress=progress)
                prov["evidence"]["data"] = str(data or dev_stories())
            (Path(tmp) / "provenance.json").write_text(json.dumps(prov, indent=2) + "\n")
        drop_unused_code(tmp)
        if not evaluate:
            return
        from englishroom.rooms import load_room
        metrics = measure(subject, tmp, data or dev_stories(), baseline_stories, progress=progress,
                          talk_stories=s.talk_stories)
        room = load_room(tmp).room
        samples = [room.generate("", 150, seed, 1.0) for seed in (1, 2, 3)]
        write_readme(tmp, program, metrics, samples)
        program.metrics = metrics

    emit(program, Path(out), finish=finish)
    return program
