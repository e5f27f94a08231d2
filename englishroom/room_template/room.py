"""A room: the decompiled subject. `open_room(folder).predict(prefix)` gives the next-token distribution.

How the mechanisms combine: the context rules make a first prediction from the last few
tokens; then each further mechanism listed in room.json (position, dialogue, gender, priming,
copying, in that order) corrects the prediction so far, looking at the whole story; last,
calibration checks those corrections against the subject context by context. Each one's table was
measured against the room as it stood just before that step, so they apply in that order.

A mechanism NAME lives in NAME.py, as the class NAME.capitalize() (priming.py: Priming); it is
built from the tables it reads, `Priming(table, vocab)`, and changes a prediction with
`adjust(prefix, p)`.
"""
import importlib
import json
import random

from context_rules import ContextRules
from tables import folder_tables
from tokenizer import load_tokenizer

FORMAT = 2        # the room format this code reads (room.json's "englishroom_room")


class Room:
    def __init__(self, vocab, table, mechanisms, bos, ends, tokenizer=None):
        """`table(name)`: the rows of a table; `mechanisms`: [(name, its class)] in the order they apply."""
        self.vocab, self.vocab_size = vocab, len(vocab)
        self.bos, self.ends, self.tokenizer = bos, set(ends), tokenizer
        self.context_rules = ContextRules(table, vocab)
        self.mechanisms = [(name, cls(table, vocab)) for name, cls in mechanisms]

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


def open_room(folder, off=()):
    """The room in `folder` (room.json, tables/); `off`: mechanisms to switch off, to see what each adds."""
    with open(f"{folder}/room.json", encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("englishroom_room") != FORMAT:
        raise ValueError(f"room format {manifest.get('englishroom_room')!r}, this code reads format {FORMAT}")
    tokenizer = load_tokenizer(folder, manifest["tokenizer"])
    mechanisms = [(name, getattr(importlib.import_module(name), name.capitalize()))
                  for name in manifest["mechanisms"][1:] if name not in off]
    room = Room(tokenizer.pieces, folder_tables(folder), mechanisms, manifest["bos"], manifest["end_tokens"],
                tokenizer)
    room.manifest = manifest
    return room
