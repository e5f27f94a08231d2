"""Token categories: simple, inspectable rules that split evaluated tokens by what they are.

Every token gets one label in each of three groups (so each group partitions the tokens):

  kind        quotation mark   its text holds a "
              line break       its text holds a newline
              punctuation      no letter or digit in it
              space            a lone space piece (before every word of a character-level vocabulary)
              pronoun          a word in data/pronouns.txt
              function word    a word in data/function_words.txt
              character name   a capitalised word that is not sentence-initial somewhere in the
                               story (so "Lily" counts, "Once" at a story's start does not)
              content word     any other word
  occurrence  first occurrence the word (lower-cased) has not appeared earlier in the story
              repeat           it has
              not a word       punctuation, quotation marks, line breaks, spaces
  dialogue    inside / outside a quotation: an odd number of " before the token

A word is a token with a letter or digit that starts with a space, or follows punctuation, a
space, a line break or BOS, together with the tokens that continue it (no space, letters only):
a BPE piece "▁Lily", or the characters "L" "i" "l" "y" after a space. The token that starts a
word takes the word's labels; the tokens that continue it are labelled "(rest of a word)" in
every group, so they are reported apart.
"""
from functools import lru_cache
from importlib.resources import files

GROUPS = ("kind", "occurrence", "dialogue")
REST = "(rest of a word)"
SENTENCE_END = set('.!?"\n')


@lru_cache(maxsize=None)
def word_list(name) -> frozenset:
    text = files("englishroom").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def words(texts: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, starts a sentence) for each word of a story given as token texts (BOS excluded): a
    run of tokens with letters, the first after a space, punctuation or the story's start, the rest with
    no space before them ("▁Lily" alone, or "L" "i" "l" "y" after a lone space piece). The names reader
    (the room's readers.py) and its evidence read words so."""
    spans, open_word, last = [], False, ""
    for i, t in enumerate(texts):
        letters, stripped = any(c.isalnum() for c in t), t.strip(" ")
        if letters and open_word and not t[:1].isspace():
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
        elif letters:
            spans.append((i, i + 1, not last or last in SENTENCE_END))
        open_word, last = letters, stripped[-1] if stripped else last
    return spans


def label_story(texts: list[str]) -> dict:
    """{group: [label for each token]} for one story's tokens (BOS excluded), in order."""
    n = len(texts)
    kind, occ, dia = [None] * n, [None] * n, [None] * n
    quotes = 0
    for i, t in enumerate(texts):
        dia[i] = "inside a quotation" if quotes % 2 else "outside a quotation"
        quotes += t.count('"')
        if '"' in t:
            kind[i] = "quotation mark"
        elif "\n" in t:
            kind[i] = "line break"
        elif t.strip() and not any(c.isalnum() for c in t):
            kind[i] = "punctuation"
        elif t and not t.strip():
            kind[i] = "space"
    spans = words(texts)
    text_of = ["".join(texts[a:b]).strip() for a, b, _ in spans]
    mid_capitalised = {w for w, (_a, _b, initial) in zip(text_of, spans) if w[:1].isupper() and not initial}
    seen = set()
    for w, (a, b, _) in zip(text_of, spans):
        low = w.lower()
        if low in word_list("pronouns.txt"):
            k = "pronoun"
        elif low in word_list("function_words.txt"):
            k = "function word"
        elif w[:1].isupper() and w in mid_capitalised and low != "i":
            k = "character name"
        else:
            k = "content word"
        kind[a] = k
        occ[a] = "repeat" if low in seen else "first occurrence"
        seen.add(low)
        for j in range(a + 1, b):
            kind[j] = occ[j] = REST
    for i in range(n):
        if kind[i] is None:                       # e.g. an empty piece
            kind[i] = "punctuation"
        if occ[i] is None:
            occ[i] = REST if kind[i] == REST else "not a word"
        if kind[i] == REST:
            dia[i] = REST
    return {"kind": kind, "occurrence": occ, "dialogue": dia}


def categorizer(token_text):
    """A function story ids (BOS first) -> labels for its scored tokens, using `token_text(id)`."""
    def categorize(story):
        return label_story([token_text(i) for i in story[1:]])
    return categorize


def table(categories: dict, shown: list[str]) -> str:
    """Per group: each category's share, the subject's loss and each shown model's, and the
    fraction of loss the first shown model recovers."""
    lines = []
    for group, rows in categories.items():
        lines.append(f"\n{group:<22}{'share':>7}{'subject':>9}" + "".join(f"{m.replace('context ', '')[:10]:>11}" for m in shown)
                     + f"{'fraction':>10}")
        for label, r in rows.items():
            ms = r["models"]
            frac = ms[shown[0]].get("fraction_recovered") if shown and shown[0] in ms else None
            lines.append(f"{label:<22}{100 * r['share']:>6.1f}%{r['subject_loss']:>9.3f}"
                         + "".join(f"{ms[m]['loss']:>11.3f}" if m in ms else f"{'-':>11}" for m in shown)
                         + (f"{frac:>10.3f}" if frac is not None else f"{'-':>10}"))
    return "\n".join(lines)


def present(categories: dict, names) -> list[str]:
    """Those of `names` that the category rows hold scores for, in order."""
    have = next(iter(next(iter(categories.values())).values()))["models"]
    return [k for k in names if k and k in have]


def plot(categories: dict, shown: list[str], path):
    """Write plot_png's chart to `path`."""
    from englishroom.paths import atomic_write
    atomic_write(path, plot_png(categories, shown), mode="wb")


def plot_png(categories: dict, shown: list[str]) -> bytes:
    """A bar chart per group: loss by category for the subject and the shown models (PNG)."""
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = ["subject"] + shown
    fig, axes = plt.subplots(1, len(categories), figsize=(5 * len(categories), 4.5), squeeze=False)
    for ax, (group, rows) in zip(axes[0], categories.items()):
        labels = list(rows)
        width = 0.8 / len(names)
        for k, name in enumerate(names):
            vals = [rows[l]["subject_loss"] if name == "subject" else rows[l]["models"][name]["loss"] for l in labels]
            ax.bar([i + k * width for i in range(len(labels))], vals, width, label=name)
        ax.set_xticks([i + 0.4 - width / 2 for i in range(len(labels))])
        ax.set_xticklabels([f"{l}\n{100 * rows[l]['share']:.0f}%" for l in labels], rotation=60, ha="right", fontsize=8)
        ax.set_title(group)
        ax.set_ylabel("loss (nats/token)")
        ax.grid(axis="y", alpha=0.3)
    axes[0][0].legend(fontsize=8)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, dpi=100, format="png")
    plt.close(fig)
    return buf.getvalue()
