"""Readers (room_template/readers.py), names as variables (names.py), their evidence, and the gap map."""
import numpy as np
import pytest

from englishroom.mechanisms.common import runtime

STORY = ('Once upon a time, there was a boy named Zorbul. Zorbul had a friend, Mia. '
         'One day, Mia said, "Let us play." Zorbul ran')


@pytest.fixture(scope="module")
def babyllama():
    from englishroom.subjects import load_subject
    return load_subject("babyllama-tok105")


def texts_of(subject):
    return runtime("readers").piece_texts(subject.tokenizer_spec()["pieces"])


def spelled(ids, texts):
    return "".join(texts[w] for w in ids).strip()


@pytest.mark.parametrize("which", ["stories260K", "babyllama-tok105"])
def test_names_are_bound_most_recent_first_in_either_vocabulary(which, subject, babyllama):
    s = subject if which == "stories260K" else babyllama
    readers, texts = runtime("readers"), texts_of(s)
    ids = s.encode_story(STORY)
    assert [spelled(n, texts) for n in readers.names(ids, texts)] == ["Zorbul", "Mia"]
    # before Mia is mentioned, only Zorbul; "Once" and "One" start sentences and are never names
    cut = s.encode_story("Once upon a time, there was a boy named Zorbul. Zorbul had a friend")
    assert [spelled(n, texts) for n in readers.names(cut, texts)] == ["Zorbul"]
    assert readers.names(s.encode_story("Once upon a time. One day, the sun came. The end."), texts) == []


@pytest.mark.parametrize("which", ["stories260K", "babyllama-tok105"])
def test_the_quotation_reader_finds_the_open_mark(which, subject, babyllama):
    s = subject if which == "stories260K" else babyllama
    readers, texts = runtime("readers"), texts_of(s)
    ids = s.encode_story('Mia said, "Let us')
    opened = readers.quotation(ids, texts)
    assert '"' in texts[ids[opened]] and all('"' not in texts[w] for w in ids[:opened])
    assert readers.quotation(s.encode_story('Mia said, "Go." Tom ran'), texts) is None


@pytest.mark.parametrize("which", ["stories260K", "babyllama-tok105"])
def test_a_made_up_name_is_a_variable(which, subject, babyllama):
    """A name no table has seen: ` Zorbul` is the lone space piece, then Z o r b u l (characters) or
    Z or b u l (BPE). At "One day," the space is NAME1's start; after it, Z is NAME1's letter; after Z,
    the next token is NAME1's rest."""
    s = subject if which == "stories260K" else babyllama
    names, texts = runtime("names"), texts_of(s)
    pieces = {t: w for w, t in reversed(list(enumerate(texts)))}
    no_starts = names.starts_after({}, texts)          # no other name starts: only the bound names
    name = s.encode(" Zorbul")
    assert texts[name[0]] == " "
    ids = s.encode_story("Once upon a time, there was a boy named Zorbul. Zorbul had a ball. One day,")
    assert names.name_candidates(ids, texts, no_starts, 3, pieces)[name[0]] == "NAME1 start"
    found = names.name_candidates(ids + name[:1], texts, no_starts, 3, pieces)
    assert found == {name[1]: "NAME1 letter"}
    assert names.name_candidates(ids + name[:2], texts, no_starts, 3, pieces) == {name[2]: "NAME1 rest"}
    mass, grouped = names.name_groups(found, [0.5 / len(texts)] * len(texts))
    assert grouped[name[1]][1] == mass and grouped[name[1]][0].startswith("NAME1 letter, names 0-0.02")
    # after a quotation mark the name is written without its space ("Zorbul): spelled anew, as the subject
    # writes it, in groups of its own whose base is the token's own probability, not the name mass
    story = "Once upon a time, there was a boy named Zorbul. Zorbul had a ball. Mom said, \""
    ids, quoted = s.encode_story(story), s.encode_story(story + "Zorbul")
    assert quoted[:len(ids)] == ids and name[0] not in quoted[len(ids):]
    first, second = quoted[len(ids)], quoted[len(ids) + 1]
    found = names.name_candidates(ids, texts, no_starts, 3, pieces)
    assert found[first] == "NAME1 respelled" and name[0] not in found
    assert names.name_candidates(ids + [first], texts, no_starts, 3, pieces)[second] == "NAME1 respelled rest"
    mass, grouped = names.name_groups(found, [0.5 / len(texts)] * len(texts))
    assert mass == 0 and grouped[first] == ("NAME1 respelled, own 0-0.1", 0.5 / len(texts))


