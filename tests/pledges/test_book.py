"""Rules shared by every pledge format (bot/pledges/book.py), exercised through real TOML files."""

from pathlib import Path

import pytest

from bot.models import Direction, Role
from bot.pledges import PledgeImportError, load_pledge_file

HEADER = '[[official]]\nid = "xa-a"\nname = "Nguyễn Văn A"\nunit = "Xã A"\n'


def _task(direction: str) -> str:
    return (f'[[official.task]]\nid = "a-01"\ntext = "Thu ngân sách"\ndeadline = "2026-12"\n'
            f'target = 5\nunit = "tỷ đồng"\ndirection = "{direction}"\n')


@pytest.mark.parametrize(("word", "expected"), [
    ("at_least", Direction.AT_LEAST), ("at_most", Direction.AT_MOST), ("done", Direction.DONE),
    ("AT_MOST", Direction.AT_MOST), ("ít nhất", Direction.AT_LEAST), ("Không quá", Direction.AT_MOST),
    ("khong qua", Direction.AT_MOST), (">=", Direction.AT_LEAST), ("<=", Direction.AT_MOST),
    ("hoàn thành", Direction.DONE),
])
def test_every_documented_direction_word_is_accepted(tmp_path: Path, word: str, expected: Direction) -> None:
    path = tmp_path / "p.toml"
    path.write_text(HEADER + _task(word), encoding="utf-8")
    assert load_pledge_file(path).tasks[0].target.direction is expected


def test_unknown_direction_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(HEADER + _task("nhiều nhất có thể"), encoding="utf-8")
    with pytest.raises(PledgeImportError) as caught:
        load_pledge_file(path)
    message = str(caught.value)
    assert "p.toml" in message and "dòng 6" in message and "direction" in message


def test_role_words_and_leaders_by_default(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        '[[official]]\nid = "huyen"\nname = "B"\nunit = "Huyện"\n'
        '[[official]]\nid = "xa"\nname = "C"\nunit = "Xã"\nleader = "huyen"\n'
        '[[official]]\nid = "vp"\nname = "D"\nunit = "Văn phòng"\nrole = "Quản trị"\n', encoding="utf-8")
    roles = {o.id: o.role for o in load_pledge_file(path).officials}
    assert roles == {"huyen": Role.LEADER, "xa": Role.OFFICIAL, "vp": Role.ADMIN}
