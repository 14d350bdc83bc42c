"""Units, officials and their tasks: the pledge lists as stored."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.models import Direction, Official, PledgeBook, Role, Target, Task, Unit, YearMonth
from bot.store.db import Database, to_db_time


@dataclass(frozen=True, slots=True)
class ImportSummary:
    officials_added: int = 0
    officials_changed: int = 0
    tasks_added: int = 0
    tasks_changed: int = 0
    tasks_retired: int = 0
    changed_task_ids: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        return (
            f"cán bộ: {self.officials_added} mới, {self.officials_changed} thay đổi; "
            f"nhiệm vụ: {self.tasks_added} mới, {self.tasks_changed} thay đổi, {self.tasks_retired} ngừng theo dõi"
        )


def _official(row: sqlite3.Row) -> Official:
    return Official(row["id"], row["name"], row["title"], row["unit_id"], Role(row["role"]), row["leader_id"])


def _task(row: sqlite3.Row) -> Task:
    return Task(
        id=row["id"],
        official_id=row["official_id"],
        position=row["position"],
        text=row["text"],
        target=Target(row["target"], row["target_unit"], Direction(row["direction"])),
        deadline=YearMonth.parse(row["deadline_month"]),
        start=YearMonth.parse(row["start_month"]) if row["start_month"] else None,
    )


_TASK_COLUMNS = "id, official_id, position, text, target, target_unit, direction, start_month, deadline_month"


class PledgeRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def apply_book(self, book: PledgeBook, actor: str, now: datetime) -> ImportSummary:
        """Upsert the whole book in one transaction. Idempotent by id: a task whose text, target or
        deadline changed is updated in place and keeps its progress; a task no longer in the file
        of an official that is in it stops being tracked (active = 0), its history kept."""
        stamp = to_db_time(now)
        added_o = changed_o = added_t = changed_t = retired = 0
        changed_ids: list[str] = []
        async with self._db.transaction() as conn:
            # parents first so the foreign key holds whatever order the file used
            pending_units = list(book.units)
            known = {row[0] for row in await conn.execute_fetchall("SELECT id FROM units")}
            for unit in sorted(pending_units, key=lambda u: u.parent_id is not None):
                await conn.execute(
                    "INSERT INTO units (id, name, parent_id) VALUES (?, ?, NULL) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                    (unit.id, unit.name),
                )
                known.add(unit.id)
            for unit in pending_units:
                await conn.execute("UPDATE units SET parent_id = ? WHERE id = ?", (unit.parent_id, unit.id))

            existing_o = {
                row["id"]: row for row in await conn.execute_fetchall("SELECT * FROM officials")
            }
            # insert without leaders first, then set leaders: a leader may come later in the file
            for official in book.officials:
                old = existing_o.get(official.id)
                if old is None:
                    added_o += 1
                    await conn.execute(
                        "INSERT INTO officials (id, name, title, unit_id, role, leader_id, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                        (official.id, official.name, official.title, official.unit_id, official.role.value,
                         stamp, stamp),
                    )
                else:
                    stored = (old["name"], old["title"], old["unit_id"], old["role"], old["leader_id"], old["active"])
                    same = stored == (official.name, official.title, official.unit_id, official.role.value,
                                      official.leader_id, 1)
                    if not same:
                        changed_o += 1
                        await conn.execute(
                            "UPDATE officials SET name = ?, title = ?, unit_id = ?, role = ?, active = 1,"
                            " updated_at = ? WHERE id = ?",
                            (official.name, official.title, official.unit_id, official.role.value, stamp,
                             official.id),
                        )
            for official in book.officials:
                await conn.execute("UPDATE officials SET leader_id = ? WHERE id = ?",
                                   (official.leader_id, official.id))

            existing_t = {
                row["id"]: row for row in await conn.execute_fetchall(f"SELECT {_TASK_COLUMNS}, active FROM tasks")
            }
            in_book = set()
            for task in book.tasks:
                in_book.add(task.id)
                values = (task.official_id, task.position, task.text, task.target.value, task.target.unit,
                          task.target.direction.value, str(task.start) if task.start else None, str(task.deadline))
                old = existing_t.get(task.id)
                if old is None:
                    added_t += 1
                    changed_ids.append(task.id)
                    await conn.execute(
                        f"INSERT INTO tasks ({_TASK_COLUMNS}, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (task.id, *values, stamp, stamp),
                    )
                elif tuple(old[c] for c in ("official_id", "position", "text", "target", "target_unit", "direction",
                                            "start_month", "deadline_month")) != values or not old["active"]:
                    changed_t += 1
                    changed_ids.append(task.id)
                    await conn.execute(
                        "UPDATE tasks SET official_id = ?, position = ?, text = ?, target = ?, target_unit = ?,"
                        " direction = ?, start_month = ?, deadline_month = ?, active = 1, updated_at = ?"
                        " WHERE id = ?",
                        (*values, stamp, task.id),
                    )
            book_officials = {o.id for o in book.officials}
            for task_id, row in existing_t.items():
                if task_id not in in_book and row["official_id"] in book_officials and row["active"]:
                    retired += 1
                    changed_ids.append(task_id)
                    await conn.execute("UPDATE tasks SET active = 0, updated_at = ? WHERE id = ?", (stamp, task_id))
            summary = ImportSummary(added_o, changed_o, added_t, changed_t, retired, tuple(changed_ids))
            await conn.execute(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, 'pledges.import', ?, ?)",
                (stamp, actor, book.source, json.dumps(
                    {"summary": summary.describe(), "changed": changed_ids}, ensure_ascii=False)),
            )
        return summary

    async def units(self) -> list[Unit]:
        rows = await self._db.fetch_all("SELECT id, name, parent_id FROM units ORDER BY name")
        return [Unit(r["id"], r["name"], r["parent_id"]) for r in rows]

    async def officials(self) -> list[Official]:
        rows = await self._db.fetch_all("SELECT * FROM officials WHERE active = 1 ORDER BY rowid")
        return [_official(r) for r in rows]

    async def official(self, official_id: str) -> Official | None:
        row = await self._db.fetch_one("SELECT * FROM officials WHERE id = ? AND active = 1", (official_id,))
        return _official(row) if row else None

    async def subordinates(self, leader_id: str) -> list[Official]:
        """Every official whose leader chain reaches leader_id (not the leader themself)."""
        rows = await self._db.fetch_all(
            """
            WITH RECURSIVE below(id) AS (
                SELECT id FROM officials WHERE leader_id = ?
                UNION SELECT o.id FROM officials o JOIN below b ON o.leader_id = b.id
            )
            SELECT o.* FROM officials o JOIN below b ON o.id = b.id WHERE o.active = 1 ORDER BY o.rowid
            """,
            (leader_id,),
        )
        return [_official(r) for r in rows]

    async def tasks_of(self, official_id: str) -> list[Task]:
        rows = await self._db.fetch_all(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE official_id = ? AND active = 1 ORDER BY position",
            (official_id,),
        )
        return [_task(r) for r in rows]

    async def task(self, task_id: str) -> Task | None:
        row = await self._db.fetch_one(f"SELECT {_TASK_COLUMNS} FROM tasks WHERE id = ?", (task_id,))
        return _task(row) if row else None

    async def all_tasks(self) -> list[Task]:
        rows = await self._db.fetch_all(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE active = 1 ORDER BY official_id, position")
        return [_task(r) for r in rows]

    async def set_paused_until(self, official_id: str, until: date | None) -> None:
        await self._db.execute("UPDATE officials SET paused_until = ? WHERE id = ?",
                               (until.isoformat() if until else None, official_id))

    async def paused_until(self) -> dict[str, date]:
        rows = await self._db.fetch_all("SELECT id, paused_until FROM officials WHERE paused_until IS NOT NULL")
        return {r["id"]: date.fromisoformat(r["paused_until"]) for r in rows}
