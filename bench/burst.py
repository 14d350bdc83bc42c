"""Burst benchmark through the whole stack: 1,000 officials send 10,000 reports at once.

The real PTB Application polls the fake Bot API (tests/fakes/bot_api.py, on its own thread and event
loop) over HTTP on loopback, and writes to a real SQLite file. Checks that nothing is lost and nothing
is duplicated (every message stored once, every update recorded once, every reply sent once, in order
per chat) and prints p50/p99 from the update being available to the reply reaching the server, and
the rate.

    .venv/bin/python bench/burst.py [--officials 1000] [--messages 10] [--rate MSG_PER_S] [--db PATH]

Note: the send rate limiter is opened wide here to measure what the bot itself can do; on real
Telegram the global cap (~30 messages/second) bounds the reply rate, not the bot.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.channels.telegram import build_application
from bot.clock import SystemClock
from bot.models import Direction, Official, PledgeBook, Role, Target, Task, Unit, YearMonth
from bot.settings import load_settings
from bot.store import Store
from handlers.context import Services
from tests.fakes.bot_api import FakeBotApiThread

USER_BASE = 10_000_000
TIME_LIMIT_SECONDS = 170


def make_book(officials: int) -> PledgeBook:
    units = [Unit("huyen", "Huyện Thử")] + [Unit(f"xa{i}", f"Xã Thử {i}", "huyen") for i in range(officials)]
    people = [Official("lanhdao", "Lãnh Đạo", "Chủ tịch huyện", "huyen", Role.LEADER)]
    tasks = []
    for i in range(officials):
        people.append(
            Official(f"cb{i}", f"Cán Bộ {i}", f"Chủ tịch xã {i}", f"xa{i}", Role.OFFICIAL, "lanhdao")
        )
        tasks += [
            Task(
                f"cb{i}-1",
                f"cb{i}",
                1,
                "Thu ngân sách nhà nước đạt kế hoạch",
                Target(12.5, "tỷ đồng", Direction.AT_LEAST),
                YearMonth(2026, 12),
            ),
            Task(
                f"cb{i}-2",
                f"cb{i}",
                2,
                "Giải quyết việc làm cho 105 lao động",
                Target(105, "lao động", Direction.AT_LEAST),
                YearMonth(2026, 12),
            ),
            Task(
                f"cb{i}-3",
                f"cb{i}",
                3,
                "Trồng 50.000 cây xanh phân tán",
                Target(50000, "cây", Direction.AT_LEAST),
                YearMonth(2026, 9),
            ),
        ]
    return PledgeBook(tuple(units), tuple(people), tuple(tasks), "bench")


async def run(officials: int, per_official: int, db_path: Path, rate: float = 0.0) -> int:
    fake = FakeBotApiThread(max_poll_seconds=0.2)
    server = fake.start()
    settings = load_settings(
        None,
        {},
        {
            "bot": {"db_path": str(db_path)},
            "telegram": {"base_url": server.base_url, "base_file_url": server.base_file_url},
        },
    )
    store = await Store.open(db_path)
    clock = SystemClock(settings.tz)
    await store.pledges.apply_book(make_book(officials), "bench", clock.now())
    for i in range(officials):
        uid = str(USER_BASE + i)
        await store.people.bind("telegram", uid, uid, f"cb{i}", clock.now())
    services = Services(settings, store, clock)
    application, _ = build_application(
        settings, server.token, services=services, overall_max_rate=100_000, max_concurrent_updates=256
    )
    total = officials * per_official
    pushed_at: dict[tuple[int, int], float] = {}  # (chat, n-th message of that chat) → when available

    order = [(i, n) for n in range(per_official) for i in range(officials)]

    def push(chunk: list[tuple[int, int]]) -> None:
        for i, n in chunk:
            pushed_at[(USER_BASE + i, n)] = time.monotonic()
            server.push_text(USER_BASE + i, f"#2: giải quyết được {n + 1} lao động")

    async def push_paced() -> None:
        """Offer `rate` messages a second (all at once when rate is 0), so latency measures the bot,
        not the queue in front of it."""
        if rate <= 0:
            fake.call(lambda: push(order))
            return
        step = max(1, round(rate * 0.05))
        begun = time.monotonic()
        for k in range(0, len(order), step):
            chunk = order[k:k + step]
            fake.call(lambda chunk=chunk: push(chunk))  # type: ignore[misc]  # bound per chunk on purpose
            await asyncio.sleep(max(0.0, begun + (k + step) / rate - time.monotonic()))

    async with application:
        assert application.post_init is not None and application.post_shutdown is not None
        await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        started = time.monotonic()
        pusher = asyncio.create_task(push_paced())
        # the server lives on another thread and loop: poll its record rather than share an Event
        while len(server.sent()) < total and time.monotonic() - started < TIME_LIMIT_SECONDS:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        finished = time.monotonic()
        await pusher
        await asyncio.sleep(1.0)  # anything extra (a duplicate) would show up now
        await application.updater.stop()
        await application.stop()
        await application.post_shutdown(application)
    sent = list(server.sent())
    fake.stop()

    by_chat: dict[int, list[float]] = {}
    for call in sent:
        by_chat.setdefault(int(call.chat_id or 0), []).append(call.at)
    latencies = [
        at - pushed_at[(chat, n)]
        for chat, times in by_chat.items()
        for n, at in enumerate(times)
        if (chat, n) in pushed_at
    ]
    messages = await store.progress.message_count()
    stored_ids = await store.db.fetch_one(
        "SELECT COUNT(DISTINCT external_update_id) AS n, COUNT(*) AS total FROM messages"
    )
    updates = await store.db.fetch_one("SELECT COUNT(*) AS n, COUNT(DISTINCT message_id) AS m FROM updates")
    progress_ok = 0
    history = await store.progress.updates_by_task([f"cb{i}-2" for i in range(officials)])
    for i in range(officials):
        live = [u.value for u in history.get(f"cb{i}-2", []) if u.undone_at is None]
        progress_ok += live == [float(v) for v in range(1, per_official + 1)]
    await store.close()

    lost = total - len(sent)
    duplicated = sum(max(0, len(t) - per_official) for t in by_chat.values())
    offered = f"offered {rate:g} msg/s" if rate > 0 else "all queued at once"
    print(f"officials {officials}, messages {total} ({offered}), wall {finished - started:.1f} s")
    print(
        f"replies sent {len(sent)} (lost {lost}, duplicated {duplicated}); "
        f"chats with exactly {per_official} replies: {sum(len(t) == per_official for t in by_chat.values())}"
    )
    print(
        f"messages stored {messages} (distinct update ids {stored_ids['n'] if stored_ids else '?'}); "
        f"updates recorded {updates['n'] if updates else '?'} "
        f"from {updates['m'] if updates else '?'} messages; "
        f"officials whose task #2 history is exactly 1..{per_official} in order: {progress_ok}"
    )
    if latencies:
        ordered = sorted(latencies)
        p50 = statistics.median(ordered)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        print(
            f"update→reply latency p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms"
        )
        print(
            f"rate {len(sent) / (finished - started):.0f} messages/s "
            "(each: stored, parsed, recorded, answered)"
        )
    ok = (
        lost == 0
        and duplicated == 0
        and messages == total
        and updates is not None
        and updates["n"] == total
        and progress_ok == officials
    )
    print("OK: nothing lost, nothing duplicated" if ok else "FAILED")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--officials", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=10, help="messages per official")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rate", type=float, default=0.0,
                        help="offered messages per second (0: all at once, the burst)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "burst.sqlite3"
        return asyncio.run(run(args.officials, args.messages, db_path, args.rate))


if __name__ == "__main__":
    started = datetime.now()
    code = main()
    print(f"(bench took {(datetime.now() - started).total_seconds():.0f} s)")
    sys.exit(code)
