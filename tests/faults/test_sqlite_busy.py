"""The database locked by another process while the real bot handles a message.

The store retries taking the write lock (bot.store.db: BUSY_ATTEMPTS tries, each waiting busy_timeout,
jittered pauses between); when the other process holds it past all of them, the sender is told the
truth — the message is kept and will be handled in a few minutes — and it is: the inbox row stays
unhandled and the refeed sweep hands it to the core again while the bot keeps running. The real PTB
Application polls the fake Bot API on loopback; the lock is held by a second process."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.channels import telegram as telegram_channel
from bot.clock import SystemClock
from bot.pledges import load_pledge_file
from bot.settings import load_settings
from bot.store import Store
from bot.store import db as store_db
from handlers.context import Services
from handlers.router import handle
from handlers.texts import BUSY_KEPT, BUSY_RESEND
from handlers.types import Incoming, IncomingKind
from tests.e2e.conftest import running_bot
from tests.fakes.bot_api import FakeBotApi
from tests.faults.test_sqlite_faults import HOLDER

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "data" / "sample_pledges.toml"
USER = 4343
REPORT = "thu ngân sách được 8 tỷ"
HOLD_SECONDS = 3.0  # longer than every try of the store together (3 × 0.3 s + pauses ≈ 1.5 s)


@dataclass
class Bot:
    server: FakeBotApi
    services: Services
    path: Path

    @property
    def store(self) -> Store:
        return self.services.store


async def start_holder(path: Path, seconds: float) -> asyncio.subprocess.Process:
    holder = await asyncio.create_subprocess_exec(sys.executable, "-c", HOLDER, str(path), str(seconds),
                                                  stdout=asyncio.subprocess.PIPE)
    assert holder.stdout is not None
    assert (await asyncio.wait_for(holder.stdout.readline(), 10)).strip() == b"locked"
    return holder


@pytest.fixture
async def bot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Bot]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)  # read when the store opens
    monkeypatch.setattr(telegram_channel, "REFEED_SECONDS", 0.5)
    path = tmp_path / "busy.sqlite3"
    store = await Store.open(path)
    server = FakeBotApi()
    await server.start()
    try:
        settings = load_settings(None, {}, {
            "telegram": {"base_url": server.base_url, "base_file_url": server.base_file_url},
            "limits": {"flood_messages": 1000},
        })
        services = Services(settings, store, SystemClock(settings.tz))
        await store.pledges.apply_book(load_pledge_file(SAMPLE), "test", services.clock.now())
        await store.people.bind("telegram", str(USER), str(USER), "tanphu", services.clock.now())
        async with running_bot(server, services):
            yield Bot(server, services, path)
    finally:
        await server.stop()
        await store.close()


async def stored(bot: Bot) -> list[tuple[str, str | None, int]]:
    """(text, outcome, progress rows) of every message the user sent."""
    rows = await bot.store.db.fetch_all(
        "SELECT m.text, m.parse_status, COUNT(u.id) AS n FROM messages m"
        " LEFT JOIN updates u ON u.message_id = m.id WHERE m.sender_external_id = ? GROUP BY m.id ORDER BY m.id",
        (str(USER),))
    return [(r["text"], r["parse_status"], r["n"]) for r in rows]


async def unhandled_rows(bot: Bot) -> int:
    row = await bot.store.db.fetch_one("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL")
    assert row is not None
    return int(row[0])


async def test_locked_while_handling_the_sender_is_told_and_it_is_handled_later(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    holders: list[asyncio.subprocess.Process] = []
    receive: Callable[..., Any] = bot.store.inbox.receive

    async def receive_then_lock(*args: Any, **kwargs: Any) -> set[str]:
        fresh: set[str] = await receive(*args, **kwargs)
        if fresh and not holders:  # the update is kept; now another process takes the database
            holders.append(await start_holder(bot.path, HOLD_SECONDS))
        return fresh

    monkeypatch.setattr(bot.store.inbox, "receive", receive_then_lock)
    bot.server.push_text(USER, REPORT)
    first = await bot.server.wait_sent(USER, 1, within=10)
    assert first[0].text == BUSY_KEPT
    assert holders and holders[0].returncode is None, "the answer came while the lock was held"
    assert await unhandled_rows(bot) == 1  # the update is kept, waiting

    replies = await bot.server.wait_sent(USER, 2, within=15)
    await holders[0].wait()
    assert "8 tỷ" in replies[1].text, replies[1].text
    await asyncio.sleep(1.5)  # further refeed rounds change nothing
    assert [c.text for c in bot.server.sent(USER)][:1] == [BUSY_KEPT]
    assert len(bot.server.sent(USER)) == 2, "told busy once, answered once"
    texts_outcomes = await stored(bot)
    assert len(texts_outcomes) == 1 and texts_outcomes[0][0] == REPORT
    assert texts_outcomes[0][1] is not None and texts_outcomes[0][2] == 1  # one outcome, one progress row
    value = await bot.store.db.fetch_one("SELECT value FROM updates")
    assert value is not None and value[0] == 8.0
    assert await unhandled_rows(bot) == 0
    held = await bot.store.db.fetch_one("SELECT name FROM units WHERE id = 'held'")
    assert held is not None  # the other process's write went through too


async def test_locked_while_polling_keeps_polling_and_loses_nothing(bot: Bot) -> None:
    """The inbox cannot keep a fetched batch: it is not confirmed, so it is fetched again once the
    lock is gone (InboxBot turns the busy store into a NetworkError: PTB backs off between tries)."""
    holder = await start_holder(bot.path, HOLD_SECONDS)
    locked_at = time.monotonic()
    bot.server.push_text(USER, REPORT)
    replies = await bot.server.wait_sent(USER, 1, within=20)
    assert replies[0].at - locked_at > HOLD_SECONDS - 0.5, "answered while the lock was held?"
    assert await asyncio.wait_for(holder.wait(), 5) == 0  # answered after the other process let go
    assert "8 tỷ" in replies[0].text
    bot.server.push_text(USER, "/nhiemvu")  # still polling
    replies = await bot.server.wait_sent(USER, 2, within=10)
    assert "Nhiệm vụ" in replies[1].text
    assert len(bot.server.sent(USER)) == 2
    outcomes = await stored(bot)
    assert [(text, n) for text, _, n in outcomes] == [(REPORT, 1), ("/nhiemvu", 0)]
    assert await unhandled_rows(bot) == 0


async def test_without_a_durable_channel_the_sender_is_asked_to_resend(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The terminal demo does not feed messages again: there the text must not promise it."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "demo.sqlite3"
    store = await Store.open(path)
    try:
        settings = load_settings(None, {}, {})
        services = Services(settings, store, SystemClock(settings.tz))
        await store.pledges.apply_book(load_pledge_file(SAMPLE), "test", services.clock.now())
        await store.people.bind("terminal", "1", "1", "tanphu", services.clock.now())
        holder = await start_holder(path, 2.5)
        incoming = Incoming("terminal", "1", "1", services.clock.now(), IncomingKind.TEXT, text=REPORT,
                            update_id="t1")
        replies = await handle(services, incoming)
        assert [r.text for r in replies] == [BUSY_RESEND]
        assert holder.returncode is None
        await holder.wait()
        count = await store.db.fetch_one("SELECT COUNT(*) FROM updates")
        assert count is not None and count[0] == 0  # nothing recorded while busy
    finally:
        await store.close()
