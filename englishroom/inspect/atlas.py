"""The atlas: every head and neuron of the subject, what it does, and how much it matters.

Measured on real stories (the first N of valid-dev.txt by default):
  heads    where they attend (BOS, previous token, earlier copies of the current token, the
           token after an earlier copy = induction, mean distance), also on repeated random
           tokens as TransformerLens scores induction; a role label derived from those scores;
           the tokens their output promotes through the unembedding (direct logit attribution,
           final norm frozen); and the rise of the subject's loss when each is mean-ablated, on all
           tokens, on tokens that repeat one seen earlier in the story, and on first occurrences.
           `copying_heads` ranks heads by induction score and by the loss rise on repeats, so a
           reader can check that the heads that attend like induction heads are the ones copying needs.
  neurons  their top-activating contexts, the tokens their output direction promotes and
           suppresses, an attribution-patching estimate of their mean-ablation effect for every
           neuron, and the measured mean-ablation effect for the neurons estimated to matter most.
"""
import json
import random
from pathlib import Path

import torch
from tqdm import tqdm

ROLE_RULES = """role labels (first that applies):
  induction        induction score >= 0.3 on repeated random tokens, or >= 0.25 on stories
  previous-token   attention to the previous token >= 0.5
  duplicate-token  attention to earlier copies of the current token >= 0.3
  BOS sink         attention to BOS >= 0.6 (the head mostly rests)
  long-range       mean attention distance >= 10 tokens
  local            otherwise (attends within a few tokens)"""


def role(s: dict) -> str:
    if s["induction_random"] >= 0.3 or s["induction"] >= 0.25:
        return "induction"
    if s["previous"] >= 0.5:
        return "previous-token"
    if s["duplicate"] >= 0.3:
        return "duplicate-token"
    if s["bos"] >= 0.6:
        return "BOS sink"
    return "long-range" if s["distance"] >= 10 else "local"


def batches(stories, size):
    for i in range(0, len(stories), size):
        chunk = stories[i:i + size]
        longest = max(len(s) for s in chunk)
        ids = torch.zeros(len(chunk), longest, dtype=torch.long)
        real = torch.zeros(len(chunk), longest, dtype=torch.bool)
        for r, s in enumerate(chunk):
            ids[r, :len(s)], real[r, :len(s)] = torch.tensor(s), True
        yield ids, real


def pattern_scores(pattern, ids, real):
    """Per head sums of attention to BOS / previous / duplicates / induction targets, and distance."""
    B, H, T, _ = pattern.shape
    q = torch.arange(T)
    causal = q[None, :] < q[:, None]                                  # key j strictly before query t
    same = (ids[:, :, None] == ids[:, None, :]) & causal              # [B, t, j]: earlier copy at j
    after = torch.zeros_like(same)
    after[:, :, 1:] = same[:, :, :-1] & causal[None, :, 1:]           # token after an earlier copy
    queries = real.clone()
    queries[:, 0] = False
    out = {}
    w = queries[:, None, :].float()
    out["bos"] = (pattern[..., 0] * w).sum((0, 2))
    out["previous"] = (torch.diagonal(pattern, -1, 2, 3)[..., :] * w[..., 1:]).sum((0, 2))
    out["distance"] = ((pattern * (q[:, None] - q[None, :]).clamp_min(0).float()).sum(-1) * w).sum((0, 2))
    out["n"] = queries.sum().float().expand(H)
    for key, mask in (("duplicate", same), ("induction", after)):
        has = (mask.any(-1) & queries)[:, None, :].float()
        out[key] = ((pattern * mask[:, None].float()).sum(-1) * has).sum((0, 2))
        out["n_" + key] = has.sum((0, 2)).expand(H)
    return out


def token_losses(subject, stories, ablate=None, means=None, batch=16):
    """The subject's loss on every predicted token, story by story, position by position."""
    out = []
    for ids, real in batches(stories, batch):
        logits, _ = subject.run(ids, ablate=ablate, means=means)
        lp = torch.log_softmax(logits[:, :-1], -1).gather(-1, ids[:, 1:, None])[..., 0]
        out.append(-lp[real[:, 1:]])
    return torch.cat(out)


def mean_loss(subject, stories, ablate=None, means=None, batch=16):
    return float(token_losses(subject, stories, ablate, means, batch).mean())


