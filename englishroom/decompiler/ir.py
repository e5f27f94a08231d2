"""The program IR: everything a room knows, before it is written out as files."""
from dataclasses import dataclass, field


@dataclass
class Rule:
    """After `context` the subject says `listed` (token -> probability); the rest backs off."""
    context: tuple[int, ...]
    listed: dict[int, float]
    count: int        # occurrences of the context in the probe corpus
    gain: float       # importance: count x KL(this rule's distribution || the shorter rule's), nats


@dataclass
class Program:
    subject: dict                  # name and source of the subject model
    tokenizer: dict                # kind, pieces, kinds, scores (+ merges for byte-level BPE)
    bos: int
    end_tokens: list[int]
    base: list[float]              # next-token distribution when no rule applies
    rules: list[Rule]              # parents (shorter contexts) before children
    settings: dict                 # decompiler settings
    provenance: dict               # how each table was derived
    metrics: dict = field(default_factory=dict)

    @property
    def vocab_size(self):
        return len(self.base)

    def truncated(self, budget: int) -> "Program":
        """The same program with only its first `budget` rules (rules are ordered by selection)."""
        return Program(self.subject, self.tokenizer, self.bos, self.end_tokens, self.base,
                       self.rules[:budget], {**self.settings, "budget": budget}, self.provenance)
