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
