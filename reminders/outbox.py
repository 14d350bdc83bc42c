"""The durable dispatcher: sends what the outbox holds, at the channel's limits, surviving crashes.

Life of a row: the planner writes it `pending` (committed before anything is sent); the dispatcher
claims a small chunk atomically (`sending`, attempts + 1), sends each at its turn, and records the
answer (`sent` with the channel's message id, `pending` again with `next_attempt_at`, or `failed`).
Answers are group-committed: one transaction for whatever answers arrived while the previous commit
ran, so the window between an HTTP answer and its commit is one commit, not a batch timer.

Crash guarantee (kill -9 at any point): nothing planned is lost, because every row is committed
before it is sent and a row left `sending` goes back to `pending` at start-up. A row is delivered
twice only if the process dies after the channel accepted it and before its `sent` commit — the
HTTP round trip of the at most `max_in_flight` messages in flight, plus one commit. Telegram offers
no idempotency key nor a way to read back what a bot sent, so that window cannot be closed from
our side; it is kept to those few messages (at-least-once, never a lost reminder).

Pacing: messages are spaced evenly at `global_rate_per_second` (no bursts, so a sliding one-second
window at the server never sees more) and at least `per_chat_interval_seconds` apart in one chat (a
small safety margin absorbs network jitter); AIORateLimiter is not used since it does not enforce
the per-chat limit. A 429 pauses that chat and the whole dispatcher for `retry_after`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.channels.base import ChannelSender, PermanentError, RetryLater, TransientError
from bot.clock import Clock
from bot.store import Store
from bot.store.outbox import OutboxRow, SendOutcome
from handlers.types import Reply

log = logging.getLogger("dondoc.reminders.outbox")

PER_CHAT_SAFETY = 1.05  # the server measures arrival times; our sends leave a little jittered
IDLE_POLL_SECONDS = 30.0
MAX_CHUNKS_CLAIMED = 8  # how far past chats that must wait the dispatcher looks for free ones


@dataclass(slots=True)
class DispatchStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    rate_limited: int = 0
    recovered_in_flight: int = 0
    first_send: float | None = None  # monotonic times (in the dispatcher's clock)
    last_send: float | None = None
    per_status: dict[str, int] = field(default_factory=dict)


class Pacer:
    """Even spacing overall, a minimum interval per chat; on an injectable monotonic clock."""

    def __init__(self, rate_per_second: float, per_chat_interval: float) -> None:
        self.interval = 1.0 / rate_per_second
        self.per_chat = per_chat_interval * PER_CHAT_SAFETY
        self.global_next = 0.0
        self.chat_next: dict[str, float] = {}

    def ready_at(self, chat_id: str) -> float:
        return max(self.global_next, self.chat_next.get(chat_id, 0.0))

    def take(self, chat_id: str, at: float) -> None:
        self.global_next = max(self.global_next + self.interval, at + self.interval * 0.5)
        self.chat_next[chat_id] = at + self.per_chat

    def pause(self, chat_id: str, until: float) -> None:
        self.chat_next[chat_id] = max(self.chat_next.get(chat_id, 0.0), until)
        self.global_next = max(self.global_next, until)


class Dispatcher:
    def __init__(self, store: Store, sender: ChannelSender, clock: Clock, *, rate_per_second: float,
                 per_chat_interval: float, may_send: Callable[[datetime], bool] | None = None,
                 max_in_flight: int = 8, claim_chunk: int = 32, backoff_base: float = 2.0,
                 backoff_max: float = 600.0, max_attempts: int = 12,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 start_delay: float | None = None) -> None:
        self.store = store
        self.sender = sender
        self.clock = clock
        self.pacer = Pacer(rate_per_second, per_chat_interval)
        self.may_send = may_send or (lambda _now: True)
        self.max_in_flight = max_in_flight
        self.claim_chunk = claim_chunk
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.max_attempts = max_attempts
        self.monotonic = monotonic
        self.sleep = sleep
        # after a restart we do not know when each chat last got a message: wait one per-chat interval
        self.start_delay = per_chat_interval * PER_CHAT_SAFETY if start_delay is None else start_delay
        self.stats = DispatchStats()
        self._claimed: list[OutboxRow] = []
        self._in_flight: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(max_in_flight)
        self._outcomes: list[SendOutcome] = []
        self._outcome_ready = asyncio.Event()
        self._record_lock = asyncio.Lock()
        self._recorder: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._stopping = False
        self._started = False

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Recover rows a crash left in flight, start the recorder. Call once per process."""
        if self._started:
            return
        self._started = True
        recovered = await self.store.outbox.recover_in_flight(self.clock.now())
        self.stats.recovered_in_flight = len(recovered)
        if recovered:
            log.warning("outbox: %d message(s) were being sent when the process stopped; sending again",
                        len(recovered))
        self.pacer.global_next = self.monotonic() + self.start_delay
        self._recorder = asyncio.create_task(self._record_loop(), name="outbox-recorder")

    def wake(self) -> None:
        self._wake.set()

    async def run_forever(self) -> None:
        await self.start()
        while not self._stopping:
            progressed = await self._step()
            if not progressed and not self._stopping:
                await self._idle()

    async def drain(self) -> DispatchStats:
        """Send everything ready now, then return (tests, benchmarks, the CLI)."""
        await self.start()

        async def loop() -> None:
            while True:
                progressed = await self._step()
                if not progressed and not self._claimed:
                    if self._in_flight:
                        await asyncio.wait(set(self._in_flight))
                        continue
                    await self._flush()
                    if not await self._has_ready():
                        return

        await loop()
        return self.stats

    async def shutdown(self, grace: float = 10.0) -> None:
        """Stop taking new rows, let messages in flight finish and record them, release the rest."""
        self._stopping = True
        self._wake.set()
        if self._in_flight:
            await asyncio.wait(set(self._in_flight), timeout=grace)
        await self._flush()
        if self._claimed:
            await self.store.outbox.release([r.id for r in self._claimed])
            self._claimed.clear()
        if self._recorder is not None:
            self._recorder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._recorder
            self._recorder = None

    # ------------------------------------------------------------------ one step
    async def _has_ready(self) -> bool:
        return bool(await self.store.outbox.due_batch(self.clock.now(), 1))

    async def _refill(self, extra: int = 0) -> None:
        now = self.clock.now()
        if not self.may_send(now):
            return
        want = extra or self.claim_chunk - len(self._claimed)
        if want <= 0:
            return
        # one row per chat in hand at a time: a chat with many messages must not crowd out the others
        held = {self._chat(r) for r in self._claimed}
        rows = []
        for row in await self.store.outbox.due_batch(now, want * 4, sorted(held)):
            if self._chat(row) not in held or not row.chat_id:
                held.add(self._chat(row))
                rows.append(row)
            if len(rows) >= want:
                break
        if not rows:
            return
        owned = set(await self.store.outbox.claim([r.id for r in rows], now))
        self._claimed.extend(r for r in rows if r.id in owned)

    async def _step(self) -> bool:
        """Send the next claimed row whose chat is free soonest; False when there is nothing to send."""
        if len(self._claimed) < self.claim_chunk // 2:
            await self._refill()
        if not self._claimed:
            return False
        claimed = self._claimed
        best = min(range(len(claimed)), key=lambda i: (self.pacer.ready_at(self._chat(claimed[i])), i))
        row = self._claimed[best]
        ready = self.pacer.ready_at(self._chat(row))
        if ready > self.pacer.global_next and len(self._claimed) < self.claim_chunk * MAX_CHUNKS_CLAIMED:
            # every claimed row waits for its chat: claim further rows, other chats may be free
            before = len(self._claimed)
            await self._refill(self.claim_chunk)
            if len(self._claimed) > before:
                return True
        wait = ready - self.monotonic()
        if wait > 0:
            await self.sleep(wait)
            return True  # re-pick: a row of another chat may be ready by now
        await self._slots.acquire()
        if self._stopping:
            self._slots.release()
            return False
        self._claimed.pop(best)
        at = self.monotonic()
        self.pacer.take(self._chat(row), at)
        if self.stats.first_send is None:
            self.stats.first_send = at
        self.stats.last_send = at
        task = asyncio.create_task(self._send(row), name=f"outbox-send-{row.id}")
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        return True

    @staticmethod
    def _chat(row: OutboxRow) -> str:
        return row.chat_id or ""

    async def _idle(self) -> None:
        next_at = await self.store.outbox.next_ready_at()
        wait = IDLE_POLL_SECONDS
        if next_at is not None:
            wait = min(wait, max(0.05, (next_at - self.clock.now()).total_seconds()))
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), wait)

    # ------------------------------------------------------------------ sending
    async def _send(self, row: OutboxRow) -> None:
        try:
            outcome = await self._attempt(row)
        finally:
            self._slots.release()
        self._outcomes.append(outcome)
        self._outcome_ready.set()

    async def _attempt(self, row: OutboxRow) -> SendOutcome:
        if not row.chat_id:
            self.stats.failed += 1
            return SendOutcome(row.id, "failed", self.clock.now(), error="chưa gắn tài khoản chat")
        try:
            external_id = await self.sender.send(row.chat_id, Reply(text=row.text, chat_id=row.chat_id))
        except RetryLater as exc:
            self.stats.rate_limited += 1
            self.pacer.pause(row.chat_id, self.monotonic() + exc.seconds)
            now = self.clock.now()
            return SendOutcome(row.id, "pending", now, next_attempt_at=now + timedelta(seconds=exc.seconds),
                               error=f"429: chờ {exc.seconds:g}s")
        except PermanentError as exc:
            self.stats.failed += 1
            log.warning("outbox: message %s to %s failed for good: %s", row.dedupe_key, row.official_id, exc)
            return SendOutcome(row.id, "failed", self.clock.now(), error=str(exc)[:500])
        except (TransientError, OSError, TimeoutError, Exception) as exc:  # a bug must not lose the row
            attempts = row.attempts + 1
            now = self.clock.now()
            if attempts >= self.max_attempts:
                self.stats.failed += 1
                return SendOutcome(row.id, "failed", now, error=f"sau {attempts} lần: {exc}"[:500])
            self.stats.retried += 1
            delay = min(self.backoff_max, self.backoff_base * 2 ** (attempts - 1))
            return SendOutcome(row.id, "pending", now, next_attempt_at=now + timedelta(seconds=delay),
                               error=f"{type(exc).__name__}: {exc}"[:500])
        self.stats.sent += 1
        return SendOutcome(row.id, "sent", self.clock.now(), external_message_id=str(external_id))

    # ------------------------------------------------------------------ recording
    async def _record_loop(self) -> None:
        while True:
            await self._outcome_ready.wait()
            await self._flush()

    async def _flush(self) -> None:
        async with self._record_lock:
            self._outcome_ready.clear()
            while self._outcomes:
                batch, self._outcomes = self._outcomes, []
                await self.store.outbox.record(batch)
