"""Finding article links and the next list page on government list pages, by structure.

No per-site code: article links are recognised by what CMSs of government sites produce
(TRS WCM `tYYYYMMDD_N.html`, gov.cn `content_N.htm`, npc.gov.cn `/c2/cNNN/` paths, list items
that carry a date, URLs inside script data blocks), and pagination by TRS's
`createPageHTML(count, current, "index", "html")` script or a "下一页" link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import lxml.html
from w3lib.url import canonicalize_url

TRS_ARTICLE = re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$", re.I)
CONTENT_ARTICLE = re.compile(r"/(?:content|art|article|detail|info)[_/-]?\d+[^/]*\.s?html?$", re.I)
DATED_PATH = re.compile(r"/(20\d{2})[-/]?(\d{2})[-/]?(\d{2})?/[^/]+\.s?html?$")
NPC_COLUMN_ARTICLE = re.compile(r"/c2/c\d+/.+\.s?html?$", re.I)
# News CMSs (NetEase and its many imitators): /YY/MMDD/HH/ID.html
NEWS_DATED = re.compile(r"/(\d{2})/(\d{2})(\d{2})/\d{2}/[0-9A-Za-z]{8,}\.s?html?$")
LIST_PAGE = re.compile(r"/(?:index|list|more)(?:_\d+)?\.s?html?$", re.I)
DATE_TEXT = re.compile(r"(20\d{2}|19\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
# URLs inside script data blocks (JSON lists, document.write): any quoted .html path; the
# article-URL test below decides. Escaped slashes (JSON's \/) are undone first.
SCRIPT_URL = re.compile(r"""["']((?:https?:)?/{0,2}[^"'\s<>(){};,]*?\.s?html?)["']""", re.I)
CREATE_PAGE = re.compile(r"createPageHTML\(([^)]*)\)")
NEXT_WORDS = ("下一页", "下页", "后一页", "next", "Next", "›", ">")
ARTICLE_EXT = re.compile(r"\.(?:s?html?|jsp|php|aspx?)$|/$|\?.*id=", re.I)
FILE_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|zip|rar|jpg|jpeg|png|gif)$", re.I)


@dataclass(frozen=True)
class Link:
    url: str
    title: str
    list_date: date | None
    # Found only as one of a list's repeated items (no date beside it, no article-like URL): the
    # page must then carry a date of its own to count as an article.
    weak: bool = False


def canonical(url: str) -> str:
    """The identity of a URL in the store: canonical query order, no fragment."""
    return canonicalize_url(url, keep_fragments=False)


def _date_from(text: str) -> date | None:
    m = DATE_TEXT.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _date_from_url(url: str) -> date | None:
    n = NEWS_DATED.search(url)
    if n:
        try:
            return date(2000 + int(n.group(1)), int(n.group(2)), int(n.group(3)))
        except ValueError:
            return None
    m = TRS_ARTICLE.search(url) or DATED_PATH.search(url)
    if not m or m.group(3) is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _container(a: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The list item around a link: the nearest li, tr or dd, or a small div/p."""
    node = a.getparent()
    for _ in range(3):
        if node is None:
            return None
        if node.tag in ("li", "tr", "dd", "dt"):
            return node
        if node.tag in ("div", "p", "span") and len(node.findall(".//a")) <= 2:
            parent = node.getparent()
            if parent is not None and parent.tag in ("li", "tr", "dd"):
                return parent
            if node.tag != "span":
                return node
        node = node.getparent()
    return None


def _is_list_item(box: lxml.html.HtmlElement) -> bool:
    """A list row (li, tr, dd, dt) or a block repeated beside siblings of the same tag and class:
    a lone block with a date in it is a footer or a banner, not a list."""
    if box.tag in ("li", "tr", "dd", "dt"):
        return True
    parent = box.getparent()
    if parent is None:
        return False
    same = [c for c in parent if c.tag == box.tag and c.get("class") == box.get("class")]
    return len(same) >= 2


def is_article_url(url: str) -> bool:
    path = urlsplit(url).path
    if LIST_PAGE.search(path) or FILE_EXT.search(path):
        return False
    return bool(TRS_ARTICLE.search(path) or CONTENT_ARTICLE.search(path) or NPC_COLUMN_ARTICLE.search(path)
                or NEWS_DATED.search(path))


