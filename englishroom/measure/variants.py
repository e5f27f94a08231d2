"""A room and its variants with mechanisms switched off, scored together, and what each mechanism contributes."""
import statistics
import time
from collections.abc import Iterable

import numpy as np

from englishroom.measure.protocol import Predictor
from englishroom.rooms import RoomModel


def room_speed(room: RoomModel, stories: Iterable[list[int]], positions: int = 1000, repeats: int = 5) -> float:
    """Full next-token distributions scored per second, in the room's plain CPython: every position of
    the first `stories` until `positions` are scored (a fraction of a second would be mostly noise), the
    median of `repeats` times over the same positions (the first, cold one, is seldom the median)."""
    chosen, done = [], 0
    for story in stories:
        chosen.append(story)
        done += len(story)
        if done >= positions:
            break
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for story in chosen:
            for t in range(len(story)):
                room.room.predict(story[: t + 1])
        rates.append(done / (time.perf_counter() - t0))
    return statistics.median(rates)


class Variants:
    """A room and its variants with mechanisms switched off, scored together: per position the
    context rules run once, and each chain of mechanisms starts from the longest chain already
    computed ("without copying" is the room's own chain cut short; the rest share its start).
    Whichever variant is asked first for a story computes them all, so `evaluate`'s per-model
    seconds put the variants' time on it."""

    def __init__(self, room: RoomModel):
        self.room = room.room
        self.mechanisms = dict(self.room.mechanisms)
        self.chains, self._story, self._dists = [], None, None

    def view(self, name, off=()) -> "Variant":
        chain = tuple(m for m in self.mechanisms if m not in off)
        self.chains = sorted({*self.chains, chain}, key=len, reverse=True)   # longest first: most to share
        return Variant(self, name, chain)

    def predict(self, prefix, chain, memo=None):
        """The distribution after `prefix` with the mechanisms of `chain`; `memo` keeps every chain's
        start computed at this prefix (chain start -> the room's state there: the prediction and the
        factors pending on it, room.py: Room.onward) for the next chain to begin from, so
        that each chain's numbers are those of the room loaded with its mechanisms alone, to the last bit."""
        memo = {} if memo is None else memo
        if () not in memo:
            memo[()] = (self.room.context_rules.predict(prefix), None)
        start = max(k for k in range(len(chain) + 1) if chain[:k] in memo)
        p, pending = memo[chain[:start]]
        for k in range(start, len(chain)):
            p, pending = memo[chain[:k + 1]] = self.room.onward(self.mechanisms[chain[k]], prefix, p, pending)
        return self.room.after([], prefix, p, pending)

    def story_distributions(self, story, chain):
        if story is not self._story:           # each model in turn asks for the same story
            rows = {c: [] for c in self.chains}
            for t in range(len(story)):
                memo = {}
                for c in self.chains:
                    rows[c].append(self.predict(story[: t + 1], c, memo))
            self._story, self._dists = story, {c: np.array(r) for c, r in rows.items()}
        return self._dists[chain]


class Variant(Predictor):
    def __init__(self, variants, name, chain):
        self.variants, self.name, self.chain = variants, name, chain
        self.vocab_size, self.temperature = variants.room.vocab_size, getattr(variants.room, "temperature", 1.0)

    def predict(self, prefix):
        return self.variants.predict(prefix, self.chain)

    def story_distributions(self, story):
        return self.variants.story_distributions(story, self.chain)


def mechanism_variants(room: RoomModel, name=None) -> dict:
    """The room (under `name`, when given) and the room with each of its mechanisms switched off in
    turn, and with context rules alone, all scored through one `Variants`."""
    mechanisms = [m for m, _ in room.room.mechanisms]
    if not mechanisms:
        return {name: room} if name else {}
    family = Variants(room)
    out = {name: family.view(name)} if name else {}
    out.update({f"without {m}": family.view(f"without {m}", off=(m,)) for m in mechanisms})
    out["context rules only"] = family.view("context rules only", off=mechanisms)
    return out


def take_contributions(models: dict, loss: float) -> dict:
    """Pop the variants' results out of `models`: each mechanism's contribution is the rise of
    the room's loss when that mechanism alone is switched off."""
    out = {}
    for name in [n for n in models if n.startswith("without ")]:
        m = models.pop(name)
        out[name[len("without "):]] = {"loss_without": m["loss"], "contribution": m["loss"] - loss,
                                      "kl_without": m["kl"]}
    if "context rules only" in models:
        m = models.pop("context rules only")
        out["context rules only"] = {k: m[k] for k in ("loss", "kl", "fraction_recovered") if k in m}
    return out
