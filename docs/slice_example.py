"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding: at each step every
token this slice knows gets a probability, and the likeliest one is written next.

A token's probability comes from the context rules (RULES: "after these tokens the subject
said this next", the longest rule that ends the story so far wins; a token a rule does not
list keeps what shorter rules gave it, times the rule's backoff weight; UNIGRAM before any
rule), then copying correct it, in that order (below).
Every number is copied from the room's tables/ files. The slice keeps only the 38
rows that this text needs and the 65 tokens that compete somewhere in it:
englishroom removed every other row it could without changing what greedy decoding writes.
"""
START = ['<s>', '▁Once', '▁upon', '▁a']
LENGTH = 45

UNIGRAM = {  # tables/unigram.txt
    '<s>': 0.002369, '▁t': 0.005368, '▁a': 0.02712, '▁s': 0.01322,
    '▁w': 0.008357, '▁the': 0.02093, 'ed': 0.01676, '▁to': 0.02229,
    '▁b': 0.01147, '▁and': 0.01704, '▁f': 0.01081, 're': 0.01188,
    'ou': 0.006277, '▁d': 0.006201, '▁c': 0.0121, '▁he': 0.005987,
    '▁m': 0.007573, '▁was': 0.0113, '▁g': 0.008132, '▁S': 0.002254,
    '▁her': 0.006056, 'ir': 0.004955, '▁Lily': 0.004388, '▁in': 0.004737,
    '▁day': 0.004354, '▁with': 0.004437, '▁play': 0.004398, '▁She': 0.003985,
    '▁e': 0.003545, '▁his': 0.003721, 'oo': 0.003598, '▁r': 0.003439,
    'st': 0.002979, '▁mom': 0.003857, '▁she': 0.003511, 've': 0.002942,
    '▁big': 0.003028, '▁friend': 0.002803, '▁little': 0.002719, '▁time': 0.002561,
    '▁had': 0.002557, '▁we': 0.002256, '▁there': 0.002399, '▁One': 0.002061,
    'all': 0.002481, '▁saw': 0.002596, '▁named': 0.002436, 'ved': 0.002414,
    '▁li': 0.001902, '▁do': 0.002104, '▁lo': 0.002281, '▁Once': 0.002139,
    '▁upon': 0.002112, '▁': 0.01666, 'a': 0.02025, 'o': 0.01806,
    's': 0.02105, 'r': 0.01223, 'l': 0.01851, 'y': 0.01631,
    'w': 0.005008, 'u': 0.0134, '.': 0.03679, 'g': 0.00942,
    ',': 0.02283,
}
RULES = {  # tables/context_rules.txt: context: ({next token: probability}, backoff weight)
    ('▁Once', '▁upon', '▁a'): ({'▁time': 0.9992}, 0.2963),
    ('▁upon', '▁a', '▁time'): ({',': 0.9686}, 0.9782),
    ('▁Once', '▁upon', '▁a', '▁time', ','): ({'▁there': 0.9337}, 0.9987),
    ('▁time', ',', '▁there'): ({'▁was': 0.9841}, 0.3767),
    ('▁time', ',', '▁there', '▁was'): ({'▁a': 0.9992}, 0.3636),
    ('▁time', ',', '▁there', '▁was', '▁a'): ({'▁little': 0.6102}, 0.9542),
    ('▁there', '▁was', '▁a', '▁little'): ({'▁g': 0.636}, 0.9266),
    ('▁was', '▁a', '▁little', '▁g'): ({'ir': 0.9937}, 0.7622),
    ('▁little', '▁g', 'ir'): ({'l': 0.9987}, 0.2167),
    ('▁there', '▁was', '▁a', '▁little', '▁g', 'ir', 'l'): ({'▁named': 0.9759}, 0.8197),
    ('▁was', '▁a', '▁little', '▁g', 'ir', 'l', '▁named'): ({'▁Lily': 0.9186}, 0.525),
    ('▁g', 'ir', 'l', '▁named', '▁Lily', '.'): ({'▁She': 0.8739}, 0.9998),
    ('▁named', '▁Lily', '.', '▁She'): ({'▁lo': 0.7748}, 0.9291),
    ('▁Lily', '.', '▁She', '▁lo'): ({'ved': 0.9994}, 0.2856),
    ('▁Lily', '.', '▁She', '▁lo', 'ved'): ({'▁to': 0.9212}, 0.7475),
    ('▁Lily', '.', '▁She', '▁lo', 'ved', '▁to'): ({'▁play': 0.5826}, 0.9215),
    ('▁She', '▁lo', 'ved', '▁to', '▁play'): ({'▁with': 0.3742}, 0.8229),
    ('▁She', '▁lo', 'ved', '▁to', '▁play', '▁with'): ({'▁her': 0.9471}, 0.3437),
    ('▁She', '▁lo', 'ved', '▁to', '▁play', '▁with', '▁her'): ({'▁to': 0.6739}, 0.937),
    ('▁play', '▁with', '▁her', '▁to'): ({'y': 0.9941}, 0.3302),
    ('ved', '▁to', '▁play', '▁with', '▁her', '▁to', 'y'): ({'s': 0.8962}, 0.9282),
    ('▁play', '▁with', '▁her', '▁to', 'y', 's'): ({'▁and': 0.3858}, 0.9031),
    ('▁play', '▁with', '▁her', '▁to', 'y', 's', '▁and'): ({'▁her': 0.1287}, 1.023),
    ('y', 's', '▁and', '▁her'): ({'▁to': 0.1425}, 0.7994),
    ('▁and', '▁her', '▁to', 'y', 's', '.'): ({'▁One': 0.338}, 0.6209),
    ('.', '▁One'): ({'▁day': 0.9749}, 0.9511),
    ('.', '▁One', '▁day'): ({',': 0.9914}, 0.9407),
    ('y', 's', '.', '▁One', '▁day', ','): ({'▁she': 0.3119}, 0.6355),
    ('.', '▁One', '▁day', ',', '▁she'): ({'▁saw': 0.2654}, 0.9982),
    ('▁day', ',', '▁she', '▁saw'): ({'▁a': 0.9332}, 0.2261),
    ('▁day', ',', '▁she', '▁saw', '▁a'): ({'▁big': 0.2913}, 0.9894),
    ('▁saw', '▁a', '▁big'): ({',': 0.1948}, 0.7696),
    ('▁saw', '▁a', '▁big', ','): ({'▁r': 0.1787}, 0.8808),
    ('▁a', '▁big', ',', '▁r'): ({'ed': 0.6926}, 0.894),
    (',', '▁r', 'ed'): ({'▁b': 0.4441}, 0.8124),
    ('▁saw', '▁a', '▁big', ',', '▁r', 'ed', '▁b'): ({'all': 0.742}, 0.4696),
}
COPYING = {  # tables/copying.txt: group: [(room probability from, factor)]
    '2 piece mostly': [(0.0, 3.024), (0.0001, 0.9138), (0.0003, 0.7849), (0.001, 1.858), (0.003, 2.421), (0.01, 2.878), (0.03, 2.77), (0.1, 2.571), (0.2, 1.759), (0.4, 1.285), (0.7, 1.013)],
    '3 piece always': [(0.0001, 0.963), (0.0003, 0.6638), (0.003, 1.279), (0.01, 1.915), (0.03, 2.566), (0.1, 2.37), (0.2, 1.835), (0.4, 1.37), (0.7, 1.024)],
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
