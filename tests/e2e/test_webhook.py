"""Webhook mode end to end: the real `python -m bot run` (run_bot → PTB's tornado webhook server),
configured only through the environment, answering through the fake Bot API on loopback.

Telegram's side is played by this test: it POSTs update JSON to the bot's webhook with or without
the secret header, and reads what the bot sent back from the fake Bot API (which also answers the
setWebhook the bot makes at start-up). The bot is stopped with SIGTERM and must exit 0.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from bot.pledges import load_pledge_file
from bot.store import Store
from tests.fakes.bot_api import FakeBotApi, FakeBotApiThread

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "data" / "sample_pledges.toml"
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
USER = 6060
SECRET = "dondoc-webhook-Secret_42"
PUBLIC_URL = "https://dondoc.example.vn/telegram"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _prepare(db: Path) -> None:
    store = await Store.open(db)
    try:
        await store.pledges.apply_book(load_pledge_file(SAMPLE), "test", T0)
        await store.people.bind("telegram", str(USER), str(USER), "tanphu", T0)
    finally:
        await store.close()


def _update(update_id: int, text: str, message_id: int) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": message_id, "date": int(time.time()), "text": text,
        "chat": {"id": USER, "type": "private", "first_name": "Tân Phú"},
        "from": {"id": USER, "is_bot": False, "first_name": "Tân Phú", "language_code": "vi"},
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}




def _wait(condition: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _stored(db: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(external update id, text) of stored messages, and the inbox's update ids."""
    conn = sqlite3.connect(db)
    try:
        messages = conn.execute("SELECT external_update_id, text FROM messages ORDER BY id").fetchall()
        inbox = [row[0] for row in conn.execute("SELECT update_id FROM inbox ORDER BY id")]
    finally:
        conn.close()
    return [(str(u), str(t)) for u, t in messages], [str(u) for u in inbox]


def test_webhook_mode_end_to_end(fake: tuple[FakeBotApiThread, FakeBotApi], tmp_path: Path) -> None:
    thread, server = fake
    db = tmp_path / "dondoc.sqlite3"
    log = tmp_path / "bot.log"
    asyncio.run(_prepare(db))
    port = _free_port()
    env = {
        **os.environ,
        "DONDOC_TELEGRAM__TOKEN": server.token,
        "DONDOC_TELEGRAM__BASE_URL": server.base_url,
        "DONDOC_TELEGRAM__BASE_FILE_URL": server.base_file_url,
        "DONDOC_TELEGRAM__MODE": "webhook",
        "DONDOC_TELEGRAM__WEBHOOK_URL": PUBLIC_URL,
        "DONDOC_TELEGRAM__WEBHOOK_LISTEN": "127.0.0.1",
        "DONDOC_TELEGRAM__WEBHOOK_PORT": str(port),
        "DONDOC_TELEGRAM__WEBHOOK_SECRET": SECRET,
        "DONDOC_BOT__DB_PATH": str(db),
        "DONDOC_LIMITS__FLOOD_MESSAGES": "100000",
        "DONDOC_REMINDERS__ENABLED": "false",
        "PYTHONUNBUFFERED": "1",
    }
    hook = f"http://127.0.0.1:{port}/telegram"

    def sent_texts() -> list[str]:
        texts: list[str] = thread.call(lambda: server.sent_texts(USER))
        return texts

    with log.open("ab") as out:
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        # the bot registers its webhook with "Telegram": the public URL, the secret, the update kinds
        _wait(lambda: thread.call(lambda: bool(server.calls_of("setWebhook"))), 15, "setWebhook")
        registered = thread.call(lambda: server.calls_of("setWebhook")[-1].params)
        assert registered["url"] == PUBLIC_URL
        assert registered["secret_token"] == SECRET
        assert set(registered["allowed_updates"]) == {"message", "edited_message", "callback_query"}

        with httpx.Client(timeout=10) as client:
            def post(body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
                data = json.dumps(body).encode()
                headers = {"Content-Type": "application/json", **headers}
                deadline = time.monotonic() + 10
                while True:  # the HTTP server may come up a moment after setWebhook
                    try:
                        return client.post(hook, content=data, headers=headers)
                    except httpx.ConnectError:
                        if time.monotonic() > deadline:
                            raise
                        time.sleep(0.05)

            # a forged update: no secret, then a wrong one → 403, not stored, not answered
            forged = _update(900, "#1: thu được 999 tỷ", 1)
            assert post(forged, {}).status_code == 403
            wrong = post(_update(901, "#1: thu được 998 tỷ", 2), {"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert wrong.status_code == 403

            # Telegram's real update, with the secret → 200, stored, answered through the Bot API
            genuine = _update(1000, "/nhiemvu", 3)
            assert post(genuine, {"X-Telegram-Bot-Api-Secret-Token": SECRET}).status_code == 200
            _wait(lambda: len(sent_texts()) >= 1, 10, "the reply to /nhiemvu")
            messages, inbox = _stored(db)
            assert ("1000", "/nhiemvu") in messages and "1000" in inbox

            # Telegram retrying the same update (it missed our 200) → not stored or answered again
            assert post(genuine, {"X-Telegram-Bot-Api-Secret-Token": SECRET}).status_code == 200
            report = _update(1001, "thu ngân sách được 8 tỷ", 4)
            assert post(report, {"X-Telegram-Bot-Api-Secret-Token": SECRET}).status_code == 200
            assert "1001" in _stored(db)[1], "answered 200 before the update was kept"
            _wait(lambda: len(sent_texts()) >= 2, 10, "the reply to the report")
    finally:
        bot.send_signal(signal.SIGTERM)
        try:
            code = bot.wait(15)
        except subprocess.TimeoutExpired:
            bot.kill()
            bot.wait(5)
            raise
    assert code == 0, log.read_text(errors="replace")[-3000:]

    replies = sent_texts()
    assert len(replies) == 2, replies
    assert "Nhiệm vụ" in replies[0]
    assert "8 tỷ" in replies[1]
    messages, inbox = _stored(db)
    assert messages == [("1000", "/nhiemvu"), ("1001", "thu ngân sách được 8 tỷ")]
    assert inbox == ["1000", "1001"]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM messages WHERE parse_status IS NULL").fetchone()[0] == 0
        values = conn.execute(
            "SELECT u.value FROM updates u JOIN messages m ON m.id = u.message_id WHERE m.external_update_id = '1001'"
        ).fetchall()
    finally:
        conn.close()
    assert values == [(8.0,)]
