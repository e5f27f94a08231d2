"""Capability probes: short cloze prompts in named families, answered by the subject first.

data/cloze.tsv holds the prompts (family <TAB> prompt). For each prompt the reference is the
subject's own most likely next token, not a human answer. Every model (a room, a baseline,
and the subject itself through the same `predict` path as the others, which checks the harness:
it must agree with itself on every prompt) is scored per family by
  agreement     share of prompts where its most likely next token is the subject's
  p_subject     its mean probability for the subject's answer
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
    kns = sorted(k for k in names if k.startswith("kn"))
    return [k for k in ("subject", "room", "context rules only") if k in names] + kns[-1:] + \
        [k for k in ("unigram",) if k in names]


def run_probes(subject, models: dict, probes) -> dict:
    """{"families": {family: {n, models: {name: {agreement, p_subject}}}}, "prompts": [...]}"""
    prompts = [subject.encode_story(p) for _f, p in probes]
    answers = {}
    for i, lp in subject.story_logprobs(prompts):
        answers[i] = int(np.argmax(lp[-1]))
    rows = []
    for i, (family, text) in enumerate(probes):
        a = answers[i]
        row = {"family": family, "prompt": text, "subject_answer": subject.token_text(a), "models": {}}
        for name, m in models.items():
            p = np.asarray(m.predict(prompts[i]))
            row["models"][name] = {"top": subject.token_text(int(np.argmax(p))), "agrees": int(np.argmax(p)) == a,
                                   "p_subject": float(p[a])}
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
