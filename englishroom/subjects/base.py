"""The subject: a trained causal LM behind one interface used by all of englishroom.

A Subject wraps a torch module plus its tokenizer and says where the model's
internals live (an `Arch`): the module whose *input* is the per-head attention
outputs concatenated (`attn_out`), the module whose input is the MLP neuron
activations (`mlp_out`), each block, and the final norm. Forward pre-hooks on
those modules read and ablate heads `L{layer}H{head}` and neurons `L{layer}N{neuron}`,
the same way for every architecture.

Hook names follow TransformerLens:
  blocks.{l}.hook_resid_pre     [B, T, d_model]  residual stream entering block l
  blocks.{l}.attn.hook_z        [B, T, H, d_head] each head's output before W_O
  blocks.{l}.attn.hook_pattern  [B, H, T, T]     attention pattern (query, key)
  blocks.{l}.mlp.hook_post      [B, T, d_mlp]    neuron activations
  hook_resid_final              [B, T, d_model]  residual stream before the final norm
"""
import dataclasses
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

import torch

from englishroom.errors import UserError

COMPONENT = re.compile(r"^L(\d+)(H|N)(\d+)$")


@dataclass
class Arch:
    forward: Callable          # (ids, past, want_patterns) -> (logits, past, patterns | None)
    new_past: Callable         # () -> an empty KV cache for `forward`
    select_rows: Callable      # (KV cache, rows [R]) -> the cache of those batch rows only
    attn_out: Callable         # layer -> module whose input is the concatenated head outputs
    mlp_out: Callable          # layer -> module whose input is the neuron activations
    block: Callable            # layer -> the block module (its input is the residual stream)
    final_norm: object         # module whose input is the final residual stream
    head_out_weight: Callable  # layer -> [H, d_head, d_model]: each head's W_O
    neuron_out_weight: Callable  # layer -> [d_mlp, d_model]: each neuron's output direction
    direct_logits: Callable    # (vectors [..., d], final residual [..., d]) -> logits [..., V]:
                               # what a residual-stream component adds to the logits directly,
                               # with the final norm's scale frozen at its value for that residual
    n_layers: int
    n_heads: int
    d_head: int
    d_mlp: int


def resolve_device(name: str) -> str:
    """--device: "auto" takes a GPU when torch sees one; "cuda" insists on one; "cpu"."""
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda" and not torch.cuda.is_available():
        raise UserError("--device cuda: torch sees no GPU here (use --device cpu, or auto to take one when there is)")
    if name not in ("cpu", "cuda"):
        raise UserError(f"--device {name!r}: choose auto, cpu or cuda")
    return name


def on_device(arch: Arch, device: str) -> Arch:
    """The same architecture with its module on `device`: ids and rows go there, and every tensor it
    returns comes back to the CPU (a KV cache stays on the device), so nothing else changes."""
    def back(x):
        return x.cpu() if isinstance(x, torch.Tensor) else x

    def forward(ids, past, want_patterns):
        logits, past, patterns = arch.forward(ids.to(device), past, want_patterns)
        return back(logits), past, patterns and [back(p) for p in patterns]
    return dataclasses.replace(
        arch, forward=forward,
        select_rows=lambda past, rows: arch.select_rows(past, rows.to(device)),
        head_out_weight=lambda layer: back(arch.head_out_weight(layer)),
        neuron_out_weight=lambda layer: back(arch.neuron_out_weight(layer)),
        direct_logits=lambda v, resid: back(arch.direct_logits(v.to(device), resid.to(device))))


def parse_component(name: str):
    """'L2H5' -> (2, 'H', 5); 'L0N17' -> (0, 'N', 17)."""
    m = COMPONENT.match(name)
    if not m:
        raise UserError(f"bad component name {name!r}: expected L<layer>H<head> or L<layer>N<neuron>")
    return int(m[1]), m[2], int(m[3])


