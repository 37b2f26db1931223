"""Retries with exponential backoff, honouring Retry-After (replaces Scrapy's RetryMiddleware).

Scrapy's own middleware re-queues a failed request at once, which hammers a struggling site.
Here the retry carries a delay (base * 2**attempt, or the server's Retry-After, capped) and the
request waits that long in `process_request` before it reaches the downloader again. The wait
is an asyncio sleep, so the rest of the crawl goes on meanwhile.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)
DELAY_KEY = "siqing_retry_delay"


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base_delay = settings.getfloat("SIQING_RETRY_BASE_DELAY", 1.0)
        self.max_delay = settings.getfloat("SIQING_RETRY_MAX_DELAY", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        o = cls(crawler.settings)
        o.crawler = crawler
        return o

    def backoff(self, request: Request, retry_after: float | None = None) -> float:
        """The wait before the next attempt of a request."""
        attempt = int(request.meta.get("retry_times", 0))
        delay = self.base_delay * (2**attempt)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.max_delay)

    async def process_request(self, request: Request) -> None:
        delay = request.meta.pop(DELAY_KEY, None)
        if delay:
            await asyncio.sleep(float(delay))

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = self.backoff(request, retry_after_seconds(response.headers.get(b"Retry-After")))
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        retry.meta[DELAY_KEY] = wait
        self._count_retry(f"http_{response.status}")
        logger.info("retrying %s in %.2fs (HTTP %s)", request.url, wait, response.status)
        return retry

    def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        wait = self.backoff(request)
        retry = self._retry(request, exception)
        if retry is None:
            return None
        retry.meta[DELAY_KEY] = wait
        self._count_retry(exception.__class__.__name__)
        logger.info("retrying %s in %.2fs (%s)", request.url, wait, exception.__class__.__name__)
        return retry

    def _count_retry(self, reason: str) -> None:
        stats: Any = self.crawler.stats
        if stats is not None:
            stats.inc_value(f"siqing/retries/{reason}")
