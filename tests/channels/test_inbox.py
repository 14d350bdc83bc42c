"""The Telegram channel's durable inbox, piece by piece, through the real Application and the fake
Bot API: the queue gate (the path webhook updates take), replies kept and resent after a restart,
the reply codec, and reminders started and stopped with the bot."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Update

from bot.channels.inbox import decode_replies, encode_replies
from bot.channels.telegram import CHANNEL, InboxQueue, build_application
from bot.clock import FixedClock
from bot.settings import load_settings
from bot.store import Store
from bot.store.outbox import OutgoingMessage
from handlers.context import Services
from handlers.types import Attachment, Button, Reply
from tests.e2e.conftest import running_bot
from tests.fakes.bot_api import FakeBotApi

USER = 4242


@pytest.fixture
async def server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeBotApi]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake = FakeBotApi()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


def _services(server: FakeBotApi, store: Store, clock: FixedClock, **overrides: object) -> Services:
    settings = load_settings(
        None,
        {},
        {"telegram": {"base_url": server.base_url, "base_file_url": server.base_file_url}, **overrides},
    )
    return Services(settings, store, clock)


def test_replies_survive_the_codec() -> None:
    replies = [
        Reply("Đã ghi nhận:\n• #2 → 7 tỷ đồng", buttons=((Button("Hoàn tác", "u:1"), Button("Sửa", "f:2")),)),
        Reply("", attachment=Attachment("tiendo.xlsx", bytes(range(256)), "document", "Tiến độ")),
        Reply("thay tin trước", replace_previous=True, chat_id="99", extra={"k": "v"}),
    ]
    assert decode_replies(encode_replies(replies)) == replies
    assert decode_replies(encode_replies([])) == []


async def test_an_update_is_kept_before_it_is_queued_and_a_second_delivery_is_dropped(
    server: FakeBotApi, sample_store: Store, clock: FixedClock
) -> None:
    """What PTB's webhook handler does: `await update_queue.put(update)`, then answer 200."""
    services = _services(server, sample_store, clock)
    application, _ = build_application(services.settings, server.token, services=services)
    async with application:
        assert application.post_init is not None
        await application.post_init(application)
        queue = application.update_queue
        assert isinstance(queue, InboxQueue)
        raw = server.push_text(USER, "xin chào")
        update = Update.de_json(raw, application.bot)
        await queue.put(update)
        kept = await sample_store.inbox.item(CHANNEL, str(raw["update_id"]))
        assert kept is not None and json.loads(kept.payload)["message"]["text"] == "xin chào"
        assert kept.handled_at is None and queue.qsize() == 1
        await queue.put(Update.de_json(raw, application.bot))  # Telegram retrying the webhook
        assert queue.qsize() == 1
        assert await sample_store.inbox.counts(CHANNEL) == (1, 1)
        await application.post_shutdown(application)  # type: ignore[misc]


async def test_kept_replies_are_sent_after_a_restart_without_handling_again(
    server: FakeBotApi, sample_store: Store, clock: FixedClock
) -> None:
    """A row whose replies were kept but only partly sent: the restart sends the rest, and the core
    is not asked again (the message is not stored a second time)."""
    services = _services(server, sample_store, clock)
    raw = server.push_text(USER, "#2: 7 tỷ")
    key = str(raw["update_id"])
    await sample_store.inbox.receive(CHANNEL, [(key, json.dumps(raw))], clock.now())
    replies = [Reply("phần một"), Reply("phần hai"), Reply("phần ba")]
    await sample_store.inbox.save_replies(CHANNEL, key, encode_replies(replies), clock.now())
    await sample_store.inbox.mark_sent(CHANNEL, key, 1, clock.now())
    messages_before = await sample_store.progress.message_count()
    async with running_bot(server, services):
        await server.wait_for(lambda s: len(s.sent(USER)) >= 2)
        await server.wait_for(lambda s: s.pending_updates == 0)
    assert server.sent_texts(USER) == ["phần hai", "phần ba"]
    item = await sample_store.inbox.item(CHANNEL, key)
    assert item is not None and item.replies_sent == 3 and item.handled_at is not None
    assert await sample_store.progress.message_count() == messages_before
    assert await sample_store.inbox.counts(CHANNEL) == (1, 0)


async def test_updates_no_handler_takes_are_marked_handled(
    server: FakeBotApi, sample_store: Store, clock: FixedClock
) -> None:
    services = _services(server, sample_store, clock)
    group = {"message": {"message_id": 1, "date": 0, "chat": {"id": -100, "type": "group", "title": "Tổ"},
                         "from": {"id": USER, "is_bot": False, "first_name": "A"}, "text": "chào cả nhà"}}
    async with running_bot(server, services):
        update = server.push_update(group)
        await server.wait_for(lambda s: s.pending_updates == 0)
        for _ in range(100):
            item = await sample_store.inbox.item(CHANNEL, str(update["update_id"]))
            if item is not None and item.handled_at is not None:
                break
            await asyncio.sleep(0.02)
        assert item is not None and item.handled_at is not None
    assert server.sent() == []


async def test_reminders_start_with_the_bot_and_send_through_it(
    server: FakeBotApi, sample_store: Store, clock: FixedClock
) -> None:
    """`with_reminders` (what `dondoc run` uses): the outbox dispatcher sends through this bot."""
    services = _services(server, sample_store, clock, reminders={"per_chat_interval_seconds": 0})
    await sample_store.people.bind(CHANNEL, str(USER), str(USER), "tanphu", clock.now())
    await sample_store.outbox.enqueue(
        [OutgoingMessage("test-reminder", "tanphu", "reminder", "Nhắc việc: #2 hạn tháng 12", clock.now(),
                         channel=CHANNEL, chat_id=str(USER))],
        clock.now() - timedelta(minutes=1),
    )
    application, wiring = build_application(services.settings, server.token, services=services, with_reminders=True)
    async with application:
        assert application.post_init is not None
        await application.post_init(application)
        assert wiring.reminders is not None
        await server.wait_for(lambda s: any("Nhắc việc" in t for t in s.sent_texts(USER)))
        await wiring.post_stop(application)
        assert wiring.reminders is None
        await application.post_shutdown(application)  # type: ignore[misc]
