"""Who is behind a chat account: chat identities and one-time invite codes (stored hashed)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.store.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class ChatIdentity:
    channel: str
    external_id: str
    chat_id: str
    official_id: str
    bound_at: datetime


class PeopleRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def official_id_for(self, channel: str, external_id: str) -> str | None:
        row = await self._db.fetch_one(
            "SELECT i.official_id FROM chat_identities i JOIN officials o ON o.id = i.official_id"
            " WHERE i.channel = ? AND i.external_id = ? AND o.active = 1",
            (channel, external_id),
        )
        return row["official_id"] if row else None

    async def identities_of(self, official_id: str) -> list[ChatIdentity]:
        rows = await self._db.fetch_all(
            "SELECT * FROM chat_identities WHERE official_id = ? ORDER BY bound_at", (official_id,))
        return [ChatIdentity(r["channel"], r["external_id"], r["chat_id"], r["official_id"],
                             from_db_time(r["bound_at"]) or datetime.min) for r in rows]

    async def all_identities(self) -> list[ChatIdentity]:
        rows = await self._db.fetch_all("SELECT * FROM chat_identities ORDER BY bound_at")
        return [ChatIdentity(r["channel"], r["external_id"], r["chat_id"], r["official_id"],
                             from_db_time(r["bound_at"]) or datetime.min) for r in rows]

    async def create_invite(self, official_id: str, code_hash: str, created_by: str | None,
                            now: datetime, expires_at: datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO invites (code_hash, official_id, created_by, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (code_hash, official_id, created_by, to_db_time(now), to_db_time(expires_at)),
            )
            await conn.execute(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, 'invite.create', ?, '{}')",
                (to_db_time(now), created_by, official_id),
            )

    async def redeem_invite(self, code_hash: str, channel: str, external_id: str, chat_id: str,
                            now: datetime) -> str | None:
        """Atomically use a valid code and bind the chat account; return the official id, or None.

        A re-bind (lost phone) replaces the official's earlier identity on the same channel."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT official_id FROM invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
                (code_hash, stamp),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                return None
            official_id: str = row["official_id"]
            await conn.execute(
                "UPDATE invites SET used_at = ?, used_by_channel = ?, used_by_external = ? WHERE code_hash = ?",
                (stamp, channel, external_id, code_hash),
            )
            await _bind(conn, channel, external_id, chat_id, official_id, stamp, actor=official_id)
            return official_id

    async def bind(self, channel: str, external_id: str, chat_id: str, official_id: str, now: datetime,
                   actor: str | None = None) -> None:
        """Bind directly (the terminal demo, an admin's re-bind); replaces earlier bindings on that channel."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            await _bind(conn, channel, external_id, chat_id, official_id, stamp, actor=actor or official_id)

    async def unbind_official(self, official_id: str, now: datetime, actor: str | None) -> int:
        async with self._db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM chat_identities WHERE official_id = ?", (official_id,))
            await conn.execute(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, 'identity.unbind', ?, '{}')",
                (to_db_time(now), actor, official_id),
            )
            return cursor.rowcount

    async def record_invite_failure(self, channel: str, external_id: str, now: datetime) -> None:
        await self._db.execute("INSERT INTO invite_failures (channel, external_id, at) VALUES (?, ?, ?)",
                               (channel, external_id, to_db_time(now)))

    async def invite_failures_since(self, channel: str, external_id: str, since: datetime) -> int:
        row = await self._db.fetch_one(
            "SELECT COUNT(*) FROM invite_failures WHERE channel = ? AND external_id = ? AND at > ?",
            (channel, external_id, to_db_time(since)),
        )
        return int(row[0]) if row else 0


async def _bind(conn: aiosqlite.Connection, channel: str, external_id: str, chat_id: str, official_id: str,
                stamp: str, actor: str) -> None:
    """One chat account per official per channel, one official per chat account: the new binding
    replaces both kinds of earlier one (a lost phone, a shared phone handed over)."""
    await conn.execute("DELETE FROM chat_identities WHERE channel = ? AND (official_id = ? OR external_id = ?)",
                       (channel, official_id, external_id))
    await conn.execute(
        "INSERT INTO chat_identities (channel, external_id, chat_id, official_id, bound_at) VALUES (?, ?, ?, ?, ?)",
        (channel, external_id, chat_id, official_id, stamp),
    )
    await conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, 'identity.bind', ?, ?)",
        (stamp, actor, official_id, json.dumps({"channel": channel})),
    )
