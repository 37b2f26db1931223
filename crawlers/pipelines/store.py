"""Write articles to the store: new, revised (a changed body) or unchanged, counted.

Every spider of a crawl process shares one store (one engine, one pooled connection): a store per
source ran a province's 600 sources out of the 1,024 open files a process may have.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawlers.items import ArticleItem
from siqing.store import Store

_shared: dict[str, tuple[Store, int]] = {}


def shared_store(url: str) -> Store:
    """The process's store for url, opened by its first user; release_store when done."""
    store, users = _shared.get(url, (None, 0))
    if store is None:
        store = Store(url)
    _shared[url] = (store, users + 1)
    return store


def release_store(url: str) -> None:
    """One user less; the last one closes the store."""
    store, users = _shared.get(url, (None, 0))
    if store is None:
        return
    if users <= 1:
        del _shared[url]
        store.close()
    else:
        _shared[url] = (store, users - 1)


class StorePipeline:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler.settings.get("SIQING_DATABASE_URL"))

    def open_spider(self, spider: Spider) -> None:
        self.store = shared_store(self.database_url)
        source = getattr(spider, "source", None)
        if source:
            self.store.register_source(source["id"], source["name"], source.get("level", ""),
                                       str(source.get("region", "")), source)

    def close_spider(self, spider: Spider) -> None:
        if self.store is not None:
            self.store = None
            release_store(self.database_url)

    def process_item(self, item: ArticleItem, spider: Spider) -> Any:
        assert self.store is not None
        doc = dict(item)
        doc.pop("list_date", None)
        status, _doc_id = self.store.save_document(doc)
        if spider.crawler.stats:
            spider.crawler.stats.inc_value(f"siqing/items/{status}")
        return item
