"""Explain a text token by token: what the room predicted, which rules fired, what each did.

For every token of the text (after BOS) the room's prediction is rebuilt step by step, the
way the room's own `Room.predict` builds it: the context rules first, then each mechanism in
the room's order. Each step reports the table row that touched the token (the room module's
own `explain`), the token's probability before and after, and its contribution in nats
(ln after/before; for the context rules, against the unigram table). The components a
mechanism cites are those its evidence names (provenance.json); context rules cite the
whole subject, whose average output they are.
"""
import json
import math
from pathlib import Path

from englishroom.errors import UserError
from englishroom.mechanisms import REGISTRY
from englishroom.rooms import load_room

CONTEXT = "context_rules"


def cited_components(folder) -> dict:
    """{mechanism: {"components": [...], "status": finding|hypothesis}} from the room's evidence."""
    prov_path = Path(folder) / "provenance.json"
    prov = json.loads(prov_path.read_text()) if prov_path.is_file() else {}
    out = {CONTEXT: {"components": [], "status": "averages of the whole subject's output"}}
    for name, e in prov.get("evidence", {}).get("mechanisms", {}).items():
        out[name] = {"components": e["components"], "status": e["status"]}
    return out


def trace(room, prefix, token) -> tuple[list, list[dict]]:
    """The room's distribution after `prefix`, and each step's effect on `token`."""
    p = room.context_rules.predict(prefix)
    row, why = room.context_rules.explain(prefix, token)
    base = room.context_rules.base[token]
    steps = [{"mechanism": CONTEXT, "row": row, "why": why, "before": base, "after": p[token]}]
    for name, mechanism in room.mechanisms:
        q = room.after([(name, mechanism)], prefix, p)
        said = mechanism.explain(prefix, token, p)
        steps.append({"mechanism": name, "row": said[0] if said else None,
                      "why": said[1] if said else "not this token (only the new total moves it)",
                      "before": p[token], "after": q[token]})
        p = q
    for s in steps:
        s["contribution"] = math.log(max(s["after"], 1e-300) / max(s["before"], 1e-300))
    return p, steps


def explain_ids(folder, ids, subject=None, top=3, room=None) -> dict:
    """Token-by-token explanation of `ids` (BOS first) under the room in `folder` (`room`: it, loaded)."""
    room = room or load_room(folder).room
    if len(ids) < 2:
        raise UserError("the text has no tokens to explain")
    subj = None
    if subject is not None:
        if len(ids) > subject.context_length:
            raise UserError(f"the text has {len(ids)} tokens with BOS, more than the subject's context "
                            f"({subject.context_length}); explain a shorter text or use --no-subject")
        subj = next(subject.story_logprobs([ids]))[1]
    cites = cited_components(folder)
    rows = []
    for t in range(1, len(ids)):
        p, steps = trace(room, ids[:t], ids[t])
        best = sorted(range(len(p)), key=lambda w: -p[w])[:top]
        lead = max(steps, key=lambda s: s["contribution"])
        rows.append({"position": t, "token": room.vocab[ids[t]], "id": ids[t], "room": p[ids[t]],
                     "subject": float(math.exp(subj[t - 1][ids[t]])) if subj is not None else None,
                     "room_top": [[room.vocab[w], p[w]] for w in best],
                     "led_by": lead["mechanism"] if lead["contribution"] > 0 else CONTEXT,
                     "steps": [{**s, "cites": cites.get(s["mechanism"], {}).get("components", [])}
                               for s in steps]})
    room_loss = -sum(math.log(r["room"]) for r in rows) / len(rows)
    out = {"room": str(folder), "text": room.decode(ids), "tokens": len(rows), "room_loss": room_loss,
           "mechanisms": [CONTEXT] + [n for n, _ in room.mechanisms], "cites": cites, "rows": rows}
    if subj is not None:
        out["subject_loss"] = -sum(math.log(r["subject"]) for r in rows) / len(rows)
    return out


def explain_text(folder, text, subject=None, room=None) -> dict:
    if not text.strip():
        raise UserError("the text is empty: nothing to explain")
    room = room or load_room(folder).room
    return explain_ids(folder, room.encode(text), subject, room=room)


