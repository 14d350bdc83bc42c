"""Wakes the policy and the dispatcher. Nothing is kept in memory between ticks: each tick reads
officials, tasks, progress, pauses and what was already planned from the store, so a restart rebuilds
the schedule and a pledge import or a /tamdung takes effect at the next tick.

    handle = await start_reminders(services, sender)   # in `dondoc run`, after the store is open
    ...
    await handle.shutdown()                             # before closing the store
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]  # no stubs
from apscheduler.triggers.cron import CronTrigger  # type: ignore[import-untyped]  # APScheduler 3 has none

from bot.channels.base import ChannelSender
from bot.models import fold_progress
from bot.settings import Settings
from bot.store import Store
from bot.store.outbox import OutgoingMessage
from handlers.context import Services
from reminders.outbox import Dispatcher
from reminders.policy import Kind, PlannedMessage, PolicyState, ReminderPolicy

log = logging.getLogger("dondoc.reminders")

TICK_MINUTES = 15


def _lookback_days(settings: Settings) -> int:
    r = settings.reminders
    return max(r.silence_days, r.overdue_repeat_days) + 62


async def load_state(store: Store, settings: Settings, now: datetime,
                     channel: str | None = None) -> PolicyState:
    """Everything the policy needs, read from the store at `now`."""
    tz = settings.tz
    day = now.astimezone(tz).date()
    officials = tuple(await store.pledges.officials())
    tasks = tuple(await store.pledges.all_tasks())
    updates = await store.progress.updates_by_task([t.id for t in tasks])
    progress = {t.id: fold_progress(t, updates.get(t.id, [])) for t in tasks}
    reachable: dict[str, tuple[str, str]] = {}
    since: dict[str, date] = {}
    for identity in await store.people.all_identities():
        if channel is not None and identity.channel != channel:
            continue
        reachable.setdefault(identity.official_id, (identity.channel, identity.chat_id))
        since.setdefault(identity.official_id, identity.bound_at.astimezone(tz).date())
    failed = await store.outbox.failed_since(now - timedelta(days=31))
    start_of_day = datetime.combine(day, time(0), tz)
    return PolicyState(
        officials=officials, tasks=tasks, progress=progress,
        paused_until=await store.pledges.paused_until(),
        reachable=reachable, reachable_since=since,
        undelivered={o: at.astimezone(tz).date() for o, at in failed.items()},
        covered=frozenset(await store.outbox.covered_since(day - timedelta(days=_lookback_days(settings)))),
        messaged_today=frozenset(await store.outbox.recipients_between(start_of_day,
                                                                       start_of_day + timedelta(days=1))),
    )


def merge_digests(planned: list[PlannedMessage], digests: list[OutgoingMessage]) -> list[PlannedMessage]:
    """Fold each weekly digest into its recipient's message of the day (one message per person per day);
    a digest for someone with nothing else due goes as its own message."""
    by_recipient = {p.message.official_id: i for i, p in enumerate(planned)}
    merged = list(planned)
    for digest in digests:
        index = by_recipient.get(digest.official_id)
        if index is None:
            merged.append(PlannedMessage(digest, (digest.dedupe_key,), (Kind.WEEKLY_DIGEST,)))
            continue
        base = merged[index]
        message = OutgoingMessage(base.message.dedupe_key, base.message.official_id, base.message.kind,
                                  f"{base.message.text}\n\n{digest.text}", base.message.due_at,
                                  tuple(dict.fromkeys(base.message.task_ids + digest.task_ids)),
                                  base.message.channel, base.message.chat_id)
        merged[index] = PlannedMessage(message, (*base.covers, digest.dedupe_key),
                                       (*base.kinds, Kind.WEEKLY_DIGEST))
    return merged


async def weekly_digests(store: Store, settings: Settings, now: datetime) -> list[OutgoingMessage]:
    """The reports engineer's leader digest, when that module exists."""
    try:
        from reminders.digest import plan_weekly_digests  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return []
    result: list[OutgoingMessage] = await plan_weekly_digests(store, settings, now)
    return result


