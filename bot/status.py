"""Where each pledged task stands, and how officials and units rank. Pure: no I/O, no clock.

Expected pace
    Work is expected to advance linearly from the first day of the task's start month (or 1 January
    of the deadline's year when the pledge gives no start) to the end of the deadline month.
    expected = days elapsed / days in that period, clamped to 0..1 (0 before the start, 1 once the
    deadline month is over). "Today" is a date in the bot's time zone.

Colour of one task (checked in this order)
    Numeric "at least" target (e.g. "thu ngân sách 12,5 tỷ đồng"):
        completion = value / target, capped at 1 (no figure yet counts as 0)
        🟢 green  done (value ≥ target, or reported finished)
        🔴 red    the deadline month is over and it is not done (overdue)
        🟢 green  on pace: completion ≥ expected − 10 points      (gap ≤ 0.10)
        🟠 amber  behind: completion 10 to 30 points under pace  (0.10 < gap ≤ 0.30)
        🔴 red    far behind: more than 30 points under pace      (gap > 0.30)
    Numeric "at most" target (e.g. "tỷ lệ hộ nghèo không quá 1,35%"):
        with a figure: 🟢 within the bound; over it: 🟠 before the deadline month ends, 🔴 after.
        without a figure: 🟢 reported finished; 🔴 overdue; 🟠 in the deadline month; ⚪ otherwise.
    No numeric target (e.g. "ra mắt mô hình du lịch cộng đồng"):
        🟢 done; 🔴 overdue; 🟠 in the deadline month and not done; 🟢 some news reported
        (in progress); ⚪ grey: no news at all yet.

Groups (an official, a unit)
    A group's mark is its worst task colour (red, then amber, then grey, then green). Groups rank
    worst first: by that mark, then more red tasks, then more amber tasks, then the widest gap between
    the group's mean completion and its mean expected pace. Completion and pace means count tasks
    with an "at least" target (completion as above) and tasks without a numeric target (1 when done,
    else 0); "at most" targets are bounds, not progress, and stay out of the means.

Late and silent
    Late tasks are the red ones: overdue first (oldest deadline first), then far behind pace.
    Silent officials have tasks and have sent the bot nothing for at least N days (or never).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from bot.models import Direction, Official, Progress, Task, Unit, YearMonth

ON_PACE_GAP = 0.10  # up to 10 points under the expected pace still counts as on pace
FAR_BEHIND_GAP = 0.30  # more than 30 points under the expected pace is far behind
_EPSILON = 1e-9  # float noise must not flip a colour at an exact boundary


class Colour(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREY = "grey"
    GREEN = "green"


SEVERITY: dict[Colour, int] = {Colour.RED: 0, Colour.AMBER: 1, Colour.GREY: 2, Colour.GREEN: 3}
MARKS: dict[Colour, str] = {Colour.RED: "🔴", Colour.AMBER: "🟠", Colour.GREY: "⚪", Colour.GREEN: "🟢"}


class Reason(StrEnum):
    DONE = "done"
    ON_PACE = "on_pace"
    BEHIND = "behind"
    FAR_BEHIND = "far_behind"
    OVERDUE = "overdue"
    WITHIN_BOUND = "within_bound"
    OVER_BOUND = "over_bound"
    DUE_THIS_MONTH = "due_this_month"
    IN_PROGRESS = "in_progress"
    NO_FIGURE = "no_figure"
    NO_NEWS = "no_news"


class ProgressFactsLike(Protocol):
    """What bot.store.reports.ProgressFacts provides (a protocol, so this module imports no store)."""

    @property
    def count(self) -> int: ...
    @property
    def last_at(self) -> datetime: ...
    @property
    def last_note(self) -> str: ...
    @property
    def absolute_value(self) -> float | None: ...
    @property
    def increment_sum(self) -> float | None: ...
    @property
    def last_value_id(self) -> int | None: ...
    @property
    def first_done_id(self) -> int | None: ...


def progress_from_facts(task: Task, facts: ProgressFactsLike | None) -> Progress | None:
    """The Progress fold_progress would give, from SQL aggregates; None when only the full fold is exact.

    The one order-dependent step of the fold is "done lifts an at-least value to the target": a
    figure reported after a done builds on the lifted value. Only then is None returned."""
    if facts is None:
        return Progress()
    target = task.target.value
    lifts = target is not None and task.target.direction is Direction.AT_LEAST
    done = facts.first_done_id is not None
    if lifts and done and (facts.last_value_id or 0) > (facts.first_done_id or 0):
        return None
    value = facts.absolute_value
    if facts.increment_sum is not None:
        value = (value or 0.0) + facts.increment_sum
    if lifts and target is not None:
        if done:
            value = max(value or 0.0, target)
        elif value is not None and value >= target:
            done = True
    return Progress(value=value, done=done, last_update_at=facts.last_at, last_note=facts.last_note,
                    update_count=facts.count)


def pace_period(task: Task) -> tuple[date, date]:
    """[first day of the start month (or January of the deadline year), day after the deadline month)."""
    start = task.start if task.start is not None else YearMonth(task.deadline.year, 1)
    return start.first_day(), task.deadline.next().first_day()


def expected_pace(task: Task, today: date) -> float:
    """Share of the pledge period elapsed by today, 0..1 (linear from start to end of deadline month)."""
    begin, end = pace_period(task)
    return _pace(begin, end, today)


def _pace(begin: date, end: date, today: date) -> float:
    total = (end - begin).days
    if total <= 0:
        return 1.0
    return min(1.0, max(0.0, (today - begin).days / total))


@dataclass(slots=True)  # not frozen: a frozen init costs a setattr call per field, ×15,000 per /tiendo
class TaskStatus:
    task: Task
    progress: Progress
    colour: Colour
    reason: Reason
    expected: float  # expected share of the work done by today, 0..1
    achieved: float | None  # value / target for numeric targets with a figure (uncapped)
    within_bound: bool | None  # "at most" targets with a figure: is the value within the bound?
    completion: float | None  # 0..1 for "at least" and no-target tasks; None for "at most"
    overdue: bool  # the deadline month is over and the task is red
    severity: int  # SEVERITY[colour], kept for fast ranking
    gap: float  # points under the expected pace (negative: ahead); 0 for bounds

    @property
    def mark(self) -> str:
        return MARKS[self.colour]


def task_status(task: Task, progress: Progress, today: date) -> TaskStatus:
    begin, end = pace_period(task)
    return _task_status(task, progress, _pace(begin, end, today), today >= end,
                        task.deadline.first_day() <= today < end)


# (colour, reason, severity) outcomes, built once: /tiendo computes 15,000 of these at a time
_DONE = (Colour.GREEN, Reason.DONE, 3)
_ON_PACE = (Colour.GREEN, Reason.ON_PACE, 3)
_WITHIN = (Colour.GREEN, Reason.WITHIN_BOUND, 3)
_IN_PROGRESS = (Colour.GREEN, Reason.IN_PROGRESS, 3)
_BEHIND = (Colour.AMBER, Reason.BEHIND, 1)
_OVER_SOON = (Colour.AMBER, Reason.OVER_BOUND, 1)
_DUE = (Colour.AMBER, Reason.DUE_THIS_MONTH, 1)
_FAR_BEHIND = (Colour.RED, Reason.FAR_BEHIND, 0)
_OVERDUE = (Colour.RED, Reason.OVERDUE, 0)
_OVER_LATE = (Colour.RED, Reason.OVER_BOUND, 0)
_NO_FIGURE = (Colour.GREY, Reason.NO_FIGURE, 2)
_NO_NEWS = (Colour.GREY, Reason.NO_NEWS, 2)
_AT_LEAST = Direction.AT_LEAST
_AT_MOST = Direction.AT_MOST
_GREEN_LIMIT = ON_PACE_GAP + _EPSILON
_AMBER_LIMIT = FAR_BEHIND_GAP + _EPSILON


def _task_status(task: Task, progress: Progress, expected: float, past_deadline: bool,
                 in_deadline_month: bool) -> TaskStatus:
    target = task.target.value
    direction = task.target.direction
    value = progress.value
    done = progress.done
    achieved: float | None = None
    within: bool | None = None
    completion: float | None
    gap = 0.0

    if target is not None and direction is _AT_LEAST:
        if value is not None:
            achieved = value / target if target > 0 else float(value >= target)
        completion = 1.0 if done else min(achieved or 0.0, 1.0)
        gap = expected - completion
        if done:
            outcome = _DONE
        elif past_deadline:
            outcome = _OVERDUE
        elif gap <= _GREEN_LIMIT:
            outcome = _ON_PACE
        elif gap <= _AMBER_LIMIT:
            outcome = _BEHIND
        else:
            outcome = _FAR_BEHIND
    elif target is not None and direction is _AT_MOST:
        completion = None  # a bound is held or not; it is no progress scale
        if value is not None:
            within = value <= target + _EPSILON
            achieved = value / target if target > 0 else None
            outcome = _WITHIN if within else _OVER_LATE if past_deadline else _OVER_SOON
        elif done:
            outcome = _DONE
        elif past_deadline:
            outcome = _OVERDUE
        elif in_deadline_month:
            outcome = _DUE
        else:
            outcome = _NO_FIGURE
    else:  # no numeric target: finished or not
        completion = 1.0 if done else 0.0
        gap = expected - completion
        if done:
            outcome = _DONE
        elif past_deadline:
            outcome = _OVERDUE
        elif in_deadline_month:
            outcome = _DUE
        elif progress.update_count > 0:
            outcome = _IN_PROGRESS
        else:
            outcome = _NO_NEWS
    colour, reason, severity = outcome
    return TaskStatus(task, progress, colour, reason, expected, achieved, within, completion,
                      past_deadline and severity == 0, severity, gap)


def task_rank_key(status: TaskStatus) -> tuple[int, float, str, int]:
    """Worst first: colour, then furthest under pace, then official and task number."""
    return (status.severity, -status.gap, status.task.official_id, status.task.position)


@dataclass(frozen=True, slots=True)
class Tally:
    red: int = 0
    amber: int = 0
    grey: int = 0
    green: int = 0
    completion: float | None = None  # mean completion over tasks on a progress scale
    expected: float | None = None  # mean expected pace over the same tasks

    @property
    def total(self) -> int:
        return self.red + self.amber + self.grey + self.green

    @property
    def colour(self) -> Colour:
        """The worst colour present (grey for an empty group)."""
        if self.red:
            return Colour.RED
        if self.amber:
            return Colour.AMBER
        if self.grey or not self.green:
            return Colour.GREY
        return Colour.GREEN

    @property
    def mark(self) -> str:
        return MARKS[self.colour]

    def count(self, colour: Colour) -> int:
        return {Colour.RED: self.red, Colour.AMBER: self.amber, Colour.GREY: self.grey,
                Colour.GREEN: self.green}[colour]

    def rank_key(self) -> tuple[int, int, int, float]:
        gap = (self.expected or 0.0) - (self.completion or 0.0) if self.completion is not None else 0.0
        return (SEVERITY[self.colour], -self.red, -self.amber, -gap)


def tally(statuses: Iterable[TaskStatus]) -> Tally:
    counts = [0, 0, 0, 0]
    completion_sum = expected_sum = 0.0
    measured = 0
    for status in statuses:
        counts[status.severity] += 1
        if status.completion is not None:
            measured += 1
            completion_sum += status.completion
            expected_sum += status.expected
    red, amber, grey, green = counts  # indexed by SEVERITY
    if not measured:
        return Tally(red, amber, grey, green)
    return Tally(red, amber, grey, green, completion_sum / measured, expected_sum / measured)


@dataclass(frozen=True, slots=True)
class OfficialStatus:
    official: Official
    unit: Unit | None
    tasks: tuple[TaskStatus, ...]  # worst first
    tally: Tally
    last_report_at: datetime | None  # last message the bot stored from this official
    silent_days: int | None  # whole days since then; None when they never wrote


@dataclass(frozen=True, slots=True)
class UnitStatus:
    unit: Unit
    officials: tuple[OfficialStatus, ...]  # worst first
    tally: Tally

    @property
    def tasks(self) -> list[TaskStatus]:
        return sorted((s for o in self.officials for s in o.tasks), key=task_rank_key)


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything a leader's reports show, for one scope at one moment."""

    today: date
    units: tuple[UnitStatus, ...]  # worst first
    officials: tuple[OfficialStatus, ...]  # worst first
    tally: Tally  # over every task in scope
    late: tuple[TaskStatus, ...]  # red tasks: overdue (oldest deadline first), then far behind
    silent: tuple[OfficialStatus, ...]  # no message for silence_days or more, longest silence first
    silence_days: int

    def official(self, official_id: str) -> OfficialStatus | None:
        return next((o for o in self.officials if o.official.id == official_id), None)

    def unit(self, unit_id: str) -> UnitStatus | None:
        return next((u for u in self.units if u.unit.id == unit_id), None)

    def task(self, task_id: str) -> TaskStatus | None:
        return next((s for o in self.officials for s in o.tasks if s.task.id == task_id), None)


