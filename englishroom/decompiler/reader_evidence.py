"""Evidence for the readers (room_template/readers.py): which of the subject's heads look back where a
reader looks, and whether what they carry is what the reader reads.

A reader retrieves an earlier place of the story: NAME1 the last mention of the name mentioned most
recently, NAME2 of the one before, ...; `quotation` the mark that opened the quotation; `pronoun` the
he/she word used last. Its *queries* are the positions where its value decides the next token: the
next tokens are NAME_k again (from its first letter: after the lone space piece where it has one); the
next token closes the quotation; the next token is a he/she word. On real stories split in two halves:

  agreement     at each query, does a head attend most (its largest attention weight) to a place the
                reader retrieves? Each head's share of queries. The `k` heads with the highest share on
                the selection half are cited; on the test half, their mean share against every head's
                (a random head's) mean and 90th percentile.
  interchange   each test query's story A is rewritten as story B where the reader's value differs,
                token for token: NAME_k replaced by another name of as many tokens (the most frequent
                such name in the probe stories that A does not hold); the opening quotation mark
                replaced by the same piece without it, or by an apostrophe; every he/she word swapped for
                the other gender's (she -> he, his -> her). The subject runs on A with
                the cited heads' outputs (hook_z) at every position copied from its run on B. The
                intervention *moves the way the room's rule for B's value says* when it raises
                ln p(B's name's first token) - ln p(A's) at the query (names), or ln p(the other
                gender's word) - ln p(A's next word) (pronoun), or lowers ln p(the closing mark)
                (outside a quotation the dialogue rule makes it rarer). The share of
                queries where it does, for the cited heads against `random_sets` random sets of k heads.

A reader is a *finding* when its cited heads' agreement is above every head's 90th percentile and
its interchange share is at least 1/2 and above the random sets' 90th percentile; otherwise (or
with no query or case to test) a *hypothesis*.
"""
import random

import numpy as np
import torch
from tqdm import tqdm

from englishroom.mechanisms.common import runtime
from englishroom.mechanisms.gender import he_she_words
from englishroom.subjects import parse_component

SLOTS = 3
ABOUT = {"NAME1": "the name mentioned most recently: its last mention",
         "NAME2": "the name mentioned before NAME1: its last mention",
         "NAME3": "the name mentioned before NAME2: its last mention",
         "quotation": "the quotation mark that opened the quotation the story is in",
         "pronoun": "the he/she word the story used last"}
SWAP = {"she": "he", "he": "she", "She": "He", "He": "She", "her": "his", "his": "her", "him": "her",
        "Her": "His", "His": "Her", "herself": "himself", "himself": "herself"}   # a story told of the other


def find(seq, sub, end):
    """The start of the last occurrence of `sub` in seq[:end], or -1."""
    for j in range(end - len(sub), -1, -1):
        if tuple(seq[j:j + len(sub)]) == sub:
            return j
    return -1


def queries(story, texts, readers, gendered=({}, {})):
    """{reader: [(query position t, retrieved places, value)]} in one story ([BOS, ...]); `gendered`:
    the female and male he/she words ({id: piece})."""
    out = {r: [] for r in ABOUT}
    female, male = gendered
    for t in range(1, len(story) - 1):
        prefix = story[: t + 1]
        for k, name in enumerate(readers.names(prefix, texts)[:SLOTS], 1):
            name = name[1:] if texts[name[0]] == " " else name         # from its first letter
            if tuple(story[t + 1:t + 1 + len(name)]) == name:
                j = find(prefix, name, len(prefix))
                out[f"NAME{k}"].append((t, set(range(j, j + len(name))), name))
        opened = readers.quotation(prefix, texts)
        if opened is not None and '"' in texts[story[t + 1]]:
            out["quotation"].append((t, {opened}, opened))
        last = readers.pronoun(prefix, female, male) if story[t + 1] in female or story[t + 1] in male else None
        if last:
            out["pronoun"].append((t, {last[1]}, last[0]))
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
def moved(subject, a, b, t, up, down, heads):
    """How far patching `heads` in story a with their outputs on story b moves the prediction at position t:
    the change of ln p(up) - ln p(down) (up None: - ln p(down) alone)."""
    ids = torch.tensor([a, b])
    logits, cache = subject.run(ids, cache=True)
    means, plan = {}, {}
    for h in heads:
        layer, _, head = parse_component(h)
        means[f"L{layer}H"] = cache[f"blocks.{layer}.attn.hook_z"][1:2].permute(2, 0, 1, 3)    # [H, 1, T, d]
        plan[h] = "patch"
    patched, _ = subject.run(ids[:1], ablate=plan, means=means)

    def score(lg):
        lp = torch.log_softmax(lg[0, t], -1)
        return float((lp[up] if up is not None else 0) - lp[down])
    return score(patched) - score(logits)


