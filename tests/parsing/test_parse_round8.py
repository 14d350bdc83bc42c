"""Round 8: words that only look like cues — "mở rộng" is no width, unaccented "sua chua" is no "chưa"."""

from __future__ import annotations

from parse_helpers import make_tasks

from bot.models import UpdateKind
from bot.parsing import parse_message

ROADS_AND_HOMES = make_tasks(
    "Nâng cấp, mở rộng 12km đường giao thông nông thôn rộng từ 3,5m trở lên",
    "Hỗ trợ xây dựng, sửa chữa nhà ở cho 25 hộ nghèo, hộ cận nghèo",
    "Trồng 4.500 cây xanh trên các tuyến đường",
)


def updates(text: str) -> list[tuple[str, UpdateKind, float | None]]:
    return [(u.task_id, u.kind, u.value) for u in parse_message(ROADS_AND_HOMES, text).updates]


def test_widened_length_is_the_value_but_a_width_is_not() -> None:
    assert updates("Đường GTNT nâng cấp mở rộng được 7.300m") == [("t1", UpdateKind.ABSOLUTE, 7.3)]
    assert updates("duong gtnt mo rong 7,3km") == [("t1", UpdateKind.ABSOLUTE, 7.3)]
    # "rộng 4m" qualifies the road: the length is the other figure, or there is none
    assert updates("Đường GTNT rộng 4m được 7.300m") == [("t1", UpdateKind.ABSOLUTE, 7.3)]
    assert [k for _, k, _ in updates("đường GTNT đang làm, rộng 4m")] == [UpdateKind.NOTE]


def test_unaccented_repair_is_not_a_negation() -> None:
    assert updates("sua chua nha o them 3 ho ngheo") == [("t2", UpdateKind.INCREMENT, 3.0)]
    assert updates("sửa chữa nhà thêm 3 hộ nghèo") == [("t2", UpdateKind.INCREMENT, 3.0)]
    # a real "not yet" still makes a note, typed with or without accents
    assert updates("chua sua chua nha cho ho ngheo nao") == [("t2", UpdateKind.NOTE, None)]
    assert updates("sửa nhà cho hộ nghèo chưa được hộ nào") == [("t2", UpdateKind.NOTE, None)]
