"""Evidence: which of the subject's heads implement each of a room's mechanisms, and why we think so.

For a mechanism M, the tokens it *claims* are the story positions where switching M on raises
the room's probability of the token that actually comes next by `claim_factor` or more (the
room with M against the room without it). Then, on real stories split in two halves:

  selection half  every head is mean-ablated alone; its *specificity* is the rise of the
                  subject's loss on M's claimed tokens minus the rise on all other tokens.
                  The `k` most specific heads are cited as implementing M.
  test half       (fresh stories, so the choice is not graded on the data that made it)
                  1. the cited heads are mean-ablated together: the rise on claimed tokens
                     against the rise on other tokens;
                  2. the same against `random_sets` sets of k heads drawn at random, less those
                     that share a head with the cited ones (such a set is partly the cited one;
                     all of them where none is left, `random_sets_used` says how many);
                  3. agreement: at claimed positions, do the cited heads write the token M
                     promotes? The share of positions where their direct logit attribution
                     (final norm frozen) to the next token is above its mean over the
                     vocabulary, against the same share for the random sets.
M is a *finding* when the cited rise on claimed tokens is at least twice the rise on other
tokens, at least twice the random sets' mean and above their 90th percentile, and the
agreement beats the random sets' mean; otherwise it stays a *hypothesis*.
"""
import random
from contextlib import closing

import numpy as np
import torch
from tqdm import tqdm

from englishroom.corpora.sampling import available_cores, forked_map
from englishroom.inspect.atlas import batches
from englishroom.rooms import load_room
from englishroom.subjects import parse_component


def batch_losses(subject, ids, real, ablate, means):
    """-ln p(next token) at every scored position of a batch (batches), story by story."""
    logits, _ = subject.run(ids, ablate=ablate, means=means)
    lp = torch.log_softmax(logits[:, :-1], -1).gather(-1, ids[:, 1:, None])[..., 0]
    return [-lp[r, : int(real[r].sum()) - 1].numpy().astype(np.float64) for r in range(ids.shape[0])]


def ablated_losses(subject, runs, means, desc, progress=True, batch=16, workers=None):
    """For each (stories, ablate) of `runs`: -ln p(next token) at every scored position of the stories, story
    by story, with the heads in `ablate` mean-ablated (`means`). The batches are shared out among `workers`
    forked processes (default: one per core), each with one torch thread: the same numbers as here
    (tests/test_evidence.py)."""
    made = [list(batches(stories, batch)) for stories, _ in runs]
    jobs = [(k, b) for k, parts in enumerate(made) for b in range(len(parts))]
    workers = workers or (available_cores() if subject.device == "cpu" else 1)
    out = [[] for _ in runs]
    shared = (subject, made, [a for _, a in runs], means)
    with closing(forked_map(one_batch, shared, jobs, workers)) as each:
        for (k, _), losses in zip(jobs, tqdm(each, total=len(jobs), desc=desc, disable=not progress)):
            out[k].extend(losses)
    return out


def one_batch(job, shared):
    (k, b), (subject, made, ablations, means) = job, shared
    return batch_losses(subject, *made[k][b], ablations[k], means)


def claimed_positions(room_dir, stories, mechanisms, claim_factor, progress=True, workers=1, rules=None):
    """{mechanism: boolean arrays per story}: where the mechanism raises the next token's probability.
    The room without M runs the room's own steps less M's (room.py: Room.after) on the same context-rule
    prediction, from the state the steps before M left (Room.onward): the numbers of the room loaded
    without M, to the last bit. With `workers` > 1, forked processes take the stories, in order. `rules`:
    the room's ContextRules, loaded already (load_room)."""
    job = (load_room(room_dir, rules=rules).room, stories, mechanisms, claim_factor)
    claims = {m: [] for m in mechanisms}
    with closing(forked_map(story_claims, job, range(len(stories)), workers)) as each:
        for got in tqdm(each, total=len(stories), desc="evidence: what each mechanism claims", disable=not progress):
            for m in mechanisms:
                claims[m].append(got[m])
    return claims


