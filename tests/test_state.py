"""Rules that read the state (room_template/state.py, mechanisms/state.py) and the pronoun reader."""
import math

import numpy as np
import pytest

from englishroom.decompiler.settings import Settings, derive_listing
from englishroom.measure.categories import words
from englishroom.mechanisms.common import runtime
from englishroom.mechanisms.state import WORDS


def test_the_pronoun_and_topic_readers_find_the_last_he_she_or_it_word(subject):
    readers = runtime("readers")
    texts = readers.piece_texts(subject.tokenizer_spec()["pieces"])
    female, male, thing = WORDS["female"], WORDS["male"], WORDS["thing"]
    story = subject.encode_story("Lily saw Tom. She waved and he smiled at her dog")
    kind, place = readers.pronoun(story, texts, female, male)
    assert kind == "female" and texts[story[place]] == " her"
    assert readers.pronoun(subject.encode_story("Lily saw Tom. She waved and he ran"), texts, female, male)[0] == "male"
    assert readers.pronoun(subject.encode_story("Lily saw Tom."), texts, female, male) is None
    assert readers.pronoun(subject.encode_story("Lily saw Tom. She"), texts, female, male) is None   # still being written
    ball = subject.encode_story("Lily saw a ball. She wanted to play with it, but")
    kind, place = readers.topic(ball, texts, female | male, thing)
    assert kind == "thing" and texts[ball[place]] == " it"
    assert readers.topic(subject.encode_story("Lily saw a ball. It was red and she"), texts, female | male,
                         thing)[0] == "thing"
    assert readers.topic(subject.encode_story("Lily saw a ball. It was red and she ran"), texts, female | male,
                         thing)[0] == "person"


def test_the_readers_read_words_of_characters_too():
    readers = runtime("readers")
    chars = ["<s>"] + list(" abcdefghijklmnopqrstuvwxyzLST.,")            # a vocabulary of characters
    texts = readers.piece_texts(chars)
    text = "Tom saw Sue. she hid it there, but"
    story = [0] + [chars.index(c) for c in text]
    assert readers.pronoun(story, texts, WORDS["female"], WORDS["male"]) == ("female", 1 + text.index("she"))
    kind, place = readers.topic(story, texts, WORDS["female"] | WORDS["male"], WORDS["thing"])
    assert kind == "thing" and "".join(texts[w] for w in story[place:place + 2]) == "it"
    unfinished = story[:1 + text.index("she") + 3]                                         # "... she"
    assert readers.pronoun(unfinished, texts, WORDS["female"], WORDS["male"]) is None
    shell = [0] + [chars.index(c) for c in "Sue ate the shells, but"]
    assert readers.pronoun(shell, texts, WORDS["female"], WORDS["male"]) is None         # "she" inside a word


def test_the_tense_reader_follows_the_narration_not_the_quotations(subject):
    readers = runtime("readers")
    chars = ["<s>"] + list(' abcdefghijklmnopqrstuvwxyzLST.,"')                       # characters, and pieces
    for encode, texts in ((subject.encode_story, readers.piece_texts(subject.tokenizer_spec()["pieces"])),
                          (lambda t: [0] + [chars.index(c) for c in t.lower()], readers.piece_texts(chars))):
        told = lambda text: (readers.tense(encode(text), texts, WORDS["present"], WORDS["past"]) or (None,))[0]
        assert told("Tim and Kim are twins. They like to play") == "present"
        assert told('Lily was sad. "It is mine. Tom has it," she') == "past"        # "is", "has" are quoted
        assert told('Lily was sad. "It is mine," she says to') == "present"
        assert told("Once upon a time, a dog") is None
        assert told("The dog is") is None and told("The dog is big") == "present"    # "is" once it is finished
        assert told("The cat, this is") is None                                      # "this" is not "is"


def hand_made_room(tmp_path, subject):
    """The state module over hand-made tables: one rule `▁but`, specialised for pronoun=female."""
    pieces = subject.tokenizer_spec()["pieces"]
    rows = {"state_rules.txt": ["# a comment\n", "words\tshe her\the his\tit its\tis says\twas said\n",
                                "pronoun=female\t▁but\t▁she 2 ▁he 0.5\t# 40 of 90 places, saves 9 nats\n",
                                "pronoun=female\t, ▁but\t▁she 3\t# 30 of 60 places, saves 5 nats\n"]}
    tables = runtime("tables")

    def table(name):
        return tables.rows(rows[name])
    state = runtime("state").State(table, pieces)

    class Rules:                   # the context rules that match: `▁but`, and `, ▁but` after a comma
        def matches(self, prefix):
            ids = {p: i for i, p in enumerate(pieces)}
            found = [c for c in ((ids["▁but"],), (ids[","], ids["▁but"])) if tuple(prefix[-len(c):]) == c]
            return found
    state.context_rules = Rules()
    return state, {p: i for i, p in enumerate(pieces)}


