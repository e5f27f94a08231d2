"""The gap map: where a room loses nats to its subject, so that anyone can see what it does not yet know.

On real stories (story protocol, evaluate.py), every scored token's *gap* is the room's loss minus
the subject's, -ln p_room + ln p_subject, in nats; the gaps add up to (room loss - subject loss) x
tokens. The map splits that total seven ways, each a partition of the tokens:

  kind            the token's category (categories.py: character name, pronoun, punctuation, ...)
  occurrence      first occurrence of a word in the story, a repeat, or not a word
  position        how far into the story the token is, in tokens after BOS
  longest rule    the length of the longest context rule that ends the prefix (0: the unigram)
  beyond reach    how much the subject itself needs text older than the room's longest context:
                  its loss given only BOS and the last K tokens (K = the room's longest rule)
                  minus its loss given the whole prefix. Where that is large, no context rule can
                  know what the subject knows; only something that reads the whole story can.
  subject's p     the subject's probability of the token: where the subject is sure (0.5 or more) and
                  the room is not, the room's average is too broad for this story
  room's p        the room's probability of the token: under 0.001, the room all but rules out what
                  the subject said

Then the contexts that lose most: per longest matching rule, the gap summed over every place it
was the longest, with the place that lost the most as an example.
"""
import numpy as np
import torch
from tqdm import tqdm

from englishroom.measure import categories

POSITIONS = (1, 9, 33, 129)                 # first token after BOS of each position range
BEYOND = (-np.inf, 0.1, 0.5, 2.0)           # lower edges of the "beyond reach" ranges, nats
CHANCES = (0.5, 0.1, 0.01, 0.001)           # lower edges of the probability ranges, the surest first


def position_label(t):
    starts = [s for s in POSITIONS if s <= t]
    i = len(starts) - 1
    return f"{POSITIONS[i]}-{POSITIONS[i + 1] - 1}" if i + 1 < len(POSITIONS) else f"{POSITIONS[i]}+"


def beyond_label(x):
    i = int(np.searchsorted(BEYOND, x, side="right")) - 1
    if i == 0:
        return f"< {BEYOND[1]:g} nats"
    return f"{BEYOND[i]:g}-{BEYOND[i + 1]:g} nats" if i + 1 < len(BEYOND) else f">= {BEYOND[i]:g} nats"


@torch.no_grad()
def short_context_losses(subject, stories, k, batch=4096):
    """-ln p_subject(token | BOS + the last k tokens before it), for every scored token of every story
    (in order: story by story, position by position)."""
    by_length, n = {}, 0                       # windows grouped by length, so each batch is one tensor
    for s in stories:
        for t in range(1, len(s)):
            window = [s[0]] + s[max(1, t - k):t]
            by_length.setdefault(len(window), []).append((n, window, s[t]))
            n += 1
    out = np.empty(n)
    for rows in by_length.values():
        for i in range(0, len(rows), batch):
            chunk = rows[i:i + batch]
            logits = subject.logits(torch.tensor([w for _, w, _ in chunk]))[:, -1].float()
            lp = torch.log_softmax(logits, -1).gather(-1, torch.tensor([[y] for _, _, y in chunk]))[:, 0]
            out[[j for j, _, _ in chunk]] = -lp.numpy()
    return out


CHANCE_LABELS = [f"{low:g}-{high:g}" for high, low in zip((1,) + CHANCES, CHANCES)] + [f"< {CHANCES[-1]:g}"]


def chance_label(p):
    """0.5-1, 0.1-0.5, ..., < 0.001: the range of CHANCES that holds the probability `p`."""
    return CHANCE_LABELS[next((i for i, low in enumerate(CHANCES) if p >= low), len(CHANCES))]


SPLITS = {            # split -> (the key of a token's row, the order of the keys: None = most gap first)
    "kind": (lambda r: r["kind"], None),
    "occurrence": (lambda r: r["occurrence"], None),
    "position": (lambda r: position_label(r["t"]), lambda key: int(key.split("-")[0].rstrip("+"))),
    "longest rule": (lambda r: str(len(r["matched"])), int),
    "beyond reach": (lambda r: beyond_label(r["beyond"]), lambda key: [beyond_label(e + 1e-9) for e in BEYOND].index(key)),
    "subject's p": (lambda r: chance_label(np.exp(-r["subject"])), CHANCE_LABELS.index),
    "room's p": (lambda r: chance_label(np.exp(-r["room"])), CHANCE_LABELS.index),
}