def story_claims(i, job):
    """{mechanism: boolean array}: the positions of story `i` that each mechanism claims; `job`: (the room,
    the stories, the mechanisms, claim_factor)."""
    room, stories, mechanisms, claim_factor = job
    s, steps = stories[i], room.mechanisms
    p, without = [], {m: [] for m in mechanisms}
    for t in range(len(s) - 1):
        prefix, nxt = s[: t + 1], s[t + 1]
        so_far = [(room.context_rules.predict(prefix), None)]       # so_far[i]: after the first i steps
        for _name, mechanism in steps:
            so_far.append(room.onward(mechanism, prefix, *so_far[-1]))
        p.append(room.after([], prefix, *so_far[-1])[nxt])
        for k, (name, _) in enumerate(steps):
            if name in without:
                without[name].append(room.after(steps[k + 1:], prefix, *so_far[k])[nxt])
    return {m: np.array(p) / np.array(without[m] or p) >= claim_factor for m in mechanisms}


def rise(losses, base, masks):
    """Mean rise of the loss over the positions in `masks` (and over the rest)."""
    d = np.concatenate([a - b for a, b in zip(losses, base)])
    m = np.concatenate(masks)
    return float(d[m].mean()) if m.any() else 0.0, float(d[~m].mean()) if (~m).any() else 0.0


@torch.no_grad()
def head_runs(subject, stories, batch=16):
    """The subject's runs on `stories`, batch by batch, as direct_agreement reads them: (ids, the final
    residual stream, and each layer's per-head outputs hook_z [B, T, heads, d_head])."""
    runs = []
    for ids, _ in batches(stories, batch):
        _, cache = subject.run(ids, cache=True, patterns=False)
        runs.append((ids, cache["hook_resid_final"],
                     [cache[f"blocks.{layer}.attn.hook_z"] for layer in range(subject.n_layers)]))
    return runs


@torch.no_grad()
def direct_agreement(subject, runs, masks, heads):
    """Share of claimed positions where `heads` together push the next token above their mean push (none
    where there are no heads: a mechanism whose claims no head's ablation harms cites none). `runs`:
    head_runs of the stories that `masks` mark."""
    if not heads:
        return 0.0
    arch, hits, n, story = subject.arch, 0, 0, 0
    for ids, resid, z_of in runs:
        for r in range(ids.shape[0]):
            m = masks[story]
            story += 1
            where = torch.from_numpy(np.nonzero(m)[0])
            if len(where) == 0:
                continue
            total = 0
            for name in heads:
                layer, _, head = parse_component(name)
                z = z_of[layer][r, where, head]        # [n, d_head]
                total = total + arch.direct_logits(z @ arch.head_out_weight(layer)[head], resid[r, where])
            target = ids[r, where + 1]
            push = total.gather(-1, target[:, None])[:, 0] - total.mean(-1)
            hits += int((push > 0).sum())
            n += len(where)
    return hits / max(n, 1)