def test_one_value_says_whose_story_and_whether_a_thing_came_after(subject):
    state = runtime("state")
    texts = runtime("readers").piece_texts(subject.tokenizer_spec()["pieces"])
    values = lambda text: state.state_values(subject.encode_story(text), texts, WORDS)
    assert values("Lily saw a ball. She wanted to play with it, but") == ["pronoun=female/it", "quotation=outside",
                                                                          "tense=past"]
    assert values('Tom sees it. He says, "I') == ["pronoun=male", "quotation=inside", "tense=present"]
    assert values("Once upon a time, a ball. It fell") == ["pronoun=none/it", "quotation=outside"]  # no tense word yet


def test_a_state_rule_scales_where_its_rule_fires_and_the_value_matches(tmp_path, subject):
    state, ids = hand_made_room(tmp_path, subject)
    step = lambda mechanism, prefix, p: runtime("room").Room.after([(None, mechanism)], prefix, p)
    V = len(ids)
    p = [1.0 / V] * V
    she, he = ids["▁she"], ids["▁he"]
    woman = subject.encode_story("Lily smiled at her dog and ran but")
    q = step(state, woman, p)
    assert math.isclose(q[she] / q[he], 4.0) and math.isclose(sum(q), 1.0)
    comma = subject.encode_story("Lily smiled at her dog, but")        # the longer context's row wins
    q = step(state, comma, p)
    assert math.isclose(q[she] / q[he], 3.0)
    assert state.explain(comma, she, p)[0] == "state_rules.txt pronoun=female , ▁but"
    man = subject.encode_story("Tom smiled at his dog and ran but")     # another value: the plain rule stands
    assert step(state, man, p) == p and state.fired(man) == []
    assert step(state, subject.encode_story("Lily smiled at her dog"), p) == p


def test_rows_keep_what_the_state_changes_and_nothing_where_it_changes_nothing():
    from englishroom.mechanisms.state import rows_of
    s, _ = derive_listing(Settings())              # the default room's listing
    V = 6
    plain = np.array([0.5, 0.2, 0.1, 0.1, 0.05, 0.05])
    woman = np.array([0.2, 0.5, 0.1, 0.1, 0.05, 0.05])
    ctx = (7,)
    sums = {ctx: 100 * plain, ("pronoun=female", ctx): 40 * woman, ("pronoun=male", ctx): 100 * plain - 40 * woman}
    rows = rows_of(sums, {ctx: 100}, {("pronoun=female", ctx): 40, ("pronoun=male", ctx): 60}, s)
    by_value = {v: (factors, saved) for saved, v, _, factors, _ in rows}
    assert set(by_value["pronoun=female"][0]) == {0, 1}                 # the two tokens the state moves
    assert by_value["pronoun=female"][0][1] > 2 and by_value["pronoun=female"][0][0] < 0.5
    same = {ctx: 100 * plain, ("quotation=inside", ctx): 30 * plain}
    assert rows_of(same, {ctx: 100}, {("quotation=inside", ctx): 30}, s) == []
    assert len(plain) == V


def test_sums_added_once_a_place_and_up_the_suffixes_are_the_sums_over_every_matching_context():
    """frequent and summed add each place once per value, at its longest context, then add each context's
    total to its shorter ones: the same counts and sums as adding every place to every context that matches."""
    from englishroom.mechanisms.state import frequent, summed
    rng, V = np.random.default_rng(0), 5
    stories = [list(rng.integers(0, 3, size=n)) for n in (30, 45, 12, 60)]
    keys = [[(int(rng.integers(0, min(t + 1, 4) + 1)), tuple(v for v in ("pronoun=female", "tense=past")
                                                             if rng.random() < 0.5)) for t in range(len(s))]
            for s in stories]
    lps = [np.log(rng.dirichlet(np.ones(V), size=len(s))).astype(np.float32) for s in stories]

    class Subject:
        vocab_size = V

        def story_logprobs(self, todo):               # in another order than asked, as batching gives them
            return [(i, lps[i]) for i in reversed(range(len(todo)))]
    every = {}                                  # (value or None, context) -> [places, summed probabilities]
    for s, row, lp in zip(stories, keys, lps):
        for t, (k, values) in enumerate(row):
            for j in range(1, k + 1):
                for v in (None, *values):
                    at = every.setdefault((v, tuple(s[t + 1 - j: t + 1])), [0, np.zeros(V)])
                    at[0] += 1
                    at[1] += np.exp(lp[t].astype(np.float64))
    n_ctx, pairs = frequent(stories, keys, 3)
    assert pairs == {(v, c): n for (v, c), (n, _) in every.items() if v and 3 <= n < every[None, c][0]}
    assert pairs and n_ctx == {c: every[None, c][0] for _, c in pairs}
    sums = summed(Subject(), stories, keys, [(None, c) for c in n_ctx] + list(pairs), False)
    assert len(sums) == len(n_ctx) + len(pairs) and any(len(c) > 1 for c in n_ctx)
    for key, total in sums.items():
        np.testing.assert_allclose(total, every[key if isinstance(key[0], str) else (None, key)][1], rtol=1e-5)


