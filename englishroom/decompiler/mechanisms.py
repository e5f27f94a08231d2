"""Mechanisms pass: measure position, dialogue, gender, priming, copying and calibration against the room so far.

Each mechanism is derived in turn. The room as it stands (context rules, then the mechanisms
already derived) predicts every position of the derivation stories, using the room's own code;
the subject predicts the same positions; the mechanism's table is then a set of averages of
the two over the positions where its feature fires:
  copying                the subject's mean probability for a candidate, per group and per
                         range of the room's probability for it
  all the others         factors: (subject's summed probability + k) / (room's summed probability + k),
                         with k = `factor_prior` probability mass pulling rare cases toward 1
The table is written, the room reloaded with the mechanism on, and the next one measured.
"""
import json
import math
from collections import Counter

import numpy as np
from tqdm import tqdm

from englishroom.rooms import load_room, room_module

MECHANISMS = ("position", "dialogue", "gender", "priming", "copying", "calibration")
FEMALE = ("she", "She", "her", "Her", "herself")          # words that set the gender state
MALE = ("he", "He", "him", "his", "His", "himself")
EDGES = [0, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.2, 0.4, 0.7]   # probability ranges' lower edges
HEADER = ("# group\tfrom\tto\tsubject\troom\tpositions\n"
          "# `subject`: the subject's average probability for such a token; `room`: the room's\n"
          "# average before this step; over `positions` token-places in the probe stories.\n")


def derivation_stories(stories, tokens):
    """An even spread of the probe stories holding about `tokens` tokens."""
    total = sum(len(s) - 1 for s in stories)
    step = max(1, round(total / max(tokens, 1)))
    return stories[::step]


