"""The SQL fold (store.reports.progress_facts + progress_from_facts) gives what fold_progress gives,
over random update streams stored in a real SQLite file, undo and odd orders included."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from bot.models import (
    Direction,
    Official,
    PledgeBook,
    Progress,
    Target,
    Task,
    Unit,
    UpdateKind,
    YearMonth,
    fold_progress,
)
from bot.reports.data import load_progress
from bot.status import progress_from_facts
from bot.store import NewUpdate, Store
from tests.conftest import VN

START = datetime(2026, 1, 5, 8, 0, tzinfo=VN)
TARGETS = [Target(10.0, "ha", Direction.AT_LEAST), Target(1.35, "%", Direction.AT_MOST),
           Target(None, None, Direction.DONE), Target(0.0, "vụ", Direction.AT_LEAST)]


def _same(a: Progress, b: Progress) -> bool:
    if (a.value is None) != (b.value is None):
        return False
    # SQL sums increments before adding them to the base; Python adds one by one: float order only
    values_match = a.value is None or math.isclose(a.value, b.value or 0.0, rel_tol=1e-9, abs_tol=1e-9)
    return (values_match and a.done == b.done and a.last_update_at == b.last_update_at
            and a.last_note == b.last_note and a.update_count == b.update_count)


async def _world(store: Store, streams: int) -> list[Task]:
    tasks = [Task(f"t{n:03d}", f"o{n // 40}", n % 40 + 1, f"việc {n}", TARGETS[n % len(TARGETS)],
                  YearMonth(2026, 12)) for n in range(streams)]
    officials = tuple(Official(f"o{k}", f"Cán bộ {k}", "", "u") for k in range(streams // 40 + 1))
    await store.pledges.apply_book(PledgeBook((Unit("u", "Xã Thử"),), officials, tuple(tasks)), "test", START)
    return tasks


async def test_sql_fold_matches_python_fold_on_random_streams(store: Store) -> None:
    rng = random.Random(20260302)
    tasks = await _world(store, 240)
    at = START
    for task in tasks:
        live_ids: list[int] = []
        for _ in range(rng.randint(0, 12)):
            at += timedelta(minutes=rng.randint(1, 600))
            kind = rng.choice([UpdateKind.ABSOLUTE, UpdateKind.INCREMENT, UpdateKind.INCREMENT, UpdateKind.NOTE,
                               UpdateKind.DONE])
            value = None if kind in (UpdateKind.NOTE, UpdateKind.DONE) or rng.random() < 0.08 else \
                round(rng.uniform(-1, 6), rng.choice([0, 1, 2]))
            note = rng.choice(["", "", "đang làm", "vướng GPMB"])
            created = await store.progress.add_updates([NewUpdate(task.id, kind, value, note)], None, None, at)
            live_ids += [u.id for u in created]
            if live_ids and rng.random() < 0.15:
                await store.progress.undo([rng.choice(live_ids)], None, at + timedelta(seconds=30))

    via_sql = await load_progress(store, tasks)
    streams = await store.progress.updates_by_task([t.id for t in tasks])
    mismatches = [t.id for t in tasks if not _same(via_sql[t.id], fold_progress(t, streams.get(t.id, [])))]
    assert mismatches == []
    # the random streams do reach the order-dependent case the Python fold covers
    facts = await store.reports.progress_facts([t.id for t in tasks])
    assert any(progress_from_facts(t, facts.get(t.id)) is None for t in tasks)


async def test_figure_after_done_builds_on_the_lifted_target(store: Store) -> None:
    [task, *_] = await _world(store, 1)  # at least 10 ha
    for kind, value in ((UpdateKind.ABSOLUTE, 4.0), (UpdateKind.DONE, None), (UpdateKind.INCREMENT, 2.0)):
        await store.progress.add_updates([NewUpdate(task.id, kind, value)], None, None, START)
    progress = (await load_progress(store, [task]))[task.id]
    assert progress.value == 12.0 and progress.done  # lifted to 10 by the done, then +2


async def test_a_task_without_updates_has_empty_progress(store: Store) -> None:
    [task, *_] = await _world(store, 1)
    assert (await load_progress(store, [task]))[task.id] == Progress()
