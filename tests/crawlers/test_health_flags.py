"""A source that suddenly yields no items or no dates (a redesign) is flagged in the run record
and in `siqing status`."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crawlers.run import health_flags
from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.sitekit import Site, article_page, last_run, list_page, real_texts, write_deployment

REPO = Path(__file__).resolve().parents[2]


def _counts(**kw: Any) -> dict[str, Any]:
    base = {"requests": 10, "pages_list": 1, "pages_article": 5, "new": 5, "revised": 0, "unchanged": 0,
            "items": 5, "no_date": 0, "errors": {}, "links_known": 0}
    return {**base, **kw}


def test_health_flag_rules() -> None:
    healthy = _counts()
    assert health_flags(healthy, None) == []
    # Second crawl of an unchanged site: nothing new, but the known links were seen: healthy.
    assert health_flags(_counts(pages_article=0, new=0, items=0, links_known=8), healthy) == []
    # A redesign: the list page still answers, but no article links any more.
    assert health_flags(_counts(pages_article=0, new=0, items=0), healthy) == ["no_items"]
    # A first crawl that finds nothing: wrong start URLs.
    assert health_flags(_counts(pages_article=0, new=0, items=0), None) == ["no_items"]
    # Articles without dates: the extractor no longer finds the date line.
    assert health_flags(_counts(no_date=5), healthy) == ["no_dates"]
    assert health_flags(_counts(no_date=1), healthy) == []
    # Nothing fetched at all.
    assert health_flags(_counts(requests=0, pages_list=0, pages_article=0, new=0, items=0,
                                errors={"timeout": 2}), healthy) == ["unreachable"]


def _undated_page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><div class='article'><h1>{html.escape(title)}</h1><div class='TRS_Editor'>{body}</div></div>"
            "</body></html>")


def _status(cfg: config_mod.Config) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "status", "--json"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


@pytest.mark.slow
def test_redesigned_sites_are_flagged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", "2025-03-10T06:00:00")
    texts = real_texts(9)
    site = Site()
    items = []
    for i in range(3):
        path = f"/gzdt/202503/t2025030{i + 1}_{10 + i}.html"
        site.page(path, article_page(texts[i][0], f"2025-03-0{i + 1}", texts[i][1]))
        items.append((path, texts[i][0], f"2025-03-0{i + 1}"))
    site.page("/gzdt/index.html", list_page(items))
    site.page("/lfgz/index.html", list_page(items[:1]))
    with site.running():
        base = site.base_url
        srcs = [{"id": sid, "name": sid, "level": "province", "region": "370000", "allow_private": True,
                 "start_urls": [f"{base}/{col}/index.html"]} for sid, col in (("news", "gzdt"), ("laws", "lfgz"))]
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", srcs, window_days=365))
        first = jobs.crawl(cfg)
        # The article both columns list is new to whichever spider stores it first.
        assert first["sources"]["news"]["items"] == 3 and first["sources"]["news"]["flags"] == []
        assert first["totals"]["new"] == 3
        assert first["sources"]["laws"]["flags"] == []
        assert _status(cfg).returncode == 0

        # Redesign 1: the news column now renders its list with a script we cannot read.
        site.page("/gzdt/index.html", "<html><body><div id='app'></div><script src='/app.js'></script></body></html>")
        # Redesign 2: the laws column lists new articles whose pages lost their date lines.
        new_items = []
        for i in range(3, 9):
            path = f"/lfgz/content_{500 + i}.htm"
            site.page(path, _undated_page(texts[i][0], texts[i][1]))
            new_items.append((path, texts[i][0], ""))
        site.page("/lfgz/index.html", list_page(new_items))
        second = jobs.crawl(cfg)
    db = tmp_path / "deploy" / "siqing.db"
    record = last_run(db)["counts"]["sources"]
    assert second["sources"]["news"]["flags"] == ["no_items"]
    assert record["news"]["flags"] == ["no_items"]
    assert "no_dates" in record["laws"]["flags"], record["laws"]
    status = _status(cfg)
    assert status.returncode == 1  # a person is needed
    report = json.loads(status.stdout)
    text = json.dumps(report, ensure_ascii=False)
    assert "no_items" in text and "no_dates" in text
