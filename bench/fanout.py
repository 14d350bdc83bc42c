"""Fan-out benchmark: 10,000 reminders through the real outbox dispatcher, the real PTB `Bot` and
`TelegramSender`, into the fake Bot API server enforcing Telegram's limits (30 msg/s overall,
1 s per chat) on a clock scaled SCALE× so the run takes ~70 s instead of ~6 minutes.

    .venv/bin/python bench/fanout.py [--total 10000] [--scale 10]

Prints: delivered, duplicates, 429s, and the achieved rate in Telegram seconds as a share of 30/s.
The server runs on its own thread and loop, so its work does not slow the dispatcher's."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.channels.telegram import TelegramSender
from bot.clock import SystemClock
from bot.store import Store
from bot.store.outbox import OutgoingMessage
from reminders.outbox import Dispatcher
from tests.fakes.bot_api import FakeBotApiThread, RateLimits

VN = ZoneInfo("Asia/Ho_Chi_Minh")
TELEGRAM_RATE = 30.0
DISPATCH_RATE = 29.0  # one below the limit: a sliding window at the server never sees 31


async def run(total: int, scale: float) -> int:
    from telegram import Bot
    from telegram.request import HTTPXRequest

    thread = FakeBotApiThread(rate_limits=RateLimits(TELEGRAM_RATE, 1.0, time_scale=scale))
    server = thread.start()
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "fanout.sqlite3")
        now = datetime.now(VN)
        # 90% one message per official; 10% piled on 25 leaders' chats (per-chat pacing in play)
        busy = total // 10
        messages = [OutgoingMessage(f"f{i:05d}", None, "overdue", f"f{i:05d}|Nhắc việc số {i}", now, (),
                                    "telegram", str(100_000 + i) if i >= busy else str(900 + i % 25))
                    for i in range(total)]
        await store.outbox.enqueue(messages, now)
        async with Bot(server.token, base_url=server.base_url,
                       request=HTTPXRequest(connection_pool_size=16)) as bot:
            dispatcher = Dispatcher(store, TelegramSender(bot), SystemClock(VN),
                                    rate_per_second=DISPATCH_RATE * scale, per_chat_interval=1.0 / scale,
                                    start_delay=0)
            started = time.perf_counter()
            stats = await dispatcher.drain()
            elapsed = time.perf_counter() - started
            await dispatcher.shutdown()
        counts = await store.outbox.counts()
        await store.close()
    calls = thread.call(lambda: list(server.calls))
    thread.stop()
    sends = [c for c in calls if c.method == "sendMessage"]
    ok = [c for c in sends if c.ok]
    per_key = Counter(c.text.split("|", 1)[0] for c in ok)
    duplicates = sum(n - 1 for n in per_key.values())
    too_many = sum(1 for c in sends if c.status == 429)
    span = (ok[-1].at - ok[0].at) if len(ok) > 1 else elapsed
    rate = (len(ok) - 1) / span / scale if span else 0.0
    share = rate / TELEGRAM_RATE
    print(f"fan-out: {len(per_key)}/{total} delivered, {duplicates} duplicates, {too_many} answers 429, "
          f"{rate:.2f} msg/s in Telegram time = {share:.1%} of {TELEGRAM_RATE:g}/s "
          f"(wall {elapsed:.1f} s at ×{scale:g}; outbox {counts}; dispatcher sent {stats.sent})")
    good = len(per_key) == total and duplicates == 0 and too_many == 0 and share >= 0.95
    print("OK" if good else "BELOW TARGET")
    return 0 if good else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=10_000)
    parser.add_argument("--scale", type=float, default=5.0)
    args = parser.parse_args()
    return asyncio.run(run(args.total, args.scale))


if __name__ == "__main__":
    sys.exit(main())