def test_the_names_step_moves_the_name_mass_onto_the_bound_name(subject):
    """A names table that says: where the room expects a name, the subject gives NAME1 half of that mass."""
    code = runtime("names")
    vocab = subject.tokenizer_spec()["pieces"]
    rows = iter([["slots", "2"], ["NAME1 start, names 0.3-0.6, own 0-0.1", "0.25", "0.5", "100"]])
    tim, lily = vocab.index("\u2581Tim"), vocab.index("\u2581Lily")
    starts = [["\u2581Tim", "0.9"]]
    rules = [["\u2581day ,", "NAME1:0.3 NAME1/1:0.7 NAME2/2:0.1"]]     # a rule with a variable
    tables = {"names.txt": rows, "name_starts.txt": iter(starts), "name_rules.txt": iter(rules)}
    names = code.Names(tables.get, vocab)
    ids = subject.encode_story("There was a girl named Lily. One day,")
    p = [0.6 / (len(vocab) - 1)] * len(vocab)
    p[tim] = 0.4
    q = names.adjust(ids[:-2] + [vocab.index(",")], p)       # "... Lily. One,": no rule, the name mass
    assert q[lily] == pytest.approx((0.4 + p[lily]) * 0.5)
    assert sum(q) == pytest.approx(1)
    assert names.explain(ids[:-2] + [vocab.index(",")], lily, p)[0] == "names.txt NAME1 start, names 0.3-0.6, own 0-0.1"
    q = names.adjust(ids, p)             # "... One day,": the rule gives NAME1 0.7 of the name mass
    assert q[lily] == pytest.approx((0.4 + p[lily]) * 0.7) and sum(q) == pytest.approx(1)
    assert names.explain(ids, lily, p) == ("name_rules.txt \u2581day , NAME1/1",
                                           f"\u2581day , NAME1/1: {(0.4 + p[lily]) * 0.7:.3f} (NAME1=Lily)")
    p[tim] = 0.01                        # where the context rules expect no name, the rule gives little
    assert names.adjust(ids, p)[lily] == pytest.approx((0.01 + p[lily]) * 0.7)
    two = subject.encode_story("There was a girl named Lily and a boy named Tim. One day,")
    p[tim] = 0.4                         # two names bound: NAME1 (Tim) has no NAME1/2 row, so the plain one
    q = names.adjust(two, p)
    assert q[tim] == pytest.approx((0.4 + p[lily]) * 0.3) and q[lily] == pytest.approx((0.4 + p[lily]) * 0.1)
    assert names.explain(two, tim, p)[0] == "name_rules.txt \u2581day , NAME1"


def test_interchange_moves_the_prediction_to_the_other_name(subject):
    """Patching every head of layers 1-4 with its output on a story where NAME1 is another name moves the
    subject toward that name; patching no head moves nothing."""
    from englishroom.decompiler import reader_evidence as ev
    texts = texts_of(subject)
    a = subject.encode_story("Once upon a time, there was a girl named Lily. Lily liked to play. One day,")
    lily, tom = subject.encode(" Lily"), subject.encode(" Tim")
    assert len(lily) == len(tom) == 1
    b = ev.rewrite(a, tuple(lily), tuple(tom))
    assert b.count(tom[0]) == 2 and lily[0] not in b and len(a) == len(b)
    t = len(a) - 1
    assert ev.moved(subject, a, b, t, tom[0], lily[0], []) == pytest.approx(0, abs=1e-5)
    heads = [f"L{l}H{h}" for l in range(1, subject.n_layers) for h in range(subject.n_heads)]
    assert ev.moved(subject, a, b, t, tom[0], lily[0], heads) > 1.0
    # one batched run, a row per set of heads: each row patches its own set only (a row with none moves nothing)
    rows = ev.shifts(subject, a, b, t, tom[0], lily[0], [[], heads, heads[:3]])
    assert rows == pytest.approx([0, ev.moved(subject, a, b, t, tom[0], lily[0], heads),
                                  ev.moved(subject, a, b, t, tom[0], lily[0], heads[:3])], abs=1e-4)
    assert abs(rows[2] - rows[1]) > 1e-2
    q = ev.queries(a + lily, texts, runtime("readers"))
    first, last = [i for i, w in enumerate(a) if w == lily[0]]        # "named Lily. Lily": a query too
    assert [(x, places) for x, places, _ in q["NAME1"]] == [(last - 1, {first}), (t, {last})]


