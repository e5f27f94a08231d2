"""Every setting of a decompile, in one place: the defaults, their help, their checks.

The command line's flags are generated from this dataclass (`--sample-tokens` for
`sample_tokens`), so a new setting is one new field here. A room records its settings in
provenance.json.
"""
import dataclasses
import math
from dataclasses import dataclass, field
from pathlib import Path

from englishroom.errors import UserError


def setting(default, help, **kw):
    return field(default=default, metadata={"help": help, **kw})


@dataclass
class Settings:
    budget: int = setting(500_000, "the most context rules the room may have", low=0)
    seed: int = setting(0, "seed of the subject's sampled probe corpus", low=0, high=2**63 - 1)
    sample_tokens: int = setting(4_000_000, "tokens sampled from the subject (temperature 1) to probe it on", low=0)
    cool_tokens: int = setting(500_000, "more tokens sampled at --cool-temperature: the subject's likeliest paths", low=0)
    cool_temperature: float = setting(0.5, "the temperature of the cool samples")
    real_text: str | None = setting("train-head,train-more", "real stories probed too, comma-separated: files, "
                                    "'train-head' or 'train-more' (the shared files), or 'none'")
    real_weight: float = setting(4.0, "each place of a real story counts this many times in the context rules' "
                                 "averages (the room is scored on real stories)", low=0, kind=float)
    story_tokens: int | None = setting(None, "cap on a sampled story's length (default: the context length)", low=2)
    max_order: int | None = setting(None, "longest context, in tokens (default: 15 characters' worth, "
                                    "from the subject's characters per token: reach.py)", low=1)
    min_count: int = setting(2, "a context must occur this often to become a candidate", low=1)
    list_min: float | None = setting(None, "a rule may list tokens this likely (in it or in its backoff) (default: "
                                     "0.0001, or --keep-min if higher)", low=0, high=1, kind=float)
    list_ratio: float | None = setting(None, "... whose probability differs this much from the backoff's (default: "
                                       "1.25; 1 in a room of at most 15,000 rules)", low=1, kind=float)
    list_always: float = setting(0.05, "a rule always lists tokens this likely", low=0, high=1)
    list_max: int | None = setting(None, "... and lists at most this many (default: 256; 512 in a room of at most "
                                   "15,000 rules)", low=1)
    shrink: float = setting(1.0, "pull rare contexts toward their backoff: (nP + kP')/(n + k)", low=0)
    keep_min: float = setting(1e-4, "the probe keeps, at each position and for each context, the tokens at least "
                              "this likely and the rest of the mass (0: every token, exact; at most --list-min)",
                              low=0, high=1)
    memory: int | None = setting(None, "MB of dense rows the probe holds at once (default: an eighth of the memory "
                                 "available, at most 256); the room does not depend on it beyond float rounding", low=16)
    ray: str | None = setting(None, "score the probe corpus on a Ray cluster: its address or auto (pip install "
                              "'englishroom[ray]'); the room does not depend on it", text=True)
    selection: str = setting("reach", "rank contexts by the best importance they lead to (reach) or by their "
                             "own (importance)", choices=("reach", "importance"))
    mechanisms: tuple = setting(("state", "position", "priming", "words", "names", "copying", "calibration",
                                 "openings"),
                                "mechanisms, comma-separated, or none")
    mechanism_tokens: int = setting(200_000, "probe-story tokens the mechanisms are measured on", low=1)
    final_rules: str = setting("all", "the stories the room's context rules count: every probe story, once the "
                               "mechanisms are measured on the held-out ones (all: cross-fitting), or all but "
                               "those (counted)", choices=("all", "counted"))
    state_tokens: int = setting(1_000_000, "probe-story tokens the state rules are measured on (only the subject "
                                "runs there, not the room: cheaper per token)", low=1)
    state_budget: int = setting(10_000, "the most (reader value, context) rows in state_rules.txt", low=0)
    min_positions: int = setting(20, "a mechanism table's row needs this many positions behind it", low=1)
    factor_prior: float = setting(1.0, "k in factors (subject + k) / (room + k): rare cases stay near 1", low=1e-9)
    min_factor: float = setting(1.1, "a related-word factor must differ from 1 at least this much", low=1)
    openings_budget: int = setting(5_000, "the most beginnings in openings.txt, the most nats saved first", low=0)
    related_budget: int = setting(5_000, "the most (trigger, token) pairs in priming_related.txt", low=0)
    related_vocab: int = setting(1024, "the tokens in most stories take part in related-word priming", low=1)
    trigger_share: float = setting(0.25, "a priming trigger occurs in at most this share of stories", low=0, high=1)
    calibration_positions: int = setting(200, "calibration checks contexts this frequent in the derivation stories", low=1)
    calibration_min_factor: float = setting(1.02, "... and lists the factors at least this far from 1", low=1)
    evidence_stories: int = setting(200, "real stories (valid-dev) to find each mechanism's heads on; 0: skip", low=0)
    kn_order: int | None = setting(None, "highest Kneser-Ney order measured beside the room (default: 12 "
                                   "characters' worth)", low=2)
    copy_from: int | None = setting(None, "shortest match copying acts on, in tokens (default: 2 characters' "
                                    "worth)", low=1)
    copy_match: int | None = setting(None, "longest match copying tells apart, in tokens (default: 8 "
                                     "characters' worth)", low=1)
    talk_stories: int = setting(200, "stories the room (and the best KN) tell for the subject to score; 0: skip", low=0)

    def check(self):
        """Refuse settings that cannot make a room, before any work starts."""
        from englishroom.mechanisms import ORDER
        if self.budget < 0:
            raise UserError("the budget must be zero or more rules")
        if self.selection not in ("reach", "importance"):
            raise UserError(f"unknown selection {self.selection!r}: reach or importance")
        if self.cool_tokens < 0 or (self.cool_tokens and not 0 < self.cool_temperature < 1):
            raise UserError("cool samples need --cool-tokens ≥ 0 and a --cool-temperature between 0 and 1 "
                            f"(got {self.cool_tokens} at {self.cool_temperature})")
        if not 0 < self.real_weight < float("inf"):
            raise UserError(f"--real-weight {self.real_weight:g} must be a number above 0: how many times a real "
                            "story's place counts (1: as often as a sampled one)")
        list_min = derive_listing(self)[0].list_min          # as given, or as the rules pass will derive it
        if self.keep_min > list_min:
            raise UserError(f"--keep-min {self.keep_min:g} must be at most --list-min {list_min:g}: the probe "
                            "must keep every token a rule may list")
        if self.mechanisms != parse_mechanisms(",".join(self.mechanisms) or "none"):
            raise UserError(f"mechanisms are derived in this order: {', '.join(ORDER)}")
        for f in dataclasses.fields(self):
            x, flag = getattr(self, f.name), "--" + f.name.replace("_", "-")
            if isinstance(x, float) and not math.isfinite(x):
                raise UserError(f"{flag} must be a finite number (got {x})")
            low, high = f.metadata.get("low"), f.metadata.get("high")
            if x is not None and low is not None and not low <= x <= (math.inf if high is None else high):
                show = lambda v: f"{v:,}" if isinstance(v, int) else f"{v:g}"
                raise UserError(f"{flag} {x}: give a number from {show(low)}" + (f" to {show(high)}" if high is not None else " up"))
        for source in real_sources(self.real_text):
            if source not in SHARED_TEXTS and not Path(source).exists() and not source.startswith("roneneldan/TinyStories"):
                raise UserError(f"--real-text {source}: no such stories file or folder")
        if not (self.sample_tokens or self.cool_tokens or self.real_text):
            raise UserError("nothing to probe the subject on: give --sample-tokens, --cool-tokens or --real-text")
        return self

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


