"""Rules found on the sixth tuning corpus: figures stay on their line, grades and levels are no counts,
comrades count party members, visits fit visits, and tails stay with the clause before them."""

from __future__ import annotations

from parse_helpers import make_tasks

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message, resolve_target

TASKS = make_tasks(
    "Kết nạp 7 đảng viên mới",
    "Phát triển mới 400 thẻ BHYT hộ gia đình",
    "Khám sàng lọc tăng huyết áp, đái tháo đường cho 1.800 lượt người",
    "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 98%",
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn dưới 12%",
    "Cấp chữ ký số cho 350 cán bộ, công chức",
    "Tổ chức thi tuyển công chức cấp xã",
    "Phê duyệt hồ sơ an toàn hệ thống thông tin cấp độ 3",
    "Lập quy hoạch chung xã",
)


def updates(text: str) -> list[tuple[str, UpdateKind, float | None]]:
    return [(u.task_id, u.kind, u.value) for u in parse_message(TASKS, text).updates]


def test_a_unit_word_on_the_next_line_belongs_to_the_next_report() -> None:
    assert updates("Báo cáo T10:\nKết nạp ĐV 6\nThẻ BHYT 352") == [
        ("t1", UpdateKind.ABSOLUTE, 6.0),
        ("t2", UpdateKind.ABSOLUTE, 352.0),
    ]


def test_comrades_count_party_members() -> None:
    assert updates("Kết nạp đảng viên mới được 3 đ/c") == [("t1", UpdateKind.ABSOLUTE, 3.0)]


def test_visits_fit_a_task_counting_visits_of_people() -> None:
    assert updates("kham sang loc dat 1,5 nghin luot") == [("t3", UpdateKind.ABSOLUTE, 1500.0)]


def test_a_grade_is_no_figure_and_a_security_level_no_target() -> None:
    assert updates("Tỷ lệ HS lớp 9 tốt nghiệp THCS đạt 99,3%") == [("t4", UpdateKind.ABSOLUTE, 99.3)]
    assert resolve_target("Phê duyệt hồ sơ an toàn hệ thống thông tin cấp độ 3").value is None


def test_health_and_digital_abbreviations() -> None:
    assert updates("SDD 11,5%; CKS thêm 25") == [("t5", UpdateKind.ABSOLUTE, 11.5), ("t6", UpdateKind.INCREMENT, 25.0)]


def test_a_waiting_tail_is_no_note_on_another_task() -> None:
    text = "Thi tuyển công chức cấp xã chưa tổ chức được, đang chờ Sở phê duyệt chỉ tiêu"
    assert updates(text) == [("t7", UpdateKind.NOTE, None)]
    # the tail naming another task's words makes the clause a question, never a note on that task
    result = parse_message(TASKS, "Thi tuyển công chức cấp xã chưa tổ chức được, đang chờ phê duyệt hồ sơ")
    assert all(u.task_id != "t8" for u in result.updates)


def test_a_running_total_tail_stays_with_its_increment() -> None:
    assert updates("Kết nạp đảng viên mới: thêm 3 đ/c, nâng tổng số lên 9") == [("t1", UpdateKind.ABSOLUTE, 9.0)]


def test_finishing_the_duty_is_the_task_before_it() -> None:
    result = parse_message(TASKS, "Quy hoạch chung xã đã được UBND tỉnh phê duyệt, xong nhiệm vụ")
    assert result.status is ParseStatus.OK
    assert [(u.task_id, u.kind) for u in result.updates] == [("t9", UpdateKind.DONE)]
