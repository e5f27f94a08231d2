"""What every mechanism's derivation shares: the stories, the walk, the closed-form averages.

A mechanism is derived against the room as it stands just before it (the context rules, then the
mechanisms already derived): the room's own code predicts every position of the derivation stories,
the subject predicts the same positions, and the mechanism's table holds averages of the two over
the positions where its feature fires. Two kinds of average:
  factors        (subject's summed probability + k) / (room's summed probability + k), with k =
                 `factor_prior` probability mass pulling rare cases toward 1 (`factor_table`);
  range sums     the subject's and the room's mean probability for a group of tokens, per range of
                 the room's probability (`RangeSums`, copying's table).
The derivations are pure functions of such arrays (room and subject probabilities, [T, V] per
story), so each can be tested on small hand-made arrays.
"""
import numpy as np
from tqdm import tqdm

from englishroom.corpora.sampling import available_cores, forked_map

EDGES = [0, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.2, 0.4, 0.7]   # probability ranges' lower edges


def spread(stories, tokens):
    """The places of an even spread of `stories` holding about `tokens` tokens: every step-th story."""
    total = sum(len(s) - 1 for s in stories)
    return range(0, len(stories), max(1, round(total / max(tokens, 1))))


def derivation_stories(stories, tokens):
    """An even spread of the probe stories holding about `tokens` tokens."""
    return [stories[i] for i in spread(stories, tokens)]


KEEP_BYTES = 2 ** 31     # walks keep their predictions between mechanisms while they fit in this much memory


class Kept:
    """What the walks of one pass keep between mechanisms, per story: the subject's log-probabilities
    [T, V], in the order the subject gave them, and the room's predictions [T, V] with the mechanisms
    (MechanismTables) applied to them, so that the next walk applies only the mechanisms derived since."""

    def __init__(self, stories):
        self.stories, self.subject_lp, self.room_p = stories, {}, {}


def walk(subject, stage, stories, desc, progress, extra=None, workers=None):
    """Yield (story, the room's predictions [T, V], the subject's [T, V]) for each story: the room is its
    own code as `stage` holds it (and `extra`, a mechanism not yet in the program, after the rest), run
    on every prefix. Whole distributions are wanted here, so a large vocabulary's room predicts lists
    too (the same numbers as its lazy predictions).

    A story `stage.counts` names is yielded that many times (a held-out real story counts as often as
    a real place does in the rules: mechanisms.py), its predictions made once.

    The predictions are the room's, step by step: a story walked before, with the program's first k
    mechanisms, starts from those predictions and applies only the mechanisms after them (each
    mechanism's step reads the story and the prediction so far, nothing else). So the context rules
    predict each position once per pass, not once per mechanism. The arrays yielded are read-only.

    Where the walk's predictions are kept (they fit in KEEP_BYTES), the subject scores every story
    first, and the room's code runs in `workers` forked processes (default: one per core; one where
    the subject is on a GPU), story by story in the same order: the same code, the same numbers."""
    room = stage.room(extra)
    room.context_rules.lazy = False
    fits = sum(map(len, stories)) * subject.vocab_size * 12 <= KEEP_BYTES
    kept = stage.walked if stage.walked is not None and stage.walked.stories is stories else Kept(stories)
    stage.walked = kept if fits else None
    done = list(stage.program.mechanisms)
    if fits and len(kept.subject_lp) < len(stories):
        for i, lp in tqdm(subject.story_logprobs(stories), total=len(stories), desc="the subject on the derivation "
                          "stories", unit="story", disable=not progress):
            kept.subject_lp.setdefault(i, lp)
    source = kept.subject_lp.items() if fits else subject.story_logprobs(stories)
    workers = workers or (available_cores() if subject.device == "cpu" else 1)
    state = (room, kept, done, stories)
    predicted = forked_map(story_predictions, state, list(kept.subject_lp), workers, 2) if fits else None  # source's order
    bar = tqdm(total=sum(len(s) for s in stories), desc=desc, unit="tok", disable=not progress)
    try:
        for i, lp in source:
            room_p = next(predicted) if fits else story_predictions(i, state)      # else: the subject interleaved
            room_p.flags.writeable = False
            if fits and extra is None:
                kept.room_p[i] = (done, room_p)
            bar.update(len(stories[i]))
            subject_p = np.exp(lp.astype(np.float64))
            for _ in range(stage.counts.get(id(stories[i]), 1)):       # a real story, as if written so many times
                yield stories[i], room_p, subject_p
    finally:
        bar.close()
        if predicted:
            predicted.close()


