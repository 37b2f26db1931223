"""SourceSpider: what every base spider shares (incremental state, articles, attachments, errors).

A subclass only says how to find article links (`list_requests` and its callbacks); following the
links (known, out of the window, in the future, over budget), fetching and extracting articles,
fetching their attachments' text, the conditional revisits and the counting of every failure by
reason live here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers import reasons
from crawlers.discover import Link, canonical
from crawlers.extract import extract
from crawlers.importers import attachment_text
from crawlers.items import ArticleItem
from crawlers.middlewares.scope import in_scope
from siqing import clock
from siqing.store import Store

logger = logging.getLogger(__name__)
ATTACHMENT_TYPES = ("pdf", "docx", "xlsx")


def header_charset(response: Response) -> str | None:
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip().strip("\"'")
    return None


class SourceSpider(Spider):
    name = "source"

    def __init__(self, source: str, database_url: str, window_days: int = 14, revisit_days: int = 3,
                 max_pages: int = 2000, max_list_pages: int = 50, attachments: int = 5,
                 attachment_bytes: int = 20 * 1024 * 1024, attachment_chars: int = 100_000,
                 **kwargs: Any) -> None:
        self.source: dict[str, Any] = json.loads(source)
        super().__init__(name=f"source-{self.source['id']}", **kwargs)
        self.start_urls = list(self.source["start_urls"])
        self.database_url = database_url
        self.today: date = clock.today()
        self.window_start: date = self.today - timedelta(days=int(window_days))
        self.revisit_since: date = self.today - timedelta(days=int(revisit_days))
        self.max_pages = int(max_pages)
        self.max_list_pages = int(max_list_pages)
        self.max_attachments = int(attachments)
        self.attachment_bytes = int(attachment_bytes)
        self.attachment_chars = int(attachment_chars)
        self.pages = 0
        self.known: set[str] = set()
        self.met: set[str] = set()  # links first met in this crawl
        self.unvisited: list[str] = []  # a sample of the pages left unvisited
        self.explored: set[str] = set()  # pages asked for as possible columns (crawlers/spiders/listing.py)
        self.revisits: list[dict[str, Any]] = []

    # helpers ---------------------------------------------------------------------------------

    def _stat(self, key: str, n: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key, n)

    def _budget_left(self) -> bool:
        if self.pages >= self.max_pages:
            self._stat("siqing/dropped/page_budget")
            return False
        self.pages += 1
        return True

    def _left(self, url: str) -> None:
        """Count a page not visited (a budget, a trap, a depth limit) and keep a few to report."""
        self._stat("siqing/unvisited")
        if len(self.unvisited) < 20:
            self.unvisited.append(url)

    def request(self, url: str, callback: Any, page: str, **kwargs: Any) -> Request:
        """A request with the source's proxy, our errback and the page kind in meta."""
        meta = dict(kwargs.pop("meta", {}) or {})
        meta["siqing_page"] = page
        if self.source.get("proxy"):
            meta["proxy"] = self.source["proxy"]
        return Request(url, callback=callback, errback=self.on_error, meta=meta, **kwargs)

    # the crawl ---------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        store = Store(self.database_url)
        try:
            self.known = store.known_urls(self.source["id"])
            self.revisits = store.revisit_candidates(self.source["id"], self.revisit_since.isoformat())
            self.load_state(store)
        finally:
            store.close()
        for req in self.list_requests():
            yield req
        for doc in self.revisits:
            headers = {}
            if doc.get("etag"):
                headers["If-None-Match"] = doc["etag"]
            if doc.get("last_modified"):
                headers["If-Modified-Since"] = doc["last_modified"]
            self._stat("siqing/revisits")
            yield self.request(doc["url"], self.parse_article, "revisit", headers=headers, dont_filter=True,
                               meta={"handle_httpstatus_list": [304]})

    def load_state(self, store: Store) -> None:
        """Read what a subclass keeps between crawls (the store is open only during start)."""

    def list_requests(self) -> Iterable[Request]:
        """The first requests of the listing (list pages, feeds, sitemaps, API pages)."""
        raise NotImplementedError

    def follow(self, links: Iterable[Link]) -> Iterator[Request]:
        """Requests for the links worth fetching; sets self.fresh to how many were new."""
        self.fresh = 0
        soon = self.today + timedelta(days=1)
        for link in links:
            key = canonical(link.url)
            if key in self.known:
                if key in self.met:
                    # Met earlier in this crawl (the front page lists what its columns list): still new
                    # to the store, so the list it is on is not a list with nothing new.
                    self.fresh += 1
                self._stat("siqing/links/known")
                continue
            if link.list_date is not None and link.list_date < self.window_start:
                self._stat("siqing/links/out_of_window")
                continue
            if link.list_date is not None and link.list_date > soon:
                # Calendars list days that have not come yet, page after page: a trap.
                self._stat("siqing/dropped/future_date")
                continue
            self.fresh += 1
            self.known.add(key)  # a link listed on two pages is fetched once
            self.met.add(key)
            if not self._budget_left():
                self._left(link.url)
            else:
                # dont_filter: a page first read while looking for columns (and found not to be
                # one) is fetched again as an article; self.known already keeps articles single.
                yield self.request(link.url, self.parse_article, "article", dont_filter=key in self.explored,
                                   meta={"list_date": link.list_date, "weak": link.weak})

    # articles ---------------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        if response.status == 304:
            self._stat("siqing/items/not_modified")
            return
        self._stat("siqing/pages/article")
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
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
        if response.meta.get("weak") and not art.published_at:
            # Nothing but its place in a list says this is an article, and it has no date: a
            # static page (机构设置, 领导介绍) listed like news, not stored.
            self._stat("siqing/not_article/undated_page")
            return
        item = ArticleItem(
            source_id=self.source["id"],
            url=response.url,
            canonical_url=canonical((response.meta.get("redirect_urls") or [response.url])[0]),
            title=art.title,
            published_at=art.published_at,
            list_date=list_date.isoformat() if list_date else None,
            source_name=art.source,
            author=art.author,
            body=art.body,
            attachments=[dict(a) for a in art.attachments],
            snapshot=response.body,
            content_type=ctype or None,
            etag=(response.headers.get(b"ETag") or b"").decode("latin-1") or None,
            last_modified=(response.headers.get(b"Last-Modified") or b"").decode("latin-1") or None,
        )
        yield from self._next_attachment(item, self._fetchable(item["attachments"]))

    def _fetchable(self, attachments: list[dict[str, Any]]) -> list[int]:
        """Indexes of the attachments whose text we fetch: readable types, in scope, a few."""
        picked = []
        for i, att in enumerate(attachments):
            if (att.get("type") or "").lower() in ATTACHMENT_TYPES and in_scope(att["url"], self.source):
                picked.append(i)
        if len(picked) > self.max_attachments:
            self._stat("siqing/dropped/attachment_limit", len(picked) - self.max_attachments)
        return picked[: self.max_attachments]

    def _next_attachment(self, item: ArticleItem, pending: list[int]) -> Iterator[Any]:
        """Fetch the attachments one after another; the item goes on when all are done."""
        if not pending:
            yield item
            return
        idx, rest = pending[0], pending[1:]
        url = item["attachments"][idx]["url"]
        # dont_filter: two articles may share an attachment, and each needs its text.
        yield Request(url, callback=self.parse_attachment, errback=self.attachment_failed, dont_filter=True,
                      meta={"siqing_page": "attachment", "item": item, "index": idx, "pending": rest,
                            "download_maxsize": self.attachment_bytes,
                            **({"proxy": self.source["proxy"]} if self.source.get("proxy") else {})})

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        item, idx = response.meta["item"], response.meta["index"]
        att = item["attachments"][idx]
        self._stat("siqing/pages/attachment")
        try:
            text = attachment_text(att["type"], response.body, self.attachment_chars)
            att["text"] = text
            self._stat("siqing/attachments/text")
        except Exception as exc:  # a broken PDF is common; the article is still worth storing
            self._stat("siqing/errors/attachment_unreadable")
            logger.warning("attachment unreadable: %s: %s: %s", response.url, exc.__class__.__name__, exc)
        yield from self._next_attachment(item, response.meta["pending"])

    def attachment_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        bucket, reason = reasons.classify(failure.value)
        self._stat(f"siqing/{bucket}/attachment_{reason}")
        logger.warning("attachment not fetched: %s (%s)", request.url, reason)
        yield from self._next_attachment(request.meta["item"], request.meta["pending"])

    # failures ---------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        bucket, reason = reasons.classify(failure.value)
        reasons.count(self.crawler.stats, bucket, reason)
        if bucket == reasons.ERRORS:
            logger.warning("fetch failed: %s (%s)", url, reason)
        else:
            logger.info("not fetched: %s (%s)", url, reason)
