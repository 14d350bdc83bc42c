"""The durable outbox: every outgoing reminder is written here before it is sent.

Rows go pending → sending → sent (or failed / back to pending with a later next_attempt_at).
`dedupe_key` is unique, so planning the same reminder twice stores it once.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from bot.store.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    dedupe_key: str
    official_id: str | None
    kind: str
    text: str
    due_at: datetime
    task_ids: tuple[str, ...] = field(default=())
    channel: str | None = None
    chat_id: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    dedupe_key: str
    official_id: str | None
    channel: str | None
    chat_id: str | None
    kind: str
    text: str
    task_ids: tuple[str, ...]
    due_at: datetime
    status: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None


def _row(row: sqlite3.Row) -> OutboxRow:
    return OutboxRow(row["id"], row["dedupe_key"], row["official_id"], row["channel"], row["chat_id"], row["kind"],
                     row["text"], tuple(json.loads(row["task_ids"])), from_db_time(row["due_at"]) or datetime.min,
                     row["status"], row["attempts"], row["last_error"], from_db_time(row["sent_at"]))


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def enqueue(self, messages: list[OutgoingMessage], now: datetime) -> int:
        """Insert messages not already planned (by dedupe_key); returns how many were new."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            inserted = 0
            for m in messages:
                cursor = await conn.execute(
                    "INSERT INTO outbox (dedupe_key, official_id, channel, chat_id, kind, text, task_ids, due_at,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dedupe_key) DO NOTHING",
                    (m.dedupe_key, m.official_id, m.channel, m.chat_id, m.kind, m.text,
                     json.dumps(list(m.task_ids)), to_db_time(m.due_at), stamp),
                )
                inserted += cursor.rowcount
            return inserted

    async def rows(self, status: str | None = None) -> list[OutboxRow]:
        if status is None:
            rows = await self._db.fetch_all("SELECT * FROM outbox ORDER BY id")
        else:
            rows = await self._db.fetch_all("SELECT * FROM outbox WHERE status = ? ORDER BY id", (status,))
        return [_row(r) for r in rows]
