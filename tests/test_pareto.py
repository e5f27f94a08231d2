"""Size against fidelity: rooms across budgets beside same-size Kneser-Ney (measure/pareto.py)."""
import json

from conftest import SMALL


def test_pareto_small(subject, tmp_path, shared):
    from englishroom.decompiler.settings import Settings
    from englishroom.measure.pareto import pareto
    out = tmp_path / "pareto"
    summary = pareto(subject, Settings(**{**SMALL, "mechanisms": ("state", "names")}), [10, 100, 400], out,
                     shared / "data/tinystories/valid-dev.txt", stories=8, progress=False, mechanisms_at=[100])
    rows, with_mechanisms = summary["rows"][:3], summary["rows"][3]
    assert [r["rules"] for r in rows] == [10, 100, 400]
    # the 100-rule room with the mechanisms derived against it: its own row, its tables counted
    assert with_mechanisms["rules"] == 100 and with_mechanisms["mechanisms"] == ["state", "names"]
    assert with_mechanisms["mechanism_rows"] > 0 and with_mechanisms["table_bytes"] > rows[1]["table_bytes"]
    assert with_mechanisms["room_loss"] < rows[1]["room_loss"]
    assert (out / "room-100-mechanisms" / "state.py").exists() and "mechanism rows |" in (out / "pareto.md").read_text()
    assert rows[0]["room_loss"] > rows[-1]["room_loss"]          # more rules, closer to the subject
    assert all(r["kn_loss"] > summary["subject_loss"] for r in rows)
    assert (out / "pareto.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| 400 |" in (out / "pareto.md").read_text()
    # rooms of context rules alone carry no mechanism code (their logic lines count what they run)
    assert not list((out / "room-400").glob("priming.py")) and (out / "room-400" / "context_rules.py").exists()


def test_pareto_rooms_record_their_own_budget(subject, tmp_path, shared):
    """Each room pareto writes is the first B rules of the largest room, and its provenance says B."""
    from dataclasses import asdict

    from englishroom.decompiler.settings import Settings
    from englishroom.measure.pareto import pareto
    from englishroom.rooms import room_size
    s = Settings(budget=150, sample_tokens=20000, cool_tokens=0, real_text=None, max_order=3, mechanisms=(),
                 evidence_stories=0, talk_stories=0)
    pareto(subject, s.replace(budget=7), [15, 150], tmp_path, shared / "data/tinystories/valid-dev.txt", stories=3,
           progress=False)
    for b in (15, 150):
        prov = json.loads((tmp_path / f"room-{b}" / "provenance.json").read_text())
        assert prov["settings"]["budget"] == b == room_size(tmp_path / f"room-{b}")["rules"]
        derived = {k: d["value"] for k, d in prov["derived_settings"].items()}          # max_order given
        assert set(derived) == {"kn_order", "copy_match", "copy_from", "list_min", "list_ratio", "list_max"}
        assert derived["kn_order"] >= 2 and derived["copy_match"] >= 1
        assert (derived["list_min"], derived["list_ratio"], derived["list_max"]) == (1e-4, 1, 512)   # whole listings
        assert prov["settings"] == json.loads(json.dumps(asdict(s.replace(budget=b, **derived))))
