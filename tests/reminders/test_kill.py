"""kill -9 in the middle of a fan-out, several times, against the fake Bot API: every reminder is
delivered, and a reminder is delivered twice only if it was in flight (left 'sending') at a kill."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from bot.store import Store
from bot.store.outbox import OutgoingMessage
from tests.conftest import VN
from tests.fakes.bot_api import FakeBotApi, RateLimits

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 400
SCALE = 10.0  # the server's clock runs 10× faster: 300 msg/s overall, 0.1 s per chat
MAX_IN_FLIGHT = 8  # the dispatcher's default


async def _worker(db: Path, server: FakeBotApi) -> asyncio.subprocess.Process:
    env = {**os.environ, "PTB_TIMEDELTA": "1", "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.channels.telegram_fanout", str(db), server.base_url, server.token,
        str(29 * SCALE), str(1.0 / SCALE), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


def _delivered(server: FakeBotApi) -> Counter[str]:
    return Counter(c.text.split("|", 1)[0] for c in server.calls_of("sendMessage"))


@pytest.mark.slow
async def test_kill_9_mid_fanout_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "fanout.sqlite3"
    store = await Store.open(db)
    now = datetime.now(VN)
    # 360 officials with one reminder each, plus 40 to four busy chats (per-chat pacing in play)
    messages = [OutgoingMessage(f"r{i:04d}", None, "overdue", f"r{i:04d}|nhắc việc số {i}", now, (),
                                "telegram", str(1000 + i if i < 360 else 9000 + i % 4)) for i in range(TOTAL)]
    await store.outbox.enqueue(messages, now)
    await store.close()

    server = FakeBotApi(rate_limits=RateLimits(30.0, 1.0, time_scale=SCALE))
    await server.start()
    rng = random.Random(5)
    in_doubt: set[str] = set()
    try:
        for kill_at in sorted(rng.sample(range(40, TOTAL - 40), 3)):
            proc = await _worker(db, server)
            while len(server.calls_of("sendMessage")) < kill_at:
                assert proc.returncode is None, (await proc.communicate())[1].decode()[-2000:]
                await asyncio.sleep(0.002)
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            assert proc.returncode == -signal.SIGKILL
            check = await Store.open(db)
            left_sending = {r.dedupe_key for r in await check.outbox.rows("sending")}
            await check.close()
            in_doubt |= left_sending
        proc = await _worker(db, server)
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()[-3000:]
    finally:
        await server.stop()

    delivered = _delivered(server)
    keys = {m.dedupe_key for m in messages}
    assert set(delivered) == keys, f"never delivered: {sorted(keys - set(delivered))[:10]}"
    doubled = {k for k, n in delivered.items() if n > 1}
    assert all(n <= 2 for n in delivered.values())
    # only a message caught in flight by a kill may come twice, and never more than were in flight
    assert doubled <= in_doubt
    assert len(doubled) <= 3 * MAX_IN_FLIGHT
    assert server.rate_violations == 0
    final = await Store.open(db)
    assert {r.status for r in await final.outbox.rows()} == {"sent"}
    await final.close()
    print(f"delivered {len(delivered)} keys, {len(doubled)} in flight at a kill and resent, "
          f"{len(in_doubt)} left 'sending' in all")