def name_cases(items, names_by_length, texts, limit):
    """(story A, story B, t, B's first token, A's) with NAME_k replaced in B; `items`: [(story, t, name)]."""
    cases = []
    for s, t, name in items:
        other = replacement(name, s, names_by_length, texts)
        if other is not None:
            cases.append((s[: t + 1], rewrite(s[: t + 1], name, other), t, other[0], name[0]))
        if len(cases) >= limit:
            break
    return cases


def quotation_cases(items, texts, limit):
    """(story A, story B, t, None, the closing mark) with B's opening mark replaced by the same piece without
    it (▁" by ▁) or by an apostrophe: B is outside a quotation, where the room's dialogue rule makes a
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
            cases.append((s[: t + 1], b, t, None, s[t + 1]))
        if len(cases) >= limit:
            break
    return cases


def pronoun_cases(items, pieces, gendered, limit):
    """(story A, story B, t, the other gender's word for A's next, A's next) with every he/she word of B
    swapped for the other gender's (she -> he, his -> her, ...): B's pronoun reader finds the other
    value, for which the room's rules make the other gender's words likelier. `items`: [(story, t, value)]."""
    ids = {p: i for i, p in enumerate(pieces)}
    words = {**gendered[0], **gendered[1]}
    swap = {}
    for w, piece in words.items():
        other = piece[:1] + SWAP.get(piece[1:], "")
        if other in ids and ids[other] in words:
            swap[w] = ids[other]
    cases = []
    for s, t, _ in items:
        if s[t + 1] in swap:
            b = [swap.get(w, w) for w in s[: t + 1]]
            cases.append((s[: t + 1], b, t, swap[s[t + 1]], s[t + 1]))
        if len(cases) >= limit:
            break
    return cases


def interchange(subject, cases, heads, draws):
    """Share of cases (and mean shift) where patching `heads` moves the prediction the way the room's rule
    for B's value says, and the same share for each random draw of heads."""
    if not cases:
        return None
    cited = [moved(subject, *c, heads) for c in cases]
    rand = [np.mean([moved(subject, *c, d) > 0 for c in cases]) for d in draws]
    return {"cases": len(cases), "share_moved": round(float(np.mean([c > 0 for c in cited])), 3),
            "mean_shift_nats": round(float(np.mean(cited)), 3),
            "random_share_moved_mean": round(float(np.mean(rand)), 3),
            "random_share_moved_p90": round(float(np.percentile(rand, 90)), 3)}


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
        return "hypothesis", (f"the interchange moved {100 * x['share_moved']:.0f}% of cases, no more than the random "
                              f"pairs' 90th percentile ({100 * x['random_share_moved_p90']:.0f}%)")
    return "finding", "agreement and interchange both beat random heads"


def reader_evidence(subject, stories, probe_stories, k=2, random_sets=10, cases=60, seed=0, progress=True) -> dict:
    """Evidence for each reader on `stories` (real text, [BOS, ...]); `probe_stories` give the names to swap in."""
    readers = runtime("readers")
    pieces = subject.tokenizer_spec()["pieces"]
    texts = readers.piece_texts(pieces)
    gendered = he_she_words(pieces)
    counts = {}
    for s in probe_stories[:2000]:
        for name in readers.names(s, texts):
            name = name[1:] if texts[name[0]] == " " else name
            counts[name] = counts.get(name, 0) + 1
    names_by_length = {}
    for name in sorted(counts, key=lambda x: -counts[x]):
        names_by_length.setdefault(len(name), []).append(name)
    found = [queries(s, texts, readers, gendered) for s in tqdm(stories, desc="evidence: where the readers look",
                                                      disable=not progress)]
    half = len(stories) // 2
    sel, sel_n = head_agreement(subject, stories[:half], found[:half])
    test, test_n = head_agreement(subject, stories[half:], found[half:])
    heads = [f"L{l}H{h}" for l in range(subject.n_layers) for h in range(subject.n_heads)]
    rng = random.Random(seed)
    draws = [rng.sample(heads, k) for _ in range(random_sets)]
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
                else pronoun_cases(items, pieces, gendered, cases) if r == "pronoun"
                else quotation_cases(items, texts, cases))
        e["interchange"] = interchange(subject, made, cited, draws)
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
             "# value says (random head sets: mean).\n"
             "# reader\tlooks for\theads\tagreement\tevery head\tmoved\trandom heads\tcases\tstatus\n"]
    for r, e in evidence["readers"].items():
        x = e["interchange"] or {}
        lines.append(f"{r}\t{e['looks_for']}\t{' '.join(e['components'])}\t{e['agreement']}\t"
                     f"{e['every_head_agreement_mean']}\t{x.get('share_moved', '-')}\t"
                     f"{x.get('random_share_moved_mean', '-')}\t{x.get('cases', 0)}\t{e['status']}\n")
    return "".join(lines)
