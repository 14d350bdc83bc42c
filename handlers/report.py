"""Free-text progress reports: parse against the sender's own tasks, record, undo, fix, choose.

The raw message is already stored by the router (its id is `message_id`) before anything here runs.
Every button handled here re-checks, on each press, that what it points at belongs to the presser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.models import Official, ProgressUpdate, Task, UpdateKind, fold_progress
from bot.parsing.types import REPORT_LATER, ParsedUpdate, ParseResult, ParseStatus
from bot.store import NewUpdate, PendingChoice, StoredMessage
from handlers import texts
from handlers.context import Services
from handlers.types import Button, Incoming, Reply
from handlers.view import fmt_value, percent_of_target, pledged, progress_text, short_task

MAX_CHOICES = 4
_CANCEL_WORDS = frozenset({"huy", "thoi", "bo qua", "khong", "cancel", "/huy"})
_TYPED_FIX = re.compile(r"^\s*/?sua\b\s*(.*)$", re.DOTALL)


def fold_text(text: str) -> str:
    """Lower case without diacritics, for matching short typed answers ('Huỷ', 'hủy', 'huy')."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def run_parser(tasks: Sequence[Task], text: str) -> ParseResult:
    from bot.parsing import parse_message
    result: ParseResult = parse_message(pledged(tasks), text)
    return result


@dataclass(frozen=True, slots=True)
class _Line:
    task: Task
    before: str
    after: str
    share: str
    note: str = ""


async def _lines_for(
    services: Services, created: Sequence[ProgressUpdate], replaced: Sequence[int] = ()
) -> list[_Line]:
    """Per task touched: the value before these updates (with what they replaced still live) and after."""
    created_ids = {u.id for u in created}
    revived = set(replaced)
    task_ids = list(dict.fromkeys(u.task_id for u in created))
    history = await services.store.progress.updates_by_task(task_ids)
    lines = []
    for task_id in task_ids:
        task = await services.store.pledges.task(task_id)
        if task is None:
            continue
        updates = history.get(task_id, [])
        before = fold_progress(
            task,
            [
                replace(u, undone_at=None) if u.id in revived else u
                for u in updates
                if u.id not in created_ids
            ],
        )
        after = fold_progress(task, updates)
        notes = [u.note for u in created if u.task_id == task_id and u.kind is UpdateKind.NOTE and u.note]
        lines.append(
            _Line(
                task,
                progress_text(task, before),
                progress_text(task, after),
                percent_of_target(task, after),
                notes[0] if notes else "",
            )
        )
    return lines


def _render_lines(lines: Sequence[_Line]) -> str:
    out = []
    for line in lines:
        change = line.after if line.before == line.after else f"{line.before} → {line.after}"
        if line.note and line.before == line.after:
            change = f"ghi chú «{line.note[:80]}»"
        share = f" ({line.share})" if line.share else ""
        out.append(
            f"• #{line.task.position} {short_task(line.task)}: {change}{share}, "
            f"{texts.DEADLINE.format(month=line.task.deadline.label())}"
        )
    return "\n".join(out)


async def recorded_reply(
    services: Services,
    head: str,
    message_id: int,
    created: Sequence[ProgressUpdate],
    tail: str = "",
    replace_previous: bool = False,
    replaced: Sequence[int] = (),
) -> Reply:
    lines = await _lines_for(services, created, replaced)
    buttons: list[Button] = [Button(texts.BUTTON_UNDO, f"u:{message_id}")]
    fixable = [u for u in created if u.kind is not UpdateKind.NOTE]
    if len(fixable) == 1:
        buttons.append(Button(texts.BUTTON_FIX, f"f:{fixable[0].id}"))
    else:
        positions = {line.task.id: line.task.position for line in lines}
        buttons += [
            Button(texts.BUTTON_FIX_TASK.format(number=positions.get(u.task_id, "?")), f"f:{u.id}")
            for u in fixable[:3]
        ]
    body = f"{head}\n{_render_lines(lines)}" + (f"\n{tail}" if tail else "")
    return Reply(body, buttons=(tuple(buttons),), replace_previous=replace_previous)


