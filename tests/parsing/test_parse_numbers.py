"""Reading figures: separators, magnitudes, fractions, units, and what is never a value."""

from __future__ import annotations

import pytest

from bot.parsing.normalize import clean, fold
from bot.parsing.numbers import find_numbers, read_literal


def values(text: str) -> list[tuple[float, str | None, float | None]]:
    return [
        (n.value, n.unit.label if n.unit else None, n.denom) for n in find_numbers(fold(clean(text))) if not n.excluded
    ]


@pytest.mark.parametrize(
    ("raw", "value", "alt"),
    [
        ("26.500", 26500, None),
        ("1,35", 1.35, None),
        ("1.5", 1.5, None),
        ("1.234.567", 1234567, None),
        ("1.234,5", 1234.5, None),
        ("1,234.5", 1234.5, None),
        ("26,500", 26.5, 26500),
        ("0,500", 0.5, None),
        ("1,234,567", 1234567, None),
        ("12", 12, None),
    ],
)
def test_literals(raw: str, value: float, alt: float | None) -> None:
    got, got_alt, _ = read_literal(raw)
    assert got == pytest.approx(value)
    assert got_alt == (pytest.approx(alt) if alt is not None else None)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("thu ngan sach 9 ty 300 trieu", [(9.3e9, "đồng", None)]),
        ("được 3tr5", [(3.5e6, "đồng", None)]),
        ("700tr", [(7e8, "đồng", None)]),
        ("2 tỷ 5", [(2.5e9, "đồng", None)]),
        ("48,5 tỷ", [(48.5e9, "đồng", None)]),
        ("trồng 5 nghìn cây", [(5000, "cay", None)]),
        ("45 ngàn cây", [(45000, "cay", None)]),
        ("5k", [(5000, None, None)]),
        ("thêm 5.000 m2", [(5000, "m²", None)]),
        ("1.5 km", [(1.5, "km", None)]),
        ("2,5 cây số", [(2.5, "km", None)]),
        ("2,8ha", [(2.8, "ha", None)]),
        ("3 héc-ta", [(3, "ha", None)]),
        ("85 phần trăm", [(85, "%", None)]),
        ("hòa giải 15/17 vụ", [(15, "vu", 17)]),
        ("đạt 20/28 nhiệm vụ", [(20, "nhiem vu", 28)]),
        ("500.000đ", [(500000, "đồng", None)]),
    ],
)
def test_figures(text: str, expect: list[tuple[float, str | None, float | None]]) -> None:
    got = values(text)
    assert len(got) == len(expect), got
    for (v, u, d), (ev, eu, ed) in zip(got, expect, strict=True):
        assert v == pytest.approx(ev)
        assert (u, d) == (eu, ed)


@pytest.mark.parametrize(
    "text",
    [
        "tính đến 15/6",
        "ngày 20/6/2024",
        "20-6-2024",
        "tháng 7",
        "quý 3",
        "Q3",
        "năm 2025",
        "2024",
        "nhiệm kỳ 2024 - 2029",
        "6 tháng đầu năm",
        "9 tháng",
        "lần thứ 2",
        "3 sao",
        "từ 3 sao trở lên",
        "rộng 5m",
        "đường rộng từ 3,5m trở lên",
        "cả 3 mặt",
        "ấp 3",
        "lúc 8h30",
        "14:00",
        "so với năm 2023",
        "thôn 5",
        "tổ 12",
        "đợt 2",
    ],
)
def test_never_values(text: str) -> None:
    assert values(text) == []


def test_hundreds_and_thousands_said_between_digits() -> None:
    # spoken forms typed with digits: the whole is so many of the larger magnitude after it
    def read(text: str) -> list[tuple[float, str | None]]:
        return [(n.value, n.unit.label if n.unit else None) for n in find_numbers(text) if not n.excluded]

    assert read("doanh thu 9 nghin 450 ty") == [(9450e9, "đồng")]
    assert read("thu ngan sach 3 nghin 1 tram ty") == [(3100e9, "đồng")]
    assert read("duoc 5 tram trieu") == [(500e6, "đồng")]
    assert read("lap them 1 tram 20 cai") == [(120.0, None)]
    assert read("san luong 2 nghin 800 tan") == [(2800.0, "tấn")]
    # folded, "trạm" is "trăm": before a word it is the station
    assert read("xay 5 tram y te") == [(5.0, None)]


def test_a_code_of_letters_and_a_dash_is_no_amount() -> None:
    assert [n.excluded for n in find_numbers("khoi cong tai o dat no-03")] == ["mã/số hiệu"]
    assert [n.excluded for n in find_numbers("da ban lo cl-05")] == ["mã/số hiệu"]
    assert [n.excluded for n in find_numbers("tang 2-3%")] == ["", ""]


def test_a_zero_padded_number_after_unknown_capitals_is_a_name() -> None:
    from bot.parsing.numbers import mark_names

    def read(text: str) -> list[tuple[str, str]]:
        numbers = mark_names(clean(text, lower=False), find_numbers(fold(clean(text))))
        return [(n.raw, n.excluded) for n in numbers]

    assert read("Đường ĐX 07 đã được công nhận") == [("07", "mã/số hiệu")]
    # capitals the lexicon knows count what follows them
    assert read("thành lập DN 05 mới") == [("05", "")]
    assert read("GQVL 96 LĐ") == [("96 ld", "")]


def test_a_sum_over_the_plan_is_no_price() -> None:
    # "4,9 tỷ / dự toán 7,4 tỷ": out of the plan; "2,1 tỷ/lô" is a price
    assert [n.excluded for n in find_numbers("thu nsnn dat 4,9 ty / du toan 7,4 ty")] == ["", ""]
    assert [n.excluded for n in find_numbers("gia trung 2,1 ty/lo")] == ["đơn giá"]


def test_named_sets_are_no_amounts() -> None:
    # "phương châm 4 tại chỗ", "quy hoạch 3 loại rừng": names of a motto and of the forest classes
    assert [n.excluded for n in find_numbers("so tan dan theo phuong cham 4 tai cho")] == ["tên gọi"]
    assert [n.excluded for n in find_numbers("dieu chinh quy hoach 3 loai rung")] == ["tên gọi"]


def test_how_often_is_no_amount() -> None:
    assert [n.excluded for n in find_numbers("thu gom rac duy tri 2 lan/tuan")] == ["tần suất"]
    assert [n.excluded for n in find_numbers("kiem tra them 3 lan")] == [""]
