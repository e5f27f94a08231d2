"""The evaluation harness: score models on stories under the story protocol.

Story protocol: each story is [BOS] + tokens, cut to the subject's context length (a
story longer than that is scored on its first context_length tokens, BOS included; the
same cut for the subject, the room and every baseline); a model's loss is the mean over
every position after BOS of -ln p(token | story prefix), in nats per token. Bits per byte
divide the total nats by ln 2 and by the UTF-8 bytes of the text scored: the whole story,
or for a cut story the shortest beginning of its text that encodes to as many tokens. Bits
per byte compare subjects whose tokens differ (BPE pieces, characters).

For each model other than the subject, against the subject's own distributions:
  kl              mean KL(subject || model) per token, nats
  top1_agreement  share of positions where both put the same token first
  fraction_recovered (vs unigram)      (L_unigram - L) / (L_unigram - L_subject)
  fraction_recovered_vs_kn (vs best KN) (L_kn - L) / (L_kn - L_subject)
"""
import time

import numpy as np
from tqdm import tqdm

from englishroom.errors import UserError


def tokenize_stories(subject, texts: list[str], with_bytes=False):
    """The stories as [BOS, ...] cut to the context (those with a token to score); with `with_bytes`,
    also the UTF-8 bytes of text they score in all."""
    pairs = [(subject.encode_story(t), t) for t in texts]
    empty = sum(len(s) < 2 for s, _ in pairs)
    pairs = [(s, t) for s, t in pairs if len(s) >= 2]
    if not pairs:
        raise UserError("no story has a token to score")
    if empty:
        print(f"note: skipped {empty} stories with no tokens")
    stories = [s for s, _ in pairs]
    return (stories, sum(scored_bytes(subject.encode, t, len(s) - 1) for s, t in pairs)) if with_bytes else stories


def scored_bytes(encode, text: str, tokens: int) -> int:
    """UTF-8 bytes of the text that a story's first `tokens` tokens stand for: all of it, or where the
    story was cut, the shortest beginning of the text that `encode` turns into as many tokens."""
    if len(encode(text)) <= tokens:
        return len(text.encode("utf-8"))
    lo, hi = 0, len(text)                      # len(encode(text[:hi])) >= tokens
    while lo < hi:
        mid = (lo + hi) // 2
        if len(encode(text[:mid])) >= tokens:
            hi = mid
        else:
            lo = mid + 1
    return len(text[:hi].encode("utf-8"))


class Tally:
    """Running sums for one model."""

    def __init__(self):
        self.nll = self.kl = 0.0
        self.agree = self.tokens = 0
        self.by_label = {}                 # (group, label) -> [nll, tokens]

    def add(self, dist, targets, subject_lp, labels=None):
        """dist: [T, V] probabilities for the T scored positions; subject_lp: the subject's log-probs;
        labels: {group: [label per position]} to sum the loss by category too."""
        p = dist[np.arange(len(targets)), targets]
        if (p <= 0).any():
            raise ValueError("a model gave probability 0 to a token that occurred")
        nll = -np.log(p)
        self.add_labels(nll, labels)
        self.nll += float(nll.sum())
        ps = np.exp(subject_lp)
        with np.errstate(divide="ignore"):
            self.kl += float((ps * (subject_lp - np.log(np.maximum(dist, 1e-300)))).sum())
        self.agree += int((dist.argmax(-1) == subject_lp.argmax(-1)).sum())
        self.tokens += len(targets)

    def add_labels(self, nll, labels):
        for group, ls in (labels or {}).items():
            for x, label in zip(nll, ls):
                acc = self.by_label.setdefault((group, label), [0.0, 0])
                acc[0] += float(x)
                acc[1] += 1

    def summary(self, n_bytes):
        loss = self.nll / self.tokens
        return {"loss": loss, "bpb": self.nll / np.log(2) / n_bytes, "kl": self.kl / self.tokens,
                "top1_agreement": self.agree / self.tokens}


