"""Round 21: what session thirteen found. Wording is our own.

"Tập huấn kỹ năng số 2 ấp" on "Tập huấn kỹ năng số … tại 7 ấp" was a note: "số 2" was read as a number's label
("ấp số 2"), though "số" after "kỹ năng", "chuyển đổi" or "kinh tế" is digital. "lương thực vụ mùa thêm 16.800 tấn,
cả năm đạt 29.200 tấn" wrote the 16.800 more: "đạt" and "cả năm" opening the piece after an increment say the sum
the increment came to, as "lũy kế" and "nâng tổng số lên" do."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

DIGITAL = make_tasks(
    "Thu ngân sách nhà nước đạt 6,2 tỷ đồng",  # t1
    "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng tại 9 thôn",  # t2
    "Trồng mới 4.000 cây xanh trên các tuyến đường thôn",  # t3
)


def test_so_after_a_digital_compound_is_no_label() -> None:
    for text in ("Tập huấn kỹ năng số 3 thôn", "tap huan ky nang so 3 thon", "Tap huan ky nang so duoc 3 thon"):
        assert got(DIGITAL, text) == [("t2", UpdateKind.ABSOLUTE, 3.0)], text
    # "thôn số 3" is still one place, named by its number
    assert got(DIGITAL, "thôn số 3 đã tập huấn kỹ năng số") == [("t2", UpdateKind.NOTE, None)]


HARVEST = make_tasks(
    "Sản lượng lương thực cả năm đạt 31.000 tấn",  # t1
    "Giải quyết việc làm cho 120 lao động",  # t2
)


def test_the_sum_said_after_an_increment_is_the_level() -> None:
    cases = {
        "lương thực vụ mùa thêm 16.800 tấn, cả năm đạt 29.200 tấn": ("t1", 29200.0),
        "luong thuc: vu mua them 16.800 tan, ca nam dat 29.200 tan": ("t1", 29200.0),
        "GQVL thêm 20 LĐ, đạt 70 người": ("t2", 70.0),
        "giai quyet viec lam them 20 nguoi, ca nam 70": ("t2", 70.0),
    }
    for text, (task, value) in cases.items():
        assert got(HARVEST, text) == [(task, UpdateKind.ABSOLUTE, value)], text
    # the increment alone is still an increment
    assert got(HARVEST, "GQVL thêm 20 LĐ") == [("t2", UpdateKind.INCREMENT, 20.0)]
