"""Log lines for items that name the URL only: Scrapy's default pretty-prints the whole item,
snapshot bytes included, which cost a third of a crawl's time."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class ShortLogFormatter(LogFormatter):
    def scraped(self, item: Any, response: Any, spider: Any) -> Any:
        return {"level": logging.DEBUG, "msg": "stored from %(url)s", "args": {"url": item.get("url")}}

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        return {"level": logging.INFO, "msg": "dropped %(url)s: %(exc)s",
                "args": {"url": item.get("url"), "exc": exception}}

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        return {"level": logging.ERROR, "msg": "error storing %(url)s", "args": {"url": item.get("url")}}
