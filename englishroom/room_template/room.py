"""A room: the decompiled subject. `Room(folder).predict(prefix)` gives the next-token distribution."""
import json
import random

from context_rules import ContextRules
from tokenizer import load_tokenizer


class Room:
    def __init__(self, folder):
        with open(f"{folder}/room.json", encoding="utf-8") as f:
            self.manifest = json.load(f)
        self.tokenizer = load_tokenizer(folder, self.manifest["tokenizer"])
        self.vocab = self.tokenizer.pieces
        self.vocab_size = len(self.vocab)
        self.bos, self.ends = self.manifest["bos"], set(self.manifest["end_tokens"])
        self.context_rules = ContextRules(folder, self.vocab)

    def predict(self, prefix):
        """Probabilities of every token coming after `prefix` (a list of ids starting with BOS)."""
        return self.context_rules.predict(prefix)

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