def repeats(stories) -> torch.Tensor:
    """For every predicted token (in token_losses' order): does it repeat a token seen earlier in its story?"""
    flags = []
    for s in stories:
        seen = set()
        for t in range(1, len(s)):
            flags.append(s[t] in seen)
            seen.add(s[t])
    return torch.tensor(flags, dtype=torch.bool)


def neuron_attribution(subject, stories, means, batch=16):
    """Attribution patching: d loss ~ sum_t (mean - a_t) * dL/da_t, for every neuron at once."""
    arch, est, n = subject.arch, {l: torch.zeros(subject.d_mlp) for l in range(subject.n_layers)}, 0
    for ids, real in batches(stories, batch):
        acts, handles = {}, []

        def keep(layer):
            def hook(_m, args):
                a = args[0]
                a.retain_grad()
                acts[layer] = a
            return hook

        for l in range(subject.n_layers):
            handles.append(arch.mlp_out(l).register_forward_pre_hook(keep(l)))
        try:
            with torch.enable_grad():
                logits = arch.forward(ids, None, False)[0]
                lp = torch.log_softmax(logits[:, :-1].float(), -1).gather(-1, ids[:, 1:, None])[..., 0]
                mask = real[:, 1:]
                (-lp[mask].sum()).backward()
        finally:
            for h in handles:
                h.remove()
        pos = real.clone()
        pos[:, -1] = False
        for l, a in acts.items():
            delta = (means[f"L{l}N"] - a.detach()) * a.grad
            est[l] += (delta * real[..., None]).sum((0, 1))
        n += int(mask.sum())
    return {l: v / n for l, v in est.items()}


def summed_direct_logits(arch, vectors, resid, chunk=256):
    total = 0
    for i in range(0, len(vectors), chunk):
        total = total + arch.direct_logits(vectors[i:i + chunk], resid[i:i + chunk]).sum(0)
    return total


