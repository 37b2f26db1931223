"""SIGKILL at chosen points of crawl, process, brief and send on a sample site, then a rerun:
every article stored once, no analysis without its search rows, no briefing file that is not the
whole approved rendering, no recipient mailed twice, no run left running. Then `siqing check`
finds and repairs index gaps on the same store. (The bench kills at random points, 50+ times:
bench/bench_faults.py.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from siqing.app.demo.sites import SampleSites
from tests.briefings.review_helpers import SmtpServer, free_port
from tests.faults.harness import Rig, rig_deployment


@pytest.fixture
def rig(tmp_path: Path, sample_sites: SampleSites) -> Iterator[tuple[Rig, object]]:
    port = free_port()
    server = SmtpServer(port)
    inbox = server.__enter__()
    try:
        yield Rig(rig_deployment(tmp_path / "d", sample_sites.port, port, sources=1)), inbox
    finally:
        server.__exit__(None, None, None)


@pytest.mark.slow
def test_killed_jobs_rerun_to_a_consistent_store(rig: tuple[Rig, object]) -> None:
    r, inbox = rig
    ids = lambda: [m["Message-ID"] for m in inbox.messages()]  # type: ignore[attr-defined]  # noqa: E731
    trials = [
        # Each kill waits for the job's run to be recorded as running (the crawl's, for its first
        # article stored), so it lands inside the run however slow the machine is.
        r.trial("crawl", 0.0, "2026-01-05", ids, when_running=True),  # a first crawl, cut short
        r.trial("process", 0.5, "2026-01-05", ids, when_running=True),  # documents under way
        r.trial("brief", 0.3, "2026-01-05", ids, when_running=True),  # inside WeasyPrint's render
        r.trial("send", 0.0, "2026-01-05", ids, when_running=True),
    ]
    assert [v for t in trials for v in t.violations] == []
    # The crawl is still storing when its first article is in, so at least that kill lands inside its
    # run; a shorter job may finish inside the poll interval (bench_faults counts kills at random points).
    assert trials[0].killed
    assert r.query("SELECT COUNT(*) FROM documents")[0][0] > 0
    # Every killed run was marked interrupted by the rerun, none left running.
    interrupted = r.query("SELECT job FROM runs WHERE status = 'interrupted'")
    assert {job for (job,) in interrupted} >= {t.job for t in trials if t.killed}
    assert len(set(ids())) <= 3

    # The same store: `siqing check` finds nothing, then the gaps an older version's kill left.
    assert r.run(["check"])[0] == 0
    con = sqlite3.connect(r.db)
    cut = [row[0] for row in con.execute("SELECT rowid FROM documents_fts ORDER BY rowid LIMIT 3")]
    con.execute(f"DELETE FROM documents_fts WHERE rowid IN ({','.join(map(str, cut))})")  # an old kill
    con.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (999999, '孤儿', '索引')")
    con.commit()
    code, out, _ = r.run(["check"])
    assert code == 1 and "已分析但检索不到：3 篇" in out
    code, out, _ = r.run(["check", "--repair"])
    assert code == 0 and "原检索缺失 3 篇" in out and "删除无主索引 1 条" in out
    got = {row[0] for row in con.execute("SELECT rowid FROM documents_fts")}
    con.close()
    assert set(cut) <= got and 999999 not in got
    assert r.run(["check"])[0] == 0
