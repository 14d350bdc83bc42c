"""Invite codes (single use, expiring, ≥ 64 bits, stored hashed, failures slow down) and the audit
trail (every change attributable and reversible; no user action deletes history), through the real core."""

from __future__ import annotations

import itertools
import math
import sqlite3
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import invites
from bot.clock import FixedClock
from bot.invites import hash_code, new_code
from bot.pledges import load_pledge_file
from bot.settings import load_settings
from bot.store import Store
from handlers import texts
from handlers.context import Services
from handlers.guard import TEXT_INVITE_SLOWDOWN
from handlers.router import handle
from handlers.types import Incoming, IncomingKind, Reply

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLEDGES = Path(__file__).with_name("two_districts.toml")
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)


@pytest.fixture
async def services(tmp_path: Path) -> Services:
    path = tmp_path / "inv.sqlite3"
    store = await Store.open(path)
    await store.pledges.apply_book(load_pledge_file(PLEDGES), "test", T0)
    settings = load_settings(None, {}, {"bot": {"db_path": str(path)}, "invites": {"ttl_hours": 72}})
    yield Services(settings, store, FixedClock(T0))  # type: ignore[misc]
    await store.close()


_counter = iter(range(1, 10**9))


async def say(services: Services, sender: str, text: str, **extra: object) -> list[Reply]:
    n = next(_counter)
    incoming = Incoming("telegram", sender, sender, services.clock.now(), text=text, message_id=f"m{n}",
                        update_id=f"u{n}", **extra)  # type: ignore[arg-type]
    return await handle(services, incoming)


async def invite(services: Services, official: str) -> str:
    code = new_code()
    now = services.clock.now()
    await services.store.people.create_invite(official, hash_code(code), "quantri", now, now + timedelta(hours=72))
    return code


# --- invite codes -----------------------------------------------------------------------------------

def test_codes_carry_at_least_64_bits() -> None:
    alphabet = set(invites._ALPHABET)
    assert len(alphabet) == 32 and invites.CODE_LENGTH * math.log2(len(alphabet)) >= 64
    codes = [new_code() for _ in range(4000)]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == invites.CODE_LENGTH and set(c) <= alphabet for c in codes)
    # every letter is used about equally (secrets.choice, not a biased generator)
    counts = Counter("".join(codes))
    expected = len(codes) * invites.CODE_LENGTH / 32
    assert all(abs(n - expected) < expected * 0.15 for n in counts.values())


async def test_a_code_works_once(services: Services) -> None:
    code = await invite(services, "banthi")
    welcome = await say(services, "tg-1", f"/start {code}")
    assert "Đinh Thị Mận" in welcome[0].text or "Bản Thi" in welcome[0].text
    assert await services.store.people.official_id_for("telegram", "tg-1") == "banthi"
    second = await say(services, "tg-2", f"/start {code}")
    assert second[0].text == texts.INVITE_INVALID
    assert await services.store.people.official_id_for("telegram", "tg-2") is None
    assert await services.store.people.official_id_for("telegram", "tg-1") == "banthi"


async def test_a_code_expires(services: Services) -> None:
    code = await invite(services, "banthi")
    assert isinstance(services.clock, FixedClock)
    services.clock.advance(timedelta(hours=72, seconds=1))
    assert (await say(services, "tg-1", f"/start {code}"))[0].text == texts.INVITE_INVALID
    assert await services.store.people.official_id_for("telegram", "tg-1") is None


async def test_codes_are_stored_hashed_only(services: Services, tmp_path: Path) -> None:
    codes = [await invite(services, o) for o in ("banthi", "yenthinh", "tantrao")]
    await say(services, "tg-1", f"/start {codes[0]}")  # one used, two still open
    # the main file and the WAL, while the store is open: wherever SQLite may have put a page
    blobs = b"".join(read_db_files(tmp_path))
    for code in codes:
        for form in (code, code.lower(), " ".join(code[i:i + 4] for i in range(0, 16, 4))):
            assert form.encode() not in blobs and form.encode("utf-16-le") not in blobs
        assert hash_code(code).encode() in blobs
    conn = sqlite3.connect(tmp_path / "inv.sqlite3")
    try:
        stored = [r[0] for r in conn.execute("SELECT text FROM messages")]
    finally:
        conn.close()
    # the raw /start message is kept (nothing a user sent is lost), but without the code in clear
    assert all(code not in text for text in stored for code in codes), stored


async def test_guessing_codes_slows_down_then_recovers(services: Services) -> None:
    good = await invite(services, "banthi")
    limit = services.settings.invites.max_failures_per_hour
    for _ in range(limit):
        assert (await say(services, "tg-x", f"/start {new_code()}"))[0].text == texts.INVITE_INVALID
    # now even the right code is refused for this sender, and not consumed
    assert (await say(services, "tg-x", f"/start {good}"))[0].text == TEXT_INVITE_SLOWDOWN
    assert (await say(services, "tg-x", good))[0].text == TEXT_INVITE_SLOWDOWN
    # someone else is not slowed and can still redeem it
    other = await invite(services, "yenthinh")
    assert (await say(services, "tg-y", f"/start {other}"))[0].text != TEXT_INVITE_SLOWDOWN
    assert isinstance(services.clock, FixedClock)
    services.clock.advance(timedelta(hours=1, minutes=1))
    await say(services, "tg-x", f"/start {good}")
    assert await services.store.people.official_id_for("telegram", "tg-x") == "banthi"


