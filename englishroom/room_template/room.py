"""A room: the decompiled subject. `Room(folder).predict(prefix)` gives the next-token distribution.

How the mechanisms combine: the context rules make a first prediction from the last few
tokens; then each further mechanism listed in room.json (position, dialogue, gender, priming,
copying, in that order) corrects the prediction so far, looking at the whole story; last,
calibration checks those corrections against the subject context by context. Each one's table was
measured against the room as it stood just before that step, so they apply in that order.
"""
import json
import random

from context_rules import ContextRules
from tokenizer import load_tokenizer


def load_mechanism(name, folder, vocab):
    if name == "copying":
        from copying import Copying
        return Copying(folder, vocab)
    if name == "priming":
        from priming import Priming
        return Priming(folder, vocab)
    if name == "position":
        from position import Position
        return Position(folder, vocab)
    if name == "dialogue":
        from dialogue import Dialogue
        return Dialogue(folder, vocab)
    if name == "gender":
        from gender import Gender
        return Gender(folder, vocab)
    if name == "calibration":
        from calibration import Calibration
        return Calibration(folder, vocab)
    raise ValueError(f"unknown mechanism {name!r}")


class Room:
    def __init__(self, folder, off=()):
        """`off`: names of mechanisms to switch off (to see what each one contributes)."""
        with open(f"{folder}/room.json", encoding="utf-8") as f:
            self.manifest = json.load(f)
        self.tokenizer = load_tokenizer(folder, self.manifest["tokenizer"])
        self.vocab = self.tokenizer.pieces
        self.vocab_size = len(self.vocab)
        self.bos, self.ends = self.manifest["bos"], set(self.manifest["end_tokens"])
        self.context_rules = ContextRules(folder, self.vocab)
        self.mechanisms = [(name, load_mechanism(name, folder, self.vocab))
                           for name in self.manifest["mechanisms"][1:] if name not in off]

    def predict(self, prefix):
        """Probabilities of every token coming after `prefix` (a list of ids starting with BOS)."""
        p = self.context_rules.predict(prefix)
        for _name, mechanism in self.mechanisms:
            p = mechanism.adjust(prefix, p)
        return p

    def encode(self, text):
        return [self.bos] + self.tokenizer.encode(text)

    def decode(self, ids):
        return self.tokenizer.decode([i for i in ids if i != self.bos])

    def generate(self, prompt="", tokens=200, seed=None, temperature=1.0):
        """Continue `prompt` (or start a story) by sampling one token at a time."""
        rng = random.Random(seed)
        ids = self.encode(prompt)
        for _ in range(tokens):
            p = self.predict(ids)
            if temperature <= 0:
                nxt = max(range(len(p)), key=p.__getitem__)
            else:
                weights = [x ** (1 / temperature) for x in p] if temperature != 1 else p
                nxt = rng.choices(range(len(p)), weights)[0]
            if nxt in self.ends:
                break
            ids.append(nxt)
        return self.decode(ids)
