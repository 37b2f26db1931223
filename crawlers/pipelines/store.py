"""Write articles to the store: new, revised (a changed body) or unchanged, counted."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawlers.items import ArticleItem
from siqing.store import Store


class StorePipeline:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler.settings.get("SIQING_DATABASE_URL"))

    def open_spider(self, spider: Spider) -> None:
        self.store = Store(self.database_url)
        source = getattr(spider, "source", None)
        if source:
            self.store.register_source(source["id"], source["name"], source.get("level", ""),
                                       str(source.get("region", "")), source)

    def close_spider(self, spider: Spider) -> None:
        if self.store is not None:
            self.store.close()

    def process_item(self, item: ArticleItem, spider: Spider) -> Any:
        assert self.store is not None
        doc = dict(item)
        doc.pop("list_date", None)
        status, _doc_id = self.store.save_document(doc)
        if spider.crawler.stats:
            spider.crawler.stats.inc_value(f"siqing/items/{status}")
        return item