def _new_updates(parsed: Sequence[ParsedUpdate]) -> list[NewUpdate]:
    return [NewUpdate(u.task_id, u.kind, u.value, u.note) for u in parsed]


def _numbered_tasks(tasks: Sequence[Task]) -> str:
    return "\n".join(f"#{t.position} {short_task(t)}" for t in tasks)


def _unmatched(tasks: Sequence[Task]) -> Reply:
    example = next((t for t in tasks if t.target.value is not None), tasks[0])
    value = (
        "đạt 60" if example.target.value is None else f"đạt {fmt_value(example, example.target.value * 0.5)}"
    )
    if example.target.value is None:
        value = "đã hoàn thành"
    return Reply(
        texts.UNMATCHED.format(
            tasks=_numbered_tasks(tasks), example_number=example.position, example_value=value
        )
    )


async def _ask_choice(
    services: Services, me: Official, message_id: int, tasks: Sequence[Task], result: ParseResult, text: str
) -> Reply | None:
    by_id = {t.id: t for t in tasks}
    options: list[dict[str, Any]] = []
    for candidate in result.candidates:
        update = candidate.update
        if candidate.task_id not in by_id or any(o["task_id"] == candidate.task_id for o in options):
            continue
        if update is None:
            # the parser sees the task but no figure for it: choosing it keeps the message as a note
            options.append(
                {
                    "task_id": candidate.task_id,
                    "kind": UpdateKind.NOTE.value,
                    "value": None,
                    "note": text[:500],
                }
            )
        else:
            options.append(
                {
                    "task_id": candidate.task_id,
                    "kind": update.kind.value,
                    "value": update.value,
                    "note": update.note,
                }
            )
        if len(options) == MAX_CHOICES:
            break
    if not options:
        return None
    pending_id = await services.store.progress.create_pending(
        me.id, message_id, "choice", {"options": options}, services.clock.now()
    )
    rows = []
    for number, option in enumerate(options, start=1):
        task = by_id[option["task_id"]]
        figure = "" if option["value"] is None else f" → {fmt_value(task, option['value'])}"
        rows.append(
            (Button(f"{number}. #{task.position} {short_task(task)}{figure}", f"c:{pending_id}:{number}"),)
        )
    rows.append((Button(texts.BUTTON_CANCEL, f"c:{pending_id}:0"),))
    return Reply(texts.AMBIGUOUS, buttons=tuple(rows))


async def on_text(services: Services, incoming: Incoming, me: Official, message_id: int) -> list[Reply]:
    """A free-text report: parse it against my tasks and record what it says (or ask)."""
    store = services.store
    already = [u for u in await store.progress.updates_for_message(message_id)]
    if already:
        # reprocessing a message stored before a crash: never record it twice
        return [await recorded_reply(services, texts.RECORDED_ALREADY, message_id, already)]
    tasks = await store.pledges.tasks_of(me.id)
    if not tasks:
        await store.progress.set_parse_result(message_id, "none", {"why": "no tasks"})
        return [Reply(texts.NO_TASKS)]
    result = run_parser(tasks, incoming.text)
    detail = {"explanation": result.explanation, **result.extra}
    if result.status is ParseStatus.OK and result.updates:
        created = await store.progress.add_updates(
            _new_updates(result.updates), message_id, me.id, services.clock.now()
        )
        await store.progress.set_parse_result(message_id, "ok", detail)
        tail = texts.UNRESOLVED_TAIL if result.extra.get("unresolved") else ""
        return [await recorded_reply(services, texts.RECORDED_HEAD, message_id, created, tail)]
    if result.status is ParseStatus.AMBIGUOUS:
        question = await _ask_choice(services, me, message_id, tasks, result, incoming.text)
        if question is not None:
            await store.progress.set_parse_result(message_id, "ambiguous", detail)
            return [question]
    if result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED):
        await store.progress.set_parse_result(message_id, "unmatched", detail)
        return [_unmatched(tasks)]
    await store.progress.set_parse_result(message_id, "none", detail)
    if result.explanation == REPORT_LATER:
        return [Reply(texts.REPORT_LATER_ACK)]
    return [Reply(_nothing_to_record(incoming.text))]


