"""Retry middleware: Retry-After parsing and the exponential backoff schedule."""

from __future__ import annotations

import email.utils
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler
from twisted.internet.error import TimeoutError as TxTimeoutError

from crawlers.middlewares.retry import DELAY_KEY, BackoffRetryMiddleware, retry_after_seconds

NOW = 1_750_000_000.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 300, usegmt=True), 0.0),  # a date in the past: no wait
        (None, None),
        (b"", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
    ],
)
def test_retry_after_parsing(value: Any, expected: float | None) -> None:
    got = retry_after_seconds(value, now=NOW)
    assert got == (pytest.approx(expected) if expected is not None else None)


class _Spider(Spider):
    name = "t"


def _mw(**settings: Any) -> BackoffRetryMiddleware:
    crawler = get_crawler(_Spider, {"SIQING_RETRY_BASE_DELAY": 0.5, "SIQING_RETRY_MAX_DELAY": 6.0,
                                    "RETRY_TIMES": 5, **settings})
    crawler.spider = _Spider.from_crawler(crawler)
    crawler.stats.open_spider()
    return BackoffRetryMiddleware.from_crawler(crawler)


def test_backoff_schedule_doubles_and_caps() -> None:
    mw = _mw()
    waits = [mw.backoff(Request("http://a.test/", meta={"retry_times": n})) for n in range(6)]
    assert waits == [0.5, 1.0, 2.0, 4.0, 6.0, 6.0]
    # Retry-After longer than the backoff wins, up to the cap; shorter does not shorten it.
    assert mw.backoff(Request("http://a.test/", meta={"retry_times": 1}), retry_after=3.0) == 3.0
    assert mw.backoff(Request("http://a.test/", meta={"retry_times": 2}), retry_after=0.1) == 2.0
    assert mw.backoff(Request("http://a.test/"), retry_after=3600.0) == 6.0


def test_response_429_is_retried_after_retry_after() -> None:
    mw = _mw()
    req = Request("http://a.test/list.html")
    resp = Response(req.url, status=429, headers={"Retry-After": "4"}, request=req)
    retry = mw.process_response(req, resp)
    assert isinstance(retry, Request) and retry.url == req.url
    assert retry.meta[DELAY_KEY] == 4.0 and retry.meta["retry_times"] == 1
    assert mw.crawler.stats.get_value("siqing/retries/http_429") == 1


def test_successive_503s_back_off_then_give_up() -> None:
    mw = _mw(RETRY_TIMES=3)
    req = Request("http://a.test/a.html")
    delays = []
    while True:
        out = mw.process_response(req, Response(req.url, status=503, request=req))
        if not isinstance(out, Request):
            break
        delays.append(out.meta[DELAY_KEY])
        req = out
    assert delays == [0.5, 1.0, 2.0]
    assert isinstance(out, Response) and out.status == 503  # the last answer goes on to be counted


def test_timeouts_are_retried_with_backoff_and_404_is_not() -> None:
    mw = _mw()
    req = Request("http://a.test/a.html", meta={"retry_times": 2})
    retry = mw.process_exception(req, TxTimeoutError())
    assert isinstance(retry, Request) and retry.meta[DELAY_KEY] == 2.0
    assert mw.crawler.stats.get_value("siqing/retries/TimeoutError") == 1
    resp = Response(req.url, status=404, request=req)
    assert mw.process_response(req, resp) is resp
    assert mw.process_response(Request(req.url, meta={"dont_retry": True}),
                               Response(req.url, status=503)).status == 503
