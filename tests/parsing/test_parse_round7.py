"""Round 7: figures on a ceiling count task stay values; a unit word and a stray syllable name no task."""

from __future__ import annotations

from parse_helpers import make_tasks

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message

SAFETY = make_tasks(
    "Kéo giảm tai nạn giao thông, không quá 5 vụ",
    "Vận động 120 hộ tham gia BHYT hộ gia đình",
    "Giảm số vụ cháy rừng xuống dưới 3 vụ",
    "Trồng mới 20 ha rừng",
)


def updates(text: str) -> list[tuple[str, UpdateKind, float | None]]:
    return [(u.task_id, u.kind, u.value) for u in parse_message(SAFETY, text).updates]


def test_a_count_after_a_span_of_months_is_the_level_not_a_month() -> None:
    assert updates("Tình hình TNGT được kéo giảm, 10 tháng 4 vụ") == [("t1", UpdateKind.ABSOLUTE, 4.0)]
    assert updates("tai nan giao thong 10 thang 4 vu") == [("t1", UpdateKind.ABSOLUTE, 4.0)]
    assert updates("TNGT 10 tháng xảy ra 4 vụ") == [("t1", UpdateKind.ABSOLUTE, 4.0)]
    # "tháng 4" alone is still the month
    assert updates("tháng 4 không xảy ra cháy rừng") == [("t3", UpdateKind.NOTE, None)]


def test_more_incidents_on_a_ceiling_task_is_an_increment_a_comparison_is_a_note() -> None:
    assert updates("tai nạn giao thông tăng thêm 2 vụ") == [("t1", UpdateKind.INCREMENT, 2.0)]
    assert updates("TNGT thêm 2 vụ trong tháng") == [("t1", UpdateKind.INCREMENT, 2.0)]
    assert updates("TNGT tăng 2 vụ so với cùng kỳ") == [("t1", UpdateKind.NOTE, None)]
    # a bare change on a ceiling is still asked: up or down from which level?
    result = parse_message(SAFETY, "cháy rừng giảm 1 vụ")
    assert result.status is ParseStatus.AMBIGUOUS and not result.updates


def test_a_unit_word_and_one_stray_syllable_attach_no_note() -> None:
    tasks = make_tasks(
        "Xóa nhà tạm, nhà dột nát cho 45 hộ đồng bào DTTS tại các buôn, plei",
        "Giảm ít nhất 80 hộ nghèo",
        "Bê tông hóa 4,2 km đường liên buôn",
        "Hoàn thành bố trí ổn định dân cư tại buôn Ma Giai theo Dự án 2",
        "Tỷ lệ người dân tham gia BHYT đạt 95%",
        "Duy trì hoạt động các đội cồng chiêng ở các buôn, plei",
    )
    text = "Dự án 2 ở buôn Ma Giai đang san ủi mặt bằng, vướng 3 hộ chưa đồng ý di dời"
    got = [(u.task_id, u.kind) for u in parse_message(tasks, text).updates]
    assert got == [("t4", UpdateKind.NOTE)]
    # the same words in their own compound still name the task
    got = [(u.task_id, u.kind) for u in parse_message(tasks, "Xóa nhà tạm: 3 hộ đồng bào chưa đồng ý tháo dỡ").updates]
    assert got == [("t1", UpdateKind.NOTE)]


def test_nearly_finished_is_a_note() -> None:
    tasks = make_tasks("Hoàn thành nâng cấp trụ sở UBND xã", "Trồng mới 20 ha rừng")
    got = [(u.task_id, u.kind) for u in parse_message(tasks, "nâng cấp trụ sở xã sắp xong, còn phần sơn").updates]
    assert got == [("t1", UpdateKind.NOTE)]
    got = [(u.task_id, u.kind) for u in parse_message(tasks, "nâng cấp trụ sở UBND xã đã xong").updates]
    assert got == [("t1", UpdateKind.DONE)]


def test_a_duty_to_handle_in_time_is_not_finished_by_one_round_of_it() -> None:
    tasks = make_tasks(
        "Kiểm tra, xử lý kịp thời các cơ sở vi phạm an toàn thực phẩm",
        "Tổ chức tập huấn an toàn thực phẩm cho hộ kinh doanh",
    )
    text = "Đã kiểm tra 12 cơ sở, xử lý 3 cơ sở vi phạm ATTP"
    assert [(u.task_id, u.kind) for u in parse_message(tasks, text).updates] == [("t1", UpdateKind.NOTE)]


def test_a_message_with_vowel_marks_but_no_tone_is_read_unaccented() -> None:
    tasks = make_tasks(
        "Làm mới 35.000m đường giao thông nông thôn",
        "Nhựa hóa 18 km đường trục xã, liên xã",
        "Kiên cố hóa 12 km kênh mương nội đồng",
    )
    got = [(u.task_id, u.kind, u.value) for u in parse_message(tasks, "nhưa hoa them 1.800m").updates]
    assert got == [("t2", UpdateKind.INCREMENT, 1.8)]
    got = [(u.task_id, u.kind, u.value) for u in parse_message(tasks, "kenh mưong kien co them 400m").updates]
    assert got == [("t3", UpdateKind.INCREMENT, 0.4)]