def test_the_small_room_has_state_rules_that_read_the_readers(small_room):
    folder, program = small_room
    text = (folder / "tables" / "state_rules.txt").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in text.splitlines() if r and not r.startswith("# ")]
    assert rows[0][0] == "words" and "she" in rows[0][1].split() and "he" in rows[0][2].split()
    assert "it" in rows[0][3].split() and "is" in rows[0][4].split() and "was" in rows[0][5].split()
    values = {r[0] for r in rows[1:]}
    assert values and values <= {f"pronoun={g}{it}" for g in ("female", "male", "none") for it in ("", "/it")} | {
        "quotation=inside", "quotation=outside", "tense=present", "tense=past"}
    assert all(float(x) > 0 for r in rows[1:] for x in r[2].split(" ")[1::2])


def test_readers_read_token_by_token_as_they_read_a_whole_story(subject):
    """A reader remembers the story it read last and takes one step for one more token: what it finds
    so is what it finds reading each prefix afresh, on pieces and on characters."""
    from englishroom.corpora.stories import load_stories
    from englishroom.paths import dev_stories
    readers = runtime("readers")
    texts = readers.piece_texts(subject.tokenizer_spec()["pieces"])
    people, things = WORDS["female"] | WORDS["male"], WORDS["thing"]
    chars = ["<s>"] + list(' abcdefghijklmnopqrstuvwxyzLST.,"')
    ctexts = readers.piece_texts(chars)
    told = 'Sue hid it. "she is, his hat" he told Sue, but it'
    stories = [(subject.encode_story(t), texts) for t in load_stories(dev_stories(), limit=8)]
    stories.append(([0] + [chars.index(c) for c in told], ctexts))
    seen = []
    for story, tx in stories:
        read = lambda p: (readers.pronoun(p, tx, WORDS["female"], WORDS["male"]), readers.topic(p, tx, people, things),
                          readers.quotation(p, tx), readers.names(p, tx), readers.tense(p, tx, WORDS["present"], WORDS["past"]))
        stepwise = [read(tuple(story[:t])) for t in range(1, len(story) + 1)]     # one tuple for all, as Room.predict
        afresh = []
        for t in range(1, len(story) + 1):
            readers.LATEST.clear()
            afresh.append(read(story[:t]))
        assert stepwise == afresh
        seen.append([any(x[k] for x in afresh) for k in range(5)])
    assert all(seen[-1]) and all(any(s[k] for s in seen[:-1]) for k in range(5))     # each reader found something


def test_names_read_stepwise_are_the_names_of_the_whole_story(subject):
    """The names reader, taking a step per token, finds what its definition says read over the whole
    story at once: the capitalised words seen inside a sentence, the latest mention first."""
    from englishroom.corpora.stories import load_stories
    from englishroom.paths import dev_stories
    readers = runtime("readers")
    texts = readers.piece_texts(subject.tokenizer_spec()["pieces"])

    def by_definition(prefix):
        body = prefix[1:]
        said = [texts[w] for w in body]
        ws = [(tuple(body[a - (a > 0 and said[a - 1] == " "):b]), "".join(said[a:b]).strip(), initial)
              for a, b, initial in words(said) if b < len(body) and said[a].lstrip()[:1].isupper()]
        named = {text for _, text, initial in ws if not initial and text != "I"}
        out, seen = [], set()
        for ids, text, _ in reversed(ws):
            if text in named and text not in seen:
                seen.add(text)
                out.append(ids)
        return out
    found = 0
    for text in load_stories(dev_stories(), limit=30):
        story = subject.encode_story(text)
        for t in range(1, len(story) + 1):
            assert readers.names(story[:t], texts) == by_definition(story[:t])
        found += len(by_definition(story)) > 1
    assert found > 5


def test_a_words_row_without_the_tense_words_is_refused_when_the_room_loads(subject):
    """A state_rules.txt whose first row lacks a word group (a room written before the tense reader, or a
    corrupt one) fails when the table is read, not later in the middle of a story."""
    tables, pieces = runtime("tables"), subject.tokenizer_spec()["pieces"]
    with pytest.raises(ValueError):
        runtime("state").State(lambda name: tables.rows(["words\tshe her\the his\tit its\n"]), pieces)
