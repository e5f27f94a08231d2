"""GPT-2's byte-level BPE (a room whose subject has GPT-2's vocabulary; tokenizer.py has the other kind).

Text is split into words by GPT-2's regular expression, each byte shown as a printable character (Ġ is a
space), and pairs merged in the order of tables/merges.txt.
"""
import re
from functools import lru_cache

from tokenizer import read_vocab


def byte_alphabet():
    """GPT-2's map from the 256 byte values to printable characters."""
    keep = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
    extra = [b for b in range(256) if b not in keep]
    return {b: chr(b) if b in keep else chr(256 + extra.index(b)) for b in range(256)}


class ByteLevelBPE:
    # GPT-2's word pattern, with \p{L} written [^\W\d_] and \p{N} written \d (the standard library's re)
    WORDS = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?(?:[^\s\w]|_)+|\s+(?!\S)|\s+")

    def __init__(self, vocab_path, merges_path):
        self.pieces, _, _ = read_vocab(vocab_path)
        self.id = {p: i for i, p in enumerate(self.pieces)}
        with open(merges_path, encoding="utf-8") as f:
            pairs = [tuple(line.split()) for line in f if line.strip() and not line.startswith("#version")]
        self.rank = {pair: r for r, pair in enumerate(pairs)}
        self.to_char = byte_alphabet()

    def encode(self, text):
        words = ("".join(self.to_char[b] for b in word.encode("utf-8")) for word in self.WORDS.findall(text))
        return [i for word in words for i in self._encode_word(word)]

    @lru_cache(maxsize=65536)
    def _encode_word(self, word):
        parts = list(word)
        while len(parts) > 1:                              # merge the earliest-learned pair
            ranked = [(self.rank.get((a, b), 1 << 30), i) for i, (a, b) in enumerate(zip(parts, parts[1:]))]
            r, i = min(ranked)
            if r == 1 << 30:
                break
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        return tuple(self.id[p] for p in parts)

    def decode(self, ids):
        return decode_bytelevel([self.pieces[i] for i in ids])


def decode_bytelevel(pieces):
    """GPT-2 byte-level pieces to text: each character stands for one byte (Ġ is a space)."""
    to_byte = {c: b for b, c in byte_alphabet().items()}
    return bytes(to_byte[c] for p in pieces for c in p).decode("utf-8", "replace")
