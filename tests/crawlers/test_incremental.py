"""Incremental crawling on a synthetic TRS-style site of a few hundred articles: a second crawl
fetches almost nothing; revisits are conditional; a changed body becomes revision 2."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.sitekit import Site, article_page, documents, last_run, real_texts, send, write_deployment

pytestmark = pytest.mark.slow
TODAY = date(2025, 6, 30)
PER_PAGE = 20
COLUMNS = ("gzdt", "lfgz")


def trs_list(items: list[tuple[str, str, str]], count: int, current: int) -> str:
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>' for h, t, d in items)
    return f"""<html><head><meta charset="utf-8"><title>列表</title></head><body><ul class="list">{lis}</ul>
<script type="text/javascript">var currentPage = {current};var countPage = {count}
createPageHTML({count}, {current}, "index", "html");</script></body></html>"""


class TrsSite:
    """Two columns of TRS list pages (index.html, index_1.html, ...) over ~300 articles."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.pages: dict[str, tuple[str, list[str], str]] = {}  # path -> title, paragraphs, day
        texts = real_texts()
        n = 0
        for col in COLUMNS:
            items: list[tuple[str, str, str]] = []
            for variant in range(2):
                for title, paras in texts[:75]:
                    day = (TODAY - timedelta(days=1 + n // 2)).isoformat()
                    d = day.replace("-", "")
                    path = f"/{col}/{d[:6]}/t{d}_{1000 + n}.html"
                    t = title if variant == 0 else f"{title}（第{variant + 1}次审议稿）"
                    self.pages[path] = (t, paras[variant:] + paras[:variant], day)
                    items.append((path, t, day))
                    n += 1
            chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
            for i, chunk in enumerate(chunks):
                name = "index.html" if i == 0 else f"index_{i}.html"
                site.page(f"/{col}/{name}", trs_list(chunk, len(chunks), i))
        for path in self.pages:
            site.routes[path] = self.serve

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        title, paras, day = self.pages[h.path]
        data = article_page(title, day, paras).encode()
        etag = '"' + hashlib.sha1(data).hexdigest() + '"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        send(h, 200, data, headers={"ETag": etag, "Last-Modified": "Mon, 30 Jun 2025 00:00:00 GMT"})


def deployment(tmp_path: Path, base: str, revisit_days: int) -> config_mod.Config:
    src = {"id": "trs", "name": "合成站点", "level": "province", "region": "370000", "listing": "listing",
           "allow_private": True, "selectors": {"body": "div.TRS_Editor"},
           "start_urls": [f"{base}/{c}/index.html" for c in COLUMNS]}
    return config_mod.load(write_deployment(tmp_path / "deploy", [src], window_days=365, revisit_days=revisit_days))


def test_second_crawl_and_revisits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", f"{TODAY.isoformat()}T06:00:00")
    site = Site()
    trs = TrsSite(site)
    assert len(trs.pages) >= 300
    with site.running():
        db = tmp_path / "deploy" / "siqing.db"
        cfg = deployment(tmp_path, site.base_url, revisit_days=0)
        first = jobs.crawl(cfg)
        assert first["totals"]["new"] == len(trs.pages)
        first_hits = site.count()
        assert first["totals"]["requests"] >= len(trs.pages)

        site.reset_hits()
        second = jobs.crawl(cfg)
        assert second["totals"]["new"] == 0
        assert second["totals"]["requests"] <= 0.05 * first["totals"]["requests"]
        assert site.count() <= 0.05 * first_hits
        assert {p for p, _ in site.hits} <= {"/robots.txt", "/gzdt/index.html", "/lfgz/index.html"}

        # Revisits: the articles of the last 5 days get conditional requests; one has changed.
        cfg = deployment(tmp_path, site.base_url, revisit_days=5)
        recent = sorted(p for p, (_, _, day) in trs.pages.items() if day >= (TODAY - timedelta(days=5)).isoformat())
        changed = recent[0]
        title, paras, day = trs.pages[changed]
        trs.pages[changed] = (title, [*paras, "（本文已于发布次日更正：第二段数字有误。）"], day)
        site.reset_hits()
        third = jobs.crawl(cfg)
        hits = list(site.hits)
    counts = last_run(db)["counts"]["sources"]["trs"]
    articles = [(p, h) for p, h in hits if p in trs.pages]
    assert sorted(p for p, _ in articles) == recent
    assert all("if-none-match" in h or "if-modified-since" in h for _, h in articles)
    assert {p for p, _ in hits if p not in trs.pages} <= {"/robots.txt", "/gzdt/index.html", "/lfgz/index.html"}
    assert third["totals"]["revised"] == 1
    assert counts["not_modified"] == len(recent) - 1
    docs = {d["url"][len(site.base_url):]: d for d in documents(db)}
    assert docs[changed]["revision"] == 2
    assert "更正" in docs[changed]["body"]
    assert sum(d["revision"] for d in docs.values()) == len(docs) + 1
