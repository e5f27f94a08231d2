"""The mechanisms: position, dialogue, gender, priming, copying, calibration; their contributions and evidence."""
import json
import math

from englishroom.rooms import load_room, room_module

MECHS = ["position", "dialogue", "gender", "priming", "copying", "calibration"]


def test_room_lists_its_mechanisms_and_their_tables(small_room):
    folder, _ = small_room
    manifest = json.loads((folder / "room.json").read_text())
    assert manifest["mechanisms"] == ["context_rules"] + MECHS
    for table in ("position.txt", "dialogue.txt", "gender.txt", "priming_seen.txt", "priming_related.txt",
                  "copying.txt", "calibration.txt"):
        assert table in manifest["tables"] and (folder / "tables" / table).stat().st_size > 0
    prov = json.loads((folder / "provenance.json").read_text())
    assert set(MECHS) <= {t.split(".")[0].split("_")[0] for t in prov["tables"]}
    assert prov["mechanisms"]["derivation_tokens"] > 0


def test_copy_candidates_and_match_lengths(small_room):
    copying = room_module(small_room[0], "copying")
    bos, a, b, c, d = 1, 10, 11, 12, 13
    # "a b c ... a b" -> c follows with a match of 2; "b d" once and "b c" once
    assert copying.candidates([bos, a, b, c, a, b]) == {c: (2, 1.0)}
    assert copying.candidates([bos, a, b, c, d, b, d, a, b]) == {c: (2, 0.5), d: (1, 0.5)}
    assert copying.candidates([bos, a, b]) == {}


def test_switching_a_mechanism_off_changes_the_prediction(small_room, corpus):
    folder, _ = small_room
    story = next(s for s in corpus if len(s) > 80)
    full = load_room(folder).room
    for m in MECHS:
        off = load_room(folder, off=(m,)).room
        diffs = [max(abs(x - y) for x, y in zip(full.predict(story[:t]), off.predict(story[:t])))
                 for t in range(20, 80, 5)]
        assert max(diffs) > 1e-4, m
        p = off.predict(story[:60])
        assert math.isclose(sum(p), 1.0, abs_tol=1e-9) and min(p) > 0


def test_gender_follows_the_last_he_or_she(small_room, subject):
    """After "she" the room (like the subject) makes "her" likelier than "his"; after "he", the other way;
    in a story with only female words so far, "he" is less likely than without the mechanism."""
    folder, _ = small_room
    gender = room_module(folder, "gender")
    room, off = load_room(folder).room, load_room(folder, off=("gender",)).room
    she, he, her, his = (room.context_rules.id[p] for p in ("▁she", "▁he", "▁her", "▁his"))
    state = lambda ids: gender.STATES[gender.gender_state(ids, {she}, {he})]
    assert state([1, 5]) == "none" and state([1, she, 5, 6]) == "female only" and state([1, he]) == "male only"
    assert state([1, she, he]) == "both, last male" and state([1, he, 5, she, 6]) == "both, last female"
    for text, up, down in (("Lily was sad. Then she took", her, his), ("Tom was sad. Then he took", his, her)):
        ids = subject.encode_story(text)
        p, q = room.predict(ids), off.predict(ids)
        assert p[up] / p[down] > q[up] / q[down], text
    ids = subject.encode_story("Lily saw a ball. She wanted to play with it, but")
    assert room.predict(ids)[he] < off.predict(ids)[he]
    row = room.mechanisms[[n for n, _ in room.mechanisms].index("gender")][1].explain(subject.encode_story("she took"), her)
    assert row and "female only" in row[1]


def test_copying_brings_back_a_made_up_name(small_room, subject):
    """The second time `Zorbul` comes, copying makes the rest of the name much likelier."""
    folder, _ = small_room
    ids = subject.encode_story("Once upon a time, there was a boy named Zorbul. Zorbul liked his ball. "
                               "One day, Zorbul")
    name = subject.encode(" Zorbul")
    start = len(ids) - len(name)
    full, off = load_room(folder).room, load_room(folder, off=("copying",)).room
    gains = [full.predict(ids[:k])[ids[k]] / off.predict(ids[:k])[ids[k]] for k in range(start + 2, len(ids))]
    assert all(g >= 1 for g in gains), gains      # no piece of the name made less likely
    assert math.prod(gains) > 5, gains


