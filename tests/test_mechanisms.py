"""The mechanisms: state, position, priming, words, names, copying, calibration, openings (englishroom/mechanisms/ and
their runtime in room_template/): their tables, derivations and what each one does to the room's prediction."""
import bisect
import json
import math

import numpy as np

from englishroom.rooms import load_room, room_module

from conftest import MECHS


def test_room_lists_its_mechanisms_and_their_tables(small_room):
    folder, _ = small_room
    manifest = json.loads((folder / "room.json").read_text())
    assert manifest["mechanisms"] == ["context_rules"] + MECHS
    for table in ("state_rules.txt", "position.txt", "words.txt", "priming_seen.txt", "priming_related.txt",
                  "copying.txt", "calibration.txt"):
        assert table in manifest["tables"] and (folder / "tables" / table).stat().st_size > 0
    prov = json.loads((folder / "provenance.json").read_text())
    assert set(MECHS) <= {t.split(".")[0].split("_")[0] for t in prov["tables"]}
    assert prov["mechanisms"]["derivation_tokens"] > 0


def test_copy_candidates_and_match_lengths(small_room):
    copying = room_module(small_room[0], "copying")
    bos, a, b, c, d = 1, 10, 11, 12, 13
    # "a b c ... a b" -> c follows with a match of 2; "b d" once and "b c" once
    assert copying.candidates([bos, a, b, c, a, b], 4) == {c: (2, 1.0)}
    assert copying.candidates([bos, a, b, c, d, b, d, a, b], 4) == {c: (2, 0.5), d: (1, 0.5)}
    assert copying.candidates([bos, a, b], 4) == {}
    assert copying.candidates([bos, a, b, c, d, b, d, a, b], 4, 2) == {c: (2, 0.5)}     # d matched by one token only
    # the longest match is the table's (4 tokens: 8 characters of stories260K's pieces)
    story = [bos, d, a, b, c, d, d, a, b, c, d]
    assert copying.candidates(story[:-1], 4) == {d: (4, 1.0)} and copying.candidates(story[:-1], 2) == {d: (2, 1.0)}
    assert (small_room[0] / "tables/copying.txt").read_text().count("longest_match\t4\nshortest_match\t1\n") == 1
    assert copying.group(1, 1.0, "a", "\u2581") == "1 spelled always"       # after a lone space piece: ▁ Z
    assert copying.group(1, 1.0, "\u2581a", "\u2581") == "1 word always" and copying.group(1, 1.0, "a", ".\u2581") == "1 word always"
    assert copying.group(1, 0.5, "a", "b") == "1 piece mostly" and copying.group(2, 0.2, "\u2581a", "b") == "2 word sometimes"


def test_switching_a_mechanism_off_changes_the_prediction(small_room, corpus):
    folder, _ = small_room
    story = next(s for s in corpus if len(s) > 80)
    full = load_room(folder).room
    for m in MECHS:
        off = load_room(folder, off=(m,)).room
        diffs = [max(abs(x - y) for x, y in zip(full.predict(story[:t]), off.predict(story[:t])))
                 for t in [*range(6, 12), *range(20, 80, 5)]]       # openings act on the story's beginning
        assert max(diffs) > 1e-4, m
        p = off.predict(story[:60])
        assert math.isclose(sum(p), 1.0, abs_tol=1e-9) and min(p) > 0


def test_state_rules_follow_the_last_he_or_she(small_room, subject):
    """After "she" the state rules make "her" likelier against "his" than the room without them does;
    after "he", the other way; and explain names the row."""
    folder, _ = small_room
    room, off = load_room(folder).room, load_room(folder, off=("state",)).room
    her, his = (room.context_rules.id[p] for p in ("▁her", "▁his"))
    for text, up, down in (("Lily was sad. She ran to", her, his), ("Tom was sad. He ran to", his, her)):
        ids = subject.encode_story(text)
        p, q = room.predict(ids), off.predict(ids)
        assert p[up] / p[down] > q[up] / q[down], text
    state = room.mechanisms[[n for n, _ in room.mechanisms].index("state")][1]
    row = state.explain(subject.encode_story("Lily was sad. She ran to"), her, None)
    assert row and row[0].startswith("state_rules.txt pronoun=female")


