"""ProgressRepo: every message kept verbatim and once, updates appended, undo marks instead of deleting,
pending choices resolved exactly once."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bot.clock import FixedClock
from bot.models import UpdateKind, fold_progress
from bot.store import IncomingRecord, NewUpdate, Store


def _message(clock: FixedClock, text: str, update_id: str | None = "u1") -> IncomingRecord:
    return IncomingRecord(
        channel="telegram",
        chat_id="111",
        sender_external_id="111",
        text=text,
        received_at=clock.now(),
        official_id="tanphu",
        external_update_id=update_id,
        external_message_id="m1",
    )


async def test_message_is_stored_verbatim_and_once(sample_store: Store, clock: FixedClock) -> None:
    text = "  vuon xanh dat 1,5ha 🌱\n(đang chờ huyện duyệt)  "
    first_id, is_new = await sample_store.progress.record_message(_message(clock, text))
    again_id, again_new = await sample_store.progress.record_message(_message(clock, text))
    assert is_new and not again_new and again_id == first_id
    stored = await sample_store.progress.message(first_id)
    assert stored is not None and stored.text == text
    assert await sample_store.progress.message_count() == 1


async def test_updates_fold_into_progress_and_undo_keeps_history(
    sample_store: Store, clock: FixedClock
) -> None:
    message_id, _ = await sample_store.progress.record_message(_message(clock, "vườn xanh được 1ha"))
    await sample_store.progress.add_updates(
        [NewUpdate("tp-03", UpdateKind.ABSOLUTE, 1.0)], message_id, "tanphu", clock.now()
    )
    clock.advance(timedelta(days=3))
    second_id, _ = await sample_store.progress.record_message(_message(clock, "thêm 0,5ha", "u2"))
    (added,) = await sample_store.progress.add_updates(
        [NewUpdate("tp-03", UpdateKind.INCREMENT, 0.5)], second_id, "tanphu", clock.now()
    )
    task = await sample_store.pledges.task("tp-03")
    assert task is not None
    assert fold_progress(task, await sample_store.progress.updates_for_task("tp-03")).value == 1.5
    assert await sample_store.progress.last_live_message_with_updates("tanphu") == second_id

    assert await sample_store.progress.undo([added.id], "tanphu", clock.now()) == 1
    assert await sample_store.progress.undo([added.id], "tanphu", clock.now()) == 0  # undo twice: no-op
    history = await sample_store.progress.updates_for_task("tp-03")
    assert len(history) == 2 and history[1].undone_at is not None
    assert fold_progress(task, history).value == 1.0
    assert await sample_store.progress.last_live_message_with_updates("tanphu") == message_id


async def test_correction_replaces_in_one_transaction(sample_store: Store, clock: FixedClock) -> None:
    (wrong,) = await sample_store.progress.add_updates(
        [NewUpdate("tp-05", UpdateKind.ABSOLUTE, 60)], None, "tanphu", clock.now()
    )
    await sample_store.progress.add_updates(
        [NewUpdate("tp-05", UpdateKind.ABSOLUTE, 55)],
        None,
        "tanphu",
        clock.now(),
        replaces={"tp-05": wrong.id},
        undo_ids=[wrong.id],
        undo_reason="sửa",
    )
    task = await sample_store.pledges.task("tp-05")
    assert task is not None
    assert fold_progress(task, await sample_store.progress.updates_for_task("tp-05")).value == 55


async def test_update_for_an_unknown_task_writes_nothing(sample_store: Store, clock: FixedClock) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        await sample_store.progress.add_updates(
            [NewUpdate("tp-01", UpdateKind.DONE, None), NewUpdate("khong-co", UpdateKind.DONE, None)],
            None,
            "tanphu",
            clock.now(),
        )
    assert await sample_store.progress.updates_for_task("tp-01") == []


async def test_pending_choice_resolves_once(sample_store: Store, clock: FixedClock) -> None:
    message_id, _ = await sample_store.progress.record_message(_message(clock, "đạt 60"))
    pending_id = await sample_store.progress.create_pending(
        "tanphu", message_id, "which_task", {"candidates": ["tp-05", "tp-04"], "value": 60}, clock.now()
    )
    open_choice = await sample_store.progress.latest_open_pending("tanphu")
    assert open_choice is not None and open_choice.id == pending_id
    assert open_choice.payload == {"candidates": ["tp-05", "tp-04"], "value": 60}
    assert await sample_store.progress.resolve_pending(pending_id, "tp-05", clock.now())
    assert not await sample_store.progress.resolve_pending(pending_id, "tp-04", clock.now())  # a double tap
    assert await sample_store.progress.latest_open_pending("tanphu") is None
    resolved = await sample_store.progress.pending(pending_id)
    assert resolved is not None and resolved.resolved_at is not None
