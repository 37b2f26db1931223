"""A worker's request leaves its in-flight hash only when every article its callback produced has left the item
pipelines and every request it yielded is in the shared queue: Scrapy queues a callback's output for the pipelines
and the scheduler and can finish the callback's output first, and a worker killed in between must not lose the
article, or the article links of a list page (the request is put back for another worker)."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
import redis
from scrapy import Request, Spider, signals
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawlers.distributed import AckMiddleware, gen_key, request_enqueued
from crawlers.items import ArticleItem

GEN, SID, WORKER = "7", "src", "w1"


class _Source(Spider):
    name = "ack-test"
    source = {"id": SID}


def _claimed(url: str, token: str) -> tuple[AckMiddleware, Any, redis.Redis, HtmlResponse]:
    crawler = get_crawler(_Source, {"REDIS_URL": url, "SIQING_GENERATION": GEN, "SIQING_WORKER_ID": WORKER})
    crawler.spider = crawler._create_spider()
    server = redis.Redis.from_url(url)
    server.hset(gen_key(GEN, "inflight", SID, WORKER), token, b"request")
    request = Request("http://example.test/a.html", meta={"siqing_claim": token})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    return AckMiddleware.from_crawler(crawler), crawler, server, response


def _inflight(server: redis.Redis) -> set[str]:
    return {k.decode() if isinstance(k, bytes) else k for k in server.hkeys(gen_key(GEN, "inflight", SID, WORKER))}


def test_a_request_stays_in_flight_until_its_article_left_the_pipelines(redis_url: str) -> None:
    mw, crawler, server, response = _claimed(redis_url, "t1")
    item = ArticleItem(url=response.url, title="某县人大常委会召开会议")
    out = list(mw.process_spider_output(response, iter([item, Request("http://example.test/b.html")])))
    assert len(out) == 2
    assert _inflight(server) == {"t1"}  # the output is queued, the article not stored yet
    crawler.signals.send_catch_log(signals.item_scraped, item=item, response=response, spider=crawler.spider)
    assert _inflight(server) == {"t1"}  # stored, but the link it gave is not in the shared queue yet
    assert out[1].meta["siqing_parent"] == "t1"
    crawler.signals.send_catch_log(request_enqueued, parent="t1", request=out[1])
    assert _inflight(server) == set()


def test_a_dropped_article_or_an_output_without_articles_acknowledges(redis_url: str) -> None:
    mw, crawler, server, response = _claimed(redis_url, "t2")
    item = ArticleItem(url=response.url, title="某市政协召开常委会议")
    list(mw.process_spider_output(response, iter([item])))
    crawler.signals.send_catch_log(signals.item_dropped, item=item, response=response, exception=ValueError("x"),
                                   spider=crawler.spider)
    assert _inflight(server) == set()
    server.hset(gen_key(GEN, "inflight", SID, WORKER), "t3", b"request")
    request = Request("http://example.test/list.html", meta={"siqing_claim": "t3"})
    listing = HtmlResponse(request.url, body=b"<html></html>", request=request)
    links = list(mw.process_spider_output(listing, iter([Request("http://example.test/c.html"),
                                                           Request("http://example.test/d.html")])))
    assert _inflight(server) == {"t3"}  # a list page's links wait in Scrapy's own queue: not yet in Redis
    crawler.signals.send_catch_log(request_enqueued, parent="t3", request=links[0])
    assert _inflight(server) == {"t3"}
    crawler.signals.send_catch_log(request_enqueued, parent="t3", request=links[1])  # (or refused there as seen)
    assert _inflight(server) == set()


# (scrapy-redis's own enqueue_request passes the spider to the stats, which Scrapy now warns of: not what is tested)
@pytest.mark.filterwarnings("ignore::scrapy.exceptions.ScrapyDeprecationWarning")
def test_a_request_is_marked_seen_only_with_its_place_in_the_queue(redis_url: str, monkeypatch: Any) -> None:
    """The dupe filter's mark and the queue's entry are one atomic step: a worker dying between two separate calls
    (scrapy-redis marks, then pushes) would leave a request seen and queued nowhere, which its parent page, put back
    for another worker, yields again only to be refused as seen. Here the separate push fails, as a dying worker's
    would: the request must be both seen and queued, or neither."""
    from crawlers.distributed import ReliableScheduler

    g = f"siqing:{GEN}"
    crawler = get_crawler(_Source, {
        "REDIS_URL": redis_url, "SIQING_GENERATION": GEN, "SIQING_WORKER_ID": WORKER,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue", "SCHEDULER_QUEUE_KEY": g + ":%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": g + ":%(spider)s:dupefilter", "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True})
    crawler.spider = crawler._create_spider()
    scheduler = ReliableScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)

    def dying_push(_request: Request) -> None:
        raise redis.ConnectionError("the worker died here")

    monkeypatch.setattr(scheduler.queue, "push", dying_push)
    request = Request("http://example.test/article-1.html")
    with contextlib.suppress(redis.ConnectionError):
        scheduler.enqueue_request(request)
    seen = bool(scheduler.server.sismember(scheduler.df.key, scheduler.df.request_fingerprint(request)))
    queued = scheduler.server.llen(scheduler.queue.key)
    assert (seen, queued) in ((True, 1), (False, 0))
    # ... and once queued, the same request again is refused, a request not to be filtered is queued again
    assert not scheduler.enqueue_request(Request("http://example.test/article-1.html"))
    assert scheduler.enqueue_request(Request("http://example.test/article-1.html", dont_filter=True))
    assert scheduler.server.llen(scheduler.queue.key) == queued + 1
