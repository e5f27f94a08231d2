"""Gender: after "she" the subject expects "her", after "he" "his" (room module: room_template/gender.py).

The state is which kinds of he/she word the story has had, and which came last; the table holds
each token's factor in each state, (subject's summed probability + k) / (room's + k). A vocabulary
without he/she words as tokens (a character-level one) gets no gender mechanism.
"""
from englishroom.decompiler.ir import MechanismTables
from englishroom.mechanisms.common import by_spread, runtime, state_factors, walk

NAME = "gender"
ABOUT = "whether the last he/she word was female or male (her after she, his after he)"
TABLES = {"gender.txt": {"rows": "token", "header": 1, "header_lists_pieces": True}}
COLOUR = "#f7d6e6"
FEMALE = ("she", "She", "her", "Her", "herself")          # words that set the gender state
MALE = ("he", "He", "him", "his", "His", "himself")


def gender_words(pieces, words):
    """The tokens of `words` as pieces of this vocabulary (a leading space: ▁ or Ġ)."""
    have = set(pieces)
    return [m + w for w in words for m in ("▁", "Ġ") if m + w in have]


def he_she_words(pieces):
    """({id: piece} of the female words, of the male ones) in this vocabulary, or two empty dicts where it
    lacks either kind (a vocabulary of characters): what the gender state and the pronoun reader look for."""
    ids = {p: i for i, p in enumerate(pieces)}
    female, male = ({ids[p]: p for p in gender_words(pieces, words)} for words in (FEMALE, MALE))
    return (female, male) if female and male else ({}, {})


def table(factor, n, pieces, female, male, states, k):
    """gender.txt from factors [states, V], the positions in each state and the words that set it."""
    lines = ["# piece\t" + "\t".join(states) + "\t# factors: (subject's summed probability + k) / "
             f"(room's + k), k = {k}\n# " + ", ".join(f"{int(x):,}" for x in n)
             + " positions in these states. The first row lists the words that set the state.\n",
             "words\t" + " ".join(female) + "\t" + " ".join(male) + "\n"]
    lines += [f"{pieces[w]}\t" + "\t".join(f"{x:.4g}" for x in factor[:, w]) + "\n" for w in by_spread(factor)]
    return "".join(lines)


def derive(subject, stories, s, stage, progress):
    code = runtime("gender")
    pieces = subject.tokenizer_spec()["pieces"]
    female, male = he_she_words(pieces)
    if not female:
        return None                              # no he/she words in this vocabulary: no gender mechanism
    f_ids, m_ids = set(female), set(male)
    walked = walk(subject, stage.room(), stories, "measuring gender", progress)
    factor, n = state_factors(walked, lambda prefix: code.gender_state(prefix, f_ids, m_ids), len(code.STATES),
                              subject.vocab_size, s.factor_prior)
    return MechanismTables(NAME, {"gender.txt": table(factor, n, pieces, list(female.values()), list(male.values()), code.STATES,
                                                                    s.factor_prior)},
                           {"gender.txt": "per-token factors with no he/she word yet, with female words only, "
                                          "male only, and both (by which came last), "
                                          f"from {int(n.sum()):,} positions"})
