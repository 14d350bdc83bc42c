"""Fixtures shared by every test area: settings from an explicit mapping, a real SQLite store in
tmp_path loaded with the bundled sample pledges, and a clock that only moves when told to."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.settings import Settings, load_settings
from bot.store import Store
from tests.fakes.bot_api import FakeBotApi, FakeBotApiThread

VN = ZoneInfo("Asia/Ho_Chi_Minh")
SAMPLE_PLEDGES = Path(__file__).resolve().parent.parent / "bot" / "data" / "sample_pledges.toml"
CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(None, {}, {"bot": {"db_path": str(tmp_path / "dondoc.sqlite3")}})


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 5, 12, 9, 0, tzinfo=VN))


@pytest.fixture
async def store(settings: Settings) -> AsyncIterator[Store]:
    opened = await Store.open(settings.bot.db_path)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def sample_store(store: Store, clock: FixedClock) -> Store:
    from bot.pledges import load_pledge_file

    await store.pledges.apply_book(load_pledge_file(SAMPLE_PLEDGES), "test", clock.now())
    return store


@pytest.fixture
def fake() -> Iterator[tuple[FakeBotApiThread, FakeBotApi]]:
    """The fake Bot API on its own thread and loop (for a bot run as a subprocess)."""
    thread = FakeBotApiThread()
    server = thread.start()
    try:
        yield thread, server
    finally:
        thread.stop()
