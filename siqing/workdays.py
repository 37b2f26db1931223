"""Working days in China: chinese-calendar while its data lasts, then Monday to Friday plus the config.

chinese-calendar knows the State Council's holidays and make-up working days (调休) year by year;
its newest data ends with 2026. Beyond that, and wherever the deployment lists a date in
`schedule.holidays` or `schedule.workdays`, the list wins: the office adds next year's dates when
the State Council publishes them (usually in November or December).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from siqing.config import ScheduleConfig

WARN_DAYS = 60


@dataclass(frozen=True)
class Overrides:
    """Dates the deployment declares: holidays (no briefing) and make-up working days."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_config(cls, sched: ScheduleConfig) -> Overrides:
        return cls(frozenset(date.fromisoformat(d) for d in sched.holidays),
                   frozenset(date.fromisoformat(d) for d in sched.workdays))


@lru_cache(maxsize=1)
def data_range() -> tuple[date, date]:
    """First and last day chinese-calendar has data for (whole years)."""
    from chinese_calendar import constants

    years = [d.year for d in constants.holidays] + [d.year for d in constants.workdays]
    return date(min(years), 1, 1), date(max(years), 12, 31)


def covered(day: date) -> bool:
    """Whether chinese-calendar has data for the day."""
    first, last = data_range()
    return first <= day <= last


def is_workday(day: date, overrides: Overrides | None = None) -> bool:
    """Whether the office works on the day (so a daily briefing is due)."""
    ov = overrides or Overrides()
    if day in ov.workdays:
        return True
    if day in ov.holidays:
        return False
    if covered(day):
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))
    return day.weekday() < 5


def source_of(day: date, overrides: Overrides | None = None) -> str:
    """Which rule decides the day: config, calendar or fallback (for status and logs)."""
    ov = overrides or Overrides()
    if day in ov.workdays or day in ov.holidays:
        return "config"
    return "calendar" if covered(day) else "fallback"


def first_workday_of_week(day: date, overrides: Overrides | None = None) -> bool:
    """Whether the day is the first working day of its week (Monday to Sunday)."""
    if not is_workday(day, overrides):
        return False
    monday = day - timedelta(days=day.weekday())
    return not any(is_workday(monday + timedelta(days=i), overrides) for i in range(day.weekday()))


def calendar_warning(today: date, overrides: Overrides | None = None, days: int = WARN_DAYS) -> str | None:
    """A warning for the operators when the calendar's data runs out within `days` days.

    Silent once the config lists holidays for the year after the data (the office has done it).
    """
    ov = overrides or Overrides()
    _, last = data_range()
    if today + timedelta(days=days) <= last:
        return None
    year = max(last.year + 1, today.year if today > last else 0)
    if any(d.year == year for d in ov.holidays):
        return None
    if today > last:
        return (f"节假日数据只到 {last.isoformat()}，{year} 年正按周一至周五推算：请在配置 schedule.holidays "
                f"和 schedule.workdays 中补充国务院公布的 {year} 年放假和调休日期")
    return (f"节假日数据将于 {last.isoformat()} 到期（还剩 {(last - today).days} 天）：请在配置 schedule.holidays "
            f"和 schedule.workdays 中补充国务院公布的 {year} 年放假和调休日期，或升级 chinese-calendar")
