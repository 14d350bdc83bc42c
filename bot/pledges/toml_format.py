"""Pledge files in TOML (the format of ../shared/corpus): [[official]] tables with [[official.task]]."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from bot.pledges.book import PledgeError, PledgeImportError, RawOfficial, RawTask, Where

_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"']*)["']""")


def _id_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of every `id = "…"`, so errors can point at the table they belong to."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _ID_LINE.match(line)
        if match:
            lines.setdefault(match.group(1), []).append(number)
    return lines


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def read_toml(path: Path, text: str) -> list[RawOfficial]:
    """Parse TOML text into raw rows; syntax or shape problems raise PledgeImportError."""
    name = path.name
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PledgeImportError([PledgeError(Where(name), f"tệp TOML sai cú pháp: {exc}")]) from exc
    officials = data.get("official")
    if not isinstance(officials, list):
        raise PledgeImportError([PledgeError(Where(name), "không thấy bảng [[official]] nào")])
    id_lines = _id_lines(text)
    seen_count: dict[str, int] = {}

    def where_of(item_id: str) -> Where:
        index = seen_count.get(item_id, 0)
        seen_count[item_id] = index + 1
        lines = id_lines.get(item_id, [])
        return Where(name, lines[index] if index < len(lines) else None)

    raw: list[RawOfficial] = []
    errors: list[PledgeError] = []
    for official in officials:
        if not isinstance(official, dict):
            errors.append(PledgeError(Where(name), "mỗi [[official]] phải là một bảng"))
            continue
        official_id = _text(official.get("id"))
        where = where_of(official_id)
        tasks: list[RawTask] = []
        for task in official.get("task", []) or []:
            if not isinstance(task, dict):
                errors.append(PledgeError(where, "mỗi [[official.task]] phải là một bảng"))
                continue
            task_id = _text(task.get("id"))
            target = task.get("target")
            if target is not None and not isinstance(target, (int, float, str)):
                target = str(target)
            tasks.append(RawTask(
                where=where_of(task_id), id=task_id, text=_text(task.get("text")),
                deadline=_text(task.get("deadline")),
                start=_text(task["start"]) if task.get("start") else None,
                target=target, unit=_text(task["unit"]) if task.get("unit") else None,
                direction=_text(task["direction"]) if task.get("direction") else None,
            ))
        raw.append(RawOfficial(
            where=where, id=official_id, name=_text(official.get("name")), title=_text(official.get("title")),
            unit=_text(official.get("unit")), leader=_text(official["leader"]) if official.get("leader") else None,
            role=_text(official["role"]) if official.get("role") else None, tasks=tasks,
        ))
    if errors:
        raise PledgeImportError(errors)
    return raw