def gap_map(subject, room, stories, top=20, progress=True) -> dict:
    """`room`: a loaded room (its `predict` and `context_rules`); `stories`: [BOS, ...] token lists, cut
    to the subject's context. -> the map (see the module's doc)."""
    k = room.context_rules.longest
    label = categories.categorizer(subject.token_text)
    subject_lp = dict(subject.story_logprobs(stories))
    short = iter(short_context_losses(subject, stories, k))
    rows = []                                    # one per scored token
    for i, s in enumerate(tqdm(stories, desc="gap map", unit="story", disable=not progress)):
        labels = label(s)
        for t in range(1, len(s)):
            subj = -float(subject_lp[i][t - 1][s[t]])
            room_loss = -float(np.log(max(room.predict(s[:t])[s[t]], 1e-300)))
            rows.append({"gap": room_loss - subj, "subject": subj, "room": room_loss, "beyond": next(short) - subj,
                         "kind": labels["kind"][t - 1], "occurrence": labels["occurrence"][t - 1],
                         "matched": room.context_rules.matches(s[:t]), "story": i, "t": t})
    total = sum(r["gap"] for r in rows)
    splits = {}
    for name, (key_of, order) in SPLITS.items():
        acc = {}
        for r in rows:
            a = acc.setdefault(key_of(r), [0.0, 0.0, 0.0, 0])
            a[0], a[1], a[2], a[3] = a[0] + r["gap"], a[1] + r["subject"], a[2] + r["room"], a[3] + 1
        keys = sorted(acc, key=order or (lambda x: -acc[x][0]))
        splits[name] = {key: {"tokens": acc[key][3], "gap_nats": round(acc[key][0], 1),
                              "share_of_gap": round(acc[key][0] / total, 4) if total else 0.0,
                              "subject_loss": round(acc[key][1] / acc[key][3], 4),
                              "room_loss": round(acc[key][2] / acc[key][3], 4)} for key in keys}
    by_context = {}
    for r in rows:
        ctx = r["matched"][-1] if r["matched"] else ()
        c = by_context.setdefault(ctx, [0.0, 0, r])
        c[0], c[1] = c[0] + r["gap"], c[1] + 1
        if r["gap"] > c[2]["gap"]:
            c[2] = r
    contexts = []
    for ctx, (g, places, ex) in sorted(by_context.items(), key=lambda kv: -kv[1][0])[:top]:
        s, t = stories[ex["story"]], ex["t"]
        contexts.append({"context": " ".join(room.vocab[w] for w in ctx) or "(none: unigram)",
                         "places": places, "gap_nats": round(g, 1), "share_of_gap": round(g / total, 4) if total else 0.0,
                         "example": {"before": subject.decode(s[max(1, t - 24):t]), "token": room.vocab[s[t]],
                                     "subject_p": round(float(np.exp(-ex["subject"])), 4),
                                     "room_p": round(float(np.exp(-ex["room"])), 4)}})
    return {"tokens": len(rows), "stories": len(stories), "longest_rule": k,
            "subject_loss": round(float(np.mean([r["subject"] for r in rows])), 4),
            "room_loss": round(float(np.mean([r["room"] for r in rows])), 4),
            "gap_nats": round(total, 1), "gap_per_token": round(total / len(rows), 4),
            "method": __doc__.split("\n\n", 1)[1].strip(), "splits": splits, "contexts": contexts}


def table(m: dict) -> str:
    """The map as text: each split's rows (tokens, share of the gap, losses), then the worst contexts."""
    lines = [f"gap map: room {m['room_loss']:.3f} - subject {m['subject_loss']:.3f} = {m['gap_per_token']:.3f} "
             f"nats/token over {m['tokens']:,} tokens of {m['stories']} stories ({m['gap_nats']:,.0f} nats); "
             f"the room's longest rule: {m['longest_rule']} tokens"]
    for name, rows in m["splits"].items():
        lines.append(f"\n{'by ' + name:<26}{'tokens':>9}{'share of gap':>14}{'subject':>9}{'room':>8}{'gap/token':>11}")
        for key, r in rows.items():
            lines.append(f"{key:<26}{r['tokens']:>9,}{100 * r['share_of_gap']:>13.1f}%{r['subject_loss']:>9.3f}"
                         f"{r['room_loss']:>8.3f}{r['room_loss'] - r['subject_loss']:>11.3f}")
    lines.append(f"\nthe {len(m['contexts'])} longest-rule contexts that lose most (summed over their places), each "
                 "with its worst place:")
    for c in m["contexts"]:
        e = c["example"]
        lines.append(f"{100 * c['share_of_gap']:5.1f}%  {c['gap_nats']:>8,.0f} nats  {c['places']:>6,} places  "
                     f"{c['context'][:36]:<36}  …{e['before'][-36:]!r} → {e['token']} "
                     f"(subject {e['subject_p']:.3f}, room {e['room_p']:.3f})")
    return "\n".join(lines)
