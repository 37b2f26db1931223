"""One crawl at a time, whoever starts it: a second crawl exits 1 with a clear message while the
first holds the lock, and starts once the holder is gone (killed), its run marked interrupted."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from siqing.app.cli import main
from siqing.store import Store
from tests.crawlers.sitekit import write_deployment
from tests.faults.test_runs import HOLD


def test_second_crawl_refused_while_the_first_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_deployment(tmp_path / "d", [])
    db = f"sqlite:///{cfg.parent / 'siqing.db'}"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, db], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline()
        assert main(["--config", str(cfg), "crawl"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and "另一个采集正在进行" in err and str(holder.pid) in err
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert main(["--config", str(cfg), "crawl"]) == 0
        store = Store(db)
        runs = store.last_runs(job="crawl")
        store.close()
        assert [r["status"] for r in runs] == ["ok", "interrupted"]
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
