"""Load a subject model by name, path or hub id: `load_subject("stories260K")`.

Importing this package does not import torch (the command line imports it to start at once);
`Subject` and `parse_component` (subjects/base.py) load it when first asked for."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from englishroom.errors import UserError
from englishroom.paths import shared_dir

if TYPE_CHECKING:
    from englishroom.subjects.base import Subject


def __getattr__(name):
    if name in ("Subject", "parse_component"):
        from englishroom.subjects import base
        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SHORT_NAMES = {"stories260K": ("models", "stories260K", "stories260K.bin"),
               "babyllama-tok105": ("models", "babyllama-tok105", "model5000.bin")}
FILE_SUFFIXES = {".bin", ".pt", ".pth", ".ckpt", ".safetensors", ".gguf", ".model", ".json", ".txt"}


def looks_like_hub_id(spec: str) -> bool:
    """owner/name as the Hugging Face Hub spells it (dots allowed, as in gpt-neo-1.3B), not a file name."""
    return (re.fullmatch(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*", spec) is not None and ".." not in spec
            and Path(spec).suffix.lower() not in FILE_SUFFIXES)


def llama2c_checkpoints(folder: Path) -> list[Path]:
    """The llama2.c checkpoints in a folder: its .bin files but the tokenizer's (tok512.bin, tokenizer.bin)."""
    return sorted(p for p in folder.glob("*.bin") if not re.fullmatch(r"tok(enizer|\d+)\.bin", p.name))


def load_subject(spec: str, device: str = "cpu") -> Subject:
    """The subject `spec` names, on `device` (auto, cpu or cuda); `subject.spec` says how to load it
    again (a Ray worker does)."""
    subject = _load_subject(spec)
    subject.spec = str(Path(spec).resolve()) if Path(spec).exists() and spec not in SHORT_NAMES else spec
    return subject.to(device)


def _load_subject(spec: str) -> Subject:
    if spec in SHORT_NAMES:
        return load_llama2c_subject(shared_dir().joinpath(*SHORT_NAMES[spec]), name=spec)
    path = Path(spec)
    if path.is_file():
        if path.suffix == ".bin":
            return load_llama2c_subject(path)
        raise UserError(f"{path}: unknown model file type (expected a llama2.c .bin)")
    if path.is_dir():
        if (path / "config.json").exists():
            from englishroom.subjects.hf import load_hf
            return load_hf(str(path))
        bins = llama2c_checkpoints(path)
        if len(bins) == 1:
            return load_llama2c_subject(bins[0])
        if bins:
            raise UserError(f"{path}: holds {len(bins)} llama2.c checkpoints ({', '.join(b.name for b in bins)}); "
                            "give one of them")
        raise UserError(f"{path}: neither a Hugging Face model directory (config.json) "
                        "nor a folder with a llama2.c .bin checkpoint")
    if looks_like_hub_id(spec):
        from englishroom.subjects.hf import load_hf
        return load_hf(spec)
    if path.suffix or "/" in spec or "\\" in spec:
        raise UserError(f"model not found: {spec} (no such file or folder)")
    raise UserError(f"unknown model {spec!r}: give {', '.join(SHORT_NAMES)}, a llama2.c .bin file, "
                    "a Hugging Face model directory, or a hub id such as roneneldan/TinyStories-1M")


def load_llama2c_subject(path: Path, name: str | None = None) -> Subject:
    """A llama2.c checkpoint with the SentencePiece tokenizer `tok*.model` beside it."""
    import sentencepiece as spm
    import torch

    from englishroom.subjects.base import Arch, Subject
    from englishroom.room_template.tokenizer import decode_sentencepiece
    from englishroom.subjects.llama2c import KVCache, load_llama2c

    if not path.exists():
        raise UserError(f"model file not found: {path}")
    toks = sorted(path.parent.glob("tok*.model")) or sorted(path.parent.glob("tokenizer.model"))
    if not toks:
        raise UserError(f"{path.parent}: no SentencePiece tokenizer (tok*.model) beside the checkpoint")
    try:
        sp = spm.SentencePieceProcessor(model_file=str(toks[0]))
    except (RuntimeError, OSError) as e:
        raise UserError(f"{toks[0]}: not a SentencePiece model ({str(e).splitlines()[0][:80]})") from None
    model = load_llama2c(path)
    cfg = model.cfg
    if sp.vocab_size() != cfg.vocab_size:
        raise UserError(f"tokenizer {toks[0].name} has {sp.vocab_size()} pieces, model {cfg.vocab_size}")

    pieces = [sp.id_to_piece(i) for i in range(sp.vocab_size())]

    def piece_text(i):
        piece = pieces[i]
        if sp.is_byte(i):
            return bytes([int(piece[3:-1], 16)]).decode("utf-8", "replace")
        if sp.is_unknown(i):
            return "\u2047"                        # ⁇, as SentencePiece shows a character it does not know
        return piece.replace("\u2581", " ")

    def decode(ids):                                # as the room decodes (SentencePiece's, with <unk> as " ⁇ ")
        return decode_sentencepiece([pieces[i] for i in ids])

    def direct_logits(v, resid):
        rms = torch.rsqrt(resid.pow(2).mean(-1, keepdim=True) + cfg.norm_eps)
        return (v * rms * model.norm.weight) @ model.tok_embeddings.weight.T

    hs = cfg.head_size
    arch = Arch(forward=lambda ids, past, pat: model(ids, past, pat),
                head_out_weight=lambda l: model.layers[l].attention.wo.weight.T.reshape(cfg.n_heads, hs, cfg.dim),
                neuron_out_weight=lambda l: model.layers[l].feed_forward.w2.weight.T,
                direct_logits=direct_logits,
                new_past=lambda: KVCache(cfg.n_layers), select_rows=lambda past, rows: past.select_rows(rows),
                attn_out=lambda l: model.layers[l].attention.wo,
                mlp_out=lambda l: model.layers[l].feed_forward.w2,
                block=lambda l: model.layers[l], final_norm=model.norm,
                n_layers=cfg.n_layers, n_heads=cfg.n_heads, d_head=cfg.head_size, d_mlp=cfg.hidden_dim)
    def tokenizer_spec():
        n = sp.vocab_size()
        kinds = ["byte" if sp.is_byte(i) else "control" if sp.is_control(i) else
                 "unknown" if sp.is_unknown(i) else "normal" for i in range(n)]
        return {"kind": "sentencepiece", "pieces": [sp.id_to_piece(i) for i in range(n)],
                "kinds": kinds, "scores": [sp.get_score(i) for i in range(n)]}

    digest = file_sha256_16(path)
    return Subject(name or path.stem, model, arch,
                   encode=sp.encode, decode=decode, token_text=piece_text,
                   bos_id=sp.bos_id(), end_ids={sp.bos_id(), sp.eos_id()},
                   vocab_size=cfg.vocab_size, context_length=cfg.seq_len,
                   source={"kind": "llama2.c", "path": str(path.resolve()), "sha256_16": digest,
                           "tokenizer": toks[0].name},
                   tokenizer_spec=tokenizer_spec)


def file_sha256_16(path) -> str:
    """The first 16 hex digits of a file's SHA-256, as a room's provenance.json records its subject's."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]
