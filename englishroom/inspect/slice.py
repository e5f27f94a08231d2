"""Slice a room: the smallest standalone program, built from the room's own rows, that says one text.

1. The room itself must say the text: greedy decoding from its first words gives every next
   token (otherwise no slice of the room can; the error says where the room goes its own way).
2. The slice's vocabulary is every token of the text and the room's top three at each step,
   so each written token still has to beat its real competitors; every other token is pooled
   into one, REST, so that the context rules give the kept tokens the room's own probabilities.
3. Every row the room used for those tokens at those steps is copied: the context rules that
   end the story at each step (with their backoff weights), and the mechanism rows.
4. Rows are removed one at a time (whole mechanisms first, then context rules, shortest
   contexts first, then the tokens a remaining rule lists, least likely first) whenever the
   slice still regenerates the text without them.
The result is rendered from templates/slice.py.j2 and run once more to check it.
"""
import functools
from pathlib import Path

from englishroom.errors import UserError
from englishroom.rooms import load_room

TOP = 3
REST = "<the rest>"          # the pooled other tokens (no piece has a space in it)


def start_length(pieces, words) -> int:
    """Tokens (BOS included) that make up the first `words` words."""
    starts = [i for i, p in enumerate(pieces) if i > 0 and p.startswith(("▁", "Ġ"))]
    if len(starts) <= words:
        raise UserError(f"the text needs more than {words} words: the slice starts from the first "
                        f"{words} and must write the rest")
    return starts[words]


def check_room_says_it(room, ids, k) -> list[list[int]]:
    """The room's top tokens at each step, once it is clear that greedy decoding gives the text."""
    v, tops = room.vocab, []
    for t in range(k, len(ids)):
        p = room.predict(ids[:t])
        top = sorted(range(len(p)), key=lambda w: -p[w])[:TOP]
        best = top[0]
        tops.append(top)
        if best != ids[t]:
            said = room.decode(ids[max(1, t - 8):t])
            raise UserError(f"the room itself does not say this text: after \"...{said}\" its likeliest next "
                            f"token is {v[best]!r} ({p[best]:.3f}), not {v[ids[t]]!r} ({p[ids[t]]:.3f}); "
                            f"a slice keeps only the room's rules, so it cannot say it either")
    return tops


def gather(room, ids, k, tops):
    """Everything the room used on the way, restricted to the competing tokens (`tops`: the room's
    top tokens at each step)."""
    v = room.vocab
    keep = set(ids).union(*tops)
    vocab = sorted(keep)
    rules = room.context_rules
    rest = lambda ctx: max(0.0, 1 - sum(rules.prob(w, ctx) for w in vocab))   # what the pooled tokens hold
    rows = {"unigram": {**{v[w]: rules.base[w] for w in vocab}, REST: rest(())}, "rules": {}, "mechanisms": {}}
    for t in range(k, len(ids)):
        for ctx in rules.matches(ids[:t]):
            listed, alpha = rules.rules[ctx]
            rows["rules"][tuple(v[w] for w in ctx)] = ({**{v[w]: q for w, q in listed.items() if w in keep},
                                                        REST: rest(ctx)}, alpha)
    mech = dict(room.mechanisms)
    steps = [ids[:t] for t in range(k, len(ids))]
    if "position" in mech:
        m = mech["position"]
        used = sorted({m.range(s) for s in steps})
        rows["mechanisms"]["position"] = {m.starts[r]: {v[w]: f for w, f in m.factors[r].items() if w in keep}
                                          for r in sorted(set(used) | {0})}
    if "dialogue" in mech:
        m = mech["dialogue"]
        rows["mechanisms"]["dialogue"] = {state: {v[w]: f for w, f in m.factors[state].items() if w in keep}
                                          for state in (False, True)}
    if "gender" in mech:
        m = mech["gender"]
        rows["gender_words"] = ([v[w] for w in sorted(m.female)], [v[w] for w in sorted(m.male)])
        rows["mechanisms"]["gender"] = {k: {v[w]: f for w, f in m.factors[k].items() if w in keep}
                                        for k in sorted({m.state(s) for s in steps})}
    if "priming" in mech:
        m = mech["priming"]
        by_distance = lambda w: m.seen[w] if isinstance(m.seen[w], list) else [m.seen[w]]   # rooms before distances
        seen = {v[w]: (*by_distance(w), m.unseen[w]) for w in vocab if w in m.seen}
        rows["seen_from"] = getattr(m, "starts", [1])
        related = {v[t]: {v[w]: f for w, f in m.related[t].items() if w in keep}
                   for t in sorted(set(ids) & set(m.related))}
        rows["mechanisms"]["priming"] = (seen, {t: r for t, r in related.items() if r})
    if "copying" in mech:
        m = mech["copying"]
        rows["mechanisms"]["copying"] = {g: list(zip(m.table.lows[g], m.table.factors[g])) for g in m.table.lows}
    if "calibration" in mech:
        m = mech["calibration"]
        used = sorted({m.context(s) for s in steps} - {None})
        rows["mechanisms"]["calibration"] = {tuple(v[w] for w in c): {v[w]: f for w, f in m.factors[c].items() if w in keep}
                                             for c in used}
    return rows


