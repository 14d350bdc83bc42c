"""Vietnamese texts for leader reports, short enough to read on a phone. Pure: strings in, strings out.

The same texts serve /tiendo, /tre, the weekly digest and the Excel notes, so the numbers a leader
reads in chat and in the file always agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.formatting import fmt_number
from bot.models import Direction, Task
from bot.status import MARKS, Colour, OfficialStatus, Overview, Reason, Tally, TaskStatus, UnitStatus

MAX_LINES = 15  # ranked lines in one message before "… và N nữa"
TASK_LABEL_CHARS = 42

COLOUR_WORDS: dict[Colour, str] = {
    Colour.RED: "trễ",
    Colour.AMBER: "chậm",
    Colour.GREY: "chưa có tin",
    Colour.GREEN: "ổn",
}
COLOUR_NAMES: dict[Colour, str] = {
    Colour.RED: "Đỏ — trễ",
    Colour.AMBER: "Cam — chậm",
    Colour.GREY: "Xám — chưa có tin",
    Colour.GREEN: "Xanh — ổn",
}
LEGEND = "🔴 trễ · 🟠 chậm · 🟢 đúng tiến độ/xong · ⚪ chưa có tin"


def fold_name(text: str) -> str:
    """Lower case, no diacritics, đ→d, single spaces: 'Xã Tân  Phú' and 'xa tan phu' compare equal."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


def number(value: float | None) -> str:
    """Vietnamese number: 26.500 · 12,5 · 1,35; a dash when there is none."""
    return "—" if value is None else fmt_number(value)


def percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{round(fraction * 100)}%"


def day(moment: date | datetime) -> str:
    return f"{moment.day}/{moment.month}/{moment.year}"


def short_day(moment: date | datetime) -> str:
    return f"{moment.day}/{moment.month}"


def local_time(moment: datetime, tz: ZoneInfo) -> str:
    """'08:30 12/5/2026' in the bot's time zone."""
    local = moment.astimezone(tz)
    return f"{local:%H:%M} {day(local)}"


