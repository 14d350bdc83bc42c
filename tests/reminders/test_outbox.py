"""The dispatcher against a scripted sender: delivery, pacing, 429, 5xx with backoff, blocked users."""

from __future__ import annotations

import asyncio
import itertools
from datetime import datetime, timedelta

from bot.channels.base import PermanentError, RetryLater, TransientError
from bot.clock import FixedClock
from bot.store import Store
from bot.store.outbox import OutgoingMessage
from handlers.types import Reply
from reminders.outbox import Dispatcher
from tests.conftest import VN


class ScriptedSender:
    """Records every attempt; raises the scripted error for a chat's next attempts."""

    name = "telegram"

    def __init__(self, clock: list[float]) -> None:
        self.attempts: list[tuple[str, str, float]] = []
        self.delivered: list[tuple[str, str]] = []
        self.script: dict[str, list[Exception]] = {}
        self._clock = clock

    async def send(self, chat_id: str, reply: Reply) -> str:
        self.attempts.append((chat_id, reply.text, self._clock[0]))
        errors = self.script.get(chat_id)
        if errors:
            raise errors.pop(0)
        self.delivered.append((chat_id, reply.text))
        return str(len(self.delivered))


class FakeTime:
    """A monotonic clock that sleeping advances (so pacing is checked without waiting)."""

    def __init__(self) -> None:
        self.now = [1000.0]

    def monotonic(self) -> float:
        return self.now[0]

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)  # let sends already started run at the time they started
        self.now[0] += seconds


def message(key: str, chat: str | None, due: datetime, official: str = "tanphu") -> OutgoingMessage:
    return OutgoingMessage(key, official, "overdue", f"nhắc {key}", due, ("tp-01",), "telegram", chat)


def dispatcher(store: Store, sender: ScriptedSender, clock: FixedClock, fake: FakeTime,
               **kwargs: float) -> Dispatcher:
    return Dispatcher(store, sender, clock, rate_per_second=kwargs.get("rate", 25.0),
                      per_chat_interval=kwargs.get("per_chat", 1.0), monotonic=fake.monotonic,
                      sleep=fake.sleep)


