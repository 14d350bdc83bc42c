"""The gate in front of the core: flood control, message limits, invite slowdown (handlers/guard.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.settings import Settings, load_settings
from bot.store import Store
from handlers import guard
from handlers.context import Services
from handlers.guard import FloodGate, FloodVerdict
from handlers.types import Incoming, IncomingKind

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def incoming(clock: FixedClock, sender: str = "100", text: str = "#2: đạt 60",
             kind: IncomingKind = IncomingKind.TEXT, **extra: object) -> Incoming:
    return Incoming(channel="telegram", chat_id=sender, sender_id=sender, received_at=clock.now(), kind=kind,
                    text=text, **extra)  # type: ignore[arg-type]


@pytest.fixture
def small_limits(tmp_path: Path) -> Settings:
    return load_settings(None, {}, {
        "bot": {"db_path": str(tmp_path / "g.sqlite3")},
        "limits": {"flood_messages": 5, "flood_window_seconds": 60, "max_message_chars": 200,
                   "max_import_bytes": 2048},
        "invites": {"max_failures_per_hour": 3},
    })


@pytest.fixture
async def services(small_limits: Settings, sample_store: Store, clock: FixedClock) -> Services:
    return Services(settings=small_limits, store=sample_store, clock=clock)


# --- flood control -------------------------------------------------------------------------------

def test_flood_gate_allows_up_to_the_limit_then_warns_once_then_is_silent() -> None:
    gate = FloodGate(3, 10)
    now = datetime(2026, 5, 12, 9, 0, tzinfo=VN)
    verdicts = [gate.admit("a", now + timedelta(milliseconds=i)) for i in range(7)]
    assert verdicts == [FloodVerdict.ALLOW] * 3 + [FloodVerdict.WARN] + [FloodVerdict.SILENT] * 3


def test_flood_gate_window_slides_and_warning_rearms() -> None:
    gate = FloodGate(2, 10)
    t0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)
    assert gate.admit("a", t0) is FloodVerdict.ALLOW
    assert gate.admit("a", t0 + timedelta(seconds=5)) is FloodVerdict.ALLOW
    assert gate.admit("a", t0 + timedelta(seconds=6)) is FloodVerdict.WARN
    assert gate.admit("a", t0 + timedelta(seconds=9)) is FloodVerdict.SILENT
    assert gate.retry_after_seconds("a", t0 + timedelta(seconds=9)) == 1
    # the first message ages out at t0+10: one slot frees, the second still counts
    assert gate.admit("a", t0 + timedelta(seconds=10)) is FloodVerdict.ALLOW
    assert gate.admit("a", t0 + timedelta(seconds=11)) is FloodVerdict.WARN  # a new flood: warned again
    assert gate.admit("a", t0 + timedelta(seconds=40)) is FloodVerdict.ALLOW


def test_flood_gate_forgets_idle_senders() -> None:
    gate = FloodGate(2, 10)
    t0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)
    for i in range(2000):
        gate.admit(f"sender-{i}", t0)
    assert gate.tracked_senders() == 2000
    later = t0 + timedelta(minutes=5)
    for i in range(1100):
        gate.admit("busy", later + timedelta(seconds=i * 0.01))
    assert gate.tracked_senders() < 10


async def test_abusive_sender_gets_one_polite_message_then_silence(services: Services,
                                                                  clock: FixedClock) -> None:
    answers = []
    for _ in range(12):
        answers.append(await guard.check(services, incoming(clock, "666")))
        clock.advance(timedelta(milliseconds=100))
    assert answers[:5] == [None] * 5
    assert answers[5] is not None and len(answers[5]) == 1
    polite = answers[5][0].text
    assert "gửi nhanh quá" in polite and "gửi lại" in polite
    assert answers[6:] == [[]] * 6  # silence, not an answer per message


async def test_abusive_sender_does_not_slow_anyone_else(services: Services, clock: FixedClock) -> None:
    for _ in range(50):
        await guard.check(services, incoming(clock, "666"))
    # everyone else, at the same instant, passes; and nothing waited (the clock never moved)
    before = clock.now()
    for sender in range(100, 140):
        for _ in range(5):
            assert await guard.check(services, incoming(clock, str(sender))) is None
    assert clock.now() == before


async def test_flooder_is_let_back_in_once_the_window_clears(services: Services, clock: FixedClock) -> None:
    for _ in range(8):
        await guard.check(services, incoming(clock, "666"))
    clock.advance(timedelta(seconds=61))
    assert await guard.check(services, incoming(clock, "666")) is None


async def test_same_sender_id_on_two_channels_is_two_senders(services: Services, clock: FixedClock) -> None:
    for _ in range(5):
        assert await guard.check(services, incoming(clock, "7")) is None
    other = Incoming(channel="terminal", chat_id="7", sender_id="7", received_at=clock.now(), text="xin chào")
    assert await guard.check(services, other) is None


async def test_button_presses_count_towards_the_flood(services: Services, clock: FixedClock) -> None:
    for _ in range(5):
        press = incoming(clock, "9", kind=IncomingKind.BUTTON, button_data="undo:1")
        assert await guard.check(services, press) is None
    assert await guard.check(services, incoming(clock, "9")) is not None


async def test_each_store_has_its_own_flood_state(small_limits: Settings, tmp_path: Path,
                                                  clock: FixedClock) -> None:
    first = await Store.open(tmp_path / "one.sqlite3")
    second = await Store.open(tmp_path / "two.sqlite3")
    try:
        a = Services(small_limits, first, clock)
        b = Services(small_limits, second, clock)
        for _ in range(6):
            await guard.check(a, incoming(clock, "1"))
        assert await guard.check(b, incoming(clock, "1")) is None
    finally:
        await first.close()
        await second.close()


# --- message limits -------------------------------------------------------------------------------

async def test_too_long_message_is_refused_with_its_length(services: Services, clock: FixedClock) -> None:
    reply = await guard.check(services, incoming(clock, text="đạt 60 " * 40))
    assert reply is not None
    assert "dài quá" in reply[0].text and "280" in reply[0].text and "200" in reply[0].text


async def test_message_at_the_limit_passes(services: Services, clock: FixedClock) -> None:
    assert await guard.check(services, incoming(clock, text="a" * 200)) is None


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\u3000"])
async def test_empty_message_is_answered(services: Services, clock: FixedClock, text: str) -> None:
    reply = await guard.check(services, incoming(clock, text=text))
    assert reply is not None and "chưa thấy nội dung" in reply[0].text


@pytest.mark.parametrize("text", ["\x00\x01\x02PK\x03\x04", "đạt 60\x07", "abc\ufffd\ufffd", "\x1b[31mred",
                                  "x\ud800y", "\x85bad"])
async def test_binary_or_control_text_is_refused(services: Services, clock: FixedClock, text: str) -> None:
    reply = await guard.check(services, incoming(clock, text=text))
    assert reply is not None and "ký tự lạ" in reply[0].text


@pytest.mark.parametrize("text", ["#2: đạt 60\nnv3 xong", "Đạt\t60%", "zero\u200bwidth", "\ufeffđạt 60",
                                  "Tân Phú đạt 12,5 tỷ 👍"])
async def test_ordinary_text_passes(services: Services, clock: FixedClock, text: str) -> None:
    assert await guard.check(services, incoming(clock, text=text)) is None


@pytest.mark.parametrize("kind, words", [
    (IncomingKind.STICKER, "gõ số liệu"),
    (IncomingKind.PHOTO, "ảnh"),
    (IncomingKind.VOICE, "thoại"),
    (IncomingKind.OTHER, "chữ"),
])
async def test_non_text_kinds_get_a_clear_answer(services: Services, clock: FixedClock, kind: IncomingKind,
                                                 words: str) -> None:
    reply = await guard.check(services, incoming(clock, text="", kind=kind))
    assert reply is not None and len(reply) == 1 and words in reply[0].text


async def test_document_from_an_official_is_refused(services: Services, clock: FixedClock) -> None:
    await services.store.people.bind("telegram", "200", "200", "tanphu", clock.now())
    doc = incoming(clock, "200", text="", kind=IncomingKind.DOCUMENT, document_name="x.toml",
                   document_bytes=b"[[official]]")
    reply = await guard.check(services, doc)
    assert reply is not None and "quản trị viên" in reply[0].text


async def test_document_from_a_stranger_is_refused(services: Services, clock: FixedClock) -> None:
    doc = incoming(clock, "999", text="", kind=IncomingKind.DOCUMENT, document_name="x.toml",
                   document_bytes=b"x")
    assert await guard.check(services, doc) is not None


async def test_document_from_an_admin_passes_unless_too_big(services: Services, clock: FixedClock) -> None:
    await services.store.people.bind("telegram", "300", "300", "vanphong", clock.now())
    small = incoming(clock, "300", text="", kind=IncomingKind.DOCUMENT, document_name="x.toml",
                     document_bytes=b"a" * 2048)
    assert await guard.check(services, small) is None
    big = incoming(clock, "300", text="", kind=IncomingKind.DOCUMENT, document_name="x.toml",
                   document_bytes=b"a" * 5000)
    reply = await guard.check(services, big)
    assert reply is not None and "quá lớn" in reply[0].text and "4 KB" in reply[0].text


@pytest.mark.parametrize("data", ["", "u" * 200, "undo:\x00"])
async def test_malformed_button_data_is_refused(services: Services, clock: FixedClock, data: str) -> None:
    reply = await guard.check(services, incoming(clock, text="", kind=IncomingKind.BUTTON, button_data=data))
    assert reply is not None and "không còn dùng được" in reply[0].text


async def test_edits_obey_the_same_limits(services: Services, clock: FixedClock) -> None:
    edit = incoming(clock, text="x" * 201, kind=IncomingKind.EDIT, message_id="5")
    reply = await guard.check(services, edit)
    assert reply is not None and "dài quá" in reply[0].text


# --- invite failures -------------------------------------------------------------------------------

async def test_invite_attempts_slow_down_after_repeated_failures(services: Services,
                                                                 clock: FixedClock) -> None:
    attempt = incoming(clock, "555", text="/start ABCDEFGHJKLMNPQR")
    for _ in range(3):
        assert await guard.check(services, attempt) is None
        await guard.record_invite_failure(services, attempt)
        clock.advance(timedelta(minutes=1))
    refused = await guard.check(services, attempt)
    assert refused is not None and "sai nhiều lần" in refused[0].text
    # a bare code typed by hand is an attempt too
    assert await guard.check(services, incoming(clock, "555", text="abcd efgh jklm npqr")) is not None
    # another sender is not affected
    assert await guard.check(services, incoming(clock, "556", text="/start ABCDEFGHJKLMNPQR")) is None
    # ordinary text from the slowed sender still reaches the core (it explains who they must ask)
    assert await guard.check(services, incoming(clock, "555", text="xin chào")) is None
    # an hour after the failures the sender may try again
    clock.advance(timedelta(minutes=58))
    assert await guard.check(services, attempt) is None


async def test_invite_slowdown_is_durable_across_restarts(small_limits: Settings, tmp_path: Path,
                                                          clock: FixedClock) -> None:
    path = tmp_path / "durable.sqlite3"
    store = await Store.open(path)
    attempt = incoming(clock, "42", text="/start ZZZZZZZZZZZZZZZZ")
    for _ in range(3):
        await guard.record_invite_failure(Services(small_limits, store, clock), attempt)
    await store.close()
    reopened = await Store.open(path)
    try:
        assert await guard.check(Services(small_limits, reopened, clock), attempt) is not None
    finally:
        await reopened.close()


def test_invite_attempt_detection() -> None:
    assert guard.is_invite_attempt("/start ABCD")
    assert guard.is_invite_attempt("/start@dondoc_bot ABCD")
    assert guard.is_invite_attempt("ABCD-EFGH-JKLM-NPQR")
    assert not guard.is_invite_attempt("/start")
    assert not guard.is_invite_attempt("#2: đạt 60")


def test_invite_codes_are_masked_for_storage() -> None:
    from bot.invites import hash_code

    masked = guard.mask_invite_code("/start ABCDEFGHJKLMNPQR")
    assert "ABCDEFGHJKLMNPQR" not in masked and hash_code("ABCDEFGHJKLMNPQR")[:12] in masked
    assert masked.startswith("/start ")
    assert "abcd" not in guard.mask_invite_code("abcd efgh jklm npqr").lower()
    assert guard.mask_invite_code("#2: đạt 60") == "#2: đạt 60"
    assert guard.mask_invite_code("/start") == "/start"