WHOLE_LISTING = 15_000      # a room of at most this many rules lists each rule's whole distribution
SIZES = (15, 150, 1_500, 15_000, 150_000, 500_000)    # the budgets a room is measured at by size (pareto, report)
LIST_MIN = 0.0001      # a rule may list a token this likely in it or its backoff (or --keep-min, if higher)
LISTINGS = {"differing": {"list_ratio": 1.25, "list_max": 256}, "whole": {"list_ratio": 1.0, "list_max": 512}}


def derive_listing(s: Settings):
    """-> (settings with every unset listing setting filled in, {name: how it was derived}). A rule may list
    a token at least LIST_MIN likely (or --keep-min, if higher: the probe keeps no rarer token) in it or its
    backoff, in every room (chosen on left-out training stories: docs/results.md, rules that list rarer
    tokens). A room of at most WHOLE_LISTING rules lists each rule's whole distribution, at most 512 tokens:
    a small room spends its size on distributions, as Kneser-Ney of as many contexts keeps every
    continuation it counted. A larger room lists the tokens whose probability differs from the backoff's
    by a quarter, at most 256 (chosen on the same left-out stories): there, listing every token would cost
    many bytes for little (docs/results.md, size against fidelity)."""
    kind = "whole" if s.budget <= WHOLE_LISTING else "differing"
    values = {**LISTINGS[kind], "list_min": max(s.keep_min, LIST_MIN)}
    why = (f"a room of at most {WHOLE_LISTING:,} rules lists each rule's whole distribution" if kind == "whole" else
           f"a room of more than {WHOLE_LISTING:,} rules lists the tokens that differ from the backoff")
    how = {**dict.fromkeys(LISTINGS[kind], why),
           "list_min": f"every room: tokens at least {LIST_MIN:g} likely, or --keep-min if higher"}
    changes = {k: v for k, v in values.items() if getattr(s, k) is None}
    return s.replace(**changes), {k: {"value": v, "how": how[k]} for k, v in changes.items()}


