"""Chatter and questions record nothing; the reply fits what was said."""

import pytest

from bot.clock import FixedClock
from bot.settings import Settings
from bot.store import Store
from handlers import router, texts
from handlers.context import Services
from handlers.types import Incoming


@pytest.mark.parametrize(("text", "expected"), [
    ("hạn chót là tháng mấy?", texts.QUESTION_HINT),
    ("con may viec chua xong vay bot", texts.QUESTION_HINT),
    ("ok", texts.ACKNOWLEDGED),
    ("Cảm ơn bot nhiều", texts.ACKNOWLEDGED),
    ("Dạ em nhận được tin nhắn nhắc rồi ạ", texts.ACKNOWLEDGED),
    ("nhận được rồi, chiều về em báo cáo ạ", texts.REPORT_LATER_ACK),
    ("Dạ em đang đi cơ sở, họp xong em báo cáo sau", texts.REPORT_LATER_ACK),
])
async def test_reply_fits_the_chatter(
    sample_store: Store, settings: Settings, clock: FixedClock, text: str, expected: str
) -> None:
    services = Services(settings, sample_store, clock)
    await sample_store.people.bind("terminal", "u1", "u1", "tanphu", clock.now())
    replies = await router.handle(services, Incoming("terminal", "u1", "u1", clock.now(), text=text))
    assert [r.text for r in replies] == [expected]
    assert await sample_store.progress.updates_by_task() == {}
