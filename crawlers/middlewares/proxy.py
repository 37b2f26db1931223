"""Every request of a source's crawl goes through the source's `proxy`, robots.txt included.

The spiders put the proxy on the requests they make; Scrapy's robots.txt middleware makes its own
request, without it, so a site reachable only through the proxy had its robots.txt fetched
directly (and a refused connection read as "no robots.txt").
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler


class SourceProxyMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceProxyMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        source = getattr(self.crawler.spider, "source", None) or {}
        proxy = source.get("proxy")
        if proxy and "proxy" not in request.meta:
            request.meta["proxy"] = proxy
