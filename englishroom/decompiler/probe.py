"""Probe pass: run the subject over a probe corpus and average its next-token distributions over
each context's occurrences.

The probe corpus is the subject's own samples (seeded, temperature 1), more at a lower temperature
(its likeliest paths), and any real text. Adds to the IR: `corpus` (what it holds), `stories` and
`stats` (kept in memory for the later passes, never written), and the settings that count tokens
backwards, derived from the subject's characters per token where not given (reach.py).
"""
import time
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


def context_ids(stories, max_order: int, min_count: int):
    """Number every context of 1..max_order tokens seen at least `min_count` times, with numpy: the
    contexts of k tokens are those of k - 1 tokens followed by one more, so each order's are the
    distinct pairs (the k - 1 tokens' number, the next token), counted by np.unique; pairs whose first
    part is too rare are too rare themselves. Numbers go shortest first, then in the tokens' order
    (0 is the empty context). -> (contexts as tuples, counts, parent: the number of each context
    without its first token, ids: per order k an array over the corpus's positions (stories one after
    another) of the context of k tokens ending there, -1 where none is frequent enough)."""
    lengths = np.array([len(s) for s in stories])
    flat = np.concatenate([np.asarray(s, dtype=np.int64) for s in stories])
    offset = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)   # place in its story
    width = int(flat.max()) + 1
    contexts, counts, parents, ids = [()], [sum(lengths)], [-1], []
    before = np.zeros(len(flat), dtype=np.int64)        # the context of k - 1 tokens ending at each place
    for k in range(1, max_order + 1):
        ok = offset >= k - 1
        if k > 1:
            ok[1:] &= before[:-1] >= 0                   # its first k - 1 tokens end one place earlier
            ok[0] = False
        where = np.nonzero(ok)[0]
        first_part = before[where - 1] if k > 1 else np.zeros(len(where), dtype=np.int64)
        keys, first_at, inverse, n = np.unique(first_part * width + flat[where], return_index=True,
                                               return_inverse=True, return_counts=True)
        kept = n >= min_count
        number = np.full(len(keys), -1, dtype=np.int64)
        number[kept] = len(contexts) + np.arange(int(kept.sum()))
        at = np.full(len(flat), -1, dtype=np.int64)
        at[where] = number[inverse.reshape(-1)]
        for i in where[first_at[kept]]:
            contexts.append(tuple(int(x) for x in flat[i - k + 1:i + 1]))
        counts.extend(n[kept].tolist())
        parents.extend((ids[-1][where[first_at[kept]]] if k > 1 else np.zeros(int(kept.sum()), dtype=np.int64)).tolist())
        ids.append(at)
        before = at
    return contexts, np.array(counts, dtype=np.int64), np.array(parents, dtype=np.int64), ids


@torch.no_grad()
def probe(subject, stories, max_order: int, min_count: int, progress=True) -> ContextStats:
    """Contexts of 1..max_order tokens seen at least `min_count` times, with the subject's mean
    next-token distribution over their occurrences (each position's prediction given the whole
    story prefix, so the average includes what longer-range context does)."""
    contexts, counts, parent, ids = context_ids(stories, max_order, min_count)
    sums = torch.zeros(len(contexts), subject.vocab_size, dtype=torch.float32)
    starts = np.cumsum([0] + [len(s) for s in stories])
    bar = tqdm(total=int(starts[-1]), desc="probing the subject", unit="tok", disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        probs = torch.from_numpy(np.exp(lp))
        sums.index_add_(0, torch.zeros(len(probs), dtype=torch.long), probs)      # the empty context: everywhere
        for at in ids:
            rows = at[starts[i]:starts[i + 1]]
            kept = np.nonzero(rows >= 0)[0]
            if not len(kept):
                break                                   # longer contexts are rarer still
            sums.index_add_(0, torch.from_numpy(rows[kept]), probs[torch.from_numpy(kept)])
        bar.update(len(stories[i]))
    bar.close()
    sums /= torch.from_numpy(np.maximum(counts, 1)).float()[:, None]   # the means, in place: one [contexts, V] array
    return ContextStats(contexts, counts, sums, parent, int(starts[-1]))


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
