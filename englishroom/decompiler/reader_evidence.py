"""Evidence for the readers (room_template/readers.py): which of the subject's heads look back where a
reader looks, and whether what they carry is what the reader reads.

A reader retrieves an earlier place of the story: NAME1 the last mention of the name mentioned most
recently, NAME2 of the one before, ...; `quotation` the mark that opened the quotation; `pronoun` the
he/she word used last; `topic` the he/she or it word used last; `tense` the last is/was, says/said, ...
word written outside a quotation. Its *queries* are the positions where its value decides the next
token: the next tokens are NAME_k again (from its first letter: after the lone space piece where it has
one); the next token closes the quotation; the next word is a he/she word (pronoun), a he/she/it word
(topic), or, outside a quotation, an is/was, says/said, ... word (tense). On real stories split in two halves:

  agreement     at each query, does a head attend most (its largest attention weight) to a place the
                reader retrieves (any token of the word)? Each head's share of queries. The `k` heads with
                the highest share on the selection half are cited; on the test half, their mean share
                against every head's (a random head's) mean and 90th percentile.
  interchange   each test query's story A is rewritten as story B where the reader's value differs:
                NAME_k replaced by another name of as many tokens (the most frequent such name in the
                probe stories that A does not hold); the opening quotation mark replaced by the same
                piece without it, or by an apostrophe; every he/she word swapped for the other gender's
                (she -> he, his -> her: the same piece with the other word, or letter for letter in a
                vocabulary of letters); for topic, at queries where it is a thing, every it word made a
                person (it -> he, its -> his); for tense, every is/was, says/said, ... word told in the
                other tense (were -> are, wanted -> wants), kept where B's reader finds the other tense.
                Where a swap changes a word's length (she -> he in letters), each place of A is paired
                with B's place for the same token, in the swapped word the one as far into it (respell).
                The subject runs on A with the cited heads' outputs (hook_z) at every position copied
                from its run on B, at the paired place. The intervention *moves the way the room's rule
                for B's value says* when it raises ln p(B's name's first token) - ln p(A's) at the query
                (names), or ln p(the swapped next word's token) - ln p(A's), at the first token where
                they differ (pronoun, topic, tense), or lowers ln p(the closing mark) (outside a
                quotation the state rules make it rarer). The share of queries where it does, for the cited heads against
                `random_sets` random sets of k of the other heads (a set holding a cited head would be
                partly the cited set, not a chance one); and how far, the mean of that change in nats
                (the effect size), against each random set's mean: where many heads nudge the
                prediction the right way, the share cannot tell the cited heads from chance, the size can.

A reader is a *finding* when its cited heads' agreement is above every head's 90th percentile and
its interchange share is at least 1/2 and above the random sets' 90th percentile; otherwise (or
with no query or case to test) a *hypothesis*. The effect size is reported beside it, not counted.
"""
import functools
import random

import numpy as np
import torch
from tqdm import tqdm

from englishroom.measure.categories import words
from englishroom.mechanisms.common import runtime
from englishroom.mechanisms.state import PAST, PRESENT, WORDS
from englishroom.subjects.base import parse_component

SLOTS = 3
ABOUT = {"NAME1": "the name mentioned most recently: its last mention",
         "NAME2": "the name mentioned before NAME1: its last mention",
         "NAME3": "the name mentioned before NAME2: its last mention",
         "quotation": "the quotation mark that opened the quotation the story is in",
         "pronoun": "the he/she word the story used last",
         "topic": "the he/she or it word the story used last: a person or a thing",
         "tense": "the is/was, says/said, ... word the story used last outside a quotation: present or past"}
SWAP = {"she": "he", "he": "she", "She": "He", "He": "She", "her": "his", "his": "her", "him": "her",
        "Her": "His", "His": "Her", "herself": "himself", "himself": "herself"}   # a story told of the other
THING_TO_PERSON = {"it": "he", "It": "He", "its": "his", "Its": "His"}       # a thing made a person


def find(seq, sub, end):
    """The start of the last occurrence of `sub` in seq[:end], or -1."""
    for j in range(end - len(sub), -1, -1):
        if tuple(seq[j:j + len(sub)]) == sub:
            return j
    return -1


def word_starts(story, texts):
    """{place of a word's first token: (the word, the place after it)} for a story [BOS, ...]."""
    return {a + 1: ("".join(texts[w] for w in story[a + 1:b + 1]).strip(), b + 1)
            for a, b, _ in words([texts[w] for w in story[1:]])}


