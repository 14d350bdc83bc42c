"""Task colours at each boundary of the rules in bot/status.py, pace, grouping and ranking."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.models import Direction, Official, Progress, Target, Task, Unit, YearMonth
from bot.status import (
    FAR_BEHIND_GAP,
    ON_PACE_GAP,
    Colour,
    Reason,
    build_overview,
    expected_pace,
    task_status,
)
from tests.conftest import VN

HALF_WAY = date(2026, 3, 2)  # 60 of the 120 days from 1 January to the end of April


def task(target: float | None = 100.0, direction: Direction = Direction.AT_LEAST, deadline: str = "2026-04",
         start: str | None = "2026-01", official: str = "o1", position: int = 1, task_id: str = "t1") -> Task:
    if target is None:
        direction = Direction.DONE
    return Task(task_id, official, position, "việc", Target(target, "hộ", direction), YearMonth.parse(deadline),
                YearMonth.parse(start) if start else None)


def progress(value: float | None = None, done: bool = False, count: int | None = None) -> Progress:
    updates = count if count is not None else (1 if value is not None or done else 0)
    return Progress(value=value, done=done, update_count=updates)


# ---- expected pace -------------------------------------------------------------------------------

def test_pace_is_linear_from_the_start_month_to_the_end_of_the_deadline_month() -> None:
    t = task()
    assert expected_pace(t, HALF_WAY) == 0.5
    assert expected_pace(t, date(2026, 1, 1)) == 0.0
    assert expected_pace(t, date(2026, 4, 30)) == pytest.approx(119 / 120)
    assert expected_pace(t, date(2026, 5, 1)) == 1.0
    assert expected_pace(t, date(2025, 12, 1)) == 0.0  # before the start: nothing expected yet
    assert expected_pace(t, date(2027, 1, 1)) == 1.0


def test_pace_without_a_start_runs_from_january_of_the_deadline_year() -> None:
    no_start = task(start=None, deadline="2026-04")
    assert expected_pace(no_start, HALF_WAY) == 0.5
    late_start = task(start="2026-03", deadline="2026-04")
    assert expected_pace(late_start, HALF_WAY) == pytest.approx(1 / 61)


# ---- at least: the 10 and 30 point boundaries ------------------------------------------------------

@pytest.mark.parametrize(("value", "colour", "reason"), [
    (100.0, Colour.GREEN, Reason.DONE),
    (60.0, Colour.GREEN, Reason.ON_PACE),  # ahead of pace
    (50.0, Colour.GREEN, Reason.ON_PACE),  # exactly on pace
    (40.0, Colour.GREEN, Reason.ON_PACE),  # exactly 10 points under: still on pace
    (39.9, Colour.AMBER, Reason.BEHIND),  # just past 10 points under
    (20.0, Colour.AMBER, Reason.BEHIND),  # exactly 30 points under: still amber
    (19.9, Colour.RED, Reason.FAR_BEHIND),  # just past 30 points under
    (None, Colour.RED, Reason.FAR_BEHIND),  # no figure at half time counts as 0
])
def test_at_least_colour_by_gap_to_pace(value: float | None, colour: Colour, reason: Reason) -> None:
    status = task_status(task(), progress(value, done=value == 100.0), HALF_WAY)
    assert (status.colour, status.reason) == (colour, reason)
    assert ON_PACE_GAP == 0.10 and FAR_BEHIND_GAP == 0.30


def test_at_least_completion_and_achieved() -> None:
    status = task_status(task(), progress(40.0), HALF_WAY)
    assert status.achieved == pytest.approx(0.4)
    assert status.completion == pytest.approx(0.4)
    assert status.expected == 0.5
    assert status.gap == pytest.approx(0.1)
    over = task_status(task(), progress(130.0, done=True), HALF_WAY)
    assert over.achieved == pytest.approx(1.3) and over.completion == 1.0


def test_nothing_is_expected_before_the_start_so_no_figure_is_on_pace() -> None:
    status = task_status(task(start="2026-03"), progress(), date(2026, 2, 20))
    assert (status.colour, status.reason) == (Colour.GREEN, Reason.ON_PACE)


def test_overdue_starts_the_day_after_the_deadline_month() -> None:
    t = task(deadline="2026-02", start="2026-01")
    last_day = task_status(t, progress(95.0), date(2026, 2, 28))
    assert last_day.colour is Colour.GREEN and not last_day.overdue  # 95% with 1/59 days left
    next_day = task_status(t, progress(95.0), date(2026, 3, 1))
    assert (next_day.colour, next_day.reason, next_day.overdue) == (Colour.RED, Reason.OVERDUE, True)
    done_late = task_status(t, progress(100.0, done=True), date(2026, 6, 1))
    assert (done_late.colour, done_late.overdue) == (Colour.GREEN, False)


# ---- at most -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "today", "colour", "reason"), [
    (1.35, HALF_WAY, Colour.GREEN, Reason.WITHIN_BOUND),  # at the bound is within it
    (1.36, HALF_WAY, Colour.AMBER, Reason.OVER_BOUND),
    (1.36, date(2026, 4, 30), Colour.AMBER, Reason.OVER_BOUND),  # last day: still time
    (1.36, date(2026, 5, 1), Colour.RED, Reason.OVER_BOUND),  # deadline over
    (1.2, date(2026, 5, 1), Colour.GREEN, Reason.WITHIN_BOUND),  # held at the deadline
    (None, HALF_WAY, Colour.GREY, Reason.NO_FIGURE),
    (None, date(2026, 3, 31), Colour.GREY, Reason.NO_FIGURE),
    (None, date(2026, 4, 1), Colour.AMBER, Reason.DUE_THIS_MONTH),  # the deadline month begins
    (None, date(2026, 5, 1), Colour.RED, Reason.OVERDUE),
])
def test_at_most_colours(value: float | None, today: date, colour: Colour, reason: Reason) -> None:
    status = task_status(task(1.35, Direction.AT_MOST), progress(value), today)
    assert (status.colour, status.reason) == (colour, reason)
    assert status.completion is None  # a bound is not a progress scale
    assert status.within_bound == (None if value is None else value <= 1.35)


def test_at_most_reported_finished_without_a_figure_is_green() -> None:
    status = task_status(task(1.35, Direction.AT_MOST), progress(None, done=True), date(2026, 6, 1))
    assert (status.colour, status.reason) == (Colour.GREEN, Reason.DONE)


# ---- no numeric target ----------------------------------------------------------------------------

@pytest.mark.parametrize(("done", "count", "today", "colour", "reason"), [
    (False, 0, HALF_WAY, Colour.GREY, Reason.NO_NEWS),
    (False, 2, HALF_WAY, Colour.GREEN, Reason.IN_PROGRESS),
    (False, 0, date(2026, 3, 31), Colour.GREY, Reason.NO_NEWS),
    (False, 2, date(2026, 4, 1), Colour.AMBER, Reason.DUE_THIS_MONTH),
    (False, 0, date(2026, 4, 30), Colour.AMBER, Reason.DUE_THIS_MONTH),
    (False, 2, date(2026, 5, 1), Colour.RED, Reason.OVERDUE),
    (True, 1, date(2026, 5, 1), Colour.GREEN, Reason.DONE),
    (True, 1, HALF_WAY, Colour.GREEN, Reason.DONE),
])
def test_no_target_colours(done: bool, count: int, today: date, colour: Colour, reason: Reason) -> None:
    status = task_status(task(None), progress(None, done, count), today)
    assert (status.colour, status.reason) == (colour, reason)
    assert status.completion == (1.0 if done else 0.0)


# ---- groups ----------------------------------------------------------------------------------------

def official(oid: str, unit: str) -> Official:
    return Official(oid, f"Cán bộ {oid}", "Chủ tịch", unit)


def test_groups_rank_worst_first_and_lists_are_ordered() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=VN)
    units = {"u1": Unit("u1", "Xã Một"), "u2": Unit("u2", "Xã Hai"), "u3": Unit("u3", "Xã Ba")}
    people = [official("a", "u1"), official("b", "u2"), official("c", "u3"), official("d", "u3")]
    tasks = {
        "a": [task(task_id="a1", official="a"), task(task_id="a2", official="a", position=2)],
        "b": [task(task_id="b1", official="b"), task(None, deadline="2026-01", task_id="b2", official="b",
                                                     position=2)],
        "c": [task(task_id="c1", official="c")],
        "d": [task(task_id="d1", official="d")],
    }
    prog = {
        "a1": progress(45.0), "a2": progress(30.0),  # green, amber
        "b1": progress(5.0), "b2": progress(None, count=1),  # red far behind, red overdue (January)
        "c1": progress(100.0, done=True), "d1": progress(50.0),  # green, green
    }
    last = {"a": now - timedelta(days=2), "b": now - timedelta(days=21), "c": now - timedelta(days=20)}
    overview = build_overview(people, units, tasks, prog, last, now, silence_days=21)

    assert [u.unit.name for u in overview.units] == ["Xã Hai", "Xã Một", "Xã Ba"]
    assert [u.tally.colour for u in overview.units] == [Colour.RED, Colour.AMBER, Colour.GREEN]
    assert [(t.red, t.amber, t.grey, t.green) for t in (u.tally for u in overview.units)] == [
        (2, 0, 0, 0), (0, 1, 0, 1), (0, 0, 0, 2)]
    assert [o.official.id for o in overview.officials][:2] == ["b", "a"]
    # within an official: worst first
    assert [s.task.id for s in overview.official("a").tasks] == ["a2", "a1"]  # type: ignore[union-attr]
    # late: overdue first, then far behind
    assert [s.task.id for s in overview.late] == ["b2", "b1"]
    # silent: never wrote first, then the longest silence; 20 days is under the 21-day threshold
    assert [o.official.id for o in overview.silent] == ["d", "b"]
    assert overview.tally.total == 6
    xa_mot = overview.unit("u1")
    assert xa_mot is not None
    assert xa_mot.tally.completion == pytest.approx((0.45 + 0.30) / 2)
    assert xa_mot.tally.expected == pytest.approx(0.5)


def test_officials_without_tasks_are_not_ranked() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=VN)
    overview = build_overview([official("clerk", "u1")], {"u1": Unit("u1", "Văn phòng")}, {}, {}, {}, now, 21)
    assert overview.officials == () and overview.units == () and overview.silent == ()
    assert overview.tally.total == 0
