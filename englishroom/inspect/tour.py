"""A guided tour of a room: the rows that carry most of its loss reduction on real stories.

Every token of the stories is traced through the room (explain.trace). Each step credits one
row of one table with a gain in nats:
  context rules  the rule that gave the token its probability, credited with ln(p / p'),
                 p' being what the rule one token shorter gives the token (the backoff the rule
                 replaces); the unigram table is credited against a uniform guess;
  mechanisms     the row the mechanism used for this token, credited with its contribution
                 ln(after / before); when no row names the token (it only moved because the
                 total changed) the credit goes to the mechanism's "(renormalisation)".
A row's weight is frequency x gain: the sum of its gains. The tour lists the heaviest rows,
each with the place its gain was largest and where it comes from.
"""
import math
from pathlib import Path

from tqdm import tqdm

from englishroom.inspect.explain import CONTEXT, cited_components, shown, trace
from englishroom.rooms import load_room


def rule_notes(folder) -> dict:
    """{context_rules.txt row key: the comment on its line (how often seen, nats saved)}."""
    notes = {}
    with open(Path(folder) / "tables" / "context_rules.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# ") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            notes[f"context_rules.txt {fields[0]}"] = fields[2].lstrip("# ") if len(fields) > 2 else ""
    return notes


def context_gain(room, prefix, token, after):
    """ln(p / p'): the rule that gave `token` its probability against the rule one token shorter
    (the unigram table against a uniform guess)."""
    rules = room.context_rules
    ctx = rules.rule_listing(prefix, token)
    if ctx is None:
        return math.log(after * room.vocab_size)
    return math.log(after / rules.prob(token, ctx[1:]))


def snippet(room, ids, t, before=10):
    return f"{room.decode(ids[max(1, t - before):t])}[[{shown(room.vocab[ids[t]])}]]"


def tour(folder, stories, top=20, progress=True, room=None) -> dict:
    room = room or load_room(folder).room
    rows, total, n = {}, 0.0, 0
    for s in tqdm(stories, desc="tour: tracing the stories", disable=not progress):
        for t in range(1, len(s)):
            p, steps = trace(room, s[:t], s[t])
            total += math.log(p[s[t]] * room.vocab_size)
            n += 1
            for st in steps:
                if st["mechanism"] == CONTEXT:
                    key, gain = st["row"], context_gain(room, s[:t], s[t], st["after"])
                else:
                    key = st["row"] or f"{st['mechanism']} (renormalisation)"
                    gain = st["contribution"]
                r = rows.setdefault(key, {"row": key, "mechanism": st["mechanism"], "uses": 0, "gain": 0.0,
                                          "best": -1e9})
                r["uses"] += 1
                r["gain"] += gain
                if gain > r["best"]:
                    r["best"], r["example"], r["why"] = gain, snippet(room, s, t), st["why"]
    notes, cites = rule_notes(folder), cited_components(folder)
    ranked = sorted(rows.values(), key=lambda r: -r["gain"])
    for r in ranked[:top]:
        r["mean_gain"] = r["gain"] / r["uses"]
        r["share"] = r["gain"] / total
        c = cites.get(r["mechanism"], {})
        if r["mechanism"] == CONTEXT:
            r["provenance"] = notes.get(r["row"]) or "the subject's average next-token distribution"
        else:
            table = "its table's other rows" if "renormalisation" in r["row"] else f"tables/{r['row'].split(' ')[0]}"
            r["provenance"] = (f"{table}: subject vs room averages on the probe stories; "
                               + (f"evidence cites {', '.join(c['components'])} ({c['status']})"
                                  if c.get("components") else "no component evidence in this room"))
    return {"room": str(folder), "stories": len(stories), "tokens": n, "reduction_vs_uniform": total,
            "rows_seen": len(rows), "top": ranked[:top],
            "share_of_top": sum(r["gain"] for r in ranked[:top]) / total}


def format_tour(t: dict) -> str:
    lines = [f"The {len(t['top'])} heaviest of {t['rows_seen']:,} rows on {t['stories']} stories "
             f"({t['tokens']:,} tokens); together {100 * t['share_of_top']:.1f}% of the room's loss reduction "
             f"against a uniform guess ({t['reduction_vs_uniform'] / t['tokens']:.2f} nats/token).",
             f"{'#':>3} {'share':>6} {'uses':>6} {'nats/use':>8}  row   -> example (where it gained most) | provenance"]
    for i, r in enumerate(t["top"], 1):
        lines.append(f"{i:>3} {100 * r['share']:>5.1f}% {r['uses']:>6} {r['mean_gain']:>8.2f}  {r['row']}")
        lines.append(f"{'':>29}-> {r['example']!r}  ({r['why']})")
        if r["provenance"]:
            lines.append(f"{'':>29}   {r['provenance']}")
    return "\n".join(lines)
