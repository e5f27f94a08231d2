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
        q = mechanism.adjust(prefix, p)
        said = mechanism.explain(prefix, token)
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


def room_subject(folder, model=None):
    """The subject a room was decompiled from (or `model`), or None with a note when it cannot load."""
    import sys
    from englishroom.subjects import load_subject
    name = model
    if name is None:
        try:
            prov = json.loads((Path(folder) / "provenance.json").read_text())
            from englishroom.subjects import SHORT_NAMES
            name = prov["subject"]["name"]
            if name not in SHORT_NAMES:
                name = prov["subject"].get("path") or name
        except (OSError, ValueError, KeyError):
            return None
    try:
        return load_subject(name)
    except UserError as e:
        if model is not None:
            raise
        print(f"englishroom: the subject is not available ({e}); showing the room alone", file=sys.stderr)
        return None
