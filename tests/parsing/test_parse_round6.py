"""Round 6: general causes behind a blind corpus's wrong writes and misses, each on made-up pledges."""

from __future__ import annotations

from parse_helpers import make_tasks

from bot.models import Direction, UpdateKind
from bot.parsing import ParseStatus, parse_message, resolve_target

HIGHLANDS = make_tasks(
    "Sửa chữa 600 m kênh tưới tại bon 4",
    "Nâng cấp 3,8 km đường nội bon, mặt đường rộng 4m",
    "Hoàn thành di dân tái định cư tại bon Đắk Ru theo Tiểu dự án 3, Chương trình MTQG 1719",
    "Trồng mới 200 ha mắc ca",
    "Tổ chức tập huấn kỹ thuật trồng mắc ca cho đồng bào",
    "Hoàn thành 4 nhà sinh hoạt cộng đồng tại làng 1, làng 5, plei Kép và bon 7",
)


def updates(text: str) -> list[tuple[str, UpdateKind, float | None]]:
    return [(u.task_id, u.kind, u.value) for u in parse_message(HIGHLANDS, text).updates]


def test_a_numbered_project_programme_or_village_is_a_name_not_a_target() -> None:
    assert resolve_target("Di dân tại bon Đắk Ru theo Dự án 4, Chương trình MTQG 1719").value is None
    assert resolve_target("Triển khai Đề án 06 về chuyển đổi số").value is None
    assert resolve_target("Giải ngân vốn Chương trình MTQG 1719 đạt 42 tỷ đồng").value == 42.0
    target = resolve_target("Làm mới 900 m mương tại plei 3")
    assert (target.value, target.direction) == (900.0, Direction.AT_LEAST)
    assert HIGHLANDS[2].target is None


def test_one_numbered_village_finished_is_one_more_unit_not_that_number() -> None:
    assert updates("Nhà sinh hoạt cộng đồng ở làng 5 đã hoàn thành") == [("t6", UpdateKind.INCREMENT, 1.0)]
    assert updates("nha sinh hoat cong dong plei 2 xong roi") == [("t6", UpdateKind.INCREMENT, 1.0)]


def test_a_figure_less_project_task_is_finished_by_its_report() -> None:
    assert updates("Bon Đắk Ru đã di dân tái định cư xong, giao đất cho 41 hộ") == [("t3", UpdateKind.DONE, None)]


def test_done_action_after_a_light_verb_finishes_a_task_without_a_figure() -> None:
    assert updates("Đã tập huấn trồng mắc ca cho 150 người tại 4 xã") == [("t5", UpdateKind.DONE, None)]
    assert updates("Tập huấn trồng mắc ca đang chuẩn bị tài liệu") == [("t5", UpdateKind.NOTE, None)]


def test_a_measured_figure_goes_to_the_task_pledging_that_measure_not_a_figureless_one_on_same_words() -> None:
    assert updates("Trồng mắc ca được 120 ha") == [("t4", UpdateKind.ABSOLUTE, 120.0)]


def test_a_lone_opening_verb_does_not_choose_between_tasks_the_figure_fits() -> None:
    result = parse_message(HIGHLANDS, "sửa được 450m")
    assert result.status is ParseStatus.AMBIGUOUS and not result.updates
    # the task's own words still choose it
    assert updates("Kênh tưới sửa được 450m") == [("t1", UpdateKind.ABSOLUTE, 450.0)]