@torch.no_grad()
def build_atlas(subject, stories, top_neurons: int = 40, contexts: int = 5, batch: int = 8,
                progress=True) -> dict:
    L, H, V = subject.n_layers, subject.n_heads, subject.vocab_size
    tok = subject.token_text
    arch = subject.arch
    sums = {}
    dla_sum = torch.zeros(L, H, V)
    top_act = {l: (torch.full((contexts, subject.d_mlp), -1e9), torch.zeros(contexts, subject.d_mlp, 2, dtype=torch.long))
               for l in range(L)}
    n_pos = 0
    bar = tqdm(total=len(stories), desc="atlas: attention and activations", disable=not progress)
    for b, (ids, real) in enumerate(batches(stories, batch)):
        _, cache = subject.run(ids, cache=True)
        resid = cache["hook_resid_final"]
        inv = resid[real]
        n_pos += int(real.sum())
        for l in range(L):
            sc = pattern_scores(cache[f"blocks.{l}.attn.hook_pattern"], ids, real)
            for k, v in sc.items():
                sums.setdefault(k, torch.zeros(L, H))[l] += v
            z = cache[f"blocks.{l}.attn.hook_z"][real]                         # [N, H, dh]
            out = torch.einsum("nhd,hdm->hnm", z, arch.head_out_weight(l))     # [H, N, d]
            for h in range(H):                                                 # direct logit attribution
                dla_sum[l, h] += summed_direct_logits(arch, out[h], inv)
            act = cache[f"blocks.{l}.mlp.hook_post"]                           # [B, T, d_mlp]
            flat = act.masked_fill(~real[..., None], -1e9).reshape(-1, subject.d_mlp)
            vals, idx = flat.topk(min(contexts, flat.shape[0]), dim=0)
            where = torch.stack([idx // ids.shape[1] + b * batch, idx % ids.shape[1]], -1)
            allv = torch.cat([top_act[l][0], vals])
            allw = torch.cat([top_act[l][1], where])
            keep = allv.topk(contexts, dim=0).indices
            top_act[l] = (allv.gather(0, keep), allw.gather(0, keep[..., None].expand(-1, -1, 2)))
        bar.update(ids.shape[0])
    bar.close()

    scores = {k: sums[k] / sums["n"] for k in ("bos", "previous", "distance")}
    for k in ("duplicate", "induction"):
        scores[k] = sums[k] / sums["n_" + k].clamp_min(1)
    scores.update(repeated_random_scores(subject, stories))

    means = subject.component_means(stories)
    base_tokens = token_losses(subject, stories)
    base, rep = float(base_tokens.mean()), repeats(stories)
    comps = {}
    heads = [(l, h) for l in range(L) for h in range(H)]
    for l, h in tqdm(heads, desc="atlas: ablating heads", disable=not progress):
        name = f"L{l}H{h}"
        att = {k: round(float(v[l, h]), 4) for k, v in scores.items()}
        dla = dla_sum[l, h] / n_pos
        dla = dla - dla.mean()
        rise = token_losses(subject, stories, {name: "mean"}, means) - base_tokens
        comps[name] = {"kind": "head", "layer": l, "index": h, "attention": att, "role": role(att),
                       "promotes": top_tokens(dla, tok, 8), "suppresses": top_tokens(-dla, tok, 8, sign=-1),
                       "loss_rise_mean_ablation": round(float(rise.mean()), 5),
                       "loss_rise_on_repeats": round(float(rise[rep].mean()), 5),
                       "loss_rise_on_first_occurrences": round(float(rise[~rep].mean()), 5)}

    estimate = neuron_attribution(subject, stories, means)
    typical = inv[inv.norm(dim=-1).argsort()[len(inv) // 2]][None]
    for l in range(L):
        with torch.no_grad():
            direction = arch.direct_logits(arch.neuron_out_weight(l), typical.expand(subject.d_mlp, -1))
        direction = direction - direction.mean(-1, keepdim=True)
        vals, where = top_act[l]
        for n in range(subject.d_mlp):
            ctxs = [{"activation": round(float(vals[k, n]), 3), "text": snippet(subject, stories, *where[k, n].tolist())}
                    for k in range(vals.shape[0]) if vals[k, n] > -1e8]
            comps[f"L{l}N{n}"] = {"kind": "neuron", "layer": l, "index": n, "top_contexts": ctxs,
                                  "promotes": top_tokens(direction[n], tok, 6),
                                  "suppresses": top_tokens(-direction[n], tok, 6, sign=-1),
                                  "loss_rise_estimate": round(float(estimate[l][n]), 6)}
    ranked = sorted((c for c in comps if comps[c]["kind"] == "neuron"),
                    key=lambda c: -abs(comps[c]["loss_rise_estimate"]))
    for name in tqdm(ranked[:top_neurons], desc="atlas: ablating top neurons", disable=not progress):
        comps[name]["loss_rise_mean_ablation"] = round(mean_loss(subject, stories, {name: "mean"}, means) - base, 5)

    def weight(c):
        return c.get("loss_rise_mean_ablation", c.get("loss_rise_estimate", 0.0))

    ranking = sorted(comps, key=lambda c: -weight(comps[c]))
    head_names = [f"L{l}H{h}" for l, h in heads]
    copying = {"by_induction_score": sorted(head_names, key=lambda c: -comps[c]["attention"]["induction"]),
               "by_loss_rise_on_repeats": sorted(head_names, key=lambda c: -comps[c]["loss_rise_on_repeats"]),
               "repeated_token_share": round(float(rep.float().mean()), 4)}
    return {"subject": subject.name, "source": subject.source, "stories": len(stories),
            "tokens": n_pos - len(stories), "base_loss": base, "role_rules": ROLE_RULES,
            "neurons_measured": top_neurons, "ranking": ranking, "copying_heads": copying,
            "components": comps}


def atlas_of(subject, data=None, stories=200, top_neurons=40, room=None, progress=True) -> dict:
    """The atlas measured on the first `stories` stories of `data` (default: the shared valid-dev.txt),
    marked with the heads a `room`'s evidence cites (read, and checked against the subject, first)."""
    import time
    from englishroom.corpora.stories import encode_stories
    from englishroom.errors import UserError
    from englishroom.paths import dev_stories
    if stories < 1 or top_neurons < 0:
        raise UserError(f"the atlas needs at least one story and zero or more neurons to ablate "
                        f"(got {stories} and {top_neurons})")
    evidence = room_evidence(room, subject.components()) if room else None
    data = data or dev_stories()
    ids = encode_stories(data, subject.encode_story, limit=stories)
    t0 = time.perf_counter()
    atlas = build_atlas(subject, ids, top_neurons=top_neurons, progress=progress)
    atlas["data"], atlas["seconds"] = str(data), round(time.perf_counter() - t0, 1)
    if room:
        add_mechanisms(atlas, room, evidence)
    return atlas


def room_evidence(room, components=None) -> dict:
    """The mechanism evidence in a room's provenance.json; with `components`, the subject's own component
    names, every component it cites must be one of them (a room of another subject is refused)."""
    from englishroom.errors import UserError
    try:
        prov = json.loads((Path(room) / "provenance.json").read_text())
    except (OSError, ValueError):
        raise UserError(f"{room}: no readable provenance.json (not a room?)") from None
    if not isinstance(prov, dict) or "evidence" not in prov:
        raise UserError(f"{room}: has no mechanism evidence (decompile it with mechanisms and evidence)")
    evidence = prov["evidence"]
    if components is not None:
        known = set(components)
        cited = [c for e in evidence["mechanisms"].values() for c in e["components"] if c not in known]
        if cited:
            raise UserError(f"{room}: its evidence cites {cited[0]}, which this subject does not have "
                            "(a room of another subject?)")
    return evidence


def add_mechanisms(atlas, room, evidence=None):
    """Mark the heads a room's evidence cites for each of its mechanisms."""
    evidence = evidence or room_evidence(room)
    atlas["mechanisms"] = {"room": str(room), "method": evidence["method"], **evidence["mechanisms"]}
    for name, e in evidence["mechanisms"].items():
        for c in e["components"]:
            atlas["components"][c].setdefault("mechanisms", []).append(f"{name} ({e['status']})")


def write_atlas(atlas, folder: Path, layers: int):
    """atlas.json and the page atlas.html in `folder`."""
    import jinja2
    from englishroom.paths import atomic_write
    env = jinja2.Environment(loader=jinja2.PackageLoader("englishroom", "templates"), autoescape=False)
    html = env.get_template("atlas.html.j2").render(a=atlas, layers=layers)
    atomic_write(Path(folder) / "atlas.json", json.dumps(atlas, indent=1, ensure_ascii=False) + "\n")
    atomic_write(Path(folder) / "atlas.html", html)


def ranking_table(atlas, top=15) -> str:
    """The `top` components by causal weight: loss rise, role, the tokens they promote."""
    lines = [f"{'component':<10}{'loss rise':>11}  role / promotes"]
    for name in atlas["ranking"][:top]:
        c = atlas["components"][name]
        rise = c.get("loss_rise_mean_ablation", c.get("loss_rise_estimate"))
        what = c.get("role") or "neuron"
        lines.append(f"{name:<10}{rise:>11.4f}  {what}: " + " ".join(repr(t) for t, _ in c["promotes"][:4]))
    return "\n".join(lines)


def summary(atlas, subject, folder) -> str:
    """What `englishroom atlas` prints: what was measured and written, then the ranking."""
    return (f"atlas of {subject.name}: {len(atlas['components'])} components from {atlas['stories']} stories "
            f"in {atlas['seconds']:.0f} s; wrote {folder}/atlas.json and atlas.html\n" + ranking_table(atlas))


def top_tokens(logits, tok, k, sign=1):
    vals, idx = logits.topk(k)
    return [[tok(int(i)), round(sign * float(v), 3)] for v, i in zip(vals, idx)]


def snippet(subject, stories, story, pos, before=8, after=2):
    s = stories[story]
    left = subject.decode(s[max(1, pos - before):pos])
    here = subject.token_text(s[pos]) if pos > 0 else "<BOS>"
    right = subject.decode(s[pos + 1:pos + 1 + after]) if pos + 1 < len(s) else ""
    return f"{left}[[{here}]]{right}"


def repeated_random_scores(subject, stories, length=40, n=16, seed=0):
    """TransformerLens-style: BOS + r + r for random tokens r; score the second copy's attention."""
    rng = random.Random(seed)
    pool = sorted({t for s in stories for t in s[1:]})
    seqs = []
    for _ in range(n):
        r = [rng.choice(pool) for _ in range(length)]
        seqs.append([subject.bos_id] + r + r)
    ids = torch.tensor(seqs)
    _, cache = subject.run(ids, cache=True)
    t = torch.arange(length + 1, 2 * length + 1)              # queries in the second copy
    out = {"induction_random": [], "duplicate_random": [], "previous_random": []}
    for l in range(subject.n_layers):
        p = cache[f"blocks.{l}.attn.hook_pattern"]             # [n, H, T, T]
        out["induction_random"].append(p[:, :, t, t - length + 1].mean((0, 2)))
        out["duplicate_random"].append(p[:, :, t, t - length].mean((0, 2)))
        out["previous_random"].append(p[:, :, t, t - 1].mean((0, 2)))
    return {k: torch.stack(v) for k, v in out.items()}