def count_rows(rows) -> int:
    """Context rules plus mechanism entries (a token's factor, a copying group)."""
    n = len(rows["rules"])
    for m, table in rows["mechanisms"].items():
        if m == "priming":
            n += len(table[0]) + sum(len(x) for x in table[1].values())
        elif m == "copying":
            n += len(table)
        else:
            n += sum(len(x) for x in table.values())
    return n


def fmt_dict(d) -> str:
    return "{" + ", ".join(f"{k!r}: {q!r}" for k, q in d.items()) + "}"


def chunks(items, n):
    return [", ".join(items[i:i + n]) + "," for i in range(0, len(items), n)]


@functools.lru_cache(maxsize=1)
def template():
    import jinja2
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"), autoescape=False,
                             keep_trailing_newline=True)
    return env.get_template("slice.py.j2")


def render(rows, pieces, k, room_name, file_name, tokenizer="sentencepiece") -> str:
    mech = rows["mechanisms"]
    lines = {"unigram": chunks([f"{w!r}: {q:.4g}" for w, q in rows["unigram"].items()], 4),
             "rules": [f"{tuple(c)!r}: ({fmt_dict(listed)}, {alpha:.4g})," for c, (listed, alpha) in rows["rules"].items()]}
    if "position" in mech:
        lines["position"] = [f"{s}: {fmt_dict(f)}," for s, f in mech["position"].items()]
    if "gender" in mech:
        states = ("no he/she yet", "female only", "male only", "both, last female", "both, last male")
        lines["gender"] = [f"{s}: {fmt_dict(f)},  # {states[s]}" for s, f in mech["gender"].items()]
        lines["female"], lines["male"] = (repr(x) for x in rows["gender_words"])
    if "dialogue" in mech:
        lines["dialogue"] = [f"{s}: {fmt_dict(f)},  # {'inside' if s else 'outside'}" for s, f in mech["dialogue"].items()]
    if "priming" in mech:
        seen, related = mech["priming"]
        lines["seen"] = chunks([f"{w!r}: ({', '.join(f'{x:.4g}' for x in f)})" for w, f in seen.items()], 2)
        lines["seen_from"] = repr(rows["seen_from"])
        lines["related"] = [f"{t!r}: {fmt_dict(r)}," for t, r in related.items()]
    if "copying" in mech:
        lines["copying"] = [f"{g!r}: [{', '.join(f'({lo}, {f:.4g})' for lo, f in r)}]," for g, r in mech["copying"].items()]
    if "calibration" in mech:
        lines["calibration"] = [f"{c!r}: {fmt_dict(f)}," for c, f in mech["calibration"].items()]
    return template().render(
        room=room_name, file=file_name, mechanisms=list(mech), start=repr(pieces[:k]), length=len(pieces),
        n_rules=count_rows(rows), tokenizer=tokenizer,
        n_tokens=len(rows["unigram"]) - 1, rest=REST, **lines)