def story_predictions(i, state):
    """The room's predictions [T, V] at every prefix of story `i`, for a walk's `state` (room, Kept, the
    program's mechanisms, stories): from the kept predictions where the mechanisms they had are the
    program's first ones, else from scratch."""
    room, kept, done, stories = state
    s = stories[i]
    applied, before = kept.room_p.get(i, (None, None))
    if before is not None and len(applied) <= len(done) and all(a is b for a, b in zip(applied, done)):
        steps = room.mechanisms[len(applied):]
        return np.array([after(room, steps, s[: t + 1], row.tolist()) for t, row in enumerate(before)])
    return np.array([room.predict(s[: t + 1]) for t in range(len(s))])


def after(room, steps, prefix, p):
    """The prediction `p` after the mechanisms `steps` [(name, mechanism)], in order: the room's own code
    (room.py: Room.after)."""
    return room.after(steps, prefix, p)


def factor_table(subject_sum, room_sum, k):
    """Factors (subject's summed probability + k) / (room's + k): rare cases stay near 1."""
    return (subject_sum + k) / (room_sum + k)


def nats_saved(subject_sum, room_sum, factor):
    """What scaling the room's probabilities by `factor` saves on the positions summed, in nats
    (to first order: the subject's mass times ln factor, less the mass the scaling moves)."""
    return subject_sum * np.log(factor) - (subject_sum - room_sum)


def state_factors(walked, state_of, n_states, vocab_size, k):
    """Per-token factors for each state of the story: `walked` yields (story, room [T, V],
    subject [T, V]); `state_of(prefix)` is the state after a prefix. -> (factors [S, V], positions [S])."""
    sums_subject, sums_room = np.zeros((n_states, vocab_size)), np.zeros((n_states, vocab_size))
    n = np.zeros(n_states)
    for story, room_p, subject_p in walked:
        states = np.array([state_of(story[: t + 1]) for t in range(len(story))])
        np.add.at(sums_subject, states, subject_p)
        np.add.at(sums_room, states, room_p)
        np.add.at(n, states, 1)
    return factor_table(sums_subject, sums_room, k), n


def by_spread(factor):
    """Token order for a per-token table: the tokens whose factors vary most first."""
    spread = np.log(factor).max(0) - np.log(factor).min(0)
    return np.argsort(-spread)


class RangeSums:
    """Sums for a range table: per (group, range of the room's probability), the subject's and the
    room's summed probability and the positions."""
    HEADER = ("# group\tfrom\tto\tsubject\troom\tpositions\n"
              "# `subject`: the subject's average probability for such a token; `room`: the room's\n"
              "# average before this step; over `positions` token-places in the probe stories.\n")

    def __init__(self):
        self.sums = {}      # (group, range) -> [subject, room, positions]

    def add(self, group, tokens, room_p, subject_p):
        ranges = np.searchsorted(EDGES, room_p[tokens], side="right") - 1
        for b, q, r in zip(ranges, subject_p[tokens], room_p[tokens]):
            acc = self.sums.setdefault((group, int(b)), [0.0, 0.0, 0])
            acc[0] += q
            acc[1] += r
            acc[2] += 1

    def positions(self):
        return sum(n for _, _, n in self.sums.values())

    def text(self, about, min_positions, first=""):
        """The table: comments, then `first` (rows before the range rows), then the range rows."""
        lines = [about + self.HEADER + first]
        for (group, b), (q, r, n) in sorted(self.sums.items()):
            if n >= min_positions:
                hi = EDGES[b + 1] if b + 1 < len(EDGES) else 1
                lines.append(f"{group}\t{EDGES[b]:g}\t{hi:g}\t{q / n:.4g}\t{r / n:.4g}\t{n}\n")
        return "".join(lines)


def runtime(name):
    """A module of the room's own code (room_template/NAME.py), the code every room carries."""
    from englishroom.decompiler.emit import TEMPLATE
    from englishroom.rooms import room_module
    return room_module(TEMPLATE, name)
