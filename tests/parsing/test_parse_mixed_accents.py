"""A phone text may mix an unaccented clause with an accented one; each clause keeps its own reading."""

from pathlib import Path

import pytest

from bot.parsing import parse_message, pledged_task
from bot.pledges import load_pledge_file

PLEDGES = Path(__file__).resolve().parents[2] / "bot" / "data" / "sample_pledges.toml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vuon xanh sach dep duoc 2,5 ha; XKLĐ 3 người", [("tp-03", 2.5), ("tp-04", 3.0)]),
        ("XKLĐ được 3 người; vuon xanh sach dep duoc 2,5 ha", [("tp-04", 3.0), ("tp-03", 2.5)]),
        ("viec lam duoc 70 lao dong\nVườn xanh đạt 2,8 ha", [("tp-05", 70.0), ("tp-03", 2.8)]),
    ],
)
def test_each_segment_judges_its_own_diacritics(text: str, expected: list[tuple[str, float]]) -> None:
    book = load_pledge_file(PLEDGES)
    result = parse_message([pledged_task(t) for t in book.tasks_of("tanphu")], text)
    assert result.status == "ok"
    assert sorted((u.task_id, u.value) for u in result.updates) == sorted(expected)


def test_an_infinite_figure_is_read_once_and_never_as_a_value() -> None:
    from bot.parsing.numbers import find_numbers

    found = [(n.raw, n.excluded) for n in find_numbers("dat inf ty va 5 ha \u221e")]
    assert found == [("inf", "số không hợp lệ"), ("5 ha", ""), ("\u221e", "số không hợp lệ")]


@pytest.mark.parametrize("text", ["tuan sau hop", "lam viec voi xa", "thoi han", "viec lam"])
def test_a_topic_named_in_passing_records_nothing(text: str) -> None:
    """No figure and no word of status: no note is written on a task that merely shares a syllable."""
    book = load_pledge_file(PLEDGES)
    result = parse_message([pledged_task(t) for t in book.tasks_of("tanphu")], text)
    assert result.updates == ()


def test_a_status_word_still_makes_a_note() -> None:
    book = load_pledge_file(PLEDGES)
    result = parse_message([pledged_task(t) for t in book.tasks_of("tanphu")], "du lich cong dong dang cho duyet")
    assert [(u.task_id, u.kind.value) for u in result.updates] == [("tp-01", "note")]
