"""Numbers said in words (voice typing) read as digits; words that only look like numbers stay words."""

from __future__ import annotations

import pytest

from bot.parsing.spelled import spell_digits


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("được tám mươi lăm héc ta", "được 85 héc ta"),
        ("năm mươi hai tỷ ba trăm triệu", "52 tỷ 300 triệu"),
        ("còn ba phẩy ba phần trăm", "còn 3,3 phần trăm"),
        ("chín mươi bốn phẩy hai phần trăm", "94,2 phần trăm"),
        ("khoảng hai ngàn tám trăm tấn", "khoảng 2800 tấn"),
        ("một trăm lẻ năm héc ta", "105 héc ta"),
        ("hai mươi mốt hộ, ba mươi tư người, mười lăm căn", "21 hộ, 34 người, 15 căn"),
        ("một nghìn không trăm năm mươi", "1050"),
        ("hai chục hộ", "20 hộ"),
        ("thêm năm hộ nữa", "thêm 5 hộ nữa"),
        ("rộng hai mét rưỡi", "rộng 2 mét rưỡi"),
        ("là hai mươi bốn cây số chứ không phải hai mươi sáu", "là 24 cây số chứ không phải 26"),
        ("Một Trăm Hai Mươi lao động", "120 lao động"),
    ],
)
def test_numbers_said_in_words_become_digits(said: str, read: str) -> None:
    assert spell_digits(said) == read


@pytest.mark.parametrize(
    "text",
    [
        "năm nay một số hộ đã thoát nghèo",  # a year, "some"
        "Năm học 2024-2025 tiếp nhận",  # a school year
        "hoàn thành chỉ tiêu năm ✅; doanh thu tăng",  # the year's plan; the noun after is no neighbour
        "từ đầu năm 96 ca",  # "năm" before a figure is the year
        "Bộ phận một cửa đã vận hành",  # one-stop shop
        "bà con rất phấn khởi",
        "trạm y tế xã đã sửa xong",  # "trạm" is a station, not "trăm"
        "ba con bo",  # typed without accents: "bà con" as likely as three cows
    ],
)
def test_words_that_only_look_like_numbers_stay_words(text: str) -> None:
    assert spell_digits(text) == text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("ty le tham gia bhyt chin muoi ba phay mot phan tram", "ty le tham gia bhyt 93,1 phan tram"),
        ("thu ngan sach hai muoi ty", "thu ngan sach 20 ty"),
        ("nam muoi hai ty ba tram trieu", "52 ty 300 trieu"),
        ("muoi hai can", "12 can"),
        ("ba phay ba phan tram", "3,3 phan tram"),
        # thousands with hundreds, each with its digit; hundreds before a magnitude, said alone
        ("san luong tom dat hai ngan bon tram tan", "san luong tom dat 2400 tan"),
        ("thu ba tram trieu", "thu 300 trieu"),
    ],
)
def test_numbers_said_in_bare_words_whose_build_leaves_no_other_reading(said: str, read: str) -> None:
    assert spell_digits(said) == read


@pytest.mark.parametrize(
    "text", ["xay hai tram y te", "ba con rat vui", "hai san", "thang muoi", "trong muoi nam", "hai tram bon ngan sach"]
)
def test_bare_words_that_may_be_other_words_stay(text: str) -> None:
    assert spell_digits(text) == text


def test_a_fraction_said_in_words() -> None:
    assert spell_digits("việc làm được hai phần ba kế hoạch") == "việc làm được 2/3 kế hoạch"
    assert spell_digits("đạt ba phần trăm") == "đạt 3 phần trăm"
    assert spell_digits("một phần kinh phí") == "một phần kinh phí"


def test_tens_said_short_before_lam() -> None:
    # "lăm" is five only after tens: "bốn lăm" is forty-five
    assert spell_digits("thêm mười lăm hộ nữa là đủ bốn lăm hộ rồi") == "thêm 15 hộ nữa là đủ 45 hộ rồi"
    assert spell_digits("hai trăm ba lăm người") == "235 người"


def test_digits_heard_with_the_decimal_comma_said() -> None:
    # voice typing writes "11 phẩy 6" for 11,6; "phẩy" between items is still a spoken comma
    assert spell_digits("tỷ lệ hộ nghèo hiện còn 11 phẩy 6 phần trăm") == "tỷ lệ hộ nghèo hiện còn 11,6 phần trăm"
    assert spell_digits("mười một phẩy 6") == "11,6"
    assert spell_digits("ấp 3 phẩy ấp 4") == "ấp 3 phẩy ấp 4"


def test_thousands_after_millions_stay_thousands() -> None:
    # "hai triệu sáu trăm năm mươi nghìn" is one figure, 2.650.000, never "2 triệu" and a second 650.000
    said = "đón được hai triệu sáu trăm năm mươi nghìn lượt khách"
    assert spell_digits(said) == "đón được 2 triệu 650 nghìn lượt khách"
