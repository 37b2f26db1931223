"""ListingSpider: a source whose articles are reached from paginated list pages.

What a source must provide (config/sources.yaml): `start_urls` pointing at list pages (a
column's `index.html`, say). Article links and pagination are found by structure
(crawlers/discover.py); article fields by crawlers/extract, with the source's `selectors` first.

Incremental: links already stored are not fetched again; the pagination stops at the first
list page with nothing new inside the crawl window; articles published in the last
`revisit_days` get a conditional request (ETag / Last-Modified) so a changed body becomes a
new revision.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from typing import Any

import lxml.html
from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers.discover import article_links, canonical, next_page
from crawlers.extract import decode_html, extract
from crawlers.items import ArticleItem
from siqing import clock
from siqing.store import Store

logger = logging.getLogger(__name__)


def header_charset(response: Response) -> str | None:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip().strip("\"'")
    return None


class ListingSpider(Spider):
    name = "listing"

    def __init__(self, source: str, database_url: str, window_days: int = 14, revisit_days: int = 3,
                 max_pages: int = 2000, **kwargs: Any) -> None:
        self.source: dict[str, Any] = json.loads(source)
        super().__init__(name=f"source-{self.source['id']}", **kwargs)
        self.start_urls = list(self.source["start_urls"])
        self.database_url = database_url
        self.window_start: date = clock.today() - timedelta(days=int(window_days))
        self.revisit_since: date = clock.today() - timedelta(days=int(revisit_days))
        self.max_pages = int(max_pages)
        self.pages = 0
        self.known: set[str] = set()
        self.revisits: list[dict[str, Any]] = []

    def _stat(self, key: str, n: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key, n)

    def _budget_left(self) -> bool:
        if self.pages >= self.max_pages:
            self._stat("siqing/dropped/page_budget")
            return False
        self.pages += 1
        return True

    async def start(self) -> AsyncIterator[Any]:
        store = Store(self.database_url)
        try:
            self.known = store.known_urls(self.source["id"])
            self.revisits = store.revisit_candidates(self.source["id"], self.revisit_since.isoformat())
        finally:
            store.close()
        for url in self.start_urls:
            yield Request(url, callback=self.parse_list, errback=self.on_error, dont_filter=True,
                          meta={"siqing_page": "list"})
        for doc in self.revisits:
            headers = {}
            if doc.get("etag"):
                headers["If-None-Match"] = doc["etag"]
            if doc.get("last_modified"):
                headers["If-Modified-Since"] = doc["last_modified"]
            self._stat("siqing/revisits")
            yield Request(doc["url"], callback=self.parse_article, errback=self.on_error, headers=headers,
                          dont_filter=True, meta={"handle_httpstatus_list": [304], "siqing_page": "revisit"})

    def parse_list(self, response: Response) -> Iterator[Request]:
        self._stat("siqing/pages/list")
        html = decode_html(response.body, self.source.get("encoding") or header_charset(response))
        try:
            doc = lxml.html.document_fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            self._stat("siqing/errors/bad_list_page")
            logger.warning("unparseable list page: %s", response.url)
            return
        links = article_links(doc, response.url)
        if not links:
            self._stat("siqing/lists/no_links")
        fresh = 0
        for link in links:
            key = canonical(link.url)
            if key in self.known:
                self._stat("siqing/links/known")
                continue
            if link.list_date is not None and link.list_date < self.window_start:
                self._stat("siqing/links/out_of_window")
                continue
            fresh += 1
            self.known.add(key)  # a link listed on two pages is fetched once
            if self._budget_left():
                yield Request(link.url, callback=self.parse_article, errback=self.on_error,
                              meta={"siqing_page": "article", "list_date": link.list_date})
        # Lists are newest first: a page with nothing new means the pages after it hold nothing
        # new either (a calendar trap or an endless pager is cut here, and by the page budget).
        if fresh:
            nxt = next_page(doc, response.url)
            if nxt and self._budget_left():
                yield Request(nxt, callback=self.parse_list, errback=self.on_error, meta={"siqing_page": "list"})

    def parse_article(self, response: Response) -> Iterator[ArticleItem]:
        if response.status == 304:
            self._stat("siqing/items/not_modified")
            return
        self._stat("siqing/pages/article")
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if ctype and "html" not in ctype.lower():
            self._stat("siqing/dropped/not_html")
            logger.info("not an HTML page: %s (%s)", response.url, ctype)
            return
        try:
            art = extract(
                response.body,
                url=response.url,
                selectors=self.source.get("selectors") or None,
                headers_charset=self.source.get("encoding") or header_charset(response),
            )
        except Exception as exc:  # an extractor bug on one page must not stop the crawl
            self._stat("siqing/errors/extraction")
            logger.warning("extraction failed on %s: %s: %s", response.url, exc.__class__.__name__, exc)
            return
        list_date = response.meta.get("list_date")
        yield ArticleItem(
            source_id=self.source["id"],
            url=response.url,
            canonical_url=canonical((response.meta.get("redirect_urls") or [response.url])[0]),
            title=art.title,
            published_at=art.published_at,
            list_date=list_date.isoformat() if list_date else None,
            source_name=art.source,
            author=art.author,
            body=art.body,
            attachments=art.attachments,
            snapshot=response.body,
            content_type=ctype or None,
            etag=response.headers.get(b"ETag", b"").decode("latin-1") or None,
            last_modified=response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
        )

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        reason = failure.type.__name__ if failure.type else "error"
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if status:
            reason = f"http_{status}"
        self._stat(f"siqing/errors/{reason}")
        logger.warning("fetch failed: %s (%s)", url, reason)
