"""A stand-alone dispatcher process over a database and a Bot API address (the kill test and the
fan-out benchmark run it; an operator can too, to flush an outbox without the bot):

    python -m bot.channels.telegram_fanout DB BASE_URL TOKEN RATE PER_CHAT_SECONDS

Sends every ready outbox row through the real PTB `Bot` + `TelegramSender`, then exits 0."""

from __future__ import annotations

import asyncio
import sys
from zoneinfo import ZoneInfo

from bot.channels.telegram import TelegramSender
from bot.clock import SystemClock
from bot.store import Store
from reminders.outbox import Dispatcher


async def main(db: str, base_url: str, token: str, rate: float, per_chat: float) -> int:
    from telegram import Bot
    from telegram.request import HTTPXRequest

    store = await Store.open(db)
    request = HTTPXRequest(connection_pool_size=16)
    try:
        async with Bot(token, base_url=base_url, request=request) as bot:
            dispatcher = Dispatcher(store, TelegramSender(bot), SystemClock(ZoneInfo("Asia/Ho_Chi_Minh")),
                                    rate_per_second=rate, per_chat_interval=per_chat)
            stats = await dispatcher.drain()
            await dispatcher.shutdown()
            print(f"sent={stats.sent} failed={stats.failed} rate_limited={stats.rate_limited}"
                  f" recovered={stats.recovered_in_flight}", flush=True)
    finally:
        await store.close()
    return 0


if __name__ == "__main__":
    db, base_url, token, rate, per_chat = sys.argv[1:6]
    sys.exit(asyncio.run(main(db, base_url, token, float(rate), float(per_chat))))
