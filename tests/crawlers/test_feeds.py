"""RSS, sitemap and JSON-API sources crawled from a loopback server, and their link parsers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from crawlers.feeds import json_links, rss_links, sitemap_links
from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.sitekit import Site, article_page, documents, last_run, real_texts, write_deployment

DAYS = ["2025-03-05", "2025-03-04", "2025-03-03"]


def _rss(base: str, paths: list[str], titles: list[str]) -> str:
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                    for p, t, d in zip(paths, titles, ["Wed, 05 Mar 2025 08:00:00 +0800",
                                                       "Tue, 04 Mar 2025 08:00:00 +0800",
                                                       "Mon, 03 Mar 2025 08:00:00 +0800"], strict=True))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>人大</title>{items}</channel></rss>'


def _sitemap_index(base: str) -> str:
    return (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sm/part1.xml.gz</loc></sitemap></sitemapindex>")


def _sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in zip(paths, DAYS, strict=True))
    xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return gzip.compress(xml.encode())


def _api(paths: list[str], titles: list[str], page: int) -> str:
    if page > 1:
        return json.dumps({"code": 0, "data": {"list": []}})
    rows = [{"docTitle": t, "docPubUrl": p, "pubDate": d} for p, t, d in zip(paths, titles, DAYS, strict=True)]
    return json.dumps({"code": 0, "data": {"total": 3, "list": rows}}, ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.parametrize("listing", ["rss", "sitemap", "json-api"])
def test_feed_sources_crawl(tmp_path: Path, listing: str) -> None:
    texts = real_texts(3)
    paths = [f"/art/2025/3/{5 - i}/art_{100 + i}.html" for i in range(3)]
    titles = [t for t, _ in texts]
    site = Site()
    for p, (title, paras), day in zip(paths, texts, DAYS, strict=True):
        site.page(p, article_page(title, day, paras))
    with site.running():
        base = site.base_url
        site.page("/feed.xml", _rss(base, paths, titles), ctype="application/rss+xml; charset=utf-8")
        site.page("/sitemap.xml", _sitemap_index(base), ctype="application/xml")
        site.page("/sm/part1.xml.gz", _sitemap(base, paths), ctype="application/octet-stream")
        for n in (1, 2):
            site.page(f"/api/list/{n}", _api(paths, titles, n), ctype="application/json")
        start = {"rss": f"{base}/feed.xml", "sitemap": f"{base}/sitemap.xml", "json-api": f"{base}/api/list/{{page}}"}
        src = {"id": "feed", "name": "订阅源", "level": "province", "region": "370000", "listing": listing,
               "allow_private": True, "start_urls": [start[listing]]}
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [src], window_days=3650))
        result = jobs.crawl(cfg)
        hits = [p for p, _ in site.hits]
    assert result["status"] == "ok", result
    db = tmp_path / "deploy" / "siqing.db"
    docs = documents(db)
    assert sorted(d["url"][len(base):] for d in docs) == sorted(paths)
    assert {d["title"] for d in docs} == set(titles)
    assert all(d["published_at"][:10] in DAYS for d in docs)
    assert all(hits.count(p) == 1 for p in paths)
    if listing == "json-api":
        assert "/api/list/2" in hits  # paged until a page brings nothing new
    counts = last_run(db)["counts"]["sources"]["feed"]
    assert counts["new"] == 3 and not counts["errors"] and not counts["flags"]


def test_rss_and_atom_links() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>A</title><link rel="alternate" href="/a/1.html"/><updated>2024-06-24T08:40:00+08:00</updated></entry>
<entry><title>B</title><link rel="enclosure" href="/b.mp3"/><id>http://x.test/b/2.html</id></entry></feed>"""
    links = rss_links(atom, "http://x.test/feed")
    assert [(lk.url, lk.title, str(lk.list_date)) for lk in links] == [
        ("http://x.test/a/1.html", "A", "2024-06-24"), ("http://x.test/b/2.html", "B", "None")]
    assert rss_links(b"not xml at all <<<", "http://x.test/") == []


def test_sitemap_newest_first_and_plain_text() -> None:
    xml = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://x.test/old.html</loc><lastmod>2023-01-02</lastmod></url>
<url><loc>http://x.test/new.html</loc><lastmod>2024-06-01</lastmod></url></urlset>"""
    links, children = sitemap_links(xml, "http://x.test/sitemap.xml")
    assert [lk.url for lk in links] == ["http://x.test/new.html", "http://x.test/old.html"] and children == []
    links, _ = sitemap_links(b"http://x.test/1.html\nhttp://x.test/2.html\n", "http://x.test/s.txt")
    assert [lk.url for lk in links] == ["http://x.test/1.html", "http://x.test/2.html"]


def test_json_links_bytes_and_parsed_agree() -> None:
    data = {"result": {"rows": [{"title": "关于某某的决定", "link": "/c/1.html", "publishTime": "1719189600000"},
                                {"name": "无链接的对象"}, {"url": "javascript:void(0)", "title": "x"}]}}
    a = json_links(json.dumps(data).encode(), "http://x.test/api")
    b = json_links(data, "http://x.test/api")
    assert a == b and [lk.url for lk in a] == ["http://x.test/c/1.html"]
    assert a[0].list_date is not None and a[0].list_date.year == 2024
    assert json_links(b"{broken", "http://x.test/api") == []