@functools.cache
def reader_code():
    return runtime("readers")


def queries(story, texts, readers):
    """{reader: [(query position t, retrieved places, value)]} in one story ([BOS, ...])."""
    out = {r: [] for r in ABOUT}
    starts = word_starts(story, texts)
    people, things, tense_words = WORDS["female"] | WORDS["male"], WORDS["thing"], WORDS["present"] | WORDS["past"]
    for t in range(1, len(story) - 1):
        prefix = story[: t + 1]
        told = readers.tense(prefix, texts, WORDS["present"], WORDS["past"])     # first: it reads the quotation a token back
        narrated = readers.quotation(prefix, texts) is None
        if told and narrated and starts.get(t + 1, ("",))[0] in tense_words:
            out["tense"].append((t, set(range(told[1], starts[told[1]][1])), told[0]))
        for k, name in enumerate(readers.names(prefix, texts)[:SLOTS], 1):
            name = name[1:] if texts[name[0]] == " " else name         # from its first letter
            if tuple(story[t + 1:t + 1 + len(name)]) == name:
                j = find(prefix, name, len(prefix))
                out[f"NAME{k}"].append((t, set(range(j, j + len(name))), name))
        opened = readers.quotation(prefix, texts)
        if opened is not None and '"' in texts[story[t + 1]]:
            out["quotation"].append((t, {opened}, opened))
        nxt = starts.get(t + 1, ("",))[0]
        for r, last in (("pronoun", nxt in people and readers.pronoun(prefix, texts, WORDS["female"], WORDS["male"])),
                        ("topic", nxt in people | things and readers.topic(prefix, texts, people, things))):
            if last:
                out[r].append((t, set(range(last[1], starts[last[1]][1])), last[0]))
    return out


@torch.no_grad()
def head_agreement(subject, stories, found):
    """{reader: [H_total] share of queries where each head's largest attention weight is on a retrieved
    place}; `found`: queries() per story."""
    hits = {r: np.zeros(subject.n_layers * subject.n_heads) for r in ABOUT}
    n = {r: 0 for r in ABOUT}
    for s, q in zip(stories, found):
        if not any(q.values()):
            continue
        _, cache = subject.run(torch.tensor([s]), cache=True)
        top = torch.stack([cache[f"blocks.{l}.attn.hook_pattern"][0].argmax(-1)
                           for l in range(subject.n_layers)]).reshape(-1, len(s))     # [L*H, T]
        for r, items in q.items():
            for t, places, _ in items:
                hits[r] += np.isin(top[:, t].numpy(), list(places))
                n[r] += 1
    return {r: hits[r] / max(n[r], 1) for r in ABOUT}, n


def replacement(name, story, names_by_length, texts):
    """The most frequent probe-story name with as many tokens as `name`, another first token, not in `story`."""
    for other in names_by_length.get(len(name), []):
        if (other[0] != name[0] and find(story, other, len(story)) < 0
                and (texts[other[0]][:1] == " ") == (texts[name[0]][:1] == " ")):    # both with a space, or neither
            return other
    return None


def rewrite(story, name, other):
    """`story` with every occurrence of the token sequence `name` replaced by `other` (as long)."""
    out = list(story)
    j = find(out, name, len(out))
    while j >= 0:
        out[j:j + len(name)] = other
        j = find(out, name, j)
    return out


@torch.no_grad()
def runs(subject, a, b, align=None):
    """(story A's logits, every head's outputs on story B, per layer "L{l}H": [H, 1, T, d]): one case's
    runs, which every set of heads patched into A shares. `align`: for each place of A, the place of B whose
    outputs it takes (None: the same place; B is as long)."""
    if align is None:
        logits, cache = subject.run(torch.tensor([a, b]), cache=True, patterns=False)
        return logits[:1], {f"L{l}H": cache[f"blocks.{l}.attn.hook_z"][1:2].permute(2, 0, 1, 3)
                            for l in range(subject.n_layers)}
    logits, _ = subject.run(torch.tensor([a]))
    _, cache = subject.run(torch.tensor([b]), cache=True, patterns=False)
    return logits, {f"L{l}H": cache[f"blocks.{l}.attn.hook_z"].permute(2, 0, 1, 3)[:, :, align]
                    for l in range(subject.n_layers)}