class Subject:
    def __init__(self, name, module, arch: Arch, *, encode, decode, token_text, bos_id, end_ids,
                 vocab_size, context_length, source, tokenizer_spec=None):
        self.name, self.module, self.arch = name, module, arch
        self._encode, self._decode, self._token_text = encode, decode, token_text
        self.bos_id, self.end_ids = bos_id, set(end_ids)
        self.vocab_size, self.context_length, self.source = vocab_size, context_length, source
        self._tokenizer_spec = tokenizer_spec
        self.n_layers, self.n_heads, self.d_mlp = arch.n_layers, arch.n_heads, arch.d_mlp
        self.device = "cpu"

    def to(self, device: str) -> "Subject":
        """Run the subject on `device` ("auto", "cpu" or "cuda"); everything it returns stays on the CPU."""
        device = resolve_device(device)
        if device != self.device:
            self.module.to(device)
            self.arch, self.device = on_device(self.arch, device), device
        return self

    # ---- text ---------------------------------------------------------------
    def encode(self, text: str) -> list[int]:
        return list(self._encode(text))

    def encode_story(self, text: str) -> list[int]:
        """The story protocol: [BOS] + tokens, truncated to the context length."""
        return ([self.bos_id] + self.encode(text))[: self.context_length]

    def decode(self, ids) -> str:
        return self._decode([int(i) for i in ids if int(i) != self.bos_id])

    def token_text(self, i: int) -> str:
        return self._token_text(int(i))

    def tokenizer_spec(self) -> dict:
        """The tokenizer as tables a room can carry: kind, pieces, kinds, scores (and merges)."""
        if self._tokenizer_spec is None:
            raise UserError(f"{self.name}: its tokenizer cannot be written into a room")
        return self._tokenizer_spec()

    def components(self) -> list[str]:
        heads = [f"L{l}H{h}" for l in range(self.n_layers) for h in range(self.n_heads)]
        return heads + [f"L{l}N{n}" for l in range(self.n_layers) for n in range(self.d_mlp)]

    # ---- scoring ------------------------------------------------------------
    @torch.no_grad()
    def logits(self, ids: torch.Tensor) -> torch.Tensor:
        return self.arch.forward(ids, None, False)[0].float()

    @torch.no_grad()
    def story_logprobs(self, stories: list[list[int]], batch_tokens: int | None = None):
        """Yield (index, logprobs[len(story), V]) for token-id stories, in batches of similar length
        (`batch_tokens` positions; default 16,384, fewer for large vocabularies: a batch's logits
        stay near 256 MB).

        Row t is log p(next token | story[:t+1]). Stories are right-padded, which a causal
        model cannot see, so each real position's distribution is exact.
        """
        batch_tokens = batch_tokens or min(16384, 2**26 // self.vocab_size)
        order = sorted(range(len(stories)), key=lambda i: len(stories[i]))
        batch = []
        for k, i in enumerate(order):
            batch.append(i)
            longest = len(stories[batch[-1]])
            nxt = len(stories[order[k + 1]]) if k + 1 < len(order) else None
            if k + 1 == len(order) or (len(batch) + 1) * max(longest, nxt) > batch_tokens:
                ids = torch.zeros(len(batch), longest, dtype=torch.long)
                for r, j in enumerate(batch):
                    ids[r, : len(stories[j])] = torch.tensor(stories[j])
                lp = torch.log_softmax(self.logits(ids), -1).numpy()
                for r, j in enumerate(batch):
                    yield j, lp[r, : len(stories[j])]
                batch = []

    # ---- internals ----------------------------------------------------------
    @contextmanager
    def hooks(self, cache: dict | None = None, ablate: dict | None = None, means: dict | None = None):
        """Inside: forward passes record internals into `cache` and apply `ablate`.

        ablate maps component names to "zero", "mean" or "patch"; "mean" needs `means`
        (from `component_means`), a value per component; "patch" (an interchange intervention)
        needs `means` to hold, per layer ("L{l}H": [H, B, T, d_head]), the values to write at every
        position: e.g. another story's hook_z, so the head says what it said there; where a value is
        NaN the head keeps its own output (so each row of a batch can patch a different set of heads).
        Heads are ablated or patched at every position.
        """
        plan = {}  # (layer, kind) -> {index: "zero" | "mean"}
        for name, how in (ablate or {}).items():
            layer, kind, idx = parse_component(name)
            limit = self.n_heads if kind == "H" else self.d_mlp
            if layer >= self.n_layers or idx >= limit:
                raise UserError(f"component {name} does not exist in {self.name}")
            if how not in ("zero", "mean", "patch"):
                raise UserError(f"ablation must be 'zero', 'mean' or 'patch', not {how!r}")
            if how in ("mean", "patch") and means is None:
                raise UserError("mean ablation needs component means (Subject.component_means)")
            plan.setdefault((layer, kind), {})[idx] = how
        a, handles = self.arch, []

        def head_hook(layer):
            def hook(_module, args):
                z = args[0].reshape(*args[0].shape[:-1], a.n_heads, a.d_head).clone()
                for h, how in plan.get((layer, "H"), {}).items():
                    v = 0.0 if how == "zero" else means[f"L{layer}H"][h].to(z.device)
                    z[..., h, :] = torch.where(torch.isnan(v), z[..., h, :], v) if how == "patch" else v
                if cache is not None:
                    cache[f"blocks.{layer}.attn.hook_z"] = z.cpu()
                return (z.flatten(-2),) + tuple(args[1:])
            return hook

        def neuron_hook(layer):
            def hook(_module, args):
                act = args[0].clone()
                for n, how in plan.get((layer, "N"), {}).items():
                    act[..., n] = 0.0 if how == "zero" else means[f"L{layer}N"][n].to(act.device)
                if cache is not None:
                    cache[f"blocks.{layer}.mlp.hook_post"] = act.cpu()
                return (act,) + tuple(args[1:])
            return hook

        def resid_hook(key):
            def hook(_module, args):
                cache[key] = args[0].detach().clone().cpu()
            return hook

        try:
            for layer in range(a.n_layers):
                if cache is not None or (layer, "H") in plan:
                    handles.append(a.attn_out(layer).register_forward_pre_hook(head_hook(layer)))
                if cache is not None or (layer, "N") in plan:
                    handles.append(a.mlp_out(layer).register_forward_pre_hook(neuron_hook(layer)))
                if cache is not None:
                    handles.append(a.block(layer).register_forward_pre_hook(
                        resid_hook(f"blocks.{layer}.hook_resid_pre")))
            if cache is not None:
                handles.append(a.final_norm.register_forward_pre_hook(resid_hook("hook_resid_final")))
            yield cache
        finally:
            for h in handles:
                h.remove()

    @torch.no_grad()
    def run(self, ids: torch.Tensor, cache: bool = False, ablate=None, means=None, patterns: bool | None = None):
        """One forward pass over [B, T] ids; returns (logits, cache dict or None). The cache holds the
        attention patterns too unless `patterns` is False ([B, H, T, T] per layer: 1.3 GB for 32
        stories of 512 tokens of stories260K)."""
        store = {} if cache else None
        want = cache if patterns is None else patterns and cache
        with self.hooks(store, ablate, means):
            logits, _, patterns = self.arch.forward(ids, None, want)
        if want:
            for layer, p in enumerate(patterns):
                store[f"blocks.{layer}.attn.hook_pattern"] = p.detach().float()
        return logits.float(), store

    @torch.no_grad()
    def component_means(self, stories: list[list[int]], batch_tokens: int = 16384) -> dict:
        """Mean of each head's output (over positions) and each neuron's activation, for mean ablation.

        Returns {"L{l}H": tensor[H, d_head], "L{l}N": tensor[d_mlp]}.
        """
        sums, count = {}, 0
        for start in range(0, len(stories), max(1, batch_tokens // self.context_length)):
            chunk = stories[start:start + max(1, batch_tokens // self.context_length)]
            longest = max(len(s) for s in chunk)
            ids = torch.zeros(len(chunk), longest, dtype=torch.long)
            real = torch.zeros(len(chunk), longest, dtype=torch.bool)
            for r, s in enumerate(chunk):
                ids[r, : len(s)], real[r, : len(s)] = torch.tensor(s), True
            _, store = self.run(ids, cache=True, patterns=False)
            count += int(real.sum())
            for layer in range(self.n_layers):
                for key, hook in ((f"L{layer}H", f"blocks.{layer}.attn.hook_z"),
                                  (f"L{layer}N", f"blocks.{layer}.mlp.hook_post")):
                    sums[key] = sums.get(key, 0) + store[hook][real].sum(0)
        return {k: v / count for k, v in sums.items()}