_QUESTION_WORDS = ("may", "bao nhieu", "khi nao", "phai khong", "the nao", "sao", "chua a", "khong a", "o dau")
_THANKS = ("ok", "oke", "okie", "vang", "da", "cam on", "thanks", "thank you", "da nhan", "roi", "duoc")


def _nothing_to_record(text: str) -> str:
    """Nothing to record: acknowledge thanks, point a question to where the answer is, else explain."""
    folded = fold_text(text).strip(" .!~")
    if text.rstrip().endswith("?") or any(f" {w} " in f" {folded} " for w in _QUESTION_WORDS):
        return texts.QUESTION_HINT
    if len(folded) <= 40 and any(folded == w or folded.startswith(w + " ") for w in _THANKS):
        return texts.ACKNOWLEDGED
    return texts.NOTHING_TO_RECORD


async def on_edit(
    services: Services, incoming: Incoming, me: Official, message_id: int, original: StoredMessage | None
) -> list[Reply]:
    """An edited message replaces what its original recorded, instead of adding a second report.

    Corrected updates hang on the original message, so a second edit (and its 'Hoàn tác') finds them;
    the edit itself is stored with `edit_of` pointing at the original."""
    store = services.store
    if original is None or original.official_id != me.id:
        return await on_text(services, incoming, me, message_id)
    now = services.clock.now()
    live = [u for u in await store.progress.updates_for_message(original.id) if u.undone_at is None]
    open_pending = await store.progress.latest_open_pending(me.id)
    if open_pending is not None and open_pending.message_id == original.id:
        await store.progress.resolve_pending(open_pending.id, "edited", now)
    tasks = await store.pledges.tasks_of(me.id)
    if not tasks:
        return [Reply(texts.NO_TASKS)]
    result = run_parser(tasks, incoming.text)
    detail = {"explanation": result.explanation, "edit_of": original.id}
    reason = f"sửa tin (tin {message_id})"
    if result.status is ParseStatus.OK and result.updates:
        created = await store.progress.add_updates(
            _new_updates(result.updates),
            original.id,
            me.id,
            now,
            undo_ids=[u.id for u in live],
            undo_reason=reason,
        )
        await store.progress.set_parse_result(message_id, "ok", detail)
        head = texts.CORRECTED_HEAD if live else texts.RECORDED_HEAD
        return [await recorded_reply(services, head, original.id, created, replaced=[u.id for u in live])]
    if live:
        await store.progress.undo([u.id for u in live], me.id, now, reason)
    replies: list[Reply] = [Reply(texts.EDIT_NOTHING)] if live else []
    if result.status is ParseStatus.AMBIGUOUS:
        question = await _ask_choice(services, me, original.id, tasks, result, incoming.text)
        if question is not None:
            await store.progress.set_parse_result(message_id, "ambiguous", detail)
            return [*replies, question]
    if result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED):
        await store.progress.set_parse_result(message_id, "unmatched", detail)
        return [*replies, _unmatched(tasks)]
    await store.progress.set_parse_result(message_id, "none", detail)
    return replies or [Reply(texts.NOTHING_TO_RECORD)]


# ------------------------------------------------------------------------------ undo
async def _current_lines(services: Services, task_ids: Sequence[str]) -> str:
    history = await services.store.progress.updates_by_task(list(task_ids))
    out = []
    for task_id in dict.fromkeys(task_ids):
        task = await services.store.pledges.task(task_id)
        if task is not None:
            progress = fold_progress(task, history.get(task_id, []))
            share = percent_of_target(task, progress)
            out.append(
                f"• #{task.position} {short_task(task)}: {progress_text(task, progress)}"
                + (f" ({share})" if share else "")
            )
    return "\n".join(out)