# --- audit ------------------------------------------------------------------------------------------

def read_db_files(directory: Path) -> list[bytes]:
    return [p.read_bytes() for p in directory.iterdir() if p.name.startswith("inv.sqlite3")]


def table_rows(path: Path, table: str) -> dict[int, tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return {r[0]: tuple(r) for r in conn.execute(f"SELECT * FROM {table}")}
    finally:
        conn.close()


async def test_a_scripted_session_only_adds_history_and_every_change_is_attributable(
        services: Services, tmp_path: Path) -> None:
    code = await invite(services, "banthi")
    leader_code = await invite(services, "minhson")
    clock = services.clock
    assert isinstance(clock, FixedClock)
    path = tmp_path / "inv.sqlite3"
    snapshots = []

    async def step(sender: str, text: str, **extra: object) -> list[Reply]:
        clock.advance(timedelta(minutes=3))
        replies = await say(services, sender, text, **extra)
        snapshots.append((table_rows(path, "messages"), table_rows(path, "updates")))
        return replies

    await step("tg-1", f"/start {code}")
    await step("tg-9", f"/start {leader_code}")
    first = await step("tg-1", "#1: đạt 12")
    await step("tg-1", "nv2 dat 10ha")
    undo_data = next(b.data for row in first[0].buttons for b in row if b.data.startswith("u:"))
    await step("tg-1", "", kind=IncomingKind.BUTTON, button_data=undo_data)
    await step("tg-1", "được 12")
    await step("tg-1", "2")
    await step("tg-1", "/hoantac")
    await step("tg-1", "sửa 14")
    await step("tg-1", "#1: đạt 15")
    await step("tg-1", "/hoantac")
    await step("tg-9", "/tiendo")
    await step("tg-9", "/lichsu bt-01")
    await step("tg-7", "ai đây?")  # a stranger
    await step("tg-1", "/tamdung 3")

    # only grew: every row seen at any point is still there; undone rows keep their values
    for earlier, later in itertools.pairwise(snapshots):
        (messages_before, updates_before), (messages_after, updates_after) = earlier, later
        assert set(messages_before) <= set(messages_after) and set(updates_before) <= set(updates_after)
        for row_id, row in messages_before.items():  # what was received never changes
            assert messages_after[row_id][:11] == row[:11]
        for row_id, row in updates_before.items():  # what was recorded never changes; undo only marks
            after = updates_after[row_id]
            assert after[:8] == row[:8] and after[11] == row[11]
            assert row[8] is None or after[8] == row[8]
    messages, updates = snapshots[-1]
    assert len(messages) == len(snapshots) and len(updates) >= 4
    undone = [u for u in updates.values() if u[8] is not None]  # undone_at
    assert len(undone) >= 2, "undo marks rows, it does not delete them"

    store = services.store
    for update_id in updates:
        update = await store.progress.update(update_id)
        assert update is not None
        assert update.author_id == "banthi", "who"
        assert update.created_at.tzinfo is not None, "when"
        assert update.message_id is not None, "from which message"
        message = await store.progress.message(update.message_id)
        assert message is not None and message.official_id == "banthi"
    # each undo says who did it
    conn = sqlite3.connect(path)
    try:
        undone_by = {r[0] for r in conn.execute("SELECT undone_by FROM updates WHERE undone_at IS NOT NULL")}
    finally:
        conn.close()
    assert undone_by == {"banthi"}
    actions = {e.action for e in await store.audit.entries(limit=1000)}
    assert {"invite.create", "identity.bind", "pledges.import", "reminders.pause"} <= actions


async def test_every_recorded_update_can_be_undone_and_progress_returns(services: Services) -> None:
    code = await invite(services, "banthi")
    await say(services, "tg-1", f"/start {code}")
    before = await services.store.progress.updates_by_task(["bt-01", "bt-02"])
    replies = [await say(services, "tg-1", text) for text in ("#1: đạt 12", "nv2 dat 10ha", "#1: thêm 3")]
    for reply in reversed(replies):
        undo = next(b.data for row in reply[0].buttons for b in row if b.data.startswith("u:"))
        result = await say(services, "tg-1", "", kind=IncomingKind.BUTTON, button_data=undo)
        assert texts.UNDONE in result[0].text
    after = await services.store.progress.updates_by_task(["bt-01", "bt-02"])
    live = [u for ups in after.values() for u in ups if u.undone_at is None]
    assert live == [u for ups in before.values() for u in ups if u.undone_at is None] == []
    assert sum(len(v) for v in after.values()) == 3  # all three rows kept, marked undone
