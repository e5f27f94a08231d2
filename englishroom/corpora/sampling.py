"""Sampling stories from a subject, and the corpus file that holds them.

A corpus is a JSON Lines file: the first line is a header describing how it was
made ({"englishroom_corpus": 1, "model": ..., "seed": ..., ...}); every further line
is one story {"ids": [BOS, ...], "text": "..."}. The same model, seed, token count,
temperature and batch size give the same file.
"""
import json
import math
import numbers
from pathlib import Path

import torch
from tqdm import tqdm

from englishroom.errors import UserError
from englishroom.paths import atomic_write

FORMAT = 1


SEED_LIMIT = 2 ** 64       # torch's generators take seeds below 2**64 (the command line asks for < 2**63)


def check_sampling(n_tokens=1, seed=0, temperature=1.0, batch=1):
    """Refuse what sampling cannot do, in one line, before any work: counts ≥ 1, a seed torch accepts,
    a finite temperature ≥ 0 (0 is greedy)."""
    def whole(x):
        return isinstance(x, numbers.Integral) and not isinstance(x, bool)
    if not whole(n_tokens) or n_tokens <= 0:
        raise UserError(f"the number of tokens to sample must be positive (got {n_tokens})")
    if not whole(batch) or batch <= 0:
        raise UserError(f"the batch size must be a positive number of stories (got {batch})")
    if not whole(seed) or not 0 <= seed < SEED_LIMIT:
        raise UserError(f"seed {seed}: give a whole number from 0 to 2**64-1")
    if not (isinstance(temperature, numbers.Real) and math.isfinite(temperature) and temperature >= 0):
        raise UserError(f"temperature {temperature}: give a finite number ≥ 0 (0 picks the likeliest token)")


def fit_prompt(prompt: list[int], context_length: int, tokens: int) -> list[int]:
    """`prompt` (BOS first) cut to BOS and its last tokens, so that it fits the context and leaves room
    for `tokens` new ones (or half the context, whichever is less); unchanged when it already does."""
    keep = context_length - min(max(tokens, 1), context_length // 2)
    return prompt if len(prompt) <= keep else prompt[:1] + prompt[len(prompt) - keep + 1:]


def next_tokens(logits, temperature: float, generator):
    """One token per row: the argmax at temperature 0, else a sample from softmax(logits / T), in log space
    (logits divided, never probabilities raised to 1/T). Where logits / T leaves float32 (T = 1e-40), the
    same in float64 with the largest logit subtracted first, so that as T -> 0 it becomes the argmax."""
    if temperature == 0:
        return logits.argmax(-1, keepdim=True)
    scaled = logits / temperature                      # softmax subtracts the largest itself
    if not torch.isfinite(scaled).all():
        logits = logits.double()
        scaled = (logits - logits.max(-1, keepdim=True).values) / temperature
    return torch.multinomial(torch.softmax(scaled, -1), 1, generator=generator)


@torch.no_grad()
def sample_stories(subject, n_tokens: int, seed: int = 0, temperature: float = 1.0,
                   batch: int = 64, max_len: int | None = None, prompt: list[int] | None = None,
                   progress: bool = True) -> list[list[int]]:
    """Sample stories from BOS (or from `prompt`, which starts with BOS) until `n_tokens` story
    tokens (BOS excluded) are collected. A story ends when the model emits an end token
    (BOS or EOS; not kept) or reaches `max_len` tokens. temperature 0 is greedy decoding."""
    check_sampling(n_tokens, seed, temperature, batch)
    max_len = min(max_len or subject.context_length, subject.context_length)
    prompt = prompt or [subject.bos_id]
    if len(prompt) >= max_len:
        raise UserError(f"the prompt has {len(prompt)} tokens with BOS, leaving no room in the "
                        f"{max_len} a story may have")
    gen = torch.Generator().manual_seed(seed)
    stories, total = [], 0
    bar = tqdm(total=n_tokens, desc="sampling", unit="tok", disable=not progress)
    while total < n_tokens:
        seqs = [list(prompt) for _ in range(batch)]
        done = [False] * batch
        logits, past, _ = subject.arch.forward(torch.tensor(seqs), subject.arch.new_past(), False)
        for _ in range(max_len - len(prompt)):
            nxt = next_tokens(logits[:, -1].float(), temperature, gen)
            for r, t in enumerate(nxt[:, 0].tolist()):
                if not done[r]:
                    if t in subject.end_ids:
                        done[r] = True
                    else:
                        seqs[r].append(t)
            if all(done):
                break
            logits, past, _ = subject.arch.forward(nxt, past, False)
        before = total
        for s in seqs:
            if total >= n_tokens:
                break
            stories.append(s)
            total += len(s) - 1
            bar.update(len(s) - 1)
        if total == before and temperature == 0:     # greedy repeats itself: no round would add a token
            break
    bar.close()
    return stories


def tell(subject, text: str, tokens: int, seed: int, temperature: float) -> str:
    """The subject continues `text` (or starts a story) for up to `tokens` tokens; a prompt too long for its
    context is cut to its last tokens that leave room for them, with a note on stderr."""
    import sys
    given = [subject.bos_id] + (subject.encode(text) if text else [])
    prompt = fit_prompt(given, subject.context_length, tokens)
    if len(prompt) < len(given):
        print(f"englishroom: the prompt has {len(given) - 1} tokens, more than fit in the subject's context of "
              f"{subject.context_length} with {subject.context_length - len(prompt)} new ones; kept its last "
              f"{len(prompt) - 1}", file=sys.stderr)
    story = sample_stories(subject, 1, seed, temperature, batch=1, max_len=tokens + len(prompt), prompt=prompt,
                           progress=False)[0]
    return subject.decode(story)


def sample_corpus(subject, out, tokens: int, seed: int, temperature: float, batch: int, progress=True) -> str:
    """Sample a corpus file (`englishroom sample`); -> the line that says what was written, and how fast."""
    import time
    t0 = time.perf_counter()
    stories = sample_stories(subject, tokens, seed, temperature, batch, progress=progress)
    dt = time.perf_counter() - t0
    header = write_corpus(out, subject, stories, seed=seed, temperature=temperature, batch=batch,
                          requested_tokens=tokens)
    return (f"wrote {out}: {header['stories']} stories, {header['tokens']:,} tokens "
            f"in {dt:.1f} s ({header['tokens'] / dt:,.0f} tokens/s)")


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
