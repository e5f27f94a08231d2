"""Sampling stories from a subject, and the corpus file that holds them.

A corpus is a JSON Lines file: the first line is a header describing how it was
made ({"englishroom_corpus": 1, "model": ..., "seed": ..., ...}); every further line
is one story {"ids": [BOS, ...], "text": "..."}. The same model, seed, token count,
temperature and batch size give the same file.
"""
import json
from pathlib import Path

import torch
from tqdm import tqdm

from englishroom.errors import UserError
from englishroom.paths import atomic_write

FORMAT = 1


@torch.no_grad()
def sample_stories(subject, n_tokens: int, seed: int = 0, temperature: float = 1.0,
                   batch: int = 64, max_len: int | None = None, prompt: list[int] | None = None,
                   progress: bool = True) -> list[list[int]]:
    """Sample stories from BOS (or from `prompt`, which starts with BOS) until `n_tokens` story
    tokens (BOS excluded) are collected. A story ends when the model emits an end token
    (BOS or EOS; not kept) or reaches `max_len` tokens. temperature 0 is greedy decoding."""
    if n_tokens <= 0:
        raise UserError("the number of tokens to sample must be positive")
    max_len = min(max_len or subject.context_length, subject.context_length)
    prompt = prompt or [subject.bos_id]
    gen = torch.Generator().manual_seed(seed)
    stories, total = [], 0
    bar = tqdm(total=n_tokens, desc="sampling", unit="tok", disable=not progress)
    while total < n_tokens:
        seqs = [list(prompt) for _ in range(batch)]
        done = [False] * batch
        logits, past, _ = subject.arch.forward(torch.tensor(seqs), subject.arch.new_past(), False)
        for _ in range(max_len - len(prompt)):
            last = logits[:, -1].float()
            if temperature > 0:
                nxt = torch.multinomial(torch.softmax(last / temperature, -1), 1, generator=gen)
            else:
                nxt = last.argmax(-1, keepdim=True)
            for r, t in enumerate(nxt[:, 0].tolist()):
                if not done[r]:
                    if t in subject.end_ids:
                        done[r] = True
                    else:
                        seqs[r].append(t)
            if all(done):
                break
            logits, past, _ = subject.arch.forward(nxt, past, False)
        for s in seqs:
            if total >= n_tokens:
                break
            stories.append(s)
            total += len(s) - 1
            bar.update(len(s) - 1)
    bar.close()
    return stories


def write_corpus(path, subject, stories, **settings):
    header = {"englishroom_corpus": FORMAT, "model": subject.name, "source": subject.source,
              "stories": len(stories), "tokens": sum(len(s) - 1 for s in stories), **settings}
    lines = [json.dumps(header)]
    lines += [json.dumps({"ids": s, "text": subject.decode(s)}, ensure_ascii=False) for s in stories]
    atomic_write(path, "\n".join(lines) + "\n")
    return header


def read_corpus(path) -> tuple[dict, list[list[int]]]:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"corpus not found: {path}")
    try:
        with open(path, encoding="utf-8") as f:
            header = json.loads(f.readline())
            if not isinstance(header, dict) or header.get("englishroom_corpus") != FORMAT:
                raise ValueError("no corpus header")
            stories = [json.loads(line)["ids"] for line in f if line.strip()]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: not an englishroom corpus file ({e})") from None
    if not stories:
        raise UserError(f"{path}: corpus holds no stories")
    return header, stories


def cached_corpus(subject, n_tokens: int, seed: int = 0, temperature: float = 1.0,
                  batch: int = 64, max_len: int | None = None,
                  progress: bool = True) -> tuple[dict, list[list[int]], Path]:
    """The subject's sampled corpus with these settings, sampled once and then kept in the cache."""
    from englishroom.paths import cache_dir
    tag = subject.source.get("sha256_16") or subject.name.replace("/", "_")
    cap = f"-m{max_len}" if max_len else ""
    path = cache_dir() / f"corpus-{tag}-n{n_tokens}-s{seed}-t{temperature}-b{batch}{cap}.jsonl"
    if not path.exists():
        stories = sample_stories(subject, n_tokens, seed, temperature, batch, max_len, progress=progress)
        write_corpus(path, subject, stories, seed=seed, temperature=temperature, batch=batch,
                     max_len=max_len, requested_tokens=n_tokens)
    header, stories = read_corpus(path)
    return header, stories, path