def test_reader_evidence_on_a_few_stories(subject, monkeypatch):
    """The NAME1 reader's cited heads attend to the name's last mention more than the average head, and
    copying them from a story with another name moves the prediction toward it in most cases; the
    random pairs it is compared with hold none of the cited heads."""
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler import reader_evidence as ev
    from englishroom.paths import dev_stories
    texts = load_stories(dev_stories(), limit=60)
    stories = [subject.encode_story(t) for t in texts[:24]]
    probe = [subject.encode_story(t) for t in texts[24:]]
    compared = []
    interchange = ev.interchange
    monkeypatch.setattr(ev, "interchange", lambda s, cases, heads, draws: compared.append((heads, draws)) or
                        interchange(s, cases, heads, draws))
    e = ev.reader_evidence(subject, stories, probe, random_sets=3, cases=12, progress=False)
    assert len(compared) == 7 and all(len(draws) == 3 and not any(set(d) & set(heads) for d in draws)
                                      for heads, draws in compared)
    name1 = e["readers"]["NAME1"]
    assert name1["queries"]["test"] > 0 and len(name1["components"]) == 2
    assert name1["agreement"] > name1["every_head_agreement_mean"]
    assert name1["interchange"]["cases"] > 0 and name1["interchange"]["share_moved"] >= 0.5
    x = name1["interchange"]          # and by more than random pairs do (on the default room's 60 cases, 25 times as far)
    assert x["mean_shift_nats"] > x["random_mean_shift_nats"] and isinstance(x["random_mean_shift_p90"], float)
    pronoun = e["readers"]["pronoun"]                   # he/she swapped in story B moves he/she words
    assert pronoun["interchange"]["cases"] > 0 and pronoun["interchange"]["share_moved"] >= 0.5
    topic = e["readers"]["topic"]                       # it made he in story B: a person, not a thing
    assert topic["queries"]["test"] > 0 and topic["interchange"]["cases"] > 0
    assert e["readers"]["tense"]["queries"]["test"] > 0
    table = ev.readers_table(e)
    assert table.count("\n") == 6 + 7 and "NAME1\tthe name mentioned most recently" in table
    row = next(line.split("\t") for line in table.splitlines() if line.startswith("NAME1\t"))
    assert len(row) == 11 and float(row[7]) == x["mean_shift_nats"] and float(row[8]) == x["random_mean_shift_nats"]


def test_swapped_words_keep_the_story_place_for_place(subject):
    """The pronoun and topic interchanges rewrite story B word for word: pieces for pieces, letters for
    letters in a vocabulary of letters, where a shorter or longer swap (she -> he) is paired place by place."""
    from englishroom.decompiler import reader_evidence as ev
    texts = texts_of(subject)
    a = subject.encode_story("Lily saw a ball. She wanted to play with it, but it")
    t = len(a) - 2
    a2, b, t2, up, down, align = ev.swapped(a, t, texts, ev.THING_TO_PERSON)
    assert subject.decode(b) == "Lily saw a ball. She wanted to play with he, but" and a2 == a[:t + 1] and t2 == t
    assert (texts[up], texts[down]) == (" he", " it") and align is None          # as long: the same places
    assert ev.swapped(a, t, texts, ev.SWAP) is None               # the next word has no swap
    c = subject.encode_story("Lily saw a ball. It was red. She wanted to play with it, but it")
    assert ev.swapped(c, len(c) - 2, texts, ev.THING_TO_PERSON) is None    # ▁I t: its swap does not fit the pieces
    chars = ["<s>"] + list(" abcdefghijklmnopqrstuvwxyzLST.,")
    ctexts = runtime("readers").piece_texts(chars)
    spell = lambda ids: "".join(chars[w] for w in ids[1:])
    story = [0] + [chars.index(c) for c in "Tom hid its ball. his"]
    t = len(story) - 4                                           # before "his": his -> her, 3 letters each
    a2, b, t2, up, down, align = ev.swapped(story, t, ctexts, ev.SWAP)
    assert spell(b) == "Tom hid its ball. h" and a2 == story[:t + 2] and t2 == t + 1 and align is None
    assert (chars[up], chars[down]) == ("e", "i")                # they part after the h
    story = [0] + [chars.index(c) for c in "Sue saw he. she"]
    a2, b, t2, up, down, align = ev.swapped(story, len(story) - 4, ctexts, ev.SWAP)     # she -> he, he -> she
    assert spell(a2) == "Sue saw he. " and spell(b) == "Sue saw she. " and (chars[up], chars[down]) == ("h", "s")
    assert align == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13]  # "he" in A: B's "s" (as far in) and last "e"
    assert [b[j] for j in align][-3:] == a2[-3:] and ev.respell(a2, []) == (a2, None)
    a2, b, t2, up, down, align = ev.swapped(story[:-4] + [chars.index(c) for c in " it"], len(story) - 4, ctexts,
                                            ev.THING_TO_PERSON)
    assert spell(b) == "Sue saw he. " and (chars[up], chars[down]) == ("h", "i") and align is None


