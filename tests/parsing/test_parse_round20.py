"""Round 20: what session twelve found. Wording is our own.

"Trợ cấp xã hội tháng 5 đã chi trả xong" on "Chi trả trợ cấp xã hội hàng tháng đúng hạn" was the task done: a duty
pledged "hàng tháng" recurs each month, and one month paid is that month's round, not the duty finished.
"Duong GTNT: xay moi 21km, nang cap sua chua 11.500m", the new-road task unread without its accents, wrote 21km on
the upgrade task: of two figures in the task's measure the first was taken, though its piece says none of the task's
words and the other piece says them all."""

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


ROAD_KINDS = make_tasks(
    "Làm mới 25km đường giao thông nông thôn",  # t1
    "Nâng cấp, sửa chữa 14.000m đường giao thông nông thôn hiện hữu",  # t2
)


def test_the_figure_in_the_piece_that_names_the_task_is_its_own() -> None:
    for text in ("Đường GTNT: xay 9km, nang cap sua chua 7.200m", "GTNT: lam 9km; nâng cấp sửa chữa 7.200m"):
        updates = got(ROAD_KINDS, text)
        assert ("t2", UpdateKind.ABSOLUTE, 7200.0) in updates, text
        assert all(value != 9000.0 for _, _, value in updates), text
