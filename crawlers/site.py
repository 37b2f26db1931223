"""A site from its front page: which links lead to columns, which pages are lists (pure functions).

By structure, not by one site's names: a column link sits in a navigation bar (a block of many
short links), beside a news block as `更多`, or on a site map; a page is a list when it carries
repeated dated article items or a pager (crawlers/paging.py); any other page reached while
looking for columns (概况, 领导介绍, 联系我们, 登录, 无障碍, search) is static and never stored.
Calendar and faceted-search links are refused (they multiply without end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html

from crawlers.discover import FILE_EXT, LIST_PAGE, Link, article_links, canonical, is_article_url, link_target

HOME_PATH = re.compile(r"^/?(?:(?:index|default|main|home|portal)\.\w+)?$", re.I)
MORE_TEXT = re.compile(r"^(?:更多|more|查看更多|>>|》|更多\s*[>»》+]+|[>»》+]+\s*更多)", re.I)
PAGER_TEXT = re.compile(r"^(?:\d+|首页|尾页|末页|上一页|下一页|上页|下页|前页|后页|跳转|GO|第\d+页)$", re.I)
PAGER_URL = re.compile(r"(?:_\d+\.s?html?$|[?&](?:page|pageno|pageindex|pagenum|pn|p|curpage|currentpage|start)=\d+)", re.I)
SCRIPT_PATH = re.compile(r"""["'](/[\w./-]*?(?:/|/(?:index|list|more)(?:_\d+)?\.s?html?))["']""")
CALENDAR_KEYS = {"date", "day", "month", "year", "ym", "ymd", "d", "m", "y", "riqi", "rq", "time"}
FACET_KEYS = {"q", "query", "keyword", "keywords", "kw", "wd", "word", "searchword", "search", "sort", "order",
              "orderby", "filter", "tag", "tags", "field", "channelid_search", "sw"}
DATE_VALUE = re.compile(r"^(?:19|20)\d{2}(?:[-/.]?\d{1,2}){0,2}$")
DATE_PATH = re.compile(r"/(?:calendar|rili)/|/(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?/?$", re.I)


def is_homepage(url: str) -> bool:
    """A site's front page (`/`, `/index.html`): a crawl from it looks for the columns first."""
    return bool(HOME_PATH.match(urlsplit(url).path or "/"))


def trap(url: str) -> str | None:
    """`calendar_trap` or `facet_trap` for URLs that multiply without end, else None."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    keys = {k.lower() for k, _ in query}
    if keys & CALENDAR_KEYS or any(DATE_VALUE.match(v) for _, v in query) or DATE_PATH.search(parts.path):
        return "calendar_trap"
    if keys & FACET_KEYS or len(query) >= 5:
        return "facet_trap"
    return None


@dataclass(frozen=True)
class Candidate:
    url: str
    text: str
    why: str  # nav | more | map | link


def _zone(a: lxml.html.HtmlElement) -> str:
    """nav when the link sits in a block of several short links (a menu), else link."""
    node = a.getparent()
    for _ in range(4):
        if node is None:
            break
        if node.tag in ("ul", "nav", "div", "td", "p"):
            anchors = node.findall(".//a")
            if len(anchors) >= 4:
                texts = [" ".join(x.text_content().split()) for x in anchors]
                short = sum(1 for t in texts if 0 < len(t) <= 8)
                if short >= 0.7 * len(anchors):
                    return "nav"
                return "link"
        node = node.getparent()
    return "link"


def column_candidates(doc: lxml.html.HtmlElement, url: str, on_map: bool = False) -> list[Candidate]:
    """Links on a page that may lead to columns: menus and `更多` first, then other page links.

    Article links (and the titles of list rows), files, pager links, script links and the page
    itself are left out.
    """
    here = canonical(url)
    articles = {canonical(lk.url) for lk in article_links(doc, url)}
    if not on_map:
        articles |= {canonical(lk.url) for lk in repeated_item_links(doc, url)}
    seen: set[str] = set()
    ranked: list[tuple[int, Candidate]] = []
    for a in doc.iter("a", "iframe", "frame"):
        # A list embedded as an iframe is a column page like any other.
        href = (a.get("href") if a.tag == "a" else a.get("src")) or ""
        href = href.strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#", "data:", "about:")):
            continue
        target = urljoin(url, href).split("#", 1)[0]
        key = canonical(target)
        if key in seen or key == here or key in articles:
            continue
        text = " ".join(a.text_content().split()) or (a.get("title") or "").strip()
        path = urlsplit(target).path
        if FILE_EXT.search(path) or PAGER_TEXT.match(text) or (PAGER_URL.search(target) and not on_map):
            continue
        seen.add(key)
        if MORE_TEXT.match(text):
            why, rank = "more", 0
        elif on_map:
            why, rank = "map", 1
        else:
            why = _zone(a)
            rank = 1 if why == "nav" else 2
        if is_article_url(target) and not LIST_PAGE.search(path):
            continue
        ranked.append((rank, Candidate(target, text, why)))
    # Menus written by a script (document.write, a JSON menu): column-like paths in its strings.
    for script in doc.iter("script"):
        for m in SCRIPT_PATH.finditer((script.text or "").replace("\\/", "/")):
            target = urljoin(url, m.group(1)).split("#", 1)[0]
            key = canonical(target)
            if key in seen or key == here or not worth_exploring(target) or urlsplit(target).netloc != urlsplit(url).netloc:
                continue
            seen.add(key)
            ranked.append((2, Candidate(target, "", "script")))
    ranked.sort(key=lambda rc: rc[0])
    return [c for _, c in ranked]


def is_site_map(doc: lxml.html.HtmlElement, url: str) -> bool:
    """A 网站地图 page: a page whose title or heading says so, or nothing but link lists."""
    title = " ".join((doc.findtext(".//title") or "").split())
    heads = " ".join(" ".join(h.text_content().split()) for h in doc.iter("h1", "h2"))
    return "网站地图" in title or "网站地图" in heads or "sitemap" in urlsplit(url).path.lower()


def static_reason(doc: lxml.html.HtmlElement, url: str) -> str:
    """Why a page that is not a list is not stored: a login form, a search form, or static text."""
    for form in doc.iter("form"):
        inputs = list(form.iter("input"))
        if any((i.get("type") or "").lower() == "password" for i in inputs):
            return "login_page"
    here = urlsplit(url).path
    for form in doc.iter("form"):
        kinds = [(i.get("type") or "text").lower() for i in form.iter("input")]
        # A search box sits on every page of a site; the search page is where it sends to.
        if ("text" in kinds or "search" in kinds) and urlsplit(urljoin(url, form.get("action") or url)).path == here:
            return "search_page"
    return "static_page"


ITEM_TAGS = ("li", "tr", "dd")
MIN_ITEM_TITLE = 10


def repeated_item_links(doc: lxml.html.HtmlElement, url: str, min_rows: int = 3) -> list[Link]:
    """Links that are the titles of a list's repeated items (three or more rows, each one link, with
    sentence-long titles), for lists whose rows carry neither a full date nor an article-like URL."""
    host = urlsplit(url).netloc
    out: dict[str, Link] = {}
    for box in doc.iter("ul", "ol", "table", "tbody", "dl", "div"):
        rows = [c for c in box if c.tag in ITEM_TAGS or (c.tag == "div" and c.get("class"))]
        if len(rows) < min_rows:
            continue
        found: list[Link] = []
        for row in rows:
            anchors = [a for a in row.iter("a") if link_target(a)
                       and not link_target(a).startswith(("javascript:", "#", "mailto:"))]
            if not 1 <= len(anchors) <= 2:
                continue
            a = max(anchors, key=lambda x: len(x.text_content()))
            text = " ".join(a.text_content().split()) or (a.get("title") or "").strip()
            target = urljoin(url, link_target(a))
            if len(text) < 5 or urlsplit(target).netloc != host or FILE_EXT.search(urlsplit(target).path) \
                    or LIST_PAGE.search(urlsplit(target).path) or PAGER_URL.search(target):
                continue
            found.append(Link(target, (a.get("title") or text).strip(), None, weak=True))
        # Menus are rows of short names; news lists are rows of sentence-long titles.
        if len(found) >= min_rows and len(found) >= 0.7 * len(rows) \
                and sum(len(lk.title) for lk in found) >= MIN_ITEM_TITLE * len(found):
            for lk in found:
                out.setdefault(canonical(lk.url), lk)
    return list(out.values())


def list_links(doc: lxml.html.HtmlElement, url: str, extra: list[str] | None = None,
               rows: bool = False, min_rows: int = 3) -> list[Link]:
    """Article links of a list page, with those inside extra HTML fragments (jpage records) and,
    when rows is set (a column's page), the titles of its repeated items."""
    links = article_links(doc, url)
    if rows:
        known = {canonical(lk.url) for lk in links}
        links += [lk for lk in repeated_item_links(doc, url, min_rows) if canonical(lk.url) not in known]
    if extra:
        # The records carry titles and dates; the same URLs seen bare in the script do not.
        frag = lxml.html.document_fromstring("<html><body><ul>" + "".join(extra) + "</ul></body></html>")
        records = article_links(frag, url)
        known = {canonical(lk.url) for lk in records}
        links = records + [lk for lk in links if canonical(lk.url) not in known]
    return links


def is_list(links: list[Link], has_paging: bool) -> bool:
    """A list page: a pager, at least three dated article items, or five article links."""
    return has_paging or sum(1 for lk in links if lk.list_date is not None) >= 3 or len(links) >= 5


def worth_exploring(url: str) -> bool:
    """A sitemap.xml entry that may be a column (a folder or an index/list page), not one of its
    thousands of pages."""
    path = urlsplit(url).path
    return path.endswith("/") or bool(LIST_PAGE.search(path))
