"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding: at each step every
token this slice knows gets a probability, and the likeliest one is written next.

A token's probability comes from the context rules (RULES: "after these tokens the subject
said this next", the longest rule that ends the story so far wins; a token a rule does not
list keeps what shorter rules gave it, times the rule's backoff weight; UNIGRAM before any
rule), then copying correct it, in that order (below).
Every number is copied from the room's tables/ files. The slice keeps only the 43
rows that this text needs and the 72 tokens that compete somewhere in it:
englishroom removed every other row it could without changing what greedy decoding writes.
"""
START = ['<s>', '▁Once', '▁upon', '▁a']
LENGTH = 50

UNIGRAM = {  # tables/unigram.txt
    '<s>': 0.002417, '▁a': 0.02707, '▁s': 0.01327, '▁w': 0.008696,
    '▁the': 0.02004, '▁to': 0.02385, '▁b': 0.01223, '▁and': 0.01702,
    '▁f': 0.01056, 're': 0.0118, '▁d': 0.00628, '▁c': 0.01214,
    '▁he': 0.005733, '▁p': 0.007973, '▁m': 0.007367, '▁was': 0.01111,
    'ar': 0.00889, '▁g': 0.008513, '▁S': 0.002146, '▁her': 0.007014,
    'ir': 0.004983, '▁Lily': 0.005535, '▁in': 0.004879, '▁day': 0.004441,
    '▁be': 0.004073, '▁with': 0.005128, '▁play': 0.005012, '▁She': 0.004556,
    '▁e': 0.00364, '▁his': 0.003476, '▁st': 0.003424, '▁r': 0.003444,
    '▁on': 0.003115, 'st': 0.002623, '▁mom': 0.004921, '▁she': 0.003673,
    've': 0.002938, '▁big': 0.003013, '▁friend': 0.002955, '▁little': 0.002695,
    'ent': 0.002883, '▁time': 0.002714, 'ad': 0.00242, '▁had': 0.002517,
    '▁we': 0.002267, '▁there': 0.002534, '▁One': 0.002304, '▁for': 0.002497,
    'ould': 0.002286, '▁saw': 0.002667, '▁named': 0.002582, 'ved': 0.002578,
    '▁li': 0.001809, '▁do': 0.002398, '▁lo': 0.002522, '▁Once': 0.002189,
    '▁upon': 0.002259, '▁': 0.01661, 'a': 0.01858, 't': 0.01734,
    'o': 0.01732, 'i': 0.009186, 's': 0.02104, 'r': 0.01155,
    'l': 0.01836, 'y': 0.0159, 'w': 0.004623, 'u': 0.01242,
    '.': 0.03685, 'g': 0.008782, ',': 0.02445, 'k': 0.006875,
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
    ('▁g', 'ir', 'l', '▁named', '▁Lily', '.'): ({'▁She': 0.8838}, 1),
    ('▁named', '▁Lily', '.', '▁She'): ({'▁lo': 0.7789}, 0.934),
    ('▁Lily', '.', '▁She', '▁lo'): ({'ved': 0.9994}, 0.332),
    ('▁Lily', '.', '▁She', '▁lo', 'ved'): ({'▁to': 0.9207}, 0.8967),
    ('▁Lily', '.', '▁She', '▁lo', 'ved', '▁to'): ({'▁play': 0.5851}, 0.9549),
    ('▁She', '▁lo', 'ved', '▁to', '▁play'): ({'▁with': 0.3659}, 0.8866),
    ('▁She', '▁lo', 'ved', '▁to', '▁play', '▁with'): ({'▁her': 0.9552}, 0.5245),
    ('▁She', '▁lo', 'ved', '▁to', '▁play', '▁with', '▁her'): ({'▁to': 0.6862}, 0.8682),
    ('▁play', '▁with', '▁her', '▁to'): ({'y': 0.9958}, 0.4589),
    ('ved', '▁to', '▁play', '▁with', '▁her', '▁to', 'y'): ({'s': 0.9017}, 0.906),
    ('▁play', '▁with', '▁her', '▁to', 'y', 's'): ({'▁and': 0.4185}, 0.9844),
    ('▁play', '▁with', '▁her', '▁to', 'y', 's', '▁and'): ({'▁her': 0.1528}, 1.005),
    ('y', 's', '▁and', '▁her'): ({'▁to': 0.1487}, 0.9516),
    ('s', '▁and', '▁her', '▁to', 'y', 's', '.'): ({'▁One': 0.8871}, 0.6545),
    ('s', '.', '▁One'): ({'▁day': 0.982}, 0.7952),
    ('.', '▁One', '▁day'): ({',': 0.9925}, 1.047),
    ('y', 's', '.', '▁One', '▁day', ','): ({'▁she': 0.3423}, 0.6148),
    ('s', '.', '▁One', '▁day', ',', '▁she'): ({'▁w': 0.2767}, 1.037),
    ('▁One', '▁day', ',', '▁she', '▁w'): ({'ent': 0.9743}, 0.8901),
    ('▁day', ',', '▁she', '▁w', 'ent'): ({'▁to': 0.7676}, 0.8346),
    ('▁day', ',', '▁she', '▁w', 'ent', '▁to'): ({'▁the': 0.7999}, 0.8463),
    ('▁day', ',', '▁she', '▁w', 'ent', '▁to', '▁the'): ({'▁p': 0.7304}, 0.9721),
    ('▁she', '▁w', 'ent', '▁to', '▁the', '▁p'): ({'ar': 0.9828}, 0.3794),
    ('▁she', '▁w', 'ent', '▁to', '▁the', '▁p', 'ar'): ({'k': 0.9959}, 0.4184),
    ('ent', '▁to', '▁the', '▁p', 'ar', 'k'): ({'▁to': 0.3956}, 0.5545),
    ('ent', '▁to', '▁the', '▁p', 'ar', 'k', '▁to'): ({'▁play': 0.7475}, 0.9146),
    ('k', '▁to', '▁play'): ({'▁with': 0.3368}, 0.5267),
    ('▁p', 'ar', 'k', '▁to', '▁play', '▁with'): ({'▁her': 0.5427}, 1),
    ('k', '▁to', '▁play', '▁with', '▁her'): ({'▁friend': 0.5375}, 1.012),
    ('▁to', '▁play', '▁with', '▁her', '▁friend'): ({'s': 0.8982}, 1.028),
}
COPYING = {  # tables/copying.txt: group: [(room probability from, factor)]
    '2 piece mostly': [(0.0, 2.406), (0.0001, 1), (0.0003, 0.6524), (0.001, 1.241), (0.003, 3.179), (0.01, 4.283), (0.03, 3.216), (0.1, 2.583), (0.2, 1.874), (0.4, 1.276), (0.7, 1.024)],
    '3 piece always': [(0.0001, 0.7831), (0.0003, 0.4795), (0.003, 1.428), (0.01, 2.045), (0.03, 2.417), (0.1, 2.244), (0.2, 1.641), (0.4, 1.359), (0.7, 1.025)],
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
    new = {}
    for w, (match, share) in candidates(story).items():
        group = f"{match} {'word' if w[:1] in '▁ Ġ' else 'piece'} " + \
            ("always" if share == 1 else "mostly" if share >= 0.5 else "sometimes")
        rows = COPYING.get(group, [(0.0, 1.0)])    # the last row whose range holds p[w]
        new[w] = p[w] * ([f for lo, f in rows if lo <= p[w]] or [rows[0][1]])[-1]
    rest = (1 - sum(new.values())) / (1 - sum(p[w] for w in new))
    p = {w: new.get(w, q * rest) for w, q in p.items()}
    return p


def candidates(story):
    """Tokens that came after the story's last token earlier on: {token: (match, share)}."""
    found, places = {}, 0
    for j in range(1, len(story) - 1):
        if story[j] == story[-1]:
            m = 1
            while m < 4 and j - m >= 1 and story[j - m] == story[-1 - m]:
                m += 1
            best, times = found.get(story[j + 1], (0, 0))
            found[story[j + 1]] = (max(best, m), times + 1)
            places += 1
    return {w: (m, times / places) for w, (m, times) in found.items()}


def greedy():
    story = list(START)
    while len(story) < LENGTH:
        p = predict(story)
        story.append(max(p, key=p.get))
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
