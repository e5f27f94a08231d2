"""Loading a room folder: missing and corrupt rooms are one-line errors (rooms.py)."""
import pytest

from englishroom.errors import UserError
from englishroom.rooms import load_room


def test_missing_and_corrupt_rooms(tmp_path, small_room, capsys):
    from englishroom.cli import main
    with pytest.raises(UserError, match="not a room"):
        load_room(tmp_path / "nowhere")
    broken = tmp_path / "broken"
    import shutil
    shutil.copytree(small_room[0], broken)
    (broken / "tables/context_rules.txt").write_text("▁no_such_piece\t▁the 0.5\n")
    with pytest.raises(UserError, match="it is corrupt"):
        load_room(broken)
    (broken / "room.json").write_text("{not json")
    with pytest.raises(SystemExit) as e:
        main(["talk", str(broken)])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "it is corrupt" in err and "\n" not in err
