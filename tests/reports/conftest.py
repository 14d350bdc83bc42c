"""The two-district world, stored in a real SQLite file, for every report test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import Store
from tests.reports.world import build_world, fill_world


@pytest.fixture
async def world(store: Store, tmp_path: Path) -> Store:
    await build_world(store, tmp_path)
    await fill_world(store)
    return store
