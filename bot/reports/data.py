"""Loading what a report needs from the store: the viewer's scope, tasks, progress, last messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.models import Official, Progress, Role, Task, fold_progress
from bot.status import Overview, build_overview, progress_from_facts
from bot.store import Store


async def scope_of(store: Store, viewer: Official) -> list[Official]:
    """Who the viewer may see: an admin everyone, a leader everyone whose leader chain reaches them."""
    if viewer.role is Role.ADMIN:
        return await store.pledges.officials()
    if viewer.role is Role.LEADER:
        return await store.pledges.subordinates(viewer.id)
    return []


async def load_progress(store: Store, tasks: Sequence[Task]) -> dict[str, Progress]:
    """Progress per task: folded in SQL, or by the exact Python fold for a rare order-dependent stream."""
    facts = await store.reports.progress_facts([t.id for t in tasks])
    progress: dict[str, Progress] = {}
    needs_full_fold: list[Task] = []
    for task in tasks:
        folded = progress_from_facts(task, facts.get(task.id))
        if folded is None:
            needs_full_fold.append(task)
        else:
            progress[task.id] = folded
    if needs_full_fold:
        streams = await store.progress.updates_by_task([t.id for t in needs_full_fold])
        for task in needs_full_fold:
            progress[task.id] = fold_progress(task, streams.get(task.id, []))
    return progress


async def load_overview(store: Store, officials: Sequence[Official], now: datetime,
                        silence_days: int) -> Overview:
    """Statuses of every task of these officials, as bot.status.build_overview ranks them."""
    wanted = {o.id for o in officials}
    tasks_by_official: dict[str, list[Task]] = {}
    for task in await store.pledges.all_tasks():
        if task.official_id in wanted:
            tasks_by_official.setdefault(task.official_id, []).append(task)
    tasks = [t for group in tasks_by_official.values() for t in group]
    progress = await load_progress(store, tasks)
    units = {u.id: u for u in await store.pledges.units()}
    last_report_at = await store.progress.last_report_at()
    return build_overview(officials, units, tasks_by_official, progress, last_report_at, now, silence_days)


async def overview_for(store: Store, viewer: Official, now: datetime, silence_days: int) -> Overview:
    return await load_overview(store, await scope_of(store, viewer), now, silence_days)
