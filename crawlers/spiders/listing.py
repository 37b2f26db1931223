"""ListingSpider: a source whose articles are reached from paginated list pages.

What a source must provide (config/sources.yaml): `start_urls` pointing at list pages (a
column's `index.html`, say). Article links and pagination are found by structure
(crawlers/discover.py); article fields by crawlers/extract, with the source's `selectors` first.

Incremental: links already stored are not fetched again; the pagination stops at the first
list page with nothing new inside the crawl window, and after `max_list_pages` pages of one
column (an endless pager); articles published in the last `revisit_days` get a conditional
request (ETag / Last-Modified) so a changed body becomes a new revision (crawlers/spiders/base.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import lxml.etree
import lxml.html
from scrapy import Request
from scrapy.http import Response

from crawlers.discover import article_links, next_page
from crawlers.extract import decode_html
from crawlers.spiders.base import SourceSpider, header_charset

logger = logging.getLogger(__name__)


class ListingSpider(SourceSpider):
    name = "listing"

    def list_requests(self) -> Iterable[Request]:
        for url in self.start_urls:
            yield self.request(url, self.parse_list, "list", dont_filter=True, meta={"list_depth": 1})

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
        yield from self.follow(links)
        # Lists are newest first: a page with nothing new means the pages after it hold nothing
        # new either (a calendar trap or an endless pager is cut here, and by the page limits).
        if not self.fresh:
            return
        nxt = next_page(doc, response.url)
        if not nxt:
            return
        depth = int(response.meta.get("list_depth", 1))
        if depth >= self.max_list_pages:
            self._stat("siqing/dropped/pagination_limit")
            logger.warning("pagination cut after %d list pages: %s", depth, response.url)
            return
        if self._budget_left():
            yield self.request(nxt, self.parse_list, "list", meta={"list_depth": depth + 1})