def test_copying_brings_back_a_made_up_name(small_room, subject):
    """The second time `Zorbul` comes, copying makes each piece of the rest of the name likelier, and with the
    words step (a word the story made up is a word of the story) the rest of the name is much likelier."""
    folder, _ = small_room
    ids = subject.encode_story("Once upon a time, there was a boy named Zorbul. Zorbul liked his ball. "
                               "One day, Zorbul")
    name = subject.encode(" Zorbul")
    start = len(ids) - len(name)
    full = load_room(folder).room
    gains = {off: [full.predict(ids[:k])[ids[k]] / load_room(folder, off=off).room.predict(ids[:k])[ids[k]]
                   for k in range(start + 2, len(ids))] for off in (("copying",), ("copying", "words"))}
    assert all(g >= 1 for g in gains["copying",]), gains      # no piece of the name made less likely
    assert math.prod(gains["copying",]) > 2 and math.prod(gains["copying", "words"]) > 100, gains


def test_calibration_rows_are_the_subjects_sums_over_the_rooms(subject, tmp_path):
    """Recompute the first (most useful) calibration row from scratch: over the derivation positions where
    its context is the longest of the table, (subject's summed probability + 1) / (room's + 1) for each
    listed token, the room being the room without calibration. A room whose final rules are the rules the
    mechanisms were measured against (--final-rules counted: no recount), with one mechanism before
    calibration (priming) so that the room it is measured against is not the context rules alone."""
    import numpy as np
    from conftest import SMALL
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.probe import probe_corpus
    from englishroom.decompiler.settings import Settings
    from englishroom.mechanisms.common import derivation_stories
    s = Settings(**{**SMALL, "final_rules": "counted", "mechanisms": ("priming", "calibration")})
    folder = tmp_path / "room"
    decompile(subject, folder, s, evaluate=False, progress=False)
    stories = derivation_stories(probe_corpus(subject, s, progress=False)[0], s.mechanism_tokens)
    room = load_room(folder).room
    calibration = dict(room.mechanisms)["calibration"]
    context, listed, note = next(line.split("\t") for line in (folder / "tables/calibration.txt").open()
                                 if not line.startswith("# "))
    ctx = tuple(room.context_rules.id[p] for p in context.split(" "))
    words = listed.split(" ")
    factors = {room.context_rules.id[w]: float(f) for w, f in zip(words[::2], words[1::2])}
    assert factors and calibration.factors[ctx] == factors
    before = load_room(folder, off=("calibration",)).room    # as it stood when calibration was derived
    longest_context = room_module(folder, "tables").longest_context      # the table's longest context ending the text
    sq, sr, n, occurs = np.zeros(len(room.vocab)), np.zeros(len(room.vocab)), 0, 0
    for i, lp in subject.story_logprobs(stories):
        for t in range(len(stories[i])):
            occurs += tuple(stories[i][t + 1 - len(ctx): t + 1]) == ctx
            if longest_context(stories[i][: t + 1], calibration.factors, calibration.longest) == ctx:
                sq += np.exp(lp[t].astype(np.float64))
                sr += before.predict(stories[i][: t + 1])
                n += 1
    assert occurs >= s.calibration_positions and note.startswith(f"# {n:,} positions")
    for w, f in factors.items():
        assert math.isclose(f, (sq[w] + 1) / (sr[w] + 1), rel_tol=1e-3), room.vocab[w]
        assert abs(math.log(f)) >= math.log(s.calibration_min_factor)


def test_priming_goes_by_how_long_ago_a_token_occurred(small_room, subject):
    """Each seen token gets the factor of its distance range; a name comes back a while after it
    was said more than right after it, in the subject's averages as in the table."""
    folder, _ = small_room
    room = load_room(folder).room
    priming = room.mechanisms[[n for n, _ in room.mechanisms].index("priming")][1]
    bos, a, b, c = 1, 10, 11, 12
    assert priming.story([bos, a, b, a, c])[0] == {a: 3, b: 2, c: 4}       # where each token last occurred
    assert priming.starts[0] == 1 and priming.starts == sorted(priming.starts)
    assert [priming.bucket(d) for d in range(1, 200)] == [bisect.bisect_right(priming.starts, d) - 1
                                                          for d in range(1, 200)]
    lily = room.context_rules.id["▁Lily"]
    for text in ("Lily", "Lily was happy. She played with her big red ball in the sun all day. Then"):
        ids = subject.encode_story(text)
        d = len(ids) - priming.story(ids)[0][lily]
        f = priming.seen[lily][priming.bucket(d)]
        assert priming.explain(ids, lily, None)[1].startswith(f"seen before, {d} tokens ago: x{f:.2f}")
    near, far = priming.seen[lily][0], max(priming.seen[lily][priming.bucket(12):])
    assert far > near and far > priming.unseen[lily]


