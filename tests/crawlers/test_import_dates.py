"""An imported file without a date field takes the date its opening states (issue 19 point 9)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawlers.importers import date_in_text, import_paths
from siqing.store import Store

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(("text", "expected"), [
    ("关于近期工作的报告\n11月27日，市人大常委会召开主任会议。", "2026-11-27"),
    ("会议纪要\n2025年3月5日上午，第十四届全国人民代表大会第三次会议开幕。", "2025-03-05"),
    ("12月30日，区人大常委会召开会议。", "2025-12-30"),  # not in the future: last year's
    ("第3号\n本文件共11页。", None),
    ("2023年度工作总结", None),
])
def test_date_in_text(text: str, expected: str | None) -> None:
    assert date_in_text(text, TODAY) == expected


def test_an_imported_report_dated_in_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", "2026-11-29T08:00:00+08:00")
    f = tmp_path / "情况报告.txt"
    f.write_text("关于代表建议办理情况的报告\n\n11月27日，市人大常委会听取和审议了市政府关于代表建议办理情况的报告。",
                 encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    store.register_source("local", "本地导入", "city", "370100", {})
    import_paths(store, [f])
    docs = store.get_documents([1])
    assert docs[1]["published_at"] == "2026-11-27"
