"""Leader commands: /tiendo [đơn vị], /tre [số ngày], /xuatexcel, and the 'ld:' drill-down buttons.

Scope is recomputed on every call and every button press: a leader sees only officials whose leader
chain reaches them, an admin sees everyone. Button data is never trusted: an id that is not in the
presser's scope gets the same answer as an id that does not exist.
"""

from __future__ import annotations

import asyncio

from bot.models import Official, Role
from bot.reports import text
from bot.reports.data import overview_for
from bot.status import OfficialStatus, Overview, UnitStatus
from handlers.context import Services
from handlers.types import Attachment, Button, Incoming, Reply

PREFIX = "ld:"
MAX_BUTTON_DATA = 64  # Telegram's callback_data limit, in bytes
MAX_REPLY_CHARS = 3500  # under Telegram's 4096; longer texts go out in several messages
UNIT_BUTTONS = 6
TASK_BUTTONS = 8

NOT_LEADER = "Lệnh này dành cho lãnh đạo theo dõi tiến độ."
OUT_OF_SCOPE = ("Không tìm thấy mục này trong phạm vi theo dõi của anh/chị "
                "(có thể danh sách đã thay đổi). Gõ /tiendo để xem lại.")
STALE_BUTTON = "Nút này không còn dùng được. Gõ /tiendo để xem lại."
CHART_WORDS = {"bieu do", "bieudo", "chart", "do thi"}
_UNIT_PREFIXES = ("xa ", "phuong ", "thi tran ", "huyen ", "quan ", "thi xa ", "thanh pho ", "phong ", "so ",
                  "ap ", "thon ", "khom ", "to dan pho ")


def _is_viewer(me: Official) -> bool:
    return me.role in (Role.LEADER, Role.ADMIN)


async def _overview(services: Services, me: Official, silence_days: int | None = None) -> Overview:
    now = services.clock.now().astimezone(services.settings.tz)
    days = silence_days if silence_days is not None else services.settings.reminders.silence_days
    return await overview_for(services.store, me, now, days)


def _button(label: str, data: str) -> Button | None:
    return Button(label, data) if len(data.encode()) <= MAX_BUTTON_DATA else None


def _rows(buttons: list[Button | None], per_row: int) -> tuple[tuple[Button, ...], ...]:
    kept = [b for b in buttons if b is not None]
    return tuple(tuple(kept[i:i + per_row]) for i in range(0, len(kept), per_row))


