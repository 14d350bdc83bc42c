"""The scheduler's tick against a real store: plans from the database each time, so pledge changes
and pauses apply without a restart, re-planning never doubles, and a missed day is carried forward."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.clock import FixedClock
from bot.pledges import load_pledge_file
from bot.settings import Settings
from bot.store import Store
from handlers.context import Services
from handlers.types import Reply
from reminders.scheduler import ReminderService, start_reminders
from tests.conftest import SAMPLE_PLEDGES, VN


class Recorder:
    name = "telegram"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, chat_id: str, reply: Reply) -> str:
        self.sent.append((chat_id, reply.text))
        return str(len(self.sent))


async def _service(store: Store, settings: Settings, clock: FixedClock) -> tuple[ReminderService, Recorder]:
    for official, chat in (("tanphu", "101"), ("chauthanh", "103")):
        await store.people.bind("telegram", chat, chat, official, clock.now())
    sender = Recorder()
    service = ReminderService(Services(settings, store, clock), sender)
    service.dispatcher.start_delay = 0
    return service, sender


async def test_tick_plans_from_the_store_once_and_sends(sample_store: Store, settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 7, 1, 8, 0, tzinfo=VN))
    service, sender = await _service(sample_store, settings, clock)
    first = await service.tick()
    assert first.stored == 2  # only the officials bound to a chat
    clock.advance(timedelta(minutes=15))
    assert (await service.tick()).stored == 0  # same day: nothing twice
    await service.dispatcher.drain()
    assert sorted(chat for chat, _ in sender.sent) == ["101", "103"]
    assert any("Ra mắt mô hình du lịch cộng đồng" in text for chat, text in sender.sent if chat == "101")
    await service.dispatcher.shutdown()


async def test_pledge_change_and_pause_apply_without_restart(sample_store: Store, settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 7, 1, 8, 0, tzinfo=VN))
    service, _ = await _service(sample_store, settings, clock)
    await service.tick()
    # the admin moves tp-03's deadline to July: its month_start is due the next working day
    book = load_pledge_file(SAMPLE_PLEDGES)
    moved = tuple(replace(t, deadline=replace(t.deadline, month=7)) if t.id == "tp-03" else t for t in book.tasks)
    await sample_store.pledges.apply_book(replace(book, tasks=moved), "admin", clock.now())
    clock.set(datetime(2026, 7, 2, 8, 0, tzinfo=VN))
    await service.tick()
    rows = {r.dedupe_key: r for r in await sample_store.outbox.rows()}
    assert "tp-03" in rows["tanphu:2026-07-02"].task_ids
    # /tamdung 10 from tanphu: nothing for them until it ends
    await sample_store.pledges.set_paused_until("tanphu", date(2026, 7, 12))
    for day in range(3, 13):
        clock.set(datetime(2026, 7, day, 9, 0, tzinfo=VN))
        await service.tick()
    keys = {r.dedupe_key for r in await sample_store.outbox.rows()}
    assert not [k for k in keys if k.startswith("tanphu:") and "2026-07-03" <= k[7:] <= "2026-07-12"]
    clock.set(datetime(2026, 7, 13, 9, 0, tzinfo=VN))
    await service.tick()
    assert "tanphu:2026-07-13" in {r.dedupe_key for r in await sample_store.outbox.rows()}


async def test_a_day_not_sent_is_carried_to_the_next_working_day(sample_store: Store, settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 7, 1, 8, 0, tzinfo=VN))
    service, sender = await _service(sample_store, settings, clock)
    await service.tick()  # planned, but the bot stops before sending
    clock.set(datetime(2026, 7, 2, 8, 0, tzinfo=VN))
    result = await service.tick()
    assert result.skipped_stale == 2
    rows = {r.dedupe_key: r for r in await sample_store.outbox.rows()}
    assert rows["tanphu:2026-07-01"].status == "skipped"
    assert "tp-01" in rows["tanphu:2026-07-02"].task_ids  # the overdue reminder comes today instead
    await service.dispatcher.drain()
    assert len([c for c, _ in sender.sent if c == "101"]) == 1
    await service.dispatcher.shutdown()


async def test_start_reminders_runs_and_shuts_down(sample_store: Store, settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 7, 4, 10, 0, tzinfo=VN))  # a Saturday: starts, plans nothing
    handle = await start_reminders(Services(settings, sample_store, clock), Recorder())
    assert handle.scheduler.running
    await handle.shutdown()
    assert not handle.scheduler.running
    assert await sample_store.outbox.rows() == []