def _late_key(status: TaskStatus) -> tuple[bool, int, float, str, int]:
    """Overdue first, oldest deadline first; then furthest under pace."""
    deadline = status.task.deadline
    month = deadline.year * 12 + deadline.month if status.overdue else 0
    return (not status.overdue, month, -status.gap, status.task.official_id, status.task.position)


def build_overview(
    officials: Sequence[Official],
    units: Mapping[str, Unit],
    tasks_by_official: Mapping[str, Sequence[Task]],
    progress: Mapping[str, Progress],
    last_report_at: Mapping[str, datetime],
    now: datetime,
    silence_days: int,
) -> Overview:
    """Statuses for every task of the given officials, grouped and ranked. `now` is aware, local time.

    Officials with no active task are left out: there is nothing of theirs to rank or chase."""
    today = now.date()
    empty = Progress()
    # (expected pace, past deadline, in deadline month) by (start, deadline) as month numbers
    periods: dict[tuple[int, int], tuple[float, bool, bool]] = {}
    official_statuses: list[OfficialStatus] = []
    all_statuses: list[TaskStatus] = []
    for official in officials:
        own_tasks = tasks_by_official.get(official.id, ())
        if not own_tasks:
            continue  # nothing pledged: nothing to rank (an admin clerk, a leader above the pledges)
        statuses: list[TaskStatus] = []
        for task in own_tasks:
            start = task.start
            deadline = task.deadline
            key = (start.year * 12 + start.month if start else 0, deadline.year * 12 + deadline.month)
            period = periods.get(key)
            if period is None:
                begin, end = pace_period(task)
                period = periods[key] = (_pace(begin, end, today), today >= end,
                                         deadline.first_day() <= today < end)
            statuses.append(_task_status(task, progress.get(task.id, empty), *period))
        statuses.sort(key=task_rank_key)
        all_statuses += statuses
        last = last_report_at.get(official.id)
        silent_days = None if last is None else (now - last).days
        official_statuses.append(OfficialStatus(official, units.get(official.unit_id), tuple(statuses),
                                                tally(statuses), last, silent_days))
    official_statuses.sort(key=lambda o: (*o.tally.rank_key(), o.official.name))

    by_unit: dict[str, list[OfficialStatus]] = {}
    for status in official_statuses:
        by_unit.setdefault(status.official.unit_id, []).append(status)
    unit_statuses = [
        UnitStatus(units.get(unit_id) or Unit(unit_id, unit_id), tuple(members),
                   tally(s for m in members for s in m.tasks))
        for unit_id, members in by_unit.items()
    ]
    unit_statuses.sort(key=lambda u: (*u.tally.rank_key(), u.unit.name))

    late = [s for s in all_statuses if s.colour is Colour.RED]
    late.sort(key=_late_key)
    silent = [o for o in official_statuses if o.silent_days is None or o.silent_days >= silence_days]
    silent.sort(key=lambda o: (o.silent_days is not None, -(o.silent_days or 0), o.official.name))
    return Overview(today, tuple(unit_statuses), tuple(official_statuses), tally(all_statuses), tuple(late),
                    tuple(silent), silence_days)
