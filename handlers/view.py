"""How tasks, figures and progress read in a chat: Vietnamese number format, short task labels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.formatting import fmt_number, fmt_quantity
from bot.models import Direction, Official, Progress, Task, YearMonth
from bot.parsing.types import PledgedTask
from handlers import texts

SHORT_TASK_CHARS = 48


def fmt_value(task: Task, value: float | None) -> str:
    if value is None:
        return "chưa có số"
    return fmt_quantity(value, task.target.unit)


def short_task(task: Task) -> str:
    text = task.text.strip()
    if len(text) <= SHORT_TASK_CHARS:
        return text
    cut = text[:SHORT_TASK_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def title_name(official: Official) -> str:
    return f"anh/chị {official.name}"


def percent_of_target(task: Task, progress: Progress) -> str:
    """'52% chỉ tiêu 12,5 tỷ đồng', 'chỉ tiêu không quá 1,35%', or '' when there is no figure."""
    target = task.target
    if target.value is None or target.direction is Direction.DONE:
        return ""
    goal = fmt_value(task, target.value)
    if target.direction is Direction.AT_MOST:
        return f"chỉ tiêu không quá {goal}"
    if progress.value is None or target.value == 0:
        return f"chỉ tiêu {goal}"
    share = progress.value / target.value * 100
    return f"{fmt_number(round(share))}% chỉ tiêu {goal}"


def progress_text(task: Task, progress: Progress) -> str:
    if task.target.direction is Direction.DONE or task.target.value is None:
        if progress.done:
            return "đã xong"
        if progress.value is not None:
            return fmt_value(task, progress.value)
        return "chưa xong"
    return fmt_value(task, progress.value)


def status_word(task: Task, progress: Progress, today: date) -> str:
    if progress.done:
        return texts.STATUS_DONE
    if task.deadline < YearMonth.of(today):
        return texts.STATUS_LATE
    if progress.update_count == 0:
        return texts.STATUS_NOT_REPORTED
    return texts.STATUS_IN_PROGRESS


def task_line(task: Task, progress: Progress, today: date) -> str:
    """'#2 Thu ngân sách…: 6,5 tỷ đồng (52% chỉ tiêu 12,5 tỷ đồng) · hạn tháng 12/2026 · đang thực hiện'"""
    share = percent_of_target(task, progress)
    figure = progress_text(task, progress) + (f" ({share})" if share else "")
    return (
        f"#{task.position} {short_task(task)}: {figure} · "
        f"{texts.DEADLINE.format(month=task.deadline.label())} · {status_word(task, progress, today)}"
    )


def example_report(task: Task) -> str:
    """A report the parser would read for this task, from the task's own target."""
    target = task.target
    if target.value is None or target.direction is Direction.DONE:
        return f"#{task.position}: đã hoàn thành"
    if target.direction is Direction.AT_MOST:
        return f"#{task.position}: {fmt_value(task, target.value)}"
    value = target.value * 0.6
    value = round(value) if value >= 10 else round(value, 1)
    return f"#{task.position}: đạt {fmt_value(task, value)}"


_DANGLING = {"tại", "của", "và", "các", "những", "với", "về", "ở", "trong", "có", "mới", "sớm"}
_HEAD_STOP = {"đạt", "cho", "trên", "từ", "không", "dưới", "ít", "theo", "so", "tối", "giảm", "còn", "được"}


def example_free_text(task: Task, tasks: Sequence[Task]) -> str | None:
    """The same report in the official's own words: the shortest opening of the task's text that the
    parser really reads as this task, with a figure. None when no short phrasing is unambiguous, so
    /baocao never teaches a message that the bot would then have to ask about."""
    from bot.parsing import parse_message

    target = task.target
    if target.value is None or target.direction is Direction.DONE:
        return None
    value = target.value * 0.6
    value = round(value) if value >= 10 else round(value, 1)
    figure = fmt_value(task, value)
    words: list[str] = []
    for word in task.text.split():
        if word.lower() in _HEAD_STOP or any(ch.isdigit() for ch in word):
            break
        words.append(word.strip(",;:"))
    views = pledged(tasks)
    # longest natural opening first: "Thu ngân sách nhà nước được …" reads better than "Thu ngân được …"
    for length in range(min(len(words), 7), 1, -1):
        if words[length - 1].lower() in _DANGLING:
            continue
        text = f"{' '.join(words[:length])} được {figure}"
        result = parse_message(views, text)
        updates = result.updates
        if (result.status == "ok" and len(updates) == 1 and updates[0].task_id == task.id
                and updates[0].value is not None and abs(updates[0].value - value) < 1e-6):
            return text
    return None


def pledged(tasks: Sequence[Task]) -> list[PledgedTask]:
    """bot.models.Task → the parser's view (targets are already resolved at import)."""
    return [
        PledgedTask(t.id, t.position, t.text, t.target.value, t.target.unit, t.target.direction)
        for t in tasks
    ]