def test_eval_reports_each_mechanisms_contribution(small_room, tmp_path, shared):
    from englishroom.cli import main
    out = tmp_path / "e.json"
    main(["eval", str(small_room[0]), "--data", str(shared / "data/tinystories/valid-dev.txt"),
          "--limit", "6", "--corpus-tokens", "20000", "--orders", "2", "--json", str(out), "--quiet"])
    r = json.loads(out.read_text())
    assert set(r["mechanisms"]) == set(MECHS) | {"context rules only"}
    for m in MECHS:
        assert math.isclose(r["mechanisms"][m]["contribution"], r["mechanisms"][m]["loss_without"] - r["loss"])
    assert not any(k.startswith("without") for k in r["baselines"])


def test_evidence_cites_heads_that_matter_for_copying(small_room, subject, shared):
    """Heads chosen on half the stories hurt the copied tokens, on the other half, more than
    the other tokens and more than random heads do."""
    from englishroom.decompiler.evidence import gather_evidence
    from englishroom.corpora.stories import load_stories
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=24)
    ev = gather_evidence(subject, small_room[0], [subject.encode_story(t) for t in texts], ["copying"],
                         k=3, random_sets=6, progress=False)
    e = ev["mechanisms"]["copying"]
    assert len(e["components"]) == 3 and all(c.startswith("L") and "H" in c for c in e["components"])
    assert e["status"] in ("finding", "hypothesis")
    assert e["claimed_tokens"]["test"] > 20
    assert e["test"]["rise_claimed"] > e["test"]["rise_other"]
    assert e["test"]["rise_claimed"] > e["test"]["random_rise_claimed_mean"]


def test_variants_scored_together_equal_rooms_loaded_apart(small_room, subject):
    """mechanism_variants shares the context rules and common chains; each variant must still be
    exactly the room loaded with those mechanisms switched off."""
    import numpy as np
    from englishroom.rooms import load_room, mechanism_variants
    folder, _ = small_room
    room = load_room(folder)
    names = [m for m, _ in room.room.mechanisms]
    assert len(names) == 6
    variants = mechanism_variants(room, "room")
    assert list(variants) == ["room", *[f"without {m}" for m in names], "context rules only"]
    story = subject.encode_story('Once upon a time, Tim said, "I like my red ball." Tim and his mom played. Tim')
    for name, view in reversed(variants.items()):      # any order: the first one asked computes all
        off = names if name == "context rules only" else [name[len("without "):]] if name != "room" else []
        alone = load_room(folder, off=off).story_distributions(story)
        assert np.array_equal(view.story_distributions(story), alone), name
        assert view.predict(story[:9]) == alone[8].tolist(), name


def test_calibration_rows_are_the_subjects_sums_over_the_rooms(small_room, subject):
    """Recompute the first (most useful) calibration row from scratch: over the derivation positions where
    its context is the longest of the table, (subject's summed probability + 1) / (room's + 1) for each
    listed token, the room being the room without calibration."""
    import numpy as np
    from conftest import SMALL
    from englishroom.decompiler.mechanisms import derivation_stories
    from englishroom.decompiler.pipeline import Settings, probe_corpus
    folder, _ = small_room
    s = Settings(**SMALL)
    stories = derivation_stories(probe_corpus(subject, s, progress=False)[0], s.mechanism_tokens)
    room = load_room(folder).room
    calibration = dict(room.mechanisms)["calibration"]
    context, listed, note = next(line.split("\t") for line in (folder / "tables/calibration.txt").open()
                                 if not line.startswith("# "))
    ctx = tuple(room.context_rules.id[p] for p in context.split(" "))
    words = listed.split(" ")
    factors = {room.context_rules.id[w]: float(f) for w, f in zip(words[::2], words[1::2])}
    assert factors and calibration.factors[ctx] == factors
    before = load_room(folder, off=("calibration",)).room
    sq, sr, n, occurs = np.zeros(len(room.vocab)), np.zeros(len(room.vocab)), 0, 0
    for i, lp in subject.story_logprobs(stories):
        for t in range(len(stories[i])):
            occurs += tuple(stories[i][t + 1 - len(ctx): t + 1]) == ctx
            if calibration.context(stories[i][: t + 1]) == ctx:
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
    assert priming.ago([bos, a, b, a, c]) == {c: 1, a: 2, b: 3}
    assert priming.starts[0] == 1 and priming.starts == sorted(priming.starts)
    lily = room.context_rules.id["▁Lily"]
    for text in ("Lily", "Lily was happy. She played with her big red ball in the sun all day. Then"):
        ids = subject.encode_story(text)
        d = priming.ago(ids)[lily]
        f = priming.seen[lily][priming.bucket(d)]
        assert priming.explain(ids, lily)[1].startswith(f"seen before, {d} tokens ago: x{f:.2f}")
    near, far = priming.seen[lily][0], max(priming.seen[lily][priming.bucket(12):])
    assert far > near and far > priming.unseen[lily]
