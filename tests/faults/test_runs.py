"""A run whose process was killed is marked interrupted, with its reason, at the next start; a lock
held by a killed process is taken over, one held by a live process is not."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from siqing.store import Store

HOLD = """
import sys, time
from siqing.store import Store
s = Store(sys.argv[1])
run = s.start_run("crawl")
assert s.take_lock("crawl", f"{__import__('socket').gethostname()}:{__import__('os').getpid()}:t") is None
print(run, flush=True)
time.sleep(600)
"""


def _holder(db: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


def test_killed_run_marked_interrupted_and_lock_taken_over(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'siqing.db'}"
    Store(db).close()
    proc = _holder(db)
    store = Store(db)
    try:
        assert store.take_lock("crawl", "me:1:x") is not None  # a live holder keeps it
        assert store.recover_runs() == []
        assert store.last_runs(job="crawl")[0]["status"] == "running"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert store.take_lock("crawl", "me:1:x") is None  # the dead holder's lock is taken over
        store.start_run("process")
        (crawl,) = store.last_runs(job="crawl")
        assert crawl["status"] == "interrupted" and str(proc.pid) in crawl["error"]
        assert "运行中断" in crawl["error"]
        assert store.recover_runs() == []  # marked once
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
        store.close()
