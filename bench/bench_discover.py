"""Discovery benchmark: a site configured by its homepage only (tests/crawlers/homesite: eight
columns in seven paging styles, static pages, a calendar trap, robots.txt), crawled by `siqing
crawl` and by a plain Scrapy follow-every-link spider that stores every page trafilatura extracts
something from (the naive baseline), in one run. Prints one JSON line: articles found, non-articles
stored, requests made (counted by the server), titles and dates exact, for each.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from siqing import config as config_mod  # noqa: E402
from siqing.app import jobs  # noqa: E402
from tests.crawlers import homesite  # noqa: E402
from tests.crawlers.sitekit import documents, write_deployment  # noqa: E402

BASELINE_PAGE_CAP = 1000  # the baseline has no trap guard: its calendar would never end


def baseline_main(start: str, out: str) -> None:
    """The naive spider (run in a child process: Twisted's reactor cannot restart)."""
    import trafilatura
    from scrapy import Spider
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    stored: list[dict[str, Any]] = []

    class FollowAll(Spider):
        name = "follow_all"
        start_urls = [start]
        links = LinkExtractor()

        def parse(self, response: Any) -> Any:
            if b"html" not in (response.headers.get(b"Content-Type") or b"html"):
                return
            text = trafilatura.extract(response.text, url=response.url, with_metadata=False)
            if text:
                meta = trafilatura.extract_metadata(response.text, default_url=response.url)
                stored.append({"url": response.url, "title": getattr(meta, "title", None),
                               "date": getattr(meta, "date", None)})
            for link in self.links.extract_links(response):
                if link.url.startswith(start):  # the same host, as allowed_domains would
                    yield response.follow(link, callback=self.parse)

    process = CrawlerProcess({"ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": 8, "LOG_LEVEL": "ERROR",
                              "CLOSESPIDER_PAGECOUNT": BASELINE_PAGE_CAP, "TELNETCONSOLE_ENABLED": False,
                              "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7"})
    process.crawl(FollowAll)
    process.start()
    Path(out).write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")


def score(site: homesite.HomeSite, stored: list[dict[str, Any]]) -> dict[str, Any]:
    by_path = {a.path: a for a in site.articles}
    paths = [d["url"][len(site.base_url):] for d in stored]
    found = {p for p in paths if p in by_path}
    exact = sum(1 for d, p in zip(stored, paths, strict=True) if p in by_path and d.get("title") == by_path[p].title
                and (d.get("date") or "")[:10] == by_path[p].day)
    return {"articles_found": len(found), "articles_total": len(by_path), "non_articles_stored":
            sum(1 for p in paths if p not in by_path), "duplicates": len(paths) - len(set(paths)),
            "title_and_date_exact": exact}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", nargs=2, metavar=("START", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        baseline_main(*args.baseline)
        return 0
    with tempfile.TemporaryDirectory() as tmp, homesite.serving() as site:
        cfg = config_mod.load(write_deployment(Path(tmp) / "deploy", [homesite.source(site)]))
        result = jobs.crawl(cfg)
        docs = documents(Path(cfg.database_url.removeprefix("sqlite:///")))
        ours = score(site, [{"url": d["canonical_url"], "title": d["title"], "date": d["published_at"]}
                            for d in docs])
        ours["requests"] = len(site.hits)
        ours["not_articles_counted"] = result["sources"]["qsrd"].get("not_articles", {})
        ours["unvisited"] = result["sources"]["qsrd"].get("unvisited", 0)
        site.reset()
        out = Path(tmp) / "baseline.json"
        subprocess.run([sys.executable, __file__, "--baseline", site.base_url + "/", str(out)], check=True,
                       cwd=REPO)
        base = score(site, json.loads(out.read_text(encoding="utf-8")))
        base["requests"] = len(site.hits)
        base["page_cap"] = BASELINE_PAGE_CAP
    print(json.dumps({"bench": "discover", "site": "homesite (8 columns, 7 paging styles)", "siqing": ours,
                      "baseline_scrapy_follow_all_trafilatura": base}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
