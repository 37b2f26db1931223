"""One crawl, in its own process: `python -m crawlers.run --config PATH [--source ID]...`.

Twisted's reactor cannot be restarted, so a long-lived process (`siqing serve`) runs each crawl
as a child process of this module. The child writes the run record (per-source counts) and prints
its id as JSON on its last line of standard output.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import uuid
from collections import deque
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
CRAWL_LOCK = "crawl"  # one crawl at a time per store, whoever starts it (the CLI or `serve`)
# Sources crawled at once: each running spider holds its own downloader and sockets, so a province's
# 1,000 sources all at once would exhaust the open-file limit; the rest wait their turn.
MAX_PARALLEL_SOURCES = 32


class BatchedCrawlerProcess(CrawlerProcess):
    """A CrawlerProcess that starts queued crawls as running ones end, and none after SIGTERM."""

    def __init__(self, settings: Settings, limit: int) -> None:
        super().__init__(settings, install_root_handler=False)
        self.limit = limit
        self.queue: deque[tuple[Crawler, dict[str, Any]]] = deque()
        self.running = 0
        self.stopping = False
        self.started: set[int] = set()

    def enqueue(self, crawler: Crawler, kwargs: dict[str, Any]) -> None:
        self.queue.append((crawler, kwargs))

    def launch(self) -> None:
        while self.queue and self.running < self.limit and not self.stopping:
            crawler, kwargs = self.queue.popleft()
            self.running += 1
            self.started.add(id(crawler))
            self.crawl(crawler, **kwargs).addBoth(self._ended)

    def _ended(self, result: Any) -> Any:
        self.running -= 1
        self.launch()
        return result

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        self.stopping = True  # SIGTERM or Ctrl-C: the running spiders close, the queued never start
        self.queue.clear()
        super()._signal_shutdown(signum, frame)


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
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    try:
        holder = store.take_lock(CRAWL_LOCK, owner)
        if holder is not None:
            raise SiqingError(f"另一个采集正在进行（{holder}），本次未启动；请等它结束后再试（siqing status 可查看）")
        try:
            run_id = store.start_run("crawl")
            try:
                return _crawl(cfg, store, run_id, sources)
            except BaseException as exc:  # the run record must never be left "running"
                store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
                raise
        finally:
            store.release_lock(CRAWL_LOCK, owner)
    finally:
        store.close()


class Progress:
    """One line on standard error as each source finishes (`进度 3/12：…`), relayed by the CLI."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self._receivers: list[Any] = []  # Scrapy holds signal receivers weakly: keep them alive

    def watch(self, source_id: str, crawler: Crawler) -> None:
        from scrapy import signals

        def closed(spider: Any = None, reason: str = "") -> None:
            self.done += 1
            c = summarize(crawler.stats.get_stats() if crawler.stats else {})
            errors = sum(c["errors"].values())
            print(f"进度 {self.done}/{self.total}：{source_id} 完成，请求 {c['requests']}，新增 {c['new']}，"
                  f"更新 {c['revised']}，错误 {errors}", file=sys.stderr, flush=True)

        self._receivers.append(closed)
        crawler.signals.connect(closed, signal=signals.spider_closed)


def _crawl(cfg: siqing_config.Config, store: Store, run_id: int,
           sources: list[siqing_config.SourceConfig]) -> dict[str, Any]:
    """Run every source's spider in one Scrapy process; write per-source counts and health."""
    previous = {r["id"]: json.loads(r["health"] or "{}") for r in store.source_rows()}
    settings = scrapy_settings(cfg)
    process = BatchedCrawlerProcess(settings, MAX_PARALLEL_SOURCES)
    crawlers: dict[str, Crawler] = {}
    c = cfg.settings.crawl
    progress = Progress(len(sources))
    for src in sources:
        store.register_source(src.id, src.name, src.level, src.region, asdict(src))
        crawler = process.create_crawler(SPIDERS[src.listing])
        crawlers[src.id] = crawler
        progress.watch(src.id, crawler)
        process.enqueue(
            crawler,
            dict(source=json.dumps(asdict(src), ensure_ascii=False),
            database_url=cfg.database_url,
            window_days=c.window_days,
            revisit_days=c.revisit_days,
            max_pages=src.max_pages or c.max_pages_per_source,
            max_list_pages=c.max_list_pages,
            max_depth=c.max_depth,
            attachments=c.attachments,
            attachment_bytes=c.max_attachment_bytes),
        )
    status, error = "ok", None
    try:
        process.launch()
        process.start()
    except Exception as exc:  # the run record must say what happened, whatever it was
        status, error = "failed", f"{exc.__class__.__name__}: {exc}"
    if process.stopping:
        status, error = "interrupted", "收到停止信号（SIGTERM 或 Ctrl-C），采集提前结束；未开始的来源留待下次"
    per_source: dict[str, Any] = {}
    for sid, crawler in crawlers.items():
        if id(crawler) not in process.started:
            continue  # never started (stopped first): its health stays as the last crawl left it
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
