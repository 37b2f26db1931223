"""Analyses and their search rows are written together; `siqing check` finds the gaps an older
version (or a hand-edited store) left, and `--repair` re-analyses and re-indexes them."""

from __future__ import annotations

import sqlite3

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from siqing.app.cli import main


@pytest.mark.slow
def test_check_finds_and_repairs_index_gaps(demo_config: config_mod.Config,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    cfg = demo_config
    jobs.crawl(cfg, [cfg.sources[0].id])  # one sample site is enough
    jobs.process(cfg)
    path = str(cfg.path)
    assert main(["--config", path, "check"]) == 0
    db = cfg.database_url.removeprefix("sqlite:///")
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT rowid FROM documents_fts ORDER BY rowid LIMIT 3")]
    con.execute(f"DELETE FROM documents_fts WHERE rowid IN ({','.join(map(str, ids))})")  # the old kill
    con.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (999999, '孤儿', '索引')")
    con.commit()
    capsys.readouterr()
    assert main(["--config", path, "check"]) == 1
    assert "已分析但检索不到：3 篇" in capsys.readouterr().out
    assert main(["--config", path, "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "原检索缺失 3 篇" in out and "删除无主索引 1 条" in out
    got = {r[0] for r in con.execute("SELECT rowid FROM documents_fts")}
    con.close()
    assert set(ids) <= got and 999999 not in got
    assert main(["--config", path, "check"]) == 0