def evaluate(subject, texts: list[str], models: dict, progress: bool = True, categorize=None) -> dict:
    """Score the subject and each model in `models` (name -> Predictor) on the stories `texts`;
    with `categorize` (story -> {group: [label per scored token]}), also by category."""
    stories, n_bytes = tokenize_stories(subject, texts, with_bytes=True)
    return evaluate_stories(subject, stories, n_bytes, models, progress, categorize)


def evaluate_stories(subject, stories: list[list[int]], n_bytes: int, models: dict, progress: bool = True,
                     categorize=None) -> dict:
    """`evaluate` on token stories ([BOS, ...], cut to the context) that stand for `n_bytes` bytes of text.
    A story of BOS alone (a sample that ended at once) has no token to score and is left out."""
    stories = [s for s in stories if len(s) > 1]
    subject_tally = Tally()
    tallies = {name: Tally() for name in models}
    subject_nll, n_tokens, times = 0.0, 0, {name: 0.0 for name in ["subject", *models]}
    t0 = time.perf_counter()
    bar = tqdm(total=sum(len(s) - 1 for s in stories), desc="evaluating", unit="tok",
               disable=not progress)
    for i, lp in subject.story_logprobs(stories):
        story = stories[i]
        targets = np.asarray(story[1:])
        lp = lp[:-1].astype(np.float64)                    # rows that predict a story token
        nll = -lp[np.arange(len(targets)), targets]
        subject_nll += float(nll.sum())
        n_tokens += len(targets)
        labels = categorize(story) if categorize else None
        subject_tally.add_labels(nll, labels)
        t1 = time.perf_counter()
        times["subject"] += t1 - t0
        for name, model in models.items():
            dist = np.asarray(model.story_distributions(story))[:-1]
            tallies[name].add(dist, targets, lp, labels)
            t0, t1 = t1, time.perf_counter()
            times[name] += t1 - t0
        t0 = time.perf_counter()
        bar.update(len(targets))
    bar.close()
    subject_loss = subject_nll / n_tokens
    result = {"subject": {"name": subject.name, "loss": subject_loss,
                          "bpb": subject_nll / np.log(2) / n_bytes},
              "stories": len(stories), "tokens": n_tokens, "bytes": n_bytes,
              "models": {name: t.summary(n_bytes) for name, t in tallies.items()},
              "seconds": {k: round(v, 2) for k, v in times.items()}}
    for summary in result["models"].values():
        add_fractions(summary, result)
    if categorize:
        result["categories"] = by_category(subject_tally, tallies, n_tokens)
    return result


def by_category(subject_tally, tallies, n_tokens) -> dict:
    """{group: {label: share, tokens, subject loss, each model's loss and fraction recovered}}."""
    out = {}
    for (group, label), (nll, n) in sorted(subject_tally.by_label.items(), key=lambda kv: -kv[1][1]):
        row = {"tokens": n, "share": n / n_tokens, "subject_loss": nll / n, "models": {}}
        for name, t in tallies.items():
            m_nll, m_n = t.by_label[(group, label)]
            row["models"][name] = {"loss": m_nll / m_n}
        uni = row["models"].get("unigram")
        for m in row["models"].values():
            if uni and uni["loss"] != row["subject_loss"]:
                m["fraction_recovered"] = (uni["loss"] - m["loss"]) / (uni["loss"] - row["subject_loss"])
        out.setdefault(group, {})[label] = row
    return out


def add_fractions(summary: dict, result: dict):
    """fraction_recovered against unigram and against the best KN baseline, where present."""
    models, ls = result["models"], result["subject"]["loss"]
    if "unigram" in models:
        lu = models["unigram"]["loss"]
        summary["fraction_recovered"] = (lu - summary["loss"]) / (lu - ls)
    kns = {k: v["loss"] for k, v in models.items() if k.startswith("kn")}
    if kns:
        best = min(kns, key=kns.get)
        result["best_kn"] = best
        summary["fraction_recovered_vs_kn"] = (kns[best] - summary["loss"]) / (kns[best] - ls)
