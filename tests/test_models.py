from datetime import UTC, date, datetime

import pytest

from bot.models import Direction, ProgressUpdate, Target, Task, UpdateKind, YearMonth, fold_progress


def test_year_month_parse_and_arithmetic() -> None:
    month = YearMonth.parse("2024-12")
    assert month.next() == YearMonth(2025, 1)
    assert YearMonth(2025, 1).previous() == month
    assert month.last_day() == date(2024, 12, 31)
    assert YearMonth(2024, 2).last_day() == date(2024, 2, 29)
    assert YearMonth(2024, 3).months_until(YearMonth(2024, 12)) == 9
    assert month.label() == "tháng 12/2024"


@pytest.mark.parametrize("text", ["2024-13", "2024-1", "24-01", "tháng 3", "", "2024-00"])
def test_year_month_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        YearMonth.parse(text)


def _task(target: float | None, direction: Direction = Direction.AT_LEAST) -> Task:
    return Task("t-1", "o", 1, "Giải quyết việc làm cho 105 lao động",
                Target(target, "lao động", direction), YearMonth(2024, 12))


def _update(uid: int, kind: UpdateKind, value: float | None, undone: bool = False) -> ProgressUpdate:
    at = datetime(2024, 5, uid, tzinfo=UTC)
    return ProgressUpdate(uid, "t-1", kind, value, None, "o", at, undone_at=at if undone else None)


def test_fold_absolute_increment_and_undo() -> None:
    task = _task(105)
    updates = [
        _update(1, UpdateKind.ABSOLUTE, 40),
        _update(2, UpdateKind.INCREMENT, 8),
        _update(3, UpdateKind.INCREMENT, 100, undone=True),
        _update(4, UpdateKind.NOTE, None),
    ]
    progress = fold_progress(task, updates)
    assert progress.value == 48
    assert not progress.done
    assert progress.update_count == 3


def test_fold_done_sets_target_and_reaching_target_is_done() -> None:
    assert fold_progress(_task(105), [_update(1, UpdateKind.DONE, None)]).value == 105
    assert fold_progress(_task(105), [_update(1, UpdateKind.ABSOLUTE, 110)]).done
    # an at_most target is never "done" by reaching a value: it is judged at the deadline
    assert not fold_progress(_task(1.35, Direction.AT_MOST), [_update(1, UpdateKind.ABSOLUTE, 1.2)]).done


def test_fold_correction_by_later_absolute() -> None:
    progress = fold_progress(_task(105), [_update(1, UpdateKind.ABSOLUTE, 60), _update(2, UpdateKind.ABSOLUTE, 55)])
    assert progress.value == 55