def entry_removals(rows, m):
    """Ways to drop one entry of mechanism m's rows (each a function of the current rows)."""
    table = rows["mechanisms"][m]
    if m == "priming":
        seen, related = table
        out = [lambda r, w=w: with_mech(r, m, ({x: f for x, f in r["mechanisms"][m][0].items() if x != w},
                                               r["mechanisms"][m][1])) for w in seen]
        for t, listed in related.items():
            out += [lambda r, t=t, w=w: with_mech(r, m, (r["mechanisms"][m][0], {
                u: {x: f for x, f in fs.items() if (u, x) != (t, w)} for u, fs in r["mechanisms"][m][1].items()}))
                for w in listed]
        return out
    if m == "copying":
        return [lambda r, g=g: with_mech(r, m, {x: f for x, f in r["mechanisms"][m].items() if x != g})
                for g in table]
    return [lambda r, key=key, w=w: with_mech(r, m, {k: {x: f for x, f in fs.items() if (k, x) != (key, w)}
                                                     for k, fs in r["mechanisms"][m].items()})
            for key, fs in table.items() for w in fs]


def with_mech(rows, m, table):
    return {**rows, "mechanisms": {**rows["mechanisms"], m: table}}


def without_mech(rows, m):
    return {**rows, "mechanisms": {n: x for n, x in rows["mechanisms"].items() if n != m}}


def says(source, want) -> bool:
    scope = {"__name__": "slice"}
    try:
        exec(compile(source, "slice", "exec"), scope)
        return scope["greedy"]() == want
    except (ZeroDivisionError, ValueError, KeyError):
        return False


def build_slice(folder, text, words=3, file_name="slice.py", progress=None) -> tuple[str, dict]:
    if not text.strip():
        raise UserError("the text is empty: nothing to slice")
    room = load_room(folder).room
    ids = room.encode(text)
    pieces = [room.vocab[i] for i in ids]
    k = start_length(pieces, words)
    rows = gather(room, ids, k, check_room_says_it(room, ids, k))
    want = room.decode(ids)
    name, kind = Path(folder).name, room.manifest["tokenizer"]

    def ok(r):
        return says(render(r, pieces, k, name, file_name, kind), want)

    if not ok(rows):
        raise UserError("the slice with every row the room used does not say the text (its vocabulary is "
                        f"cut to the {len(rows['unigram']) - 1} competing tokens); the full room does")
    before = {"rules": len(rows["rules"]), "mechanisms": list(rows["mechanisms"])}
    for m in list(rows["mechanisms"]):
        trial = without_mech(rows, m)
        if ok(trial):
            rows = trial
    for ctx in sorted(rows["rules"], key=len):
        trial = {**rows, "rules": {c: x for c, x in rows["rules"].items() if c != ctx}}
        if ok(trial):
            rows = trial
        else:                                   # the rule stays: keep only the tokens it must list
            listed, alpha = rows["rules"][ctx]
            for w in sorted(listed, key=listed.get):
                fewer = {x: q for x, q in rows["rules"][ctx][0].items() if x != w}
                trial = {**rows, "rules": {**rows["rules"], ctx: (fewer, alpha)}}
                if ok(trial):
                    rows = trial
        if progress:
            progress()
    for m in rows["mechanisms"]:                # then the mechanism rows a remaining one holds
        for remove in entry_removals(rows, m):
            trial = remove(rows)
            if ok(trial):
                rows = trial
    for m in list(rows["mechanisms"]):         # a mechanism left with no rows changes nothing
        if count_rows({"rules": {}, "mechanisms": {m: rows["mechanisms"][m]}}) == 0:
            rows = without_mech(rows, m)
    source = render(rows, pieces, k, name, file_name, kind)
    assert says(source, want)
    info = {"text": want, "start": room.decode(ids[:k]), "tokens": len(ids) - k,
            "lines": source.count("\n"), "vocabulary": len(rows["unigram"]) - 1, "rules": len(rows["rules"]), "rows": count_rows(rows),
            "rules_used_by_the_room": before["rules"], "mechanisms": list(rows["mechanisms"]),
            "mechanisms_not_needed": [m for m in before["mechanisms"] if m not in rows["mechanisms"]]}
    return source, info
