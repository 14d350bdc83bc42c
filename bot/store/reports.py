"""Bulk reads for leader reports: the fold of every task's updates done in SQL, and update histories.

A leader's /tiendo covers hundreds of officials and thousands of tasks with tens of updates each;
shipping every update row to Python to fold it there costs seconds. `progress_facts` returns, per
task, the few aggregates the fold needs (bot.status.progress_from_facts turns them into a Progress
exactly as bot.models.fold_progress would, and says when it cannot). Plain SQL: GROUP BY, CASE,
correlated subqueries over the (task_id, id) index — nothing SQLite-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.models import ProgressUpdate, UpdateKind
from bot.store.db import Database, from_db_time

_CHUNK = 500  # bound parameters per IN list, far below every engine's limit


@dataclass(frozen=True, slots=True)
class ProgressFacts:
    """Aggregates over one task's live (not undone) updates, in id order."""

    task_id: str
    count: int  # live updates
    last_at: datetime  # created_at of the newest live update
    last_note: str  # note of the newest live update that has one ('' if none)
    absolute_id: int | None  # newest live absolute update
    absolute_value: float | None  # its value (may itself be None)
    increment_sum: float | None  # sum of live increments (with a value) after absolute_id; None: none
    last_value_id: int | None  # newest live absolute or increment
    first_done_id: int | None  # oldest live done


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One update as /lichsu shows it: who, when, from which message, undone or not."""

    update: ProgressUpdate
    author_name: str | None
    message_text: str | None
    message_at: datetime | None
    undone_by_name: str | None
    undo_reason: str | None


_FACTS_SQL = """
WITH agg AS (
    SELECT task_id,
           COUNT(*) AS n,
           MAX(id) AS last_id,
           MAX(CASE WHEN kind = 'absolute' THEN id END) AS absolute_id,
           MAX(CASE WHEN kind IN ('absolute', 'increment') THEN id END) AS last_value_id,
           MIN(CASE WHEN kind = 'done' THEN id END) AS first_done_id,
           MAX(CASE WHEN note <> '' THEN id END) AS note_id
    FROM updates
    WHERE undone_at IS NULL {filter}
    GROUP BY task_id
)
SELECT a.task_id, a.n, a.absolute_id, a.last_value_id, a.first_done_id,
       newest.created_at AS last_at,
       noted.note AS last_note,
       abs_u.value AS absolute_value,
       (SELECT SUM(i.value) FROM updates i
         WHERE i.task_id = a.task_id AND i.undone_at IS NULL AND i.kind = 'increment'
           AND i.value IS NOT NULL AND i.id > COALESCE(a.absolute_id, 0)) AS increment_sum
FROM agg a
JOIN updates newest ON newest.id = a.last_id
LEFT JOIN updates noted ON noted.id = a.note_id
LEFT JOIN updates abs_u ON abs_u.id = a.absolute_id
"""

_HISTORY_SQL = """
SELECT u.*, author.name AS author_name, m.text AS message_text, m.received_at AS message_at,
       undoer.name AS undone_by_name
FROM updates u
LEFT JOIN officials author ON author.id = u.author_id
LEFT JOIN messages m ON m.id = u.message_id
LEFT JOIN officials undoer ON undoer.id = u.undone_by
"""


def _facts(row: sqlite3.Row) -> ProgressFacts:
    return ProgressFacts(
        task_id=row["task_id"], count=row["n"], last_at=from_db_time(row["last_at"]) or datetime.min,
        last_note=row["last_note"] or "", absolute_id=row["absolute_id"],
        absolute_value=row["absolute_value"], increment_sum=row["increment_sum"],
        last_value_id=row["last_value_id"],
        first_done_id=row["first_done_id"],
    )


def _history(row: sqlite3.Row) -> HistoryEntry:
    update = ProgressUpdate(
        id=row["id"], task_id=row["task_id"], kind=UpdateKind(row["kind"]), value=row["value"],
        message_id=row["message_id"], author_id=row["author_id"],
        created_at=from_db_time(row["created_at"]) or datetime.min, note=row["note"],
        undone_at=from_db_time(row["undone_at"]),
    )
    return HistoryEntry(update, row["author_name"], row["message_text"], from_db_time(row["message_at"]),
                        row["undone_by_name"], row["undo_reason"])


class ReportsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def progress_facts(self, task_ids: Sequence[str] | None = None) -> dict[str, ProgressFacts]:
        """Fold aggregates per task that has live updates (every task when task_ids is None)."""
        if task_ids is None:
            rows = await self._db.fetch_all(_FACTS_SQL.format(filter=""))
        else:
            rows = []
            ids = list(task_ids)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += await self._db.fetch_all(_FACTS_SQL.format(filter=f"AND task_id IN ({marks})"), chunk)
        return {row["task_id"]: _facts(row) for row in rows}

    async def task_history(self, task_id: str) -> list[HistoryEntry]:
        """Every update of a task, undone ones included, oldest first."""
        rows = await self._db.fetch_all(_HISTORY_SQL + " WHERE u.task_id = ? ORDER BY u.id", (task_id,))
        return [_history(r) for r in rows]

    async def history_by_author(self, author_id: str, limit: int = 10) -> list[HistoryEntry]:
        """The newest updates this official recorded, newest first."""
        rows = await self._db.fetch_all(
            _HISTORY_SQL + " WHERE u.author_id = ? ORDER BY u.id DESC LIMIT ?", (author_id, limit))
        return [_history(r) for r in rows]
