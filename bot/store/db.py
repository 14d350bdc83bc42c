"""The SQLite connection: pragmas, migrations, serialised write transactions.

Only this package talks SQL. One aiosqlite connection serves the whole process; writes take an
asyncio lock and run in `BEGIN IMMEDIATE` so two coroutines never interleave inside a transaction
and a second process (a CLI import while the bot runs) waits on `busy_timeout` instead of failing.
"""

from __future__ import annotations

import asyncio
import os
import random
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000
# Taking the write lock is tried this many times: each try already waits up to busy_timeout inside
# SQLite; between tries a short jittered pause lets another process's burst of writes finish.
# Bounded: at most BUSY_ATTEMPTS × busy_timeout + the pauses (about 0.2 s + 0.4 s, ± a quarter).
BUSY_ATTEMPTS = 3
BUSY_BACKOFF_SECONDS = 0.2


class StoreBusyError(sqlite3.OperationalError):
    """Another process held the database's write lock through every try: nothing was written.
    A sqlite3.OperationalError still (its message keeps SQLite's "database is locked")."""


def is_busy(exc: BaseException) -> bool:
    """SQLite's `database is locked` / `database is busy` (SQLITE_BUSY): worth trying again."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def to_db_time(moment: datetime) -> str:
    """Aware datetime → ISO text in UTC, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime reached the store")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class SchemaTooNewError(RuntimeError):
    pass


class Database:
    def __init__(self, path: Path | str, connection: aiosqlite.Connection) -> None:
        self.path = Path(path)
        self._conn = connection
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = FULL")
            await conn.execute("PRAGMA foreign_keys = ON")
            db = cls(path, conn)
            await db._migrate()
        except BaseException:
            # aiosqlite's worker thread is not a daemon: an unclosed connection hangs the process at exit
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        async with self._write_lock:
            await self._conn.close()

    async def _migrate(self) -> None:
        async with self._conn.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        if version > len(MIGRATIONS):
            raise SchemaTooNewError(
                f"cơ sở dữ liệu {self.path} ở phiên bản {version}, mới hơn bản dondoc này ({len(MIGRATIONS)})"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits on its own, so the version bump rides inside the same script
            await self._conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return len(MIGRATIONS)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction; everything inside commits together or not at all."""
        async with self._write_lock:
            try:
                await self._begin_immediate()
            except BaseException:
                # cancelled while BEGIN was on its way (PTB cancels the polling task on SIGTERM): aiosqlite
                # runs it in its thread all the same, and the next transaction would meet it still open
                await self._rollback_if_open()
                raise
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    async def _rollback_if_open(self) -> None:
        """ROLLBACK queued behind whatever the connection's thread still has to run; none open is fine."""
        try:
            await self._conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise

    async def _begin_immediate(self) -> None:
        """BEGIN IMMEDIATE (the write lock up front, so nothing inside can meet SQLITE_BUSY), retried
        with backoff when another process holds the lock past busy_timeout; StoreBusyError after that."""
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                if attempt == BUSY_ATTEMPTS:
                    raise StoreBusyError(f"{exc} ({BUSY_ATTEMPTS} lần thử)") from exc
            pause = BUSY_BACKOFF_SECONDS * 2 ** (attempt - 1)
            await asyncio.sleep(pause * random.uniform(0.75, 1.25))

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        async with self._conn.execute(sql, params) as cursor:
            row: sqlite3.Row | None = await cursor.fetchone()
            return row

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One statement in its own transaction; returns lastrowid."""
        async with self.transaction() as conn, conn.execute(sql, params) as cursor:
            return cursor.lastrowid or 0

    async def backup_to(self, target: Path) -> None:
        """SQLite's online backup: a consistent copy while the bot keeps writing.

        Written to a temporary file beside the target and renamed only once complete, so a failure
        (disk full) leaves no partial backup and never clobbers an older good one at `target`."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        try:
            async with aiosqlite.connect(str(partial)) as dest:
                await self._conn.backup(dest)
            os.replace(partial, target)
        except BaseException:
            for leftover in (partial, Path(f"{partial}-journal")):
                leftover.unlink(missing_ok=True)
            raise


def _read_only_uri(path: Path) -> str | None:
    if not os.path.isfile(path):
        return None
    return f"{Path(os.path.abspath(path)).as_uri()}?mode=ro"


async def integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check on a database file, opened read-only; an empty list means it is sound.

    Used to verify a backup before trusting it (and a file before restoring from it)."""
    uri = _read_only_uri(path)
    if uri is None:
        return [f"không có tệp {path}"]
    try:
        async with aiosqlite.connect(uri, uri=True) as conn, conn.execute("PRAGMA integrity_check") as cursor:
            rows = await cursor.fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems
