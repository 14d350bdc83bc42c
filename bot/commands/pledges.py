"""`dondoc pledges …`: check a file, import it, list what is stored, write the Excel template."""

from __future__ import annotations

import argparse
import json
import sys

from bot.pledges import PledgeImportError, load_pledge_file


def _report_errors(exc: PledgeImportError) -> int:
    print(f"Tệp cam kết có {len(exc.errors)} lỗi, chưa ghi gì vào cơ sở dữ liệu:", file=sys.stderr)
    for error in exc.errors:
        print(f"  - {error}", file=sys.stderr)
    return 2


def cmd_check(args: argparse.Namespace) -> int:
    try:
        book = load_pledge_file(args.file)
    except PledgeImportError as exc:
        return _report_errors(exc)
    if args.json:
        rows = [
            {"task": t.id, "target": t.target.value, "unit": t.target.unit, "direction": str(t.target.direction)}
            for t in book.tasks
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for official in book.officials:
        print(f"{official.name} ({official.id}) — {official.title}")
        for task in book.tasks_of(official.id):
            target = task.target
            if target.value is None:
                goal = "hoàn thành"
            else:
                sign = "≤" if target.direction == "at_most" else "≥"
                goal = f"{sign} {target.value:g} {target.unit or ''}".rstrip()
            print(f"  {task.position:>2}. [{task.id}] {task.text}  → {goal}, hạn {task.deadline.label()}")
    print(f"Hợp lệ: {len(book.officials)} cán bộ, {len(book.tasks)} nhiệm vụ.")
    return 0
