"""Emit: the room folder's tables, here the ARPA export of the context rules (decompiler/emit.py)."""
import pytest

from englishroom.rooms import load_room


def test_arpa_export_matches_the_room(small_room):
    folder, program = small_room
    room = load_room(folder).room
    mech = room.context_rules
    prob, backoff, order = {}, {}, None
    for line in (folder / "tables/context_rules.arpa").read_text().splitlines():
        if line.startswith("\\") and line.endswith("-grams:"):
            order = int(line[1:].split("-")[0])
        elif line == "\\end\\":
            break
        elif order and line.strip():
            fields = line.split("\t")
            gram = tuple(fields[1].split(" "))
            assert len(gram) == order
            prob[gram] = 10 ** float(fields[0])
            if len(fields) > 2:
                backoff[gram] = 10 ** float(fields[2])
    pid = {p: i for i, p in enumerate(room.vocab)}

    def arpa_prob(w, hist):
        """The standard ARPA backoff lookup."""
        if hist + (w,) in prob:
            return prob[hist + (w,)]
        return backoff.get(hist, 1.0) * arpa_prob(w, hist[1:]) if hist else prob[(w,)]

    for rule in program.rules[:: max(1, len(program.rules) // 40)]:
        ctx = tuple(room.vocab[t] for t in rule.context)
        dist = mech.predict([room.bos] + list(rule.context))
        for w in list(rule.listed)[:3] + [pid["▁the"], pid["."]]:
            assert arpa_prob(room.vocab[w], ctx) == pytest.approx(dist[w], rel=1e-4)
