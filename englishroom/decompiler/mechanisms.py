"""Mechanisms pass: derive each mechanism's tables against the room as it stands just before it.

Each mechanism in the settings is derived in the registry's order (englishroom/mechanisms/); its
derivation runs the room's own code on a staged copy of the room so far (emit.Stage: the context
rules, then the mechanisms already derived) over the probe stories the rules never counted
(probe.py holds out an even spread of them; a real story among them counts --real-weight times,
rounded, as its places do in the rules), and returns its tables, which the IR keeps. Then the room
so far gets its speaking temperature (temperature.py), on the same held-out stories.

Then, with `--final-rules all`, the context rules count the held-out stories too (cross-fitting:
probe.py, recount_pass), and the mechanisms that give the subject's own numbers rather than averages
over held-out stories (AFTER_RECOUNT: openings) are derived last, against the rules the room keeps.
Adds to the IR: `mechanisms`, `derivation` (with each mechanism's seconds) and `temperature`.
"""
import time

from englishroom.decompiler.emit import Stage
from englishroom.decompiler.probe import real_from, recount_pass
from englishroom.decompiler.temperature import temperature_of
from englishroom.mechanisms import REGISTRY


def mechanisms_pass(program, subject, progress=True):
    s = program.settings
    if not s.mechanisms:
        return program
    held = program.held_out or range(len(program.stories))      # one probe story: none held out
    stories = [program.stories[i] for i in held]
    first_real, counted = real_from(program), max(1, round(s.real_weight))
    real = [i for i in held if i >= first_real]
    names = list(s.mechanisms)
    cut = next((k for k, n in enumerate(names) if getattr(REGISTRY[n], "AFTER_RECOUNT", False)), len(names))
    skipped, seconds = [], {}

    def derive(todo, stage):
        for name in todo:
            t0 = time.perf_counter()
            made = REGISTRY[name].derive(subject, stories, s, stage, progress)
            seconds[name] = round(time.perf_counter() - t0, 1)
            if made:
                program.mechanisms.append(made)
            else:                       # e.g. names in a vocabulary of characters
                skipped.append(name)

    with Stage(program) as stage:
        stage.counts = {id(program.stories[i]): counted for i in real}
        derive(names[:cut], stage)
        t0 = time.perf_counter()
        program.temperature = temperature_of(program, subject, stage, progress)
        seconds["temperature"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    recount_pass(program, subject, progress)
    seconds["recount"] = round(time.perf_counter() - t0, 1)
    if names[cut:]:
        with Stage(program) as stage:
            derive(names[cut:], stage)
    program.derivation = {"derivation_stories": len(stories), "derivation_tokens": sum(len(x) - 1 for x in stories),
                          "real_stories": len(real), "real_counted": counted, "seconds": seconds}
    if skipped:
        program.derivation["not_derived"] = {n: getattr(REGISTRY[n], "NOT_DERIVED", "this vocabulary has none of the "
                                                        "tokens it reads") for n in skipped}
    return program