def _chunks(body: str) -> list[str]:
    """Split a long text on line breaks into pieces a chat message can hold."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in body.split("\n"):
        if current and size + len(line) + 1 > MAX_REPLY_CHARS:
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    pieces.append("\n".join(current))
    return pieces


def _replies(body: str, buttons: tuple[tuple[Button, ...], ...] = (), replace: bool = False) -> list[Reply]:
    pieces = _chunks(body)
    replies = [Reply(piece) for piece in pieces[:-1]]
    replies.append(Reply(pieces[-1], buttons=buttons, replace_previous=replace and len(pieces) == 1))
    return replies


def _summary_buttons(overview: Overview) -> tuple[tuple[Button, ...], ...]:
    units = [_button(f"{u.tally.mark} {text.shorten(u.unit.name, 22)}", f"{PREFIX}u:{u.unit.id}")
             for u in overview.units[:UNIT_BUTTONS]]
    tools: list[Button | None] = [Button("⏰ Trễ hạn", f"{PREFIX}late"),
                                  Button("📊 Biểu đồ", f"{PREFIX}chart"), Button("📥 Excel", f"{PREFIX}xlsx")]
    if overview.silent:
        tools.append(Button(f"🔕 Chưa gửi tin ({len(overview.silent)})", f"{PREFIX}silent"))
    return (*_rows(units, 2), *_rows(tools, 2))


def _summary(overview: Overview, replace: bool = False) -> list[Reply]:
    if not overview.officials:
        return [Reply(text.overview_text(overview), replace_previous=replace)]
    return _replies(text.overview_text(overview), _summary_buttons(overview), replace)


def _unit_view(services: Services, unit: UnitStatus, replace: bool = False) -> list[Reply]:
    buttons: list[Button | None] = []
    if len(unit.officials) > 1:
        buttons += [_button(f"👤 {text.shorten(m.official.name, 24)}", f"{PREFIX}o:{m.official.id}")
                    for m in unit.officials]
    else:
        buttons += [_button(f"{s.mark} #{s.task.position}", f"{PREFIX}t:{s.task.id}")
                    for s in unit.officials[0].tasks[:TASK_BUTTONS]]
    nav = [_button("📊 Biểu đồ", f"{PREFIX}chart:u:{unit.unit.id}"), Button("⬅️ Tổng hợp", f"{PREFIX}sum")]
    per_row = 2 if len(unit.officials) > 1 else 4
    return _replies(text.unit_text(unit, services.settings.tz), (*_rows(buttons, per_row), *_rows(nav, 2)),
                    replace)


def _official_view(services: Services, official: OfficialStatus, replace: bool = False) -> list[Reply]:
    buttons = [_button(f"{s.mark} #{s.task.position}", f"{PREFIX}t:{s.task.id}")
               for s in official.tasks[:TASK_BUTTONS]]
    nav = [_button(f"⬅️ {text.shorten(official.unit.name if official.unit else 'Đơn vị', 22)}",
                   f"{PREFIX}u:{official.official.unit_id}"), Button("⬅️ Tổng hợp", f"{PREFIX}sum")]
    return _replies(text.official_text(official, services.settings.tz), (*_rows(buttons, 4), *_rows(nav, 2)),
                    replace)


def _task_view(services: Services, overview: Overview, task_id: str, replace: bool = False) -> list[Reply]:
    status = overview.task(task_id)
    owner = overview.official(status.task.official_id) if status else None
    if status is None or owner is None:
        return [Reply(OUT_OF_SCOPE)]
    nav = [_button(f"⬅️ {text.shorten(owner.official.name, 22)}", f"{PREFIX}o:{owner.official.id}"),
           Button("⬅️ Tổng hợp", f"{PREFIX}sum")]
    body = text.task_text(status, owner, overview.today, services.settings.tz)
    return _replies(body, _rows(nav, 2), replace)


async def _chart(overview: Overview, unit_id: str | None = None) -> list[Reply]:
    from bot.reports import chart  # matplotlib loads only when a chart is asked for

    if unit_id is None:
        if not overview.units:
            return [Reply(text.overview_text(overview))]
        png = await asyncio.to_thread(chart.render_units, overview)
        caption = (f"Tiến độ theo đơn vị đến {text.day(overview.today)}. "
                   "Cột: phần đã xong; vạch đen: mức cần đạt.")
        name = f"tien-do-{overview.today.isoformat()}.png"
    else:
        unit = overview.unit(unit_id)
        if unit is None:
            return [Reply(OUT_OF_SCOPE)]
        png = await asyncio.to_thread(chart.render_unit_tasks, unit, text.day(overview.today))
        caption = f"{unit.unit.name}: từng nhiệm vụ đến {text.day(overview.today)}."
        name = f"tien-do-{unit.unit.id}-{overview.today.isoformat()}.png"
    return [Reply(caption, attachment=Attachment(name, png, kind="photo", caption=caption))]


async def _excel(services: Services, overview: Overview) -> list[Reply]:
    from bot.reports import excel  # openpyxl loads only when a workbook is asked for

    if not overview.officials:
        return [Reply(text.overview_text(overview))]
    now = services.clock.now()
    data = await asyncio.to_thread(excel.render_workbook, overview, services.settings.tz, now)
    caption = (f"Báo cáo tiến độ đến {text.day(overview.today)}: {len(overview.officials)} cán bộ, "
               f"{overview.tally.total} nhiệm vụ.")
    name = f"bao-cao-tien-do-{overview.today.isoformat()}.xlsx"
    return [Reply(caption, attachment=Attachment(name, data, kind="document", caption=caption))]


def _strip_prefix(folded: str) -> str:
    for prefix in _UNIT_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


def match_scope(overview: Overview, query: str) -> tuple[list[UnitStatus], list[OfficialStatus]]:
    """Units and officials in scope whose name matches the query, ignoring diacritics and case.

    An exact name (with or without 'xã', 'huyện'…) wins over a partial one."""
    wanted = text.fold_name(query)
    if not wanted:
        return [], []
    wanted_bare = _strip_prefix(wanted)

    def score(name: str, ident: str) -> int:
        folded = text.fold_name(name)
        if wanted in (folded, ident) or wanted_bare == _strip_prefix(folded):
            return 2
        return 1 if f" {wanted} " in f" {folded} " or f" {wanted_bare} " in f" {folded} " else 0

    units = [(score(u.unit.name, u.unit.id), u) for u in overview.units]
    officials = [(score(o.official.name, o.official.id), o) for o in overview.officials]
    best = max([s for s, _ in units] + [s for s, _ in officials] + [0])
    if best == 0:
        return [], []
    return [u for s, u in units if s == best], [o for s, o in officials if s == best]


async def cmd_progress(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/tiendo [đơn vị]: status of everyone under the leader, worst first; drill down by unit."""
    if not _is_viewer(me):
        return [Reply(NOT_LEADER)]
    overview = await _overview(services, me)
    query = args.strip()
    if not query:
        return _summary(overview)
    if text.fold_name(query) in CHART_WORDS:
        return await _chart(overview)
    if overview.task(query.lower()) is not None:
        return _task_view(services, overview, query.lower())
    units, officials = match_scope(overview, query)
    if len(units) == 1 and not officials:
        return _unit_view(services, units[0])
    if len(officials) == 1 and not units:
        return _official_view(services, officials[0])
    if len(units) == 1 and len(officials) == 1 and officials[0].official.unit_id == units[0].unit.id:
        return _unit_view(services, units[0])
    if not units and not officials:
        return [Reply(f"Không tìm thấy đơn vị hay cán bộ «{query}» trong phạm vi theo dõi của anh/chị. "
                      "Gõ /tiendo để xem danh sách.")]
    choices = [_button(f"🏢 {text.shorten(u.unit.name, 26)}", f"{PREFIX}u:{u.unit.id}") for u in units[:8]]
    choices += [_button(f"👤 {text.shorten(o.official.name, 26)}", f"{PREFIX}o:{o.official.id}")
                for o in officials[:8]]
    return [Reply(f"«{query}» khớp với nhiều mục, anh/chị chọn một:", buttons=_rows(choices, 1))]


