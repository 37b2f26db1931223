"""Article links from feeds: RSS/Atom, XML sitemaps and JSON list APIs (pure functions).

The spiders (crawlers/spiders/feeds.py) and `siqing check-source` share these, so what a check
shows is what a crawl would follow.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from crawlers.discover import DATE_TEXT, Link, canonical

URL_KEYS = ("url", "link", "href", "docurl", "docpuburl", "puburl", "articleurl", "detailurl", "pageurl")
TITLE_KEYS = ("title", "doctitle", "name", "subject", "headline", "maintitle")
DATE_KEYS = ("published_at", "pubdate", "publishdate", "publishtime", "pubtime", "date", "docreltime",
             "releasedate", "releasetime", "createtime", "time", "fbrq", "updated", "created")


def parse_date(text: str | None) -> date | None:
    """A date from a feed's date field: ISO, RFC 822, 2024年6月24日 or epoch milliseconds."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        try:
            return datetime.fromtimestamp(int(text[:10])).date()
        except (OverflowError, OSError, ValueError):
            return None
    m = DATE_TEXT.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _xml_root(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap served without Content-Encoding
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return str(child.text).strip()
    return None


def rss_links(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0, RSS 1.0 or Atom feed, in feed order."""
    root = _xml_root(body)
    if root is None:
        return []
    out: dict[str, Link] = {}
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("item", "entry"):
            continue
        url = _child_text(el, "link")
        if not url:
            for child in el:
                if _local(child.tag) == "link" and child.get("href") and child.get("rel", "alternate") == "alternate":
                    url = child.get("href")
                    break
        if not url:
            url = _child_text(el, "guid", "id")
        if not url:
            continue
        url = urljoin(base_url, url.strip())
        title = _child_text(el, "title") or ""
        when = parse_date(_child_text(el, "pubdate", "date", "published", "updated", "issued"))
        out.setdefault(canonical(url), Link(url=url, title=title, list_date=when))
    return list(out.values())


def sitemap_links(body: bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """(page links, child sitemaps) of a sitemap or sitemap index, lastmod as the list date."""
    root = _xml_root(body)
    if root is None:
        # A plain-text sitemap: one URL a line.
        lines = [ln.strip() for ln in body.decode("utf-8", "replace").splitlines()]
        return [Link(url=ln, title="", list_date=None) for ln in lines if ln.startswith(("http://", "https://"))], []
    pages: dict[str, Link] = {}
    children: list[str] = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _child_text(el, "loc")
        if not loc:
            continue
        loc = urljoin(base_url, loc)
        if name == "sitemap":
            children.append(loc)
        else:
            when = parse_date(_child_text(el, "lastmod", "publication_date"))
            pages.setdefault(canonical(loc), Link(url=loc, title="", list_date=when))
    # Newest first, as list pages are: the window cut then works the same way.
    ordered = sorted(pages.values(), key=lambda lk: lk.list_date or date.min, reverse=True)
    return ordered, children


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for v in data.values():
            yield from _walk(v)
    elif isinstance(data, list):
        for v in data:
            yield from _walk(v)


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for k in keys:
        v = lowered.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


def json_links(body: bytes | str | Any, base_url: str) -> list[Link]:
    """Article links in a JSON list API's answer: objects carrying a URL (and a title, a date)."""
    if isinstance(body, bytes | str):
        try:
            data = json.loads(body)
        except ValueError:
            return []
    else:
        data = body
    out: dict[str, Link] = {}
    for obj in _walk(data):
        url = _pick(obj, URL_KEYS)
        if not isinstance(url, str) or not re.match(r"^(https?://|/|\.{0,2}/?[\w-]+/)", url.strip()):
            continue
        url = urljoin(base_url, url.strip())
        title = _pick(obj, TITLE_KEYS)
        when = parse_date(_pick(obj, DATE_KEYS))
        out.setdefault(canonical(url), Link(url=url, title=str(title or ""), list_date=when))
    return list(out.values())
