"""The durable outbox: every outgoing reminder is written here before it is sent.

Rows go pending → sending → sent (or failed / back to pending with a later next_attempt_at).
`dedupe_key` is unique, so planning the same reminder twice stores it once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

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
    external_message_id: str | None = None
    next_attempt_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What happened to one claimed row. status: sent | pending (retry at next_attempt_at) | failed."""

    id: int
    status: str
    at: datetime
    external_message_id: str | None = None
    next_attempt_at: datetime | None = None
    error: str | None = None


def _row(row: sqlite3.Row) -> OutboxRow:
    return OutboxRow(row["id"], row["dedupe_key"], row["official_id"], row["channel"], row["chat_id"],
                     row["kind"], row["text"], tuple(json.loads(row["task_ids"])),
                     from_db_time(row["due_at"]) or datetime.min, row["status"], row["attempts"],
                     row["last_error"], from_db_time(row["sent_at"]), row["external_message_id"],
                     from_db_time(row["next_attempt_at"]))


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
                    "INSERT INTO outbox (dedupe_key, official_id, channel, chat_id, kind, text, task_ids,"
                    " due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(dedupe_key) DO NOTHING",
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

    # ------------------------------------------------------------------ reminders planning
    async def enqueue_planned(self, planned: Sequence[tuple[OutgoingMessage, Sequence[str]]], now: datetime,
                              day: date) -> int:
        """Store planned messages with the trigger keys each delivers, in one transaction. A message
        whose dedupe key exists already is not stored and its triggers stay free for a later day."""
        stamp = to_db_time(now)
        inserted = 0
        async with self._db.transaction() as conn:
            for m, covers in planned:
                cursor = await conn.execute(
                    "INSERT INTO outbox (dedupe_key, official_id, channel, chat_id, kind, text, task_ids,"
                    " due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(dedupe_key) DO NOTHING",
                    (m.dedupe_key, m.official_id, m.channel, m.chat_id, m.kind, m.text,
                     json.dumps(list(m.task_ids)), to_db_time(m.due_at), stamp),
                )
                if cursor.rowcount != 1:
                    continue
                inserted += 1
                await conn.executemany(
                    "INSERT INTO reminder_covers (trigger_key, outbox_key, official_id, day)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT(trigger_key) DO NOTHING",
                    [(key, m.dedupe_key, m.official_id, day.isoformat()) for key in covers],
                )
        return inserted

    async def covered_since(self, day: date) -> set[str]:
        """Trigger keys planned on or after `day`."""
        rows = await self._db.fetch_all("SELECT trigger_key FROM reminder_covers WHERE day >= ?",
                                        (day.isoformat(),))
        return {r["trigger_key"] for r in rows}

    async def recipients_between(self, start: datetime, end: datetime) -> set[str]:
        """Officials with any outbox message due in [start, end) (one message per person per day)."""
        rows = await self._db.fetch_all(
            "SELECT DISTINCT official_id FROM outbox WHERE due_at >= ? AND due_at < ?"
            " AND official_id IS NOT NULL",
            (to_db_time(start), to_db_time(end)))
        return {r["official_id"] for r in rows}

    async def failed_since(self, since: datetime) -> dict[str, datetime]:
        """Officials whose messages failed for good since `since` → the latest failure."""
        rows = await self._db.fetch_all(
            "SELECT official_id, MAX(failed_at) AS at FROM outbox WHERE status = 'failed' AND failed_at >= ?"
            " AND official_id IS NOT NULL GROUP BY official_id", (to_db_time(since),))
        return {r["official_id"]: from_db_time(r["at"]) or datetime.min for r in rows}

    async def skip_stale(self, before: datetime, now: datetime) -> int:
        """Pending reminder messages due before `before` (an earlier day) are not sent late: they are
        marked skipped and their triggers freed, so today's plan carries what is still due, fresh."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT dedupe_key FROM outbox WHERE status = 'pending' AND due_at < ?"
                " AND dedupe_key IN (SELECT outbox_key FROM reminder_covers)", (to_db_time(before),))
            keys = [r[0] for r in rows]
            for key in keys:
                await conn.execute(
                    "UPDATE outbox SET status = 'skipped', last_error = ?, failed_at = ?"
                    " WHERE dedupe_key = ?",
                    ("quá ngày gửi, nội dung chuyển sang lần nhắc sau", stamp, key))
                await conn.execute("DELETE FROM reminder_covers WHERE outbox_key = ?", (key,))
        return len(keys)

    # ------------------------------------------------------------------ dispatching
    async def recover_in_flight(self, now: datetime) -> list[int]:
        """At start-up, rows left 'sending' by a crash go back to pending (at-least-once): the process
        died between claiming them and recording the answer, so whether the channel got them is unknown."""
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall("SELECT id FROM outbox WHERE status = 'sending'")
            ids = [int(r[0]) for r in rows]
            await conn.execute(
                "UPDATE outbox SET status = 'pending', next_attempt_at = NULL,"
                " last_error = 'gián đoạn khi đang gửi (khởi động lại)' WHERE status = 'sending'")
        return ids

    async def due_batch(self, now: datetime, limit: int, skip_chats: Sequence[str] = ()) -> list[OutboxRow]:
        """Pending rows ready to go, oldest first, leaving out chats the caller already holds a row for."""
        stamp = to_db_time(now)
        skip = list(skip_chats)[:900]
        not_in = f" AND (chat_id IS NULL OR chat_id NOT IN ({','.join('?' * len(skip))}))" if skip else ""
        rows = await self._db.fetch_all(
            "SELECT * FROM outbox WHERE status = 'pending' AND due_at <= ?"
            f" AND (next_attempt_at IS NULL OR next_attempt_at <= ?){not_in} ORDER BY due_at, id LIMIT ?",
            (stamp, stamp, *skip, limit))
        return [_row(r) for r in rows]

    async def next_ready_at(self) -> datetime | None:
        """When the earliest pending row becomes ready (None when nothing is pending)."""
        row = await self._db.fetch_one(
            "SELECT MIN(CASE WHEN next_attempt_at IS NOT NULL AND next_attempt_at > due_at"
            " THEN next_attempt_at ELSE due_at END) AS at FROM outbox WHERE status = 'pending'")
        return from_db_time(row["at"]) if row and row["at"] else None

    async def claim(self, ids: Iterable[int], now: datetime) -> list[int]:
        """pending → sending with one more attempt, atomically; returns the ids this caller now owns."""
        owned = []
        async with self._db.transaction() as conn:
            for row_id in ids:
                cursor = await conn.execute(
                    "UPDATE outbox SET status = 'sending', attempts = attempts + 1"
                    " WHERE id = ? AND status = 'pending'",
                    (row_id,))
                if cursor.rowcount == 1:
                    owned.append(row_id)
        return owned

    async def release(self, ids: Iterable[int]) -> None:
        """Give back claimed rows that were not sent (shutdown before their turn)."""
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE outbox SET status = 'pending', attempts = MAX(attempts - 1, 0)"
                " WHERE id = ? AND status = 'sending'",
                [(i,) for i in ids])

    async def record(self, outcomes: Sequence[SendOutcome]) -> None:
        """Record what the channel answered for claimed rows, all in one transaction."""
        async with self._db.transaction() as conn:
            for o in outcomes:
                stamp = to_db_time(o.at)
                if o.status == "sent":
                    await conn.execute(
                        "UPDATE outbox SET status = 'sent', sent_at = ?, external_message_id = ?,"
                        " last_error = NULL WHERE id = ? AND status = 'sending'",
                        (stamp, o.external_message_id, o.id))
                elif o.status == "pending":
                    await conn.execute(
                        "UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?"
                        " WHERE id = ? AND status = 'sending'",
                        (to_db_time(o.next_attempt_at or o.at), o.error, o.id))
                else:
                    await conn.execute(
                        "UPDATE outbox SET status = 'failed', failed_at = ?, last_error = ?"
                        " WHERE id = ? AND status = 'sending'", (stamp, o.error, o.id))

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status")
        return {r["status"]: int(r["n"]) for r in rows}
