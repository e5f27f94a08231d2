"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding: at each step every
token this slice knows gets a probability, and the likeliest one is written next.

A token's probability comes from the context rules (RULES: "after these tokens the subject
said this next", the longest rule that ends the story so far wins; a token a rule does not
list keeps what shorter rules gave it, times the rule's backoff weight; UNIGRAM before any
rule).
Every number is copied from the room's tables/ files. The slice keeps only the 60
rows that this text needs and the 85 tokens that compete somewhere in it (the
other tokens are pooled into one, "\u003cthe rest\u003e", never written): englishroom removed every
other row it could without changing what greedy decoding writes.
"""
REST = "\u003cthe rest\u003e"
START = ['<s>', '▁Once', '▁upon', '▁a']
LENGTH = 66

UNIGRAM = {  # tables/unigram.txt
    '<s>': 0.002417, '▁t': 0.005326, '▁a': 0.02707, '▁s': 0.01327,
    '▁w': 0.008696, '▁the': 0.02004, 'ed': 0.01627, '▁to': 0.02385,
    '▁b': 0.01223, '▁and': 0.01702, '▁f': 0.01056, 're': 0.0118,
    'ou': 0.006087, '▁d': 0.00628, '▁c': 0.01214, '▁he': 0.005733,
    '▁p': 0.007973, '▁m': 0.007367, 'er': 0.006118, '▁was': 0.01111,
    '▁The': 0.003917, 'id': 0.00509, 'ar': 0.00889, '▁n': 0.003441,
    '▁g': 0.008513, '▁S': 0.002146, '▁her': 0.007014, '▁it': 0.005824,
    'ir': 0.004983, '▁Lily': 0.005535, '▁in': 0.004879, '▁day': 0.004441,
    'ig': 0.0009872, '▁with': 0.005128, '▁play': 0.005012, '▁She': 0.004556,
    '▁e': 0.00364, '▁his': 0.003476, '▁He': 0.00318, 'oo': 0.003466,
    '▁r': 0.003444, 'st': 0.002623, '▁she': 0.003673, 've': 0.002938,
    '▁big': 0.003013, '▁of': 0.002594, '▁little': 0.002695, '▁time': 0.002714,
    'ad': 0.00242, '▁had': 0.002517, '▁we': 0.002267, '▁there': 0.002534,
    '▁so': 0.002558, '▁One': 0.002304, 'all': 0.002963, '▁want': 0.002888,
    '▁saw': 0.002667, '▁named': 0.002582, 'ved': 0.002578, '▁li': 0.001809,
    '▁but': 0.002525, '▁do': 0.002398, '▁lo': 0.002522, '▁Once': 0.002189,
    'es': 0.001718, '▁upon': 0.002259, 'out': 0.002166, '▁k': 0.00229,
    '▁': 0.01661, 'e': 0.02641, 'a': 0.01858, 't': 0.01734,
    'o': 0.01732, 'n': 0.01194, 'i': 0.009186, 's': 0.02104,
    'r': 0.01155, 'l': 0.01836, 'm': 0.00597, '.': 0.03685,
    ',': 0.02445, 'k': 0.006875, "'": 0.006909, 'j': 0.001329,
    '’': 4.853e-05, '<the rest>': 0.3519,
}
RULES = {  # tables/context_rules.txt: context: ({next token: probability}, backoff weight)
    ('▁Once', '▁upon', '▁a'): ({'▁time': 0.9993}, 0.3182),
    ('▁upon', '▁a', '▁time'): ({',': 0.9687}, 0.9812),
    ('▁a', '▁time', ','): ({'▁there': 0.9334}, 0.2309),
    ('▁time', ',', '▁there'): ({'▁was': 0.9841}, 0.4415),
    ('▁time', ',', '▁there', '▁was'): ({'▁a': 0.9991}, 0.4737),
    ('▁time', ',', '▁there', '▁was', '▁a'): ({'▁little': 0.6101}, 0.9653),
    ('▁there', '▁was', '▁a', '▁little'): ({'▁g': 0.6375}, 0.9314),
    ('▁was', '▁a', '▁little', '▁g'): ({'ir': 0.9941}, 0.8091),
    ('▁little', '▁g', 'ir'): ({'l': 0.9988}, 0.4892),
    ('▁there', '▁was', '▁a', '▁little', '▁g', 'ir', 'l'): ({'▁named': 0.9782}, 0.8617),
    ('▁was', '▁a', '▁little', '▁g', 'ir', 'l', '▁named'): ({'▁Lily': 0.9217}, 0.6468),
    ('▁a', '▁little', '▁g', 'ir', 'l', '▁named', '▁Lily'): ({'.': 0.8691}, 0.9164),
    ('▁g', 'ir', 'l', '▁named', '▁Lily', '.'): ({'▁She': 0.8838}, 1),
    ('▁named', '▁Lily', '.', '▁She'): ({'▁lo': 0.7789}, 0.934),
    ('▁Lily', '.', '▁She', '▁lo'): ({'ved': 0.9994}, 0.332),
    ('▁Lily', '.', '▁She', '▁lo', 'ved'): ({'▁to': 0.9207}, 0.8967),
    ('▁Lily', '.', '▁She', '▁lo', 'ved', '▁to'): ({'▁play': 0.5851}, 0.9549),
    ('▁She', '▁lo', 'ved', '▁to', '▁play'): ({'▁': 0.4003}, 0.8866),
    ('ved', '▁to', '▁play', '▁'): ({'out': 0.9974}, 0.4303),
    ('▁play', '▁', 'out'): ({'s': 0.999}, 0.004931),
    ('▁', 'out', 's'): ({'id': 0.9998}, 0.08514),
    ('s', 'id'): ({'e': 0.9993}, 0.00381),
    ('▁to', '▁play', '▁', 'out', 's', 'id', 'e'): ({'▁in': 0.5974}, 0.933),
    ('▁play', '▁', 'out', 's', 'id', 'e', '▁in'): ({'▁the': 0.8509}, 0.8456),
    ('s', 'id', 'e', '▁in', '▁the'): ({'▁p': 0.3464}, 0.9659),
    ('id', 'e', '▁in', '▁the', '▁p'): ({'ar': 0.9624}, 0.6753),
    ('▁in', '▁the', '▁p', 'ar'): ({'k': 0.995}, 0.1192),
    ('e', '▁in', '▁the', '▁p', 'ar', 'k', '.'): ({'▁One': 0.7963}, 0.3121),
    ('.', '▁One'): ({'▁day': 0.9782}, 0.9046),
    ('.', '▁One', '▁day'): ({',': 0.9925}, 1.047),
    ('ar', 'k', '.', '▁One', '▁day', ','): ({'▁she': 0.5386}, 0.9218),
    ('k', '.', '▁One', '▁day', ',', '▁she'): ({'▁saw': 0.3205}, 0.8547),
    ('▁day', ',', '▁she', '▁saw'): ({'▁a': 0.9417}, 0.217),
    ('▁day', ',', '▁she', '▁saw', '▁a'): ({'▁big': 0.289}, 1.012),
    ('▁she', '▁saw', '▁a', '▁big'): ({',': 0.2137}, 0.9557),
    ('▁saw', '▁a', '▁big', ','): ({'▁r': 0.1984}, 0.9537),
    ('▁saw', '▁a', '▁big', ',', '▁r'): ({'ed': 0.7182}, 0.9655),
    (',', '▁r', 'ed'): ({'▁b': 0.5319}, 0.7721),
    ('▁a', '▁big', ',', '▁r', 'ed', '▁b'): ({'all': 0.7395}, 0.9894),
    (',', '▁r', 'ed', '▁b', 'all', '.'): ({'▁She': 0.2411}, 0.7814),
    ('ed', '▁b', 'all', '.', '▁She'): ({'▁want': 0.257}, 0.7063),
    ('▁She', '▁want'): ({'ed': 0.9989}, 0.008221),
    ('▁She', '▁want', 'ed'): ({'▁to': 0.9557}, 0.6751),
    ('all', '.', '▁She', '▁want', 'ed', '▁to'): ({'▁play': 0.2026}, 0.8868),
    ('▁She', '▁want', 'ed', '▁to', '▁play'): ({'▁with': 0.7448}, 0.7444),
    ('▁She', '▁want', 'ed', '▁to', '▁play', '▁with'): ({'▁it': 0.4963}, 0.4124),
    ('▁She', '▁want', 'ed', '▁to', '▁play', '▁with', '▁it'): ({',': 0.5168}, 1.197),
    ('ed', '▁to', '▁play', '▁with', '▁it', ','): ({'▁but': 0.8154}, 0.4662),
    ('▁to', '▁play', '▁with', '▁it', ',', '▁but'): ({'▁she': 0.246}, 0.9897),
    ('▁it', ',', '▁but', '▁she'): ({'▁d': 0.23}, 0.8114),
    ('▁but', '▁she', '▁d'): ({'id': 0.9622}, 0.1467),
    (',', '▁but', '▁she', '▁d', 'id'): ({'n': 0.7958}, 0.963),
    ('▁d', 'id', 'n'): ({"'": 0.9975}, 0.04527),
    ('id', 'n', "'"): ({'t': 0.9999}, 1.216),
    ('▁but', '▁she', '▁d', 'id', 'n', "'", 't'): ({'▁want': 0.3828}, 0.9058),
    ('▁she', '▁d', 'id', 'n', "'", 't', '▁want'): ({'▁to': 0.9263}, 0.8231),
    ('n', "'", 't', '▁want', '▁to'): ({'▁play': 0.1234}, 0.9933),
    ("'", 't', '▁want', '▁to', '▁play'): ({'▁with': 0.6492}, 0.9992),
    ('n', "'", 't', '▁want', '▁to', '▁play', '▁with'): ({'▁it': 0.2359}, 0.8996),
    ('t', '▁want', '▁to', '▁play', '▁with', '▁it'): ({'.': 0.5553}, 0.5995),
}


def scale(p, factors):
    p = {w: q * factors.get(w, 1.0) for w, q in p.items()}
    total = sum(p.values())
    return {w: q / total for w, q in p.items()}


def predict(story):
    p = dict(UNIGRAM)
    for k in range(1, len(story) + 1):          # shortest context first: the longest rule wins
        if tuple(story[-k:]) in RULES:
            listed, backoff = RULES[tuple(story[-k:])]
            p = {w: listed.get(w, q * backoff) for w, q in p.items()}
    return p


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = predict(story)
        story.append(max((w for w in p if w != REST), key=p.get))
    return decode(story[1:])


def decode(pieces):
    """SentencePiece pieces to text: ▁ is a space, <0x0A> a byte."""
    out = bytearray()
    for p in pieces:
        if p.startswith("<0x") and len(p) == 6 and p.endswith(">"):
            out.append(int(p[3:5], 16))
        elif not (p.startswith("<") and p.endswith(">")):
            out.extend(p.replace("▁", " ").encode("utf-8"))
    text = out.decode("utf-8", "replace")
    return text[1:] if text.startswith(" ") else text


if __name__ == "__main__":
    print(greedy())
