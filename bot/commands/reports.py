"""`dondoc chart` and `dondoc export`: the leader reports from the command line, over every official."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from bot.commands.common import CommandError, cli_command, open_store_for
from bot.reports.data import load_overview
from bot.reports.text import day
from bot.status import Overview
from bot.store import Store


async def _overview(store: Store, silence_days: int, now: datetime) -> Overview:
    return await load_overview(store, await store.pledges.officials(), now, silence_days)


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise CommandError(f"Không ghi được {path}: {exc.strerror}") from exc


@cli_command
async def cmd_chart(args: argparse.Namespace) -> int:
    """Progress per unit (or per task of one unit with --unit) as a PNG."""
    from bot.reports import chart

    async with open_store_for(args) as (settings, store):
        now = datetime.now(settings.tz)
        overview = await _overview(store, settings.reminders.silence_days, now)
    if args.unit:
        unit = overview.unit(args.unit)
        if unit is None:
            known = ", ".join(u.unit.id for u in overview.units) or "(chưa có đơn vị nào có nhiệm vụ)"
            raise CommandError(f"Không có đơn vị mã «{args.unit}». Các mã có: {known}")
        png = chart.render_unit_tasks(unit, day(overview.today))
    else:
        png = chart.render_units(overview)
    _write(args.out, png)
    print(f"Đã vẽ biểu đồ vào {args.out}")
    return 0


@cli_command
async def cmd_export(args: argparse.Namespace) -> int:
    """Every task of every official as an .xlsx report."""
    from bot.reports import excel

    async with open_store_for(args) as (settings, store):
        now = datetime.now(settings.tz)
        overview = await _overview(store, settings.reminders.silence_days, now)
    _write(args.out, excel.render_workbook(overview, settings.tz, now))
    print(f"Đã xuất {overview.tally.total} nhiệm vụ của {len(overview.officials)} cán bộ vào {args.out}")
    return 0