def test_priming_reads_the_story_token_by_token_as_afresh(small_room, subject, shared):
    """Read one token at a time, priming finds what it finds reading each prefix afresh: where each token
    last occurred, for each token not yet seen the related factor furthest from 1 of the triggers so far,
    and every token's factor: its distance range's for a seen token, else its factor while not seen (times
    the related factor, if any)."""
    from englishroom.corpora.stories import load_stories
    room = load_room(small_room[0]).room
    priming = room.mechanisms[[n for n, _ in room.mechanisms].index("priming")][1]
    assert priming.related
    checked = 0
    for text in load_stories(shared / "data/tinystories/valid-dev.txt", limit=5):
        ids = subject.encode_story(text)[:120]
        for t in range(2, len(ids) + 1):
            stepwise = priming.story(ids[:t])
            priming.story(ids[:1])                          # not one token short of the next: read afresh
            places, related, factors = priming.story(ids[:t])
            assert stepwise == (places, related, factors) and factors == priming.scaling(ids[:t])
            assert places == {w: i for i, w in enumerate(ids[:t]) if i > 0}
            for w, (f, trigger) in related.items():
                strongest = max(abs(priming.related[x][w] - 1) for x in places if w in priming.related.get(x, {}))
                assert trigger in places and abs(f - 1) == strongest and priming.related[trigger][w] == f
            want = [priming.unseen.get(w, 1.0) * related[w][0] if w in related and w in priming.unseen
                    else related[w][0] if w in related else priming.unseen.get(w, 1.0) for w in range(len(factors))]
            for w, i in places.items():
                want[w] = priming.seen[w][priming.bucket(t - i)] if w in priming.seen else 1.0
            assert factors == want
            checked += len(related)
    assert checked > 100


# The derivations are pure functions of the room's and the subject's probabilities: checked here by hand
# on tiny arrays (a vocabulary of 3 or 4 tokens, token 0 being BOS).

def test_a_walk_goes_on_from_the_last_walks_predictions_as_a_fresh_walk_would(small_room, subject, monkeypatch):
    """Each mechanism's walk starts from the predictions the previous walk kept and applies only the
    mechanisms derived since: the same arrays (to rounding) as a walk that runs the whole room on every prefix.
    In one process (workers=1), so that the steps applied can be counted here."""
    import copy

    import numpy as np

    from englishroom.decompiler.emit import Stage
    from englishroom.mechanisms import common
    _, program = small_room
    program, made, stories = copy.copy(program), program.mechanisms, program.stories[:5]
    steps = []
    monkeypatch.setattr(common, "after", lambda room, todo, prefix, p: _after(room, todo, prefix, p, steps))
    with Stage(program) as stage:
        program.mechanisms = made[:2]
        first = [r for _, r, _ in common.walk(subject, stage, stories, "", False, workers=1)]
        assert steps == []                          # nothing kept yet: the whole room on every prefix
        program.mechanisms = made[:5]
        kept = list(common.walk(subject, stage, stories, "", False, workers=1))
        assert len(steps) == sum(map(len, stories)) and set(steps) == {3}     # only the three new ones
        with_extra = list(common.walk(subject, stage, stories, "", False, made[5], workers=1))
        assert set(steps[-sum(map(len, stories)):]) == {1}
        assert all(applied == made[:5] for applied, _ in stage.walked.room_p.values())   # `extra` is not kept
        stage.walked = None
        fresh = list(common.walk(subject, stage, stories, "", False, workers=1))
        stage.walked = None
        fresh_extra = list(common.walk(subject, stage, stories, "", False, made[5], workers=1))
        assert stage.room().context_rules is stage.rules                # loaded once while the stage lasts
        own = load_room(stage.write(made[5])).room                      # a room that loads its own rules
        assert own.context_rules is not stage.rules
        own.context_rules.lazy = False
        s = stories[0]
        np.testing.assert_array_equal(np.array([own.predict(s[: t + 1]) for t in range(len(s))]),
                                      next(r for x, r, _ in fresh_extra if x == s))
    for got, want in ((kept, fresh), (with_extra, fresh_extra)):
        assert [s for s, _, _ in got] == [s for s, _, _ in want]
        for (_, r, q), (_, r2, q2) in zip(got, want):
            # the same to rounding: a kept prediction was divided by its total where a fresh walk's scalings
            # multiply on (room.py: Room.after), and setting a token's probability divides the others by
            # 1 - its old one, which magnifies the last digits of tiny probabilities a thousandfold
            np.testing.assert_allclose(r, r2, rtol=1e-9, atol=0)
            np.testing.assert_array_equal(q, q2)
            assert not r.flags.writeable
    assert any(not np.array_equal(a, r) for a, (_, r, _) in zip(first, kept))   # the three changed something


