"""The decompiler's main function: the passes in order over the IR (ir.py), then emit.

    subject --probe--> --rules--> --mechanisms--> --evidence--> --measure--> --emit--> room folder

Each pass takes the Program and returns it enriched; ir.py lists what each one adds. Only emit
writes the room, at the end, into a temporary folder renamed into place.
"""
import time
from pathlib import Path

from englishroom.decompiler.emit import check_output, emit, template_snapshot
from englishroom.decompiler.evidence import evidence_pass
from englishroom.decompiler.ir import Program
from englishroom.decompiler.mechanisms import mechanisms_pass
from englishroom.decompiler.probe import probe_pass
from englishroom.decompiler.rules import rules_pass
from englishroom.decompiler.settings import Settings
from englishroom.measure.metrics import measure_pass


def start(subject, s: Settings) -> Program:
    return Program(subject={"name": subject.name, **subject.source}, tokenizer=subject.tokenizer_spec(),
                   bos=subject.bos_id, end_tokens=sorted(subject.end_ids), settings=s)


def build_program(subject, s: Settings, progress=True) -> Program:
    """The room of context rules: probe, then rules."""
    s.check()
    return rules_pass(probe_pass(start(subject, s), subject, progress))


def decompile(subject, out, s: Settings, data=None, evaluate=True, progress=True) -> Program:
    """Decompile `subject` into the room folder `out`; `data`: real stories for evidence and measure
    (default: the shared valid-dev.txt); `evaluate=False` skips the measure pass."""
    from englishroom.paths import dev_stories
    s.check()
    check_output(Path(out))
    data = data or dev_stories()
    with template_snapshot():      # the room's code as it was when the build began, to its end
        t0 = time.perf_counter()
        program = build_program(subject, s, progress)
        program.seconds["probe and rules"] = round(time.perf_counter() - t0, 1)
        for name, run in (("mechanisms", lambda p: mechanisms_pass(p, subject, progress)),
                          ("evidence", lambda p: evidence_pass(p, subject, data, progress)),
                          ("measure", lambda p: measure_pass(p, subject, data, progress) if evaluate else p)):
            t0 = time.perf_counter()
            program = run(program)
            program.seconds[name] = round(time.perf_counter() - t0, 1)
        emit(program, out)
    return program
