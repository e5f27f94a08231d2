"""The program IR: everything a room knows, before `emit` writes it out as files.

Each pass of the decompiler (pipeline.py) takes a Program and returns it enriched:

    pass         adds                                                  file
    start        subject, tokenizer, bos, end_tokens, settings          pipeline.py
    probe        corpus (what the subject was probed on), the context   probe.py
                 statistics (kept in memory, never written), and the
                 reach settings derived from the subject (`derived`)
    rules        base (the unigram table), rules, tables' provenance    rules.py
    mechanisms   mechanisms: each one's tables, in the order derived,   mechanisms.py (each
                 and how the derivation stories were chosen             mechanism's home in
                                                                        englishroom/mechanisms/)
                 then, with --final-rules all, the statistics again     probe.py: recount_pass
                 over every probe story and the rules chosen from them
                 (cross-fitting), and openings against those rules
    evidence     evidence: the heads behind each mechanism and reader   evidence.py, reader_evidence.py
    measure      metrics and samples (stories the room told)            englishroom/measure/metrics.py
    emit         nothing: writes the room folder, atomically, at the    emit.py
                 end; the only code that writes a room's files

Settings live here once (`settings`); provenance.json is made from the Program when it is written.
"""
from dataclasses import dataclass, field


@dataclass
class Rule:
    """After `context` the subject says `listed` (token -> probability); the rest backs off."""
    context: tuple[int, ...]
    listed: dict[int, float]
    count: int        # occurrences of the context in the probe corpus
    gain: float       # importance: count x KL(this rule's distribution || the shorter rule's), nats


@dataclass
class MechanismTables:
    """One mechanism's derived tables: file name -> its text, and where each one's numbers come from."""
    name: str
    tables: dict[str, str]
    about: dict[str, str]


@dataclass
class Program:
    subject: dict                  # name and source of the subject model
    tokenizer: dict                # kind, pieces, kinds, scores (+ merges for byte-level BPE)
    bos: int
    end_tokens: list[int]
    settings: object               # decompiler Settings (settings.py), the only copy
    corpus: dict = field(default_factory=dict)       # probe: what the probe corpus holds
    derived: dict = field(default_factory=dict)      # probe: settings derived from the subject (reach.py)
    stories: list = field(default_factory=list)      # probe: the probe stories, token ids (not written)
    held_out: list[int] = field(default_factory=list)  # probe: places in `stories` the rules never count
    stats: object = None                             # probe: context statistics (not written)
    mapped: tuple = None                             # probe: the map of the stories counted, for recount (not written)
    base: list[float] = field(default_factory=list)  # rules: next-token distribution when no rule applies
    rules: list[Rule] = field(default_factory=list)  # rules: parents (shorter contexts) before children
    tables: dict = field(default_factory=dict)       # rules, mechanisms: table file -> where it comes from
    seconds_to_build: float = 0.0                    # probe + rules
    seconds: dict = field(default_factory=dict)      # every pass: seconds it took (probe and rules together)
    mechanisms: list[MechanismTables] = field(default_factory=list)  # mechanisms, in the order derived
    derivation: dict = field(default_factory=dict)   # mechanisms: the stories they were measured on
    temperature: dict = field(default_factory=dict)  # mechanisms: the speaking temperature (temperature.py)
    evidence: dict = field(default_factory=dict)     # evidence
    metrics: dict = field(default_factory=dict)      # measure
    samples: list[str] = field(default_factory=list)  # measure: stories the room told

    @property
    def vocab_size(self):
        return len(self.base)

    @property
    def pieces(self):
        return self.tokenizer["pieces"]

