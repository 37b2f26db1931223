"""Drop articles published before the crawl window; count those with no date at all."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from scrapy.exceptions import DropItem

from crawlers.items import ArticleItem

logger = logging.getLogger(__name__)


class WindowPipeline:
    def process_item(self, item: ArticleItem, spider: Spider) -> Any:
        stats = spider.crawler.stats
        published = item.get("published_at") or item.get("list_date")
        if not item.get("published_at") and stats:
            stats.inc_value("siqing/items/no_date")
        window_start = getattr(spider, "window_start", None)
        if published and window_start is not None and published[:10] < window_start.isoformat():
            if stats:
                stats.inc_value("siqing/dropped/out_of_window")
            raise DropItem(f"out_of_window: {item.get('url')}")
        return item
