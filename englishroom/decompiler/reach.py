"""How far back a room looks, in tokens, derived from the subject's tokenizer.

A context of 7 BPE pieces and one of 7 characters are not the same reach: the first spans
about three words, the second one. So the settings that count tokens backwards are given
here in characters of text, and turned into tokens by the subject's own characters per token,
measured on its probe corpus (`chars_per_token`):

    setting      characters   stories260K (2.1 characters a token)   a character-level subject
    max_order    15           7 tokens                               15 tokens
    kn_order     12           6                                      12
    copy_match   8            4                                      8
    copy_from    2            1                                      2

tokens = round(characters / characters per token), at least 1 (2 for kn_order). A value given on
the command line is kept as given. The room's provenance.json records each derived value and how
it was reached ("derived_settings").
"""
from englishroom.errors import UserError

CHARACTERS = {
    "max_order": (15, 1, "the longest context"),
    "kn_order": (12, 2, "the highest Kneser-Ney order measured beside the room"),
    "copy_match": (8, 1, "the longest match copying tells apart"),
    "copy_from": (2, 1, "the shortest match copying acts on"),
}


def chars_per_token(stories, token_text) -> float:
    """Characters of text per token over the stories (BOS excluded); a token's text is `token_text(id)`."""
    lengths, chars, tokens = {}, 0, 0
    for s in stories:
        for w in s[1:]:
            if w not in lengths:
                lengths[w] = len(token_text(w))
            chars += lengths[w]
        tokens += len(s) - 1
    return chars / max(tokens, 1)


def tokens_for(name: str, cpt: float) -> int:
    characters, least, _ = CHARACTERS[name]
    return max(least, round(characters / cpt))


def derive(settings, cpt: float):
    """-> (settings with every unset reach filled in, {name: how it was derived}), given the probe corpus's
    characters per token."""
    changes, notes = {}, {}
    for name, (characters, _least, what) in CHARACTERS.items():
        if getattr(settings, name) is None:
            changes[name] = tokens_for(name, cpt)
            notes[name] = {"value": changes[name], "how": f"{what}: round({characters} characters / "
                           f"{cpt:.3f} characters per token of the probe corpus)"}
    settings = settings.replace(**changes)
    if settings.copy_from > settings.copy_match:
        raise UserError(f"copying cannot act from a match of {settings.copy_from} tokens when it tells apart at most "
                        f"{settings.copy_match} (--copy-from, --copy-match)")
    return settings, notes