def test_a_walk_in_worker_processes_gives_the_arrays_of_a_walk_in_one(small_room, subject):
    """The room's code run in two forked processes, story by story: the same stories in the same order
    and the same arrays, bit for bit, kept predictions and all."""
    import copy

    import numpy as np

    from englishroom.decompiler.emit import Stage
    from englishroom.corpora import sampling
    from englishroom.mechanisms import common
    _, program = small_room
    program, made, stories = copy.copy(program), program.mechanisms, program.stories[:6]
    walks = {}
    for workers in (1, 2):
        with Stage(program) as stage:
            program.mechanisms = made[:2]
            first = list(common.walk(subject, stage, stories, "", False, workers=workers))
            program.mechanisms = made[:4]
            walks[workers] = first + list(common.walk(subject, stage, stories, "", False, made[4], workers=workers))
            assert len(stage.walked.room_p) == len(stories) and sampling._JOB is None
    assert len(walks[1]) == 2 * len(stories)
    for (s, r, q), (s2, r2, q2) in zip(walks[1], walks[2]):
        assert s == s2
        np.testing.assert_array_equal(r, r2)
        np.testing.assert_array_equal(q, q2)
        assert not r2.flags.writeable


def test_a_walk_yields_a_story_it_counts_so_many_times_from_one_prediction(small_room, subject, monkeypatch):
    """A story in `stage.counts` (a held-out real story: mechanisms.py) comes out of the walk that many
    times in a row, as if written so many times, while the room's code predicts it once."""
    import copy

    from englishroom.decompiler.emit import Stage
    from englishroom.mechanisms import common
    _, program = small_room
    program, stories = copy.copy(program), program.stories[:3]
    calls, real = [], common.story_predictions
    monkeypatch.setattr(common, "story_predictions", lambda i, state: calls.append(i) or real(i, state))
    with Stage(program) as stage:
        stage.counts = {id(stories[1]): 3}
        got = list(common.walk(subject, stage, stories, "", False, workers=1))
    assert [s for s, _, _ in got] == [stories[0], stories[1], stories[1], stories[1], stories[2]]
    assert got[1][1] is got[2][1] is got[3][1] and got[1][2] is got[3][2]
    assert sorted(calls) == [0, 1, 2]


def _after(room, todo, prefix, p, steps):
    """mechanisms.common.after, counting the mechanisms it applies."""
    steps.append(len(todo))
    return room.after(todo, prefix, p)


def test_factor_table_pulls_rare_cases_toward_one():
    import numpy as np
    from englishroom.mechanisms.common import factor_table
    f = factor_table(np.array([3.0, 0.0, 0.5]), np.array([1.0, 1.0, 0.5]), 1.0)
    assert np.allclose(f, [(3 + 1) / (1 + 1), (0 + 1) / (1 + 1), 1.0])
    assert np.allclose(factor_table(np.array([3.0]), np.array([1.0]), 0.0), [3.0])     # k = 0: the plain ratio