async def cmd_late(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/tre [số ngày]: late tasks under the leader, and who has sent nothing for N days."""
    if not _is_viewer(me):
        return [Reply(NOT_LEADER)]
    days: int | None = None
    if args.strip().isdigit():
        days = max(1, min(int(args.strip()), 365))
    overview = await _overview(services, me, days)
    return _replies(text.late_text(overview), ((Button("⬅️ Tổng hợp", f"{PREFIX}sum"),),))


async def cmd_export(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/xuatexcel: the Excel report of everything under the leader, as a file."""
    if not _is_viewer(me):
        return [Reply(NOT_LEADER)]
    return await _excel(services, await _overview(services, me))


async def on_button(services: Services, incoming: Incoming, me: Official, data: str) -> list[Reply]:
    """Buttons whose data starts with 'ld:' (drill-down). Every id is checked against the presser's scope."""
    if not _is_viewer(me):
        return [Reply(NOT_LEADER)]
    if not data.startswith(PREFIX):
        return [Reply(STALE_BUTTON)]
    action, _, rest = data[len(PREFIX):].partition(":")
    overview = await _overview(services, me)
    if action == "sum" and not rest:
        return _summary(overview, replace=True)
    if action == "late" and not rest:
        return _replies(text.late_text(overview), ((Button("⬅️ Tổng hợp", f"{PREFIX}sum"),),))
    if action == "silent" and not rest:
        return [Reply(text.silent_text(overview, limit=200))]
    if action == "xlsx" and not rest:
        return await _excel(services, overview)
    if action == "chart":
        if not rest:
            return await _chart(overview)
        kind, _, unit_id = rest.partition(":")
        return await _chart(overview, unit_id) if kind == "u" and unit_id else [Reply(STALE_BUTTON)]
    if action == "u" and rest:
        unit = overview.unit(rest)
        return _unit_view(services, unit, replace=True) if unit else [Reply(OUT_OF_SCOPE)]
    if action == "o" and rest:
        official = overview.official(rest)
        return _official_view(services, official, replace=True) if official else [Reply(OUT_OF_SCOPE)]
    if action == "t" and rest:
        return _task_view(services, overview, rest, replace=True)
    return [Reply(STALE_BUTTON)]
