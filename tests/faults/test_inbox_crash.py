"""kill -9 of the real bot (`python -m bot run`) right after getUpdates handed it a batch, several times,
then a restart and a SIGTERM: nothing is lost, nothing is recorded twice, every report is answered.

The fake Bot API runs in this process (its own thread); the bot is a real subprocess polling it over
loopback, on a real SQLite file. The fake, like Telegram, forgets an update only when a later
getUpdates confirms it with a higher offset; PTB sends that confirming getUpdates while the batch
is still being processed, so without the durable inbox a kill in that window loses updates for good.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.pledges import load_pledge_file
from bot.store import Store
from tests.fakes.bot_api import FakeBotApi, FakeBotApiThread

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
CHATS = [5000 + n for n in range(12)]
KILLS = 4
PER_CHAT_PER_WAVE = 5  # every chat sends this many reports in each wave (KILLS waves + a last one)


def _pledges(path: Path) -> Path:
    """One official per chat, each with a budget task (#1, in tỷ đồng) and a second task."""
    blocks = []
    for user in CHATS:
        blocks.append(
            f'[[official]]\nid = "o{user}"\nname = "Cán bộ {user}"\nunit = "Xã {user}"\n\n'
            f'[[official.task]]\nid = "t{user}-1"\ntext = "Thu ngân sách nhà nước đạt và vượt kế hoạch"\n'
            f'target = 100000\nunit = "tỷ đồng"\ndeadline = "2026-12"\n\n'
            f'[[official.task]]\nid = "t{user}-2"\ntext = "Ra mắt mô hình du lịch cộng đồng"\ndeadline = "2026-06"\n'
        )
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


async def _prepare(db: Path, pledges: Path) -> None:
    store = await Store.open(db)
    try:
        await store.pledges.apply_book(load_pledge_file(pledges), "test", T0)
        for user in CHATS:
            await store.people.bind("telegram", str(user), str(user), f"o{user}", T0)
    finally:
        await store.close()


class Spy:
    """Watches getUpdates on the fake server. `batch` is set when an answer carries updates. With
    `hold_confirmation`, the next getUpdates that would confirm a batch (offset > 0) sets `confirming`
    and is never applied: the bot is killed while Telegram still holds the batch it already fetched."""

    def __init__(self, server: FakeBotApi) -> None:
        self.batch = threading.Event()
        self.polled = threading.Event()  # any getUpdates: the bot is up (its signal handlers too)
        self.confirming = threading.Event()
        self.hold_confirmation = False
        original = server._get_updates

        async def get_updates(params: dict[str, Any]) -> list[dict[str, Any]]:
            self.polled.set()
            if self.hold_confirmation and int(params.get("offset") or 0) > 0:
                self.confirming.set()
                await asyncio.sleep(3)  # the asker is dead by now; this offset never takes effect
                return []
            updates = await original(params)
            if updates:
                self.batch.set()
            return updates

        server._get_updates = get_updates  # type: ignore[method-assign]




def _start_bot(server: FakeBotApi, db: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DONDOC_TELEGRAM__TOKEN": server.token,
        "DONDOC_TELEGRAM__BASE_URL": server.base_url,
        "DONDOC_TELEGRAM__BASE_FILE_URL": server.base_file_url,
        "DONDOC_BOT__DB_PATH": str(db),
        "DONDOC_LIMITS__FLOOD_MESSAGES": "100000",
        "DONDOC_REMINDERS__ENABLED": "false",  # only replies in the chats, no reminder of the real date
        "PYTHONUNBUFFERED": "1",
    }
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=out, stderr=out)


def _replied_figures(server: FakeBotApi, thread: FakeBotApiThread, chat: int) -> list[str]:
    texts: list[str] = thread.call(lambda: [c.text for c in server.sent(chat)])
    return texts