def test_state_factors_sum_each_state_apart():
    """Two states (state 1 right after token 2), a 3-token vocabulary, two stories."""
    import numpy as np
    from englishroom.mechanisms.common import state_factors
    room = np.full((3, 3), 1 / 3)
    subject_a = np.array([[0.5, 0.25, 0.25], [0.1, 0.1, 0.8], [0.2, 0.6, 0.2]])
    subject_b = np.array([[0.0, 0.5, 0.5], [0.3, 0.3, 0.4]])
    walked = [([0, 2, 1], room, subject_a), ([0, 2], room[:2], subject_b)]
    factor, n = state_factors(iter(walked), lambda prefix: int(prefix[-1] == 2), 2, 3, 1.0)
    # state 0: positions 0 and 2 of the first story, position 0 of the second; state 1: the two after token 2
    assert list(n) == [3, 2]
    assert np.allclose(factor[0], (np.array([0.5 + 0.2 + 0.0, 0.25 + 0.6 + 0.5, 0.25 + 0.2 + 0.5]) + 1) / (1 + 1))
    assert np.allclose(factor[1], (np.array([0.1 + 0.3, 0.1 + 0.3, 0.8 + 0.4]) + 1) / (2 / 3 + 1))


def test_priming_seen_sums_put_each_tokens_mass_in_its_distance_row():
    """Story BOS a b b (a = 1, b = 2, 3 never occurs): the rows are SEEN_STARTS' ranges (row 0: 1-2 tokens ago,
    row 1: 3-5), the last row: not seen yet. BOS itself never counts as seen."""
    import numpy as np
    from englishroom.mechanisms.priming import SEEN_STARTS, seen_sums
    assert SEEN_STARTS[:3] == [1, 3, 6]
    story = [0, 1, 2, 2]
    subject = np.arange(1, 17, dtype=float).reshape(4, 4) / 100     # subject[t, w]: a distinct number each
    room = np.full((4, 4), 0.25)
    sq, sr = seen_sums(iter([(story, room, subject)]), 4)
    unseen = len(SEEN_STARTS)
    expect = np.zeros((unseen + 1, 4))
    expect[unseen] += subject[0]                            # t = 0: nothing seen yet
    expect[unseen, [0, 2, 3]] += subject[1, [0, 2, 3]]      # t = 1: a was the token just before (1 ago)
    expect[0, 1] += subject[1, 1]
    expect[unseen, [0, 3]] += subject[2, [0, 3]]            # t = 2: a 2 ago, b 1 ago
    expect[0, [1, 2]] += subject[2, [1, 2]]
    expect[unseen, [0, 3]] += subject[3, [0, 3]]            # t = 3: a 3 ago (row 1), b 1 ago (it came again)
    expect[1, 1] += subject[3, 1]
    expect[0, 2] += subject[3, 2]
    assert np.allclose(sq, expect)
    assert np.allclose(sr.sum(0), room.sum(0)) and np.allclose(sr[1], [0, 0.25, 0, 0])
    assert np.allclose(sr[unseen], [1.0, 0.25, 0.5, 1.0]) and np.allclose(sr[0], [0, 0.5, 0.5, 0])


def test_priming_related_sums_run_from_the_trigger_to_the_token():
    """Story BOS a b a b (a = 1, b = 2; 3 never occurs), both a and b triggers: after a (first at 1) the
    sums for b cover position 1 only (b comes at 2), those for 3 positions 1-4; after b (first at 2) a is
    already there (nothing) and 3 gets positions 2-4."""
    import numpy as np
    from englishroom.mechanisms.priming import related_sums
    story, vocab = [0, 1, 2, 1, 2], np.array([1, 2, 3])
    subject = np.arange(1, 21, dtype=float).reshape(5, 4) / 100
    room = subject[::-1].copy()
    sq, sr, npos = related_sums(iter([(story, room, subject)]), vocab, {1, 2}, 4)
    for sums, p in ((sq, subject), (sr, room)):
        assert np.allclose(sums[0], [0, p[1, 2], p[1:5, 3].sum()])      # trigger a: tokens a, b, 3
        assert np.allclose(sums[1], [0, 0, p[2:5, 3].sum()])            # trigger b
        assert np.allclose(sums[2], 0)                                  # 3 is no trigger here
    assert np.array_equal(npos, [[0, 1, 4], [0, 0, 3], [0, 0, 0]])


class FakeRules:
    """Context rules as calibration sees them: `matches(prefix)`, the contexts ending it, shortest first,
    and `rule(context)`, its (listed tokens, alpha)."""
    rules = {(1,): ({2: 0.5, 3: 0.3}, 1.0), (2, 1): ({2: 0.7}, 1.0)}

    def rule(self, ctx):
        return self.rules.get(ctx)

    def matches(self, prefix):
        return [c for c in ((prefix[-1],), tuple(prefix[-2:])) if c in self.rules]


