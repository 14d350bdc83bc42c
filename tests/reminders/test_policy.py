"""The pure policy, walked day by day over a whole year of the bundled sample pledges."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from bot.models import PledgeBook, Progress
from bot.pledges import load_pledge_file
from bot.settings import Settings, load_settings
from reminders.cli import walk
from reminders.holidays import WorkCalendar
from reminders.policy import Kind, PlannedMessage, PolicyState, ReminderPolicy
from tests.conftest import SAMPLE_PLEDGES, VN

YEAR_START, YEAR_END = date(2026, 1, 1), date(2027, 1, 31)


@pytest.fixture(scope="module")
def book() -> PledgeBook:
    return load_pledge_file(SAMPLE_PLEDGES)


@pytest.fixture(scope="module")
def cfg() -> Settings:
    return load_settings(None, {})


def year(book: PledgeBook, cfg: Settings, **state: object) -> list[PlannedMessage]:
    policy = ReminderPolicy(cfg.reminders, cfg.tz)
    base = PolicyState(officials=book.officials, tasks=book.tasks)
    return walk(policy, replace(base, **state), cfg, YEAR_START, YEAR_END)  # type: ignore[arg-type]


def on(planned: list[PlannedMessage], official: str, day: date) -> PlannedMessage | None:
    found = [p for p in planned if p.message.official_id == official and p.message.due_at.date() == day]
    assert len(found) <= 1
    return found[0] if found else None


def test_every_message_on_a_working_day_at_send_time_one_per_person(book: PledgeBook, cfg: Settings) -> None:
    planned = year(book, cfg)
    cal = WorkCalendar()
    assert len(planned) > 100
    per_day = Counter((p.message.official_id, p.message.due_at.date()) for p in planned)
    assert max(per_day.values()) == 1
    for p in planned:
        at = p.message.due_at
        assert at.utcoffset() == timedelta(hours=7) and at.time() == time(8, 0)
        assert cal.is_working_day(at.date()), at
        assert p.message.dedupe_key == f"{p.message.official_id}:{at.date()}"
    days = {p.message.due_at.date() for p in planned}
    assert not any(date(2026, 2, 14) <= d <= date(2026, 2, 22) for d in days)  # Tết
    holidays = {date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 1), date(2026, 9, 2)}
    assert not days & holidays


def test_every_task_mention_has_text_progress_and_deadline(book: PledgeBook, cfg: Settings) -> None:
    tasks = {t.id: t for t in book.tasks}
    for p in year(book, cfg):
        for task_id in p.message.task_ids:
            task = tasks[task_id]
            line = next(li for li in p.message.text.splitlines() if task.text in li)
            assert f"#{task.position} " in line and "chưa có báo cáo" in line
            assert line.endswith(f"hạn {task.deadline.label()}")


def test_deadline_month_start_end_and_overdue_with_slower_repeats(book: PledgeBook, cfg: Settings) -> None:
    planned = year(book, cfg)
    start = on(planned, "tanphu", date(2026, 6, 1))
    assert start is not None and start.kinds == (Kind.MONTH_START,) and start.message.task_ids == ("tp-01",)
    assert "Tháng 6/2026 đến hạn" in start.message.text
    end = on(planned, "tanphu", date(2026, 6, 24))  # 5 working days before 30/6
    assert end is not None and end.kinds == (Kind.MONTH_END,)
    assert "Còn 5 ngày làm việc là hết tháng 6/2026" in end.message.text
    overdue = on(planned, "tanphu", date(2026, 7, 1))
    assert overdue is not None and Kind.OVERDUE in overdue.kinds and "quá hạn" in overdue.message.text
    repeats = sorted(p.message.due_at.date() for p in planned
                     if p.message.official_id == "tanphu" and Kind.OVERDUE in p.kinds
                     and "tp-01" in p.message.task_ids)
    assert repeats[:4] == [date(2026, 7, 1), date(2026, 7, 6), date(2026, 7, 13), date(2026, 7, 20)]
    assert all((b - a).days >= 5 for a, b in itertools.pairwise(repeats))
    # a task due in April goes overdue on the first working day of May: 1/5 is a holiday, then a weekend
    may = on(planned, "chauthanh", date(2026, 5, 4))
    assert may is not None and "ct-07" in may.message.task_ids and Kind.OVERDUE in may.kinds


def test_leader_escalation_and_monthly_summary(book: PledgeBook, cfg: Settings) -> None:
    planned = year(book, cfg)
    july = on(planned, "chauthanh", date(2026, 7, 1))
    assert july is not None and Kind.ESCALATION in july.kinds and Kind.MONTHLY_SUMMARY in july.kinds
    text = july.message.text
    assert "Trần Hoàng Liêm (Chủ tịch UBND xã Tân Phú):" in text
    assert "Ra mắt mô hình du lịch cộng đồng — chưa có báo cáo — hạn tháng 6/2026" in text
    assert "Tổng hợp đầu tháng 7/2026" in text
    summaries = [p for p in planned if Kind.MONTHLY_SUMMARY in p.kinds]
    assert {p.message.official_id for p in summaries} == {"chauthanh"}  # the only leader in the file
    assert len(summaries) == 13  # each month of 2026 and January 2027


def test_done_tasks_are_never_mentioned(book: PledgeBook, cfg: Settings) -> None:
    done = {t.id: Progress(done=True, update_count=1) for t in book.tasks if t.official_id == "tanphu"}
    planned = year(book, cfg, progress=done)
    assert not [p for p in planned if p.message.official_id == "tanphu"]
    for p in planned:
        assert not set(p.message.task_ids) & set(done)
        assert "Ra mắt mô hình du lịch cộng đồng" not in p.message.text


def test_a_report_resets_the_silence_clock(book: PledgeBook, cfg: Settings) -> None:
    reported = datetime(2026, 1, 20, 10, 0, tzinfo=VN)
    progress = {"tp-02": Progress(value=3.0, last_update_at=reported, update_count=1)}
    planned = year(book, cfg, progress=progress)
    first = on(planned, "tanphu", date(2026, 1, 22))
    assert first is not None and Kind.SILENCE in first.kinds and "tp-02" not in first.message.task_ids
    later = [p for p in planned if "tp-02" in p.message.task_ids]
    assert later and later[0].message.due_at.date() == date(2026, 2, 10)  # 21 days after the report
    assert "đạt 3/12,5 tỷ đồng (24%)" in later[0].message.text


def test_pause_holds_everything_until_it_ends(book: PledgeBook, cfg: Settings) -> None:
    planned = year(book, cfg, paused_until={"tanphu": date(2026, 6, 30)})
    tanphu = [p.message.due_at.date() for p in planned if p.message.official_id == "tanphu"]
    assert tanphu and min(tanphu) == date(2026, 7, 1)
    # the leader still hears about the paused official's overdue task
    leader = on(planned, "chauthanh", date(2026, 7, 1))
    assert leader is not None and "tp-01" in leader.message.task_ids


def test_undelivered_reminders_reach_the_leader(book: PledgeBook, cfg: Settings) -> None:
    planned = year(book, cfg, undelivered={"anphuoc": date(2026, 3, 11)})
    note = on(planned, "chauthanh", date(2026, 3, 11))
    assert note is not None and Kind.UNDELIVERED in note.kinds
    assert "Chưa gửi được tin nhắc" in note.message.text and "Trần Thị Châu Giang" in note.message.text


def test_sending_window_and_replanning(book: PledgeBook, cfg: Settings) -> None:
    policy = ReminderPolicy(cfg.reminders, cfg.tz)
    state = PolicyState(officials=book.officials, tasks=book.tasks)
    assert policy.plan(state, datetime(2026, 7, 1, 7, 59, tzinfo=VN)) == []
    assert policy.plan(state, datetime(2026, 7, 1, 17, 0, tzinfo=VN)) == []
    assert policy.plan(state, datetime(2026, 7, 4, 9, 0, tzinfo=VN)) == []  # Saturday
    first = policy.plan(state, datetime(2026, 7, 1, 9, 0, tzinfo=VN))
    assert first
    covered = frozenset(k for p in first for k in p.covers)
    assert policy.plan(replace(state, covered=covered), datetime(2026, 7, 1, 9, 15, tzinfo=VN)) == []
    everyone = frozenset(o.id for o in book.officials)
    assert policy.plan(replace(state, messaged_today=everyone), datetime(2026, 7, 1, 9, 0, tzinfo=VN)) == []
    # unreachable people get nothing; the reachable one gets the channel and chat
    only = policy.plan(replace(state, reachable={"tanphu": ("telegram", "42")}),
                       datetime(2026, 7, 1, 9, 0, tzinfo=VN))
    assert [(p.message.official_id, p.message.chat_id) for p in only] == [("tanphu", "42")]


def test_texts_read_as_short_vietnamese(book: PledgeBook, cfg: Settings) -> None:
    for p in year(book, cfg):
        text = p.message.text
        assert text.startswith("Chào đồng chí ")
        assert len(text) < 3800
        assert not re.search(r"\{|\}|None|\[|\]", text)