def with_unit(value: float | None, unit: str | None) -> str:
    text = number(value)
    if not unit or value is None:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def shorten(text: str, limit: int = TASK_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,.;:-") + "…"


def task_label(task: Task, limit: int = TASK_LABEL_CHARS) -> str:
    return f"#{task.position} {shorten(task.text, limit)}"


def target_text(task: Task) -> str:
    target = task.target
    if target.value is None:
        return "hoàn thành"
    bound = "≤ " if target.direction is Direction.AT_MOST else ""
    return bound + with_unit(target.value, target.unit)


def figure_text(status: TaskStatus) -> str:
    """'5/12,5 tỷ đồng' for a numeric target, '' otherwise."""
    target = status.task.target
    if target.value is None or status.progress.value is None:
        return ""
    if target.direction is Direction.AT_MOST:
        return with_unit(status.progress.value, target.unit)
    return f"{number(status.progress.value)}/{with_unit(target.value, target.unit)}"


_PACE_WORDS = {Reason.ON_PACE: "đúng tiến độ", Reason.BEHIND: "chậm", Reason.FAR_BEHIND: "chậm nhiều"}
WORST_FIRST = (Colour.RED, Colour.AMBER, Colour.GREY, Colour.GREEN)


def status_text(status: TaskStatus) -> str:
    """Why the task has its colour, in a few words: 'chậm: 40%, cần 60%'."""
    task = status.task
    reason = status.reason
    if reason is Reason.DONE:
        return "đã xong"
    if reason is Reason.OVERDUE:
        return f"quá hạn ({task.deadline.month}/{task.deadline.year})"
    if reason in (Reason.ON_PACE, Reason.BEHIND, Reason.FAR_BEHIND):
        head = _PACE_WORDS[reason]
        if status.progress.value is None:
            return f"{head}: chưa báo số liệu, cần {percent(status.expected)}"
        return f"{head}: {percent(status.completion)}, cần {percent(status.expected)}"
    if reason is Reason.WITHIN_BOUND:
        return f"trong ngưỡng {target_text(task)}"
    if reason is Reason.OVER_BOUND:
        late = " (đã hết hạn)" if status.overdue else ""
        return f"vượt ngưỡng {target_text(task)}{late}"
    if reason is Reason.DUE_THIS_MONTH:
        return "đến hạn tháng này, chưa xong"
    if reason is Reason.IN_PROGRESS:
        return "đang thực hiện"
    if reason is Reason.NO_FIGURE:
        return "chưa có số liệu"
    return "chưa có tin"


def task_line(status: TaskStatus, with_owner: str = "") -> str:
    figure = figure_text(status)
    owner = f"{with_owner} · " if with_owner else ""
    head = f"{status.mark} {owner}{task_label(status.task)}"
    return f"{head} — {figure + ' · ' if figure else ''}{status_text(status)}"


def tally_words(tally: Tally) -> str:
    """'2 trễ, 1 chậm, 5 ổn' (only the colours present, worst first)."""
    parts = [f"{tally.count(c)} {COLOUR_WORDS[c]}" for c in WORST_FIRST if tally.count(c)]
    return ", ".join(parts) if parts else "chưa có nhiệm vụ"


def tally_marks(tally: Tally) -> str:
    """'🔴 3 · 🟠 2 · 🟢 9 · ⚪ 2'."""
    order = (Colour.RED, Colour.AMBER, Colour.GREEN, Colour.GREY)
    return " · ".join(f"{MARKS[c]} {tally.count(c)}" for c in order)


def pace_words(tally: Tally) -> str:
    if tally.completion is None or tally.expected is None:
        return ""
    return f"xong {percent(tally.completion)}, cần {percent(tally.expected)}"


def unit_line(unit: UnitStatus) -> str:
    pace = pace_words(unit.tally)
    return f"{unit.tally.mark} {unit.unit.name}: {tally_words(unit.tally)}" + (f" · {pace}" if pace else "")


def silence_words(official: OfficialStatus) -> str:
    if official.silent_days is None:
        return f"{official.official.name} (chưa từng gửi)"
    return f"{official.official.name} ({official.silent_days} ngày)"


def overview_text(overview: Overview, title: str = "📊 Tiến độ") -> str:
    """The /tiendo summary (and the weekly digest): one ranked line per unit, worst first."""
    tally = overview.tally
    if not overview.officials:
        return "Chưa có cán bộ nào thuộc phạm vi theo dõi của anh/chị."
    lines = [
        f"{title} đến {day(overview.today)}",
        f"{len(overview.units)} đơn vị · {len(overview.officials)} cán bộ · {tally.total} nhiệm vụ",
        tally_marks(tally),
        "",
    ]
    shown = overview.units[:MAX_LINES]
    lines += [unit_line(u) for u in shown]
    rest = overview.units[MAX_LINES:]
    if rest:
        lines.append(f"… và {len(rest)} đơn vị khác ({tally_words(_sum(u.tally for u in rest))})")
    lines.append("")
    if overview.late:
        overdue = sum(1 for s in overview.late if s.overdue)
        lines.append(f"⏰ {len(overview.late)} nhiệm vụ trễ ({overdue} quá hạn) — /tre")
    if overview.silent:
        lines.append(f"🔕 {len(overview.silent)} người chưa gửi tin từ {overview.silence_days} ngày trở lên")
    lines.append(LEGEND)
    return "\n".join(lines).strip()


def _sum(tallies: Iterable[Tally]) -> Tally:
    items = list(tallies)
    return Tally(sum(t.red for t in items), sum(t.amber for t in items), sum(t.grey for t in items),
                 sum(t.green for t in items))


def official_header(official: OfficialStatus, tz: ZoneInfo) -> str:
    seen = (f"tin gần nhất {local_time(official.last_report_at, tz)}" if official.last_report_at
            else "chưa gửi tin nào")
    return f"👤 {official.official.name} — {official.official.title or official.official.unit_id} · {seen}"


def unit_text(unit: UnitStatus, tz: ZoneInfo) -> str:
    """Drill-down: one unit, its officials and every task, worst first."""
    lines = [f"{unit.tally.mark} {unit.unit.name} — {unit.tally.total} nhiệm vụ: {tally_words(unit.tally)}"]
    pace = pace_words(unit.tally)
    if pace:
        lines.append(pace.capitalize())
    for member in unit.officials:
        lines += ["", official_header(member, tz)]
        lines += [task_line(s) for s in member.tasks]
    return "\n".join(lines)


def official_text(official: OfficialStatus, tz: ZoneInfo) -> str:
    unit = official.unit.name if official.unit else official.official.unit_id
    lines = [f"{official.tally.mark} {unit} — {official.tally.total} nhiệm vụ: {tally_words(official.tally)}",
             official_header(official, tz), ""]
    lines += [task_line(s) for s in official.tasks]
    return "\n".join(lines)


def task_text(status: TaskStatus, official: OfficialStatus, today: date, tz: ZoneInfo) -> str:
    task = status.task
    unit = official.unit.name if official.unit else official.official.unit_id
    lines = [
        f"{status.mark} {task_label(task, 200)}",
        f"{official.official.name} · {unit}",
        f"Chỉ tiêu: {target_text(task)} · hạn {task.deadline.label()}",
    ]
    figure = figure_text(status)
    lines.append(f"Hiện nay: {figure + ' · ' if figure else ''}{status_text(status)}")
    if status.completion is not None and status.reason not in (Reason.DONE, Reason.OVERDUE):
        lines.append(f"Theo tiến độ cần đạt {percent(status.expected)} vào {short_day(today)}")
    progress = status.progress
    if progress.last_update_at:
        note = f" — «{shorten(progress.last_note, 80)}»" if progress.last_note else ""
        lines.append(f"Cập nhật gần nhất: {local_time(progress.last_update_at, tz)}{note}")
    else:
        lines.append("Chưa có cập nhật nào.")
    lines.append(f"Xem lịch sử: /lichsu {task.id}")
    return "\n".join(lines)


def late_text(overview: Overview, limit: int = 20) -> str:
    """/tre: red tasks (overdue first), then who has sent nothing for N days."""
    lines: list[str] = []
    if not overview.officials:
        return "Chưa có cán bộ nào thuộc phạm vi theo dõi của anh/chị."
    overdue = [s for s in overview.late if s.overdue]
    behind = [s for s in overview.late if not s.overdue]
    owners = {o.official.id: (o.unit.name if o.unit else o.official.name) for o in overview.officials}
    if not overview.late:
        lines.append(f"✅ Đến {day(overview.today)} không có nhiệm vụ nào trễ.")
    else:
        lines.append(f"⏰ {len(overview.late)} nhiệm vụ trễ đến {day(overview.today)}")
        budget = limit
        for title, group in (("Quá hạn", overdue), ("Chậm nhiều so với tiến độ", behind)):
            if not group:
                continue
            lines += ["", f"{title} ({len(group)}):"]
            for status in group[:budget]:
                lines.append(task_line(status, owners.get(status.task.official_id, "")))
            if len(group) > budget:
                lines.append(f"… và {len(group) - budget} nhiệm vụ nữa (xem đủ trong /xuatexcel)")
            budget = max(0, budget - len(group))
    lines.append("")
    lines.append(silent_text(overview, limit))
    return "\n".join(lines).strip()


def silent_text(overview: Overview, limit: int = 20) -> str:
    if not overview.silent:
        return f"🔔 Ai cũng đã gửi tin trong {overview.silence_days} ngày qua."
    names = ", ".join(silence_words(o) for o in overview.silent[:limit])
    more = f" và {len(overview.silent) - limit} người nữa" if len(overview.silent) > limit else ""
    return f"🔕 Chưa gửi tin từ {overview.silence_days} ngày trở lên: {names}{more}."
