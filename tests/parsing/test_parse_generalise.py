"""General causes of failure found by a blind corpus and a hostile-user test: each test states a rule."""

from __future__ import annotations

from parse_helpers import make_tasks

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message, resolve_target

TASKS = make_tasks(
    "Nâng cấp 3,2km đường giao thông nông thôn",
    "Thu ngân sách nhà nước đạt 8,5 tỷ đồng",
    "Xây dựng cầu treo Lũng Pô 2",
    "Xây dựng 14 phòng học cho trường số 2",
    "Trồng mới 120ha rừng sản xuất",
    "Hỗ trợ 20 hộ nghèo vay vốn",
    "Hoàn thành giải phóng mặt bằng dự án QL4D",
    "Có 3 trường đạt chuẩn quốc gia",
)


def updates(text: str) -> list[tuple[str, UpdateKind, float | None]]:
    return [(u.task_id, u.kind, u.value) for u in parse_message(TASKS, text).updates]


def test_a_negative_figure_is_asked_never_recorded() -> None:
    for text in ("#2: đạt -5 tỷ", "thu ngân sách -5 tỷ"):
        result = parse_message(TASKS, text)
        assert result.status is ParseStatus.AMBIGUOUS and not result.updates, text
        assert "âm" in result.explanation


def test_scientific_huge_and_infinite_figures_are_asked() -> None:
    for text in ("#1: đạt 1e308", "#2 dat inf", "#2: 99999999999999999999 tỷ", "#1: đạt 5E3 m"):
        result = parse_message(TASKS, text)
        assert result.status is ParseStatus.AMBIGUOUS and not result.updates, text


def test_a_task_number_out_of_range_says_so() -> None:
    result = parse_message(TASKS, "#99: 5")
    assert result.status is ParseStatus.UNMATCHED and not result.candidates
    assert "#99" in result.explanation and "#8" in result.explanation
    # a valid reference beside it is still recorded
    assert updates("#2: 6 tỷ; #42: 3") == [("t2", UpdateKind.ABSOLUTE, 6.0)]


def test_a_number_inside_a_name_is_neither_target_nor_value() -> None:
    assert resolve_target("Xây dựng cầu treo Lũng Pô 2").value is None
    assert resolve_target("Nhà văn hóa ấp Phú Hữu 3 đạt 500 m2").value == 500
    assert resolve_target("Giải quyết việc làm cho 150 lao động").value == 150
    # capitalised in the message, or written like the pledge's name without accents or capitals
    for text in ("cầu treo Lũng Pô 2 đã khởi công", "cau treo lung po 2 dang lam mong"):
        assert updates(text) == [("t3", UpdateKind.NOTE, None)], text
    assert updates("cầu Lũng Pô 2 đã hoàn thành") == [("t3", UpdateKind.DONE, None)]


def test_a_capital_that_starts_a_sentence_is_not_a_name() -> None:
    tasks = make_tasks("Giải quyết việc làm cho 150 lao động", "Kết nạp 12 đảng viên mới")
    got = [(u.task_id, u.value) for u in parse_message(tasks, "Kết nạp 5. Việc làm 80").updates]
    assert got == [("t2", 5.0), ("t1", 80.0)]


def test_half_of_a_word_is_not_a_cue() -> None:
    # "quyết định" is not "định" (intend), "công trình" is not "trình" (submit)
    assert updates("GPMB QL4D xong rồi, đã có quyết định") == [("t7", UpdateKind.DONE, None)]
    assert updates("công trình cầu treo Lũng Pô đã hoàn thành") == [("t3", UpdateKind.DONE, None)]
    tasks = make_tasks("Kết nạp 12 đảng viên mới", "Giải quyết việc làm cho 150 lao động")
    got = [(u.task_id, u.kind, u.value) for u in parse_message(tasks, "ket nap them 2 dang vien").updates]
    assert got == [("t1", UpdateKind.INCREMENT, 2.0)]


def test_work_started_is_not_work_finished() -> None:
    assert updates("Cầu treo Lũng Pô đã khởi công xây dựng") == [("t3", UpdateKind.NOTE, None)]


def test_numbers_of_places_and_standards_are_not_values() -> None:
    assert resolve_target("Ra mắt mô hình khu phố chuyển đổi số tại khu phố 4").value is None
    assert resolve_target("100% tàu cá có chiều dài từ 15m trở lên lắp thiết bị giám sát").value == 100
    tasks = make_tasks(
        "Lắp đặt mới 4,5 km đường điện chiếu sáng tại khu phố 3 và khu phố 5",
        "Kiềm chế tai nạn giao thông, tối đa 12 vụ trên toàn thị xã",
    )
    got = [(u.task_id, u.kind, u.value) for u in parse_message(tasks, "chiếu sáng KP 5 đang thi công").updates]
    assert got == [("t1", UpdateKind.NOTE, None)]
    # "từ đầu năm 7 vụ" counts since the start of the year; "năm 2025" is still a year
    got = [(u.task_id, u.value) for u in parse_message(tasks, "TNGT toàn thị xã từ đầu năm 7 vụ").updates]
    assert got == [("t2", 7.0)]