@dataclass
class TickResult:
    planned: int
    stored: int
    skipped_stale: int


class ReminderService:
    """The running reminders: an APScheduler that ticks, and the outbox dispatcher."""

    def __init__(self, services: Services, sender: ChannelSender) -> None:
        self.services = services
        self.settings = services.settings
        self.store = services.store
        self.clock = services.clock
        self.sender = sender
        self.policy = ReminderPolicy(self.settings.reminders, self.settings.tz)
        r = self.settings.reminders
        self.dispatcher = Dispatcher(self.store, sender, self.clock, rate_per_second=r.global_rate_per_second,
                                     per_chat_interval=r.per_chat_interval_seconds,
                                     may_send=self.may_send)
        self.scheduler = AsyncIOScheduler(timezone=self.settings.tz)
        self._dispatch_task: object = None

    def may_send(self, now: datetime) -> bool:
        """Reminders go out on working days within working hours only."""
        r = self.settings.reminders
        local = now.astimezone(self.settings.tz)
        return (self.policy.calendar.is_working_day(local.date())
                and r.work_start <= local.time().replace(tzinfo=None) < r.work_end)

    async def tick(self) -> TickResult:
        """Plan what is due now and store it; wake the dispatcher."""
        now = self.clock.now()
        tz = self.settings.tz
        start_of_day = datetime.combine(now.astimezone(tz).date(), time(0), tz)
        stale = await self.store.outbox.skip_stale(start_of_day, now)
        state = await load_state(self.store, self.settings, now, self.sender.name)
        planned = self.policy.plan(state, now)
        if planned and now.astimezone(tz).isoweekday() == self.settings.reminders.weekly_digest_weekday:
            digests = [d for d in await weekly_digests(self.store, self.settings, now)
                       if d.dedupe_key not in state.covered]
            planned = merge_digests(planned, digests)
        stored = await self.store.outbox.enqueue_planned(
            [(p.message, p.covers) for p in planned], now, now.astimezone(tz).date())
        if stored:
            log.info("reminders: %d message(s) planned", stored)
        self.dispatcher.wake()
        return TickResult(len(planned), stored, stale)

    async def _safe_tick(self) -> None:
        try:
            await self.tick()
        except Exception:  # one bad tick must not stop the scheduler; the next one re-plans
            log.exception("reminders: tick failed")

    async def start(self) -> None:
        import asyncio

        r = self.settings.reminders
        await self.dispatcher.start()
        self._dispatch_task = asyncio.create_task(self.dispatcher.run_forever(), name="outbox-dispatcher")
        tz = self.settings.tz
        hours = f"{r.work_start.hour}-{max(r.work_start.hour, r.work_end.hour)}"
        # holidays are not in the cron: the policy's sending window skips them
        every_quarter = CronTrigger(day_of_week="mon-fri", hour=hours, minute=f"*/{TICK_MINUTES}",
                                    timezone=tz)
        at_send_time = CronTrigger(day_of_week="mon-fri", hour=r.send_at.hour, minute=r.send_at.minute,
                                   timezone=tz)
        for job_id, trigger in (("reminders-tick", every_quarter), ("reminders-send-at", at_send_time)):
            self.scheduler.add_job(self._safe_tick, trigger, id=job_id, coalesce=True, max_instances=1,
                                   misfire_grace_time=600)
        self.scheduler.start()
        await self._safe_tick()  # catch up at once after a restart

    async def shutdown(self) -> None:
        import asyncio

        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        await self.dispatcher.shutdown()
        task = self._dispatch_task
        if isinstance(task, asyncio.Task):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def start_reminders(services: Services, sender: ChannelSender) -> ReminderService:
    """Start planning and sending reminders through `sender`; call `.shutdown()` before closing the store.
    With `reminders.enabled = false` the service starts the dispatcher only (queued messages still go)."""
    service = ReminderService(services, sender)
    if services.settings.reminders.enabled:
        await service.start()
    else:
        import asyncio

        await service.dispatcher.start()
        service._dispatch_task = asyncio.create_task(service.dispatcher.run_forever())
    return service
