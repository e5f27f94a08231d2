"""Rules that read the state: context rules specialised by a reader's value (room module:
room_template/state.py; the readers: room_template/readers.py).

Two passes over an even spread of `state_tokens` probe-story tokens (more than the mechanisms'
derivation stories: only the subject and the context rules run on them, not the whole room):

  candidates  at each position, the context rules that match there (the one that fires, the
              longest, and its shorter suffixes) and each reader's value (pronoun=female,
              quotation=inside, ...). Per context, the subject's summed next-token probabilities
              over all its places, and per (value, context) over the places with that value. A
              (value, context) pair at `min_positions` places or more is a candidate where the
              subject with the value differs from its own average at the context (the tokens whose
              factor is at least `min_factor` away from 1 save a nat or more), at most
              `state_budget` of them, the most saving first.
  in the room the room's own state code with the candidates (for each reader, the row of its value
              whose context is the longest among the matching rules) says which row applies at each
              position; a row's factors are then the subject's summed probability where it applies
              against the room's before this step, (subject + k) / (room + k), as every other
              mechanism's. It lists the tokens at least `min_factor` away from 1 that either sum
              gives at least `list_min`, and is kept where they save a nat or more (nats_saved).

The second pass matters because the rule that fires is often much longer than the row's context: a
row measured against the subject's average at its own short context would scale a prediction that a
longer rule already got right.
"""
import numpy as np
from tqdm import tqdm

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import derivation_stories, factor_table, nats_saved, runtime
FEMALE = ("she", "She", "her", "Her", "herself")          # the words the pronoun and topic readers look for
MALE = ("he", "He", "him", "his", "His", "himself")
THING = ("it", "It", "its", "Its", "itself")       # the words that make the topic reader's value "thing"
WORDS = {"female": set(FEMALE), "male": set(MALE), "thing": set(THING)}

NAME = "state"
ABOUT = ("context rules specialised by the story's state: whose story it is (he or she), whether a person "
         "or a thing was spoken of last (he/she or it), inside a quotation or not")
TABLES = {"state_rules.txt": {"rows": "listed", "key": 1, "header": 1}}
COLOUR = "#d6f0e0"


def keys_of(stories, code, context_rules, texts, progress):
    """Per story, per position: (the contexts of the rules that match, shortest first, [reader=value, ...])."""
    out = []
    for s in tqdm(stories, desc="state: readers and rules", disable=not progress):
        out.append([(context_rules.matches(s[: t + 1]), code.state_values(s[: t + 1], texts, WORDS))
                    for t in range(len(s))])
    return out


def frequent(keys, min_positions):
    """The contexts, and the (value, context) pairs, at `min_positions` places or more."""
    n_ctx, n_val = {}, {}
    for row in keys:
        for found, values in row:
            for c in found:
                n_ctx[c] = n_ctx.get(c, 0) + 1
                for v in values:
                    n_val[v, c] = n_val.get((v, c), 0) + 1
    pairs = {vc: n for vc, n in n_val.items() if n >= min_positions and n < n_ctx[vc[1]]}
    return {c: n_ctx[c] for _, c in pairs}, pairs


def rows_of(sums, n_ctx, pairs, s):
    """The candidates: kept_rows of each (value, context) pair's summed probabilities against the
    context's over all values, scaled to as many places."""
    return kept_rows({(v, c): (sums[v, c], sums[c].astype(np.float64) * (n / n_ctx[c])) for (v, c), n in pairs.items()},
                     pairs, s)


def kept_rows(sums, n, s):
    """[(saved nats, value, context, {token: factor}, places)] for the rows worth keeping, the most saving
    first, at most `state_budget`: `sums` {(value, context): (the subject's summed probability, the
    reference's)} over `n[value, context]` places."""
    out = []
    for (v, c), (subject, reference) in sums.items():
        subject, reference = subject.astype(np.float64), reference.astype(np.float64)
        f = factor_table(subject, reference, s.factor_prior)
        listed = np.flatnonzero((np.abs(np.log(f)) >= np.log(s.min_factor))
                                & (np.maximum(subject, reference) / n[v, c] >= s.list_min))
        saved = float(nats_saved(subject[listed], reference[listed], f[listed]).sum())
        if len(listed) and saved >= 1:
            out.append((saved, v, c, {int(w): float(f[w]) for w in listed}, n[v, c]))
    return sorted(out, key=lambda r: -r[0])[:s.state_budget]


