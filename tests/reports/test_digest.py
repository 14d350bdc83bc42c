"""The weekly digest: one per leader, the /tiendo numbers, one per ISO week in the outbox."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FixedClock
from bot.models import Official
from bot.settings import Settings
from bot.store import Store
from handlers.context import Services
from handlers.leader import cmd_progress
from handlers.types import Incoming
from reminders.digest import DIGEST_KIND, plan_weekly_digests
from tests.reports.world import TODAY


async def test_one_digest_per_leader_with_the_same_numbers_as_tiendo(world: Store, settings: Settings) -> None:
    messages = await plan_weekly_digests(world, settings, TODAY)
    assert sorted(m.official_id or "" for m in messages) == ["binhminh", "lanhdao-a", "lanhdao-b"]
    by_leader = {m.official_id: m for m in messages}
    assert all(m.kind == DIGEST_KIND and m.due_at == TODAY for m in messages)
    iso_year, week, _ = TODAY.isocalendar()
    assert by_leader["lanhdao-a"].dedupe_key == f"weekly:lanhdao-a:{iso_year}-W{week}"

    leader = await world.pledges.official("lanhdao-a")
    assert isinstance(leader, Official)
    services = Services(settings, world, FixedClock(TODAY))
    [reply] = await cmd_progress(services, Incoming("test", "c", "s", TODAY), leader, "")
    digest = by_leader["lanhdao-a"].text
    # the count lines and every ranked unit line are the /tiendo ones
    shared = [line for line in reply.text.splitlines()[1:] if line and not line.startswith("🔴 trễ ·")]
    assert shared and all(line in digest for line in shared)
    assert "Xã Tân Lập" not in digest  # the other district
    assert set(by_leader["lanhdao-a"].task_ids) == {"bm-02", "ap-01"}  # the late ones


async def test_planning_twice_in_a_week_enqueues_once(world: Store, settings: Settings) -> None:
    first = await plan_weekly_digests(world, settings, TODAY)
    assert await world.outbox.enqueue(first, TODAY) == 3
    again = await plan_weekly_digests(world, settings, TODAY + timedelta(days=2))
    assert await world.outbox.enqueue(again, TODAY) == 0
    next_week = await plan_weekly_digests(world, settings, TODAY + timedelta(days=7))
    assert await world.outbox.enqueue(next_week, TODAY) == 3
