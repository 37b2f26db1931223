"""Base spiders for sources that publish feeds: RSS/Atom, XML sitemaps and JSON list APIs.

`listing: rss` takes the start URLs as feeds; `listing: sitemap` as sitemaps (an index's child
sitemaps are followed); `listing: json-api` as API pages whose objects carry article URLs. A
start URL containing `{page}` is paged (1, 2, ...) until a page brings nothing new.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response

from crawlers.feeds import json_links, rss_links, sitemap_links
from crawlers.spiders.base import SourceSpider

MAX_CHILD_SITEMAPS = 50


class _PagedFeedSpider(SourceSpider):
    def list_requests(self) -> Iterable[Request]:
        for url in self.start_urls:
            first = url.replace("{page}", "1")
            yield self.request(first, self.parse_feed, "list", dont_filter=True,
                               meta={"template": url if "{page}" in url else None, "page_no": 1})

    def links(self, response: Response) -> list[Any]:
        raise NotImplementedError

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self._stat("siqing/pages/list")
        links = self.links(response)
        if not links:
            self._stat("siqing/lists/no_links")
        yield from self.follow(links)
        template = response.meta.get("template")
        page_no = int(response.meta.get("page_no", 1))
        if template and self.fresh:
            if page_no >= self.max_list_pages:
                self._stat("siqing/dropped/pagination_limit")
            elif self._budget_left():
                yield self.request(template.replace("{page}", str(page_no + 1)), self.parse_feed, "list",
                                   meta={"template": template, "page_no": page_no + 1})


class RssSpider(_PagedFeedSpider):
    name = "rss"

    def links(self, response: Response) -> list[Any]:
        return rss_links(response.body, response.url)


class JsonApiSpider(_PagedFeedSpider):
    name = "json-api"

    def links(self, response: Response) -> list[Any]:
        try:
            data = json.loads(response.body)
        except ValueError:
            self._stat("siqing/errors/bad_json")
            return []
        return json_links(data, response.url)


class SitemapSpider(SourceSpider):
    name = "sitemap"

    def list_requests(self) -> Iterable[Request]:
        for url in self.start_urls:
            yield self.request(url, self.parse_sitemap, "list", dont_filter=True)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self._stat("siqing/pages/list")
        links, children = sitemap_links(response.body, response.url)
        if not links and not children:
            self._stat("siqing/lists/no_links")
        yield from self.follow(links)
        for child in children[:MAX_CHILD_SITEMAPS]:
            if self._budget_left():
                yield self.request(child, self.parse_sitemap, "list")
