"""/lichsu: recent updates (mine, or every update of one task). PLACEHOLDER until the reports work lands."""

from __future__ import annotations

from bot.models import Official
from handlers.context import Services
from handlers.types import Incoming, Reply


async def cmd_history(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/lichsu → my recent updates; /lichsu <số nhiệm vụ | mã nhiệm vụ> → every update of that task."""
    raise NotImplementedError
