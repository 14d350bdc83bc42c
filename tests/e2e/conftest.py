"""The real PTB Application, polling the fake Bot API over HTTP on loopback, on a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.channels.telegram import build_application
from bot.clock import SystemClock
from bot.invites import hash_code, new_code
from bot.settings import load_settings
from bot.store import Store
from handlers.context import Services
from tests.fakes.bot_api import FakeBotApi


@dataclass
class Harness:
    server: FakeBotApi
    services: Services

    @property
    def store(self) -> Store:
        return self.services.store

    async def invite(self, official_id: str) -> str:
        code = new_code()
        now = self.services.clock.now()
        await self.store.people.create_invite(
            official_id, hash_code(code), "test", now, now + timedelta(hours=1)
        )
        return code

    async def bind(self, user_id: int, official_id: str) -> None:
        await self.store.people.bind(
            "telegram", str(user_id), str(user_id), official_id, self.services.clock.now()
        )

    async def say(self, user_id: int, text: str, expect: int = 1) -> list[str]:
        """Send a text and wait for `expect` more messages to that chat; return the new texts."""
        before = len(self.server.sent(user_id))
        self.server.push_text(user_id, text)
        sent = await self.server.wait_sent(user_id, before + expect)
        return [c.text for c in sent[before:]]


@asynccontextmanager
async def running_bot(server: FakeBotApi, services: Services, **kwargs: object) -> AsyncIterator[None]:
    application, _ = build_application(services.settings, server.token, services=services, **kwargs)  # type: ignore[arg-type]
    async with application:
        # run_polling would call these hooks; the tests drive the same steps by hand
        assert application.post_init is not None and application.post_shutdown is not None
        await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
        try:
            yield
        finally:
            await application.updater.stop()
            await application.stop()
            await application.post_shutdown(application)


@pytest.fixture
async def harness(
    sample_store: Store, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    server = FakeBotApi()
    await server.start()
    settings = load_settings(
        None,
        {},
        {
            "telegram": {"base_url": server.base_url, "base_file_url": server.base_file_url},
            "limits": {"flood_messages": 1000},
        },
    )
    services = Services(settings, sample_store, SystemClock(settings.tz))
    try:
        async with running_bot(server, services):
            yield Harness(server, services)
    finally:
        await server.stop()


@asynccontextmanager
async def bot_for_official(
    store: Store, user: int, official_id: str = "tanphu", **bot_kwargs: object
) -> AsyncIterator[tuple[FakeBotApi, Services]]:
    """A fake Bot API, the real Application polling it, and `user` already bound to `official_id`."""
    server = FakeBotApi()
    await server.start()
    try:
        settings = load_settings(None, {}, {
            "telegram": {"base_url": server.base_url, "base_file_url": server.base_file_url},
            "limits": {"flood_messages": 1000},
        })
        services = Services(settings, store, SystemClock(settings.tz))
        await store.people.bind("telegram", str(user), str(user), official_id, services.clock.now())
        async with running_bot(server, services, **bot_kwargs):
            yield server, services
    finally:
        await server.stop()
