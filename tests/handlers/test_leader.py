"""/tiendo, /tre, /xuatexcel and the 'ld:' buttons: ranked, drill-down, always inside the leader's scope."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.clock import FixedClock
from bot.models import Official
from bot.settings import Settings, load_settings
from bot.store import Store
from handlers import leader
from handlers.context import Services
from handlers.router import handle
from handlers.types import Incoming, IncomingKind, Reply
from tests.reports.world import (
    DISTRICT_A_TASKS,
    DISTRICT_A_UNITS,
    DISTRICT_B_TASKS,
    DISTRICT_B_UNITS,
    TODAY,
    build_world,
    fill_world,
)

_ids = itertools.count(1)


@pytest.fixture
async def services(store: Store, tmp_path: Path) -> Services:
    await build_world(store, tmp_path)
    await fill_world(store)
    settings: Settings = load_settings(None, {}, {"limits": {"flood_messages": 1000}})
    return Services(settings, store, FixedClock(TODAY))


async def who(services: Services, official_id: str) -> Official:
    official = await services.store.pledges.official(official_id)
    assert official is not None
    return official


def incoming(services: Services, data: str | None = None) -> Incoming:
    return Incoming("test", "chat", "sender", services.clock.now(),
                    IncomingKind.BUTTON if data else IncomingKind.TEXT, "", data)


async def progress(services: Services, official_id: str, args: str = "") -> list[Reply]:
    return await leader.cmd_progress(services, incoming(services), await who(services, official_id), args)


async def press(services: Services, official_id: str, data: str) -> list[Reply]:
    return await leader.on_button(services, incoming(services, data), await who(services, official_id), data)


def all_data(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row]


async def test_tiendo_through_the_router_ranks_units_worst_first(services: Services) -> None:
    await services.store.people.bind("test", "u-a", "u-a", "lanhdao-a", TODAY)
    n = str(next(_ids))
    replies = await handle(services, Incoming("test", "u-a", "u-a", TODAY, IncomingKind.TEXT, "/tiendo", None, n, n))
    [reply] = replies
    lines = reply.text.splitlines()
    ranked = [line for line in lines if line[:1] in "🔴🟠🟢⚪" and ":" in line and "·" in line]
    names = [line.split(":")[0][2:] for line in ranked]
    assert names == ["Xã Bình Minh", "Ấp Bình Minh 1", "Xã Đông Hòa"]  # two reds, then amber
    assert ranked[0].startswith("🔴") and ranked[2].startswith("🟠")
    assert "🔴 2 · 🟠 1 · 🟢 2 · ⚪ 1" in reply.text
    assert "6 nhiệm vụ" in reply.text
    assert not any(name in reply.text for name in DISTRICT_B_UNITS)
    assert max(len(line) for line in lines) <= 80  # one line per unit fits a phone
    data = all_data(replies)
    assert "ld:u:xa-binh-minh" in data and "ld:chart" in data and "ld:xlsx" in data
    assert all(len(d.encode()) <= 64 for d in data)


async def test_admin_sees_every_district_and_an_official_none(services: Services) -> None:
    [admin] = await progress(services, "quantri")
    assert all(name in admin.text for name in DISTRICT_A_UNITS | DISTRICT_B_UNITS)
    [official] = await progress(services, "donghoa")
    assert official.text == leader.NOT_LEADER


async def test_drill_down_by_name_without_diacritics(services: Services) -> None:
    [unit] = await progress(services, "lanhdao-a", "xa dong hoa")
    assert unit.text.startswith("🟠 Xã Đông Hòa")
    assert "3/12,5 tỷ đồng" in unit.text and "chậm: 24%, cần 50%" in unit.text
    assert unit.text.index("#1 Thu ngân sách") < unit.text.index("#2 Tổ chức")  # worst first
    assert "ld:t:dh-01" in all_data([unit])
    [by_person] = await progress(services, "lanhdao-a", "Tran Hoang Liem")
    assert "#2 Ra mắt mô hình du lịch cộng đồng — quá hạn (2/2026)" in by_person.text
    [exact] = await progress(services, "lanhdao-a", "binh minh")  # the whole name, less «xã», wins
    assert exact.text.startswith("🔴 Xã Bình Minh —")
    [many] = await progress(services, "lanhdao-a", "minh")
    assert "nhiều mục" in many.text
    assert set(all_data([many])) == {"ld:u:xa-binh-minh", "ld:u:ap-binh-minh-1"}


async def test_a_leader_cannot_reach_another_district_by_name_or_button(services: Services) -> None:
    [by_name] = await progress(services, "lanhdao-a", "Tân Lập")
    assert "Không tìm thấy" in by_name.text and "50.000" not in by_name.text
    for data in ("ld:u:xa-tan-lap", "ld:o:tanlap", "ld:t:tl-01", "ld:chart:u:xa-tan-lap"):
        [reply] = await press(services, "lanhdao-a", data)
        assert reply.text == leader.OUT_OF_SCOPE, data
        assert reply.attachment is None
    [own] = await press(services, "lanhdao-b", "ld:t:tl-01")
    assert "10.000/50.000 cây" in own.text


async def test_buttons_walk_unit_official_task_and_back(services: Services) -> None:
    [unit] = await press(services, "lanhdao-a", "ld:u:xa-binh-minh")
    assert unit.replace_previous and unit.text.startswith("🔴 Xã Bình Minh")
    [task] = await press(services, "lanhdao-a", "ld:t:bm-01")
    assert "40/100 lao động" in task.text and "đúng tiến độ: 40%, cần 50%" in task.text
    assert "«thêm ở KCN»" in task.text and "/lichsu bm-01" in task.text
    assert "ld:o:binhminh" in all_data([task])
    [back] = await press(services, "lanhdao-a", "ld:sum")
    assert back.text.startswith("📊 Tiến độ")
    [stale] = await press(services, "lanhdao-a", "ld:nonsense:1")
    assert stale.text == leader.STALE_BUTTON
    # a leader two levels up sees the hamlet under the commune
    [deep] = await press(services, "lanhdao-a", "ld:u:ap-binh-minh-1")
    assert "Vận động 40 hộ" in deep.text


async def test_tre_lists_late_tasks_and_silent_officials(services: Services) -> None:
    [late] = await leader.cmd_late(services, incoming(services), await who(services, "lanhdao-a"), "")
    text = late.text
    assert "2 nhiệm vụ trễ" in text
    assert text.index("Quá hạn (1)") < text.index("#2 Ra mắt mô hình") < text.index("Chậm nhiều")
    assert "Vận động 40 hộ" in text
    assert "Lê Văn Tư (chưa từng gửi)" in text
    assert "Nguyễn Thị Đông" not in text.split("🔕")[1]  # wrote 2 days ago
    [shorter] = await leader.cmd_late(services, incoming(services), await who(services, "lanhdao-a"), "1")
    assert "Nguyễn Thị Đông (2 ngày)" in shorter.text and "từ 1 ngày" in shorter.text


async def test_chart_button_sends_a_photo(services: Services) -> None:
    [reply] = await press(services, "lanhdao-a", "ld:chart")
    assert reply.attachment is not None and reply.attachment.kind == "photo"
    image = Image.open(io.BytesIO(reply.attachment.data))
    assert image.format == "PNG" and image.width == 1080
    [by_word] = await progress(services, "lanhdao-a", "biểu đồ")
    assert by_word.attachment is not None and by_word.attachment.kind == "photo"
    [unit] = await press(services, "lanhdao-a", "ld:chart:u:xa-dong-hoa")
    assert unit.attachment is not None and "Xã Đông Hòa" in unit.text


async def test_xuatexcel_sends_the_scoped_workbook(services: Services) -> None:
    [reply] = await leader.cmd_export(services, incoming(services), await who(services, "lanhdao-a"), "")
    assert reply.attachment is not None and reply.attachment.kind == "document"
    assert reply.attachment.filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(reply.attachment.data)).worksheets[0]
    codes = {row[14].value for row in sheet.iter_rows(min_row=2)}
    assert codes == DISTRICT_A_TASKS and not codes & DISTRICT_B_TASKS
