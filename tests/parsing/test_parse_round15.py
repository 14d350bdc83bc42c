"""Round 15: what the clause is about against where it happened. Wording here is our own, not a corpus's.

At first sight on fresh sets, "che trong moi them 2,5 ha o thon Na Lua" from an official pledging both new tea
and a cultural house in that hamlet was asked: the hamlet's name weighed more than "chè". When the clause opens
with the runner-up's word, its figure carries a unit only the runner-up counts, and the leader holds no figure
at all, the runner-up is the task reported on. Two report lines are never read as one such clause."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

HAMLET = make_tasks(
    "Trồng mới 40ha chè chất lượng cao",  # t1
    "Hoàn thành xây dựng nhà văn hóa thôn Nà Lừa",  # t2
    "Giải quyết việc làm cho 120 lao động",  # t3
    "Đón 500.000 lượt khách tham quan",  # t4
)


def test_the_subject_with_its_unit_outweighs_a_place_of_a_figureless_task() -> None:
    assert got(HAMLET, "che trong moi them 2,5 ha o thon Na Lua") == [("t1", UpdateKind.INCREMENT, 2.5)]
    assert got(HAMLET, "chè trồng thêm 3ha ở thôn Nà Lừa") == [("t1", UpdateKind.INCREMENT, 3.0)]


def test_the_figureless_task_still_takes_its_own_news() -> None:
    assert got(HAMLET, "Nhà văn hóa thôn Nà Lừa đã xong") == [("t2", UpdateKind.DONE, None)]


def test_two_report_lines_keep_their_own_tasks() -> None:
    assert got(HAMLET, "1) Chè: trồng thêm 4ha\n2) Nhà văn hóa thôn Nà Lừa đang lợp mái") == [
        ("t1", UpdateKind.INCREMENT, 4.0),
        ("t2", UpdateKind.NOTE, None),
    ]