def walk(subject, folder, stories, desc, progress):
    """Yield (story, room's predictions [T, V], subject's [T, V]) with the room in `folder`."""
    room = load_room(folder).room
    bar = tqdm(total=sum(len(s) for s in stories), desc=desc, unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        s = stories[i]
        mine = np.array([room.predict(s[: t + 1]) for t in range(len(s))])
        bar.update(len(s))
        yield s, mine, np.exp(lp.astype(np.float64))
    bar.close()


class CalibrationSums:
    def __init__(self):
        self.sums = {}      # (group, bin) -> [subject, room, positions]

    def add(self, group, tokens, mine, theirs):
        bins = np.searchsorted(EDGES, mine[tokens], side="right") - 1
        for b, q, r in zip(bins, theirs[tokens], mine[tokens]):
            acc = self.sums.setdefault((group, int(b)), [0.0, 0.0, 0])
            acc[0] += q
            acc[1] += r
            acc[2] += 1

    def write(self, path, about, min_positions):
        with open(path, "w", encoding="utf-8") as f:
            f.write(about + HEADER)
            for (group, b), (q, r, n) in sorted(self.sums.items()):
                if n >= min_positions:
                    hi = EDGES[b + 1] if b + 1 < len(EDGES) else 1
                    f.write(f"{group}\t{EDGES[b]:g}\t{hi:g}\t{q / n:.4g}\t{r / n:.4g}\t{n}\n")
        return sum(n for _, _, n in self.sums.values())


def derive_copying(subject, folder, stories, s, progress):
    copying = room_module(folder, "copying")
    pieces = subject.tokenizer_spec()["pieces"]
    sums = CalibrationSums()
    for story, mine, theirs in walk(subject, folder, stories, "measuring copying", progress):
        for t in range(len(story)):
            groups = {}
            for w, (m, share) in copying.candidates(story[: t + 1]).items():
                groups.setdefault(copying.group(m, share, pieces[w]), []).append(w)
            for g, ws in groups.items():
                sums.add(g, ws, mine[t], theirs[t])
    n = sums.write(f"{folder}/tables/copying.txt",
                   "# Copying: group = match length (tokens that agree before the earlier copy) ), whether\n"
                   "# the candidate starts a word or continues one, and how often it followed.\n",
                   s.min_positions)
    return {"copying.txt": f"calibration of {n:,} copy candidates at {sum(map(len, stories)):,} positions "
                           "of the derivation stories: the subject's mean probability per match length "
                           "and range of the room's probability"}


def factor_table(sq, sr, k):
    """Factors (subject's summed probability + k) / (room's + k): rare cases stay near 1."""
    return (sq + k) / (sr + k)


def derive_priming(subject, folder, stories, s, progress):
    V = subject.vocab_size
    pieces = subject.tokenizer_spec()["pieces"]
    k = s.factor_prior
    # 1. each token, by how long ago it last occurred (or not yet): per-token factors
    B = len(SEEN_STARTS)
    sq, sr = np.zeros((B + 1, V)), np.zeros((B + 1, V))
    for story, mine, theirs in walk(subject, folder, stories, "measuring priming (seen)", progress):
        last = {}                                # token -> where it last occurred so far
        for t in range(len(story)):
            if t > 0:
                last[story[t]] = t
            ws = np.fromiter(last, int, len(last))
            b = np.searchsorted(SEEN_STARTS, t + 1 - np.fromiter(last.values(), int, len(last)), side="right") - 1
            for acc, probs in ((sq, theirs[t]), (sr, mine[t])):
                acc[B] += probs                      # every token counts as not seen yet ...
                acc[B, ws] -= probs[ws]              # ... except the seen ones, which go by how long ago
                acc[b, ws] += probs[ws]
    factor = factor_table(sq, sr, k)
    spread = np.log(factor).max(0) - np.log(factor).min(0)
    with open(f"{folder}/tables/priming_seen.txt", "w", encoding="utf-8") as f:
        f.write("# piece, a factor for each range of how many tokens ago it last occurred in the story (the first\n"
                "# row gives each range's first distance; 1 = the token just before), then one for not seen yet.\n"
                f"# Factors: (subject's summed probability + k) / (room's + k), k = {k}. Tokens whose factors vary most first.\n")
        f.write("piece\t" + "\t".join(map(str, SEEN_STARTS)) + "\tnot seen\n")
        for w in np.argsort(-spread):
            f.write(f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n")
    with open(f"{folder}/tables/priming_related.txt", "w", encoding="utf-8") as f:
        f.write("")
    switch_on(folder, "priming", ["priming_seen.txt", "priming_related.txt"])
    # 2. related words: sum both sides per (trigger, token) over the positions after the trigger
    # first occurs and before the token does; triggers are words in few stories (content words).
    # Only the `related_vocab` tokens in most stories take part (a 50k vocabulary would not fit).
    share = np.zeros(V)
    for story in stories:
        share[list(set(story[1:]))] += 1 / len(stories)
    vocab = np.argsort(-share, kind="stable")[: s.related_vocab]
    col = np.full(V, -1)
    col[vocab] = np.arange(len(vocab))
    triggers = {int(a) for a in vocab if share[a] <= s.trigger_share}
    n = len(vocab)
    sq, sr, npos = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    for story, mine, theirs in walk(subject, folder, stories, "measuring priming (related)", progress):
        T = len(story)
        first = {}
        for t in range(1, T):
            first.setdefault(story[t], t)
        f_b = np.full(n, T)
        for w, t in first.items():
            if col[w] >= 0:
                f_b[col[w]] = t
        theirs, mine = theirs[:, vocab], mine[:, vocab]
        cq = np.vstack([np.cumsum(theirs[::-1], 0)[::-1], np.zeros((1, n))])   # sums over t' >= t
        cr = np.vstack([np.cumsum(mine[::-1], 0)[::-1], np.zeros((1, n))])
        for a, fa in first.items():
            if a in triggers:
                hi = np.maximum(fa, f_b)
                sq[col[a]] += cq[fa] - cq[hi, np.arange(n)]
                sr[col[a]] += cr[fa] - cr[hi, np.arange(n)]
                npos[col[a]] += hi - fa
    factor = factor_table(sq, sr, k)
    gain = sq * np.log(factor) - (sq - sr)        # what scaling by the factor saves, in nats
    np.fill_diagonal(gain, 0)
    gain[(npos < s.min_positions) | (np.abs(np.log(factor)) < math.log(s.min_factor))] = 0
    chosen = [divmod(int(c), n) for c in np.argsort(gain, axis=None)[::-1][: s.related_budget]]
    chosen = [(a, b) for a, b in chosen if gain[a, b] > 0]
    by_trigger = {}
    for a, b in chosen:
        by_trigger.setdefault(a, []).append(b)
    order = sorted(by_trigger, key=lambda a: -sum(gain[a, b] for b in by_trigger[a]))
    name = [pieces[w] for w in vocab]
    with open(f"{folder}/tables/priming_related.txt", "w", encoding="utf-8") as f:
        f.write("# trigger\ttokens it makes more (factor > 1) or less likely once it has occurred\t# saves\n"
                "# factor = (subject's summed probability + k) / (room's + k) over the positions after the\n"
                f"# trigger and before the token itself, in the probe stories; k = {k}. Most useful first.\n")
        for a in order:
            bs = sorted(by_trigger[a], key=lambda b: -factor[a, b])
            listed = " ".join(f"{name[b]} {factor[a, b]:.3g}" for b in bs)
            f.write(f"{name[a]}\t{listed}\t# saves {sum(gain[a, b] for b in bs):.1f} nats\n")
    return {"priming_seen.txt": f"per-token factors for {len(SEEN_STARTS)} ranges of how many tokens ago the token "
                                "last occurred, and for not seen yet",
            "priming_related.txt": f"{len(chosen):,} (trigger, token) factors, the top by nats saved, "
                                   f"triggers being tokens in at most {s.trigger_share:.0%} of the stories "
                                   f"(pairs with at least {s.min_positions} positions and a factor beyond "
                                   f"x{s.min_factor} either way)"}


def derive_states(subject, folder, stories, s, progress, name, state_of, n_states):
    """Per-token factors for each state of the story (which `state_of(prefix)` gives)."""
    V = subject.vocab_size
    sq, sr, n = np.zeros((n_states, V)), np.zeros((n_states, V)), np.zeros(n_states)
    for story, mine, theirs in walk(subject, folder, stories, f"measuring {name}", progress):
        states = np.array([state_of(story[: t + 1]) for t in range(len(story))])
        np.add.at(sq, states, theirs)
        np.add.at(sr, states, mine)
        np.add.at(n, states, 1)
    return factor_table(sq, sr, s.factor_prior), n


def derive_dialogue(subject, folder, stories, s, progress):
    dialogue = room_module(folder, "dialogue")
    pieces = subject.tokenizer_spec()["pieces"]
    quotes = dialogue.quote_marks(pieces)
    factor, n = derive_states(subject, folder, stories, s, progress, "dialogue",
                              lambda prefix: int(dialogue.inside_quotation(prefix, quotes)), 2)
    with open(f"{folder}/tables/dialogue.txt", "w", encoding="utf-8") as f:
        f.write("# piece\tinside a quotation\toutside\t# factors: (subject's summed probability + k) / "
                f"(room's + k), k = {s.factor_prior}\n# {int(n[1]):,} positions inside, {int(n[0]):,} "
                "outside. Tokens whose two factors differ most first.\n")
        for w in np.argsort(-np.abs(np.log(factor[1] / factor[0]))):
            f.write(f"{pieces[w]}\t{factor[1, w]:.4g}\t{factor[0, w]:.4g}\n")
    return {"dialogue.txt": f"per-token factors inside and outside quotations, from {int(n.sum()):,} positions"}


def gender_words(pieces, words):
    """The tokens of `words` as pieces of this vocabulary (a leading space: ▁ or Ġ)."""
    have = set(pieces)
    return [m + w for w in words for m in ("▁", "Ġ") if m + w in have]


def derive_gender(subject, folder, stories, s, progress):
    gender = room_module(folder, "gender")
    pieces = subject.tokenizer_spec()["pieces"]
    ids = {p: i for i, p in enumerate(pieces)}
    female, male = gender_words(pieces, FEMALE), gender_words(pieces, MALE)
    if not female or not male:
        return {}                                # no he/she words in this vocabulary: no gender mechanism
    f_ids, m_ids = {ids[p] for p in female}, {ids[p] for p in male}
    factor, n = derive_states(subject, folder, stories, s, progress, "gender",
                              lambda prefix: gender.gender_state(prefix, f_ids, m_ids), len(gender.STATES))
    spread = np.log(factor).max(0) - np.log(factor).min(0)
    with open(f"{folder}/tables/gender.txt", "w", encoding="utf-8") as f:
        f.write("# piece\t" + "\t".join(gender.STATES) + "\t# factors: (subject's summed probability + k) / "
                f"(room's + k), k = {s.factor_prior}\n# " + ", ".join(f"{int(x):,}" for x in n)
                + " positions in these states. The first row lists the words that set the state.\n")
        f.write("words\t" + " ".join(female) + "\t" + " ".join(male) + "\n")
        for w in np.argsort(-spread):
            f.write(f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n")
    return {"gender.txt": f"per-token factors with no he/she word yet, with female words only, male only, "
                          "and both (by which came last), "
                          f"from {int(n.sum()):,} positions"}


POSITION_STARTS = [0, 4, 16, 48, 128, 256, 384]
SEEN_STARTS = [1, 3, 6, 12, 24, 48, 96]


def derive_position(subject, folder, stories, s, progress):
    pieces = subject.tokenizer_spec()["pieces"]
    factor, n = derive_states(subject, folder, stories, s, progress, "position",
                              lambda prefix: int(np.searchsorted(POSITION_STARTS, len(prefix) - 1,
                                                                 side="right") - 1),
                              len(POSITION_STARTS))
    spread = np.log(factor).max(0) - np.log(factor).min(0)
    with open(f"{folder}/tables/position.txt", "w", encoding="utf-8") as f:
        f.write("# piece, then a factor for each range of story length so far; the first row gives each\n"
                "# range's first length (tokens). Factors: (subject's summed probability + k) / (room's + k),\n"
                f"# k = {s.factor_prior}, from " + ", ".join(f"{int(x):,}" for x in n) + " positions. "
                "Tokens whose factors vary most first.\n")
        f.write("piece\t" + "\t".join(map(str, POSITION_STARTS)) + "\n")
        for w in np.argsort(-spread):
            f.write(f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n")
    return {"position.txt": f"per-token factors for {len(POSITION_STARTS)} ranges of story length"}


def derive_calibration(subject, folder, stories, s, progress):
    """Per context: the subject's summed probability for each token its rule lists over the room's,
    at the places where it is the longest context occurring `calibration_positions` times or more."""
    rules = load_room(folder).room.context_rules
    pieces = subject.tokenizer_spec()["pieces"]
    count = Counter(c for story in stories for t in range(len(story)) for c in rules.matches(story[: t + 1]))
    sums = {}      # context -> [its rule's listed tokens, subject's sums, room's sums, positions]
    for story, mine, theirs in walk(subject, folder, stories, "measuring calibration", progress):
        for t in range(len(story)):
            ctx = next((c for c in reversed(rules.matches(story[: t + 1]))
                        if count[c] >= s.calibration_positions), None)
            if ctx is None:
                continue
            if ctx not in sums:
                ws = np.array(sorted(rules.rules[ctx][0]))
                sums[ctx] = [ws, np.zeros(len(ws)), np.zeros(len(ws)), 0]
            acc = sums[ctx]
            acc[1] += theirs[t, acc[0]]
            acc[2] += mine[t, acc[0]]
            acc[3] += 1
    lines = []
    for ctx, (ws, sq, sr, n) in sums.items():
        factor = factor_table(sq, sr, s.factor_prior)
        gain = float((sq * np.log(factor) - (sq - sr)).sum())
        keep = [i for i in np.argsort(-sq, kind="stable") if abs(math.log(factor[i])) >= math.log(s.calibration_min_factor)]
        if keep:
            listed = " ".join(f"{pieces[ws[i]]} {factor[i]:.4g}" for i in keep)
            lines.append((-gain, " ".join(pieces[w] for w in ctx), listed, n))
    lines.sort()
    with open(f"{folder}/tables/calibration.txt", "w", encoding="utf-8") as f:
        f.write("# context\tits rule's tokens and their factors\t# positions, nats saved\n"
                f"# Contexts occurring at least {s.calibration_positions} times in the probe stories the mechanisms "
                "are measured on.\n# factor = (subject's summed probability + k) / (room's + k), "
                f"k = {s.factor_prior}, over the places where the context\n# is the longest of this table; "
                f"factors within x{s.calibration_min_factor} of 1 are left out. Most useful first.\n")
        for neg_gain, context, listed, n in lines:
            f.write(f"{context}\t{listed}\t# {n:,} positions, saves {-neg_gain:.1f} nats\n")
    return {"calibration.txt": f"factors for the listed tokens of {len(lines):,} contexts occurring at least "
                               f"{s.calibration_positions} times in the derivation stories: the subject's summed "
                               "probability over the room's with every mechanism before it"}


def switch_on(folder, name, tables):
    """List the mechanism and its tables in the room's manifest, so the room uses it."""
    path = f"{folder}/room.json"
    with open(path) as f:
        manifest = json.load(f)
    if name not in manifest["mechanisms"]:
        manifest["mechanisms"].append(name)
    manifest["tables"] += [t for t in tables if t not in manifest["tables"]]
    with open(path, "w") as f:
        f.write(json.dumps(manifest, indent=2) + "\n")


DERIVE = {"position": derive_position, "dialogue": derive_dialogue, "gender": derive_gender, "priming": derive_priming,
          "copying": derive_copying, "calibration": derive_calibration}


def derive_mechanisms(subject, folder, stories, s, progress=True) -> dict:
    """Derive each mechanism in `s.mechanisms` in order, switching each on when its table is written."""
    stories = derivation_stories(stories, s.mechanism_tokens)
    tables = {}
    for name in MECHANISMS:
        if name in s.mechanisms:
            made = DERIVE[name](subject, folder, stories, s, progress)
            if made:
                switch_on(folder, name, list(made))
                tables.update(made)
    return {"derivation_stories": len(stories), "derivation_tokens": sum(len(x) - 1 for x in stories),
            "tables": tables}
