"""Slash commands of the conversation core: the table the router dispatches on, and the commands an
official uses on their own tasks (/nhiemvu, /baocao, /trogiup, /tamdung, /tieptuc). Leader reports
and history live in handlers.leader and handlers.history; this module only gates and forwards."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.models import Official, Role, fold_progress
from handlers import report, texts
from handlers.context import Services
from handlers.register import cmd_rebind
from handlers.types import Incoming, Reply
from handlers.view import example_free_text, example_report, task_line, title_name

log = logging.getLogger(__name__)
MAX_PAUSE_DAYS = 90

CommandFn = Callable[[Services, Incoming, Official, str], Awaitable[list[Reply]]]


async def cmd_tasks(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/nhiemvu: my tasks with progress, deadline and status. Only mine: the scope is the sender."""
    tasks = await services.store.pledges.tasks_of(me.id)
    if not tasks:
        return [Reply(texts.NO_TASKS)]
    history = await services.store.progress.updates_by_task([t.id for t in tasks])
    today = services.clock.now().date()
    lines = [task_line(t, fold_progress(t, history.get(t.id, [])), today) for t in tasks]
    sample = next((t for t in tasks if t.target.value is not None), tasks[0])
    tail = texts.TASKS_TAIL.format(number=sample.position, value=example_report(sample).split(": ", 1)[1])
    head = texts.TASKS_HEAD.format(title_name=title_name(me), count=len(tasks))
    return [Reply("\n".join([head, *lines, tail]))]