async def undo_message(
    services: Services, me: Official, message_id: int, replace_previous: bool, invoking_message_id: int | None = None
) -> list[Reply]:
    """Undo what one of MY messages recorded. A message of someone else is refused, changing nothing."""
    message = await services.store.progress.message(message_id)
    if message is None or message.official_id != me.id:
        return [Reply(texts.BUTTON_REFUSED)]
    updates = await services.store.progress.updates_for_message(message_id)
    live = [u for u in updates if u.undone_at is None and u.author_id == me.id]
    if not live:
        return [Reply(texts.UNDO_ALREADY if updates else texts.UNDO_NOTHING)]
    await services.store.progress.undo(
        [u.id for u in live], me.id, services.clock.now(), handled_message_id=invoking_message_id
    )
    lines = await _current_lines(services, [u.task_id for u in live])
    return [Reply(f"{texts.UNDONE}\n{lines}", replace_previous=replace_previous)]


async def cmd_undo(
    services: Services, incoming: Incoming, me: Official, args: str, invoking_message_id: int | None = None
) -> list[Reply]:
    """/hoantac: undo my most recent message that still has live updates."""
    last = await services.store.progress.last_live_message_with_updates(me.id)
    if last is None:
        return [Reply(texts.UNDO_NOTHING)]
    return await undo_message(services, me, last, replace_previous=False, invoking_message_id=invoking_message_id)


# ------------------------------------------------------------------------------ fix ("Sửa")
async def ask_fix(services: Services, me: Official, update_id: int) -> list[Reply]:
    update = await services.store.progress.update(update_id)
    task = await services.store.pledges.task(update.task_id) if update else None
    if update is None or task is None or update.author_id != me.id or task.official_id != me.id:
        return [Reply(texts.BUTTON_REFUSED)]
    if update.undone_at is not None:
        return [Reply(texts.FIX_GONE)]
    pending_id = await services.store.progress.create_pending(
        me.id, update.message_id, "fix", {"update_id": update.id}, services.clock.now()
    )
    value = fmt_value(task, update.value) if update.value is not None else "xong"
    return [
        Reply(
            texts.FIX_ASK.format(number=task.position, task=short_task(task), value=value),
            buttons=((Button(texts.BUTTON_CANCEL, f"c:{pending_id}:0"),),),
        )
    ]


async def _apply_fix(
    services: Services, me: Official, update: ProgressUpdate, task: Task, text: str, message_id: int
) -> list[Reply] | None:
    result = run_parser([task], f"#{task.position} {text}")
    parsed = [u for u in result.updates if u.task_id == task.id and u.kind is not UpdateKind.NOTE]
    if result.status is not ParseStatus.OK or not parsed:
        return None
    fixed = parsed[0]
    if (
        update.kind is UpdateKind.INCREMENT
        and fixed.kind is UpdateKind.ABSOLUTE
        and "them" not in fold_text(text)
    ):
        # "Sửa" of "+10" with "12" means the increment was 12
        fixed = ParsedUpdate(fixed.task_id, UpdateKind.INCREMENT, fixed.value, fixed.explanation, fixed.note)
    created = await services.store.progress.add_updates(
        [NewUpdate(task.id, fixed.kind, fixed.value, fixed.note or text)],
        message_id,
        me.id,
        services.clock.now(),
        replaces={task.id: update.id},
        undo_ids=[update.id],
        undo_reason="sửa",
    )
    await services.store.progress.set_parse_result(message_id, "ok", {"fix_of": update.id})
    return [await recorded_reply(services, texts.CORRECTION_HEAD, message_id, created, replaced=[update.id])]


async def typed_fix(services: Services, me: Official, args: str, message_id: int) -> list[Reply]:
    """'sửa 75' typed: correct my most recent live figure (the typed equivalent of the 'Sửa' button)."""
    for update in await services.store.progress.recent_updates_by(me.id, limit=20):
        if update.undone_at is None and update.kind is not UpdateKind.NOTE:
            task = await services.store.pledges.task(update.task_id)
            if task is None:
                break
            if not args.strip():
                return await ask_fix(services, me, update.id)
            done = await _apply_fix(services, me, update, task, args, message_id)
            return done or [Reply(texts.FIX_NOT_A_NUMBER.format(example=fmt_value(task, update.value or 0)))]
    return [Reply(texts.UNDO_NOTHING)]