SHARED_TEXTS = ("train-head", "train-more")     # the shared training stories, by short name


def real_sources(text: str | None) -> list[str]:
    """'train-head,stories.txt' -> ['train-head', 'stories.txt']; None -> []."""
    return [x for x in (text or "").split(",") if x]


def parse_mechanisms(text: str) -> tuple:
    """'copying,position' -> ('position', 'copying'): the registry's order; 'none' -> ()."""
    from englishroom.mechanisms import ORDER
    names = tuple(m for m in text.split(",") if m) if text != "none" else ()
    unknown = [m for m in names if m not in ORDER]
    if unknown:
        raise UserError(f"unknown mechanism {unknown[0]!r}: choose from {', '.join(ORDER)} (or none)")
    return tuple(m for m in ORDER if m in names)


def add_arguments(parser, skip=()):
    """One flag per setting (`--sample-tokens`), its default and help taken from Settings."""
    defaults = Settings()
    for f in dataclasses.fields(Settings):
        if f.name in skip:
            continue
        default = getattr(defaults, f.name)
        shown = "" if default is None and "default" in f.metadata["help"] else f" (default {default})"
        kw = {"default": default, "help": f.metadata["help"] + shown, "dest": f.name}
        if f.name == "mechanisms":
            kw.update(type=parse_mechanisms, default=default,
                      help=f"{f.metadata['help']} (default {','.join(default)})")
        elif f.name == "real_text":
            kw["type"] = lambda x: None if x == "none" else x
        elif f.metadata.get("text"):
            kw["type"] = str
        elif "choices" in f.metadata:
            kw["choices"] = f.metadata["choices"]
        else:
            kw["type"] = f.metadata.get("kind") or (float if isinstance(default, float) else int)   # None: derived
        parser.add_argument("--" + f.name.replace("_", "-"), **kw)


def from_arguments(args) -> Settings:
    return Settings(**{f.name: getattr(args, f.name) for f in dataclasses.fields(Settings)
                       if hasattr(args, f.name)}).check()
