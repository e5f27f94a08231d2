"""Benchmark: would context rules specialised by a reader's value help? Measured before building them.

    .venv/bin/python benchmarks/state_specialisation.py [--room runs/stories260K-room] [--stories 500]

A context rule specialised by a reader's value v lists, for (context, v), the subject's mean next-token
distribution over the places where the context occurred with that value, backing off to the plain rule
for the tokens it does not list; a specialisation is kept where it saves nats on the probe stories
(occurrences x KL(specialised || plain rule), first order; at least 20 places, more than 1 nat). Two
ways to key them, each for five readers of small value sets and a constant reader as the control:
  longest   the longest context rule that matches (a specialisation replaces that rule's list);
  last      the last token only, as a per-token factor on the room's prediction
            ((subject's summed probability + 0.01) / (room's + 0.01), then renormalised).
Readers: the last subject pronoun (he, she, it, they, I, we, you), whether the story has had a blank
line, whether a quotation is open, the first of he/she in the story (the main character's pronoun),
and pronoun with blank line. Derived on an even spread of `--stories` stories of the room's sampled
probe corpus against its context rules alone; measured on the first 300 stories of valid-dev.txt.
Writes benchmarks/results/state_specialisation.json.
"""
import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

from englishroom.corpora.sampling import cached_corpus
from englishroom.corpora.stories import load_stories
from englishroom.paths import atomic_write, dev_stories
from englishroom.rooms import load_room
from englishroom.subjects import load_subject

OUT = Path(__file__).parent / "results" / "state_specialisation.json"
PRONOUNS = ("he", "she", "it", "they", "i", "we", "you")
MIN_PLACES = 20


def make_readers(texts, readers_module):
    pronoun = {i: t.strip().lower() for i, t in enumerate(texts) if t.strip().lower() in PRONOUNS}
    newline = {i for i, t in enumerate(texts) if "\n" in t}
    heshe = {i: v for i, v in pronoun.items() if v in ("he", "she")}

    def last_pronoun(prefix):
        return next((pronoun[w] for w in reversed(prefix) if w in pronoun), "-")

    def blank_line(prefix):
        return any(w in newline for w in prefix)

    def main_pronoun(prefix):
        return next((heshe[w] for w in prefix if w in heshe), "-")

    return {"constant (control)": lambda prefix: 0,
            "last pronoun": last_pronoun,
            "blank line so far": blank_line,
            "quotation open": lambda prefix: readers_module.quotation(prefix, texts) is not None,
            "main character's pronoun": main_pronoun,
            "last pronoun and blank line": lambda prefix: (last_pronoun(prefix), blank_line(prefix))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--room", default="runs/stories260K-room")
    ap.add_argument("--stories", type=int, default=500)
    args = ap.parse_args()
    loaded = load_room(args.room)
    room, folder = loaded.room, Path(args.room)
    provenance = json.loads((folder / "provenance.json").read_text())
    subject = load_subject(provenance["subject"]["name"])
    rules = room.context_rules
    sys.path.insert(0, str(folder))
    import readers as readers_module                       # the room's own readers
    texts = readers_module.piece_texts(room.vocab)
    readers = make_readers(texts, readers_module)
    sampled = provenance["probe_corpus"]["sampled"]
    _, probe, _ = cached_corpus(subject, provenance["settings"]["sample_tokens"], sampled["seed"], 1.0,
                                progress=False)
    derive = probe[::max(1, len(probe) // args.stories)]
    dev = [subject.encode_story(t) for t in load_stories(dev_stories())][:300]

    def longest(prefix):
        found = rules.matches(prefix)
        return found[-1] if found else ()

    def keys(prefix):
        """(way, reader) -> this place's key, for every way and reader."""
        out = {}
        for r, read in readers.items():
            v = read(prefix)
            out["longest", r], out["last", r] = (longest(prefix), v), ((prefix[-1],), v)
        return out

    # first the places each key has (no arrays), then the summed distributions of the keys with enough
    places = {}
    for story in derive:
        for t in range(len(story)):
            for wr, key in keys(story[: t + 1]).items():
                places[wr, key] = places.get((wr, key), 0) + 1
    sums = {k: [0.0, 0.0, n] for k, n in places.items() if n >= MIN_PLACES}
    for i, lp in subject.story_logprobs(derive):
        story = derive[i]
        for t in range(len(story)):
            prefix = story[: t + 1]
            found = [sums[k] for k in ((wr, key) for wr, key in keys(prefix).items()) if k in sums]
            if found:
                q, p = np.exp(lp[t].astype(np.float64)), np.array(rules.predict(prefix))
                for acc in found:
                    acc[0] = acc[0] + q
                    acc[1] = acc[1] + p
    tables = {}
    for (wr, key), acc in sums.items():
        tables.setdefault(wr, {})[key] = acc
    results = {"room": str(folder), "derivation_stories": len(derive),
               "derivation_tokens": sum(len(s) - 1 for s in derive), "dev_stories": len(dev), "readers": {}}
    for (way, r), table in tables.items():
        kept = {}
        for key, (q, p, n) in table.items():
            if n < MIN_PLACES:
                continue
            if way == "longest":
                mean, plain = q / n, np.array(rules.predict(list(key[0])) if key[0] else rules.base)
                listed = mean >= 1e-3
                saved = n * float(np.sum(mean[listed] * np.log(mean[listed] / np.maximum(plain[listed], 1e-12))))
                if saved > 1:
                    kept[key] = (mean, listed, plain)
            else:
                factor = (q + 0.01) / (p + 0.01)
                saved = float(np.sum(q * np.log(factor)) - (q.sum() - (p * factor).sum()))
                if saved > 1:
                    kept[key] = factor
        before = after = 0.0
        tokens = fired = 0
        for story in dev:
            for t in range(len(story) - 1):
                prefix, y = story[: t + 1], story[t + 1]
                ctx = longest(prefix) if way == "longest" else (prefix[-1],)
                key = (ctx, readers[r](prefix))
                plain_y = rules.prob(y, longest(prefix))
                new_y = plain_y
                if key in kept:
                    fired += 1
                    if way == "longest":
                        mean, listed, plain = kept[key]
                        new_y = mean[y] if listed[y] else plain_y * (1 - mean[listed].sum()) / max(
                            1 - plain[listed].sum(), 1e-12)
                    else:
                        p = np.array(rules.predict(prefix)) * kept[key]
                        new_y = p[y] / p.sum()
                before -= math.log(max(plain_y, 1e-12))
                after -= math.log(max(new_y, 1e-12))
                tokens += 1
        row = {"specialisations": len(kept), "fired": round(fired / tokens, 4),
               "rules_only_loss": round(before / tokens, 4), "with_them": round(after / tokens, 4),
               "saves_nats_per_token": round((before - after) / tokens, 4)}
        results["readers"].setdefault(way, {})[r] = row
        print(way, r, json.dumps(row), flush=True)
    atomic_write(OUT, json.dumps(results, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
