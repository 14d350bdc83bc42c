"""The weekly digest: each leader gets the /tiendo summary of everyone under them, through the outbox.

The text is the same function /tiendo uses, so the digest and the command never disagree. The
dedupe key names the ISO week, so planning twice in one week (a restart, a second tick) stores one.
"""

from __future__ import annotations

from datetime import datetime

from bot.models import Role
from bot.reports.data import load_overview
from bot.reports.text import overview_text
from bot.settings import Settings
from bot.store import Store
from bot.store.outbox import OutgoingMessage

DIGEST_KIND = "weekly_digest"


def digest_key(leader_id: str, now: datetime) -> str:
    iso_year, week, _ = now.isocalendar()
    return f"weekly:{leader_id}:{iso_year}-W{week}"


async def plan_weekly_digests(store: Store, settings: Settings, now: datetime) -> list[OutgoingMessage]:
    """One digest per leader who has someone with tasks under them; nothing for a leader with no one."""
    local_now = now.astimezone(settings.tz)
    messages: list[OutgoingMessage] = []
    for leader in await store.pledges.officials():
        if leader.role is not Role.LEADER:
            continue
        team = await store.pledges.subordinates(leader.id)
        if not team:
            continue
        overview = await load_overview(store, team, local_now, settings.reminders.silence_days)
        if not overview.officials:
            continue
        body = overview_text(overview, title="📬 Tổng hợp tuần — tiến độ")
        body += "\n\nGõ /tiendo để xem chi tiết, /tre để xem việc trễ."
        task_ids = tuple(s.task.id for s in overview.late)
        messages.append(OutgoingMessage(dedupe_key=digest_key(leader.id, local_now), official_id=leader.id,
                                        kind=DIGEST_KIND, text=body, due_at=now, task_ids=task_ids))
    return messages
