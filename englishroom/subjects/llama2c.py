"""Karpathy's llama2.c checkpoints (e.g. stories260K), as a readable PyTorch module.

The whole forward pass is `Llama.forward`: token embedding, then per layer
RMSNorm -> grouped-query attention with rotary embeddings -> residual,
RMSNorm -> SwiGLU MLP -> residual; final RMSNorm; classifier tied to the embedding.
Per-head outputs enter `wo` and neuron activations enter `w2`: englishroom's hooks
(subjects/base.py) read and ablate them there.
"""
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

from englishroom.errors import UserError


@dataclass
class Config:
    dim: int
    hidden_dim: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    vocab_size: int
    seq_len: int
    norm_eps: float = 1e-5
    rope_theta: float = 10000.0

    @property
    def head_size(self):
        return self.dim // self.n_heads


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps, self.weight = eps, nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate(x, cos, sin):
    """RoPE on adjacent pairs (x0,x1),(x2,x3),...: x: [B, T, H, hs]; cos, sin: [T, hs/2]."""
    x0, x1 = x[..., 0::2], x[..., 1::2]
    c, s = cos[None, :, None, :], sin[None, :, None, :]
    return torch.stack([x0 * c - x1 * s, x0 * s + x1 * c], dim=-1).flatten(-2)


class Attention(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        hs = cfg.head_size
        self.n_heads, self.n_kv_heads, self.hs = cfg.n_heads, cfg.n_kv_heads, hs
        self.wq = nn.Linear(cfg.dim, cfg.n_heads * hs, bias=False)
        self.wk = nn.Linear(cfg.dim, cfg.n_kv_heads * hs, bias=False)
        self.wv = nn.Linear(cfg.dim, cfg.n_kv_heads * hs, bias=False)
        self.wo = nn.Linear(cfg.n_heads * hs, cfg.dim, bias=False)

    def forward(self, x, cos, sin, cache=None, layer=0, want_pattern=False):
        B, T, _ = x.shape
        q = rotate(self.wq(x).view(B, T, self.n_heads, self.hs), cos, sin)
        k = rotate(self.wk(x).view(B, T, self.n_kv_heads, self.hs), cos, sin)
        v = self.wv(x).view(B, T, self.n_kv_heads, self.hs)
        q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)   # [B, heads, T, hs]
        if cache is not None:                       # the keys and values of every position so far
            k, v = cache.append(layer, k, v)
        T, S = q.shape[2], k.shape[2]
        mask = torch.ones(T, S, dtype=torch.bool).tril(S - T)  # causal, offset by the cache
        if want_pattern:
            rep = self.n_heads // self.n_kv_heads   # query head h reads kv head h // rep
            k, v = k.repeat_interleave(rep, dim=1), v.repeat_interleave(rep, dim=1)
            scores = (q @ k.transpose(-1, -2)) / self.hs ** 0.5
            pattern = scores.masked_fill(~mask, float("-inf")).softmax(-1)
            z = pattern @ v
        else:
            pattern = None
            causal = dict(is_causal=True) if T == S else dict(attn_mask=None if T == 1 else mask)
            z = F.scaled_dot_product_attention(q, k, v, enable_gqa=True, **causal)
        z = z.transpose(1, 2).reshape(B, T, self.n_heads * self.hs)  # per-head outputs, concatenated
        return self.wo(z), pattern


class FeedForward(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.w1 = nn.Linear(cfg.dim, cfg.hidden_dim, bias=False)
        self.w2 = nn.Linear(cfg.hidden_dim, cfg.dim, bias=False)
        self.w3 = nn.Linear(cfg.dim, cfg.hidden_dim, bias=False)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)) * self.w3(x))  # neuron activations enter w2


