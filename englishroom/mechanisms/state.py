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
predicts. The readers run in forked processes; a place's distribution is added once per value, at the
longest context there that is wanted, and each context's total then to its shorter ones (up_the_suffixes):
the sums of adding it to every context that matches, for a few additions a place.
"""
from collections import Counter

import numpy as np
from tqdm import tqdm

from englishroom.corpora.sampling import available_cores, forked_map
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


def story_keys(story, shared):
    """Per position of `story`: (k, the readers' values), where the rules that match there are the contexts
    of its last 1..k tokens (ContextRules.matches: a rule's shorter suffixes are rules too)."""
    code, context_rules, texts = shared
    story, seen = tuple(story), {}        # one tuple, as the room reads a story (readers.py: remembered)
    return [(len(context_rules.matches(story[: t + 1])),
             seen.setdefault(v := tuple(code.state_values(story[: t + 1], texts, WORDS)), v)) for t in range(len(story))]


def keys_of(stories, code, context_rules, texts, progress):
    """story_keys of each story, in forked processes (one per core)."""
    made = forked_map(story_keys, (code, context_rules, texts), stories, available_cores(), 8)
    return list(tqdm(made, total=len(stories), desc="state: readers and rules", disable=not progress))


def up_the_suffixes(own):
    """{(value or None, context): x} counted once a place, at the longest context that matches there ->
    at every context, over the places where it matches: its own and those of the longer ones that end with it."""
    total = dict(own)
    for n in range(max((len(c) for _, c in own), default=0), 1, -1):
        for v, c in [key for key in total if len(key[1]) == n]:
            total[v, c[1:]] = total.get((v, c[1:]), 0) + total[v, c]
    return total


def frequent(stories, keys, min_positions):
    """The contexts, and the (value, context) pairs, at `min_positions` places or more."""
    own = Counter()
    for story, row in zip(stories, keys):
        for t, (k, values) in enumerate(row):
            if k:
                c = tuple(story[t + 1 - k: t + 1])
                own.update((v, c) for v in (None, *values))
    total = up_the_suffixes(own)
    pairs = {(v, c): n for (v, c), n in total.items() if v and n >= min_positions and n < total[None, c]}
    return {c: total[None, c] for _, c in pairs}, pairs


def summed(subject, stories, keys, wanted, progress):
    """{(value or None, context): the subject's next-token probabilities summed over the places where the
    context matches (with the value)} for the `wanted` keys: each place's distribution is added once per
    value, to the longest wanted context there, then up_the_suffixes (where a wanted context matches, the
    longest wanted one there ends with it)."""
    index = {key: i for i, key in enumerate(wanted)}
    sums = np.zeros((len(index), subject.vocab_size))
    bar = tqdm(total=sum(map(len, stories)), desc="measuring state", unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        rows, places = [], []
        for t, (k, values) in enumerate(keys[i]):
            found = [tuple(stories[i][t + 1 - j: t + 1]) for j in range(k, 0, -1)]      # the longest first
            for v in (None, *values):
                at = next((index[v, c] for c in found if (v, c) in index), None)
                if at is not None:
                    rows.append(at)
                    places.append(t)
        order = np.argsort(rows, kind="stable")
        rows, first = np.unique(np.array(rows, dtype=np.int64)[order], return_index=True)
        if len(rows):
            sums[rows] += np.add.reduceat(np.exp(lp[np.array(places)[order]].astype(np.float32)), first)   # a story's, then all
        bar.update(len(stories[i]))
    bar.close()
    total = up_the_suffixes({key: sums[i] for key, i in index.items()})
    return {(v, c) if v else c: total[v, c] for v, c in wanted}


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
    n_ctx, pairs = frequent(stories, keys, s.min_positions)
    sums = summed(subject, stories, keys, [(None, c) for c in n_ctx] + list(pairs), progress)
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