def format_table(ex: dict, threshold=0.05) -> str:
    """A terminal table: one line per token, then the steps that moved it by >= `threshold` nats."""
    has_subject = ex["rows"] and ex["rows"][0]["subject"] is not None
    head = f"{'#':>3}  {'token':<14}{'room':>7}" + (f"{'subject':>9}" if has_subject else "") + "  led by / rule that fired"
    lines = [head, "-" * len(head)]
    for r in ex["rows"]:
        first = r["steps"][0]
        lines.append(f"{r['position']:>3}  {r['token']!r:<14}{r['room']:>7.3f}"
                     + (f"{r['subject']:>9.3f}" if has_subject else "")
                     + f"  [{r['led_by']}] {first['why']}")
        for s in r["steps"][1:]:
            if abs(s["contribution"]) >= threshold:
                cite = f"  cites {', '.join(s['cites'])}" if s["cites"] else ""
                lines.append(f"{'':>26}{s['contribution']:+.2f} {s['mechanism']}: {s['why']}{cite}")
    lines.append(f"room loss {ex['room_loss']:.3f} nats/token"
                 + (f", subject {ex['subject_loss']:.3f}" if "subject_loss" in ex else "")
                 + f" over {ex['tokens']} tokens")
    return "\n".join(lines)


def shown(piece: str) -> str:
    """How a token looks in running text (SentencePiece and GPT-2 byte-level pieces)."""
    return piece.replace("▁", " ").replace("<0x0A>", "\n").replace("Ġ", " ").replace("Ċ", "\n")


def render_html(explained: list, template="explain.html.j2", **page) -> str:
    import jinja2
    for ex in explained:
        for r in ex["rows"]:
            r["shown"] = shown(r["token"])
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"), autoescape=False)
    data = json.dumps(explained, ensure_ascii=False).replace("</", "<\\/")
    colours = {name: m.COLOUR for name, m in REGISTRY.items()}
    return env.get_template(template).render(explained=explained, explained_json=data, colours=colours, **page)


def room_subject(folder, model=None, required=False):
    """The subject to compare a room with: `model` when the user gives one; else the room's own subject,
    named in its provenance.json, loaded (and said so on stderr) only when it is that very model: for a
    llama2.c subject, the short name's file (stories260K) or the file recorded there, whichever has the
    SHA-256 recorded there. Otherwise None with a note on stderr, or, when the subject is `required`, a
    one-line error asking for --model: a path the user did not give is never loaded on a room's word alone."""
    import sys
    from englishroom.paths import shared_dir
    from englishroom.subjects import SHORT_NAMES, file_sha256_16, load_subject
    if model is not None:
        return load_subject(model)
    prov_path = Path(folder) / "provenance.json"

    def unavailable(why):
        if required:
            raise UserError(f"{why}; give the subject with --model")
        print(f"englishroom: {why}; showing the room alone (give --model to compare)", file=sys.stderr)

    try:
        recorded = json.loads(prov_path.read_text())["subject"]
        name, path, digest = recorded["name"], recorded.get("path"), recorded.get("sha256_16")
        assert all(isinstance(x, (str, type(None))) for x in (name, path, digest)) and name
    except (OSError, ValueError, KeyError, TypeError, AttributeError, AssertionError):
        return unavailable(f"{prov_path} does not name the room's subject")
    if recorded.get("kind") == "llama2.c" and digest:
        try:
            short = shared_dir().joinpath(*SHORT_NAMES[name]) if name in SHORT_NAMES else None
        except UserError:                                 # no shared folder here
            short = None
        found = [p for p in (short, path and Path(path)) if p and p.is_file()]
        same = [p for p in found if file_sha256_16(p) == digest]
        if not same:
            return unavailable(f"the room's subject {path or name} (named in {prov_path}) is not here" if not found
                               else f"{found[-1]} is not the room's subject: its SHA-256 is not the one {prov_path} "
                               "records")
        spec = name if same[0] == short else str(same[0])
    elif name in SHORT_NAMES:
        spec = name
    else:
        return unavailable(f"the room's subject {name} (named in {prov_path}) cannot be checked to be the model "
                           "the room was decompiled from")
    print(f"englishroom: comparing with the subject {name}, named in {prov_path}", file=sys.stderr)
    try:
        return load_subject(spec)
    except UserError as e:
        return unavailable(f"the room's subject {name} cannot be loaded ({e})")
