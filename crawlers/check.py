"""`siqing check-source ID`: fetch a source's first list page(s) now and show what they yield.

Plain urllib (no reactor), with the source's proxy or the standard proxy variables, the same
link finding (crawlers/discover.py, crawlers/feeds.py) and extraction (crawlers/extract) as a
crawl, so an installer sees at once whether a source works.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from crawlers.discover import Link, article_links, canonical, is_article_url, next_page
from crawlers.extract import decode_html, extract
from crawlers.feeds import json_links, rss_links, sitemap_links
from crawlers.middlewares.scope import scope_problem
from crawlers.paging import detect, jpage_records, refresh
from crawlers.site import (
    column_candidates,
    is_homepage,
    is_list,
    is_site_map,
    list_links,
    static_reason,
    trap,
    worth_exploring,
)


@dataclass
class CheckReport:
    source_id: str
    pages: list[dict[str, Any]] = field(default_factory=list)  # {url, status, links, next, error}
    links: list[Link] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)  # {url, error | fields}
    columns: list[dict[str, Any]] = field(default_factory=list)  # {url, name, paging, style, links, pages}
    static: list[dict[str, Any]] = field(default_factory=list)  # {url, name, reason}
    refused: list[dict[str, Any]] = field(default_factory=list)  # {url, reason}


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip().strip("\"'")
    return None


def fetch(url: str, source: dict[str, Any], timeout: float = 20.0, max_bytes: int = 10 * 1024 * 1024,
          user_agent: str = "siqing/0.1", form: dict[str, str] | None = None,
          json_body: bool = False) -> tuple[int, str, bytes]:
    """GET (or POST a form to) a URL with the source's proxy (or the environment's); (status, content type, body)."""
    handlers: list[urllib.request.BaseHandler] = []
    if source.get("proxy"):
        handlers.append(urllib.request.ProxyHandler({"http": source["proxy"], "https": source["proxy"]}))
    opener = urllib.request.build_opener(*handlers)
    headers = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    if form is not None and json_body:
        data = json.dumps({k: int(v) if v.isdigit() and len(v) < 10 else v for k, v in form.items()}).encode()
        headers["Content-Type"] = "application/json;charset=UTF-8"
    req = urllib.request.Request(url, data=data, headers=headers)
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


def check_source(source: dict[str, Any], list_pages: int = 1, articles: int = 3, timeout: float = 20.0,
                 explore_pages: int = 40) -> CheckReport:
    """Fetch the first list page(s) of each start URL (or find the columns from a homepage) and the
    first articles found."""
    report = CheckReport(source_id=source["id"])
    listing = source.get("listing") or "listing"
    seen: set[str] = set()
    starts = [u for u in source["start_urls"] if listing == "site" or (listing == "listing" and is_homepage(u))]
    if starts:
        explore_site(report, source, starts, timeout, explore_pages)
        for col in report.columns:
            for lk in col.pop("found"):
                if lk.url not in seen:
                    seen.add(lk.url)
                    report.links.append(lk)
        # One sample article from each column first, then the rest.
        firsts = [col["first_link"] for col in report.columns if col.get("first_link")]
        report.links.sort(key=lambda lk: (lk.url not in firsts, firsts.index(lk.url) if lk.url in firsts else 0))
    for start in [u for u in source["start_urls"] if u not in starts]:
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
            kept = []
            for lk in links:
                problem = scope_problem(lk.url, source)
                if problem is None:
                    kept.append(lk)
                else:  # dropped, with the reason shown (check-source: 链接超出来源范围 / 指向内网地址)
                    report.refused.append({"url": lk.url, "reason": problem})
            links = kept
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


def explore_site(report: CheckReport, source: dict[str, Any], starts: list[str], timeout: float, budget: int) -> None:
    """Find the columns from the homepage(s), as a crawl would: menus, 更多, site maps, breadth first."""
    queue: list[tuple[str, int, str]] = [(u, 0, "首页") for u in starts]
    visited = {canonical(u) for u in starts}
    robots: dict[str, urllib.robotparser.RobotFileParser] = {}
    for start in starts:
        # The site's sitemap.xml names columns that no menu links.
        try:
            status, _, body = fetch(urllib.parse.urljoin(start, "/sitemap.xml"), source, timeout)
        except (OSError, ValueError):
            continue
        for lk in sitemap_links(body, start)[0] if status == 200 else []:
            if canonical(lk.url) not in visited and worth_exploring(lk.url) and not is_article_url(lk.url) \
                    and scope_problem(lk.url, source) is None:
                visited.add(canonical(lk.url))
                queue.append((lk.url, 1, ""))
    fetched = 0
    while queue and fetched < budget:
        url, depth, name = queue.pop(0)
        if not _robots_allow(robots, url, source, timeout):
            report.refused.append({"url": url, "reason": "robots"})
            continue
        fetched += 1
        try:
            status, ctype, body = fetch(url, source, timeout)
        except (OSError, ValueError) as exc:
            report.pages.append({"url": url, "status": None, "links": 0, "next": None,
                                 "error": f"{exc.__class__.__name__}: {exc}"})
            continue
        if status != 200:
            report.pages.append({"url": url, "status": status, "links": 0, "next": None, "error": f"HTTP {status}"})
            continue
        html = decode_html(body, source.get("encoding") or _charset(ctype)) or "<html/>"
        doc = lxml.html.document_fromstring(html)
        paging = detect(doc, html, url)
        records = jpage_records(html)[0] if paging is not None and paging.style == "jpage" else None
        links = [lk for lk in list_links(doc, url, records, rows=True) if scope_problem(lk.url, source) is None]
        report.pages.append({"url": url, "status": status, "links": len(links), "next": None, "error": None})
        if not name:
            title = " ".join((doc.findtext(".//title") or "").split())
            name = re.split(r"[_|｜—-]", title)[0].strip()
        if depth > 0 and is_list(links, paging is not None):
            if paging is not None and paging.style == "json":
                req = paging.first_request()
                if req is not None:
                    try:
                        _, _, answer = fetch(req.url, source, timeout, form=req.form if req.method == "POST" else None,
                                             json_body=req.json_body)
                        links = [lk for lk in json_links(answer, paging.base) if scope_problem(lk.url, source) is None]
                        refresh(paging, answer=json.loads(answer or b"null"), records=len(links))
                    except (OSError, ValueError):
                        pass
            report.columns.append({"url": url, "name": name, "style": paging.style if paging else "single",
                                   "paging": paging.describe() if paging else "单页，无翻页",
                                   "pages": paging.last if paging else 1, "links": len(links), "found": links,
                                   "first_link": links[0].url if links else None})
        elif depth == 0:
            report.columns.append({"url": url, "name": name, "style": "home", "paging": "首页要闻区块",
                                   "pages": 1, "links": len(links), "found": links,
                                   "first_link": None})
        else:
            report.static.append({"url": url, "name": name, "reason": static_reason(doc, url)})
        if depth >= 3:
            continue
        for cand in column_candidates(doc, url, on_map=is_site_map(doc, url)):
            key = canonical(cand.url)
            if key in visited:
                continue
            visited.add(key)
            if scope_problem(cand.url, source) is not None:
                continue
            reason = trap(cand.url)
            if reason:
                report.refused.append({"url": cand.url, "reason": reason})
                continue
            queue.append((cand.url, depth + 1, cand.text))


def _robots_allow(cache: dict[str, urllib.robotparser.RobotFileParser], url: str, source: dict[str, Any],
                  timeout: float) -> bool:
    """Whether the site's robots.txt lets us fetch url (an unreadable robots.txt allows)."""
    parts = urllib.parse.urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}"
    if root not in cache:
        parser = urllib.robotparser.RobotFileParser()
        try:
            status, _, body = fetch(root + "/robots.txt", source, timeout)
            parser.parse(body.decode("utf-8", "replace").splitlines() if status == 200 else [])
        except (OSError, ValueError):
            parser.parse([])
        cache[root] = parser
    return cache[root].can_fetch("siqing", url)


def as_json(report: CheckReport) -> str:
    return json.dumps({"source": report.source_id, "pages": report.pages,
                       "columns": [{k: v for k, v in c.items() if k not in ("found", "first_link")}
                                   for c in report.columns],
                       "static": report.static, "refused": report.refused,
                       "links": [{"url": lk.url, "title": lk.title,
                                  "list_date": lk.list_date.isoformat() if lk.list_date else None}
                                 for lk in report.links],
                       "articles": report.articles}, ensure_ascii=False)
