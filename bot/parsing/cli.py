"""`dondoc parse`: JSON lines in (one message each), JSON lines out, in order, flushed per line.

Kept light on purpose: only the pledge loader and the pure parser are imported, so start-up stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from bot.parsing import ParseResult, PledgedTask, parse_message, pledged_task
from bot.parsing.types import ParsedUpdate
from bot.pledges import PledgeImportError, load_pledge_file


def _update_json(update: ParsedUpdate, explain: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"task": update.task_id, "kind": str(update.kind), "value": update.value}
    if explain:
        row["explain"] = update.explanation
    return row


def result_json(case_id: object, result: ParseResult, explain: bool) -> dict[str, Any]:
    """The output line for one parsed message."""
    row: dict[str, Any] = {
        "id": case_id,
        "status": str(result.status),
        "updates": [_update_json(u, explain) for u in result.updates],
    }
    if result.candidates:
        row["candidates"] = [
            {
                "task": c.task_id,
                "score": c.score,
                "update": _update_json(c.update, explain) if c.update is not None else None,
            }
            for c in result.candidates
        ]
    if explain:
        row["explain"] = result.explanation
    return row


def _line_result(line: str, tasks_of: dict[str, tuple[PledgedTask, ...]], explain: bool) -> dict[str, Any]:
    try:
        case = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return {"id": None, "status": "none", "updates": [], "error": "dòng không phải JSON hợp lệ"}
    if not isinstance(case, dict):
        return {"id": None, "status": "none", "updates": [], "error": "dòng JSON không phải một đối tượng"}
    case_id = case.get("id")
    official, text = case.get("official"), case.get("text")
    if not isinstance(text, str):
        return {"id": case_id, "status": "none", "updates": [], "error": "thiếu trường «text»"}
    if not isinstance(official, str) or official not in tasks_of:
        return {
            "id": case_id,
            "status": "unmatched",
            "updates": [],
            "error": f"không có cán bộ mã «{official}» trong tệp cam kết",
        }
    try:
        result = parse_message(tasks_of[official], text)
    except Exception as exc:  # one bad message must not stop the stream
        return {"id": case_id, "status": "unmatched", "updates": [], "error": f"lỗi phân tích: {exc!r}"}
    return result_json(case_id, result, explain)


def run(stdin: TextIO, stdout: TextIO, tasks_of: dict[str, tuple[PledgedTask, ...]], explain: bool) -> None:
    for line in stdin:
        if not line.strip():
            continue
        row = _line_result(line, tasks_of, explain)
        stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        stdout.flush()


def cmd_parse(args: argparse.Namespace) -> int:
    try:
        book = load_pledge_file(args.pledges)
    except PledgeImportError as exc:
        print(f"Tệp cam kết có {len(exc.errors)} lỗi:", file=sys.stderr)
        for error in exc.errors:
            print(f"  - {error}", file=sys.stderr)
        return 2
    tasks_of = {o.id: tuple(pledged_task(t) for t in book.tasks_of(o.id)) for o in book.officials}
    stdin = sys.stdin
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(encoding="utf-8", errors="replace")
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    run(stdin, sys.stdout, tasks_of, bool(getattr(args, "explain", False)))
    return 0
