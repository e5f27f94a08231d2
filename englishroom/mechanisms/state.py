"""Rules that read the state: context rules specialised by a reader's value (room module:
room_template/state.py; the readers: room_template/readers.py).

At each position of the derivation stories: the context rules that match there (the one that fires,
the longest, and its shorter suffixes) and each reader's value (pronoun=female, quotation=inside, ...).
Per context, the subject's summed next-token probabilities over all its places, and per (value,
context) over the places with that value. A (value, context) row lists the tokens whose factor
(summed with the value + k) / (summed over all, scaled to as many places, + k) is at least
`min_factor` away from 1 and which either sum gives at least `list_min` (the rules' own); it is kept
where its places are at least `min_positions` and it saves at least one nat (first order,
nats_saved), at most `state_budget` rows, the most saving first; the room uses the longest with a row
for the value.
Measured on an even spread of `state_tokens` probe-story tokens (not the mechanisms' derivation
stories: only the subject runs on them, not the room). Only the subject's outputs are averaged: a row
says how the state moves the subject away from its own average at that context, whatever the room
predicts.
"""
import numpy as np
from tqdm import tqdm

from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import derivation_stories, factor_table, nats_saved, runtime
FEMALE = ("she", "She", "her", "Her", "herself")          # the words the pronoun and topic readers look for
MALE = ("he", "He", "him", "his", "His", "himself")
THING = ("it", "It", "its", "Its", "itself")       # the words that make the topic reader's value "thing"
PRESENT = ("is", "are", "has", "says", "goes", "sees", "likes", "loves", "wants", "looks", "runs", "plays", "gets",
           "feels", "thinks", "comes", "takes", "makes", "asks", "tells", "finds", "does", "lives", "smiles", "gives",
           "knows", "starts", "decides", "hears", "jumps")    # the words of the tense reader: a present verb,
PAST = ("was", "were", "had", "said", "went", "saw", "liked", "loved", "wanted", "looked", "ran", "played", "got",
        "felt", "thought", "came", "took", "made", "asked", "told", "found", "did", "lived", "smiled", "gave",
        "knew", "started", "decided", "heard", "jumped")      # ... and the same verb in the past
KINDS = ("female", "male", "thing", "present", "past")
WORDS = dict(zip(KINDS, map(set, (FEMALE, MALE, THING, PRESENT, PAST))))

NAME = "state"
ABOUT = ("context rules specialised by the story's state: whose story it is (he or she), whether a person "
         "or a thing was spoken of last (he/she or it), inside a quotation or not, told in the present or the past")
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
    """[(saved nats, value, context, {token: factor}, places)] for the rows worth keeping."""
    out = []
    for (v, c), n in pairs.items():
        subject = sums[v, c].astype(np.float64)
        expected = sums[c].astype(np.float64) * (n / n_ctx[c])      # the context's average, as many places
        f = factor_table(subject, expected, s.factor_prior)
        listed = np.flatnonzero((np.abs(np.log(f)) >= np.log(s.min_factor))
                                & (np.maximum(subject, expected) / n >= s.list_min))
        saved = float(nats_saved(subject[listed], expected[listed], f[listed]).sum())
        if len(listed) and saved >= 1:
            out.append((saved, v, c, {int(w): float(f[w]) for w in listed}, n))
    return sorted(out, key=lambda r: -r[0])[:s.state_budget]


def table(rows, pieces, n_ctx, k):
    lines = ["# reader=value\tcontext\tpiece factor ...\t# places with the value, of the context's; nats saved\n"
             f"# factor: (the subject's summed probability with the value + k) / (its summed probability at the\n"
             f"# context over all values, scaled to as many places, + k), k = {k}. The first row lists the\n"
             "# words the pronoun, topic and tense readers look for: female, male, thing, present, past.\n",
             "words\t" + "\t".join(" ".join(sorted(WORDS[k])) for k in KINDS) + "\n"]
    for saved, v, c, factors, n in rows:
        listed = " ".join(f"{pieces[w]} {f:.4g}" for w, f in sorted(factors.items(), key=lambda x: -abs(np.log(x[1]))))
        lines.append(f"{v}\t{' '.join(pieces[w] for w in c)}\t{listed}\t# {n:,} of {n_ctx[c]:,} places, "
                     f"saves {saved:.1f} nats\n")
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
    by_value = {}
    for r in rows:
        by_value[r[1]] = by_value.get(r[1], 0) + 1
    return MechanismTables(NAME, {"state_rules.txt": table(rows, pieces, n_ctx, s.factor_prior)}, {
        "state_rules.txt": f"{len(rows):,} context rules specialised by a reader's value ("
                           + ", ".join(f"{v}: {n}" for v, n in sorted(by_value.items()))
                           + f"), from {sum(map(len, stories)):,} positions: the subject's mean with the value "
                             "against its mean at the context, those that save the most nats"})
