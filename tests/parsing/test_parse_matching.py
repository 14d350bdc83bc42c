"""parse_message on small task lists: matching, kinds, conversions, questions and refusals."""

from __future__ import annotations

import pytest
from parse_helpers import make_tasks

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message

TASKS = make_tasks(
    "Trồng 50.000 cây xanh phân tán",
    "Thu ngân sách nhà nước đạt 12,5 tỷ đồng",
    "Giải quyết việc làm cho 105 lao động",
    "Tỷ lệ hộ nghèo giảm còn không quá 1,35%",
    "Xây dựng 26.500m đường giao thông nông thôn",
    "Ra mắt mô hình du lịch cộng đồng",
    "Giải ngân đạt trên 95% kế hoạch vốn đầu tư công",
    "Được công nhận 2 xã nông thôn mới",
)


def one(text: str) -> tuple[str, UpdateKind, float | None]:
    result = parse_message(TASKS, text)
    assert result.status is ParseStatus.OK, (text, result)
    assert len(result.updates) == 1, result.updates
    u = result.updates[0]
    assert u.explanation
    return u.task_id, u.kind, (round(u.value, 4) if u.value is not None else None)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("trồng thêm 3 nghìn cây", ("t1", UpdateKind.INCREMENT, 3000)),
        ("TRONG DUOC 12.000 CAY", ("t1", UpdateKind.ABSOLUTE, 12000)),
        ("thu NSNN 9 tỷ 300 triệu", ("t2", UpdateKind.ABSOLUTE, 9.3)),
        ("thu ngân sách được 10.500 triệu", ("t2", UpdateKind.ABSOLUTE, 10.5)),
        ("thu ngân sách đạt 40% dự toán", ("t2", UpdateKind.ABSOLUTE, 5)),
        ("GQVL +12 LĐ", ("t3", UpdateKind.INCREMENT, 12)),
        ("việc làm thêm 3, nâng tổng số lên 58", ("t3", UpdateKind.ABSOLUTE, 58)),
        ("nhầm, việc làm là 55 chứ không phải 60", ("t3", UpdateKind.ABSOLUTE, 55)),
        ("hộ nghèo còn 1,4%", ("t4", UpdateKind.ABSOLUTE, 1.4)),
        ("đường GTNT được 1.5 km", ("t5", UpdateKind.ABSOLUTE, 1500)),
        ("đường giao thông nông thôn 12 cây số", ("t5", UpdateKind.ABSOLUTE, 12000)),
        ("đường GTNT 26,500 m", ("t5", UpdateKind.ABSOLUTE, 26500)),
        ("du lịch cộng đồng đã ra mắt", ("t6", UpdateKind.DONE, None)),
        ("du lich cong dong chua ra mat", ("t6", UpdateKind.NOTE, None)),
        ("du lịch cộng đồng dự kiến ra mắt 30/6", ("t6", UpdateKind.NOTE, None)),
        ("giải ngân ĐTC 71,5%", ("t7", UpdateKind.ABSOLUTE, 71.5)),
        ("Dự kiến giải ngân đạt 90% vào tháng 10", ("t7", UpdateKind.NOTE, None)),
        ("xã Mỹ Thạnh đã được công nhận NTM", ("t8", UpdateKind.INCREMENT, 1)),
        ("#3: 90", ("t3", UpdateKind.ABSOLUTE, 90)),
        ("nv 1 thêm 500", ("t1", UpdateKind.INCREMENT, 500)),
    ],
)
def test_single_updates(text: str, expect: tuple[str, UpdateKind, float | None]) -> None:
    assert one(text) == expect


def test_several_tasks_and_decimal_commas() -> None:
    result = parse_message(TASKS, "viec lam 80, trong cay 2,5 nghin cay; giai ngan 60%")
    got = {(u.task_id, u.kind, round(u.value or 0, 3)) for u in result.updates}
    assert got == {
        ("t3", UpdateKind.ABSOLUTE, 80),
        ("t1", UpdateKind.ABSOLUTE, 2500),
        ("t7", UpdateKind.ABSOLUTE, 60),
    }


def test_list_bullets_are_not_references() -> None:
    result = parse_message(TASKS, "1. Việc làm được 70 lao động\n2. Trồng cây 20.000 cây")
    assert {u.task_id for u in result.updates} == {"t3", "t1"}


@pytest.mark.parametrize("text", ["đạt 60", "được 2ha", "đạt 85%", "Đã sửa chữa xong trụ sở ấp 3"])
def test_unsure_reports_are_asked_never_written(text: str) -> None:
    result = parse_message(TASKS, text)
    assert result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED)
    assert result.updates == ()


def test_ambiguous_carries_ranked_candidates_with_their_update() -> None:
    result = parse_message(TASKS, "đạt 60%")
    assert result.status is ParseStatus.AMBIGUOUS
    ids = [c.task_id for c in result.candidates]
    assert "t7" in ids and "t4" in ids
    assert all(c.update is not None for c in result.candidates if c.task_id == "t7")


def test_money_never_fills_a_count() -> None:
    tasks = make_tasks("Vận động 50 hộ hiến đất làm đường", "Phát triển mới 30 hộ kinh doanh")
    result = parse_message(tasks, "hiến đất làm đường được 2 tỷ")
    assert result.updates == ()


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "cảm ơn",
        "hạn chót là tháng mấy?",
        "còn mấy việc chưa xong vậy bot?",
        "Dạ em nhận được tin nhắn nhắc rồi ạ",
        "",
        "   ",
        "👍",
    ],
)
def test_chatter_and_questions(text: str) -> None:
    assert parse_message(TASKS, text).status is ParseStatus.NONE


def test_one_shared_word_pair_in_a_long_message_is_no_match() -> None:
    text = (
        "Hôm nay xã tổ chức họp dân ở ấp 2 về việc sửa chữa nhà văn hóa, dọn vệ sinh kênh mương, "
        "bàn chuyện lễ hội cuối năm, có nhắc tới du lịch một chút, bà con đồng tình cao"
    )
    assert parse_message(TASKS, text).updates == ()


def test_nfd_old_tones_and_invisible_characters() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Thu ngân sách\u200b đạt 7,2 tỷ 🎉")
    assert one(text) == ("t2", UpdateKind.ABSOLUTE, 7.2)
    tasks = make_tasks("Hòa giải cơ sở thành đạt từ 85% trở lên", "Thủy lợi nội đồng nạo vét 12 km kênh")
    assert parse_message(tasks, "hoà giải thành 90%").updates[0].task_id == "t1"
    assert parse_message(tasks, "thuỷ lợi nạo vét được 3 km").updates[0].value == pytest.approx(3)
