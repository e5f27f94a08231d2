"""Emit: the room folder's tables, here the ARPA export of the context rules (decompiler/emit.py)."""
import gzip

import pytest

from englishroom.rooms import load_room


def arpa_lines(folder):
    with gzip.open(folder / "tables/context_rules.arpa.gz", "rt", encoding="utf-8") as f:
        return f.read().splitlines()


def test_arpa_export_matches_the_room(small_room):
    folder, program = small_room
    room = load_room(folder).room
    mech = room.context_rules
    prob, backoff, order, lines = {}, {}, None, arpa_lines(folder)
    for line in lines:
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
    counts = {}
    for line in lines:
        if line.startswith("ngram "):
            counts[int(line[6:].split("=")[0])] = int(line.split("=")[1])
    assert counts == {n: sum(len(g) == n for g in prob) for n in counts}      # the header counts each order
    ids = [tuple(pid[p] for p in g) for g in prob]                                # in the file's order
    assert all(a < b for a, b in zip(ids, ids[1:]) if len(a) == len(b))          # an order's n-grams sorted


def test_the_stages_and_the_room_share_one_loading_of_the_rules(small_room, tmp_path):
    """A stage's loaded context rules pass to the next stage and to the room's ARPA file while the IR
    holds the same rules, and their tables are written once; new rules are not served them, and emit
    forgets them. The room is the same."""
    import copy
    from englishroom.decompiler import emit as E
    folder, program = small_room
    with E.Stage(program) as stage:
        loaded = stage.model().room.context_rules
        written = (stage.folder / "tables/context_rules.txt").stat()
    assert E.loaded_rules(program) is loaded
    renewed = copy.copy(program)
    renewed.rules = list(program.rules)
    assert E.loaded_rules(renewed) is None
    with E.Stage(program) as again:
        assert again.rules is loaded and again.room().context_rules is loaded
        assert (again.folder / "tables/context_rules.txt").stat().st_ino == written.st_ino      # linked, not written
    with E.Stage(renewed) as other:
        text = other.folder / "tables/context_rules.txt"
        assert text.stat().st_ino != written.st_ino and text.read_bytes() == (folder / "tables/context_rules.txt").read_bytes()
    assert E.loaded_rules(program) is None                  # one set of rules kept: the last written
    with E.Stage(program) as last:                          # the IR's rules again, made from its numbers
        made = last.context_rules()
    assert E.loaded_rules(program) is made
    E.emit(program, tmp_path / "shared")
    assert E.loaded_rules(program) is None and E.Kept.folder is None
    E.emit(program, tmp_path / "read")                  # nothing loaded: the ARPA file from the text tables
    for name in ("context_rules.arpa.gz", "context_rules.txt"):
        assert (tmp_path / "shared/tables" / name).read_bytes() == (tmp_path / "read/tables" / name).read_bytes()


def test_the_rules_made_from_the_irs_numbers_are_the_rules_read_from_the_tables(small_room):
    """A stage makes the room's context rules from the IR's numbers rather than read its text tables back:
    the same rules, their listed probabilities in the same order and their backoff weights to the last bit,
    and the same unigram."""
    from englishroom.decompiler import emit as E
    from englishroom.rooms import every_rule
    folder, program = small_room
    given, read = E.context_rules_given(program), E.context_rules_of(folder, program.pieces)
    assert list(given.rows) == list(read.rows) == [" ".join(program.pieces[t] for t in r.context) for r in program.rules]
    assert given.base == read.base
    assert len(every_rule(given)) == len(program.rules) and given.rules == every_rule(read)
    assert all(list(given.rules[c][0]) == list(read.rules[c][0]) for c in read.rules)


def test_the_arpa_text_is_the_same_written_a_few_histories_at_a_time(small_room, tmp_path):
    """write_arpa gzips its text a piece at a time, in a thread of its own: pieces of 7 histories give the
    text of pieces of all of them."""
    from englishroom.decompiler import emit as E
    folder, program = small_room
    rules = E.context_rules_of(folder, program.pieces)
    texts = []
    for histories in (7, 10 ** 9):
        E.write_arpa(tmp_path / f"{histories}.arpa.gz", rules, program.pieces, histories=histories)
        with gzip.open(tmp_path / f"{histories}.arpa.gz", "rb") as f:
            texts.append(f.read())
    assert texts[0] == texts[1] == gzip.decompress((folder / "tables/context_rules.arpa.gz").read_bytes())
    assert texts[0].count(b"-grams:\n") == max(int(line.split(b" ")[1].split(b"=")[0]) for line in texts[0].splitlines()
                                               if line.startswith(b"ngram "))
