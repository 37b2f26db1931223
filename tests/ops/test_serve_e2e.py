"""End to end: `siqing serve` as a real process on the demo deployment crawls the sample sites,
processes, composes the daily briefing and mails it with its PDF to a local SMTP server; SIGTERM
stops it cleanly, after the running job."""

from __future__ import annotations

from pathlib import Path

import pytest

from siqing.app.demo.sites import SampleSites
from siqing.store import Store

from .helpers import LEADERS, OPERATORS, Serve, deployment, smtp_server

NOW = "2026-02-14T07:00:00"  # a make-up Saturday: a working day, so the daily briefing goes out


@pytest.mark.slow
def test_serve_runs_the_day_and_mails_the_briefing(tmp_path: Path, sample_sites: SampleSites) -> None:
    with smtp_server() as (port, inbox):
        cfg = deployment(tmp_path / "demo", sample_sites.port, port,
                         schedule={"crawl": "0 6,11,16 * * *", "process": "20 6,11,16 * * *",
                                   "draft": "45 6 * * *", "send": "30 7 * * *", "weekly": "0 8 * * *"})
        serve = Serve(cfg, "--run-now", now=NOW)
        serve.wait_for("调度已就绪", timeout=240)
        assert serve.stop() == 0, serve.text()

        mails = inbox.to(LEADERS[0])
        assert len(mails) == 1, serve.text()
        pdfs = [p for p in mails[0].iter_attachments() if p.get_content_type() == "application/pdf"]
        assert len(pdfs) == 1 and pdfs[0].get_content().startswith(b"%PDF")
        assert not inbox.to(OPERATORS[0]), "a job failed:\n" + serve.text()

    store = Store(cfg.database_url)
    runs = store.last_runs(50)
    by_job = {r["job"]: r for r in reversed(runs)}
    for job in ("crawl", "process", "brief", "send"):
        assert job in by_job and by_job[job]["status"] == "ok", runs
    assert by_job["crawl"]["counts"]["totals"]["new"] > 0
    fires = {f["job"]: f["status"] for f in store.last_fires()}
    assert fires == {"crawl": "ok", "process": "ok", "draft": "ok", "send": "ok"}
    b = store.find_briefing("daily", "2026-02-14")
    assert b is not None and b["status"] == "approved" and Path(b["pdf_path"]).exists()
    # The jobs are in the store with their next fires; the log file was written.
    assert {j["id"] for j in store.scheduled_jobs()} == {"crawl", "process", "draft", "send", "weekly"}
    log = (cfg.log_dir / "siqing.log").read_text(encoding="utf-8")
    assert "发送每日要情完成" in log


@pytest.mark.slow
def test_sigterm_lets_the_running_job_finish(tmp_path: Path, sample_sites: SampleSites) -> None:
    cfg = deployment(tmp_path / "demo", sample_sites.port, 1)
    serve = Serve(cfg, "--run-now", now=NOW)
    serve.wait_for("开始采集")
    assert serve.stop() == 0, serve.text()
    store = Store(cfg.database_url)
    fires = store.last_fires()
    assert [(f["job"], f["status"]) for f in fires] == [("crawl", "ok")]  # finished, and nothing after it
    assert [r["status"] for r in store.last_runs(job="crawl")] == ["ok"]
    assert store.lock_holder("job:crawl") is None
    assert "已停止" in serve.text()
