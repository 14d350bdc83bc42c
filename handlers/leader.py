"""Leader commands: /tiendo, /tre, /xuatexcel. PLACEHOLDER until the leader-reports work lands."""

from __future__ import annotations

from bot.models import Official
from handlers.context import Services
from handlers.types import Incoming, Reply


async def cmd_progress(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/tiendo [đơn vị]: status of everyone under the leader, worst first; drill down by unit."""
    raise NotImplementedError


async def cmd_late(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/tre: late tasks under the leader."""
    raise NotImplementedError


async def cmd_export(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/xuatexcel: the Excel report of everything under the leader, as a file."""
    raise NotImplementedError


async def on_button(services: Services, incoming: Incoming, me: Official, data: str) -> list[Reply]:
    """Buttons whose data starts with 'ld:' (drill-down)."""
    raise NotImplementedError
