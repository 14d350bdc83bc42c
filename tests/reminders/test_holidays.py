"""Vietnamese working days: lunar dates, public holidays, make-up days, config edits."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import YearMonth
from reminders.holidays import (
    WorkCalendar,
    default_holidays,
    is_working_day,
    lunar_new_year,
    lunar_to_solar,
    next_working_day,
    working_days_before_month_end,
)


@pytest.mark.parametrize(("year", "tet"), [
    (2020, date(2020, 1, 25)), (2021, date(2021, 2, 12)), (2022, date(2022, 2, 1)), (2023, date(2023, 1, 22)),
    (2024, date(2024, 2, 10)), (2025, date(2025, 1, 29)), (2026, date(2026, 2, 17)), (2027, date(2027, 2, 6)),
    (2033, date(2033, 1, 31)),
])
def test_lunar_new_year(year: int, tet: date) -> None:
    assert lunar_new_year(year) == tet


def test_hung_kings_day_and_a_leap_month() -> None:
    assert lunar_to_solar(10, 3, 2024) == date(2024, 4, 18)
    assert lunar_to_solar(10, 3, 2025) == date(2025, 4, 7)
    # 2025 has a leap 6th month: 1/6 nhuận = 2025-07-25
    assert lunar_to_solar(1, 6, 2025, leap=True) == date(2025, 7, 25)
    with pytest.raises(ValueError):
        lunar_to_solar(1, 5, 2025, leap=True)


def test_holidays_of_2026() -> None:
    days = default_holidays(2026)
    assert {date(2026, 1, 1), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 2)} <= days
    assert all(date(2026, 2, d) in days for d in range(14, 23))  # Tết as decided: 14–22/2
    assert date(2026, 4, 26) in days and date(2026, 4, 27) in days  # Giỗ Tổ on a Sunday: Monday off
    assert not is_working_day(date(2026, 2, 18))
    assert is_working_day(date(2026, 2, 23))


def test_rule_for_a_year_without_a_decision() -> None:
    days = default_holidays(2027)
    tet = lunar_new_year(2027)  # Saturday 6/2: eve Friday through mùng 4 Tuesday, weekend made up
    assert {date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 9)} <= days
    assert date(2027, 2, 10) in days and date(2027, 2, 11) in days  # two make-up days
    assert tet.weekday() == 5
    assert date(2027, 9, 3) in days  # 2/9 on Thursday: Friday 3/9 joins the weekend


def test_config_additions_and_removals() -> None:
    cal = WorkCalendar(holidays_add=[date(2026, 3, 10)], holidays_remove=[date(2026, 4, 27)])
    assert not cal.is_working_day(date(2026, 3, 10))
    assert cal.is_working_day(date(2026, 4, 27))


def test_working_day_helpers() -> None:
    assert next_working_day(date(2026, 4, 29)) == date(2026, 5, 4)  # 30/4, 1/5, weekend
    assert working_days_before_month_end(YearMonth(2026, 6), 5) == date(2026, 6, 24)
    assert working_days_before_month_end(YearMonth(2026, 6), 1) == date(2026, 6, 30)
    assert WorkCalendar().first_working_day(YearMonth(2026, 1)) == date(2026, 1, 2)
