"""Evidence: the heads behind a mechanism, chosen on half the stories and tested on the other
(decompiler/evidence.py)."""


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
    assert 0 < e["test"]["random_sets_used"] <= 6        # the sets sharing no head with the cited ones


def test_claimed_positions_are_where_the_room_without_the_mechanism_gives_less(small_room, subject, shared):
    """A mechanism claims the positions where the room with it gives the next token at least 1.5 times the
    probability that the room with it switched off (room.json less that mechanism) gives; two worker
    processes claim what one process does."""
    import numpy as np

    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.evidence import claimed_positions
    from englishroom.rooms import load_room
    stories = [subject.encode_story(t) for t in load_stories(shared / "data/tinystories/valid-dev.txt", limit=3)]
    names = ["position", "priming", "copying", "calibration"]
    claims = claimed_positions(small_room[0], stories, names, 1.5, progress=False, workers=2)
    serial = claimed_positions(small_room[0], stories, names, 1.5, progress=False, workers=1)
    assert all(len(claims[m]) == len(stories) and all(map(np.array_equal, claims[m], serial[m])) for m in names)
    full = load_room(small_room[0])
    for m in names:
        off = load_room(small_room[0], off=(m,))
        for s, got in zip(stories, claims[m]):
            ratio = [full.predict(s[: t + 1])[s[t + 1]] / off.predict(s[: t + 1])[s[t + 1]] for t in range(len(s) - 1)]
            assert list(got) == [r >= 1.5 for r in ratio]
    assert all(sum(map(np.sum, claims[m])) > 0 for m in ("priming", "copying"))


def test_a_mechanism_whose_claims_no_head_harms_cites_no_heads(small_room, subject, shared, monkeypatch):
    """Where no head's ablation raises the loss on a mechanism's claimed tokens, the mechanism cites no
    heads and stays a hypothesis; the pass goes on."""
    import numpy as np

    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler import evidence
    stories = [subject.encode_story(t) for t in load_stories(shared / "data/tinystories/valid-dev.txt", limit=8)]
    monkeypatch.setattr(evidence, "claimed_positions", lambda folder, stories, names, *a, **k:
                        {m: [np.ones(len(s) - 1, bool) for s in stories] for m in names})
    monkeypatch.setattr(evidence, "rise", lambda losses, base, masks: (-0.1, 0.0))     # every ablation helps
    e = evidence.gather_evidence(subject, small_room[0], stories, ["copying"], k=3, random_sets=4,
                                 progress=False)["mechanisms"]["copying"]
    assert e["components"] == [] and e["status"] == "hypothesis" and e["test"]["direct_agreement"] == 0


def test_ablations_in_forked_processes_give_the_numbers_of_one(subject, shared):
    """ablated_losses shares the batches out among processes of one torch thread each: the losses, with
    and without a head mean-ablated, are those of one process, to the last bit."""
    import numpy as np

    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.evidence import ablated_losses
    stories = [subject.encode_story(t) for t in load_stories(shared / "data/tinystories/valid-dev.txt", limit=20)]
    means = subject.component_means(stories)
    runs = [(stories, None), (stories[:10], {"L1H2": "mean"}), (stories, {"L0H0": "mean", "L3H1": "mean"})]
    forked = ablated_losses(subject, runs, means, "", progress=False, batch=4, workers=2)
    alone = ablated_losses(subject, runs, means, "", progress=False, batch=4, workers=1)
    assert [len(x) for x in forked] == [20, 10, 20]
    assert all(np.array_equal(a, b) for f, o in zip(forked, alone) for a, b in zip(f, o))
    assert not all(np.array_equal(a, b) for a, b in zip(forked[0], forked[2]))      # the ablation counts
