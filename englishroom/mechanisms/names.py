"""Names as variables: the room's probability for names moves onto the names this story has bound
(room modules: room_template/names.py, which finds the candidates, and readers.py, which reads the names).

Three tables:
  name_starts.txt  the tokens that start a name (readers.names) in at least half of their word-starting
                   occurrences in the derivation stories, and at least `min_positions` times;
  name_rules.txt   rules with a variable: after a context (up to `copy_match` tokens), the share of the
                   room's name mass that the name bound to NAME_k takes where n names are bound (NAMEk/n: the
                   subject's summed probability for it over the room's summed name mass); the (context, slot)
                   pairs that save the most nats (first order), at most RULES;
  names.txt        per group (NAME1 start with how much the room expects a name, NAME1 rest, ..., other
                   names), the subject's mean probability for its tokens against the room's (for a bound
                   name's start: against the room's name mass).
"""
import numpy as np

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import nats_saved, runtime, walk
from englishroom.measure.categories import words

NAME = "names"
ABOUT = "names as variables: the names this story bound (NAME1 the latest) take the probability rules give names"
TABLES = {"names.txt": {"rows": "group", "header": 1}, "name_starts.txt": {"rows": "token", "header": 0},
          "name_rules.txt": {"rows": "context"}}
RULES = 5000          # at most this many (context, slot) rules in name_rules.txt
NOT_DERIVED = ("a vocabulary without word pieces (characters): every word starts with the same lone space "
               "token, so a name's start is every word's; derived anyway on babyllama-tok105, it cost the room "
               "0.028 nats/token")
COLOUR = "#f5c6d6"
SLOTS = 3
ABOUT_TABLE = ("# Names: group = which bound name (NAME1: the one mentioned last) and whether the token starts it or\n"
               "# continues it; `other name start`: a token that starts a name this story has not bound.\n")


def name_starts(stories, texts, readers, min_positions):
    """{token: share of its word-starting occurrences that start a name}, for tokens where that is >= 1/2."""
    starts, names = {}, {}
    for s in stories:
        body = s[1:]
        bound = {n for n in readers.names(s, texts)}
        named_texts = {"".join(texts[w] for w in n).strip() for n in bound}
        for a, b, _initial in words([texts[w] for w in body]):
            w = body[a]
            starts[w] = starts.get(w, 0) + 1
            if "".join(texts[x] for x in body[a:b]).strip() in named_texts:
                names[w] = names.get(w, 0) + 1
    return {w: names[w] / starts[w] for w in names if starts[w] >= min_positions and names[w] * 2 >= starts[w]}


def add_position(sums, rules, code, prefix, texts, after, pieces, room_p, subject_p, longest):
    """Add one position's candidates to `sums`: {group: [subject total, room total, positions]}, and each
    bound name's start or letter, per context of up to `longest` tokens ending here, to `rules`:
    {(context, "k": slot k, and "k/n": slot k where n names are bound): [subject's summed probability for it,
    the room's summed name mass, positions, the subject's probability times ln(name mass / the room's), the
    room's summed probability for it]}. `pieces`: {text: first piece}."""
    mass, found = code.name_groups(code.name_candidates(prefix, texts, after, SLOTS, pieces), room_p)
    bound = min(len(code.names(prefix, texts)), SLOTS)
    for g in {g for g, _ in found.values()}:
        sums.setdefault(g, [0.0, 0.0, 0])[2] += 1
    for w, (g, base) in found.items():
        sums[g][0] += subject_p[w]
        sums[g][1] += base
        if g.startswith("NAME") and "res" not in g and mass > 0:   # a start or letter as last written
            slot = g[4:g.index(" ")]
            log_ratio = subject_p[w] * float(np.log(mass / max(room_p[w], 1e-12)))
            for k in range(1, min(longest, len(prefix) - 1) + 1):
                for key in (slot, f"{slot}/{bound}"):
                    acc = rules.setdefault((tuple(prefix[-k:]), key), [0.0, 0.0, 0, 0.0, 0.0])
                    acc[0] += subject_p[w]
                    acc[1] += mass
                    acc[2] += 1
                    acc[3] += log_ratio
                    acc[4] += room_p[w]


def table_text(sums, min_positions):
    lines = [ABOUT_TABLE, "# group\tsubject\troom\tpositions: the subject's and the room's mean total probability for\n"
             "# the group's tokens (for a bound name's start, the room's: its name mass), over `positions`\n",
             f"slots\t{SLOTS}\n"]
    for g, (q, r, n) in sorted(sums.items()):
        if n >= min_positions and r > 0 and q > 0:
            lines.append(f"{g}\t{q / n:.4g}\t{r / n:.4g}\t{n}\n")
    return "".join(lines)


