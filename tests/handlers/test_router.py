"""The conversation core without any chat platform: a real SQLite store, a fixed clock."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from bot.clock import FixedClock
from bot.invites import looks_like_code
from bot.settings import load_settings
from bot.store import Store
from handlers.context import Services
from handlers.router import handle
from handlers.types import Incoming, IncomingKind, Reply

_ids = itertools.count(1)


@pytest.fixture
def services(sample_store: Store, clock: FixedClock) -> Services:
    settings = load_settings(None, {}, {"limits": {"flood_messages": 1000}})
    return Services(settings, sample_store, clock)


async def say(
    services: Services, sender: str, text: str = "", data: str | None = None, update_id: str | None = None
) -> list[Reply]:
    n = str(next(_ids))
    kind = IncomingKind.BUTTON if data is not None else IncomingKind.TEXT
    return await handle(
        services, Incoming("test", sender, sender, services.clock.now(), kind, text, data, n, update_id or n)
    )


async def bind(services: Services, sender: str, official_id: str) -> None:
    await services.store.people.bind("test", sender, sender, official_id, services.clock.now())


async def live(services: Services, task_id: str) -> list[float | None]:
    return [u.value for u in await services.store.progress.updates_for_task(task_id) if u.undone_at is None]


async def test_typed_number_answers_an_ambiguous_question(services: Services) -> None:
    await bind(services, "u1", "anphuoc")
    [question] = await say(services, "u1", "dat 50%")
    assert question.buttons and "việc nào" in question.text
    [recorded] = await say(services, "u1", "1")
    assert "Đã ghi nhận" in recorded.text
    assert await live(services, "ap-01") + await live(services, "ap-04") == [50.0]


async def test_typed_cancel_records_nothing(services: Services) -> None:
    await bind(services, "u1", "anphuoc")
    await say(services, "u1", "dat 50%")
    [cancelled] = await say(services, "u1", "Huỷ")
    assert "bỏ qua" in cancelled.text
    assert await live(services, "ap-01") + await live(services, "ap-04") == []


async def test_typed_fix_and_typed_undo(services: Services) -> None:
    await bind(services, "u1", "tanphu")
    await say(services, "u1", "#2: 7 tỷ")
    [fixed] = await say(services, "u1", "sửa 8 tỷ")
    assert "7 tỷ đồng → 8 tỷ đồng" in fixed.text
    assert await live(services, "tp-02") == [8.0]
    [undone] = await say(services, "u1", "hoàn tác")
    assert "Đã hoàn tác" in undone.text
    assert await live(services, "tp-02") == []


async def test_same_update_id_is_handled_once(services: Services) -> None:
    await bind(services, "u1", "tanphu")
    first = await say(services, "u1", "#2: 7 tỷ", update_id="upd-1")
    again = await say(services, "u1", "#2: 7 tỷ", update_id="upd-1")
    assert first and again == []
    assert await live(services, "tp-02") == [7.0]


async def test_an_unclear_report_shows_my_tasks_only(services: Services) -> None:
    # whether the parser asks (buttons) or lists the tasks (unmatched), only my own tasks appear
    await bind(services, "u1", "tanphu")
    mine = [t.text[:20] for t in await services.store.pledges.tasks_of("tanphu")]
    others = [t.text[:20] for t in await services.store.pledges.all_tasks() if t.official_id != "tanphu"]
    [reply] = await say(services, "u1", "tang 10")
    shown = reply.text + " ".join(b.label for row in reply.buttons for b in row)
    assert any(text in shown for text in mine)
    assert not any(text in shown for text in others)


async def test_pause_and_resume(services: Services) -> None:
    await bind(services, "u1", "tanphu")
    [paused] = await say(services, "u1", "/tamdung 7")
    assert "19/05/2026" in paused.text
    assert await services.store.pledges.paused_until() == {"tanphu": date(2026, 5, 19)}
    await say(services, "u1", "/resume")
    assert await services.store.pledges.paused_until() == {}
    [usage] = await say(services, "u1", "/tamdung mai")
    assert "/tamdung <số ngày>" in usage.text


async def test_only_an_admin_issues_a_rebind_invite(services: Services) -> None:
    await bind(services, "official", "tanphu")
    await bind(services, "admin", "vanphong")
    [refused] = await say(services, "official", "/gancb anphuoc")
    assert "chỉ dành cho quản trị" in refused.text
    [issued] = await say(services, "admin", "/gancb anphuoc")
    code = next(word for word in issued.text.split() if looks_like_code(word))
    [welcome] = await say(services, "new-phone", f"/start {code}")
    assert "Trần Thị Châu Giang" in welcome.text
    assert await services.store.people.official_id_for("test", "new-phone") == "anphuoc"


async def test_official_cannot_use_leader_commands_and_leader_sees_subtree(services: Services) -> None:
    await bind(services, "u1", "tanphu")
    await bind(services, "boss", "chauthanh")
    for command in ("/tiendo", "/tre", "/xuatexcel"):
        [refused] = await say(services, "u1", command)
        assert "chỉ dành cho lãnh đạo" in refused.text
    replies = await say(services, "boss", "/tiendo")
    assert replies and "Nguyễn Đức Hiệp" not in " ".join(r.text for r in replies)


async def test_stranger_is_answered_once(services: Services) -> None:
    assert len(await say(services, "x", "xin chào")) == 1
    assert await say(services, "x", "alo") == []
    assert await say(services, "x", "", data="u:1") != []  # a button press is always refused out loud
