"""`dondoc reminders plan`: preview the reminders the policy would send, day by day, in a date range.

Each working day is planned at `send_at` as if the day's messages had gone out, so one-per-day and
"already reminded" hold across the range exactly as they would in production. Without `--db` nobody
has reported anything; with `--db` progress, pauses and what was already planned come from the store.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from bot.commands.common import CommandError, cli_command, open_store_for, settings_for
from bot.models import PledgeBook
from bot.settings import Settings
from reminders.policy import PlannedMessage, PolicyState, ReminderPolicy

MAX_DAYS = 3 * 366


def _parse_day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{flag} phải có dạng YYYY-MM-DD, nhận được «{text}»") from exc


def _load_book(path: Path) -> PledgeBook:
    from bot.pledges import PledgeImportError, load_pledge_file

    try:
        return load_pledge_file(path)
    except PledgeImportError as exc:
        raise CommandError(f"Tệp cam kết có lỗi:\n{exc}") from exc


def walk(policy: ReminderPolicy, state: PolicyState, settings: Settings, start: date,
         end: date) -> list[PlannedMessage]:
    """Plan every day from start to end (inclusive) at send_at, remembering what each day sent."""
    planned: list[PlannedMessage] = []
    covered = set(state.covered)
    day = start
    while day <= end:
        now = datetime.combine(day, settings.reminders.send_at, settings.tz)
        messaged = state.messaged_today if day == start else frozenset()
        todays = policy.plan(replace(state, covered=frozenset(covered), messaged_today=messaged), now)
        for message in todays:
            covered.update(message.covers)
        planned.extend(todays)
        day += timedelta(days=1)
    return planned


def as_json(planned: list[PlannedMessage]) -> list[dict[str, object]]:
    return [{"at": p.message.due_at.isoformat(), "official": p.message.official_id, "kind": p.message.kind,
             "tasks": list(p.message.task_ids), "text": p.message.text} for p in planned]


def as_listing(planned: list[PlannedMessage], names: dict[str, str]) -> str:
    if not planned:
        return "Không có tin nhắc nào trong khoảng ngày này."
    blocks = []
    for p in planned:
        m = p.message
        who = names.get(m.official_id or "", m.official_id or "")
        kinds = ", ".join(k.value for k in p.kinds)
        body = "\n".join(f"    {line}" for line in m.text.splitlines())
        blocks.append(f"{m.due_at:%d/%m/%Y %H:%M} → {who} ({m.official_id}) [{kinds}]\n{body}")
    return "\n\n".join(blocks) + f"\n\nTổng cộng {len(planned)} tin."


async def _state(args: argparse.Namespace, settings: Settings, start: date) -> PolicyState:
    book = _load_book(args.pledges) if args.pledges else None
    if args.db is None:
        if book is None:
            raise CommandError("Cần --pledges TỆP (hoặc --db để dùng dữ liệu đã nhập)")
        return PolicyState(officials=book.officials, tasks=book.tasks)
    from reminders.scheduler import load_state

    async with open_store_for(args, must_exist=True) as (_settings, store):
        stored = await load_state(store, settings, datetime.combine(start, settings.reminders.send_at,
                                                                    settings.tz))
    # a preview shows what everyone would get, bound to a chat or not yet
    state = replace(stored, reachable=None)
    if book is not None:
        state = replace(state, officials=book.officials, tasks=book.tasks)
    return state


@cli_command
async def cmd_plan(args: argparse.Namespace) -> int:
    settings = settings_for(args)
    start = _parse_day(args.date_from, "--from")
    end = _parse_day(args.date_to, "--to")
    if end < start:
        raise CommandError("--to phải sau hoặc bằng --from")
    if (end - start).days > MAX_DAYS:
        raise CommandError(f"Khoảng ngày quá dài (tối đa {MAX_DAYS} ngày)")
    state = await _state(args, settings, start)
    policy = ReminderPolicy(settings.reminders, settings.tz)
    planned = walk(policy, state, settings, start, end)
    if args.json:
        print(json.dumps(as_json(planned), ensure_ascii=False, indent=1))
    else:
        print(as_listing(planned, {o.id: o.name for o in state.officials}))
    return 0
