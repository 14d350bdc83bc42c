"""Property tests: any text, any figure, long and hostile input: no exception, no hang."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import make_tasks

from bot.parsing import ParseStatus, parse_message
from bot.parsing.normalize import clean, fold
from bot.parsing.numbers import find_numbers

TASKS = make_tasks(
    "Trồng 50.000 cây xanh phân tán",
    "Thu ngân sách nhà nước đạt 12,5 tỷ đồng",
    "Giải quyết việc làm cho 105 lao động",
    "Tỷ lệ hộ nghèo giảm còn không quá 1,35%",
    "Ra mắt mô hình du lịch cộng đồng",
)
VOCAB = [
    "trồng",
    "cây",
    "thu",
    "ngân",
    "sách",
    "việc",
    "làm",
    "lao",
    "động",
    "đạt",
    "thêm",
    "tỷ",
    "triệu",
    "%",
    ",",
    ".",
    "/",
    "#",
    "nv",
    "chưa",
    "xong",
    "đã",
    "ha",
    "km",
    "m2",
    "\n",
    ";",
    "?",
    "😀",
    "\u200b",
]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    result = parse_message(TASKS, text)
    assert isinstance(result.status, ParseStatus)


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(VOCAB),
            st.integers(-(10**30), 10**30).map(str),
            st.floats(allow_nan=True, allow_infinity=True).map(str),
            st.from_regex(r"\d{1,40}([.,]\d{1,20}){0,4}", fullmatch=True),
        ),
        max_size=60,
    )
)
def test_reports_made_of_task_words_and_figures(parts: list[str]) -> None:
    result = parse_message(TASKS, " ".join(parts))
    for update in result.updates:
        assert update.value is None or update.value == update.value  # never NaN


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_number_reader_never_raises(text: str) -> None:
    for n in find_numbers(fold(clean(text))):
        assert n.start <= n.end


def test_long_messages_with_control_characters_are_fast() -> None:
    chunk = "trồng thêm 1.234,5 cây\x00\x07\x1b[31m, thu NS 9 tỷ 300 triệu; việc làm 26,500 lđ\r\n"
    text = (chunk * 80)[:4000]
    t0 = time.perf_counter()
    parse_message(TASKS, text)
    parse_message(TASKS, "9" * 4000)
    parse_message(TASKS, "1," * 2000)
    parse_message(TASKS, "đ" * 10000)
    assert time.perf_counter() - t0 < 2.0
