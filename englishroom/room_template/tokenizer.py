"""Text <-> token ids, with the subject's own vocabulary (tables/vocab.txt).

Two kinds of byte-pair encoding, as the subject was trained:
  sentencepiece  pieces merge in order of their score; a space is written "▁" and every
                 word starts with one; a character outside the vocabulary becomes its
                 UTF-8 bytes <0xNN> ("byte fallback"), or, in a vocabulary without byte
                 pieces, <unk> (a run of such characters, a paragraph break, is one <unk>).
                 A vocabulary of single characters is this kind too: nothing merges.
  bytelevel      GPT-2's (bytelevel.py): text is split into words by a regular expression, each
                 byte shown as a printable character, pairs merged in the order of tables/merges.txt.
"""
import re
from functools import lru_cache


def read_vocab(path):
    """Lines `id<TAB>piece<TAB>kind<TAB>score`; kind is normal, byte, control or unknown."""
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip("\n") and not line.startswith("# ")]
    assert all(len(r) == 4 and r[0] == str(i) for i, r in enumerate(rows)), f"{path}: ids must be 0, 1, 2, ..."
    return [r[1] for r in rows], [r[2] for r in rows], [float(r[3]) for r in rows]


class SentencePieceBPE:
    def __init__(self, vocab_path):
        self.pieces, kinds, scores = read_vocab(vocab_path)
        self.score = {p: s for p, k, s in zip(self.pieces, kinds, scores) if k == "normal"}
        self.id = {p: i for i, p in enumerate(self.pieces)}
        self.byte_id = {int(p[3:5], 16): i for i, (p, k) in enumerate(zip(self.pieces, kinds)) if k == "byte"}
        self.unk = kinds.index("unknown") if "unknown" in kinds else 0

    def encode(self, text):
        text = re.sub(" +", " ", text).strip(" ")          # drop extra spaces, as SentencePiece does
        if not text:
            return []
        text = "\u2581" + text.replace(" ", "\u2581")      # dummy prefix; spaces become ▁
        # words, each from a ▁ (no piece spans one), then each word's pieces
        return [i for word in re.findall("\u2581[^\u2581]*|[^\u2581]+", text) for i in self._encode_word(word)]

    @lru_cache(maxsize=65536)
    def _encode_word(self, word):
        parts = list(word)
        while len(parts) > 1:                              # merge the best-scoring adjacent pair
            best, at = None, -1
            for i in range(len(parts) - 1):
                s = self.score.get(parts[i] + parts[i + 1])
                if s is not None and (best is None or s > best):
                    best, at = s, i
            if at < 0:
                break
            parts[at:at + 2] = [parts[at] + parts[at + 1]]
        ids = []
        for p in parts:
            if p in self.score:
                ids.append(self.id[p])
            elif self.byte_id:                             # byte fallback
                ids.extend(self.byte_id.get(b, self.unk) for b in p.encode("utf-8"))
            elif not ids or ids[-1] != self.unk:           # no bytes: one <unk> for a run of unknowns
                ids.append(self.unk)
        return tuple(ids)

    def decode(self, ids):
        return decode_sentencepiece([self.pieces[i] for i in ids])


def decode_sentencepiece(pieces):
    """SentencePiece pieces to text, as SentencePiece decodes them: ▁ is a space (a piece's leading ▁
    while nothing has been written yet, the dummy prefix, is dropped), <0xNN> a byte, <unk> is " ⁇ ",
    other <...> pieces are dropped."""
    out = bytearray()
    for p in pieces:
        if p.startswith("<0x") and len(p) == 6 and p.endswith(">"):
            out.append(int(p[3:5], 16))
        elif p == "<unk>":
            out.extend(" \u2047 ".encode("utf-8"))
        elif not (p.startswith("<") and p.endswith(">")):
            if not out and p.startswith("\u2581"):
                p = p[1:]
            out.extend(p.replace("\u2581", " ").encode("utf-8"))
    return out.decode("utf-8", "replace")


def load_tokenizer(room_dir, kind):
    vocab = f"{room_dir}/tables/vocab.txt"
    if kind == "sentencepiece":
        return SentencePieceBPE(vocab)
    from bytelevel import ByteLevelBPE         # bytelevel.py: only in a room whose subject is GPT-2's kind
    return ByteLevelBPE(vocab, f"{room_dir}/tables/merges.txt")
