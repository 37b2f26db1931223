"""`siqing check-source ID`: fetch a source's first list page(s) now and show what they yield.

Plain urllib (no reactor), with the source's proxy or the standard proxy variables, the same
link finding (crawlers/discover.py, crawlers/feeds.py) and extraction (crawlers/extract) as a
crawl, so an installer sees at once whether a source works.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from crawlers.discover import Link, article_links, next_page
from crawlers.extract import decode_html, extract
from crawlers.feeds import json_links, rss_links, sitemap_links
from crawlers.middlewares.scope import scope_problem


@dataclass
class CheckReport:
    source_id: str
    pages: list[dict[str, Any]] = field(default_factory=list)  # {url, status, links, next, error}
    links: list[Link] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)  # {url, error | fields}


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip().strip("\"'")
    return None


def fetch(url: str, source: dict[str, Any], timeout: float = 20.0, max_bytes: int = 10 * 1024 * 1024,
          user_agent: str = "siqing/0.1") -> tuple[int, str, bytes]:
    """GET a URL with the source's proxy (or the environment's); (status, content type, body)."""
    handlers: list[urllib.request.BaseHandler] = []
    if source.get("proxy"):
        handlers.append(urllib.request.ProxyHandler({"http": source["proxy"], "https": source["proxy"]}))
    opener = urllib.request.build_opener(*handlers)
    req = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept-Encoding": "identity"})
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read(max_bytes + 1)[:max_bytes]
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", "") if err.headers else "", b""


def links_of(listing: str, body: bytes, ctype: str, url: str, source: dict[str, Any]) -> tuple[list[Link], str | None]:
    """(article links, next list page) of a fetched list page, feed, sitemap or API answer."""
    if listing == "rss":
        return rss_links(body, url), None
    if listing == "sitemap":
        return sitemap_links(body, url)[0], None
    if listing == "json-api":
        return json_links(body, url), None
    doc = lxml.html.document_fromstring(decode_html(body, source.get("encoding") or _charset(ctype)) or "<html/>")
    return article_links(doc, url), next_page(doc, url)


def check_source(source: dict[str, Any], list_pages: int = 1, articles: int = 3, timeout: float = 20.0) -> CheckReport:
    """Fetch the first list page(s) of each start URL and the first articles found."""
    report = CheckReport(source_id=source["id"])
    listing = source.get("listing") or "listing"
    seen: set[str] = set()
    for start in source["start_urls"]:
        url: str | None = start.replace("{page}", "1")
        for _ in range(list_pages):
            if not url:
                break
            entry: dict[str, Any] = {"url": url, "status": None, "links": 0, "next": None, "error": None}
            report.pages.append(entry)
            try:
                status, ctype, body = fetch(url, source, timeout)
            except (OSError, ValueError) as exc:
                entry["error"] = f"{exc.__class__.__name__}: {exc}"
                break
            entry["status"] = status
            if status != 200:
                entry["error"] = f"HTTP {status}"
                break
            links, nxt = links_of(listing, body, ctype, url, source)
            links = [lk for lk in links if scope_problem(lk.url, source) is None]
            entry["links"], entry["next"] = len(links), nxt
            for lk in links:
                if lk.url not in seen:
                    seen.add(lk.url)
                    report.links.append(lk)
            url = nxt
    for lk in report.links[:articles]:
        art: dict[str, Any] = {"url": lk.url, "list_date": lk.list_date.isoformat() if lk.list_date else None}
        try:
            status, ctype, body = fetch(lk.url, source, timeout)
            if status != 200:
                art["error"] = f"HTTP {status}"
            else:
                a = extract(body, url=lk.url, selectors=source.get("selectors") or None,
                            headers_charset=source.get("encoding") or _charset(ctype))
                art.update(a.to_dict())
        except Exception as exc:  # the check reports every failure, it never stops at one
            art["error"] = f"{exc.__class__.__name__}: {exc}"
        report.articles.append(art)
    return report


def as_json(report: CheckReport) -> str:
    return json.dumps({"source": report.source_id, "pages": report.pages,
                       "links": [{"url": lk.url, "title": lk.title,
                                  "list_date": lk.list_date.isoformat() if lk.list_date else None}
                                 for lk in report.links],
                       "articles": report.articles}, ensure_ascii=False)
