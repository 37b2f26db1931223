"""What a spider yields: one article as found on a page."""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    source_id = scrapy.Field()
    url = scrapy.Field()  # as fetched (after redirects)
    canonical_url = scrapy.Field()  # the document's identity in the store
    title = scrapy.Field()
    published_at = scrapy.Field()  # YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00, None if unknown
    list_date = scrapy.Field()  # the date the list page showed beside the link (evidence only)
    source_name = scrapy.Field()  # 来源
    author = scrapy.Field()
    body = scrapy.Field()
    attachments = scrapy.Field()  # list of {url, name, type, text}
    snapshot = scrapy.Field()  # raw bytes as fetched
    content_type = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
