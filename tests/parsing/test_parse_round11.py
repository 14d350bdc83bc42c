"""Round 11: what is left against coverage rates, whom a task serves, and other lessons from the practice
sets blind91–94. Wording here is our own, not a corpus's."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import ParseStatus, PledgedTask, parse_message

SOCIAL = make_tasks(
    "Kéo giảm tỷ lệ hộ nghèo xuống dưới 1,2%",  # t1
    "Hỗ trợ sửa chữa 30 căn nhà cho hộ nghèo, hộ cận nghèo",  # t2
    "Cấp thẻ BHYT cho 100% người thuộc hộ nghèo, hộ cận nghèo",  # t3
    "Giải quyết việc làm cho 900 lao động",  # t4
)


def _asks(tasks: tuple[PledgedTask, ...], text: str) -> None:
    result = parse_message(tasks, text)
    assert result.updates == (), (text, result.updates)
    assert result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED), (text, result.status)


def test_what_is_left_is_the_level_not_a_coverage_rate() -> None:
    # "còn 0,9%": the poor left, the level the first task pledges; the BHYT task's rate rises towards 100%
    assert got(SOCIAL, "ho ngheo con 0,9%") == [("t1", UpdateKind.ABSOLUTE, 0.9)]


def test_a_rate_said_only_of_whom_a_task_serves_is_asked() -> None:
    # "cận nghèo 2,4%" names the near-poor the BHYT task serves, not the cards it issues
    _asks(SOCIAL, "Hộ cận nghèo 2,4%")
    # with what it does, it is that task's rate
    assert got(SOCIAL, "BHYT hộ cận nghèo đạt 97%") == [("t3", UpdateKind.ABSOLUTE, 97.0)]
