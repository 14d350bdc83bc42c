"""The fake Bot API answers the real PTB `Bot` the way Telegram would, and records what was sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import RetryAfter

from tests.fakes.bot_api import FakeBotApi, RateLimits


@pytest.fixture
async def server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeBotApi]:
    # PTB 22 warns on every RetryAfter unless opted in to timedelta periods (bot.channels.telegram does too)
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.stop()


async def test_send_edit_and_updates_round_trip(server: FakeBotApi) -> None:
    async with Bot(server.token, base_url=server.base_url) as bot:
        assert bot.username == "dondoc_test_bot"
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Hoàn tác", callback_data="u:1")]])
        sent = await bot.send_message(42, "Đã ghi: 60%", reply_markup=keyboard)
        await bot.edit_message_text("Đã hoàn tác", chat_id=42, message_id=sent.message_id)
        server.push_text(42, "xin chào")
        updates = await bot.get_updates(timeout=1)
        assert [u.message.text for u in updates if u.message] == ["xin chào"]
        # not confirmed yet: delivered again; confirmed by offset: gone
        assert len(await bot.get_updates(timeout=0)) == 1
        assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
    assert server.sent_texts(42) == ["Đã ghi: 60%", "Đã hoàn tác"]
    assert server.sent(42)[0].button("hoàn tác")["callback_data"] == "u:1"


async def test_scripted_429_carries_retry_after(server: FakeBotApi) -> None:
    server.fail_next("sendMessage", 429, retry_after=3)
    async with Bot(server.token, base_url=server.base_url) as bot:
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(42, "một")
        assert caught.value.retry_after == timedelta(seconds=3)
        await bot.send_message(42, "hai")
    assert server.sent_texts(42) == ["hai"]


async def test_rate_limits_answer_429_per_chat(server: FakeBotApi) -> None:
    server.rate_limits = RateLimits(global_per_second=None, per_chat_interval=0.5)
    async with Bot(server.token, base_url=server.base_url) as bot:
        await bot.send_message(1, "a")
        await bot.send_message(2, "b")  # another chat is not limited
        with pytest.raises(RetryAfter):
            await bot.send_message(1, "c")
        await asyncio.sleep(0.55)
        await bot.send_message(1, "d")
    assert server.rate_violations == 1
    assert server.sent_texts() == ["a", "b", "d"]


async def test_document_upload_is_recorded(server: FakeBotApi) -> None:
    async with Bot(server.token, base_url=server.base_url) as bot:
        await bot.send_document(42, b"PK\x03\x04data", filename="tien-do.xlsx", caption="Báo cáo")
    call = server.sent(42)[0]
    assert call.method == "sendDocument"
    assert call.text == "Báo cáo"
    assert call.files["document"] == ("tien-do.xlsx", b"PK\x03\x04data")