def test_calibration_sums_the_longest_frequent_context_and_lists_its_factors():
    import numpy as np
    from englishroom.decompiler.settings import Settings
    from englishroom.mechanisms import calibration
    story = [0, 1, 2, 1]                                # contexts: (1,) at t = 1; (1,) and (2, 1) at t = 3
    room = np.full((4, 4), 0.25)
    subject = np.array([[0.25] * 4, [0, 0.05, 0.9, 0.05], [0.25] * 4, [0, 0.05, 0.9, 0.05]])
    walked = lambda: iter([(story, room, subject)])
    sums = calibration.context_sums(walked(), FakeRules(), {(1,): 2, (2, 1): 1}, 2)     # (2, 1) is too rare
    assert list(sums) == [(1,)]
    ws, sq, sr, n = sums[(1,)]
    assert list(ws) == [2, 3] and np.allclose(sq, [1.8, 0.1]) and np.allclose(sr, [0.5, 0.5]) and n == 2
    every = calibration.context_sums(walked(), FakeRules(), {(1,): 2, (2, 1): 1}, 1)
    assert every[(1,)][3] == 1 and list(every[(2, 1)][0]) == [2] and np.allclose(every[(2, 1)][1], [0.9])
    # factors (1.8 + 1) / (0.5 + 1) = 1.867 and (0.1 + 1) / (0.5 + 1) = 0.7333, most probable first; a context
    # whose factors are all within calibration_min_factor of 1 gets no line
    s = Settings(factor_prior=1.0, calibration_min_factor=1.02, calibration_positions=2)
    sums[(3,)] = [np.array([1]), np.array([0.5]), np.array([0.5]), 7]
    text, listed = calibration.table(sums, ["<s>", "a", "b", "c"], s)
    gain = 1.8 * math.log(2.8 / 1.5) - (1.8 - 0.5) + 0.1 * math.log(1.1 / 1.5) - (0.1 - 0.5)
    assert listed == 1 and text.splitlines()[-1] == f"a\tb 1.867 c 0.7333\t# 2 positions, saves {gain:.1f} nats"
    assert gain > 0 and all(line.startswith("# ") for line in text.splitlines()[:-1])


def test_copying_sums_each_candidate_by_group_and_range():
    """Story BOS a b a b: at t = 3 (after a again) b is a candidate with match 1; at t = 4 a, with match 2
    (`b a` agrees going back from both places)."""
    import numpy as np
    from englishroom.mechanisms import copying
    from englishroom.mechanisms.common import EDGES, RangeSums, runtime
    pieces = ["<s>", "▁a", "▁b", "c"]
    story = [0, 1, 2, 1, 2]
    room = np.full((5, 4), 0.25)
    room[3, 2], room[4, 1] = 0.05, 0.5                   # ranges [0.03, 0.1) and [0.4, 0.7)
    subject = np.full((5, 4), 0.25)
    subject[3, 2], subject[4, 1] = 0.6, 0.8
    sums = RangeSums()
    copying.add_story(sums, runtime("copying"), story, room, subject, pieces, 4, 1)
    assert EDGES[6:8] == [0.03, 0.1] and EDGES[9:11] == [0.4, 0.7]
    assert sums.sums == {("1 word always", 6): [0.6, 0.05, 1], ("2 word always", 9): [0.8, 0.5, 1]}
    assert sums.positions() == 2
    from_two = RangeSums()                               # copying from a match of 2: b at t = 3 is left alone
    copying.add_story(from_two, runtime("copying"), story, room, subject, pieces, 4, 2)
    assert from_two.sums == {("2 word always", 9): [0.8, 0.5, 1]}
    rows = sums.text("# about\n", min_positions=1).splitlines()
    assert rows[-2:] == ["1 word always\t0.03\t0.1\t0.6\t0.05\t1", "2 word always\t0.4\t0.7\t0.8\t0.5\t1"]
    assert sums.text("# about\n", min_positions=2).splitlines()[-1].startswith("# ")    # too few: no rows


