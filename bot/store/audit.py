"""The audit trail: who did what, when, to what. Append-only."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.store.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str | None
    action: str
    subject: str | None
    detail: dict[str, Any]


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def log(self, actor: str | None, action: str, subject: str | None, now: datetime,
                  detail: dict[str, Any] | None = None) -> None:
        await self._db.execute(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            (to_db_time(now), actor, action, subject, json.dumps(detail or {}, ensure_ascii=False)),
        )

    async def entries(self, subject: str | None = None, limit: int = 100) -> list[AuditEntry]:
        if subject is None:
            rows = await self._db.fetch_all("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = await self._db.fetch_all("SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?",
                                            (subject, limit))
        return [AuditEntry(r["id"], from_db_time(r["at"]) or datetime.min, r["actor"], r["action"], r["subject"],
                           json.loads(r["detail"])) for r in rows]
