"""Round 27: what session nineteen found. Wording is our own.

"Dự toán 2025 đang tổng hợp số liệu các xã" kept a note on "Thẩm tra, phê duyệt quyết toán 40 dự án hoàn thành"
beside "Lập dự toán ngân sách năm 2025 trình HĐND huyện", or was asked between them: "toán" of "dự toán" (the budget
planned) is no "toán" of "quyết toán" (the accounts settled). "dự" is a function word elsewhere ("dự kiến"), so the
syllable was read alone; a head whose prefixes make different words is read with its prefix."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

FINANCE = make_tasks(
    "Tham mưu thu ngân sách nhà nước trên địa bàn huyện đạt 92 tỷ đồng",  # t1
    "Thẩm tra, phê duyệt quyết toán 35 dự án hoàn thành",  # t2
    "Lập dự toán ngân sách năm 2025 trình HĐND huyện đúng thời hạn",  # t3
    "Hướng dẫn 11 xã, thị trấn quyết toán ngân sách năm 2023",  # t4
)


def test_a_planned_budget_is_no_settlement() -> None:
    assert got(FINANCE, "du toan ngan sach 2025 dang lay y kien cac phong") == [("t3", NOTE, None)]
    # "các xã" may be the communes of the settlement guide: asked, never a note on a settlement
    assert got(FINANCE, "Dự toán 2025 đang tổng hợp số liệu các xã") in ([], [("t3", NOTE, None)])
    # and the settlement is still the settlement
    assert got(FINANCE, "Quyết toán thêm 4 dự án") == [("t2", INC, 4.0)]
    assert got(FINANCE, "quyet toan them 6 du an") == [("t2", INC, 6.0)]


def test_a_settlement_said_alone_is_still_asked_between_two() -> None:
    asks(FINANCE, "quyết toán đang làm")
