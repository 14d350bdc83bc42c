"""/lichsu: my recent updates; every update of one task (who, when, which message, undone) within scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.models import Official
from bot.settings import load_settings
from bot.store import Store
from handlers.context import Services
from handlers.history import cmd_history
from handlers.types import Incoming, Reply
from tests.reports.world import TODAY, build_world, fill_world


@pytest.fixture
async def services(store: Store, tmp_path: Path) -> Services:
    await build_world(store, tmp_path)
    await fill_world(store)
    return Services(load_settings(None, {}, {}), store, FixedClock(TODAY))


async def lichsu(services: Services, official_id: str, args: str = "") -> list[Reply]:
    me = await services.store.pledges.official(official_id)
    assert isinstance(me, Official)
    return await cmd_history(services, Incoming("test", "c", "s", TODAY), me, args)


async def test_recent_updates_newest_first_with_undone_marked(services: Services) -> None:
    [reply] = await lichsu(services, "donghoa")
    lines = [line for line in reply.text.splitlines() if line.startswith("•")]
    assert len(lines) == 2
    assert "đạt 5 tỷ đồng — đã hoàn tác" in lines[0]  # 28/2, then undone
    assert "đạt 3 tỷ đồng" in lines[1] and "hoàn tác" not in lines[1]
    assert lines[0].startswith("• 09:00 28/2/2026")  # local time


async def test_every_update_of_my_task_by_number(services: Services) -> None:
    ids = {}
    for number in ("1", "#1", "nv1", "NV 1"):
        [reply] = await lichsu(services, "donghoa", number)
        ids[number] = reply.text
    assert len(set(ids.values())) == 1
    text = ids["1"]
    assert text.startswith("📜 #1 Thu ngân sách nhà nước đạt 12,5 tỷ đồng")
    assert "Hiện nay: 3 tỷ đồng" in text  # the undone 5 does not count
    assert "2 cập nhật (1 đã hoàn tác)" in text
    first, second = text.split("\n\n")[1:3]
    assert "1. 09:00 31/1/2026 · Nguyễn Thị Đông: đạt 3 tỷ đồng" in first
    assert "«NSNN đạt 3 tỷ»" in first and "hoàn tác" not in first
    assert "«NSNN đạt 5 tỷ»" in second
    assert "↩️ đã hoàn tác 09:03 28/2/2026 bởi Nguyễn Thị Đông" in second


async def test_an_official_cannot_read_someone_elses_task(services: Services) -> None:
    [reply] = await lichsu(services, "donghoa", "bm-01")
    assert "Không tìm thấy" in reply.text and "lao động" not in reply.text
    [missing] = await lichsu(services, "donghoa", "9")
    assert "Không tìm thấy" in missing.text


async def test_leaders_read_tasks_in_their_scope_only(services: Services) -> None:
    [mine] = await lichsu(services, "lanhdao-a", "bm-01")
    assert "Trần Hoàng Liêm" in mine.text and "thêm 10 lao động «thêm ở KCN»" in mine.text
    assert "«thêm 10 lđ, hộ nghèo còn 1,2%»" in mine.text
    [deep] = await lichsu(services, "lanhdao-a", "ap-01")  # two levels down
    assert "Chưa có cập nhật nào" in deep.text
    [other] = await lichsu(services, "lanhdao-a", "tl-01")
    assert "Không tìm thấy" in other.text
    [admin] = await lichsu(services, "quantri", "TL-01")
    assert "trồng được 10 nghìn cây" in admin.text


async def test_no_updates_yet(services: Services) -> None:
    [reply] = await lichsu(services, "ap-binhminh")
    assert "chưa có cập nhật nào" in reply.text
