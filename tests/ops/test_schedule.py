"""The scheduler: stored fires survive restarts, a fire runs once, a job never overlaps itself,
failures reach the operators, an outage across the send time sends once."""

from __future__ import annotations

import socket
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from siqing import clock
from siqing.app import schedule
from siqing.app.demo.sites import SampleSites
from siqing.config import Config
from siqing.store import Store

from .helpers import LEADERS, OPERATORS, Serve, deployment, smtp_server, store_next_run

TZ = ZoneInfo("Asia/Shanghai")
BUSINESS_NOW = "2026-02-14T08:10:00"  # a make-up Saturday, 40 minutes after the send time


def one_item_arrived(cfg: Config, monkeypatch: pytest.MonkeyPatch, when: str = "2026-02-14T06:00:00+08:00") -> None:
    """Something to report that morning: a day with nothing makes no issue (issue 19)."""
    from processing import pipeline

    from ..briefings.review_helpers import add_doc

    store = Store(cfg.database_url)
    store.register_source("demo-npc", "中国人大网", "national", "000000", {})
    monkeypatch.setenv("SIQING_NOW", when)
    add_doc(store, "全国人大常委会召开会议", "upper", source="demo-npc", version=pipeline.model_version())
    monkeypatch.delenv("SIQING_NOW")


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return deployment(tmp_path / "d", 1, 1, schedule={"send": "30 7 * * *", "crawl": "0 6,11,16 * * *"})


def _ok(_cfg: Config, _job: str, _day: date) -> dict[str, Any]:
    return {"ok": True}


def test_restart_keeps_the_stored_fire_unless_the_cron_changed(cfg: Config) -> None:
    missed = datetime(2026, 2, 14, 7, 30, tzinfo=TZ)
    store_next_run(cfg, "send", missed)
    pending = {j.id: j for j in schedule.build(cfg).get_jobs()}
    assert set(pending) == {"crawl", "send"}  # the switched-off jobs are not scheduled
    assert pending["send"].next_run_time == missed  # the fire that fell due while down is kept
    assert not hasattr(pending["crawl"], "next_run_time")  # computed from now when it starts

    cfg.settings.schedule.send = "0 8 * * *"
    assert not hasattr({j.id: j for j in schedule.build(cfg).get_jobs()}["send"], "next_run_time")


