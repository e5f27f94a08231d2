"""Capability probes: short cloze prompts in named families, answered by the subject first.

data/cloze.tsv holds the prompts (family <TAB> prompt). For each prompt the reference is the
subject's own next *word*, not a human answer: its likeliest tokens, one after another, to the end
of the next word (a BPE piece "▁time", or the characters " ", "t", "i", "m", "e" of a character
vocabulary; a punctuation mark is a word of its own). Every model (a room, a baseline, and the
subject itself through the same `predict` path as the others, which checks the harness: it must
agree with itself on every prompt) is scored per family by
  agreement     share of prompts where its own next word, chosen the same way, is the subject's
  p_subject     its mean probability for the subject's word (the product over the word's tokens)
"""
from importlib.resources import files

import numpy as np
import torch

from englishroom.errors import UserError
from englishroom.measure.protocol import Predictor

FAMILIES = {"grammar": "grammar and agreement", "context": "context tracking", "pronoun": "pronoun choice",
            "world": "simple world knowledge", "dialogue": "dialogue", "formula": "story formulas",
            "cause": "cause and effect"}


def load_probes(path=None) -> list[tuple[str, str]]:
    text = open(path, encoding="utf-8").read() if path else \
        files("englishroom").joinpath("data", "cloze.tsv").read_text(encoding="utf-8")
    probes = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise UserError(f"{path or 'cloze.tsv'} line {n}: expected `family<TAB>prompt`")
        probes.append((parts[0], parts[1]))
    if not probes:
        raise UserError(f"{path}: no probes in it")
    return probes


class SubjectPredictor(Predictor):
    """The subject behind `predict`, one prefix at a time (a different path from story_logprobs)."""

    def __init__(self, subject):
        self.subject, self.name, self.vocab_size = subject, "subject", subject.vocab_size

    def predict(self, prefix):
        with torch.no_grad():
            logits = self.subject.logits(torch.tensor([prefix]))[0, -1]
        return torch.softmax(logits.double(), -1).numpy()


def probe_set(subject, models: dict, room_name=None) -> dict:
    """The models probes compare: the subject (through `predict`), the room as "room", its context
    rules alone, unigram and Kneser-Ney."""
    chosen = {"subject": SubjectPredictor(subject)}
    if room_name:
        chosen["room"] = models[room_name]
    chosen.update({k: v for k, v in models.items() if k in ("context rules only", "unigram") or k.startswith("kn")})
    return chosen


def cloze(subject, models: dict, room_name=None) -> dict:
    """Every probe of data/cloze.tsv answered by the models `probe_set` picks from `models`."""
    return run_probes(subject, probe_set(subject, models, room_name), load_probes())


def shown_models(names) -> list[str]:
    kns = sorted((k for k in names if k.startswith("kn") and k[2:].isdigit()), key=lambda k: int(k[2:]))
    return [k for k in ("subject", "room", "context rules only") if k in names] + kns[-1:] + \
        [k for k in ("unigram",) if k in names]


LONGEST_WORD = 24          # tokens: a word longer than this is cut (characters of a long word)


def word_step(word: list[str], text: str) -> str:
    """What the next token (its text `text`) does to the word so far (the texts `word`): "take" it, "last"
    (take it and stop: a punctuation mark is a word of its own) or "stop" (it starts the next word)."""
    letters = any(c.isalnum() for c in "".join(word))
    if letters:
        return "stop" if text[:1].isspace() or not any(c.isalnum() for c in text) else "take"
    if text.strip() and not any(c.isalnum() for c in text):
        return "last"
    return "take"


def greedy_word(next_token, token_text) -> list[int]:
    """The next word, token by token: `next_token(word so far)` gives the likeliest next token."""
    ids = []
    while len(ids) < LONGEST_WORD:
        w = next_token(ids)
        step = word_step([token_text(i) for i in ids], token_text(w))
        if step == "stop":
            break
        ids.append(w)
        if step == "last":
            break
    return ids


def subject_words(subject, prompts) -> list[list[int]]:
    """The subject's next word after each prompt, by its batched forward pass (story_logprobs): all
    prompts one token further at a time."""
    words, open_ = [[] for _ in prompts], list(range(len(prompts)))
    while open_:
        rows = [prompts[i] + words[i] for i in open_]
        best = {open_[j]: int(np.argmax(lp[-1])) for j, lp in subject.story_logprobs(rows)}
        still = []
        for i in open_:
            step = word_step([subject.token_text(t) for t in words[i]], subject.token_text(best[i]))
            if step != "stop":
                words[i].append(best[i])
            if step == "take" and len(words[i]) < LONGEST_WORD:
                still.append(i)
        open_ = still
    return words


def run_probes(subject, models: dict, probes) -> dict:
    """{"families": {family: {n, models: {name: {agreement, p_subject}}}}, "prompts": [...]}"""
    prompts = [subject.encode_story(p) for _f, p in probes]
    answers = subject_words(subject, prompts)
    text = lambda ids: "".join(subject.token_text(i) for i in ids)
    rows = []
    for i, (family, prompt) in enumerate(probes):
        a = answers[i]
        row = {"family": family, "prompt": prompt, "subject_answer": text(a), "models": {}}
        for name, m in models.items():
            top = greedy_word(lambda ids: int(np.argmax(m.predict(prompts[i] + ids))), subject.token_text)
            p = float(np.prod([m.predict(prompts[i] + a[:k])[w] for k, w in enumerate(a)]))
            row["models"][name] = {"top": text(top), "agrees": top == a, "p_subject": p}
        rows.append(row)
    families = {}
    for family in dict.fromkeys(f for f, _ in probes):
        mine = [r for r in rows if r["family"] == family]
        families[family] = {"name": FAMILIES.get(family, family), "n": len(mine), "models": {
            name: {"agreement": float(np.mean([r["models"][name]["agrees"] for r in mine])),
                   "p_subject": float(np.mean([r["models"][name]["p_subject"] for r in mine]))}
            for name in models}}
    return {"families": families, "prompts": rows}


def table(result, shown=None) -> str:
    """The family table (top-1 agreement and mean p of the subject's answer) of the models `shown`
    (default: shown_models of those probed)."""
    if shown is None:
        shown = shown_models(next(iter(result["families"].values()))["models"])
    head = f"{'family':<26}{'n':>4}" + "".join(f"{n.replace('context ', '')[:12]:>14}" for n in shown)
    lines = [head, f"{'':<30}" + "".join(f"{'top-1  p(ans)':>14}" for _ in shown)]
    for fam in result["families"].values():
        lines.append(f"{fam['name']:<26}{fam['n']:>4}" + "".join(
            f"{100 * fam['models'][n]['agreement']:>7.0f}% {fam['models'][n]['p_subject']:>5.2f}" for n in shown))
    return "\n".join(lines)
