"""`dondoc pledges …`: check a file, import it, list what is stored, write the Excel template."""

from __future__ import annotations

import argparse
import json
import sys

from bot.clock import SystemClock
from bot.commands.common import cli_command, fail, open_store_for, settings_for
from bot.formatting import fmt_number
from bot.models import Direction, PledgeBook, Progress, Task, fold_progress
from bot.pledges import PledgeImportError, load_pledge_file


def _report_errors(exc: PledgeImportError) -> int:
    count = len(exc.errors)
    print(f"Tệp cam kết có {count} lỗi, chưa ghi gì vào cơ sở dữ liệu:" if count > 1
          else "Tệp cam kết có lỗi, chưa ghi gì vào cơ sở dữ liệu:", file=sys.stderr)
    for error in exc.errors:
        print(f"  - {error}", file=sys.stderr)
    return 2


def _goal(task: Task) -> str:
    target = task.target
    if target.value is None:
        return "hoàn thành"
    sign = "≤" if target.direction is Direction.AT_MOST else "≥"
    return f"{sign} {fmt_number(target.value)} {target.unit or ''}".rstrip()


def _load(args: argparse.Namespace) -> PledgeBook:
    return load_pledge_file(args.file, settings_for(args).limits)


@cli_command
def cmd_check(args: argparse.Namespace) -> int:
    try:
        book = _load(args)
    except PledgeImportError as exc:
        return _report_errors(exc)
    if args.json:
        rows = [
            {"task": t.id, "target": t.target.value, "unit": t.target.unit,
             "direction": str(t.target.direction)}
            for t in book.tasks
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for official in book.officials:
        print(f"{official.name} ({official.id}) — {official.title}")
        for task in book.tasks_of(official.id):
            print(f"  {task.position:>2}. [{task.id}] {task.text}  → {_goal(task)},"
                  f" hạn {task.deadline.label()}")
    print(f"Hợp lệ: {len(book.officials)} cán bộ, {len(book.tasks)} nhiệm vụ.")
    return 0


@cli_command
async def cmd_import(args: argparse.Namespace) -> int:
    # validate the whole file before the database is even opened: a broken file changes no byte
    try:
        book = _load(args)
    except PledgeImportError as exc:
        return _report_errors(exc)
    async with open_store_for(args) as (settings, store):
        summary = await store.pledges.apply_book(book, "cli", SystemClock(settings.tz).now())
    print(f"Đã nhập {args.file.name}: {len(book.officials)} cán bộ, {len(book.tasks)} nhiệm vụ.")
    if not summary.changed_task_ids and not summary.officials_added and not summary.officials_changed:
        print("Không có gì thay đổi so với dữ liệu đã có.")
    else:
        print(summary.describe().capitalize() + ".")
    return 0


def _progress_text(task: Task, progress: Progress) -> str:
    if progress.done:
        state = "✅ xong"
    elif progress.value is not None:
        state = fmt_number(progress.value)
        if task.target.value is not None:
            state += f"/{fmt_number(task.target.value)}"
        if task.target.unit:
            state += f" {task.target.unit}"
        if task.target.value and task.target.direction is Direction.AT_LEAST:
            state += f" ({progress.value / task.target.value:.0%})"
    elif progress.update_count:
        state = "có báo cáo, chưa có số liệu"
    else:
        state = "chưa báo cáo"
    return state


@cli_command
async def cmd_list(args: argparse.Namespace) -> int:
    async with open_store_for(args, must_exist=True) as (_settings, store):
        officials = await store.pledges.officials()
        if args.official:
            officials = [o for o in officials if o.id == args.official]
            if not officials:
                return fail(f"Không có cán bộ mã «{args.official}».")
        if not officials:
            print("Chưa có cam kết nào. Nhập tệp cam kết: dondoc pledges import TỆP")
            return 0
        total = 0
        for official in officials:
            tasks = await store.pledges.tasks_of(official.id)
            updates = await store.progress.updates_by_task([t.id for t in tasks])
            print(f"{official.name} ({official.id}) — {official.title or 'chưa ghi chức vụ'}")
            if not tasks:
                print("   (không có nhiệm vụ)")
            for task in tasks:
                progress = fold_progress(task, updates.get(task.id, []))
                print(f"  {task.position:>2}. [{task.id}] {task.text}")
                print(f"      chỉ tiêu {_goal(task)}, hạn {task.deadline.label()}"
                      f" — {_progress_text(task, progress)}")
            total += len(tasks)
        print(f"Tổng: {len(officials)} cán bộ, {total} nhiệm vụ.")
    return 0


@cli_command
def cmd_template(args: argparse.Namespace) -> int:
    from bot.pledges.template import write_template

    out = args.out
    if out.suffix.lower() != ".xlsx":
        return fail(f"Tệp mẫu phải có đuôi .xlsx: {out}")
    try:
        write_template(out)
    except OSError as exc:
        return fail(f"Không ghi được {out}: {exc.strerror}")
    print(f"Đã tạo tệp mẫu {out}. Điền trang «Cam kết» (xem trang «Hướng dẫn»), rồi chạy:")
    print(f"  dondoc pledges check {out.name}")
    print(f"  dondoc pledges import {out.name}")
    return 0