def moved(subject, a, b, t, up, down, heads, align=None):
    """How far patching `heads` in story a with their outputs on story b moves the prediction at position t:
    the change of ln p(up) - ln p(down) (up None: - ln p(down) alone)."""
    return shifts(subject, a, b, t, up, down, [heads], align)[0]


@torch.no_grad()
def shifts(subject, a, b, t, up, down, head_sets, align=None):
    """`moved` for each set of heads in `head_sets`, in one batched run of story a: a row per set, each row's
    heads patched with their outputs on story b, the other heads left to compute (NaN in the values written)."""
    logits, outputs = runs(subject, a, b, align)
    values = {key: torch.full((z.shape[0], len(head_sets), *z.shape[2:]), float("nan")) for key, z in outputs.items()}
    for row, heads in enumerate(head_sets):
        for h in heads:
            layer, _, i = parse_component(h)
            values[f"L{layer}H"][i, row] = outputs[f"L{layer}H"][i, 0]
    union = {h for heads in head_sets for h in heads}
    patched, _ = subject.run(torch.tensor([a] * len(head_sets)), ablate={h: "patch" for h in union}, means=values)

    def score(lg):
        lp = torch.log_softmax(lg[:, t], -1)
        return (lp[:, up] if up is not None else 0) - lp[:, down]
    return (score(patched) - score(logits)).tolist()


def name_cases(items, names_by_length, texts, limit):
    """(story A, story B, t, B's first token, A's, None: B is as long) with NAME_k replaced in B; `items`:
    [(story, t, name)]."""
    cases = []
    for s, t, name in items:
        other = replacement(name, s, names_by_length, texts)
        if other is not None:
            cases.append((s[: t + 1], rewrite(s[: t + 1], name, other), t, other[0], name[0], None))
        if len(cases) >= limit:
            break
    return cases


def quotation_cases(items, texts, limit):
    """(story A, story B, t, None, the closing mark, None) with B's opening mark replaced by the same piece
    without it (▁" by ▁) or by an apostrophe: B is outside a quotation, where the room's state rules make a
    closing mark less likely. `items`: [(story, t, opener's place)]."""
    ids = {x: i for i, x in enumerate(texts)}
    cases = []
    for s, t, opened in items:
        text = texts[s[opened]]
        swap = ids.get(text.replace('"', "")) if text.replace('"', "").strip(" ") == "" and text != '"' else None
        swap = swap if swap is not None else ids.get(text.replace('"', "'"))
        if swap is not None:
            b = list(s[: t + 1])
            b[opened] = swap
            cases.append((s[: t + 1], b, t, None, s[t + 1], None))
        if len(cases) >= limit:
            break
    return cases


def respell(story, spans):
    """(`story` with each span (start, end, tokens) replaced by its tokens, in order and apart; for each place
    of `story`, the place of the new story it corresponds to: the same token, or in a respelled word the
    token as far into it, the last for the last; None where every span keeps its length)."""
    out, align, at = [], [], 0
    for a, e, new in spans:
        align += range(len(out), len(out) + a - at)
        out += story[at:a]
        align += [len(out) + (min(k, len(new) - 1) if k < e - a - 1 else len(new) - 1) for k in range(e - a)]
        out, at = out + list(new), e
    align += range(len(out), len(out) + len(story) - at)
    out += story[at:]
    return out, (None if len(out) == len(story) else align)


def swapped(story, t, texts, swap):
    """An interchange case (story A, story B, query t', up, down, align) for the query at t: B is
    story[:t+1] with each word of `swap` replaced by its swap (respell(): pieces for pieces; in a vocabulary
    of letters, letters for letters, where she -> he is shorter and `align` pairs the places); where the
    next word and its swap begin alike (his, her in characters) A and B go on with those tokens and t' is
    the last of them; up and down: the swap's first token that differs, and A's. None where a word's swap
    does not fit its pieces or the next word has no swap."""
    ids = {x: i for i, x in enumerate(texts)}

    def tokens(a, b, word):
        other = swap[word]
        if b - a == 1:                     # one piece: the same piece with the other word
            return [ids.get(texts[story[a]].replace(word, other))]
        letters = all(len(texts[w]) == 1 for w in story[a:b])          # one piece a letter
        return [ids.get(c) for c in other] if letters else [None]
    spans = []
    starts = word_starts(story, texts)
    for a, (word, b) in starts.items():
        if word in swap and a <= t:
            new = tokens(a, b, word)
            if None in new:
                return None
            spans.append((a, b, new))
    word, b = starts.get(t + 1, ("", 0))
    theirs, ours = (tokens(t + 1, b, word), story[t + 1:b]) if word in swap else ([None], [])
    if None in theirs:
        return None
    j = next((j for j, (x, y) in enumerate(zip(theirs, ours)) if x != y), None)
    if j is None:
        return None
    other, align = respell(story[: t + 1 + j], spans)
    return story[: t + 1 + j], other, t + j, theirs[j], ours[j], align


