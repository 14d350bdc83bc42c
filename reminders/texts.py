"""Every reminder text, in short Vietnamese that reads well on a phone."""

from __future__ import annotations

from bot.formatting import fmt_number, fmt_quantity
from bot.models import Direction, Official, Progress, Task

GREETING = "Chào đồng chí {name},"
OVERDUE_HEAD = "⚠️ Đã quá hạn, chưa hoàn thành:"
MONTH_END_HEAD = "⏳ Còn {days} ngày làm việc là hết {month}, hạn của:"
MONTH_START_HEAD = "📅 {month} đến hạn:"
SILENCE_HEAD = "📝 Đã lâu chưa thấy báo cáo về:"
CLOSING = "Nhắn tiến độ bất cứ lúc nào, ví dụ «#{position} {example}». Tạm dừng nhắc: /tamdung <số ngày>."

LEADER_OVERDUE_HEAD = "⚠️ Nhiệm vụ quá hạn chưa hoàn thành của cán bộ:"
LEADER_SUMMARY_HEAD = "📊 Tổng hợp đầu {month}:"
LEADER_SUMMARY_LINE = "• {name}: xong {done}/{total}; quá hạn {overdue}; đến hạn trong tháng {due}"
LEADER_SUMMARY_OVERDUE_HINT = "Xem chi tiết nhiệm vụ quá hạn: /tre"
LEADER_UNDELIVERED_HEAD = "📵 Chưa gửi được tin nhắc tới (có thể đã chặn bot hoặc đổi tài khoản):"
LEADER_UNDELIVERED_LINE = "• {name} — {title}"
WEEKLY_SEPARATOR = "—"


def given_name(official: Official) -> str:
    """Vietnamese address by the last word of the full name: 'Trần Hoàng Liêm' → 'Liêm'."""
    parts = official.name.split()
    return parts[-1] if parts else official.name


def progress_phrase(task: Task, progress: Progress) -> str:
    """What is known of a task's progress, in a few words."""
    target = task.target
    if progress.value is not None and target.value is not None and target.direction is not Direction.DONE:
        reached = fmt_quantity(progress.value, target.unit)
        goal = fmt_quantity(target.value, target.unit)
        if target.direction is Direction.AT_MOST:
            return f"hiện {reached} (chỉ tiêu không quá {goal})"
        share = round(progress.value / target.value * 100) if target.value else 0
        figure = fmt_number(progress.value) + ("%" if target.unit == "%" else "")
        return f"đạt {figure}/{goal} ({share}%)"
    if progress.value is not None:
        return f"đã báo {fmt_quantity(progress.value, target.unit)}"
    if progress.last_note:
        note = progress.last_note if len(progress.last_note) <= 60 else progress.last_note[:59] + "…"
        return f"ghi nhận gần nhất: «{note}»"
    return "chưa có báo cáo"


def task_line(task: Task, progress: Progress) -> str:
    """'• #2 Thu ngân sách… — đạt 8/12,5 tỷ đồng (64%) — hạn tháng 12/2026'"""
    return f"• #{task.position} {task.text} — {progress_phrase(task, progress)} — hạn {task.deadline.label()}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def closing(task: Task) -> str:
    """The sign-off, with an example report that fits the first task mentioned."""
    target = task.target
    if target.value is None or target.direction is Direction.DONE:
        example = "đã xong"
    elif target.direction is Direction.AT_MOST:
        example = f"còn {fmt_quantity(target.value, target.unit)}"
    else:
        share = target.value * 0.6
        example = f"đạt {fmt_quantity(round(share) if share >= 10 else round(share, 1), target.unit)}"
    return CLOSING.format(position=task.position, example=example)
