"""Working days in Việt Nam: weekends, public holidays by the Labour Code 2019 (art. 112), config edits.

Lunar dates (Tết, Giỗ Tổ Hùng Vương) come from Hồ Ngọc Đức's astronomical algorithm at UTC+7, the
one Vietnamese calendars use, so any year works without a table or a download. The government fixes
the exact Tết days each year; the years we know are listed, other years follow the usual pattern
(lunar new year's eve through the 4th day, a weekend day made up on the next working day). Local
decisions and make-up days go in `reminders.holidays_add` / `holidays_remove`.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache

from bot.models import YearMonth

VN_TZ_HOURS = 7.0

# Tết days off for public servants as decided by the government (first and last day, weekends inside).
OFFICIAL_TET: dict[int, tuple[date, date]] = {
    2024: (date(2024, 2, 8), date(2024, 2, 14)),
    2025: (date(2025, 1, 25), date(2025, 2, 2)),
    2026: (date(2026, 2, 14), date(2026, 2, 22)),
}


# --- Hồ Ngọc Đức's lunar calendar -------------------------------------------------------------------

def _jd_from_date(day: int, month: int, year: int) -> int:
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jd = day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    if jd < 2299161:
        jd = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return jd


def _jd_to_date(jd: int) -> date:
    if jd > 2299160:
        a = jd + 32044
        b = (4 * a + 3) // 146097
        c = a - (b * 146097) // 4
    else:
        b = 0
        c = jd + 32082
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = b * 100 + d - 4800 + m // 10
    return date(year, month, day)


def _new_moon(k: int) -> float:
    """Julian day of the k-th new moon after 1900-01-01 (fractional)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int, tz: float = VN_TZ_HOURS) -> int:
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _sun_longitude_sector(day_number: int, tz: float = VN_TZ_HOURS) -> int:
    """Which of the 12 30° sectors the sun is in at local midnight starting that day."""
    jdn = day_number - 0.5 - tz / 24
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= math.pi * 2 * math.floor(longitude / (math.pi * 2))
    return math.floor(longitude / math.pi * 6)


def _lunar_month_11(year: int, tz: float = VN_TZ_HOURS) -> int:
    """Julian day of the start of the 11th lunar month (the one holding the winter solstice) of year."""
    offset = _jd_from_date(31, 12, year) - 2415021
    k = math.floor(offset / 29.530588853)
    new_moon = _new_moon_day(k, tz)
    if _sun_longitude_sector(new_moon, tz) >= 9:
        new_moon = _new_moon_day(k - 1, tz)
    return new_moon


def _leap_month_offset(a11: int, tz: float = VN_TZ_HOURS) -> int:
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_longitude_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_longitude_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            break
    return i - 1


def lunar_to_solar(day: int, month: int, year: int, leap: bool = False, tz: float = VN_TZ_HOURS) -> date:
    """The solar date of a lunar date in Vietnam's calendar (UTC+7)."""
    if month < 11:
        a11, b11 = _lunar_month_11(year - 1, tz), _lunar_month_11(year, tz)
    else:
        a11, b11 = _lunar_month_11(year, tz), _lunar_month_11(year + 1, tz)
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_month_offset(a11, tz)
        leap_month = (leap_offset - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"năm âm lịch {year} không có tháng {month} nhuận")
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        raise ValueError(f"năm âm lịch {year} không có tháng nhuận")
    return _jd_to_date(_new_moon_day(k + offset, tz) + day - 1)


def lunar_new_year(year: int) -> date:
    """Mùng 1 Tết of the lunar year that starts in this solar year."""
    return lunar_to_solar(1, 1, year)


# --- public holidays ------------------------------------------------------------------------------

def _tet_days(year: int) -> tuple[set[date], set[date]]:
    """(days off, days that still need a make-up day because they fall on a weekend)."""
    if year in OFFICIAL_TET:
        first, last = OFFICIAL_TET[year]
        return {first + timedelta(days=i) for i in range((last - first).days + 1)}, set()
    new_year = lunar_new_year(year)
    days = {new_year + timedelta(days=i) for i in range(-1, 4)}  # eve through mùng 4
    return days, days


def _national_day_pair(year: int) -> date:
    """2/9 comes with 1/9 or 3/9, whichever the government usually picks to join a weekend."""
    weekday = date(year, 9, 2).weekday()  # 0 = Monday
    return date(year, 9, 3) if weekday in (0, 3, 6) else date(year, 9, 1)


@lru_cache(maxsize=256)
def default_holidays(year: int) -> frozenset[date]:
    """Public holidays of a solar year, with make-up days for those falling on a weekend."""
    tet, tet_needing_makeup = _tet_days(year)
    fixed = {date(year, 1, 1), date(year, 4, 30), date(year, 5, 1), date(year, 9, 2),
             _national_day_pair(year), lunar_to_solar(10, 3, year)}
    off = set(tet) | fixed
    for holiday in sorted(fixed | tet_needing_makeup):
        if holiday.weekday() < 5:
            continue
        makeup = holiday + timedelta(days=1)
        while makeup.weekday() >= 5 or makeup in off:
            makeup += timedelta(days=1)
        off.add(makeup)
    # a Tết that starts in late January of year+1 can spill an eve into this year, and vice versa
    next_tet, _ = _tet_days(year + 1)
    off |= {d for d in next_tet if d.year == year}
    return frozenset(d for d in off if d.year == year)


class WorkCalendar:
    """Working days: Monday–Friday that are not holidays, after the config's additions and removals."""

    def __init__(self, holidays_add: tuple[date, ...] | list[date] = (),
                 holidays_remove: tuple[date, ...] | list[date] = ()) -> None:
        self._add = frozenset(holidays_add)
        self._remove = frozenset(holidays_remove)

    def is_holiday(self, day: date) -> bool:
        if day in self._remove:
            return False
        return day in self._add or day in default_holidays(day.year)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        return self.working_day_on_or_after(day + timedelta(days=1))

    def working_day_on_or_after(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def first_working_day(self, month: YearMonth) -> date:
        return self.working_day_on_or_after(month.first_day())

    def working_days_before_month_end(self, month: YearMonth, n: int) -> date:
        """The day from which `n` working days of the month remain, that day included (n=1: the last one).
        A month with fewer working days than n gives its first working day."""
        day = month.last_day()
        found = 0
        last_working = None
        while day.month == month.month:
            if self.is_working_day(day):
                found += 1
                last_working = day
                if found == n:
                    return day
            day -= timedelta(days=1)
        return last_working or month.first_day()


_DEFAULT = WorkCalendar()


def is_working_day(day: date, calendar: WorkCalendar | None = None) -> bool:
    return (calendar or _DEFAULT).is_working_day(day)


def next_working_day(day: date, calendar: WorkCalendar | None = None) -> date:
    return (calendar or _DEFAULT).next_working_day(day)


def working_days_before_month_end(month: YearMonth, n: int, calendar: WorkCalendar | None = None) -> date:
    return (calendar or _DEFAULT).working_days_before_month_end(month, n)
