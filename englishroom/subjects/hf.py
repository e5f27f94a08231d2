"""Hugging Face causal LMs (TinyStories-1M ... 33M are GPT-Neo; GPT-2; Llama) as Subjects.

Scoring and sampling work for any AutoModelForCausalLM. Internals (heads, neurons)
need to know where each architecture keeps its per-head outputs and neuron
activations: the table ARCHS below.
"""
import inspect
from pathlib import Path

import torch

from englishroom.errors import UserError
from englishroom.subjects.base import Arch, Subject

# model_type -> (blocks, attention output projection, MLP output projection, final norm)
ARCHS = {
    "gpt_neo": (lambda m: m.transformer.h, lambda b: b.attn.attention.out_proj,
                lambda b: b.mlp.c_proj, lambda m: m.transformer.ln_f),
    "gpt2": (lambda m: m.transformer.h, lambda b: b.attn.c_proj,
             lambda b: b.mlp.c_proj, lambda m: m.transformer.ln_f),
    "llama": (lambda m: m.model.layers, lambda b: b.self_attn.o_proj,
              lambda b: b.mlp.down_proj, lambda m: m.model.norm),
}


def load_hf(spec: str) -> Subject:
    try:
        import transformers
    except ImportError:
        raise UserError("Hugging Face models need `pip install transformers`") from None
    local = Path(spec).is_dir()

    def load(**kw):
        tok = transformers.AutoTokenizer.from_pretrained(spec, **kw)
        return tok, transformers.AutoModelForCausalLM.from_pretrained(spec, attn_implementation="eager", **kw)

    try:
        if local:
            tok, model = load()
        else:
            try:                        # already in the local Hugging Face cache?
                tok, model = load(local_files_only=True)
            except Exception:
                if not hub_reachable():
                    raise OSError("hub unreachable") from None
                tok, model = load()
    except Exception as e:  # transformers raises OSError, ValueError, RuntimeError, HTTP errors, ...
        if local:
            raise UserError(f"{spec}: not a Hugging Face model directory ({str(e).splitlines()[0]})") from None
        raise UserError(f"cannot load {spec!r} from the Hugging Face Hub (offline or unknown id); "
                        "download it where you have internet and pass its local directory, "
                        "e.g. --model /path/to/TinyStories-1M") from None
    return wrap_hf(model.eval(), tok, spec)


def hub_reachable(timeout: float = 5.0) -> bool:
    """A quick check, so an offline user gets an answer now rather than after minutes of retries."""
    import socket
    try:
        socket.create_connection(("huggingface.co", 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def wrap_hf(model, tok, name: str) -> Subject:
    cfg = model.config
    n_layers = cfg.num_hidden_layers
    n_heads = cfg.num_attention_heads
    d_model = cfg.hidden_size
    d_mlp = getattr(cfg, "intermediate_size", None) or getattr(cfg, "n_inner", None) or 4 * d_model
    parts = ARCHS.get(cfg.model_type)

    def unsupported(*_):
        raise UserError(f"internals of model type {cfg.model_type!r} are not mapped yet "
                        f"(supported: {', '.join(ARCHS)}); scoring and sampling still work")

    blocks, attn_out, mlp_out, final = parts if parts else (unsupported,) * 4

    # transformers 5 renamed `past_key_values` to `cache`; accept both
    cache_arg = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"

    def forward(ids, past, want_patterns):
        out = model(input_ids=ids, use_cache=past is not None, return_dict=True,
                    output_attentions=want_patterns, **{cache_arg: past})
        return out.logits, getattr(out, cache_arg), out.attentions

    def new_past():
        from transformers import DynamicCache
        return DynamicCache()

    def select_rows(past, rows):
        past.batch_select_indices(rows)
        return past

    def out_weight(module):
        """[in, out] whatever the layer type (nn.Linear stores [out, in], GPT-2's Conv1D [in, out])."""
        w = module.weight
        return w.T if isinstance(module, torch.nn.Linear) else w

    def direct_logits(v, resid):
        norm, head = final(model), model.get_output_embeddings()
        if hasattr(norm, "bias"):            # LayerNorm: centre, divide by the residual's spread
            scale = torch.rsqrt(resid.var(-1, keepdim=True, unbiased=False) + norm.eps)
            x = (v - v.mean(-1, keepdim=True)) * scale * norm.weight
        else:                                # RMSNorm
            eps = getattr(norm, "variance_epsilon", getattr(norm, "eps", 1e-6))
            x = v * torch.rsqrt(resid.pow(2).mean(-1, keepdim=True) + eps) * norm.weight
        return x @ head.weight.T

    d_head = d_model // n_heads
    arch = Arch(forward=forward, new_past=new_past, select_rows=select_rows,
                head_out_weight=lambda l: out_weight(attn_out(blocks(model)[l])).reshape(n_heads, d_head, -1),
                neuron_out_weight=lambda l: out_weight(mlp_out(blocks(model)[l])),
                direct_logits=direct_logits,
                attn_out=lambda l: attn_out(blocks(model)[l]),
                mlp_out=lambda l: mlp_out(blocks(model)[l]),
                block=lambda l: blocks(model)[l],
                final_norm=final(model) if parts else None,
                n_layers=n_layers, n_heads=n_heads, d_head=d_model // n_heads, d_mlp=d_mlp)
    bos = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
    ends = {i for i in (tok.eos_token_id, bos) if i is not None}
    return Subject(
        name, model, arch,
        encode=lambda text: tok.encode(text, add_special_tokens=False),
        decode=lambda ids: tok.decode(ids),
        token_text=lambda i: tok.decode([i]),
        bos_id=bos, end_ids=ends, vocab_size=cfg.vocab_size,
        context_length=getattr(cfg, "max_position_embeddings", None) or getattr(cfg, "n_positions"),
        source={"kind": "huggingface", "id": name, "model_type": cfg.model_type},
        tokenizer_spec=lambda: bytelevel_spec(tok, cfg.vocab_size))


def bytelevel_spec(tok, vocab_size: int) -> dict:
    """GPT-2-style byte-level BPE as tables: pieces in GPT-2's printable-byte spelling, and merges."""
    import json
    try:
        model = json.loads(tok.backend_tokenizer.to_str())["model"]
    except AttributeError:
        raise UserError("rooms need a fast (tokenizers-backed) byte-level BPE tokenizer") from None
    if model.get("type") != "BPE":
        raise UserError(f"rooms support byte-level BPE tokenizers, not {model.get('type')}")
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    pieces = tok.convert_ids_to_tokens(list(range(vocab_size)))
    pieces = [p if p is not None else f"<unused{i}>" for i, p in enumerate(pieces)]
    special = set(tok.all_special_ids)
    kinds = ["control" if i in special else "normal" for i in range(vocab_size)]
    return {"kind": "bytelevel", "pieces": pieces, "kinds": kinds, "scores": [0.0] * vocab_size,
            "merges": merges}

