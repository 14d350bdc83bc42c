"""Which reminders are due to whom, at a given moment. PURE: no I/O, no clock, no store.

Every reminder is a *trigger* with a deterministic key ("end:tp-02:2026-12") and a window of days in
which it may go out. The caller passes the keys already planned (`covered`), so a trigger missed
while the bot was down goes out on the next working day of its window, and one planned already never
comes back. Everything due to one person on one day becomes ONE message, keyed `{official}:{day}`,
so planning again the same day stores nothing new.

Triggers, for a task not done:
- month_start   first working day of the deadline month (until the month-end trigger takes over);
- month_end     `days_before_end` working days before the deadline month ends;
- overdue       first working day after the deadline month, then in each later period of
                `overdue_repeat_days` (all of one person's overdue tasks together);
- silence       `silence_days` without a report on an open task (start month reached, not overdue);
and for a leader (the `leader_id` of some official):
- escalation    a subordinate's tasks of a deadline month became overdue (once per month);
- summary       monthly, from `monthly_summary_day` (first working day on or after it);
- undelivered   a reminder to a subordinate failed for good (blocked bot): the leader should know.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.models import Official, Progress, Task, YearMonth
from bot.settings import ReminderSettings
from bot.store.outbox import OutgoingMessage
from reminders import texts
from reminders.holidays import WorkCalendar

MAX_TEXT_CHARS = 3800  # under Telegram's 4096 with room for a merged weekly digest line
_NO_PROGRESS = Progress()
REPEAT_EPOCH = date(2001, 1, 1)  # a Monday


class Kind(StrEnum):
    OVERDUE = "overdue"
    MONTH_END = "month_end"
    MONTH_START = "month_start"
    SILENCE = "silence"
    ESCALATION = "escalation"
    UNDELIVERED = "undelivered"
    MONTHLY_SUMMARY = "monthly_summary"
    WEEKLY_DIGEST = "weekly_digest"


# the first kind in this order names a combined message
PRIORITY: tuple[Kind, ...] = tuple(Kind)


@dataclass(frozen=True, slots=True)
class PolicyState:
    """What the policy needs to know, read from the store (or a pledge file for a preview)."""

    officials: tuple[Official, ...]
    tasks: tuple[Task, ...]
    progress: Mapping[str, Progress] = field(default_factory=dict)  # by task id
    paused_until: Mapping[str, date] = field(default_factory=dict)  # paused through that day, inclusive
    # official → (channel, chat_id); None means "everyone reachable" (a preview without a database)
    reachable: Mapping[str, tuple[str, str]] | None = None
    reachable_since: Mapping[str, date] = field(default_factory=dict)  # silence counts from joining
    undelivered: Mapping[str, date] = field(default_factory=dict)  # official → day of a permanent failure
    covered: frozenset[str] = frozenset()  # trigger keys already planned
    messaged_today: frozenset[str] = frozenset()  # people who already have today's message


@dataclass(frozen=True, slots=True)
class DueItem:
    key: str
    kind: Kind
    recipient: str
    task_ids: tuple[str, ...] = ()
    about: str | None = None  # the official a leader item is about


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    message: OutgoingMessage
    covers: tuple[str, ...]  # trigger keys this message delivers
    kinds: tuple[Kind, ...]


def day_key(official_id: str, day: date) -> str:
    return f"{official_id}:{day.isoformat()}"


class ReminderPolicy:
    def __init__(self, settings: ReminderSettings, tz: ZoneInfo,
                 calendar: WorkCalendar | None = None) -> None:
        self.settings = settings
        self.tz = tz
        self.calendar = calendar or WorkCalendar(settings.holidays_add, settings.holidays_remove)
        self._month_dates: dict[YearMonth, tuple[date, date, date]] = {}

    # ------------------------------------------------------------------ calendar helpers
    def month_dates(self, month: YearMonth) -> tuple[date, date, date]:
        """(month_start reminder, month_end reminder, first overdue day) for a deadline month."""
        cached = self._month_dates.get(month)
        if cached is None:
            cal = self.calendar
            cached = (cal.first_working_day(month),
                      cal.working_days_before_month_end(month, self.settings.days_before_end),
                      cal.first_working_day(month.next()))
            self._month_dates[month] = cached
        return cached

    def repeat_period(self, day: date) -> tuple[int, date]:
        """Overdue repeats share fixed periods of `overdue_repeat_days` counted from a Monday, so one
        person's overdue tasks come back together (every Monday with the default 7), not one day each."""
        repeat = self.settings.overdue_repeat_days
        period = (day - REPEAT_EPOCH).days // repeat
        return period, REPEAT_EPOCH + timedelta(days=period * repeat)

    def sending_window(self, now: datetime) -> bool:
        """Working day, and between send_at and work_end (local time)."""
        local = now.astimezone(self.tz)
        if not self.calendar.is_working_day(local.date()):
            return False
        start = max(self.settings.send_at, self.settings.work_start)
        return start <= local.time().replace(tzinfo=None) < self.settings.work_end

    def working_days_left(self, day: date) -> int:
        count = 0
        cursor = day
        while cursor.month == day.month:
            count += self.calendar.is_working_day(cursor)
            cursor += timedelta(days=1)
        return count

    # ------------------------------------------------------------------ triggers
    def due_items(self, state: PolicyState, day: date) -> list[DueItem]:
        """Every trigger whose window holds `day`, before filtering what is covered or paused."""
        items: list[DueItem] = []
        this_month = YearMonth.of(day)
        silence = self.settings.silence_days
        by_id = {o.id: o for o in state.officials}
        period, period_start = self.repeat_period(day)
        repeats: dict[str, list[str]] = defaultdict(list)
        for task in state.tasks:
            progress = state.progress.get(task.id, _NO_PROGRESS)
            if progress.done or task.official_id not in by_id:
                continue
            start_day, end_day, overdue_day = self.month_dates(task.deadline)
            who = task.official_id
            if start_day <= day < end_day:
                items.append(DueItem(f"start:{task.id}:{task.deadline}", Kind.MONTH_START, who, (task.id,)))
            elif end_day <= day and this_month == task.deadline:
                items.append(DueItem(f"end:{task.id}:{task.deadline}", Kind.MONTH_END, who, (task.id,)))
            if overdue_day <= day:
                if overdue_day >= period_start:
                    items.append(DueItem(f"overdue:{task.id}:{task.deadline}", Kind.OVERDUE, who, (task.id,)))
                else:
                    repeats[who].append(task.id)
                continue
            open_from = task.start.first_day() if task.start else date(task.deadline.year, 1, 1)
            if open_from > day:
                continue
            reference = open_from
            if progress.last_update_at is not None:
                reference = max(reference, progress.last_update_at.astimezone(self.tz).date())
            if who in state.reachable_since:
                reference = max(reference, state.reachable_since[who])
            elapsed = (day - reference).days
            if elapsed >= silence:
                k = elapsed // silence - 1
                items.append(DueItem(f"silence:{task.id}:{reference}:{k}", Kind.SILENCE, who, (task.id,)))
        for who, task_ids in repeats.items():
            items.append(DueItem(f"overdue:{who}:p{period}", Kind.OVERDUE, who, tuple(task_ids)))
        items.extend(self._leader_items(state, day, by_id))
        return items

    def _leader_items(self, state: PolicyState, day: date,
                      by_id: Mapping[str, Official]) -> Iterable[DueItem]:
        subordinates: dict[str, list[str]] = defaultdict(list)
        for official in state.officials:
            if official.leader_id and official.leader_id in by_id:
                subordinates[official.leader_id].append(official.id)
        overdue_by_month: dict[tuple[str, YearMonth], list[str]] = defaultdict(list)
        for task in state.tasks:
            leader = by_id[task.official_id].leader_id if task.official_id in by_id else None
            if leader is None or leader not in by_id or state.progress.get(task.id, _NO_PROGRESS).done:
                continue
            overdue_day = self.month_dates(task.deadline)[2]
            if overdue_day <= day < overdue_day + timedelta(days=31):
                overdue_by_month[(leader, task.deadline)].append(task.id)
        for (leader, month), task_ids in overdue_by_month.items():
            yield DueItem(f"escalate:{leader}:{month}", Kind.ESCALATION, leader, tuple(task_ids))
        this_month = YearMonth.of(day)
        summary_from = self.calendar.working_day_on_or_after(
            date(day.year, day.month, self.settings.monthly_summary_day))
        if summary_from <= day:
            for leader in subordinates:
                yield DueItem(f"summary:{leader}:{this_month}", Kind.MONTHLY_SUMMARY, leader)
        for official_id, failed_on in state.undelivered.items():
            failed_official = by_id.get(official_id)
            recent = failed_on <= day <= failed_on + timedelta(days=30)
            if failed_official and failed_official.leader_id and failed_official.leader_id in by_id and recent:
                yield DueItem(f"undelivered:{official_id}:{failed_on}", Kind.UNDELIVERED, failed_official.leader_id,
                              about=official_id)

    # ------------------------------------------------------------------ messages
    def plan(self, state: PolicyState, now: datetime) -> list[PlannedMessage]:
        """The messages to store now: at most one per person per day, nothing already covered."""
        if not self.sending_window(now):
            return []
        day = now.astimezone(self.tz).date()
        grouped: dict[str, list[DueItem]] = defaultdict(list)
        for item in self.due_items(state, day):
            who = item.recipient
            if item.key in state.covered or who in state.messaged_today:
                continue
            if state.paused_until.get(who, date.min) >= day:
                continue
            if state.reachable is not None and who not in state.reachable:
                continue
            grouped[who].append(item)
        by_id = {o.id: o for o in state.officials}
        tasks = {t.id: t for t in state.tasks}
        planned = []
        for recipient, items in grouped.items():
            text = self.render(by_id[recipient], items, state, tasks, by_id, day)
            channel, chat_id = (state.reachable or {}).get(recipient, (None, None))
            kinds = tuple(k for k in PRIORITY if any(i.kind is k for i in items))
            task_ids = tuple(dict.fromkeys(t for i in items for t in i.task_ids))
            message = OutgoingMessage(day_key(recipient, day), recipient, kinds[0].value, text, now, task_ids,
                                      channel, chat_id)
            planned.append(PlannedMessage(message, tuple(i.key for i in items), kinds))
        planned.sort(key=lambda p: p.message.dedupe_key)
        return planned

    def render(self, recipient: Official, items: list[DueItem], state: PolicyState, tasks: Mapping[str, Task],
               by_id: Mapping[str, Official], day: date) -> str:
        def progress(task: Task) -> Progress:
            return state.progress.get(task.id, _NO_PROGRESS)

        sections: list[str] = []
        mentioned: set[str] = set()
        own_tasks: list[Task] = []

        def own_section(kind: Kind, head: str) -> None:
            chosen = [tasks[t] for i in items if i.kind is kind for t in i.task_ids
                      if t in tasks and t not in mentioned]
            chosen.sort(key=lambda t: (t.deadline, t.position))
            if not chosen:
                return
            mentioned.update(t.id for t in chosen)
            own_tasks.extend(chosen)
            sections.append("\n".join([head, *(texts.task_line(t, progress(t)) for t in chosen)]))

        month = YearMonth.of(day)
        own_section(Kind.OVERDUE, texts.OVERDUE_HEAD)
        own_section(Kind.MONTH_END, texts.MONTH_END_HEAD.format(days=self.working_days_left(day),
                                                                month=month.label()))
        own_section(Kind.MONTH_START, texts.MONTH_START_HEAD.format(month=texts.capitalised(month.label())))
        own_section(Kind.SILENCE, texts.SILENCE_HEAD)

        kinds = {i.kind for i in items}
        subordinates = [o for o in state.officials if o.leader_id == recipient.id]
        sub_ids = {o.id for o in subordinates}
        overdue_tasks = [t for t in state.tasks if t.official_id in sub_ids and t.deadline < month
                         and not progress(t).done]
        if Kind.ESCALATION in kinds and overdue_tasks:
            lines = [texts.LEADER_OVERDUE_HEAD]
            for official in subordinates:
                theirs = sorted((t for t in overdue_tasks if t.official_id == official.id),
                                key=lambda t: (t.deadline, t.position))
                if theirs:
                    lines.append(f"{official.name} ({official.title}):")
                    lines.extend(texts.task_line(t, progress(t)) for t in theirs)
            sections.append("\n".join(lines))
        if Kind.UNDELIVERED in kinds:
            lines = [texts.LEADER_UNDELIVERED_HEAD]
            for item in items:
                if item.kind is Kind.UNDELIVERED and item.about is not None and item.about in by_id:
                    about = by_id[item.about]
                    lines.append(texts.LEADER_UNDELIVERED_LINE.format(name=about.name, title=about.title))
            sections.append("\n".join(lines))
        if Kind.MONTHLY_SUMMARY in kinds and subordinates:
            lines = [texts.LEADER_SUMMARY_HEAD.format(month=month.label())]
            for official in subordinates:
                theirs = [t for t in state.tasks if t.official_id == official.id]
                lines.append(texts.LEADER_SUMMARY_LINE.format(
                    name=official.name, done=sum(progress(t).done for t in theirs), total=len(theirs),
                    overdue=sum(1 for t in theirs if t.deadline < month and not progress(t).done),
                    due=sum(1 for t in theirs if t.deadline == month and not progress(t).done)))
            if overdue_tasks and Kind.ESCALATION not in kinds:
                lines.append(texts.LEADER_SUMMARY_OVERDUE_HINT)
            sections.append("\n".join(lines))

        parts = [texts.GREETING.format(name=texts.given_name(recipient)), *sections]
        if own_tasks:
            parts.append(texts.closing(own_tasks[0]))
        text = "\n\n".join(parts)
        if len(text) > MAX_TEXT_CHARS:
            cut = text[:MAX_TEXT_CHARS].rsplit("\n", 1)[0]
            text = cut + "\n… (còn nữa — gõ /tre để xem đủ)"
        return text