async def test_each_message_sent_once_and_marked_with_the_channel_id(sample_store: Store,
                                                                      clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    msgs = [message(f"k{i}", str(100 + i), clock.now()) for i in range(5)]
    assert await sample_store.outbox.enqueue(msgs, clock.now()) == 5
    assert await sample_store.outbox.enqueue(msgs, clock.now()) == 0  # planning twice stores once
    stats = await dispatcher(sample_store, sender, clock, fake).drain()
    assert stats.sent == 5
    assert sorted(t for _, t in sender.delivered) == sorted(f"nhắc k{i}" for i in range(5))
    rows = await sample_store.outbox.rows()
    assert {r.status for r in rows} == {"sent"}
    assert sorted(r.external_message_id or "" for r in rows) == ["1", "2", "3", "4", "5"]
    # a second dispatcher (a restart) finds nothing to send
    again = ScriptedSender(fake.now)
    assert (await dispatcher(sample_store, again, clock, fake).drain()).sent == 0
    assert again.attempts == []


async def test_pacing_global_rate_and_one_per_second_per_chat(sample_store: Store, clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    msgs = [message(f"a{i}", "1", clock.now()) for i in range(4)] + \
           [message(f"b{i}", str(10 + i), clock.now()) for i in range(20)]
    await sample_store.outbox.enqueue(msgs, clock.now())
    await dispatcher(sample_store, sender, clock, fake, rate=10.0).drain()
    times = [at for _, _, at in sender.attempts]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.1 - 1e-9  # 10 msg/s overall, evenly
    chat1 = [at for chat, _, at in sender.attempts if chat == "1"]
    assert len(chat1) == 4
    assert min(b - a for a, b in itertools.pairwise(chat1)) >= 1.0  # 1/s per chat
    # the other chats did not queue behind chat 1: their 20 messages went out at the global pace
    others = [at for chat, _, at in sender.attempts if chat != "1"]
    assert others[-1] - times[0] <= 24 * 0.1 + 1e-6


async def test_429_waits_retry_after_then_delivers(sample_store: Store, clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    sender.script["7"] = [RetryLater(3)]
    await sample_store.outbox.enqueue([message("r1", "7", clock.now())], clock.now())
    d = dispatcher(sample_store, sender, clock, fake)
    stats = await d.drain()
    assert stats.rate_limited == 1 and stats.sent == 0
    row = (await sample_store.outbox.rows())[0]
    assert row.status == "pending" and row.next_attempt_at == clock.now() + timedelta(seconds=3)
    clock.advance(timedelta(seconds=2))
    assert (await d.drain()).sent == 0  # not before retry_after
    clock.advance(timedelta(seconds=1))
    assert (await d.drain()).sent == 1
    assert sender.attempts[1][2] - sender.attempts[0][2] >= 3  # the pacer paused that chat too
    assert [r.status for r in await sample_store.outbox.rows()] == ["sent"]


async def test_5xx_retries_with_exponential_backoff(sample_store: Store, clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    sender.script["8"] = [TransientError("502"), TransientError("502"), TransientError("timeout")]
    await sample_store.outbox.enqueue([message("t1", "8", clock.now())], clock.now())
    d = dispatcher(sample_store, sender, clock, fake)
    delays = []
    for _ in range(3):
        await d.drain()
        row = (await sample_store.outbox.rows())[0]
        assert row.status == "pending" and row.next_attempt_at is not None
        delays.append((row.next_attempt_at - clock.now()).total_seconds())
        clock.set(row.next_attempt_at)
    assert delays == [2.0, 4.0, 8.0]
    await d.drain()
    row = (await sample_store.outbox.rows())[0]
    assert row.status == "sent" and row.attempts == 4
    assert len(sender.delivered) == 1


async def test_blocked_user_is_failed_not_retried_and_reaches_the_leader(sample_store: Store,
                                                                         clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    sender.script["9"] = [PermanentError("Forbidden: bot was blocked by the user")]
    await sample_store.outbox.enqueue([message("p1", "9", clock.now()), message("p2", None, clock.now())],
                                      clock.now())
    d = dispatcher(sample_store, sender, clock, fake)
    stats = await d.drain()
    assert stats.failed == 2 and stats.sent == 0
    clock.advance(timedelta(hours=1))
    await d.drain()
    assert len(sender.attempts) == 1  # never retried; the row without a chat was never tried
    rows = {r.dedupe_key: r for r in await sample_store.outbox.rows()}
    assert rows["p1"].status == "failed" and "blocked" in (rows["p1"].last_error or "")
    failed = await sample_store.outbox.failed_since(clock.now() - timedelta(days=1))
    assert set(failed) == {"tanphu"}


async def test_rows_left_sending_by_a_crash_are_sent_again(sample_store: Store, clock: FixedClock) -> None:
    await sample_store.outbox.enqueue([message("c1", "5", clock.now()), message("c2", "6", clock.now())],
                                      clock.now())
    rows = await sample_store.outbox.rows()
    # a process claimed both, then died: no answer recorded
    assert await sample_store.outbox.claim([r.id for r in rows], clock.now()) == [r.id for r in rows]
    assert await sample_store.outbox.claim([r.id for r in rows], clock.now()) == []  # claims are exclusive
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    d = dispatcher(sample_store, sender, clock, fake)
    stats = await d.drain()
    assert stats.recovered_in_flight == 2 and stats.sent == 2
    assert {r.status for r in await sample_store.outbox.rows()} == {"sent"}


async def test_not_due_yet_is_not_sent(sample_store: Store, clock: FixedClock) -> None:
    fake = FakeTime()
    sender = ScriptedSender(fake.now)
    await sample_store.outbox.enqueue([message("f1", "5", clock.now() + timedelta(minutes=5))], clock.now())
    assert (await dispatcher(sample_store, sender, clock, fake).drain()).sent == 0
    assert sender.attempts == []


def test_fixture_zone_is_vietnam() -> None:
    assert datetime(2026, 1, 1, tzinfo=VN).utcoffset() == timedelta(hours=7)
