"""The chat API misbehaving: 5xx and 429 on getUpdates and sendMessage, the server gone for a while.

The real PTB Application polls the fake Bot API (tests/fakes/bot_api.py) on loopback; the bot must
recover by itself, store every incoming message once and get the reply out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.store import Store
from handlers.context import Services
from tests.e2e.conftest import bot_for_official
from tests.fakes.bot_api import FakeBotApi

USER = 4242


@pytest.fixture
async def bot(sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeBotApi, Services]]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    async with bot_for_official(sample_store, USER) as pair:
        yield pair


async def stored_texts(services: Services) -> list[str]:
    rows = await services.store.db.fetch_all("SELECT text FROM messages WHERE sender_external_id = ?", (str(USER),))
    return [r["text"] for r in rows]


@pytest.mark.parametrize("status", [500, 502, 429])
async def test_get_updates_failing_then_recovering(bot: tuple[FakeBotApi, Services], status: int) -> None:
    server, services = bot
    server.fail_next("getUpdates", status=status, retry_after=1, times=3)
    server.push_text(USER, "/nhiemvu")
    sent = await server.wait_sent(USER, 1, within=20)
    assert "Nhiệm vụ" in sent[0].text
    assert await stored_texts(services) == ["/nhiemvu"]


async def test_send_message_429_is_retried_after_the_wait(bot: tuple[FakeBotApi, Services]) -> None:
    server, services = bot
    server.fail_next("sendMessage", status=429, retry_after=1, times=1)
    server.push_text(USER, "/nhiemvu")
    sent = await server.wait_sent(USER, 1, within=20)
    assert "Nhiệm vụ" in sent[0].text
    assert len(server.calls_of("sendMessage", ok_only=False)) >= 2
    assert await stored_texts(services) == ["/nhiemvu"]


async def test_the_api_gone_for_a_while(bot: tuple[FakeBotApi, Services]) -> None:
    server, services = bot
    port = server.port
    await server.stop()
    await asyncio.sleep(1.5)  # the poller meets refused connections (NetworkError) and keeps trying
    await server.start(port=port)
    server.push_text(USER, "/nhiemvu")
    sent = await server.wait_sent(USER, 1, within=20)
    assert "Nhiệm vụ" in sent[0].text
    assert await stored_texts(services) == ["/nhiemvu"]


async def test_send_message_5xx_reply_is_not_lost(bot: tuple[FakeBotApi, Services]) -> None:
    server, services = bot
    server.fail_next("sendMessage", status=502, times=1)
    server.push_text(USER, "/nhiemvu")
    sent = await server.wait_sent(USER, 1, within=15)
    assert "Nhiệm vụ" in sent[0].text
    assert await stored_texts(services) == ["/nhiemvu"]
