"""Crawl benchmark: `siqing crawl` (fetch, extract, store) against the naive pipeline (plain
Scrapy following the same links, trafilatura.extract on every article page, storing nothing)
and against plain Scrapy fetching alone (the ceiling), on the sample sites grown to >= 2,000
articles, in one run with the same concurrency and no throttling. Prints one JSON line.

The grown sites: every sample article served again under new TRS-style URLs (copies 1..N), its
title and first paragraph varied per copy, listed newest first on paginated TRS list pages.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from siqing.app.demo.sites import demo_sources, load_manifest, read_page  # noqa: E402

COPIES = 14  # 150 sample articles x 14 = 2,100
PER_PAGE = 20
CONCURRENCY = 16


def grown_routes(copies: int = COPIES) -> dict[str, tuple[bytes, str]]:
    """path -> (bytes, content type) of the grown sites: list pages and article copies."""
    routes: dict[str, tuple[bytes, str]] = {}
    robots = read_page("/robots.txt")
    assert robots is not None
    routes["/robots.txt"] = robots
    by_site: dict[str, list[tuple[str, str, str]]] = {}
    for art in load_manifest()["articles"]:
        page = read_page(art["url"])
        if page is None:
            continue
        raw, ctype = page
        enc = "gb18030" if art["encoding"].startswith("gbk") else "utf-8"
        title_bytes = art["title"].encode(enc)
        for k in range(1, copies + 1):
            new_title = f"{art['title']}（{k}）"
            data = raw.replace(title_bytes, new_title.encode(enc))
            note = f"<p>本文为第{k}次转载，转载时间不同，内容以原文为准。</p>".encode(enc)
            data = data.replace(b"</p>", b"</p>" + note, 1)
            path = re.sub(r"(\d+)(\.s?html?)$", lambda m, k=k: f"{m.group(1)}{k:02d}{m.group(2)}", art["url"])
            routes[path] = (data, ctype)
            by_site.setdefault(art["site"], []).append((path, new_title, art["published"]))
    for site, items in by_site.items():
        items.sort(key=lambda x: x[2], reverse=True)
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for i, chunk in enumerate(chunks):
            lis = "".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in chunk)
            html = (f'<html><head><meta charset="utf-8"><title>列表</title></head><body><ul>{lis}</ul>'
                    f'<script>createPageHTML({len(chunks)}, {i}, "index", "html");</script></body></html>')
            name = "index.html" if i == 0 else f"index_{i}.html"
            routes[f"/{site}/grown/{name}"] = (html.encode(), "text/html; charset=utf-8")
    return routes


def serve(routes: dict[str, tuple[bytes, str]]) -> ThreadingHTTPServer:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            found = routes.get(urlsplit(self.path).path)
            data, ctype, status = (found[0], found[1], 200) if found else (b"not found", "text/plain", 404)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    server.daemon_threads = True
    server.request_queue_size = 128
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def sources(base: str) -> list[dict[str, Any]]:
    out = []
    for s in demo_sources(base):
        site = s["id"].removeprefix("demo-")
        out.append({**s, "start_urls": [f"{base}/{site}/grown/index.html"], "allow_private": True})
    return out


SCRAPY_SETTINGS = {
    "CONCURRENT_REQUESTS": CONCURRENCY, "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY, "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True, "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False,
    "COOKIES_ENABLED": False, "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
}


def run_baseline(base: str, with_trafilatura: bool) -> dict[str, Any]:
    """The naive pipeline (or fetching alone) in this process: plain Scrapy over the same links."""
    import lxml.html
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from crawlers.discover import article_links, next_page

    if with_trafilatura:
        import trafilatura
    counts = {"pages": 0, "extracted": 0}

    class Naive(scrapy.Spider):
        name = "naive"
        start_urls = [s["start_urls"][0] for s in sources(base)]

        def parse(self, response: Any) -> Any:
            counts["pages"] += 1
            doc = lxml.html.document_fromstring(response.text)
            for link in article_links(doc, response.url):
                yield scrapy.Request(link.url, callback=self.parse_article)
            nxt = next_page(doc, response.url)
            if nxt:
                yield scrapy.Request(nxt, callback=self.parse)

        def parse_article(self, response: Any) -> None:
            counts["pages"] += 1
            if with_trafilatura:
                text = trafilatura.extract(response.text, url=response.url, with_metadata=True)
                counts["extracted"] += bool(text)

    process = CrawlerProcess(SCRAPY_SETTINGS, install_root_handler=False)
    process.crawl(Naive)
    process.start()
    return counts


def timed_child(args: list[str]) -> tuple[float, dict[str, Any]]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - t, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", choices=["naive", "fetch"])
    parser.add_argument("--base")
    parser.add_argument("--copies", type=int, default=COPIES)
    args = parser.parse_args()
    if args.baseline:  # a child: one baseline crawl, its counts on stdout
        print(json.dumps(run_baseline(args.base, args.baseline == "naive")))
        return 0

    import yaml

    from siqing import config as config_mod
    from siqing.app import jobs

    routes = grown_routes(args.copies)
    articles = sum(1 for p in routes if "/grown/" not in p and p != "/robots.txt")
    server = serve(routes)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            settings = {"home": {"region": "山东省济南市"},
                        "storage": {"url": "sqlite:///siqing.db"},
                        "crawl": {"window_days": 365 * 20, "concurrency": CONCURRENCY,
                                  "concurrency_per_domain": CONCURRENCY, "download_delay": 0.0,
                                  "autothrottle": False, "max_pages_per_source": 5000, "max_list_pages": 100}}
            (folder / "siqing.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
            (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources(base)}, allow_unicode=True),
                                                 encoding="utf-8")
            cfg = config_mod.load(folder / "siqing.yaml")
            t = time.perf_counter()
            ours = jobs.crawl(cfg)
            ours_s = time.perf_counter() - t
        ours_pages = sum(c["pages_list"] + c["pages_article"] for c in ours["sources"].values())
        naive_s, naive = timed_child(["--baseline", "naive", "--base", base])
        fetch_s, fetch = timed_child(["--baseline", "fetch", "--base", base])
    finally:
        server.shutdown()
        server.server_close()
    out = {
        "bench": "crawl",
        "articles_served": articles,
        "concurrency": CONCURRENCY,
        "ours_pages": ours_pages,
        "ours_stored": ours["totals"]["new"],
        "ours_seconds": round(ours_s, 2),
        "ours_pages_per_s": round(ours_pages / ours_s, 1),
        "naive_pages": naive["pages"],
        "naive_extracted": naive["extracted"],
        "naive_seconds": round(naive_s, 2),
        "naive_pages_per_s": round(naive["pages"] / naive_s, 1),
        "fetch_pages": fetch["pages"],
        "fetch_seconds": round(fetch_s, 2),
        "fetch_pages_per_s": round(fetch["pages"] / fetch_s, 1),
    }
    out["ours_vs_naive"] = round(out["ours_pages_per_s"] / out["naive_pages_per_s"], 2)
    print(json.dumps(out, ensure_ascii=False))
    return 0 if out["ours_vs_naive"] >= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