# ------------------------------------------------------------------------------ pending answers
async def choose(
    services: Services, me: Official, pending_id: int, number: int, replace_previous: bool
) -> list[Reply]:
    """A choice among ambiguous tasks (button 'c:<pending>:<n>' or typed 'n'); 0 cancels."""
    pending = await services.store.progress.pending(pending_id)
    if pending is None or pending.official_id != me.id or pending.kind not in ("choice", "fix"):
        return [Reply(texts.BUTTON_REFUSED)]
    if pending.resolved_at is not None:
        return [Reply(texts.CHOICE_GONE)]
    now = services.clock.now()
    if number == 0:
        await services.store.progress.resolve_pending(pending.id, "cancelled", now)
        return [Reply(texts.CHOICE_CANCELLED, replace_previous=replace_previous)]
    options = pending.payload.get("options", []) if pending.kind == "choice" else []
    if not 1 <= number <= len(options):
        return [Reply(texts.CHOICE_OUT_OF_RANGE.format(count=len(options)))]
    option = options[number - 1]
    task = await services.store.pledges.task(option["task_id"])
    if task is None or task.official_id != me.id:
        return [Reply(texts.BUTTON_REFUSED)]
    if not await services.store.progress.resolve_pending(pending.id, f"chose {task.id}", now):
        return [Reply(texts.CHOICE_GONE)]  # a double tap lost the race
    created = await services.store.progress.add_updates(
        [NewUpdate(task.id, UpdateKind(option["kind"]), option["value"], option.get("note", ""))],
        pending.message_id,
        me.id,
        now,
    )
    if pending.message_id is not None:
        await services.store.progress.set_parse_result(pending.message_id, "ok", {"chosen": task.id})
    anchor = pending.message_id if pending.message_id is not None else 0
    return [
        await recorded_reply(services, texts.CHOICE_DONE, anchor, created, replace_previous=replace_previous)
    ]


async def on_pending_text(
    services: Services, me: Official, pending: PendingChoice, text: str, message_id: int
) -> list[Reply] | None:
    """A typed answer to an open question ('1', '2', 'huỷ', or the corrected figure).

    None: the text is not an answer; the question is dropped and the text handled as a new report."""
    folded = fold_text(text)
    now = services.clock.now()
    if folded in _CANCEL_WORDS:
        await services.store.progress.resolve_pending(pending.id, "cancelled", now)
        await services.store.progress.set_parse_result(message_id, "answer", {"pending": pending.id})
        return [Reply(texts.CHOICE_CANCELLED)]
    if pending.kind == "choice":
        if folded.isdigit() and len(folded) <= 2:
            await services.store.progress.set_parse_result(message_id, "answer", {"pending": pending.id})
            return await choose(services, me, pending.id, int(folded), replace_previous=False)
        await services.store.progress.resolve_pending(pending.id, "superseded", now)
        return None
    if pending.kind == "fix":
        update = await services.store.progress.update(int(pending.payload.get("update_id", 0)))
        task = await services.store.pledges.task(update.task_id) if update else None
        if update is None or task is None or update.author_id != me.id:
            await services.store.progress.resolve_pending(pending.id, "gone", now)
            return None
        if not any(ch.isdigit() for ch in folded) or len(folded) > 40:
            await services.store.progress.resolve_pending(pending.id, "superseded", now)
            return None
        if update.undone_at is not None:
            await services.store.progress.resolve_pending(pending.id, "gone", now)
            return [Reply(texts.FIX_GONE)]
        done = await _apply_fix(services, me, update, task, text, message_id)
        if done is None:
            return [Reply(texts.FIX_NOT_A_NUMBER.format(example=fmt_value(task, update.value or 0)))]
        await services.store.progress.resolve_pending(pending.id, "fixed", now)
        return done
    return None


def typed_fix_args(text: str) -> str | None:
    """'sửa 75' → '75'; None when the text is not a typed fix."""
    match = _TYPED_FIX.match(fold_text(text))
    # the parser reads unaccented text as well as accented, so the folded figure is enough
    return None if match is None else match.group(1)
