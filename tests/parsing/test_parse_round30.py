"""Round 30: what session twenty-two found. Wording is our own.

"Tuần qua: trồng rừng 12ha, cây phân tán 3.500 cây, BHYT 92,8%" wrote the first figure as an amount added: a
heading that dates the list ("Tuần qua:", "Tuần rồi:") says when the report was made, as "Tuần này:" does, and the
figures under it are where things stand unless they say "thêm" themselves."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE

FOREST = make_tasks(
    "Trồng rừng tập trung đạt 60 ha",  # t1
    "Trồng 20.000 cây phân tán",  # t2
    "Tỷ lệ dân số tham gia BHYT đạt 93%",  # t3
)


def test_a_heading_dating_the_list_makes_no_amount_added() -> None:
    assert got(FOREST, "Tuần qua: trồng rừng 12ha, cây phân tán 3.500 cây, BHYT 92,8%") == [
        ("t1", ABS, 12.0),
        ("t2", ABS, 3500.0),
        ("t3", ABS, 92.8),
    ]
    assert got(FOREST, "Tuần rồi: trồng rừng 12ha; cây phân tán thêm 500 cây") == [
        ("t1", ABS, 12.0),
        ("t2", INC, 500.0),
    ]


def test_a_period_said_of_the_work_is_still_an_amount_added() -> None:
    assert got(FOREST, "Tuần qua trồng rừng được 12ha") == [("t1", INC, 12.0)]
    assert got(FOREST, "Trong tuần: trồng rừng 12ha, cây phân tán 500 cây") == [("t1", INC, 12.0), ("t2", INC, 500.0)]


REVENUE = make_tasks(
    "Thu tiền sử dụng đất đạt 150 tỷ đồng",  # t1
    "Giải quyết việc làm cho 120 lao động",  # t2
)


def test_a_slip_owned_after_a_trailing_ellipsis_or_an_interjection_takes_the_figure_back() -> None:
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ... à nhầm, 110 tỷ mới đúng") == [("t1", ABS, 110.0)]
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ… à nhầm, 110 tỷ") == [("t1", ABS, 110.0)]
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ, à nhầm, 110 tỷ mới đúng") == [("t1", ABS, 110.0)]