def rules_text(rules, pieces, min_positions, budget):
    """name_rules.txt: the (context, slot) rules with `min_positions` places that save the most nats (at most
    `budget`), grouped by context. A rule gives the bound name the share q / M of the room's name mass (q: the
    subject's summed probability for it, M: the room's summed name mass); what that saves over the room's own
    probability p, to first order: sum of s ln(share * mass / p) - (share * M - sum p)
    = q ln(share) - (q - sum p) + sum s ln(mass / p): nats_saved(q, sum p, share) and the name mass's own term.
    A rule for slot k where n names are bound ("k/n") stands in for the plain one ("k") where it applies: it
    saves over that one's share s0, nats_saved(q, s0 M, share / s0) (the mass's own term is the same)."""
    scored = []
    for (ctx, slot), (q, m, n, log_ratio, r) in rules.items():
        if n < min_positions or q <= 0 or m <= 0:
            continue
        if "/" in slot:                                     # over the plain rule's share q0 / m0
            q0, m0 = rules[ctx, slot.split("/")[0]][:2]
            saved = nats_saved(q, q0 / m0 * m, q / m * m0 / q0)
        else:                                               # over the room's own probability
            saved = nats_saved(q, r, q / m) + log_ratio
        scored.append((float(saved), ctx, slot, q / m, n))
    chosen = sorted(scored, reverse=True)[:budget]
    by_ctx = {}
    for saved, ctx, slot, value, n in chosen:
        if saved > 0:
            by_ctx.setdefault(ctx, []).append((slot, value, n, saved))
    lines = ["# context\tslot:share ...\t# after the context, the share of the room's name mass (what it gives every\n"
             "# name's first token together) that the name bound to the slot takes: the subject's summed probability\n"
             "# for that name's first token (or letter) over the room's summed name mass, where the context occurred\n"
             "# (NAME1/2: where two names were bound, in place of NAME1 there)\n"]
    for ctx, rows in sorted(by_ctx.items(), key=lambda kv: -sum(r[3] for r in kv[1])):
        listed = " ".join(f"NAME{slot}:{value:.4g}" for slot, value, _, _ in sorted(rows))
        lines.append(f"{' '.join(pieces[w] for w in ctx)}\t{listed}\t# {max(r[2] for r in rows):,} positions, "
                     f"saves {sum(r[3] for r in rows):.1f} nats\n")
    return "".join(lines), sum(len(r) for r in by_ctx.values())


def derive(subject, stories, s, stage, progress):
    code, readers = runtime("names"), runtime("readers")
    pieces = subject.tokenizer_spec()["pieces"]
    texts = readers.piece_texts(pieces)
    if not any(len(t) > 1 and t[0] == " " and t[1:].isalpha() for t in texts):
        return None                           # see NOT_DERIVED
    starts = name_starts(stories, texts, readers, s.min_positions)
    if not starts:
        return None
    sums, rules, after = {}, {}, code.starts_after(starts, texts)
    first = {t: w for w, t in reversed(list(enumerate(texts)))}      # as the room's Names.pieces
    for story, room_p, subject_p in walk(subject, stage, stories, "measuring names", progress):
        for t in range(len(story)):
            add_position(sums, rules, code, story[: t + 1], texts, after, first, room_p[t], subject_p[t], s.copy_match)
    rules_table, n_rules = rules_text(rules, pieces, s.min_positions, RULES)
    starts_text = ("# piece\tshare of its word-starting occurrences in the derivation stories that start a name\n"
                   + "".join(f"{pieces[w]}\t{share:.4g}\n" for w, share in sorted(starts.items(), key=lambda x: -x[1])))
    positions = sum(n for _, _, n in sums.values())
    return MechanismTables(NAME, {"names.txt": table_text(sums, s.min_positions), "name_starts.txt": starts_text,
                                  "name_rules.txt": rules_table}, {
        "name_rules.txt": f"{n_rules:,} rules with a variable: after a context of up to {s.copy_match} tokens, the "
                          "share of the room's name mass the name bound to a slot takes (those that save the most nats)",
        "names.txt": f"{len(sums)} groups of name candidates, {positions:,} group-positions in "
                     f"{sum(map(len, stories)):,} positions of the derivation stories: the subject's mean probability "
                     f"for each bound name (NAME1..NAME{SLOTS}) against the room's name mass, and for other names",
        "name_starts.txt": f"{len(starts)} tokens that start a name in at least half of their word-starting "
                           "occurrences in the derivation stories"})
