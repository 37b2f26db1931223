"""Article extraction for Chinese government, people's congress and news pages."""

from crawlers.extract.article import Article
from crawlers.extract.encoding import decode_html
from crawlers.extract.generic import extract

__all__ = ["Article", "decode_html", "extract"]
