import asyncio
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bot.store import Store
from bot.store.db import Database, SchemaTooNewError, to_db_time
from bot.store.migrations import MIGRATIONS


async def test_fresh_database_has_wal_foreign_keys_and_latest_schema(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "a.sqlite3")
    try:
        assert (await db.fetch_one("PRAGMA journal_mode"))[0] == "wal"  # type: ignore[index]
        assert (await db.fetch_one("PRAGMA foreign_keys"))[0] == 1  # type: ignore[index]
        assert (await db.fetch_one("PRAGMA user_version"))[0] == len(MIGRATIONS)  # type: ignore[index]
        with pytest.raises(sqlite3.IntegrityError):
            await db.execute("INSERT INTO tasks (id, official_id, position, text, direction, deadline_month,"
                             " created_at, updated_at) VALUES ('x', 'nobody', 1, 't', 'done', '2024-01', '', '')")
    finally:
        await db.close()


async def test_reopen_does_not_rerun_migrations(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = await Database.open(path)
    await first.execute("INSERT INTO units (id, name) VALUES ('u', 'Xã A')")
    await first.close()
    second = await Database.open(path)
    try:
        assert len(await second.fetch_all("SELECT * FROM units")) == 1
    finally:
        await second.close()


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError):
        await Database.open(path)


async def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "a.sqlite3")
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO units (id, name) VALUES ('u', 'Xã A')")
                raise RuntimeError("boom")
        assert await db.fetch_all("SELECT * FROM units") == []
    finally:
        await db.close()


async def test_a_transaction_cancelled_while_it_begins_leaves_none_open(tmp_path: Path) -> None:
    """On SIGTERM PTB cancels the polling task, which may be waiting on its BEGIN: aiosqlite runs the
    BEGIN in its thread all the same, and the next transaction must not meet it still open."""
    db = await Database.open(tmp_path / "a.sqlite3")
    try:
        async def write() -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO units (id, name) VALUES ('a', 'Xã A')")

        task = asyncio.create_task(write())
        await asyncio.sleep(0)  # the task now waits on its BEGIN IMMEDIATE
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await db.execute("INSERT INTO units (id, name) VALUES ('b', 'Xã B')")
        rows = await db.fetch_all("SELECT id FROM units ORDER BY id")
        assert [r[0] for r in rows] == ["b"]
    finally:
        await db.close()


def test_naive_datetimes_never_reach_the_store() -> None:
    with pytest.raises(ValueError):
        to_db_time(datetime(2024, 1, 1))
    assert to_db_time(datetime.fromisoformat("2024-01-01T07:00:00+07:00")) == "2024-01-01T00:00:00.000000+00:00"


async def test_backup_is_a_consistent_copy(sample_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "backup" / "copy.sqlite3"
    await sample_store.backup(target)
    copy = await Store.open(target)
    try:
        assert len(await copy.pledges.all_tasks()) == len(await sample_store.pledges.all_tasks())
    finally:
        await copy.close()
