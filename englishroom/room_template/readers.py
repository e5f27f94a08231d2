"""Readers: short functions of the story so far, each an explicit look back, the way an attention head
is one: `names` (NAME1, NAME2, ... the names bound, the latest first), `quotation` (where the open
quotation began), `pronoun` (the he/she word used last), `topic` (he/she or it, whichever came last),
`tense` (is or was, says or said, ... told last outside a quotation). `texts` are the pieces as text
(`piece_texts`). tables/readers.txt says which of the subject's heads look back at the same places.
"""
from functools import reduce

SPACE_MARKS = ("\u2581", "\u0120")            # how a vocabulary writes a space: ▁ (SentencePiece) or Ġ (GPT-2)
SENTENCE_END = set('.!?"\n')


# pieces that stand for other text: <0x0A> and <unk> a newline (babyllama-tok105 writes a paragraph break as <unk>);
# <s>, </s> and the other bytes <0xNN> \x00, no letter (a letter is written with its own piece, never a byte)
SPECIAL = {**{f"<0x{b:02X}>": "\x00" for b in range(256)}, "<s>": "\x00", "</s>": "\x00", "<0x0A>": "\n", "<unk>": "\n"}


def piece_texts(vocab, _made={}):
    """Each piece as the text it stands for (a space for ▁ or Ġ, a newline for Ċ, SPECIAL); one list per
    vocabulary, which every mechanism shares (a reader remembers the story it read in it)."""
    key = tuple(vocab)
    if key not in _made:
        _made[key] = [SPECIAL.get(p) or p.replace("\u010a", "\n").replace(SPACE_MARKS[0], " ").replace(SPACE_MARKS[1], " ")
                      for p in vocab]
    return _made[key]


def shape(t, _known={}):
    """(has a letter or digit, starts with a space, its last character other than a space or ""), remembered."""
    if t not in _known:
        stripped = t.strip(" ")
        _known[t] = (any(c.isalnum() for c in t), t[:1].isspace(), stripped[-1] if stripped else "")
    return _known[t]


def names(prefix, texts):
    """The names in the story so far, the most recently mentioned first: a name is a capitalised
    word ("I" aside) that has appeared at least once inside a sentence (so "Once" at the start is
    not one, "Lily" after "named" is); a word that ends the story may be unfinished and does not count
    yet. Each is the tuple of token ids it was last written with, from the lone space piece before it
    where there is one."""
    def mention(found, prefix, e):           # the word that ends before e, if it is a finished capitalised one
        word = word_before(prefix, texts, e)
        if word and word[0][:1].isupper():
            text, a = word
            found[0][text] = (a, tuple(prefix[a - (a > 1 and texts[prefix[a - 1]] == " "):e]))
            last = next((shape(texts[prefix[i]])[2] for i in range(a - 1, 0, -1) if shape(texts[prefix[i]])[2]), "")
            if last and last not in SENTENCE_END and text != "I":       # inside a sentence
                found[1].add(text)
        return found
    read = lambda p: reduce(lambda found, e: mention(found, p, e), range(2, len(p)), ({}, set()))
    found = remembered("names", prefix, texts, None, read, lambda found, p: mention(found, p, len(p) - 1))
    return [ids for _, ids in sorted((found[0][n] for n in found[1]), reverse=True)]


LATEST = {}           # reader -> (the story it read last, its texts, its words, what it found)
EXTENDED = [(), (), False]        # the last question asked: is story [0] story [1] and one token more?


# Whether `story` is `last` and one token more: each reader asks it of the same two stories (Room.predict's tuples)
def extends(story, last):
    if not (EXTENDED[0] is story and EXTENDED[1] is last):
        EXTENDED[:] = story, last, story[:-1] == last
    return EXTENDED[2]


def remembered(reader, prefix, texts, kinds, read, step):
    """What `reader` finds in `prefix`: `step(found, prefix)` from what it found in the story it read last
    where that is `prefix` less its last token (a room reads a story token by token), else `read(prefix)`."""
    key, last = tuple(prefix), LATEST.get(reader)
    if last and last[1] is texts and last[2] == kinds and len(last[0]) in (len(key), len(key) - 1):
        if last[0] is key or last[0] == key:
            return last[3]
        if extends(key, last[0]):
            read = lambda prefix: step(last[3], prefix)
    LATEST[reader] = (key, texts, kinds, read(prefix))
    return LATEST[reader][3]


def quotation(prefix, texts):
    """The place of the token that opened the quotation the story is in, or None outside one."""
    def toggle(opened, i):
        for _ in range(texts[prefix[i]].count('"')):
            opened = None if opened is not None else i
        return opened
    return remembered("quotation", prefix, texts, None, lambda p: reduce(toggle, range(1, len(p)), None),
                      lambda opened, p: toggle(opened, len(p) - 1))


def word_before(prefix, texts, e):
    """(the finished word that ends just before place `e`, the place of its first token) or None: a
    token with letters, then one that is not more of it (a word still being written is not finished;
    at e = len(prefix), the word the story ends with so far)."""
    more = e < len(prefix) and shape(texts[prefix[e]])[:2] == (True, False)
    if e > len(prefix) or e < 2 or not shape(texts[prefix[e - 1]])[0] or more:
        return None
    a = e - 1
    while a > 1 and not shape(texts[prefix[a]])[1] and shape(texts[prefix[a - 1]])[0]:
        a -= 1
    return "".join(texts[w] for w in prefix[a:e]).strip(), a


def last_word(prefix, texts, kinds, reader, narrated=False):
    """(kind, the place of its first token) of the last finished word of the story that `kinds`
    ({word: kind}) names (`narrated`: outside a quotation), or None; read backward, so it stops at the nearest one."""
    def at(prefix, e):
        word = word_before(prefix, texts, e)
        found = word and word[0] in kinds and not (narrated and quotation(prefix[:e], texts) is not None)
        return (kinds[word[0]], word[1]) if found else None
    read = lambda prefix: next(filter(None, (at(prefix, e) for e in range(len(prefix) - 1, 1, -1))), None)
    return remembered(reader, prefix, texts, kinds, read, lambda found, prefix: at(prefix, len(prefix) - 1) or found)


def pronoun(prefix, texts, female, male):
    """Whose story it is: ("female" or "male", its place) for the he/she word of `female` or `male` used last, or None."""
    return last_word(prefix, texts, {**dict.fromkeys(female, "female"), **dict.fromkeys(male, "male")}, "pronoun")


def topic(prefix, texts, people, things):
    """Whether the story spoke of a person or a thing last: ("person" or "thing", place) of `people` or `things`, or None."""
    return last_word(prefix, texts, {**dict.fromkeys(people, "person"), **dict.fromkeys(things, "thing")}, "topic")


def tense(prefix, texts, present, past):
    """The story's tense: ("present" or "past", place) of the last word of `present` or `past` told outside a quotation, or None."""
    kinds = {**dict.fromkeys(present, "present"), **dict.fromkeys(past, "past")}
    return last_word(prefix, texts, kinds, "tense", narrated=True)