class Block(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.attention_norm = RMSNorm(cfg.dim, cfg.norm_eps)
        self.attention = Attention(cfg)
        self.ffn_norm = RMSNorm(cfg.dim, cfg.norm_eps)
        self.feed_forward = FeedForward(cfg)

    def forward(self, x, cos, sin, cache=None, layer=0, want_pattern=False):
        a, pattern = self.attention(self.attention_norm(x), cos, sin, cache, layer, want_pattern)
        x = x + a
        return x + self.feed_forward(self.ffn_norm(x)), pattern


class Llama(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.cfg = cfg
        self.tok_embeddings = nn.Embedding(cfg.vocab_size, cfg.dim)
        self.layers = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.norm = RMSNorm(cfg.dim, cfg.norm_eps)
        freqs = 1.0 / cfg.rope_theta ** (torch.arange(0, cfg.head_size, 2).float() / cfg.head_size)
        angles = torch.outer(torch.arange(cfg.seq_len).float(), freqs)
        self.register_buffer("cos", angles.cos(), persistent=False)
        self.register_buffer("sin", angles.sin(), persistent=False)

    def forward(self, ids, past=None, want_patterns=False):
        """ids: [B, T] -> logits [B, T, V], past (a KVCache, or None), patterns per layer."""
        start = past.length if past is not None else 0
        cos, sin = self.cos[start:start + ids.shape[1]], self.sin[start:start + ids.shape[1]]
        x = self.tok_embeddings(ids)
        patterns = []
        for i, layer in enumerate(self.layers):
            x, pattern = layer(x, cos, sin, past, i, want_patterns)
            patterns.append(pattern)
        if past is not None:
            past.length += ids.shape[1]
        logits = self.norm(x) @ self.tok_embeddings.weight.T  # tied classifier
        return logits, past, patterns


class KVCache:
    """The keys and values of the positions so far, per layer: [B, n_kv_heads, capacity, hs] buffers
    written in place, the capacity doubling when full, so a step copies only its own token's."""

    def __init__(self, n_layers):
        self.keys, self.values, self.length = [None] * n_layers, [None] * n_layers, 0

    def append(self, layer, k, v):
        """Add positions (k, v: [B, n_kv_heads, T, hs]) after `length`; -> every position's keys and values."""
        end = self.length + k.shape[2]
        if self.keys[layer] is None or end > self.keys[layer].shape[2]:
            capacity = max(end, 2 * self.length, 64)
            for store, new in ((self.keys, k), (self.values, v)):
                grown = new.new_empty(*new.shape[:2], capacity, new.shape[3])
                if self.length:
                    grown[:, :, :self.length] = store[layer][:, :, :self.length]
                store[layer] = grown
        self.keys[layer][:, :, self.length:end] = k
        self.values[layer][:, :, self.length:end] = v
        return self.keys[layer][:, :, :end], self.values[layer][:, :, :end]

    def select_rows(self, rows):
        """Keep only batch `rows` (the stories still being written)."""
        self.keys = [k[rows] for k in self.keys]
        self.values = [v[rows] for v in self.values]
        return self


HEADER = ("dim", "hidden_dim", "n_layers", "n_heads", "n_kv_heads", "vocab_size", "seq_len")


def checkpoint_layout(path, header) -> tuple[Config, list]:
    """The Config and the tensors [(name, shape), ...] a llama2.c header describes, checked against the
    file's size before anything is allocated: every field positive, heads that divide evenly, and exactly
    28 header bytes plus 4 bytes per float (token embedding, the layers' tensors, the final norm, the
    RoPE tables llama2.c still writes; an untied classifier after them is refused)."""
    fields = dict(zip(HEADER, header))
    shown = ", ".join(f"{k} {v}" for k, v in fields.items())
    if fields["vocab_size"] < 0:
        raise UserError(f"{path}: untied classifiers are not supported yet (header: {shown})")
    bad = [k for k, v in fields.items() if v <= 0]
    if bad:
        raise UserError(f"{path}: not a llama2.c checkpoint: {bad[0]} is {fields[bad[0]]} (header: {shown})")
    dim, hidden, L, n_heads, n_kv, vocab, seq_len = header
    if dim % n_heads or n_heads % n_kv or (dim // n_heads) % 2:
        raise UserError(f"{path}: not a llama2.c checkpoint: dim {dim}, {n_heads} heads and {n_kv} KV heads do not "
                        "divide evenly into heads of an even size")
    cfg = Config(*header)
    kv_dim = n_kv * cfg.head_size
    layout = [("tok_embeddings.weight", (vocab, dim))] + [(f"layers.*.{name}", (L, *shape)) for name, shape in (
        ("attention_norm.weight", (dim,)), ("attention.wq.weight", (dim, dim)),
        ("attention.wk.weight", (kv_dim, dim)), ("attention.wv.weight", (kv_dim, dim)),
        ("attention.wo.weight", (dim, dim)), ("ffn_norm.weight", (dim,)),
        ("feed_forward.w1.weight", (hidden, dim)), ("feed_forward.w2.weight", (dim, hidden)),
        ("feed_forward.w3.weight", (hidden, dim)))]
    layout += [("norm.weight", (dim,)), ("rope_tables", (seq_len, cfg.head_size))]
    floats = sum(math.prod(shape) for _, shape in layout)
    size = path.stat().st_size
    if size != 28 + 4 * floats:
        raise UserError(f"{path}: {size:,} bytes, but its header ({shown}) describes {28 + 4 * floats:,}: "
                        "not a llama2.c checkpoint, or a truncated one")
    return cfg, layout


def load_llama2c(path) -> Llama:
    """Read a llama2.c "version 0" export: 7 int32 header fields, then float32 weights."""
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(28)
        if len(head) < 28:
            raise UserError(f"{path}: too short to be a llama2.c checkpoint")
        cfg, layout = checkpoint_layout(path, struct.unpack("<7i", head))   # before any allocation
        weights = torch.frombuffer(bytearray(f.read()), dtype=torch.float32)
    state, offset = {}, 0
    for name, shape in layout:  # llama2.c stores each tensor for all layers together
        n = math.prod(shape)
        tensor = weights[offset:offset + n].view(shape)
        offset += n
        if not torch.isfinite(tensor).all():
            layer = int((~torch.isfinite(tensor)).reshape(shape[0], -1).any(1).nonzero()[0, 0])
            raise UserError(f"{path}: {name.replace('*', str(layer))} holds NaN or infinite weights: "
                            "not a usable checkpoint")
        if name.startswith("layers.*."):
            state.update((name.replace("*", str(layer)), tensor[layer]) for layer in range(cfg.n_layers))
        elif name != "rope_tables":                   # the RoPE tables: Llama computes its own
            state[name] = tensor
    model = Llama(cfg)
    model.load_state_dict(state)
    return model.eval()
