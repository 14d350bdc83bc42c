"""Round 23: what session fifteen found. Wording is our own.

"thành lập mới thêm 2" beside "Thành lập mới 40 doanh nghiệp" and "Phát triển mới 4 hợp tác xã" wrote 2 firms: only
the task worded "thành lập" was said, though founding is how both are developed; a bare founding figure is asked.
"HTX thành lập mới: 2" wrote 2 firms for the same reason, though "HTX" names the other task. Founding reads as
"phát triển" only for a task that counts new ones ("mới"): beside "Xây dựng Kế hoạch phát triển kinh tế - xã hội"
it had made that plan the best fit for "thành lập mới thêm 2"."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

FOUNDING = make_tasks(
    "Thành lập mới 40 doanh nghiệp",  # t1
    "Phát triển mới 4 hợp tác xã",  # t2
    "Thu ngân sách nhà nước đạt 95 tỷ đồng",  # t3
)
FOUNDING_SWAPPED = make_tasks(
    "Phát triển mới 40 doanh nghiệp",  # t1
    "Thành lập mới 4 hợp tác xã",  # t2
    "Thu ngân sách nhà nước đạt 95 tỷ đồng",  # t3
)


def test_a_bare_founding_figure_is_asked_when_firms_and_cooperatives_are_both_founded() -> None:
    for tasks in (FOUNDING, FOUNDING_SWAPPED):
        for text in ("thành lập mới thêm 2", "thành lập mới được 3", "Thành lập mới 5"):
            asks(tasks, text)


def test_the_thing_founded_settles_it() -> None:
    assert got(FOUNDING, "HTX thành lập mới: 2") == [("t2", UpdateKind.ABSOLUTE, 2.0)]
    assert got(FOUNDING, "thành lập mới thêm 3 doanh nghiệp") == [("t1", UpdateKind.INCREMENT, 3.0)]
    assert got(FOUNDING_SWAPPED, "DN thành lập mới thêm 5") == [("t1", UpdateKind.INCREMENT, 5.0)]


PLANNING = make_tasks(
    "Hỗ trợ thành lập mới 45 doanh nghiệp",  # t1
    "Thành lập mới 3 hợp tác xã",  # t2
    "Hoàn thành xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2025",  # t3
)


def test_founding_is_not_the_development_of_a_plan() -> None:
    asks(PLANNING, "thành lập mới thêm 2")
    assert got(PLANNING, "thành lập mới thêm 2 HTX") == [("t2", UpdateKind.INCREMENT, 2.0)]
