"""A room: the decompiled subject. `open_room(folder).predict(prefix)` gives the next-token distribution.

How the mechanisms combine: the context rules predict from the last few tokens; then each further
mechanism in room.json (state, position, priming, words, names, copying, in that order) corrects the
prediction so far, reading the whole story; calibration checks those corrections context by context; last,
openings give the subject's own probabilities while the story is a beginning probe stories share. Each
table was measured against the room as it stood just before its step.

A mechanism NAME lives in NAME.py as the class NAME.capitalize(), built from the tables it reads,
`Priming(table, vocab)`. It changes a prediction with `adjust(prefix, p)`, or only multiplies tokens by
factors, `scaling(prefix)`: steps in a row that scale are multiplied, then divided by the new total
once (Room.onward). `explain(prefix, token, p)`, p the prediction before its step, gives (the row that
changed `token`, in words), or None.
"""
import gc
import hashlib
import importlib
import json
import math
import random

from context_rules import ContextRules
from prediction import Pending
from tables import FolderTables, RoomError, scale_probabilities
from tokenizer import load_tokenizer

FORMAT = 2        # the room format this code reads (room.json's "englishroom_room")


class Room:
    def __init__(self, vocab, table, mechanisms, bos, ends, tokenizer=None, rules=None):
        """`table(name)`: a table's rows; `mechanisms`: [(name, its class)] in order; `rules`: see open_room."""
        self.vocab, self.vocab_size, self.temperature = vocab, len(vocab), 1.0      # open_room: room.json's
        self.bos, self.ends, self.tokenizer = bos, set(ends), tokenizer
        self.context_rules = rules or ContextRules(table, vocab)
        self.mechanisms = [(name, cls(table, vocab)) for name, cls in mechanisms]
        for _name, mechanism in self.mechanisms:
            if hasattr(mechanism, "context_rules"):   # state.py specialises the context rules that match
                mechanism.context_rules = self.context_rules

    def predict(self, prefix):
        """Probabilities of every token coming after `prefix` (ids starting with BOS): a list,
        or at a large vocabulary a lazy prediction that gives p[token] on demand (prediction.py)."""
        prefix = tuple(prefix)          # one tuple, which every step and reader shares (readers.py: remembered)
        return self.after(self.mechanisms, prefix, self.context_rules.predict(prefix))

    @staticmethod
    def after(steps, prefix, p, pending=None):
        """The prediction `p` after `prefix` changed by the mechanisms `steps` [(name, mechanism)] in turn."""
        for _name, mechanism in steps:
            p, pending = Room.onward(mechanism, prefix, p, pending)
        p = Pending.dividing(p, pending) if pending is not None else p
        return p.listed() if isinstance(p, Pending) else p          # a list written out once, at the end

    @staticmethod
    def onward(mechanism, prefix, p, pending):
        """(p after one more step, the factors pending on it: a tuple, or None once p sums to 1); `pending`:
        the same for p. The next step that reads p multiplies and divides by the total once (Pending.dividing)."""
        if hasattr(mechanism, "scaling") and isinstance(p, list):
            return p, (pending or ()) + (mechanism.scaling(prefix),)
        p = Pending.dividing(p, pending) if pending is not None else p
        return (scale_probabilities(p, mechanism.scaling(prefix)) if hasattr(mechanism, "scaling") else mechanism.adjust(prefix, p)), None

    def encode(self, text):
        return [self.bos] + self.tokenizer.encode(text)

    def decode(self, ids):
        return self.tokenizer.decode([i for i in ids if i != self.bos])

    def generate(self, prompt="", tokens=200, seed=None, temperature=None):
        """Continue `prompt` (or start a story) by sampling one token at a time, at `temperature` (default: room.json's)."""
        temperature = self.temperature if temperature is None else temperature
        if not 0 <= temperature < math.inf:
            raise ValueError(f"temperature {temperature}: give a number ≥ 0 (0 always picks the likeliest token)")
        rng, ids = random.Random(seed), self.encode(prompt)
        for _ in range(tokens):
            p = self.predict(ids)
            if not isinstance(p, list) and temperature in (0, 1):     # lazy: no list of the vocabulary
                nxt = p.likeliest() if temperature == 0 else p.sample(rng)
            elif temperature == 0:
                nxt = max(range(len(p)), key=p.__getitem__)
            else:
                nxt = rng.choices(range(len(p)), p if temperature == 1 else sharpened(p, temperature))[0]
            if nxt in self.ends:
                break
            ids.append(nxt)
        return self.decode(ids)


