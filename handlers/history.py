"""/lichsu: my recent updates, or every update of one task (who, when, from which message, undone or not).

An official sees only their own tasks; a leader also the tasks of everyone under them; an admin every
task. A task outside that scope gets the same answer as a task that does not exist.
"""

from __future__ import annotations

import re

from bot.models import Official, Role, Task, UpdateKind, fold_progress
from bot.reports import text
from bot.store.reports import HistoryEntry
from handlers.context import Services
from handlers.types import Incoming, Reply

RECENT_LIMIT = 10
MAX_REPLY_CHARS = 3500
_POSITION_RE = re.compile(r"^(?:#|nv|nhiem vu|nhiemvu|so)?\s*(\d{1,3})$")


def _what(entry: HistoryEntry, task: Task | None) -> str:
    update = entry.update
    unit = task.target.unit if task else None
    if update.kind is UpdateKind.ABSOLUTE:
        what = f"đạt {text.with_unit(update.value, unit)}"
    elif update.kind is UpdateKind.INCREMENT:
        what = f"thêm {text.with_unit(update.value, unit)}"
    elif update.kind is UpdateKind.DONE:
        what = "báo hoàn thành"
    else:
        what = "ghi chú"
    if update.note:
        what += f" «{text.shorten(update.note, 80)}»"
    return what


def _undone(entry: HistoryEntry, services: Services) -> str:
    update = entry.update
    if update.undone_at is None:
        return ""
    by = f" bởi {entry.undone_by_name}" if entry.undone_by_name else ""
    why = f" ({entry.undo_reason})" if entry.undo_reason else ""
    return f"↩️ đã hoàn tác {text.local_time(update.undone_at, services.settings.tz)}{by}{why}"


def _split(lines: list[str]) -> list[Reply]:
    replies: list[Reply] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and size + len(line) + 1 > MAX_REPLY_CHARS:
            replies.append(Reply("\n".join(current)))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    replies.append(Reply("\n".join(current)))
    return replies


async def _visible(services: Services, me: Official, task: Task) -> bool:
    if task.official_id == me.id or me.role is Role.ADMIN:
        return True
    if me.role is Role.LEADER:
        return any(o.id == task.official_id for o in await services.store.pledges.subordinates(me.id))
    return False


async def _find_task(services: Services, me: Official, query: str) -> Task | None:
    position = _POSITION_RE.match(text.fold_name(query))  # '#3', 'nv3', 'nhiệm vụ 3', '3'
    if position:
        number = int(position.group(1))
        return next((t for t in await services.store.pledges.tasks_of(me.id) if t.position == number), None)
    task = await services.store.pledges.task(query.strip().lower())
    if task is None or not await _visible(services, me, task):
        return None
    return task


async def _recent(services: Services, me: Official) -> list[Reply]:
    entries = await services.store.reports.history_by_author(me.id, RECENT_LIMIT)
    if not entries:
        return [Reply("Anh/chị chưa có cập nhật nào. Gửi tin như «#2 đạt 5 tỷ» để ghi tiến độ.")]
    tasks: dict[str, Task | None] = {}
    lines = [f"🕘 {len(entries)} cập nhật gần nhất của anh/chị (mới nhất trước):"]
    for entry in entries:
        task_id = entry.update.task_id
        if task_id not in tasks:
            tasks[task_id] = await services.store.pledges.task(task_id)
        task = tasks[task_id]
        label = text.task_label(task, 36) if task else task_id
        when = text.local_time(entry.update.created_at, services.settings.tz)
        undone = " — đã hoàn tác" if entry.update.undone_at else ""
        lines.append(f"• {when} · {label}: {_what(entry, task)}{undone}")
    lines.append("Xem đủ một nhiệm vụ: /lichsu <số nhiệm vụ>, ví dụ /lichsu 2")
    return _split(lines)


async def cmd_history(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/lichsu → my recent updates; /lichsu <số nhiệm vụ | mã nhiệm vụ> → every update of that task."""
    query = args.strip()
    if not query:
        return await _recent(services, me)
    task = await _find_task(services, me, query)
    if task is None:
        return [Reply(f"Không tìm thấy nhiệm vụ «{query}» trong phạm vi của anh/chị. "
                      "Gõ /lichsu <số nhiệm vụ>, ví dụ /lichsu 2.")]
    entries = await services.store.reports.task_history(task.id)
    owner = await services.store.pledges.official(task.official_id)
    progress = fold_progress(task, [e.update for e in entries])
    tz = services.settings.tz
    lines = [
        f"📜 {text.task_label(task, 200)}",
        f"{owner.name if owner else task.official_id} · chỉ tiêu {text.target_text(task)}"
        f" · hạn {task.deadline.label()}",
    ]
    if progress.done:
        lines.append("Hiện nay: đã hoàn thành" + (
            f" ({text.with_unit(progress.value, task.target.unit)})" if progress.value is not None else ""))
    elif progress.value is not None:
        lines.append(f"Hiện nay: {text.with_unit(progress.value, task.target.unit)}")
    if not entries:
        lines.append("Chưa có cập nhật nào cho nhiệm vụ này.")
        return _split(lines)
    live = sum(1 for e in entries if e.update.undone_at is None)
    lines.append(f"{len(entries)} cập nhật ({len(entries) - live} đã hoàn tác), cũ nhất trước:")
    for number, entry in enumerate(entries, start=1):
        update = entry.update
        who = entry.author_name or update.author_id or "không rõ"
        lines.append("")
        lines.append(f"{number}. {text.local_time(update.created_at, tz)} · {who}: {_what(entry, task)}")
        if entry.message_text is not None:
            lines.append(f"   tin số {update.message_id}: «{text.shorten(entry.message_text, 120)}»")
        else:
            lines.append("   không gắn với tin nhắn nào")
        undone = _undone(entry, services)
        if undone:
            lines.append(f"   {undone}")
    return _split(lines)
