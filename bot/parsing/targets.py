"""Target extraction from a task's text. PLACEHOLDER: the parser work replaces this with the real reader."""

from __future__ import annotations

from bot.models import Direction, Target


def resolve_target(
    text: str,
    explicit_value: float | None = None,
    explicit_unit: str | None = None,
    explicit_direction: Direction | None = None,
) -> Target:
    if explicit_value is not None:
        return Target(explicit_value, explicit_unit, explicit_direction or Direction.AT_LEAST)
    return Target(None, None, explicit_direction or Direction.DONE)
