"""Domain types shared by every part of dondoc. Plain frozen dataclasses: no I/O, no chat platform."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Role(StrEnum):
    OFFICIAL = "official"
    LEADER = "leader"
    ADMIN = "admin"


class Direction(StrEnum):
    AT_LEAST = "at_least"  # reach or exceed the target
    AT_MOST = "at_most"  # stay at or under the target ("không quá 1,35%")
    DONE = "done"  # no numeric target: the task is finished or not


class UpdateKind(StrEnum):
    ABSOLUTE = "absolute"  # cumulative value reached so far
    INCREMENT = "increment"  # amount added since the last report
    DONE = "done"  # the task is finished
    NOTE = "note"  # news about the task without a figure


_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True, slots=True)
class YearMonth:
    """A calendar month, the granularity of pledge deadlines."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2200:
            raise ValueError(f"tháng không hợp lệ: {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        match = _MONTH_RE.match(text.strip())
        if not match:
            raise ValueError(f"tháng phải có dạng YYYY-MM, nhận được {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date | datetime) -> YearMonth:
        return cls(day.year, day.month)

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def last_day(self) -> date:
        return date.fromordinal(self.next().first_day().toordinal() - 1)

    def next(self) -> YearMonth:
        return YearMonth(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> YearMonth:
        return YearMonth(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def months_until(self, other: YearMonth) -> int:
        """How many months from self to other (0 when equal, negative when other is earlier)."""
        return (other.year - self.year) * 12 + other.month - self.month

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        """Vietnamese label, e.g. 'tháng 9/2024'."""
        return f"tháng {self.month}/{self.year}"


@dataclass(frozen=True, slots=True)
class Target:
    """What a task's text (or its explicit fields) pledges."""

    value: float | None  # None: no numeric target
    unit: str | None
    direction: Direction


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    parent_id: str | None = None


@dataclass(frozen=True, slots=True)
class Official:
    id: str
    name: str
    title: str
    unit_id: str
    role: Role = Role.OFFICIAL
    leader_id: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    official_id: str
    position: int  # 1..n within the official's pledge: "#3", "nv3"
    text: str
    target: Target
    deadline: YearMonth
    start: YearMonth | None = None


@dataclass(frozen=True, slots=True)
class ProgressUpdate:
    """One recorded update. Progress is the fold of the non-undone updates of a task, in order."""

    id: int
    task_id: str
    kind: UpdateKind
    value: float | None
    message_id: int | None
    author_id: str | None
    created_at: datetime
    note: str = ""
    undone_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    """A task's state derived from its update stream."""

    value: float | None = None  # current cumulative value; None when nothing numeric was reported
    done: bool = False
    last_update_at: datetime | None = None
    last_note: str = ""
    update_count: int = 0


def fold_progress(task: Task, updates: list[ProgressUpdate] | tuple[ProgressUpdate, ...]) -> Progress:
    """Derive a task's progress from its updates (oldest first); undone updates are skipped."""
    value: float | None = None
    done = False
    last_at: datetime | None = None
    last_note = ""
    count = 0
    for update in updates:
        if update.undone_at is not None:
            continue
        count += 1
        last_at = update.created_at
        if update.note:
            last_note = update.note
        if update.kind is UpdateKind.ABSOLUTE:
            value = update.value
        elif update.kind is UpdateKind.INCREMENT and update.value is not None:
            value = (value or 0.0) + update.value
        elif update.kind is UpdateKind.DONE:
            done = True
            if task.target.value is not None and task.target.direction is Direction.AT_LEAST:
                value = max(value or 0.0, task.target.value)
    target = task.target
    if not done and value is not None and target.value is not None and target.direction is Direction.AT_LEAST:
        done = value >= target.value
    return Progress(value=value, done=done, last_update_at=last_at, last_note=last_note, update_count=count)


@dataclass(frozen=True, slots=True)
class PledgeBook:
    """A whole pledge file once validated: units, officials and their tasks in file order."""

    units: tuple[Unit, ...]
    officials: tuple[Official, ...]
    tasks: tuple[Task, ...]
    source: str = ""

    def tasks_of(self, official_id: str) -> list[Task]:
        return [t for t in self.tasks if t.official_id == official_id]