def swap_cases(items, texts, swap, wanted, limit):
    """(story A, story B, t, up, down, align) (swapped()) with every word of `swap` in B replaced by its swap
    (she -> he, his -> her; it -> he), for the queries whose value is `wanted` (any where None): B's
    reader finds the other value, for which the room's rules make the swapped words likelier, so the
    swap's token (up) should gain on A's (down). `items`: [(story, t, value)]."""
    cases = []
    for s, t, value in items:
        made = swapped(s, t, texts, swap) if wanted in (None, value) else None
        if made:
            cases.append(made)
        if len(cases) >= limit:
            break
    return cases


def tense_swap(subject):
    """{a tense word's tokens (from the lone space piece before it, if any): the other tense's}, for the pairs
    (is, was), (says, said), ... (respell() pairs the places where they differ in length)."""
    enc = lambda w: tuple(subject.encode_story(w)[1:])
    return {enc(a): enc(b) for x, y in zip(PRESENT, PAST) for a, b in ((x, y), (y, x))}


def tense_cases(items, texts, swap, readers, limit):
    """(story A, story B, t, up, down, align): B is A with each word of `swap` told in the other tense, where
    the next word has a swap and B's tense reader finds the other tense; up and down: the next word's first
    token that differs in the other tense, and A's. `items`: [(story, t, value)]."""
    cases = []
    for s, t, value in items:
        spans, ours, theirs = [], (), ()
        for a, (_, e) in word_starts(s, texts).items():
            at = a - (a > 1 and texts[s[a - 1]] == " ")           # from the lone space piece before it
            key = tuple(s[at:e])
            if key in swap and e <= t + 1:
                spans.append((at, e, swap[key]))
            elif key in swap and a == t + 1 and swap[key][:a - at] == key[:a - at]:
                ours, theirs = key[a - at:], swap[key][a - at:]       # the next word, after the space piece
        j = next((j for j, (x, y) in enumerate(zip(theirs, ours)) if x != y), None)
        b, align = respell(list(s[: t + 1 + j]), spans) if j is not None else (None, None)
        other = j is not None and readers.tense(b, texts, WORDS["present"], WORDS["past"])
        if other and other[0] != value:
            cases.append((s[: t + 1 + j], b, t + j, theirs[j], ours[j], align))
        if len(cases) >= limit:
            break
    return cases


def interchange(subject, cases, heads, draws):
    """Share of cases where patching `heads` moves the prediction the way the room's rule for B's value
    says, and its mean shift (nats); the same for each random draw of heads: their mean and 90th percentile."""
    if not cases:
        return None
    # a row a case (one batched run), a column a set of heads: the cited heads, then each draw
    got = np.array([shifts(subject, *c[:5], [heads, *draws], c[5]) for c in cases])
    moved, size = (got > 0).mean(0), got.mean(0)
    return {"cases": len(cases), "share_moved": round(float(moved[0]), 3), "mean_shift_nats": round(float(size[0]), 3),
            "random_share_moved_mean": round(float(np.mean(moved[1:])), 3),
            "random_share_moved_p90": round(float(np.percentile(moved[1:], 90)), 3),
            "random_mean_shift_nats": round(float(np.mean(size[1:])), 3),
            "random_mean_shift_p90": round(float(np.percentile(size[1:], 90)), 3)}


def status(e) -> tuple[str, str]:
    """("finding" or "hypothesis", why), by the criteria in the module's doc."""
    x = e["interchange"]
    if not e["queries"]["test"] or not x:
        return "hypothesis", "no query or interchange case to test it on"
    if e["agreement"] <= e["every_head_agreement_p90"]:
        return "hypothesis", "its heads' agreement is not above every head's 90th percentile"
    if x["share_moved"] < 0.5:
        return "hypothesis", f"the interchange moved only {100 * x['share_moved']:.0f}% of cases"
    if x["share_moved"] <= x["random_share_moved_p90"]:
        size = (f", though by {x['mean_shift_nats']:.2f} nats on average, above their 90th percentile of "
                f"{x['random_mean_shift_p90']:.2f}" if x["mean_shift_nats"] > x["random_mean_shift_p90"] else "")
        return "hypothesis", (f"the interchange moved {100 * x['share_moved']:.0f}% of cases, no more than the random "
                              f"pairs' 90th percentile ({100 * x['random_share_moved_p90']:.0f}%){size}")
    return "finding", "agreement and interchange both beat random heads"