def test_position_length_ranges_and_table_text():
    import numpy as np
    from englishroom.mechanisms import position
    from englishroom.mechanisms.common import runtime
    assert position.STARTS == [0, 4, 16, 48, 128, 256, 384]
    assert [position.length_range([0] * (n + 1)) for n in (0, 3, 4, 15, 16, 400)] == [0, 0, 1, 1, 2, 6]
    factor = np.ones((7, 3))
    factor[0, 1] = 2.0                                  # token 1 varies by x2, token 2 by x8: token 2 first
    factor[0, 2], factor[6, 2] = 0.5, 4.0
    text = position.table(factor, [1000, 2, 0, 0, 0, 0, 0], ["a", "b", "c"], 1.0)
    lines = text.splitlines()
    assert lines[3:] == ["piece\t0\t4\t16\t48\t128\t256\t384", "c\t0.5\t1\t1\t1\t1\t1\t4",
                         "b\t2\t1\t1\t1\t1\t1\t1", "a\t1\t1\t1\t1\t1\t1\t1"]
    assert "from 1,000, 2, 0, 0, 0, 0, 0 positions" in text and all(x.startswith("# ") for x in lines[:3])
    # the room's own code reads it back: the header row gives the ranges, each token row its factors
    rows = runtime("tables").rows
    room = runtime("position").Position(lambda name: rows(text.splitlines(True)), ["a", "b", "c"])
    assert room.starts == position.STARTS and room.factors[0] == {0: 1.0, 1: 2.0, 2: 0.5}
    assert room.factors[6][2] == 4.0


def test_openings_give_the_subjects_own_probabilities_on_shared_beginnings(small_room, subject):
    """openings.txt: the beginnings longer than a context rule that two probe stories share that save the most
    nats, counted right, with factors that give the listed tokens the subject's own proportions there; elsewhere
    nothing changes."""
    from englishroom.decompiler.context_stats import kl_rows
    from englishroom.mechanisms.openings import kept, shared_beginnings
    stories = [[1, 5, 6, 7], [1, 5, 6, 8], [1, 5, 6, 7, 9], [1, 4], [1, 5, 6, 7, 9]]
    assert shared_beginnings(stories, 2, 10, 2) == {(1, 5): 4, (1, 5, 6): 4, (1, 5, 6, 7): 3, (1, 5, 6, 7, 9): 2}
    assert shared_beginnings(stories, 3, 4, 3) == {(1, 5, 6): 4, (1, 5, 6, 7): 3}
    q, p = np.array([0.5, 0.5, 0.0]), np.array([0.25, 0.25, 0.5])
    assert abs(kl_rows(q[None], p[None])[0] - math.log(2)) < 1e-12 and kl_rows(q[None], q[None])[0] == 0
    rows = {(1, 5): (0.5, "a"), (1, 5, 6): (2.0, "b"), (1, 4): (2.0, "c"), (1, 5, 6, 7): (1.0, "d")}
    assert list(kept(rows, 3)) == [(1, 4), (1, 5, 6), (1, 5, 6, 7)] and kept(rows, 0) == {}
    folder, program = small_room
    room, off = load_room(folder).room, load_room(folder, off=("openings",)).room
    rows = dict(room.mechanisms)["openings"].factors
    assert len(rows) > 10 and min(map(len, rows)) == program.settings.max_order     # with BOS: one more than a rule
    lines = [line.split("\t") for line in (folder / "tables/openings.txt").read_text().splitlines() if line[:1] != "#"]
    ids = {p: i for i, p in enumerate(room.vocab)}
    for text, _, count in lines[:: max(1, len(lines) // 20)]:
        begins = tuple([subject.bos_id] + [ids[p] for p in text.split(" ")])
        assert count.startswith(f"# {sum(tuple(s[:len(begins)]) == begins for s in program.stories)} stories begin so, "
                                "saves ") and float(count.split()[-2]) >= 0
    longest = max(rows, key=len)
    prefix = [subject.bos_id, *longest]
    want = [math.exp(x) for x in next(subject.story_logprobs([prefix]))[1][-1]]
    p = room.predict(prefix)
    ratios = [p[w] / want[w] for w in rows[longest]]      # the subject's proportions; the total, the unlisted tokens'
    assert max(ratios) / min(ratios) < 1.001 and abs(ratios[0] - 1) < 0.05
    assert max(abs(p[w] - want[w]) for w in range(len(p))) < max(abs(x - y) for x, y in zip(off.predict(prefix), want))
    elsewhere = prefix[:-1] + [next(w for w in range(3, len(p)) if (*longest[:-1], w) not in rows)]
    assert room.predict(elsewhere) == off.predict(elsewhere)
