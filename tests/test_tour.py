"""tour on a small room of stories260K (inspect/tour.py)."""
from englishroom.inspect.tour import tour
from englishroom.rooms import load_room


def test_tour_ranks_rows_by_total_gain(small_room, shared):
    folder, _ = small_room
    from englishroom.corpora.stories import load_stories
    room = load_room(folder).room
    stories = [room.encode(t) for t in load_stories(shared / "data/tinystories/valid-dev.txt", limit=5)]
    t = tour(folder, stories, top=8, progress=False)
    gains = [r["gain"] for r in t["top"]]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0
    assert t["tokens"] == sum(len(s) - 1 for s in stories)
    for r in t["top"]:
        assert "[[" in r["example"] and r["uses"] >= 1 and r["provenance"]
    assert 0 < t["share_of_top"] < 1
