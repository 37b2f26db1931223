"""One crawl, in its own process: `python -m crawlers.run --config PATH [--source ID]...`.

Twisted's reactor cannot be restarted, so a long-lived process (`siqing serve`) runs each crawl
as a child process of this module. The child writes the run record (per-source counts) and prints
its id as JSON on its last line of standard output.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawlers import settings as default_settings
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.feeds import JsonApiSpider, RssSpider, SitemapSpider
from crawlers.spiders.listing import ListingSpider
from siqing import config as siqing_config
from siqing.errors import SiqingError
from siqing.store import Store

SPIDERS: dict[str, type[SourceSpider]] = {
    "listing": ListingSpider,
    "rss": RssSpider,
    "sitemap": SitemapSpider,
    "json-api": JsonApiSpider,
}
HEALTH_KEYS = ("pages_list", "pages_article", "new", "revised", "unchanged", "no_date")


def scrapy_settings(cfg: siqing_config.Config) -> Settings:
    """Scrapy settings from crawlers/settings.py, overlaid by the deployment's crawl section."""
    c = cfg.settings.crawl
    s = Settings()
    s.setmodule(default_settings, priority="project")
    s.setdict(
        {
            "ROBOTSTXT_OBEY": c.obey_robots,
            "USER_AGENT": c.user_agent,
            "CONCURRENT_REQUESTS": c.concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": c.concurrency_per_domain,
            "DOWNLOAD_DELAY": c.download_delay,
            "DOWNLOAD_TIMEOUT": c.timeout,
            "DOWNLOAD_MAXSIZE": c.max_page_bytes,
            "AUTOTHROTTLE_ENABLED": c.autothrottle,
            "RETRY_TIMES": c.retries,
            "SIQING_RETRY_BASE_DELAY": c.retry_base_delay,
            "SIQING_DATABASE_URL": cfg.database_url,
        },
        priority="cmdline",
    )
    return s


def summarize(stats: dict[str, Any]) -> dict[str, Any]:
    """The per-source counts a run record keeps, from a crawler's Scrapy stats."""
    out: dict[str, Any] = {
        "requests": stats.get("downloader/request_count", 0),
        "pages_list": stats.get("siqing/pages/list", 0),
        "pages_article": stats.get("siqing/pages/article", 0),
        "new": stats.get("siqing/items/new", 0),
        "revised": stats.get("siqing/items/revised", 0),
        "unchanged": stats.get("siqing/items/unchanged", 0) + stats.get("siqing/items/not_modified", 0),
        "no_date": stats.get("siqing/items/no_date", 0),
        "revisits": stats.get("siqing/revisits", 0),
        "not_modified": stats.get("siqing/items/not_modified", 0),
        "attachments": stats.get("siqing/attachments/text", 0),
        "retries": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("siqing/retries/")},
        "dropped": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("siqing/dropped/")},
        "errors": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("siqing/errors/")},
        # Pages read while looking for columns that are not articles (static, login, search pages).
        "not_articles": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("siqing/not_article/")},
        "unvisited": stats.get("siqing/unvisited", 0),
        "unvisited_sample": stats.get("siqing/unvisited_sample", []),
    }
    out["items"] = out["new"] + out["revised"] + out["unchanged"]
    return out


def health_flags(counts: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
    """Signs of a redesigned or broken site: no links or items where there were some, articles
    without dates, nothing fetched at all."""
    flags = []
    had_items = bool(previous and (previous.get("items") or previous.get("links_known")))
    # Nothing where there was something (a redesign), or nothing on a first crawl (wrong URLs).
    if counts["pages_list"] and not counts["items"] and not counts.get("links_known") and (had_items or not previous):
        flags.append("no_items")
    new_items = counts["new"] + counts["revised"]
    if counts["pages_article"] >= 3 and counts["no_date"] >= max(3, int(0.9 * counts["pages_article"])) or new_items >= 3 and counts["no_date"] >= new_items:
        flags.append("no_dates")
    if counts["requests"] == 0 or (counts["pages_list"] == 0 and sum(counts["errors"].values())):
        flags.append("unreachable")
    return flags


def crawl(cfg: siqing_config.Config, source_ids: list[str] | None = None) -> dict[str, Any]:
    """Crawl the enabled sources (or the named ones) once; record and return the run."""
    sources = [cfg.source(i) for i in source_ids] if source_ids else [s for s in cfg.sources if s.enabled]
    store = Store(cfg.database_url)
    run_id = store.start_run("crawl")
    try:
        return _crawl(cfg, store, run_id, sources)
    except BaseException as exc:  # the run record must never be left "running"
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    finally:
        store.close()


def _crawl(cfg: siqing_config.Config, store: Store, run_id: int,
           sources: list[siqing_config.SourceConfig]) -> dict[str, Any]:
    """Run every source's spider in one Scrapy process; write per-source counts and health."""
    previous = {r["id"]: json.loads(r["health"] or "{}") for r in store.source_rows()}
    settings = scrapy_settings(cfg)
    process = CrawlerProcess(settings, install_root_handler=False)
    crawlers: dict[str, Crawler] = {}
    c = cfg.settings.crawl
    for src in sources:
        store.register_source(src.id, src.name, src.level, src.region, asdict(src))
        crawler = process.create_crawler(SPIDERS[src.listing])
        crawlers[src.id] = crawler
        process.crawl(
            crawler,
            source=json.dumps(asdict(src), ensure_ascii=False),
            database_url=cfg.database_url,
            window_days=c.window_days,
            revisit_days=c.revisit_days,
            max_pages=src.max_pages or c.max_pages_per_source,
            max_list_pages=c.max_list_pages,
            attachments=c.attachments,
            attachment_bytes=c.max_attachment_bytes,
        )
    status, error = "ok", None
    try:
        process.start()
    except Exception as exc:  # the run record must say what happened, whatever it was
        status, error = "failed", f"{exc.__class__.__name__}: {exc}"
    per_source: dict[str, Any] = {}
    for sid, crawler in crawlers.items():
        counts = summarize(crawler.stats.get_stats() if crawler.stats else {})
        counts["links_known"] = (crawler.stats.get_value("siqing/links/known", 0) if crawler.stats else 0)
        counts["flags"] = health_flags(counts, previous.get(sid))
        per_source[sid] = counts
        store.set_source_health(sid, counts)
    totals = {k: sum(v[k] for v in per_source.values()) for k in ("requests", "new", "revised", "unchanged")}
    store.finish_run(run_id, status, {"sources": per_source, "totals": totals}, error)
    return {"run_id": run_id, "status": status, "sources": per_source, "totals": totals, "error": error}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.run")
    parser.add_argument("--config", required=True)
    parser.add_argument("--source", action="append", default=[])
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    # Scrapy's own loggers would otherwise format every DEBUG record (one per request and item).
    logging.getLogger("scrapy").setLevel(args.log_level)
    try:
        cfg = siqing_config.load(args.config)
        result = crawl(cfg, args.source or None)
    except SiqingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["status"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