def test_an_interchange_with_places_paired_moves_as_one_as_long(subject):
    """Where story B is longer than A, each place of A takes the heads' outputs of its paired place of B:
    patching no head moves nothing, and pairing B's places with a B as long gives the run of that B."""
    from englishroom.decompiler import reader_evidence as ev
    a = subject.encode_story("Once upon a time, there was a girl named Lily. Lily liked to play. One day,")
    lily, tom, long = subject.encode(" Lily"), subject.encode(" Tim"), subject.encode(" Benny")
    b, align = ev.respell(a, [(i, i + 1, long) for i, w in enumerate(a) if w == lily[0]])
    assert len(b) == len(a) + 2 * (len(long) - 1) and [b[j] for j in align if b[j] not in long] == \
        [w for w in a if w != lily[0]]
    t = len(a) - 1
    heads = [f"L{l}H{h}" for l in range(1, subject.n_layers) for h in range(subject.n_heads)]
    assert ev.moved(subject, a, b, t, tom[0], lily[0], [], align) == pytest.approx(0, abs=1e-5)
    assert ev.moved(subject, a, b, t, long[0], lily[0], heads, align) > 1.0     # toward Benny
    same = ev.rewrite(a, tuple(lily), tuple(tom))
    assert ev.moved(subject, a, same, t, tom[0], lily[0], heads, list(range(len(a)))) == \
        pytest.approx(ev.moved(subject, a, same, t, tom[0], lily[0], heads), abs=1e-4)


def test_the_tense_interchange_tells_story_b_in_the_other_tense(subject):
    """Story B is A with the tense words that fit told in the other tense, token for token; a case is kept
    only where B's tense reader reads the other tense, and it scores the next tense word's two forms."""
    from englishroom.decompiler import reader_evidence as ev
    readers = runtime("readers")
    texts = texts_of(subject)
    swap = ev.tense_swap(subject)
    assert swap[swap[tuple(subject.encode_story("were")[1:])]] == tuple(subject.encode_story("were")[1:])
    a = subject.encode_story('Tom and Kim were happy. They wanted to play. "We are here," they were')
    q = ev.queries(a, texts, readers)["tense"]
    t, places, value = q[-1]                         # before the last "were": the last narrated one is "wanted"
    assert value == "past" and subject.decode([a[i] for i in sorted(places)]).strip() == "wanted"
    (a2, b, t2, up, down, align), = ev.tense_cases([(a, t, value)], texts, swap, readers, 5)
    assert subject.decode(b) == 'Tom and Kim are happy. They wants to play. "We were here," they'
    assert (texts[up], texts[down]) == (" a", " we") and t2 == t and a2 == a[:t + 1]
    assert ev.tense_cases([(a, t, value)], texts, {}, readers, 5) == []          # nothing swapped: no case


