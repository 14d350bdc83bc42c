"""Incoming messages (kept verbatim, whatever happens to them), progress updates and undo.

Progress is never overwritten: each report adds rows to `updates`; undo and corrections only mark
rows undone (who, when, why). The current value is the fold of the live rows (bot.models.fold_progress).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.models import ProgressUpdate, UpdateKind
from bot.store.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    """What is stored for every message that reaches the bot."""

    channel: str
    chat_id: str
    sender_external_id: str
    text: str
    received_at: datetime
    kind: str = "text"  # text | command | callback | edit | other
    official_id: str | None = None
    external_update_id: str | None = None
    external_message_id: str | None = None
    edit_of: int | None = None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    id: int
    channel: str
    chat_id: str
    official_id: str | None
    kind: str
    text: str
    external_message_id: str | None
    received_at: datetime
    parse_status: str | None


@dataclass(frozen=True, slots=True)
class NewUpdate:
    task_id: str
    kind: UpdateKind
    value: float | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PendingChoice:
    id: int
    official_id: str
    message_id: int | None
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    resolved_at: datetime | None


def _update(row: sqlite3.Row) -> ProgressUpdate:
    return ProgressUpdate(
        id=row["id"], task_id=row["task_id"], kind=UpdateKind(row["kind"]), value=row["value"],
        message_id=row["message_id"], author_id=row["author_id"],
        created_at=from_db_time(row["created_at"]) or datetime.min, note=row["note"],
        undone_at=from_db_time(row["undone_at"]),
    )


def _message(row: sqlite3.Row) -> StoredMessage:
    return StoredMessage(row["id"], row["channel"], row["chat_id"], row["official_id"], row["kind"], row["text"],
                         row["external_message_id"], from_db_time(row["received_at"]) or datetime.min,
                         row["parse_status"])


class ProgressRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_message(self, record: IncomingRecord) -> tuple[int, bool]:
        """Store the raw message; returns (id, is_new). A redelivered update (same channel and
        update id, e.g. after a crash before the chat API saw our acknowledgement) is not stored twice."""
        async with self._db.transaction() as conn:
            if record.external_update_id is not None:
                async with conn.execute(
                    "SELECT id FROM messages WHERE channel = ? AND external_update_id = ?",
                    (record.channel, record.external_update_id),
                ) as cursor:
                    row = await cursor.fetchone()
                if row is not None:
                    return int(row["id"]), False
            cursor = await conn.execute(
                "INSERT INTO messages (channel, chat_id, sender_external_id, external_update_id,"
                " external_message_id, official_id, kind, text, edit_of, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.channel, record.chat_id, record.sender_external_id, record.external_update_id,
                 record.external_message_id, record.official_id, record.kind, record.text, record.edit_of,
                 to_db_time(record.received_at)),
            )
            return int(cursor.lastrowid or 0), True

    async def set_parse_result(self, message_id: int, status: str, detail: dict[str, Any]) -> None:
        await self._db.execute("UPDATE messages SET parse_status = ?, parse_detail = ? WHERE id = ?",
                               (status, json.dumps(detail, ensure_ascii=False), message_id))

    async def message(self, message_id: int) -> StoredMessage | None:
        row = await self._db.fetch_one("SELECT * FROM messages WHERE id = ?", (message_id,))
        return _message(row) if row else None

    async def original_message(self, channel: str, chat_id: str, external_message_id: str) -> StoredMessage | None:
        """The first stored (non-edit) message with this external id: the one an edit corrects."""
        row = await self._db.fetch_one(
            "SELECT * FROM messages WHERE channel = ? AND chat_id = ? AND external_message_id = ?"
            " AND kind != 'edit' ORDER BY id LIMIT 1",
            (channel, chat_id, external_message_id),
        )
        return _message(row) if row else None

    async def messages_from_sender_since(self, channel: str, chat_id: str, sender_external_id: str,
                                         since: datetime) -> int:
        """How many messages this chat account sent in this chat since a moment (a stranger is answered once)."""
        row = await self._db.fetch_one(
            "SELECT COUNT(*) FROM messages WHERE channel = ? AND chat_id = ? AND sender_external_id = ?"
            " AND received_at > ?",
            (channel, chat_id, sender_external_id, to_db_time(since)),
        )
        return int(row[0]) if row else 0

    async def message_count(self) -> int:
        row = await self._db.fetch_one("SELECT COUNT(*) FROM messages")
        return int(row[0]) if row else 0

    async def add_updates(self, updates: list[NewUpdate], message_id: int | None, author_id: str | None,
                          now: datetime, replaces: dict[str, int] | None = None,
                          undo_ids: list[int] | None = None, undo_reason: str = "") -> list[ProgressUpdate]:
        """Record updates in one transaction. `undo_ids` are marked undone in the same transaction
        (an edited message or a 'Sửa' correction replaces what it recorded before)."""
        stamp = to_db_time(now)
        created: list[ProgressUpdate] = []
        async with self._db.transaction() as conn:
            if undo_ids:
                await conn.executemany(
                    "UPDATE updates SET undone_at = ?, undone_by = ?, undo_reason = ?"
                    " WHERE id = ? AND undone_at IS NULL",
                    [(stamp, author_id, undo_reason, uid) for uid in undo_ids],
                )
            for update in updates:
                cursor = await conn.execute(
                    "INSERT INTO updates (task_id, kind, value, note, message_id, author_id, created_at, replaces_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (update.task_id, update.kind.value, update.value, update.note, message_id, author_id, stamp,
                     (replaces or {}).get(update.task_id)),
                )
                created.append(ProgressUpdate(int(cursor.lastrowid or 0), update.task_id, update.kind, update.value,
                                              message_id, author_id, now, update.note))
        return created

    async def undo(self, update_ids: list[int], by: str | None, now: datetime, reason: str = "hoàn tác",
                   handled_message_id: int | None = None) -> int:
        """Mark updates undone; returns how many were live. Nothing is deleted.

        `handled_message_id`: the message asking for the undo is marked handled in the same
        transaction, so a crash never leaves an undo done but its request unfinished (which a
        restart would handle again, undoing a second message)."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            if handled_message_id is not None:
                await conn.execute("UPDATE messages SET parse_status = 'undo' WHERE id = ? AND parse_status IS NULL",
                                   (handled_message_id,))
            count = 0
            for uid in update_ids:
                cursor = await conn.execute(
                    "UPDATE updates SET undone_at = ?, undone_by = ?, undo_reason = ?"
                    " WHERE id = ? AND undone_at IS NULL",
                    (stamp, by, reason, uid),
                )
                count += cursor.rowcount
            return count

    async def update(self, update_id: int) -> ProgressUpdate | None:
        row = await self._db.fetch_one("SELECT * FROM updates WHERE id = ?", (update_id,))
        return _update(row) if row else None

    async def updates_for_message(self, message_id: int) -> list[ProgressUpdate]:
        rows = await self._db.fetch_all("SELECT * FROM updates WHERE message_id = ? ORDER BY id", (message_id,))
        return [_update(r) for r in rows]

    async def updates_for_task(self, task_id: str) -> list[ProgressUpdate]:
        rows = await self._db.fetch_all("SELECT * FROM updates WHERE task_id = ? ORDER BY id", (task_id,))
        return [_update(r) for r in rows]

    async def updates_by_task(self, task_ids: list[str] | None = None) -> dict[str, list[ProgressUpdate]]:
        """All updates grouped by task, oldest first (every task when task_ids is None)."""
        if task_ids is None:
            rows = await self._db.fetch_all("SELECT * FROM updates ORDER BY task_id, id")
        else:
            rows = []
            for start in range(0, len(task_ids), 500):
                chunk = task_ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows += await self._db.fetch_all(
                    f"SELECT * FROM updates WHERE task_id IN ({marks}) ORDER BY task_id, id", chunk)
        grouped: dict[str, list[ProgressUpdate]] = defaultdict(list)
        for row in rows:
            grouped[row["task_id"]].append(_update(row))
        return dict(grouped)

    async def recent_updates_by(self, author_id: str, limit: int = 10) -> list[ProgressUpdate]:
        rows = await self._db.fetch_all(
            "SELECT * FROM updates WHERE author_id = ? ORDER BY id DESC LIMIT ?", (author_id, limit))
        return [_update(r) for r in rows]

    async def last_live_message_with_updates(self, author_id: str) -> int | None:
        """The newest message of this author that still has live (not undone) updates."""
        row = await self._db.fetch_one(
            "SELECT message_id FROM updates WHERE author_id = ? AND undone_at IS NULL AND message_id IS NOT NULL"
            " ORDER BY id DESC LIMIT 1",
            (author_id,),
        )
        return int(row["message_id"]) if row else None

    async def last_report_at(self) -> dict[str, datetime]:
        """When each official last sent anything the bot stored."""
        rows = await self._db.fetch_all(
            "SELECT official_id, MAX(received_at) AS at FROM messages WHERE official_id IS NOT NULL"
            " GROUP BY official_id")
        return {r["official_id"]: from_db_time(r["at"]) or datetime.min for r in rows}

    async def create_pending(self, official_id: str, message_id: int | None, kind: str, payload: dict[str, Any],
                             now: datetime) -> int:
        return await self._db.execute(
            "INSERT INTO pending_choices (official_id, message_id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)",
            (official_id, message_id, kind, json.dumps(payload, ensure_ascii=False), to_db_time(now)),
        )

    async def pending(self, pending_id: int) -> PendingChoice | None:
        row = await self._db.fetch_one("SELECT * FROM pending_choices WHERE id = ?", (pending_id,))
        if row is None:
            return None
        return PendingChoice(row["id"], row["official_id"], row["message_id"], row["kind"], json.loads(row["payload"]),
                             from_db_time(row["created_at"]) or datetime.min, from_db_time(row["resolved_at"]))

    async def latest_open_pending(self, official_id: str) -> PendingChoice | None:
        row = await self._db.fetch_one(
            "SELECT id FROM pending_choices WHERE official_id = ? AND resolved_at IS NULL ORDER BY id DESC LIMIT 1",
            (official_id,),
        )
        return await self.pending(int(row["id"])) if row else None

    async def resolve_pending(self, pending_id: int, resolution: str, now: datetime) -> bool:
        """Close a pending choice once; False when it was already resolved (a double tap)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE pending_choices SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL",
                (to_db_time(now), resolution, pending_id),
            )
            return cursor.rowcount == 1
