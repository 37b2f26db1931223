"""The working-day calendar and the jobs' gating by it, with a controllable clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from siqing import clock, workdays
from siqing.app import schedule
from siqing.config import Config
from siqing.store import Store

from .helpers import deployment

SAT_MAKEUP = date(2026, 2, 14)  # 调休: the Saturday before the Spring Festival is a working day
SPRING = date(2026, 2, 16)  # Monday in the Spring Festival holiday
SUNDAY = date(2026, 3, 8)  # an ordinary Sunday


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return deployment(tmp_path / "d", 1, 1, schedule={"draft": "45 6 * * *", "send": "30 7 * * *",
                                                       "weekly": "0 8 * * *", "crawl": "0 6,11,16 * * *",
                                                       "holidays": ["2027-01-01", "2027-02-05"],
                                                       "workdays": ["2027-01-09"]})


def at(day: date, hh: int = 7, mm: int = 30) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=clock.CST)


def test_calendar_knows_makeup_saturday_and_holidays() -> None:
    assert workdays.is_workday(SAT_MAKEUP) and workdays.source_of(SAT_MAKEUP) == "calendar"
    assert not workdays.is_workday(SPRING)
    assert not workdays.is_workday(SUNDAY)
    assert workdays.is_workday(date(2026, 3, 9))


def test_daily_send_fires_on_makeup_saturday_not_on_holiday_or_sunday(cfg: Config) -> None:
    days = {t.date() for t in schedule.fire_times(cfg, "send", at(date(2026, 2, 13), 0, 0), at(date(2026, 3, 10), 0, 0))}
    assert SAT_MAKEUP in days
    assert SPRING not in days and SUNDAY not in days
    assert date(2026, 2, 15) not in days and date(2026, 2, 23) not in days  # holiday Sunday and Monday
    assert {date(2026, 2, 13), date(2026, 2, 24), date(2026, 3, 9)} <= days
    # The time of day is the configured one, in China time.
    first = schedule.fire_times(cfg, "send", at(SAT_MAKEUP, 0, 0), at(SAT_MAKEUP, 23, 59))
    assert [t.isoformat() for t in first] == ["2026-02-14T07:30:00+08:00"]
    # crawl is not gated: it runs on holidays too (news does not stop).
    assert {t.date() for t in schedule.fire_times(cfg, "crawl", at(SPRING, 0, 0), at(SPRING, 23, 0))} == {SPRING}


def _run_on(cfg: Config, day: date, job: str = "send") -> tuple[schedule.Outcome, list[date]]:
    seen: list[date] = []

    def body(_cfg: Config, _job: str, d: date) -> dict[str, Any]:
        seen.append(d)
        return {"ok": True}

    out = schedule.execute(cfg, job, fire_key=at(day).isoformat(), now=lambda: at(day), body=body)
    return out, seen


def test_scheduled_send_runs_on_makeup_saturday_and_skips_holiday_and_sunday(cfg: Config) -> None:
    out, seen = _run_on(cfg, SAT_MAKEUP)
    assert out.status == "ok" and seen == [SAT_MAKEUP]
    for day in (SPRING, SUNDAY):
        out, seen = _run_on(cfg, day)
        assert out.status == "skipped" and seen == []
        assert "不是工作日" in out.detail
    fires = Store(cfg.database_url).last_fires(10, job="send")
    assert sorted(f["status"] for f in fires) == ["ok", "skipped", "skipped"]


def test_weekly_runs_on_the_first_working_day_of_the_week(cfg: Config) -> None:
    assert workdays.first_workday_of_week(date(2026, 2, 9))
    assert not workdays.first_workday_of_week(SAT_MAKEUP)
    # The week after the Spring Festival starts on Tuesday (Monday the 23rd is still a holiday).
    days = [t.date() for t in schedule.fire_times(cfg, "weekly", at(date(2026, 2, 9), 0, 0), at(date(2026, 3, 3), 0, 0))]
    assert days == [date(2026, 2, 9), date(2026, 2, 24), date(2026, 3, 2)]
    assert _run_on(cfg, date(2026, 2, 24), "weekly")[0].status == "ok"
    assert _run_on(cfg, date(2026, 2, 25), "weekly")[0].status == "skipped"


def test_2027_falls_back_to_weekdays_plus_overrides(cfg: Config) -> None:
    ov = workdays.Overrides.from_config(cfg.settings.schedule)
    monday, saturday = date(2027, 1, 4), date(2027, 1, 2)
    assert not workdays.covered(monday)
    assert workdays.is_workday(monday, ov) and workdays.source_of(monday, ov) == "fallback"
    assert not workdays.is_workday(saturday, ov)
    # The overrides: New Year's Day (a Friday) is a holiday, Saturday the 9th a make-up working day.
    assert not workdays.is_workday(date(2027, 1, 1), ov) and workdays.source_of(date(2027, 1, 1), ov) == "config"
    assert workdays.is_workday(date(2027, 1, 9), ov)
    days = {t.date() for t in schedule.fire_times(cfg, "send", at(date(2026, 12, 31), 0, 0), at(date(2027, 1, 11), 0, 0))}
    assert days == {date(2026, 12, 31), date(2027, 1, 4), date(2027, 1, 5), date(2027, 1, 6), date(2027, 1, 7),
                    date(2027, 1, 8), date(2027, 1, 9)}
    assert _run_on(cfg, date(2027, 1, 1))[0].status == "skipped"
    assert _run_on(cfg, date(2027, 1, 9))[0].status == "ok"
    # Without the overrides the same fallback still answers (Mon-Fri), no exception beyond the data.
    assert workdays.is_workday(date(2027, 1, 1)) and not workdays.is_workday(date(2027, 1, 9))


def test_calendar_warning_within_60_days(cfg: Config) -> None:
    _, last = workdays.data_range()
    assert last == date(2026, 12, 31)
    assert workdays.calendar_warning(last - timedelta(days=61)) is None
    warning = workdays.calendar_warning(date(2026, 11, 26))
    assert warning and "2027" in warning and "35" in warning
    beyond = workdays.calendar_warning(date(2027, 3, 1))
    assert beyond and "周一至周五" in beyond
    # Once the office lists next year's holidays, the warning stops.
    ov = workdays.Overrides.from_config(cfg.settings.schedule)
    assert workdays.calendar_warning(date(2026, 11, 26), ov) is None


def test_status_reports_the_calendar_warning_and_next_fires(cfg: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    from siqing.app.status import collect, render_text

    monkeypatch.setenv("SIQING_NOW", "2026-11-26T09:00:00")
    cfg.settings.schedule.holidays = []
    report = collect(cfg)
    assert report["needs_attention"]
    assert any("2027" in p for p in report["problems"])
    send = next(j for j in report["schedule"] if j["job"] == "send")
    assert send["next"] == "2026-11-27T07:30:00+08:00"
    assert "定时任务" in render_text(report)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T09:00:00")
    assert not collect(cfg)["needs_attention"]
