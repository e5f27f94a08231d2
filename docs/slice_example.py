"""A slice of the room stories260K-room: only the rules behind one text.

    python -I -S slice_example.py

prints the text again, regenerated from its first words by greedy decoding: at each step every
token this slice knows gets a probability, and the likeliest one is written next.

A token's probability comes from the context rules (RULES: "after these tokens the subject
said this next", the longest rule that ends the story so far wins; a token a rule does not
list keeps what shorter rules gave it, times the rule's backoff weight; UNIGRAM before any
rule).
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
    ('▁upon', '▁a', '▁time', ','): ({'▁there': 0.9336}, 0.9742),
    ('▁time', ',', '▁there'): ({'▁was': 0.9841}, 0.3767),
    ('▁time', ',', '▁there', '▁was'): ({'▁a': 0.9992}, 0.3636),
    ('▁time', ',', '▁there', '▁was', '▁a'): ({'▁little': 0.6102}, 0.9542),
    ('▁there', '▁was', '▁a', '▁little'): ({'▁g': 0.636}, 0.9266),
    ('▁was', '▁a', '▁little', '▁g'): ({'ir': 0.9937}, 0.7622),
    ('▁little', '▁g', 'ir'): ({'l': 0.9987}, 0.2167),
    ('▁there', '▁was', '▁a', '▁little', '▁g', 'ir', 'l'): ({'▁named': 0.9759}, 0.8197),
    ('ir', 'l', '▁named'): ({'▁Lily': 0.8369}, 0.9426),
    ('l', '▁named', '▁Lily', '.'): ({'▁She': 0.8737}, 0.9388),
    ('▁named', '▁Lily', '.', '▁She'): ({'▁lo': 0.7748}, 0.9291),
    ('▁She', '▁lo'): ({'ved': 0.9945}, 0.02925),
    ('▁She', '▁lo', 'ved'): ({'▁to': 0.8916}, 0.5871),
    ('▁She', '▁lo', 'ved', '▁to'): ({'▁play': 0.5555}, 0.8136),
    ('ved', '▁to', '▁play'): ({'▁with': 0.4331}, 0.5254),
    ('ved', '▁to', '▁play', '▁with'): ({'▁her': 0.4791}, 0.2611),
    ('▁play', '▁with', '▁her'): ({'▁to': 0.4745}, 0.3393),
    ('▁play', '▁with', '▁her', '▁to'): ({'y': 0.9941}, 0.3302),
    ('▁play', '▁with', '▁her', '▁to', 'y'): ({'s': 0.8698}, 0.7829),
    ('▁play', '▁with', '▁her', '▁to', 'y', 's'): ({'▁and': 0.3858}, 0.9031),
    ('y', 's', '▁and'): ({'▁her': 0.03951}, 0.8512),
    ('y', 's', '▁and', '▁her'): ({'▁to': 0.1425}, 0.7994),
    ('▁and', '▁her', '▁to'): ({'y': 0.8707}, 0.3211),
    ('▁and', '▁her', '▁to', 'y'): ({'s': 0.5779}, 1.401),
    ('▁and', '▁her', '▁to', 'y', 's', '.'): ({'▁One': 0.338}, 0.6209),
    ('s', '.', '▁One'): ({'▁day': 0.9786}, 0.8167),
    ('.', '▁One', '▁day'): ({',': 0.9914}, 0.9407),
    ('y', 's', '.', '▁One', '▁day', ','): ({'▁she': 0.3119}, 0.6355),
    ('▁One', '▁day', ',', '▁she'): ({'▁saw': 0.2648}, 0.9552),
    ('▁day', ',', '▁she', '▁saw'): ({'▁a': 0.9332}, 0.2261),
    ('▁she', '▁saw', '▁a'): ({'▁big': 0.2979}, 1.094),
    ('▁she', '▁saw', '▁a', '▁big'): ({',': 0.2184}, 0.9294),
    ('▁saw', '▁a', '▁big', ','): ({'▁r': 0.1787}, 0.8808),
    ('▁big', ',', '▁r'): ({'ed': 0.6811}, 0.2934),
    ('▁a', '▁big', ',', '▁r', 'ed'): ({'▁b': 0.4859}, 0.9836),
    (',', '▁r', 'ed', '▁b'): ({'all': 0.591}, 1.064),
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