def test_a_fire_runs_once_however_often_it_is_fired(cfg: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", BUSINESS_NOW)
    calls: list[date] = []

    def body(_cfg: Config, _job: str, day: date) -> dict[str, Any]:
        calls.append(day)
        return {}

    key = "2026-02-14T07:30:00+08:00"
    first = schedule.execute(cfg, "send", fire_key=key, owner="host-a:1:x", body=body)
    second = schedule.execute(cfg, "send", fire_key=key, owner="host-b:2:y", body=body)
    assert (first.status, second.status) == ("ok", "duplicate")
    assert calls == [date(2026, 2, 14)]


def test_a_running_job_is_not_started_again(cfg: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", BUSINESS_NOW)
    store = Store(cfg.database_url)
    alive = subprocess.Popen(["sleep", "60"])
    try:
        holder = f"{socket.gethostname()}:{alive.pid}:live"
        assert store.acquire_lock("job:crawl", holder)
        out = schedule.execute(cfg, "crawl", fire_key="k1", body=_ok)
        assert out.status == "skipped" and holder in out.detail
    finally:
        alive.kill()
        alive.wait()
    # The holder is gone (killed, say): its lock is taken over rather than blocking for hours.
    out = schedule.execute(cfg, "crawl", fire_key="k2", body=_ok)
    assert out.status == "ok"
    assert store.lock_holder("job:crawl") is None


def test_a_failed_job_alerts_the_operators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", BUSINESS_NOW)

    def broken(_cfg: Config, _job: str, _day: date) -> dict[str, Any]:
        raise RuntimeError("采集服务器无响应")

    with smtp_server() as (port, inbox):
        cfg = deployment(tmp_path / "d", 1, port)
        out = schedule.execute(cfg, "process", fire_key="k", body=broken)
    assert out.status == "failed" and "采集服务器无响应" in out.detail
    mails = inbox.to(OPERATORS[0])
    assert len(mails) == 1 and "处理" in str(mails[0]["Subject"]) and "失败" in str(mails[0]["Subject"])
    assert "采集服务器无响应" in mails[0].get_content()
    assert not inbox.to(LEADERS[0])
    from siqing.app.status import collect

    assert any("采集服务器无响应" in p for p in collect(cfg)["problems"])


def _missed_fire() -> tuple[datetime, str]:
    """A fire 40 minutes ago in real time (APScheduler's clock), as a cron for every day at that minute."""
    when = (datetime.now(TZ) - timedelta(minutes=40)).replace(second=0, microsecond=0)
    return when, f"{when.minute} {when.hour} * * *"


@pytest.mark.slow
def test_outage_across_the_send_time_sends_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    when, cron = _missed_fire()
    with smtp_server() as (port, inbox):
        cfg = deployment(tmp_path / "d", 1, port, schedule={"send": cron})
        one_item_arrived(cfg, monkeypatch)
        # serve was running yesterday and stored today's send; the machine was down at that time.
        store_next_run(cfg, "send", when)
        serve = Serve(cfg, now=BUSINESS_NOW)
        serve.wait_for("调度已就绪")  # its first pass submitted what was due
        assert serve.stop() == 0, serve.text()
        assert len(inbox.to(LEADERS[0])) == 1, serve.text()
        store = Store(cfg.database_url)
        b = store.find_briefing("daily", "2026-02-14")
        assert b is not None and [d["status"] for d in store.deliveries(b["id"])] == ["sent"]
        nxt = {j["id"]: j["next_run_time"] for j in store.scheduled_jobs()}["send"]
        assert nxt is not None and nxt > datetime.now(clock.CST)  # the next fire is tomorrow's

        # Started again later (the same day): nothing is due, nothing is sent again.
        again = Serve(cfg, now="2026-02-14T09:00:00")
        again.wait_for("调度已就绪")
        assert again.stop() == 0, again.text()
        assert len(inbox.to(LEADERS[0])) == 1
        fires = [f for f in store.last_fires(job="send") if f["status"] != "skipped"]
        assert [f["status"] for f in fires] == ["ok"]
        assert not inbox.to(OPERATORS[0])


@pytest.mark.slow
def test_two_serve_processes_send_a_missed_fire_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    when, cron = _missed_fire()
    with smtp_server() as (port, inbox):
        cfg = deployment(tmp_path / "d", 1, port, schedule={"send": cron})
        one_item_arrived(cfg, monkeypatch)
        store_next_run(cfg, "send", when)
        both = [Serve(cfg, now=BUSINESS_NOW, name=f"serve{i}") for i in range(2)]
        for s in both:
            s.wait_for("调度已就绪")
        for s in both:
            assert s.stop() == 0, s.text()
        assert len(inbox.to(LEADERS[0])) == 1, "\n".join(s.text() for s in both)
        fires = Store(cfg.database_url).last_fires(job="send")
        assert [f["status"] for f in fires] == ["ok"]  # one claim; the other process saw it taken


@pytest.mark.slow
def test_two_serve_processes_never_run_the_same_job_together(tmp_path: Path, sample_sites: SampleSites) -> None:
    # No frozen clock here: the fires' start and end are real instants to compare.
    cfg = deployment(tmp_path / "d", sample_sites.port, 1)
    procs = [Serve(cfg, "--once", "crawl", now="", name=f"once{i}") for i in range(2)]
    codes = [p.wait() for p in procs]
    assert codes == [0, 0], "\n".join(p.text() for p in procs)
    fires = Store(cfg.database_url).last_fires(job="crawl")
    assert len(fires) == 2 and {f["status"] for f in fires} == {"ok"}
    spans = sorted((datetime.fromisoformat(f["started_at"]), datetime.fromisoformat(f["finished_at"])) for f in fires)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, f"overlapping runs: {spans}"
    assert len({f["owner"] for f in fires}) == 2


@pytest.mark.slow
def test_a_fire_beyond_the_grace_window_is_missed_and_reported(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    when = (datetime.now(TZ) - timedelta(hours=5)).replace(second=0, microsecond=0)
    with smtp_server() as (port, inbox):
        cfg = deployment(tmp_path / "d", 1, port, schedule={"send": f"{when.minute} {when.hour} * * *"})
        store_next_run(cfg, "send", when)
        from siqing.app.status import collect

        monkeypatch.delenv("SIQING_NOW", raising=False)  # the stored fire and status on one clock
        assert any("siqing serve 是否在运行" in p for p in collect(cfg)["problems"])
        serve = Serve(cfg, now=BUSINESS_NOW)
        serve.wait_for("调度已就绪")
        assert serve.stop() == 0, serve.text()
        assert not inbox.to(LEADERS[0])
        alerts = inbox.to(OPERATORS[0])
        assert len(alerts) == 1 and "错过" in alerts[0].get_content()
    fires = Store(cfg.database_url).last_fires(job="send")
    assert [f["status"] for f in fires] == ["missed"]
    problems = collect(cfg)["problems"]
    assert any("错过" in p for p in problems)
    assert not any("siqing serve 是否在运行" in p for p in problems)


def test_the_scheduler_stops_on_the_flag_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """serve's signal handler only sets the stop flag (shutting the scheduler down from the handler could take a lock
    the interrupted loop held, and hung serve on SIGTERM): the loop itself must see the flag and shut down, with a
    job waiting far ahead and nobody waking it."""
    import threading

    stop = threading.Event()
    monkeypatch.setitem(schedule._runtime, "stop", stop)
    scheduler = schedule.SiqingScheduler(timezone=TZ)
    scheduler.add_job(lambda: None, "interval", days=1, id="far")
    runner = threading.Thread(target=scheduler.start, daemon=True)
    runner.start()
    assert scheduler.ready.wait(60)
    stop.set()
    runner.join(60)  # (a liveness bound, not a speed figure: the loop looks every STOP_POLL_SECONDS)
    assert not runner.is_alive() and not scheduler.running
