"""SIGTERM to a crawl of many sources: the running spiders close, the queued ones never start, the
process exits and its run is marked interrupted with the reason (not left running, not "ok")."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from siqing.app.demo.run import write_deployment
from siqing.app.demo.sites import SampleSites

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigterm_stops_a_long_crawl_and_marks_its_run(tmp_path: Path, sample_sites: SampleSites) -> None:
    cfg = write_deployment(tmp_path / "d", sample_sites.port)
    listed = yaml.safe_load((tmp_path / "d" / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    sources = [{**listed[i % len(listed)], "id": f"s{i:03d}"} for i in range(80)]  # more than run at once
    (tmp_path / "d" / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True),
                                                 encoding="utf-8")
    db = tmp_path / "d" / "siqing.db"
    log = (tmp_path / "crawl.log").open("w")  # not a pipe: a full pipe would stop the crawl
    proc = subprocess.Popen([sys.executable, "-m", "crawlers.run", "--config", str(cfg)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=log, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    guard = time.monotonic() + 300  # against a hang, not a timing assertion
    try:
        stored = 0
        while stored == 0 and proc.poll() is None and time.monotonic() < guard:  # until the crawl is under way
            time.sleep(0.2)
            if db.exists():
                con = sqlite3.connect(db, timeout=30)
                try:
                    stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0
                finally:
                    con.close()
        assert proc.poll() is None, "the crawl ended before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=300)  # a guard against a hang, not a timing assertion
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        log.close()
    assert proc.returncode == 1
    con = sqlite3.connect(db)
    status, error = con.execute("SELECT status, error FROM runs WHERE job = 'crawl' ORDER BY id DESC").fetchone()
    checked = con.execute("SELECT COUNT(*) FROM sources WHERE health IS NOT NULL AND health != '{}'").fetchone()[0]
    con.close()
    assert status == "interrupted" and "停止信号" in error
    assert checked < len(sources)  # the queued sources never started, and their health was left alone