def _wait(condition: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_kill_9_after_fetching_loses_and_duplicates_nothing(
    fake: tuple[FakeBotApiThread, FakeBotApi], tmp_path: Path
) -> None:
    thread, server = fake
    db = tmp_path / "dondoc.sqlite3"
    log = tmp_path / "bot.log"
    asyncio.run(_prepare(db, _pledges(tmp_path / "pledges.toml")))
    spy = Spy(server)
    rng = random.Random(20260512)
    pushed: dict[int, dict[int, int]] = {chat: {} for chat in CHATS}  # chat → update id → figure
    figure = iter(range(1, 10_000))
    kill_delays: list[float] = []

    def push_wave() -> None:
        for _ in range(PER_CHAT_PER_WAVE):
            for chat in CHATS:
                value = next(figure)
                update = thread.call(server.push_text, chat, f"#1: thu được {value} tỷ")
                pushed[chat][update["update_id"]] = value

    for kill in range(KILLS):
        push_wave()
        spy.batch.clear()
        spy.confirming.clear()
        # even kills: at a random moment after a batch arrived (mostly after PTB confirmed it, while
        # it is being processed); odd kills: as PTB asks to confirm it (Telegram will redeliver it)
        spy.hold_confirmation = kill % 2 == 1
        bot = _start_bot(server, db, log)
        try:
            if spy.hold_confirmation:
                assert spy.confirming.wait(20), "the bot never confirmed a batch"
                kill_delays.append(0.0)
            else:
                assert spy.batch.wait(20), "the bot never fetched updates"
                delay = rng.uniform(0.0, 0.15)
                kill_delays.append(delay)
                time.sleep(delay)
        finally:
            bot.send_signal(signal.SIGKILL)
            bot.wait(10)
            spy.hold_confirmation = False

    push_wave()
    spy.polled.clear()
    bot = _start_bot(server, db, log)
    total = sum(len(v) for v in pushed.values())
    def answered() -> bool:
        return all(len(_replied_figures(server, thread, chat)) >= len(pushed[chat]) for chat in CHATS)

    try:
        assert spy.polled.wait(20), "the bot did not start polling again"
        _wait(answered, 20, "every report to be answered")
    except AssertionError as exc:
        counts = {chat: (len(_replied_figures(server, thread, chat)), len(pushed[chat])) for chat in CHATS}
        raise AssertionError(f"{exc}: (replies, reports) per chat {counts}") from None
    finally:
        bot.send_signal(signal.SIGTERM)  # graceful: stop polling, finish what is in flight, close the store
        code = bot.wait(15)
    assert code == 0, log.read_text(errors="replace")[-3000:]

    conn = sqlite3.connect(db)
    try:
        # every update Telegram delivered is stored exactly once, and has exactly one outcome
        rows = conn.execute(
            "SELECT external_update_id, parse_status FROM messages WHERE channel = 'telegram'"
        ).fetchall()
        stored = Counter(int(update_id) for update_id, _ in rows)
        expected = {update_id for chat in CHATS for update_id in pushed[chat]}
        assert set(stored) == expected, f"missing {sorted(expected - set(stored))[:10]}"
        assert max(stored.values()) == 1
        assert all(status is not None for _, status in rows), "a message without an outcome"
        # no report recorded twice: one progress row per message (the report names one task)
        per_message = conn.execute(
            "SELECT m.external_update_id, COUNT(u.id), MIN(u.value) FROM messages m"
            " LEFT JOIN updates u ON u.message_id = m.id GROUP BY m.id"
        ).fetchall()
        by_update = {int(update_id): (count, value) for update_id, count, value in per_message}
        for chat in CHATS:
            for update_id, value in pushed[chat].items():
                assert by_update[update_id] == (1, float(value)), (update_id, by_update[update_id])
        # the inbox finished everything
        open_rows = conn.execute("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL").fetchone()[0]
        assert open_rows == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    # every report was answered with its own figure; a reply is sent twice only in the window between
    # Telegram accepting it and the inbox counting it, so at most one extra per in-flight update per kill
    duplicates = 0
    for chat in CHATS:
        replies = _replied_figures(server, thread, chat)
        for value in pushed[chat].values():
            mentions = sum(1 for text in replies if re.search(rf"(?<![\d,]){value} tỷ đồng", text))
            assert mentions >= 1, f"chat {chat}: no reply mentions {value} tỷ; replies: {replies}"
        duplicates += len(replies) - len(pushed[chat])
    assert 0 <= duplicates <= KILLS * len(CHATS)
    print(f"{total} reports, {KILLS} kills after {[round(d, 3) for d in kill_delays]} s, {duplicates} resent")


def test_sigterm_finishes_what_is_in_flight_then_exits(
    fake: tuple[FakeBotApiThread, FakeBotApi], tmp_path: Path
) -> None:
    """SIGTERM while a burst is being processed: polling stops, every update already taken is
    finished (stored, handled, answered), the store is closed, exit code 0; a restart does the rest."""
    thread, server = fake
    db = tmp_path / "dondoc.sqlite3"
    log = tmp_path / "bot.log"
    asyncio.run(_prepare(db, _pledges(tmp_path / "pledges.toml")))
    spy = Spy(server)
    pushed = {chat: [thread.call(server.push_text, chat, f"#1: thu được {n + 1} tỷ")["update_id"] for n in range(10)]
              for chat in CHATS}
    bot = _start_bot(server, db, log)
    assert spy.batch.wait(20), "the bot never fetched updates"
    # The fake answering getUpdates is not the bot taking the batch: on a slow machine a signal sent
    # now can beat the response into the bot, and then nothing is in flight (the restart replays it).
    # The first reply shows the burst is being processed; 120 reports are far from done by then.
    _wait(lambda: any(_replied_figures(server, thread, chat) for chat in CHATS), 20, "the first reply")
    bot.send_signal(signal.SIGTERM)
    assert bot.wait(15) == 0, log.read_text(errors="replace")[-3000:]
    conn = sqlite3.connect(db)
    try:
        unfinished_messages = conn.execute("SELECT COUNT(*) FROM messages WHERE parse_status IS NULL").fetchone()[0]
        half_answered = conn.execute(
            "SELECT COUNT(*) FROM inbox WHERE replies IS NOT NULL AND handled_at IS NULL").fetchone()[0]
        handled_before = conn.execute("SELECT COUNT(*) FROM inbox WHERE handled_at IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    assert unfinished_messages == 0 and half_answered == 0
    assert handled_before > 0
    sent_before = sum(len(_replied_figures(server, thread, chat)) for chat in CHATS)
    assert sent_before == handled_before  # one reply per finished report, none cut off

    spy.polled.clear()
    bot = _start_bot(server, db, log)
    try:
        assert spy.polled.wait(20), "the bot did not start polling again"
        _wait(lambda: all(len(_replied_figures(server, thread, c)) >= len(pushed[c]) for c in CHATS), 20,
              "the rest to be answered after the restart")
    finally:
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(15) == 0
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT COUNT(*), COUNT(DISTINCT external_update_id) FROM messages").fetchone()
        assert stored == (120, 120)
        assert conn.execute("SELECT COUNT(*) FROM updates").fetchone()[0] == 120
    finally:
        conn.close()
    assert sum(len(_replied_figures(server, thread, chat)) for chat in CHATS) == 120
