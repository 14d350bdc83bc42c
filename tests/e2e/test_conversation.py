"""Whole conversations through the real Application and the fake Bot API: what the user would see."""

from __future__ import annotations

import time

from bot.models import fold_progress
from tests.e2e.conftest import Harness

OFFICIAL, OTHER_OFFICIAL, LEADER, STRANGER = 1001, 1002, 2001, 9999


async def live_values(h: Harness, task_id: str) -> list[float | None]:
    return [u.value for u in await h.store.progress.updates_for_task(task_id) if u.undone_at is None]


async def test_invite_registers_and_menu_is_published(harness: Harness) -> None:
    h = harness
    commands = h.server.calls_of("setMyCommands")[0].params["commands"]
    assert {"nhiemvu", "baocao", "lichsu", "hoantac", "tiendo", "tre", "trogiup"} <= {
        c["command"] for c in commands
    }
    code = await h.invite("tanphu")
    [welcome] = await h.say(OFFICIAL, f"/start {code}")
    assert "Trần Hoàng Liêm" in welcome and "8 nhiệm vụ" in welcome
    assert await h.store.people.official_id_for("telegram", str(OFFICIAL)) == "tanphu"
    # single use: the same code from someone else is refused and binds nothing
    [refused] = await h.say(OTHER_OFFICIAL, f"/start {code}")
    assert "không đúng, đã dùng hoặc đã hết hạn" in refused
    assert await h.store.people.official_id_for("telegram", str(OTHER_OFFICIAL)) is None