def sharpened(p, temperature):
    """Weights p ** (1 / temperature), computed in log space (small temperatures do not underflow)."""
    logs = [math.log(x) if x > 0 else -math.inf for x in p]
    top = max(logs)
    return [math.exp((x - top) / temperature) for x in logs]


def verify(folder, manifest):
    """Every file the room runs or reads (not its ARPA export) is as written: size, lines and SHA-256 in room.json."""
    for name, want in [(n, w) for n, w in manifest["files"].items() if n.endswith(".py") or n.removeprefix("tables/") in manifest["tables"]]:
        try:
            with open(f"{folder}/{name}", "rb") as f:
                data = f.read()
        except OSError:
            raise RoomError(f"{name} is missing") from None
        if (len(data), data.count(b"\n"), hashlib.sha256(data).hexdigest()) != (want["bytes"], want["lines"], want["sha256"]):
            raise RoomError(f"{name} is not the file this room was written with (size, lines or SHA-256 differ)")


def read_manifest(folder):
    """room.json, checked: this code's format, and the files the room needs listed."""
    try:
        with open(f"{folder}/room.json", encoding="utf-8") as f:
            manifest = json.load(f)
        if manifest["englishroom_room"] != FORMAT:
            raise RoomError(f"room format {manifest['englishroom_room']!r}; this code reads format {FORMAT}")
        for name, want in manifest["files"].items():
            assert isinstance(name, str) and {"bytes", "lines", "sha256"} <= set(want)
        assert isinstance(manifest["mechanisms"], list) and isinstance(manifest["tokenizer"], str) and isinstance(manifest["tables"], list)
        assert 0 <= manifest.setdefault("temperature", 1.0) < math.inf
    except OSError:
        raise RoomError("room.json is missing") from None
    except (ValueError, KeyError, TypeError, AssertionError, AttributeError):
        raise RoomError("room.json is corrupt (not the manifest englishroom writes)") from None
    return manifest


def open_room(folder, off=(), check=True, rules=None):
    """The room in `folder` (room.json, tables/); `off`: mechanisms to switch off, to see what each adds;
    `check`: verify every file against room.json first (englishroom's loader has done it already); `rules`:
    the context rules of a room loaded from the same tables (loading them takes most of the time)."""
    manifest = read_manifest(folder)
    if check:
        verify(folder, manifest)
    table = FolderTables(folder)
    try:
        tokenizer = load_tokenizer(folder, manifest["tokenizer"])
        mechanisms = [(name, getattr(importlib.import_module(name), name.capitalize()))
                      for name in manifest["mechanisms"][1:] if name not in off]
        room = Room(tokenizer.pieces, table, mechanisms, manifest["bos"], manifest["end_tokens"], tokenizer, rules)
    except RoomError:
        raise
    except KeyError as e:
        raise RoomError(f"{where(table)}: {e} is not a piece of tables/vocab.txt") from None
    except Exception as e:
        raise RoomError(f"{where(table)}: {str(e)[:160] or type(e).__name__}") from None
    room.manifest, room.temperature = manifest, manifest["temperature"]
    gc.freeze()     # the tables last as long as the program: Python's collector need not walk them again
    return room


def where(table):
    return f"tables/{table.opened[-1]}" if table.opened else "room.json"
