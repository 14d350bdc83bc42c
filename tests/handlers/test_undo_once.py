"""An undo request and its effect commit together: after a crash, handling the same request again
never undoes a second message."""

from datetime import timedelta
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.settings import Settings
from bot.store import Store
from handlers import router
from handlers.context import Services
from handlers.types import Incoming


class Crash(BaseException):
    """Stands for kill -9: nothing after it runs, no handler catches it."""


def _incoming(clock: FixedClock, text: str, update_id: str) -> Incoming:
    return Incoming(channel="telegram", chat_id="501", sender_id="501", received_at=clock.now(),
                    text=text, message_id=update_id, update_id=update_id)


async def _two_reports(services: Services, clock: FixedClock) -> None:
    await services.store.people.bind("telegram", "501", "501", "tanphu", clock.now())
    await router.handle(services, _incoming(clock, "Giải quyết việc làm cho 40 lao động", "1"))
    clock.advance(timedelta(minutes=1))
    await router.handle(services, _incoming(clock, "Vườn xanh sạch đẹp đạt 1,5ha", "2"))
    clock.advance(timedelta(minutes=1))


@pytest.mark.parametrize("request_text", ["/hoantac", "hoàn tác"])
async def test_crash_after_undo_then_redelivery_undoes_only_once(
    sample_store: Store, settings: Settings, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
    request_text: str,
) -> None:
    services = Services(settings, sample_store, clock)
    await _two_reports(services, clock)
    real_undo = sample_store.progress.undo

    async def undo_then_die(*args: Any, **kwargs: Any) -> int:
        await real_undo(*args, **kwargs)
        raise Crash  # the process dies right after the undo committed, before anything else runs

    monkeypatch.setattr(sample_store.progress, "undo", undo_then_die)
    with pytest.raises(Crash):
        await router.handle(services, _incoming(clock, request_text, "3"))
    monkeypatch.setattr(sample_store.progress, "undo", real_undo)

    # after the restart the channel delivers update 3 again
    await router.handle(services, _incoming(clock, request_text, "3"))
    by_task = await sample_store.progress.updates_by_task(["tp-05", "tp-03"])
    assert [u.undone_at is None for u in by_task["tp-03"]] == [False]  # the newest report is undone
    assert [u.undone_at is None for u in by_task["tp-05"]] == [True]  # the one before still stands


async def test_undo_request_is_marked_handled_with_the_undo(
    sample_store: Store, settings: Settings, clock: FixedClock
) -> None:
    services = Services(settings, sample_store, clock)
    await _two_reports(services, clock)
    await router.handle(services, _incoming(clock, "/hoantac", "3"))
    request = await sample_store.progress.message(3)
    assert request is not None and request.parse_status == "undo"