def gather_evidence(subject, room_dir, stories, mechanisms, k=3, claim_factor=1.5, random_sets=20,
                    seed=0, progress=True, rules=None) -> dict:
    stories = [s for s in stories if len(s) >= 3]
    half = len(stories) // 2
    select, test = stories[:half], stories[half:]
    workers = available_cores() if subject.device == "cpu" else 1
    claims = claimed_positions(room_dir, stories, mechanisms, claim_factor, progress, workers, rules)
    means = subject.component_means(stories)
    heads = [f"L{l}H{h}" for l in range(subject.n_layers) for h in range(subject.n_heads)]
    rng = random.Random(seed)
    random_draws = [rng.sample(heads, k) for _ in range(random_sets)]
    base_sel, base_test, *ablated = ablated_losses(
        subject, [(select, None), (test, None)] + [(select, {h: "mean"}) for h in heads]
        + [(test, {h: "mean" for h in draw}) for draw in random_draws], means, "evidence: ablating heads", progress)
    single, random_losses = dict(zip(heads, ablated[:len(heads)])), ablated[len(heads):]
    test_runs = head_runs(subject, test)
    specificity, chosen = {}, {}
    for m in mechanisms:
        specificity[m] = {}
        for h in heads:
            on, off = rise(single[h], base_sel, claims[m][:half])
            specificity[m][h] = (on - off, on, off)
        chosen[m] = [h for h in sorted(heads, key=lambda h: -specificity[m][h][0]) if specificity[m][h][1] > 0][:k]
    cited_losses = ablated_losses(subject, [(test, {h: "mean" for h in chosen[m]}) for m in mechanisms], means,
                                  "evidence: ablating the cited heads", progress)
    out = {}
    for m, losses in zip(mechanisms, cited_losses):
        sel_masks, test_masks = claims[m][:half], claims[m][half:]
        spec, cited = specificity[m], chosen[m]
        on, off = rise(losses, base_test, test_masks)
        apart = [i for i, d in enumerate(random_draws) if not set(d) & set(cited)] or list(range(random_sets))
        rand = [rise(random_losses[i], base_test, test_masks)[0] for i in apart]
        agree = direct_agreement(subject, test_runs, test_masks, cited)
        rand_agree = [direct_agreement(subject, test_runs, test_masks, random_draws[i]) for i in apart[:5]]
        finding = bool(cited) and (on >= 2 * off and on >= 2 * float(np.mean(rand)) and on > float(np.percentile(rand, 90))
                   and agree > float(np.mean(rand_agree)))
        out[m] = {
            "components": cited,
            "status": "finding" if finding else "hypothesis",
            "claimed_tokens": {"selection": int(sum(x.sum() for x in sel_masks)),
                               "test": int(sum(x.sum() for x in test_masks)),
                               "all_test": int(sum(len(x) for x in test_masks))},
            "selection_specificity": {h: {"specificity": round(spec[h][0], 4), "rise_claimed": round(spec[h][1], 4),
                                          "rise_other": round(spec[h][2], 4)}
                                      for h in sorted(heads, key=lambda h: -spec[h][0])[:8]},
            "test": {"rise_claimed": round(on, 4), "rise_other": round(off, 4),
                     "random_rise_claimed_mean": round(float(np.mean(rand)), 4),
                     "random_rise_claimed_p90": round(float(np.percentile(rand, 90)), 4),
                     "direct_agreement": round(agree, 3),
                     "random_direct_agreement_mean": round(float(np.mean(rand_agree)), 3),
                     "random_sets_used": len(apart)},
        }
    return {"method": __doc__.split("\n\n", 1)[1].strip(), "stories": len(stories), "k": k,
            "claim_factor": claim_factor, "random_sets": random_sets, "mechanisms": out}


def evidence_pass(program, subject, data, progress=True):
    """Adds to the IR: `evidence`, the heads behind each mechanism (on the staged room) and behind each
    reader (reader_evidence.py)."""
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.emit import Stage
    from englishroom.mechanisms import REGISTRY
    s = program.settings
    if not (s.mechanisms and s.evidence_stories):
        return program
    texts = load_stories(data, limit=s.evidence_stories)
    on = [m.name for m in program.mechanisms if getattr(REGISTRY[m.name], "CITES_HEADS", True)]
    from englishroom.decompiler.reader_evidence import reader_evidence
    stories = [subject.encode_story(t) for t in texts]
    with Stage(program) as stage:
        stage.write()
        program.evidence = gather_evidence(subject, stage.folder, stories, on, progress=progress,
                                           rules=stage.context_rules())
    program.evidence["data"] = str(data)
    program.evidence["readers"] = reader_evidence(subject, stories, program.stories, progress=progress)
    return program
