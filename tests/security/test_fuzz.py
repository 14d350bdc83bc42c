"""Hostile input at every entry point: no exception escapes, nothing hangs, nothing leaks.

Budgets are small for CI (each test well under 20 s); the input counts are printed with -s:
    .venv/bin/python -m pytest tests/security/test_fuzz.py -s -q
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clock import FixedClock
from bot.models import PledgeBook
from bot.parsing import ParseStatus, parse_message, pledged_task
from bot.pledges import PledgeImportError, load_pledge_file
from bot.settings import ConfigError, Settings, load_settings
from bot.store import Store
from handlers import texts
from handlers.context import Services
from handlers.router import handle
from handlers.types import Incoming, IncomingKind, Reply

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLEDGES = Path(__file__).with_name("two_districts.toml")
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)
SENDERS = {"tg-owner": "banthi", "tg-leader": "minhson", "tg-admin": "quantri", "tg-stranger": None}
# the victim's words: no fuzzed input from another district's leader may bring them out
OTHER_DISTRICT_MUST_NOT_SEE = ("Đinh Thị Mận", "Nà Khoang", "Khuổi Mạ", "Lò Văn Pịa")
MAX_SECONDS_PER_INPUT = 5.0
FUZZ = settings(max_examples=800, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# text that looks like what reaches the bot, plus the odd and the hostile
vietnamese = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                  "ùúủũụừứửữựỳýỷỹỵ #:/.,%+-0123456789\n"))
message_text = st.one_of(
    st.text(max_size=300),
    st.text(vietnamese, max_size=120),
    st.builds(lambda n, v: f"#{n}: {v}", st.integers(-5, 10**6), st.text(vietnamese, max_size=40)),
    st.builds(lambda c, a: f"/{c} {a}", st.sampled_from(
        ["start", "nhiemvu", "baocao", "lichsu", "hoantac", "tiendo", "tre", "xuatexcel", "trogiup", "tamdung",
         "tieptuc", "gancb", "undo", "help", "START", "tiendo@dondoc_bot"]), st.text(max_size=60)),
    st.sampled_from(["huỷ", "1", "2", "0", "99", "sửa 5", "hoàn tác", "\u202e#1: 5", "𝟏𝟐", "١٢", "1e308",
                     "9" * 400, "#1: -0", "#1: nan", "#1: inf", "%s%n", "'; DROP TABLE updates; --"]),
)
button_data = st.one_of(
    st.text(max_size=80),
    st.builds(lambda k, a, b: f"{k}:{a}" + (f":{b}" if b is not None else ""),
              st.sampled_from(["u", "f", "c", "ld", "x", "U", ""]),
              st.one_of(st.integers(-2, 2**63), st.text(max_size=12)),
              st.one_of(st.none(), st.integers(-1, 100), st.text(max_size=8))),
    st.builds(lambda a, r: f"ld:{a}:{r}", st.sampled_from(["o", "u", "t", "chart", "sum", "late", "xlsx"]),
              st.text(max_size=30)),
)


class Harness:
    """One store and event loop reused across the examples of a test (examples are many, fixtures few)."""

    def __init__(self, tmp_path: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.clock = FixedClock(T0)
        path = tmp_path / "fuzz.sqlite3"
        self.store = self.loop.run_until_complete(Store.open(path))
        self.services = Services(load_settings(None, {}, {"bot": {"db_path": str(path)}}), self.store, self.clock)
        self.loop.run_until_complete(self._setup())
        self.count = 0

    async def _setup(self) -> None:
        await self.store.pledges.apply_book(load_pledge_file(PLEDGES), "test", T0)
        for external, official in SENDERS.items():
            if official:
                await self.store.people.bind("telegram", external, external, official, T0)
        await self.store.people.bind("telegram", "tg-other-leader", "tg-other-leader", "dongla", T0)

    def send(self, incoming: Incoming) -> list[Reply]:
        self.count += 1
        started = time.monotonic()
        replies = self.loop.run_until_complete(asyncio.wait_for(handle(self.services, incoming),
                                                                MAX_SECONDS_PER_INPUT))
        assert time.monotonic() - started < MAX_SECONDS_PER_INPUT
        assert isinstance(replies, list) and all(isinstance(r, Reply) for r in replies)
        assert all(texts.ERROR not in r.text for r in replies), f"the core failed on {incoming!r}"
        # far enough apart that flood control lets every example reach the core
        self.clock.advance(timedelta(seconds=5))
        return replies

    def close(self) -> None:
        self.loop.run_until_complete(self.store.close())
        self.loop.close()


def test_fuzz_router_text(tmp_path: Path) -> None:
    harness = Harness(tmp_path)

    @FUZZ
    @given(st.sampled_from(sorted(SENDERS)), message_text, st.sampled_from([IncomingKind.TEXT, IncomingKind.EDIT]))
    def run(sender: str, body: str, kind: IncomingKind) -> None:
        n = harness.count
        harness.send(Incoming("telegram", sender, sender, harness.clock.now(), kind=kind, text=body,
                              message_id=f"m{n % 7}" if kind is IncomingKind.EDIT else f"m{n}", update_id=f"t{n}"))

    try:
        run()
        print(f"\nfuzz router text/edit: {harness.count} inputs")
        assert harness.count >= 800
    finally:
        harness.close()


def test_fuzz_router_buttons_from_another_district(tmp_path: Path) -> None:
    harness = Harness(tmp_path)
    # give the victim something to point at: an update, a message, a pending question
    harness.send(Incoming("telegram", "tg-owner", "tg-owner", T0, text="#1: đạt 12", update_id="seed-1"))
    harness.send(Incoming("telegram", "tg-owner", "tg-owner", T0, text="được 12", update_id="seed-2"))

    @FUZZ
    @given(st.sampled_from(["tg-other-leader", "tg-stranger", "tg-owner", "tg-admin"]), button_data)
    def run(sender: str, data: str) -> None:
        n = harness.count
        replies = harness.send(Incoming("telegram", sender, sender, harness.clock.now(), kind=IncomingKind.BUTTON,
                                        button_data=data, update_id=f"b{n}"))
        if sender in ("tg-other-leader", "tg-stranger"):
            shown = " ".join(r.text + " ".join(b.label + b.data for row in r.buttons for b in row) for r in replies)
            assert not any(w in shown for w in OTHER_DISTRICT_MUST_NOT_SEE), (data, shown)

    try:
        run()
        print(f"\nfuzz router buttons: {harness.count} inputs")
        assert harness.count >= 800
    finally:
        harness.close()


def test_fuzz_parser() -> None:
    book = load_pledge_file(PLEDGES)
    tasks = [pledged_task(t) for t in book.tasks if t.official_id == "banthi"]
    ids = {t.id for t in tasks}
    count = 0

    @settings(max_examples=2000, deadline=None, database=None, derandomize=True)
    @given(message_text)
    def run(body: str) -> None:
        nonlocal count
        count += 1
        started = time.monotonic()
        result = parse_message(tasks, body)
        assert time.monotonic() - started < MAX_SECONDS_PER_INPUT
        assert isinstance(result.status, ParseStatus)
        assert {u.task_id for u in result.updates} <= ids
        assert all(u.value is None or u.value == u.value for u in result.updates)  # no NaN recorded

    run()
    print(f"\nfuzz parse_message: {count} inputs")


def test_fuzz_pledge_import_of_arbitrary_bytes(tmp_path: Path) -> None:
    count = 0
    sample = PLEDGES.read_bytes()

    @settings(max_examples=600, deadline=None, database=None, derandomize=True)
    @given(st.sampled_from([".toml", ".csv", ".xlsx", ".txt", ""]),
           st.one_of(st.binary(max_size=2000),
                     st.builds(lambda cut, junk: sample[:cut] + junk, st.integers(0, len(sample)),
                               st.binary(max_size=50)),
                     st.builds(lambda zipped: b"PK\x03\x04" + zipped, st.binary(max_size=500))))
    def run(suffix: str, data: bytes) -> None:
        nonlocal count
        count += 1
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            book = load_pledge_file(path)
        except PledgeImportError as exc:
            assert exc.errors and all(str(e) for e in exc.errors)
        else:
            assert isinstance(book, PledgeBook)
        assert time.monotonic() - started < MAX_SECONDS_PER_INPUT

    run()
    print(f"\nfuzz pledge import: {count} inputs")


SETTING_KEYS = ["BOT__DB_PATH", "BOT__TIMEZONE", "BOT__LOG_LEVEL", "BOT__LOG_FORMAT", "TELEGRAM__MODE",
                "TELEGRAM__WEBHOOK_PORT", "TELEGRAM__TOKEN", "INVITES__TTL_HOURS", "REMINDERS__WORK_START",
                "REMINDERS__HOLIDAYS_ADD", "REMINDERS__GLOBAL_RATE_PER_SECOND", "LIMITS__MAX_MESSAGE_CHARS",
                "LIMITS__FLOOD_MESSAGES", "NOSUCH__KEY", "BOT__NOSUCH", "BOT", "__", "LIMITS__"]


def test_fuzz_settings_from_environment_values() -> None:
    count = 0

    @settings(max_examples=800, deadline=None, database=None, derandomize=True)
    @given(st.dictionaries(st.sampled_from(SETTING_KEYS),
                           st.one_of(st.text(max_size=30), st.sampled_from(
                               ["0", "-1", "1e9", "nan", "inf", "true", "Asia/Nowhere", "../../etc/passwd",
                                "25:99", "2026-13-01", "json", "DEBUG", "webhook", "99999999999999999999"])),
                           max_size=4))
    def run(env: dict[str, str]) -> None:
        nonlocal count
        count += 1
        try:
            loaded = load_settings(None, {f"DONDOC_{k}": v for k, v in env.items()})
        except ConfigError as exc:
            assert "khoá" in str(exc) or "cấu hình" in str(exc)
            token = env.get("TELEGRAM__TOKEN")
            others = [v for k, v in env.items() if k != "TELEGRAM__TOKEN"]
            if token and len(token) >= 8 and not any(token in v for v in others):
                assert token not in str(exc), "a config error must not echo the token"
        else:
            assert isinstance(loaded, Settings)

    run()
    print(f"\nfuzz settings: {count} inputs")
