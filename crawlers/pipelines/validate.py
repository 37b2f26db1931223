"""Drop what is not an article: no title, no body, or text that decoded into mojibake. Titles are
put on one line without control or bidi characters and capped (a 100,000-character title made a
164-page daily)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from scrapy.exceptions import DropItem

from crawlers.importers.base import clean_title
from crawlers.items import ArticleItem

logger = logging.getLogger(__name__)
MIN_BODY_CHARS = 20


def mojibake_share(text: str) -> float:
    """Share of replacement characters and Latin-1 debris typical of a wrong decoding."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch == "\ufffd" or "\u00c0" <= ch <= "\u00ff")
    return bad / len(text)


class ValidatePipeline:
    def process_item(self, item: ArticleItem, spider: Spider) -> Any:
        reason = None
        title = clean_title(item.get("title") or "")
        body = (item.get("body") or "").strip()
        if not title:
            reason = "no_title"
        elif len(body) < MIN_BODY_CHARS:
            reason = "no_body"
        elif mojibake_share(title + body) > 0.02:
            reason = "mojibake"
        if reason:
            if spider.crawler.stats:
                spider.crawler.stats.inc_value(f"siqing/dropped/{reason}")
            logger.info("dropped (%s): %s", reason, item.get("url"))
            raise DropItem(f"{reason}: {item.get('url')}")
        item["title"], item["body"] = title, body
        return item
