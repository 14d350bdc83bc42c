"""Progress parsing: pure functions from a chat message and one official's tasks to updates.

Public API:
    parse_message(tasks, text) -> ParseResult
    pledged_task(task) -> PledgedTask
    resolve_target(text, explicit_value=None, explicit_unit=None, explicit_direction=None) -> Target
"""

from __future__ import annotations

import sys

from bot.models import Task
from bot.parsing import native

# the machine-code build of the parser, when one matches these sources (see native.py), is found first
if native.usable():
    __path__.insert(0, str(native.BUILD_DIR))
    try:
        import bot.parsing.parser  # noqa: F401
    except ImportError:  # built for another interpreter or platform: the plain parser answers the same
        __path__.remove(str(native.BUILD_DIR))
        # (every module loaded from the build, the shared library with them; a failed import left none behind)
        for _name in [n for n, m in sys.modules.items() if str(native.BUILD_DIR) in str(getattr(m, "__file__", ""))]:
            del sys.modules[_name]

from bot.parsing.parser import parse_message
from bot.parsing.targets import resolve_target
from bot.parsing.types import Candidate, ParsedUpdate, ParseResult, ParseStatus, PledgedTask


def pledged_task(task: Task) -> PledgedTask:
    """The parser's view of a stored task."""
    return PledgedTask(
        id=task.id,
        number=task.position,
        text=task.text,
        target=task.target.value,
        unit=task.target.unit,
        direction=task.target.direction,
    )


__all__ = [
    "Candidate",
    "ParseResult",
    "ParseStatus",
    "ParsedUpdate",
    "PledgedTask",
    "parse_message",
    "pledged_task",
    "resolve_target",
]
