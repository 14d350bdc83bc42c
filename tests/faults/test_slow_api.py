"""A slow chat API: getUpdates and sendMessage answered later than the bot's read timeout for a
while, then on time again. The real PTB Application polls the fake Bot API on loopback (read timeout
shortened to 0.5 s so the test is quick; the code path is the production one).

The bot must keep running, store every incoming message exactly once, and get every reply out —
while it runs (reply retries, then the inbox refeed sweep). A reply may reach a user twice only when
a send that timed out had in fact been carried out by the server (Telegram sent it; the bot could not
know): the test asserts exactly that, reply by reply."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import AsyncIterator

import pytest

from bot.channels import telegram as telegram_channel
from bot.store import Store
from handlers.context import Services
from tests.e2e.conftest import bot_for_official
from tests.fakes.bot_api import FakeBotApi

CHAT = 7101
REPORTS = 4
READ_TIMEOUT = 0.5
LATE = 1.2  # beyond the read timeout, and beyond getUpdates' read timeout plus its 0.5 s long poll


@pytest.fixture
async def bot(sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeBotApi, Services]]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    monkeypatch.setattr(telegram_channel, "REFEED_SECONDS", 0.5)
    async with bot_for_official(sample_store, CHAT, read_timeout=READ_TIMEOUT) as pair:
        yield pair


def _mentions(text: str, figure: int) -> bool:
    """A reply to the report of `figure`: it shows the budget now at that figure."""
    return re.search(rf"→ {figure} tỷ", text) is not None


@pytest.mark.parametrize("before_accepting", [False, True], ids=["answer-late", "request-lost"])
async def test_slow_api_loses_nothing_and_duplicates_only_what_the_server_did_send(
        bot: tuple[FakeBotApi, Services], before_accepting: bool) -> None:
    server, services = bot
    # getUpdates late twice (a batch fetched but never received: it must come again), sendMessage late
    # eight times: more than one reply's four tries, so a reply also waits for the refeed sweep
    server.delay_next("getUpdates", LATE, times=2, before_accepting=before_accepting)
    server.delay_next("sendMessage", LATE, times=8, before_accepting=before_accepting)
    figures = list(range(1, REPORTS + 1))
    for figure in figures:
        server.push_text(CHAT, f"thu ngân sách được {figure} tỷ")

    def answered(s: FakeBotApi) -> bool:
        return all(any(_mentions(c.text, f) for c in s.sent(CHAT)) for f in figures)

    await server.wait_for(answered, within=30)
    timed_out = [c for c in server.calls_of("sendMessage", ok_only=False) if c.abandoned]
    assert len(timed_out) >= 4, "the slow period should have made sends time out"

    # the bot kept running: a new message after the slow period is answered at once
    server.push_text(CHAT, "/nhiemvu")
    await server.wait_for(lambda s: any("Nhiệm vụ" in c.text for c in s.sent(CHAT)), within=10)
    await server.wait_for(lambda s: s.delays_pending == 0, within=5)  # every `abandoned` final

    # every message stored exactly once, with one outcome and one progress row per report
    rows = await services.store.db.fetch_all(
        "SELECT m.external_update_id, m.text, m.parse_status, COUNT(u.id) AS n FROM messages m"
        " LEFT JOIN updates u ON u.message_id = m.id GROUP BY m.id")
    per_update = Counter(r["external_update_id"] for r in rows)
    assert len(rows) == REPORTS + 1 and max(per_update.values()) == 1
    assert all(r["parse_status"] is not None for r in rows)
    assert sorted(r["n"] for r in rows if r["text"] != "/nhiemvu") == [1] * REPORTS
    values = await services.store.db.fetch_all("SELECT value FROM updates ORDER BY value")
    assert [v["value"] for v in values] == [float(f) for f in figures]
    # the inbox finishes too (the last row is marked handled just after its reply went out)
    for _ in range(50):
        open_rows = await services.store.db.fetch_one("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL")
        assert open_rows is not None
        if open_rows[0] == 0:
            break
        await asyncio.sleep(0.1)
    assert open_rows[0] == 0

    # each reply reached its user once, plus once more for every timed-out send the server had carried out
    for f in figures:
        delivered = [c for c in server.sent(CHAT) if _mentions(c.text, f)]
        carried_out_late = [c for c in delivered if c.abandoned]
        assert len(delivered) == 1 + len(carried_out_late), (f, [(c.text, c.abandoned) for c in delivered])
    others = [c.text for c in server.sent(CHAT) if not any(_mentions(c.text, f) for f in figures)]
    assert len(others) == 1 and "Nhiệm vụ" in others[0], others
    if before_accepting:
        # a request the server never carried out is never a duplicate
        assert not any(c.abandoned for c in server.sent())
        assert all(c.status == 499 for c in timed_out)