def test_a_fraction_with_thousands_dots_on_a_percent_task() -> None:
    tasks = make_tasks("Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt từ 95% trở lên", "Kết nạp 12 đảng viên")
    got = [(u.task_id, round(u.value or 0, 2)) for u in parse_message(tasks, "tiêm chủng: 1.046/1.120 trẻ").updates]
    assert got == [("t1", 93.39)]


def test_approval_and_operation_finish_a_task() -> None:
    tasks = make_tasks(
        "Hoàn thành điều chỉnh quy hoạch chung thị xã đến năm 2040", "Đưa Trung tâm điều hành IOC vào vận hành"
    )
    for text, task in (
        ("Điều chỉnh quy hoạch chung đến năm 2040 đã được UBND tỉnh phê duyệt", "t1"),
        ("IOC đã chính thức đi vào vận hành từ 15/6", "t2"),
    ):
        assert [(u.task_id, u.kind) for u in parse_message(tasks, text).updates] == [(task, UpdateKind.DONE)], text
    assert parse_message(tasks, "quy hoạch chung đang chờ tỉnh phê duyệt").updates[0].kind is UpdateKind.NOTE


def test_abbreviations_and_synonyms_name_tasks() -> None:
    tasks = make_tasks(
        "Diện tích nuôi trồng thủy sản đạt 1.250 ha",
        "Sản lượng lương thực đạt 3.600 tấn",
        "Đào tạo nghề cho 200 lao động nông thôn",
        "Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt đạt 55%",
    )
    for text, want in (
        ("NTTS thả nuôi thêm 45ha", ("t1", UpdateKind.INCREMENT, 45.0)),
        ("lúa ngô được 3.100 tấn", ("t2", UpdateKind.ABSOLUTE, 3100.0)),
        ("dạy nghề đạt 75% kế hoạch", ("t3", UpdateKind.ABSOLUTE, 150.0)),
        ("TTKDTM ở các HKD đạt 48%", ("t4", UpdateKind.ABSOLUTE, 48.0)),
    ):
        assert [(u.task_id, u.kind, u.value) for u in parse_message(tasks, text).updates] == [want], text


def test_a_named_dimension_with_a_figure_of_another_unit_is_asked() -> None:
    tasks = make_tasks("Diện tích nuôi trồng thủy sản đạt 1.250 ha", "Sản lượng nuôi trồng thủy sản đạt 3.600 tấn")
    result = parse_message(tasks, "dien tich NTTS dat 3.100 tan")
    assert not result.updates and result.status is ParseStatus.AMBIGUOUS


def test_a_place_name_in_a_message_is_not_unexplained() -> None:
    tasks = make_tasks("Trồng mới 1.200 cây xanh trên các tuyến phố", "Duy trì trật tự vỉa hè, lòng đường")
    got = [
        (u.task_id, u.kind, u.value)
        for u in parse_message(tasks, "quý III trồng thêm 300 cây trên đường Trần Phú").updates
    ]
    assert got == [("t1", UpdateKind.INCREMENT, 300.0)]


def test_a_place_the_task_passes_through_does_not_name_it() -> None:
    tasks = make_tasks(
        "Vận động hiến đất, giải phóng mặt bằng tuyến ĐT 883 (đoạn qua ấp Phú Hữu)",
        "Nâng cấp 3,2km đường giao thông nông thôn",
        "Xây dựng cầu treo Lũng Pô",
    )
    result = parse_message(tasks, "Đã sửa xong cầu ấp Phú Hữu")
    assert not result.updates
    # a name that is the task's own subject still names it
    assert [u.task_id for u in parse_message(tasks, "Lũng Pô đã xong").updates] == ["t3"]


def test_the_reported_figure_beats_the_one_restating_the_pledge() -> None:
    assert updates("14 phòng học đã xây xong 9 phòng") == [("t4", UpdateKind.ABSOLUTE, 9.0)]
    assert updates("đã xây 9 phòng trên tổng số 14 phòng học") == [("t4", UpdateKind.ABSOLUTE, 9.0)]
    # reaching the pledged figure is still reaching it
    assert updates("phòng học thêm 3, nâng tổng số lên 14 phòng") == [("t4", UpdateKind.ABSOLUTE, 14.0)]


def test_a_fraction_of_the_plan_is_that_share_of_the_target() -> None:
    for text in ("rừng sản xuất được 2/3 kế hoạch", "trồng rừng sx 2/3 KH"):
        assert updates(text) == [("t5", UpdateKind.ABSOLUTE, 80.0)], text


def test_one_named_school_reaching_the_standard_is_one_more() -> None:
    assert updates("trường tiểu học Kim Đồng đạt chuẩn quốc gia") == [("t8", UpdateKind.INCREMENT, 1.0)]
    assert updates("3 trường đạt chuẩn quốc gia, hoàn thành chỉ tiêu") == [("t8", UpdateKind.ABSOLUTE, 3.0)]
