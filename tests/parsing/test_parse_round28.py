"""Round 28: what session twenty found. Wording is our own.

"Đã cải tạo xong điểm đen TNGT ngã ba Kim Hà" on "Xử lý dứt điểm 3 điểm đen về TNGT" was written done, that is 3 of
3, when the sender may well mean the one black spot named. A bare "xong" on a task that counts several units says
nothing of how many: it is asked, unless the message says it covers them all ("xong cả 3", "hoàn thành chỉ tiêu") or
names the task by its number."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

TRAFFIC = make_tasks(
    "Xử lý dứt điểm 3 điểm đen về trật tự an toàn giao thông trên địa bàn",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 45 tỷ đồng",  # t2
    "Duy trì hoạt động của 12 tổ hòa giải ở cơ sở",  # t3
)


def test_a_bare_done_on_a_task_of_several_units_is_asked() -> None:
    asks(TRAFFIC, "Đã cải tạo xong điểm đen TNGT ngã ba Kim Hà")
    asks(TRAFFIC, "diem den giao thong da xu ly xong")
    asks(TRAFFIC, "Điểm đen TNGT tại ngã tư Hòa Lạc đã hoàn thành")
    asks(TRAFFIC, "diem den tngt tai nga tu hoa lac da hoan thanh")


def test_a_done_said_of_them_all_is_still_done() -> None:
    assert got(TRAFFIC, "Đã xử lý xong cả 3 điểm đen TNGT") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    assert got(TRAFFIC, "xu ly diem den TNGT: hoan thanh chi tieu") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    assert got(TRAFFIC, "NV1: đã xong") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    # the task itself named, then said completed, with no one unit of it named
    assert got(TRAFFIC, "Xử lý điểm đen TNGT: đã hoàn thành") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])


def test_a_figure_is_still_read() -> None:
    assert got(TRAFFIC, "Đã xử lý xong 2 điểm đen TNGT") in ([("t1", ABS, 2.0)], [("t1", INC, 2.0)])
