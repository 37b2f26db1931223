"""Progress lines on standard error for `siqing process` and the render step of `siqing brief`
(issue 19 point 7), like the crawl's per-source `进度 i/n：…` line: Chinese, on stderr, stdout untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from siqing.app.cli import main
from siqing.store import Store
from tests.briefings.review_helpers import deployment

ITEMS = Path(__file__).resolve().parents[1] / "fixtures" / "alerts" / "items.jsonl"
CONFIG = Path(__file__).resolve().parents[2] / "config"


def test_process_and_render_print_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("taxonomy.yaml", "userdict.txt"):  # the shipped topic list and dictionary
        shutil.copy(CONFIG / name, folder / name)
    cfg = deployment(folder)
    store = Store(cfg.database_url)
    titles = [json.loads(line)["title"] for line in ITEMS.read_text(encoding="utf-8").splitlines()][45:57]
    for n, title in enumerate(titles):  # real headlines, published today on the province's site
        url = f"http://www.sdrd.gov.cn/news/{n}.html"
        store.save_document({"source_id": "sd", "url": url, "canonical_url": url, "title": title,
                             "body": f"{title}。山东省人大常委会办公厅。", "published_at": "2026-05-06"})
    c = ["--config", str(cfg.path)]
    assert main([*c, "process"]) == 0
    out, err = capsys.readouterr()
    lines = [ln for ln in err.splitlines() if ln.startswith("进度 处理")]
    assert lines[-2] == f"进度 处理：已分析 {len(titles)} 条，失败 0 条"
    assert lines[-1].startswith(f"进度 处理：分析完成（{len(titles)} 条") and "归并转载" in lines[-1]
    assert "进度" not in out and f"已处理 {len(titles)} 条" in out

    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    assert main([*c, "brief", "daily", "--date", "2026-05-06"]) == 0
    out, err = capsys.readouterr()
    assert [ln for ln in err.splitlines() if ln.startswith("进度 生成")] == [
        "进度 生成 1/3：HTML 完成", "进度 生成 2/3：PDF 完成", "进度 生成 3/3：DOCX 完成"]
    assert out.strip().endswith(".pdf") and "进度" not in out