def reader_evidence(subject, stories, probe_stories, k=2, random_sets=30, cases=60, seed=0, progress=True) -> dict:
    """Evidence for each reader on `stories` (real text, [BOS, ...]); `probe_stories` give the names to swap in."""
    readers = runtime("readers")
    pieces = subject.tokenizer_spec()["pieces"]
    texts = readers.piece_texts(pieces)
    counts = {}
    for s in probe_stories[:2000]:
        for name in readers.names(s, texts):
            name = name[1:] if texts[name[0]] == " " else name
            counts[name] = counts.get(name, 0) + 1
    names_by_length = {}
    for name in sorted(counts, key=lambda x: -counts[x]):
        names_by_length.setdefault(len(name), []).append(name)
    found = [queries(s, texts, readers) for s in tqdm(stories, desc="evidence: where the readers look",
                                                      disable=not progress)]
    half = len(stories) // 2
    sel, sel_n = head_agreement(subject, stories[:half], found[:half])
    test, test_n = head_agreement(subject, stories[half:], found[half:])
    heads = [f"L{l}H{h}" for l in range(subject.n_layers) for h in range(subject.n_heads)]
    rng = random.Random(seed)
    out = {}
    for r in tqdm(ABOUT, desc="evidence: interchange", disable=not progress):
        order = np.argsort(-sel[r], kind="stable")[:k]
        cited = [heads[i] for i in order]
        agree = float(test[r][order].mean()) if test_n[r] else 0.0
        e = {"looks_for": ABOUT[r], "components": cited, "queries": {"selection": sel_n[r], "test": test_n[r]},
             "agreement": round(agree, 3), "every_head_agreement_mean": round(float(test[r].mean()), 3),
             "every_head_agreement_p90": round(float(np.percentile(test[r], 90)), 3)}
        items = [(s, t, value) for s, q in zip(stories[half:], found[half:]) for t, _, value in q[r]]
        made = (name_cases(items, names_by_length, texts, cases) if r.startswith("NAME")
                else swap_cases(items, texts, SWAP, None, cases) if r == "pronoun"
                else swap_cases(items, texts, THING_TO_PERSON, "thing", cases) if r == "topic"
                else tense_cases(items, texts, tense_swap(subject), readers, cases) if r == "tense"
                else quotation_cases(items, texts, cases))
        others = [h for h in heads if h not in cited]
        e["interchange"] = interchange(subject, made, cited, [rng.sample(others, k) for _ in range(random_sets)])
        e["status"], e["why"] = status(e)
        out[r] = e
    return {"method": __doc__.split("\n\n", 1)[1].strip(), "stories": len(stories), "k": k,
            "random_sets": random_sets, "readers": out}


def readers_table(evidence: dict) -> str:
    """tables/readers.txt: each reader, the heads it stands for, and the evidence, one row each."""
    lines = ["# The readers of readers.py and the subject's heads that look back at the same places (provenance.json ->\n"
             "# evidence -> readers has the method). agreement: share of queries where the head attends most to the\n"
             "# place the reader retrieves (every head: mean); moved: share of interchange cases where copying the heads'\n"
             "# outputs from a story with another value moves the subject's prediction the way the room's rule for that\n"
             "# value says (random head sets: mean); shift: by how much on average, nats (random head sets: mean).\n"
             "# reader\tlooks for\theads\tagreement\tevery head\tmoved\trandom heads\tshift\trandom heads\tcases\tstatus\n"]
    for r, e in evidence["readers"].items():
        x = e["interchange"] or {}
        lines.append(f"{r}\t{e['looks_for']}\t{' '.join(e['components'])}\t{e['agreement']}\t"
                     f"{e['every_head_agreement_mean']}\t{x.get('share_moved', '-')}\t"
                     f"{x.get('random_share_moved_mean', '-')}\t{x.get('mean_shift_nats', '-')}\t"
                     f"{x.get('random_mean_shift_nats', '-')}\t{x.get('cases', 0)}\t{e['status']}\n")
    return "".join(lines)
