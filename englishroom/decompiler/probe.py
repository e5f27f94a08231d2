"""Probe pass: run the subject over a probe corpus and average its next-token distributions over
each context's occurrences.

The probe corpus is the subject's own samples (seeded, temperature 1), more at a lower temperature
(its likeliest paths), and any real text. Adds to the IR: `corpus` (what it holds), `stories` and
`stats` (kept in memory for the later passes, never written), and the settings that count tokens
backwards, derived from the subject's characters per token where not given (reach.py).
"""
import time
from collections import Counter
from dataclasses import dataclass

import numpy as np
import torch
from tqdm import tqdm

from englishroom.corpora.sampling import cached_corpus
from englishroom.corpora.stories import load_stories
from englishroom.decompiler import reach


@dataclass
class ContextStats:
    contexts: list[tuple]      # index 0 is the empty context (every position)
    counts: np.ndarray         # occurrences of each context
    means: torch.Tensor        # [n_contexts, V] the subject's mean next-token distribution there
    parent: np.ndarray         # index of the context without its first token (-1 for the root)
    positions: int


def count_contexts(stories, max_order):
    counts = Counter()
    for s in stories:
        for t in range(len(s)):
            for k in range(1, min(max_order, t + 1) + 1):
                counts[tuple(s[t - k + 1:t + 1])] += 1
    return counts


@torch.no_grad()
def probe(subject, stories, max_order: int, min_count: int, progress=True) -> ContextStats:
    """Contexts of 1..max_order tokens seen at least `min_count` times, with the subject's mean
    next-token distribution over their occurrences (each position's prediction given the whole
    story prefix, so the average includes what longer-range context does)."""
    counts = count_contexts(stories, max_order)
    contexts = [()] + sorted((c for c, n in counts.items() if n >= min_count), key=lambda c: (len(c), c))
    index = {c: i for i, c in enumerate(contexts)}
    sums = torch.zeros(len(contexts), subject.vocab_size, dtype=torch.float32)
    n = np.zeros(len(contexts), dtype=np.int64)
    total = sum(len(s) for s in stories)
    bar = tqdm(total=total, desc="probing the subject", unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        s = stories[i]
        probs = torch.from_numpy(np.exp(lp))
        rows, idx = [], []
        for t in range(len(s)):
            rows.append(t)
            idx.append(0)
            for k in range(1, min(max_order, t + 1) + 1):
                j = index.get(tuple(s[t - k + 1:t + 1]))
                if j is None:
                    break                     # a longer context is rarer still
                rows.append(t)
                idx.append(j)
        sums.index_add_(0, torch.tensor(idx), probs[rows])
        np.add.at(n, idx, 1)
        bar.update(len(s))
    bar.close()
    sums /= torch.from_numpy(np.maximum(n, 1)).float()[:, None]      # the means, in place: one [contexts, V] array
    parent = np.array([-1] + [index[c[1:]] for c in contexts[1:]])
    return ContextStats(contexts, n, sums, parent, total)


def probe_corpus(subject, s, progress=True):
    """The subject's own samples (and the cool ones) plus any real text, as token stories, and what they are."""
    def sample(tokens, temperature):
        header, stories, path = cached_corpus(subject, tokens, s.seed, temperature, max_len=s.story_tokens,
                                              progress=progress)
        return stories, {"path": str(path), "stories": len(stories), "tokens": header["tokens"],
                         "seed": s.seed, "temperature": header["temperature"]}
    stories, info = [], {}
    if s.sample_tokens:
        stories, info["sampled"] = sample(s.sample_tokens, 1.0)
    if s.cool_tokens:
        cool, info["cool"] = sample(s.cool_tokens, s.cool_temperature)
        stories = stories + cool
    if s.real_text:
        from englishroom.paths import shared_file
        src = shared_file("data", "tinystories", "train-head.txt") if s.real_text == "train-head" else s.real_text
        real = [subject.encode_story(t) for t in load_stories(src)]
        info["real_text"] = {"path": str(src), "stories": len(real), "tokens": sum(len(r) - 1 for r in real)}
        stories = stories + real
    info["tokens"] = sum(len(x) - 1 for x in stories)
    return stories, info


def probe_pass(program, subject, progress=True):
    t0 = time.perf_counter()
    program.stories, program.corpus = probe_corpus(subject, program.settings, progress)
    program.corpus["chars_per_token"] = round(reach.chars_per_token(program.stories, subject.token_text), 4)
    program.settings, program.derived = reach.derive(program.settings, program.corpus["chars_per_token"])
    s = program.settings
    program.stats = probe(subject, program.stories, s.max_order, s.min_count, progress)
    program.seconds_to_build = time.perf_counter() - t0
    return program