async def cmd_howto(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/baocao: how to report, with examples made from my own tasks."""
    tasks = await services.store.pledges.tasks_of(me.id)
    if not tasks:
        return [Reply(texts.NO_TASKS)]
    with_figure = [t for t in tasks if t.target.value is not None]
    chosen = (with_figure[:2] + [t for t in tasks if t.target.value is None][:1]) or tasks[:2]
    examples = [f"  «{example_report(t)}»" for t in chosen]
    free_text = next((text for t in with_figure if (text := example_free_text(t, tasks))), None)
    if free_text:
        examples.append(f"  «{free_text}»")
    return [Reply(texts.REPORT_HOWTO.format(examples="\n".join(examples)))]


async def cmd_help(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    text = texts.HELP_OFFICIAL
    if me.role in (Role.LEADER, Role.ADMIN):
        text += texts.HELP_LEADER
    if me.role is Role.ADMIN:
        text += texts.HELP_ADMIN
    return [Reply(text)]


async def cmd_pause(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/tamdung <số ngày>: no reminders until then."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*(ngay|ngày)?\s*", args)
    if match is None or not 1 <= int(match.group(1)) <= MAX_PAUSE_DAYS:
        return [Reply(texts.PAUSE_USAGE)]
    until = services.clock.now().date() + timedelta(days=int(match.group(1)))
    await services.store.pledges.set_paused_until(me.id, until)
    await services.store.audit.log(
        me.id, "reminders.pause", me.id, services.clock.now(), {"until": str(until)}
    )
    return [Reply(texts.PAUSED.format(until=until.strftime("%d/%m/%Y")))]


async def cmd_resume(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    await services.store.pledges.set_paused_until(me.id, None)
    await services.store.audit.log(me.id, "reminders.resume", me.id, services.clock.now())
    return [Reply(texts.RESUMED)]


async def cmd_history(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/lichsu → handlers.history; a plain list of my recent updates until that module lands."""
    from handlers import history

    try:
        return await history.cmd_history(services, incoming, me, args)
    except NotImplementedError:
        pass
    updates = await services.store.progress.recent_updates_by(me.id, limit=10)
    if not updates:
        return [Reply(texts.HISTORY_EMPTY)]
    lines = []
    for update in updates:
        task = await services.store.pledges.task(update.task_id)
        if task is None or task.official_id != me.id:
            continue
        when = update.created_at.astimezone(services.settings.tz).strftime("%d/%m %H:%M")
        value = "xong" if update.value is None else f"{update.value:g}"
        state = " (đã hoàn tác)" if update.undone_at else ""
        lines.append(f"{when} #{task.position}: {value}{state}")
    return [Reply("\n".join([texts.HISTORY_HEAD, *lines]))]


async def _leader_fallback(services: Services, me: Official) -> list[Reply]:
    """A plain status list while handlers.leader is not there yet (same scope rule: my subordinates)."""
    people = await services.store.pledges.subordinates(me.id)
    if not people:
        return [Reply(texts.PROGRESS_FALLBACK_EMPTY)]
    lines = []
    for person in people:
        tasks = await services.store.pledges.tasks_of(person.id)
        history = await services.store.progress.updates_by_task([t.id for t in tasks])
        done = sum(fold_progress(t, history.get(t.id, [])).done for t in tasks)
        lines.append(f"• {person.name} ({person.title}): {done}/{len(tasks)} việc xong")
    return [Reply("\n".join([texts.PROGRESS_FALLBACK_HEAD.format(count=len(people)), *lines]))]


def _leaders_only(name: str) -> CommandFn:
    """Gate a handlers.leader command on the sender's role; scope inside it is the leader's subtree."""

    async def run(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
        if me.role not in (Role.LEADER, Role.ADMIN):
            return [Reply(texts.LEADERS_ONLY)]
        from handlers import leader

        try:
            replies: list[Reply] = await getattr(leader, name)(services, incoming, me, args)
        except NotImplementedError:
            log.warning("handlers.leader.%s not implemented yet: plain fallback", name)
            if name == "cmd_progress":
                return await _leader_fallback(services, me)
            return [Reply(texts.NOT_READY)]
        return replies

    run.__name__ = name
    return run


async def leader_button(services: Services, incoming: Incoming, me: Official, data: str) -> list[Reply]:
    """Buttons 'ld:…' (drill-down): leaders only; handlers.leader re-checks the unit is in scope."""
    if me.role not in (Role.LEADER, Role.ADMIN):
        return [Reply(texts.BUTTON_REFUSED)]
    from handlers import leader

    try:
        replies: list[Reply] = await leader.on_button(services, incoming, me, data)
    except NotImplementedError:
        return [Reply(texts.NOT_READY)]
    return replies


async def cmd_undo(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    return await report.cmd_undo(services, incoming, me, args)


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # Vietnamese, shown in the menu
    aliases: tuple[str, ...]
    description: str
    run: CommandFn
    roles: frozenset[Role] = frozenset(Role)


COMMANDS: tuple[Command, ...] = (
    Command("nhiemvu", ("tasks",), "Nhiệm vụ và tiến độ của tôi", cmd_tasks),
    Command("baocao", ("report",), "Cách nhắn báo cáo", cmd_howto),
    Command("lichsu", ("history",), "Các lần báo cáo gần đây", cmd_history),
    Command("hoantac", ("undo",), "Hoàn tác báo cáo gần nhất", cmd_undo),
    Command(
        "tiendo",
        ("progress",),
        "Tiến độ cấp dưới (lãnh đạo)",
        _leaders_only("cmd_progress"),
        frozenset({Role.LEADER, Role.ADMIN}),
    ),
    Command(
        "tre",
        ("late",),
        "Việc chậm, quá hạn (lãnh đạo)",
        _leaders_only("cmd_late"),
        frozenset({Role.LEADER, Role.ADMIN}),
    ),
    Command(
        "xuatexcel",
        ("export",),
        "Báo cáo Excel (lãnh đạo)",
        _leaders_only("cmd_export"),
        frozenset({Role.LEADER, Role.ADMIN}),
    ),
    Command("tamdung", ("pause",), "Tạm dừng nhắc việc: /tamdung 7", cmd_pause),
    Command("tieptuc", ("resume",), "Bật lại nhắc việc", cmd_resume),
    Command(
        "gancb", ("rebind",), "Tạo mã mời mới cho cán bộ (quản trị)", cmd_rebind, frozenset({Role.ADMIN})
    ),
    Command("trogiup", ("help",), "Hướng dẫn", cmd_help),
)

BY_NAME: dict[str, Command] = {name: c for c in COMMANDS for name in (c.name, *c.aliases)}


def menu() -> list[tuple[str, str]]:
    """(command, description) for the chat's command menu: /start first, then the Vietnamese names."""
    return [("start", "Bắt đầu / nhập mã mời")] + [(c.name, c.description) for c in COMMANDS]