def in_the_room(subject, stories, rows, pieces, s, stage, progress):
    """The candidate rows measured again where each one applies in the room (the room's own state code,
    the longest row of each value among the matching rules): the subject's summed probability there
    against the room's before this step, factors and nats saved as every other mechanism's."""
    candidates = MechanismTables(NAME, {"state_rules.txt": table(rows, pieces, s.factor_prior)}, {})
    before, state = stage.room(), stage.room(candidates).mechanisms[-1][1]
    sums, n = {}, {}
    bar = tqdm(total=sum(map(len, stories)), desc="state rules in the room", unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        story = stories[i]
        for t in range(len(story)):
            fired = state.fired(story[: t + 1])
            if not fired:
                continue
            p, r = np.exp(lp[t].astype(np.float64)), np.asarray(before.predict(story[: t + 1]), np.float64)
            for key in fired:
                if key not in sums:
                    sums[key], n[key] = (np.zeros(len(p)), np.zeros(len(p))), 0
                np.add(sums[key][0], p, out=sums[key][0])
                np.add(sums[key][1], r, out=sums[key][1])
                n[key] += 1
        bar.update(len(story))
    bar.close()
    return kept_rows(sums, n, s)


def table(rows, pieces, k):
    lines = ["# reader=value\tcontext\tpiece factor ...\t# the places where the row applies; nats saved\n"
             f"# factor: (the subject's summed probability where the row applies + k) / (the room's, before\n"
             f"# this step, + k), k = {k}. A row applies where its context is the longest of the matching\n"
             "# rules' that has a row for the value. The first row lists the words the pronoun and topic\n"
             "# readers look for: female, male, thing.\n",
             "words\t" + "\t".join(" ".join(sorted(WORDS[k])) for k in ("female", "male", "thing")) + "\n"]
    for saved, v, c, factors, n in rows:
        listed = " ".join(f"{pieces[w]} {f:.4g}" for w, f in sorted(factors.items(), key=lambda x: -abs(np.log(x[1]))))
        lines.append(f"{v}\t{' '.join(pieces[w] for w in c)}\t{listed}\t# {n:,} places, saves {saved:.1f} nats\n")
    return "".join(lines)


def derive(subject, stories, s, stage, progress):
    stories = derivation_stories(stage.program.stories, s.state_tokens)
    code, readers = runtime("state"), runtime("readers")
    pieces = subject.tokenizer_spec()["pieces"]
    texts = readers.piece_texts(pieces)
    keys = keys_of(stories, code, stage.room().context_rules, texts, progress)
    n_ctx, pairs = frequent(keys, s.min_positions)
    sums = {k: np.zeros(subject.vocab_size, np.float32) for k in list(n_ctx) + list(pairs)}
    bar = tqdm(total=sum(map(len, stories)), desc="measuring state", unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        p = np.exp(lp.astype(np.float32))
        for t, (found, values) in enumerate(keys[i]):
            for c in found:
                if c in n_ctx:
                    sums[c] += p[t]
                    for v in values:
                        if (v, c) in pairs:
                            sums[v, c] += p[t]
        bar.update(len(stories[i]))
    bar.close()
    rows = rows_of(sums, n_ctx, pairs, s)
    if not rows:
        return None
    rows = in_the_room(subject, stories, rows, pieces, s, stage, progress)
    if not rows:
        return None
    by_value = {}
    for r in rows:
        by_value[r[1]] = by_value.get(r[1], 0) + 1
    return MechanismTables(NAME, {"state_rules.txt": table(rows, pieces, s.factor_prior)}, {
        "state_rules.txt": f"{len(rows):,} context rules specialised by a reader's value ("
                           + ", ".join(f"{v}: {n}" for v, n in sorted(by_value.items()))
                           + f"), from {sum(map(len, stories)):,} positions: the subject's mean where the row applies "
                             "against the room's before this step, those that save the most nats"})