JS_OPEN = re.compile(r"""(?:window\.open|location(?:\.href)?\s*=)\s*\(?\s*['"]([^'"]+?\.(?:s?html?|jsp|php|aspx?|do)"""
                     r"""(?:\?[^'"]*)?)['"]""")


def link_target(a: lxml.html.HtmlElement) -> str:
    """An anchor's target: its href, or the page a `javascript:`/onclick handler opens."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith("javascript:") or href == "#":
        m = JS_OPEN.search(href + " " + (a.get("onclick") or ""))
        if m:
            return m.group(1)
    return href


def article_links(doc: lxml.html.HtmlElement, base_url: str) -> list[Link]:
    """Article links on a list page, in page order, each once, with the date shown beside it."""
    found: dict[str, Link] = {}
    for a in doc.iter("a"):
        href = link_target(a)
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base_url, href)
        path = urlsplit(url).path
        if LIST_PAGE.search(path) or FILE_EXT.search(path):
            continue
        text = " ".join(a.text_content().split())
        if text in NEXT_WORDS or any(w in text for w in ("上一页", "下一页", "首页", "尾页")):
            continue
        box = _container(a)
        box_text = " ".join(box.text_content().split()) if box is not None else ""
        list_date = _date_from(box_text) if box_text and len(box_text) < 300 else None
        # A menu entry (常委会简介, 领导介绍) may live at an article-like CMS address too: a title that
        # short, with no date beside it, is a menu's, not a list's.
        menu_like = list_date is None and 0 < len(text) < 6 and len((a.get("title") or "").strip()) < 6 \
            and a.find(".//img") is None
        by_url = is_article_url(url) and not menu_like
        by_item = (list_date is not None and box is not None and _is_list_item(box)
                   and ARTICLE_EXT.search(path) is not None and len(text) >= 6)
        if not (by_url or by_item):
            continue
        key = canonical(url)
        if key not in found:
            title = (a.get("title") or text).strip()
            found[key] = Link(url=url, title=title, list_date=list_date or _date_from_url(url))
    # Some CMSs write their lists from a script data block: take TRS-style URLs from scripts.
    for script in doc.iter("script"):
        text = (script.text or "").replace("\\/", "/")
        for m in SCRIPT_URL.finditer(text):
            url = urljoin(base_url, m.group(1))
            key = canonical(url)
            if key not in found and is_article_url(url):
                found[key] = Link(url=url, title="", list_date=_date_from_url(url))
    return list(found.values())


def _create_page_args(raw: str) -> tuple[int, int, str, str] | None:
    """Parse createPageHTML's arguments: (count, current, prefix, extension)."""
    args = [a.strip().strip("'\"") for a in raw.split(",")]
    ints = [int(a) for a in args if re.fullmatch(r"\d+", a)]
    strs = [a for a in args if a and not re.fullmatch(r"\d+", a)]
    if len(ints) < 2:
        return None
    # Newer TRS templates pass a container id first and the record count last:
    # createPageHTML('page_div', 5, 1, 'index', 'html', 68).
    words = [s for s in strs if re.fullmatch(r"[A-Za-z0-9_-]+", s)]
    ext = next((s for s in reversed(words) if s.lower() in ("html", "htm", "shtml", "jsp")), "html")
    prefix = next((s for s in words if s not in (ext,) and s.lower() not in ("page_div", "page")), "index")
    if "page_div" in strs or (words and words[0].lower().endswith("div")):
        prefix = next((s for s in words[1:] if s != ext), "index")
    return ints[0], ints[1], prefix, ext


def next_page(doc: lxml.html.HtmlElement, base_url: str) -> str | None:
    """The URL of the next list page, or None on the last one."""
    for script in doc.iter("script"):
        # TRS templates often define the function and call it in the same block: the call is
        # the match whose arguments parse.
        for m in CREATE_PAGE.finditer(script.text or ""):
            parsed = _create_page_args(m.group(1))
            if parsed is None:
                continue
            count, current, prefix, ext = parsed
            if current + 1 >= count:
                return None
            return urljoin(base_url, f"{prefix}_{current + 1}.{ext}")
    for a in doc.iter("a"):
        text = " ".join(a.text_content().split())
        href = (a.get("href") or "").strip()
        if text in ("下一页", "下页", "后一页", "下一页>", "下一页 >", "Next", "next") and href and not href.startswith(
            ("javascript:", "#")
        ):
            url = urljoin(base_url, href)
            if canonical(url) != canonical(base_url):
                return url
    return None