def test_gap_map_adds_up(subject, small_room):
    """Every split of the gap map partitions the tokens and the gap; a window that holds the whole prefix
    gives the subject's own loss."""
    from englishroom.measure.gaps import gap_map, short_context_losses, table
    from englishroom.rooms import load_room
    folder, _ = small_room
    room = load_room(folder).room
    stories = [subject.encode_story(t) for t in
               ["Once upon a time, there was a girl named Lily. Lily liked to play with her red ball.",
                'Tom said, "I am hungry." His mom gave him an apple. Tom was happy.']]
    m = gap_map(subject, room, stories, top=5, progress=False)
    n = sum(len(s) - 1 for s in stories)
    assert m["tokens"] == n
    for rows in m["splits"].values():
        assert sum(r["tokens"] for r in rows.values()) == n
        assert sum(r["gap_nats"] for r in rows.values()) == pytest.approx(m["gap_nats"], abs=0.5)
    assert m["gap_per_token"] == pytest.approx(m["room_loss"] - m["subject_loss"], abs=2e-4)
    for split, loss in (("subject's p", "subject_loss"), ("room's p", "room_loss")):   # each range holds its own
        for key, r in m["splits"][split].items():
            low, high = {"0.5-1": (0.5, 1), "0.1-0.5": (0.1, 0.5), "0.01-0.1": (0.01, 0.1),
                         "0.001-0.01": (0.001, 0.01), "< 0.001": (0, 0.001)}[key]
            assert -np.log(high) - 1e-4 <= r[loss] <= -np.log(max(low, 1e-300)) + 1e-4
    k = room.context_rules.longest
    short = short_context_losses(subject, stories, k)
    full = -np.concatenate([lp[np.arange(len(s) - 1), s[1:]] for s, (_, lp) in
                            zip(stories, sorted(subject.story_logprobs(stories)))])
    assert np.allclose(short[:k], full[:k], atol=1e-4)          # the first k tokens: the window is the prefix
    assert not np.allclose(short, full, atol=1e-3)
    assert "by beyond reach" in table(m) and len(m["contexts"]) == 5


def test_a_name_rule_is_a_share_of_the_name_mass_and_saves_what_it_should():
    """20 places where the room gives all names 0.5, the bound name 0.1, and the subject gives it 0.4: the rule
    says NAME1 takes 0.8 of the name mass, and saves, to first order, 20 (0.4 ln(0.4 / 0.1) - (0.4 - 0.1))."""
    import math
    from englishroom.mechanisms import names
    rules = {}
    for _ in range(20):
        acc = rules.setdefault(((7,), "1"), [0.0, 0.0, 0, 0.0, 0.0])
        for i, x in enumerate((0.4, 0.5, 1, 0.4 * math.log(0.5 / 0.1), 0.1)):
            acc[i] += x
    text, n = names.rules_text(rules, {7: "\u2581day"}, 20, 10)
    row = text.splitlines()[-1].split("\t")
    assert n == 1 and row[:2] == ["\u2581day", "NAME1:0.8"]
    assert row[2] == f"# 20 positions, saves {20 * (0.4 * math.log(4) - 0.3):.1f} nats"
    assert names.rules_text(rules, {7: "\u2581day"}, 21, 10)[1] == 0        # too few places


def test_a_name_rule_for_how_many_names_are_bound_saves_over_the_plain_one():
    """Where one name is bound the subject gives it 0.45 of a name mass of 0.5, where two are, 0.15: the plain
    rule says 0.6, NAME1/1 0.9 and NAME1/2 0.3, each saving over the plain one's share where it applies."""
    import math
    from englishroom.mechanisms import names
    rules = {}
    for q, key in [(0.45, "1/1")] * 10 + [(0.15, "1/2")] * 10:
        for k in ("1", key):
            acc = rules.setdefault(((7,), k), [0.0, 0.0, 0, 0.0, 0.0])
            for i, x in enumerate((q, 0.5, 1, q * math.log(0.5 / 0.1), 0.1)):
                acc[i] += x
    text, n = names.rules_text(rules, {7: "\u2581day"}, 10, 10)
    row = text.splitlines()[-1].split("\t")
    plain = 6 * math.log(0.6 / 0.1 * 0.5) - (6 - 2)
    one, two = 4.5 * math.log(0.9 / 0.6) - (4.5 - 3), 1.5 * math.log(0.3 / 0.6) - (1.5 - 3)
    assert n == 3 and row[:2] == ["\u2581day", "NAME1:0.6 NAME1/1:0.9 NAME1/2:0.3"]
    assert row[2] == f"# 20 positions, saves {plain + one + two:.1f} nats"
    assert names.rules_text(rules, {7: "\u2581day"}, 11, 10)[1] == 1         # NAME1/n: 10 places each
