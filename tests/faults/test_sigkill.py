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
        r.trial("crawl", 3.0, "2026-01-05", ids),  # a first crawl, cut short
        r.trial("process", 4.0, "2026-01-05", ids),  # jieba and the model loaded, documents under way
        r.trial("brief", 4.0, "2026-01-05", ids),  # inside WeasyPrint's render
        r.trial("send", 2.5, "2026-01-05", ids),
    ]
    assert [v for t in trials for v in t.violations] == []
    # A first crawl of the sample sites takes several seconds on any machine, so at least that kill lands
    # inside a run; how many of the shorter jobs are caught depends on the machine (bench_faults counts them).
    assert sum(t.killed for t in trials) >= 1
    assert r.query("SELECT COUNT(*) FROM documents")[0][0] > 0
    assert r.query("SELECT COUNT(DISTINCT status) FROM runs WHERE status = 'interrupted'")[0][0] == 1
    assert len(set(ids())) <= 3

    # The same store: `siqing check` finds nothing, then the gaps an older version's kill left.
    assert r.run(["check"])[0] == 0
    con = sqlite3.connect(r.db)
    ids = [row[0] for row in con.execute("SELECT rowid FROM documents_fts ORDER BY rowid LIMIT 3")]
    con.execute(f"DELETE FROM documents_fts WHERE rowid IN ({','.join(map(str, ids))})")  # an old kill
    con.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (999999, '孤儿', '索引')")
    con.commit()
    code, out, _ = r.run(["check"])
    assert code == 1 and "已分析但检索不到：3 篇" in out
    code, out, _ = r.run(["check", "--repair"])
    assert code == 0 and "原检索缺失 3 篇" in out and "删除无主索引 1 条" in out
    got = {row[0] for row in con.execute("SELECT rowid FROM documents_fts")}
    con.close()
    assert set(ids) <= got and 999999 not in got
    assert r.run(["check"])[0] == 0
