"""`siqing status` speaks to office staff: the counts each run recorded read in Chinese (issue 19)."""

from __future__ import annotations

import re

from siqing.app.status import render_text


def test_run_counts_read_in_chinese() -> None:
    runs = [
        {"id": 3, "job": "brief", "started_at": "2026-11-29T06:45:00+08:00", "status": "ok", "error": None,
         "totals": {"briefing_id": 1, "items": 24, "type": "daily"}},
        {"id": 2, "job": "process", "started_at": "2026-11-29T06:20:00+08:00", "status": "ok", "error": None,
         "totals": {"processed": 150, "failed": 0, "clusters_joined": 1}},
        {"id": 1, "job": "crawl", "started_at": "2026-11-29T06:00:00+08:00", "status": "ok", "error": None,
         "totals": {"requests": 181, "new": 150, "revised": 0, "unchanged": 0}},
        {"id": 4, "job": "brief", "started_at": "2026-11-30T06:45:00+08:00", "status": "ok", "error": None,
         "totals": {"briefing_id": 2, "items": 0, "type": "weekly", "empty": True}},
    ]
    text = render_text({"config": "/x/siqing.yaml", "documents": 150, "runs": runs, "sources": [],
                        "briefings": [], "problems": []})
    assert "（简报编号 1，条目 24，类型 每日要情）" in text
    assert "（处理 150，失败 0，合并转载 1）" in text
    assert "（请求 181，新增 150，更新 0，未变 0）" in text
    assert "类型 每周要情，无要情" in text
    runs_part = text.split("来源：")[0]
    assert not re.search(r"[A-Za-z_]{3,}", runs_part.replace("/x/siqing.yaml", "")), runs_part
