"""Round 20: what session twelve found. Wording is our own.

"Trợ cấp xã hội tháng 5 đã chi trả xong" on "Chi trả trợ cấp xã hội hàng tháng đúng hạn" was the task done: a duty
pledged "hàng tháng" recurs each month, and one month paid is that month's round, not the duty finished."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

MONTHLY = make_tasks(
    "Giải quyết việc làm mới cho 900 lao động",  # t1
    "Chi trả trợ cấp bảo trợ xã hội hàng tháng đúng hạn, đúng đối tượng",  # t2
)


def test_one_month_of_a_monthly_duty_is_a_note() -> None:
    for text in ("Trợ cấp BTXH tháng 8 đã chi trả xong", "chi tra tro cap bao tro xa hoi thang 9 xong roi"):
        assert got(MONTHLY, text) == [("t2", UpdateKind.NOTE, None)], text
    # the duty said done as a whole is still the task done
    whole_year = "Chi trả trợ cấp bảo trợ xã hội cả năm đã hoàn thành toàn bộ"
    assert got(MONTHLY, whole_year) == [("t2", UpdateKind.DONE, None)]
