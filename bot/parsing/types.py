"""The parser's contract: what goes in (one official's tasks, one message) and what comes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bot.models import Direction, UpdateKind


class ParseStatus(StrEnum):
    OK = "ok"  # one or more updates to record
    AMBIGUOUS = "ambiguous"  # a report that fits several tasks: ask which
    UNMATCHED = "unmatched"  # a report that fits no task: say so
    NONE = "none"  # chatter or a question: nothing to record


@dataclass(frozen=True, slots=True)
class PledgedTask:
    """One task as the parser sees it. Target already resolved (explicit fields win over the text)."""

    id: str
    number: int  # 1..n in the official's pledge
    text: str
    target: float | None
    unit: str | None
    direction: Direction


@dataclass(frozen=True, slots=True)
class ParsedUpdate:
    task_id: str
    kind: UpdateKind
    value: float | None  # in the task's own unit
    explanation: str = ""  # Vietnamese, one line: matched words, number read, conversion
    note: str = ""  # the clause of the message this update came from


@dataclass(frozen=True, slots=True)
class Candidate:
    """A task the message might be about, with the update it would record if chosen."""

    task_id: str
    score: float
    update: ParsedUpdate | None = None


@dataclass(frozen=True, slots=True)
class ParseResult:
    status: ParseStatus
    updates: tuple[ParsedUpdate, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # ranked best first; for AMBIGUOUS/UNMATCHED
    explanation: str = ""
    extra: dict[str, str] = field(default_factory=dict)


# the explanation of a message that promises the report for later ("chiều về em báo cáo ạ"): nothing to record
REPORT_LATER = "hẹn báo cáo sau"
