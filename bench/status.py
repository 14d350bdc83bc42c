"""Status for 500 officials × 30 tasks × 50 updates (750,000 updates): is /tiendo quick enough?

    .venv/bin/python bench/status.py [--officials 500] [--tasks 30] [--updates 50] [--runs 15]

Prints the median of:
  pure       — bot.status over loaded data: the per-task fold aggregates turned into Progress
               (progress_from_facts), every task's colour, officials and units ranked, late and
               silent lists. Goal: ≤ 100 ms.
  + text     — the same plus the /tiendo message text.
  with load  — everything /tiendo does with the store: SQL fold aggregates over the 750k updates,
               tasks, units, last messages (bot.reports.data.load_overview), then the pure part.
  py fold    — for comparison: folding every update in Python (fold_progress over 750k objects
               already in memory), which is what the SQL aggregates avoid.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.models import fold_progress
from bot.reports.data import load_overview
from bot.reports.text import overview_text
from bot.status import build_overview, progress_from_facts
from bot.store import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2026, 8, 14, 9, 0, tzinfo=VN)


def populate(path: Path, officials: int, tasks: int, updates: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    stamp = datetime(2026, 1, 2, tzinfo=UTC).isoformat(timespec="microseconds")
    units = [(f"u{n:03d}", f"Xã Thử Nghiệm {n}") for n in range(officials // 2 + 1)]
    conn.executemany("INSERT INTO units (id, name) VALUES (?, ?)", units)
    conn.execute("INSERT INTO officials (id, name, title, unit_id, role, created_at, updated_at)"
                 " VALUES ('boss', 'Lãnh Đạo', 'Chủ tịch huyện', 'u000', 'leader', ?, ?)", (stamp, stamp))
    rows, task_rows, update_rows, message_rows = [], [], [], []
    update_id = 0
    for o in range(officials):
        oid = f"o{o:04d}"
        rows.append((oid, f"Cán Bộ {o}", "Chủ tịch xã", units[o // 2][0], "official", "boss", stamp, stamp))
        message_rows.append((o + 1, "telegram", oid, oid, oid, "text", "tin",
                             (NOW - timedelta(days=rng.randint(0, 40))).astimezone(UTC).isoformat()))
        for t in range(tasks):
            tid = f"{oid}-{t:02d}"
            shape = rng.random()
            if shape < 0.6:
                target, unit, direction = float(rng.choice([6, 105, 12.5, 26500, 85])), "lao động", "at_least"
            elif shape < 0.8:
                target, unit, direction = 1.35, "%", "at_most"
            else:
                target, unit, direction = None, None, "done"
            deadline = f"2026-{rng.randint(3, 12):02d}"
            task_rows.append((tid, oid, t + 1, f"Nhiệm vụ {t + 1}", target, unit, direction, None, deadline,
                              stamp, stamp))
            at = datetime(2026, 1, 5, tzinfo=UTC)
            for u in range(updates):
                update_id += 1
                at += timedelta(hours=rng.randint(1, 60))
                kind = rng.choices(["absolute", "increment", "note"], [4, 4, 2])[0]
                if u == updates - 1 and rng.random() < 0.1:
                    kind = "done"  # a tenth of the tasks end with a "xong"
                elif u == updates - 3 and rng.random() < 0.005:
                    kind = "done"  # and a few get a figure after it (the exact Python fold path)
                value = None if kind in ("note", "done") else round(rng.uniform(0, (target or 10) / 10), 2)
                undone = at.isoformat() if rng.random() < 0.05 else None
                note = "đang triển khai" if kind == "note" or rng.random() < 0.1 else ""
                update_rows.append((update_id, tid, kind, value, note, o + 1, oid,
                                    at.isoformat(timespec="microseconds"), undone))
    conn.executemany("INSERT INTO officials (id, name, title, unit_id, role, leader_id, created_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO messages (id, channel, chat_id, sender_external_id, official_id, kind,"
                     " text, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", message_rows)
    conn.executemany("INSERT INTO tasks (id, official_id, position, text, target, target_unit, direction,"
                     " start_month, deadline_month, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     task_rows)
    conn.executemany("INSERT INTO updates (id, task_id, kind, value, note, message_id, author_id, created_at,"
                     " undone_at) VALUES (?,?,?,?,?,?,?,?,?)", update_rows)
    conn.commit()
    conn.close()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        store = await Store.open(path)  # creates the schema
        await store.close()
        started = time.perf_counter()
        populate(path, args.officials, args.tasks, args.updates)
        print(f"data: {args.officials} officials × {args.tasks} tasks × {args.updates} updates "
              f"({args.officials * args.tasks * args.updates:,} updates) built in "
              f"{time.perf_counter() - started:.1f} s")
        store = await Store.open(path)
        try:
            leader = await store.pledges.official("boss")
            assert leader is not None
            officials = await store.pledges.subordinates("boss")
            tasks = await store.pledges.all_tasks()
            by_official: dict[str, list] = {}
            for task in tasks:
                by_official.setdefault(task.official_id, []).append(task)
            units = {u.id: u for u in await store.pledges.units()}
            last = await store.progress.last_report_at()
            facts = await store.reports.progress_facts([t.id for t in tasks])

            def pure() -> object:
                progress = {}
                for task in tasks:
                    folded = progress_from_facts(task, facts.get(task.id))
                    if folded is not None:
                        progress[task.id] = folded
                return build_overview(officials, units, by_official, progress, last, NOW, 21)

            pure_times, text_times = [], []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                overview = pure()
                t1 = time.perf_counter()
                overview_text(overview)  # type: ignore[arg-type]
                t2 = time.perf_counter()
                pure_times.append(t1 - t0)
                text_times.append(t2 - t0)
            load_times = []
            for _ in range(max(3, args.runs // 3)):
                t0 = time.perf_counter()
                loaded = await load_overview(store, officials, NOW, 21)
                load_times.append(time.perf_counter() - t0)
            fallback = sum(1 for t in tasks if progress_from_facts(t, facts.get(t.id)) is None)

            streams = await store.progress.updates_by_task()
            fold_times = []
            for _ in range(3):
                t0 = time.perf_counter()
                for task in tasks:
                    fold_progress(task, streams.get(task.id, []))
                fold_times.append(time.perf_counter() - t0)
        finally:
            await store.close()
    print(f"tasks: {len(tasks):,}; late {len(loaded.late):,}; silent {len(loaded.silent)}; "
          f"{fallback} task(s) needed the full Python fold")
    print(f"pure       median {median_ms(pure_times):7.1f} ms   (goal ≤ 100 ms, {args.runs} runs)")
    print(f"+ text     median {median_ms(text_times):7.1f} ms")
    print(f"with load  median {median_ms(load_times):7.1f} ms   "
          f"(SQLite aggregates + pure, {len(load_times)} runs)")
    print(f"py fold    median {median_ms(fold_times):7.1f} ms   "
          "(fold_progress over every update already in memory, for comparison)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--officials", type=int, default=500)
    parser.add_argument("--tasks", type=int, default=30)
    parser.add_argument("--updates", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