async def test_report_then_undo_with_the_button(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    [recorded] = await h.say(OFFICIAL, "#2: thu được 7 tỷ")
    assert "Đã ghi nhận" in recorded and "7 tỷ đồng" in recorded and "56% chỉ tiêu 12,5 tỷ đồng" in recorded
    assert "tháng 12/2026" in recorded
    assert await live_values(h, "tp-02") == [7.0]
    message = h.server.last_sent(OFFICIAL)
    undo = message.button("Hoàn tác")
    assert message.button("Sửa")
    h.server.push_callback(OFFICIAL, undo["callback_data"], message.result)
    await h.server.wait_for(lambda s: len(s.calls_of("editMessageText")) == 1)
    edit = h.server.calls_of("editMessageText")[0]
    assert "Đã hoàn tác" in edit.text and int(edit.params["message_id"]) == message.result["message_id"]
    assert h.server.calls_of("answerCallbackQuery")
    assert await live_values(h, "tp-02") == []


async def test_fix_button_asks_for_the_figure_and_corrects(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    await h.say(OFFICIAL, "#2: 7 tỷ")
    message = h.server.last_sent(OFFICIAL)
    before = len(h.server.sent(OFFICIAL))
    h.server.push_callback(OFFICIAL, message.button("Sửa")["callback_data"], message.result)
    [ask] = [c.text for c in (await h.server.wait_sent(OFFICIAL, before + 1))[before:]]
    assert "gõ số đúng" in ask
    [fixed] = await h.say(OFFICIAL, "8 tỷ")
    assert "Đã sửa" in fixed and "7 tỷ đồng → 8 tỷ đồng" in fixed
    assert await live_values(h, "tp-02") == [8.0]


async def test_ambiguous_report_asks_and_the_choice_records(harness: Harness) -> None:
    h = harness
    await h.bind(OTHER_OFFICIAL, "anphuoc")
    [question] = await h.say(OTHER_OFFICIAL, "dat 50%")
    assert "việc nào" in question
    message = h.server.last_sent(OTHER_OFFICIAL)
    options = [b for row in message.buttons for b in row if b["callback_data"].endswith(":1")]
    assert options, message.buttons
    assert await live_values(h, "ap-01") == [] and await live_values(h, "ap-04") == []
    h.server.push_callback(OTHER_OFFICIAL, options[0]["callback_data"], message.result)
    await h.server.wait_for(lambda s: len(s.calls_of("editMessageText")) == 1)
    chosen = h.server.calls_of("editMessageText")[0].text
    assert "Đã ghi nhận theo lựa chọn" in chosen and "50%" in chosen
    recorded = await live_values(h, "ap-01") + await live_values(h, "ap-04")
    assert recorded == [50.0]
    # a second tap on the same question changes nothing
    h.server.push_callback(OTHER_OFFICIAL, options[0]["callback_data"], message.result)
    await h.server.wait_for(lambda s: any("đã được trả lời" in t for t in s.sent_texts(OTHER_OFFICIAL)))
    assert await live_values(h, "ap-01") + await live_values(h, "ap-04") == [50.0]


async def test_edited_message_corrects_instead_of_adding(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    update = h.server.push_text(OFFICIAL, "#2: 7 tỷ")
    await h.server.wait_sent(OFFICIAL, 1)
    h.server.push_edit(OFFICIAL, update["message"]["message_id"], "#2: 9 tỷ")
    [_, corrected] = [c.text for c in await h.server.wait_sent(OFFICIAL, 2)]
    assert "Đã sửa theo tin nhắn" in corrected and "7 tỷ đồng → 9 tỷ đồng" in corrected
    assert await live_values(h, "tp-02") == [9.0]
    task = await h.store.pledges.task("tp-02")
    assert task is not None
    assert fold_progress(task, await h.store.progress.updates_for_task("tp-02")).value == 9.0


async def test_leader_gets_status_of_their_subtree_only(harness: Harness) -> None:
    h = harness
    await h.bind(LEADER, "chauthanh")
    await h.bind(OFFICIAL, "tanphu")
    [status] = await h.say(LEADER, "/tiendo")
    assert status.strip()
    assert "Nguyễn Đức Hiệp" not in status  # Chợ Đồn is not under Châu Thành
    [refused] = await h.say(OFFICIAL, "/tiendo")
    assert "chỉ dành cho lãnh đạo" in refused


async def test_stranger_gets_one_short_answer_and_nothing_is_recorded(harness: Harness) -> None:
    h = harness
    [answer] = await h.say(STRANGER, "#2: 7 tỷ")
    assert "chỉ dành cho cán bộ đã được mời" in answer
    h.server.push_text(STRANGER, "#2: 8 tỷ")
    h.server.push_text(STRANGER, "/nhiemvu")
    await h.server.wait_for(lambda s: s.pending_updates == 0)
    await h.say(OFFICIAL, "/start")  # a marker: once this is answered, the stranger's messages were handled
    assert len(h.server.sent(STRANGER)) == 1
    assert await live_values(h, "tp-02") == []
    assert await h.store.progress.message_count() == 4  # every message is still kept


async def test_forged_and_foreign_buttons_are_refused(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    await h.bind(OTHER_OFFICIAL, "anphuoc")
    await h.say(OTHER_OFFICIAL, "#1: 70%")
    victim = h.server.last_sent(OTHER_OFFICIAL)
    assert await live_values(h, "ap-01") == [70.0]
    for forged in (
        victim.button("Hoàn tác")["callback_data"],
        victim.button("Sửa")["callback_data"],
        "u:999999",
        "c:1:1",
        "zz:1",
        "u:1; DROP TABLE updates",
    ):
        before = len(h.server.sent(OFFICIAL))
        h.server.push_callback(OFFICIAL, forged)
        [reply] = [c.text for c in (await h.server.wait_sent(OFFICIAL, before + 1))[before:]]
        assert "không dành cho anh/chị" in reply or "không còn dùng được" in reply, (forged, reply)
    assert await live_values(h, "ap-01") == [70.0]
    assert not h.server.calls_of("editMessageText")


async def test_429_retry_after_is_honoured(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    h.server.fail_next("sendMessage", 429, retry_after=1)
    started = time.monotonic()
    [tasks] = await h.say(OFFICIAL, "/nhiemvu")
    assert "Nhiệm vụ của" in tasks
    refused = [c for c in h.server.calls if c.method == "sendMessage" and c.status == 429]
    delivered = h.server.sent(OFFICIAL)[-1]
    assert len(refused) == 1 and delivered.at - refused[0].at >= 0.95
    assert time.monotonic() - started >= 0.95


async def test_redelivered_update_is_handled_once(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    update = h.server.push_text(OFFICIAL, "#2: 7 tỷ")
    await h.server.wait_sent(OFFICIAL, 1)
    h.server.push_update(update)  # Telegram delivers it again (e.g. our confirmation was lost)
    await h.say(OFFICIAL, "/start")
    assert [t for t in h.server.sent_texts(OFFICIAL) if "Đã ghi nhận" in t] == [
        h.server.sent_texts(OFFICIAL)[0]
    ]
    assert await live_values(h, "tp-02") == [7.0]


async def test_sticker_and_photo_get_a_short_answer(harness: Harness) -> None:
    h = harness
    await h.bind(OFFICIAL, "tanphu")
    h.server.push_media(OFFICIAL, "sticker")
    h.server.push_media(OFFICIAL, "photo")
    texts = [c.text for c in await h.server.wait_sent(OFFICIAL, 2)]
    assert all("gõ số liệu" in t for t in texts)
