"""The room's speaking temperature: how warm it tells stories.

A rule is the subject's next-token distribution averaged over every place its context occurred, and
an average of sharp distributions that disagree is a broad one. So the room is less sure at each
place than the subject is: on the subject's own stories, the room's predictions carry more entropy
than the subject's. Sampled as they are (temperature 1), they pick more unlikely tokens than the
subject would, and its stories drift.

The room tells stories at temperature T = the subject's mean entropy / the room's mean entropy, both
over every position of the subject's own samples (temperature 1) the mechanisms were measured on,
which the context rules never counted:
a ratio of two averages of the subject's and the room's outputs, no fitting. T is 1 for a room as
sure as the subject, below 1 for a broader one (above 1 for a sharper one). Sampling at T divides the log-probabilities by T
(room.py: Room.generate), which narrows each prediction about as much as the room is broader than
the subject. Its predictions, and so its loss, stay as they are; room.json records T, and
provenance.json the two entropies.
"""
import numpy as np

from englishroom.mechanisms.common import derivation_stories, walk

TOKENS = 30_000          # positions the entropies are averaged over (at most): the means settle to about 0.01 nats


def entropy(p) -> float:
    """The summed entropy of the rows of `p` [T, V], nats (0 log 0 = 0)."""
    return float(-(p * np.log(np.where(p > 0, p, 1.0))).sum())


def entropy_sums(walked):
    """(the room's summed entropy, the subject's, positions) over `walked`: (story, room [T, V], subject [T, V])."""
    room_h = subject_h = n = 0
    for _story, room_p, subject_p in walked:
        room_h, subject_h, n = room_h + entropy(room_p), subject_h + entropy(subject_p), n + len(room_p)
    return room_h, subject_h, n


def speaking_temperature(room_h, subject_h, n) -> dict:
    """The temperature and what it comes from, rounded as room.json and provenance.json write them."""
    t = round(subject_h / room_h, 3) if room_h > 0 else 1.0
    return {"temperature": t, "room_entropy": round(room_h / n, 4), "subject_entropy": round(subject_h / n, 4),
            "positions": int(n)}


def temperature_of(program, subject, stage, progress=True) -> dict:
    """Derive the speaking temperature of the room `stage` holds, on the subject's temperature-1 samples."""
    n = program.corpus.get("sampled", {}).get("stories", 0)
    sampled = [program.stories[i] for i in program.held_out or range(n) if i < n]     # those the rules never counted
    stories = derivation_stories(sampled, min(TOKENS, program.settings.mechanism_tokens)) if sampled else []
    if not stories:                  # no samples at temperature 1 to compare with: the room talks at 1
        return {"temperature": 1.0, "positions": 0}
    return speaking_temperature(*entropy_sums(walk(subject, stage, stories, "the room's entropy", progress)))
