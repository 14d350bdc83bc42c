"""The durable inbox: every raw update a chat channel fetched, kept before the channel confirms it.

Life of a row: `receive` (the channel just fetched it; stored in the same breath, before Telegram can
forget it) → `save_replies` (the core handled it; what to answer is kept before anything is sent) →
`replies_sent` counts the replies delivered → `handled_at` once all went out. On start-up the channel
re-feeds every row without `handled_at`: rows with saved replies only resend what was not yet sent;
rows without are handled again (the core recognises a message it already stored).

Payloads and replies are opaque text (the channel's JSON) to the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.store.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    channel: str
    update_id: str
    payload: str
    received_at: datetime
    replies: str | None  # None: the core has not finished with it (as far as the inbox knows)
    replies_sent: int
    handled_at: datetime | None


def _item(r: sqlite3.Row) -> InboxItem:
    return InboxItem(
        r["id"],
        r["channel"],
        r["update_id"],
        r["payload"],
        from_db_time(r["received_at"]) or datetime.min,
        r["replies"],
        int(r["replies_sent"]),
        from_db_time(r["handled_at"]),
    )


class InboxRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def receive(self, channel: str, updates: Sequence[tuple[str, str]], now: datetime) -> set[str]:
        """Store a fetched batch of (update_id, payload) in one transaction; returns the update ids
        that were new. An id already present (redelivered after a crash, or a webhook retry) is kept
        as first stored and is not returned: it is handled, or being handled, already."""
        if not updates:
            return set()
        stamp = to_db_time(now)
        fresh: set[str] = set()
        async with self._db.transaction() as conn:
            for update_id, payload in updates:
                cursor = await conn.execute(
                    "INSERT INTO inbox (channel, update_id, payload, received_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (channel, update_id) DO NOTHING",
                    (channel, update_id, payload, stamp),
                )
                if cursor.rowcount == 1:
                    fresh.add(update_id)
        return fresh

    async def unhandled(self, channel: str) -> list[InboxItem]:
        """Rows not yet fully answered, oldest first: what a restarted channel must finish."""
        rows = await self._db.fetch_all(
            "SELECT * FROM inbox WHERE channel = ? AND handled_at IS NULL ORDER BY id", (channel,)
        )
        return [_item(r) for r in rows]

    async def item(self, channel: str, update_id: str) -> InboxItem | None:
        row = await self._db.fetch_one("SELECT * FROM inbox WHERE channel = ? AND update_id = ?", (channel, update_id))
        return _item(row) if row else None

    async def save_replies(
        self, channel: str, update_id: str, replies: str, now: datetime, handled: bool = False
    ) -> None:
        """Keep what the core answered, before sending any of it. `handled`: nothing to send, done."""
        await self._db.execute(
            "UPDATE inbox SET replies = ?, handled_at = CASE WHEN ? THEN ? ELSE handled_at END"
            " WHERE channel = ? AND update_id = ?",
            (replies, int(handled), to_db_time(now), channel, update_id),
        )

    async def mark_sent(self, channel: str, update_id: str, sent: int, now: datetime, handled: bool = False) -> None:
        """`sent` replies of this update went out; `handled` when that was the last one."""
        await self._db.execute(
            "UPDATE inbox SET replies_sent = MAX(replies_sent, ?),"
            " handled_at = CASE WHEN ? THEN ? ELSE handled_at END WHERE channel = ? AND update_id = ?",
            (sent, int(handled), to_db_time(now), channel, update_id),
        )

    async def mark_handled(self, channel: str, update_id: str, now: datetime) -> None:
        await self._db.execute(
            "UPDATE inbox SET handled_at = ? WHERE channel = ? AND update_id = ? AND handled_at IS NULL",
            (to_db_time(now), channel, update_id),
        )

    async def prune(self, handled_before: datetime) -> int:
        """Forget rows fully answered before a moment (the raw message stays in `messages`; Telegram
        redelivers an unconfirmed update for a day at most, so a week of ids is plenty for de-dup)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?", (to_db_time(handled_before),)
            )
            return cursor.rowcount

    async def counts(self, channel: str) -> tuple[int, int]:
        """(rows, rows not yet handled) for this channel."""
        row = await self._db.fetch_one(
            "SELECT COUNT(*), SUM(handled_at IS NULL) FROM inbox WHERE channel = ?", (channel,)
        )
        return (int(row[0]), int(row[1] or 0)) if row else (0, 0)
