"""Mechanisms pass: derive each mechanism's tables against the room as it stands just before it.

Each mechanism in the settings is derived in the registry's order (englishroom/mechanisms/); its
derivation runs the room's own code on a staged copy of the room so far (emit.Stage: the context
rules, then the mechanisms already derived) over the probe stories the rules never counted
(probe.py holds out an even spread of them), and returns
its tables, which the IR keeps. Last, the room with every mechanism gets its speaking temperature
(temperature.py). Adds to the IR: `mechanisms`, `derivation` (with each mechanism's seconds) and
`temperature`.
"""
import time

from englishroom.decompiler.emit import Stage
from englishroom.decompiler.temperature import temperature_of
from englishroom.mechanisms import REGISTRY


def mechanisms_pass(program, subject, progress=True):
    s = program.settings
    if not s.mechanisms:
        return program
    stories = [program.stories[i] for i in program.held_out] or program.stories    # one probe story: none held out
    skipped, seconds = [], {}
    with Stage(program) as stage:
        for name in s.mechanisms:
            t0 = time.perf_counter()
            made = REGISTRY[name].derive(subject, stories, s, stage, progress)
            seconds[name] = round(time.perf_counter() - t0, 1)
            if made:
                program.mechanisms.append(made)
            else:                       # e.g. names in a vocabulary of characters
                skipped.append(name)
        t0 = time.perf_counter()
        program.temperature = temperature_of(program, subject, stage, progress)
        seconds["temperature"] = round(time.perf_counter() - t0, 1)
    program.derivation = {"derivation_stories": len(stories), "derivation_tokens": sum(len(x) - 1 for x in stories),
                          "seconds": seconds}
    if skipped:
        program.derivation["not_derived"] = {n: getattr(REGISTRY[n], "NOT_DERIVED", "this vocabulary has none of the "
                                                        "tokens it reads") for n in skipped}
    return program
