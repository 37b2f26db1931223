"""Title, source and author fields."""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree

TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|--|—+|–|-\s|\s-|::)\s*")
SOURCE_RE = re.compile(r"(?:来源|来\s*源|稿源|信息来源|文章来源)\s*[:：]\s*([^\s|｜/:：<>【】\[\]]{2,30})")
AUTHOR_RE = re.compile(r"(?<![责任编审])(?:作者|作\s*者|撰稿)\s*[:：丨|]\s*([^\s|｜:：<>【】\[\]，,。]{2,20})")
STOP_AT = re.compile(r"(?:发布时间|时间|日期|来源|作者|浏览|点击|字号|编辑|责任编辑|阅读)[:：]?.*$")


def _norm(text: str) -> str:
    """Collapse white space."""
    return re.sub(r"\s+", " ", text).strip()


_DASHES = str.maketrans("–—′’‘", "--" + "'" * 3)


def _dash(text: str) -> str:
    """Dashes and apostrophes of one kind, for comparing headline copies (– and -, ′ and ')."""
    return text.translate(_DASHES)


def _title_candidates(root: etree._Element) -> list[etree._Element]:
    """Headline-like elements: h1-h3 and elements whose class or id mentions a title."""
    return root.xpath(
        "//h1|//h2|//h3|//*[contains(translate(@class,'TITLE','title'),'title') "
        "or contains(translate(@id,'TITLE','title'),'title') or @id='ArticleTitle' "
        "or contains(@class, 'biaoti') or @id='ti']"
    )[:80]


# A separator and a short last part; a bare hyphen only before a Chinese name (…-新华网), since
# Western words carry hyphens of their own (Twitter-Nutzer, marions-kochbuch.de).
_SITE_TAIL = re.compile(r"(?:\s*(?:_|\||｜|--|—+|–|::)\s*|\s+-\s*|\s*-\s+)([^_|｜—–]{1,30})$"
                        r"|-([\u4e00-\u9fff][^_|｜—–\-]{0,29})$")


def _site_names(page_title: str, meta: Mapping[str, str]) -> set[str]:
    """The site's own name as the page gives it: og:site_name, application-name, <title>'s last part."""
    names = {meta.get("og:site_name", ""), meta.get("application-name", "")}
    m = _SITE_TAIL.search(page_title)
    if m:
        names.add(m.group(1) or m.group(2))
    return {re.sub(r"\s+", "", n).lower() for n in names if n.strip()}


def strip_site(title: str, page_title: str, meta: Mapping[str, str]) -> str:
    """A meta title without the site's name after a separator (… | Wunderweib, …-新华网)."""
    names = _site_names(page_title, meta)
    while (m := _SITE_TAIL.search(title)) is not None and len(title[:m.start()].strip()) >= 4 \
            and re.sub(r"\s+", "", m.group(1) or m.group(2)).lower() in names:
        title = title[:m.start()].strip()
    return title


# The site's own name in its header (Hexo/WordPress "site-title", a logo, a brand): never a headline.
_SITE_NAME_ATTR = re.compile(r"site[-_]?(?:title|name)|(?:^|[\s_-])(?:logo|brand|navbar-brand)(?:$|[\s_-])", re.I)
_TITLE_SEPARATOR = re.compile(r"^\s*(?:-|_|\||｜|--|—+|–|::)")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(el: etree._Element) -> bool:
    """Whether el or a box around it is hidden (a share widget's copy of the headline and the
    site's name, <div style="display:none"><div class="share-title">…-新华网</div></div>)."""
    return any(node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or "")
               for node in (el, *el.iterancestors()) if isinstance(node.tag, str))


def _opening_cell(root: etree._Element, page_title: str) -> tuple[str, etree._Element] | None:
    """The longest short element text that opens <title> before a separator (a headline in a table
    cell with no heading tag or title class: <td>学校简介</td> under <title>学校简介-某学校</title>)."""
    found: tuple[str, etree._Element] | None = None
    for el in root.iter("td", "div", "p", "span", "strong", "b", "font", "h4", "h5", "h6"):
        kids = [c for c in el if isinstance(c.tag, str) and c.tag not in ("script", "style")]
        if len(kids) > 3 or el.find(".//a") is not None:
            continue  # a box of several things, or a link (a menu item, the logo)
        # Its shown text: the scripts a CMS puts beside a headline (click counters) left out.
        text = _norm("".join([el.text or "", *((c.text_content() if c in kids else "") + (c.tail or "")
                                               for c in el)]))
        if len(text) < 6 or len(text) >= len(page_title) or (found and len(text) <= len(found[0])):
            continue
        if page_title.startswith(text) and _TITLE_SEPARATOR.match(page_title[len(text):]):
            found = (text, el)
    return found


def find_title(root: etree._Element, meta: Mapping[str, str]) -> tuple[str | None, etree._Element | None]:
    """Return the article title and, when found in the page, its element."""
    page_title = ""
    titles = root.xpath("//title")
    if titles:
        page_title = _norm(titles[0].text_content())
    key = re.sub(r"\s+", "", page_title)
    best: tuple[int, str, etree._Element] | None = None
    first_h1: tuple[str, etree._Element] | None = None
    for el in _title_candidates(root):
        if el.tag in ("head", "title", "html", "body"):
            continue
        text = _norm(el.text_content())
        if not 2 <= len(text) <= 150 or _SITE_NAME_ATTR.search(f"{el.get('class') or ''} {el.get('id') or ''}") \
                or _hidden(el):
            continue
        if el.tag == "h1" and first_h1 is None:
            first_h1 = (text, el)
        squeezed = re.sub(r"\s+", "", text)
        if key and squeezed in key:
            rank = len(squeezed) + (10 if el.tag == "h1" else 5 if el.tag in ("h2", "h3") else 0)
            if best is None or rank > best[0]:
                best = (rank, text, el)
    meta_title = meta.get("articletitle") or meta.get("og:title") or meta.get("twitter:title")
    # An h1 that opens the meta title or <title> before a separator: the rest is the site's name,
    # a section or a date (Berlin confronts … | DW | 19.01.2020).
    for el in root.iter("h1"):
        text = _norm(el.text_content())
        if len(text) >= 6:
            for whole in (meta_title or "", page_title):
                rest = _dash(_norm(whole))
                # Most of it, too: "中国人大网 - 某标题" puts the site first, and its h1 is the logo.
                if rest.startswith(_dash(text)) and re.match(r"^\s*[-|_｜]", rest[len(_dash(text)):]) \
                        and len(text) >= 0.5 * len(rest):
                    return text, el
    if meta_title:
        meta_title = _norm(meta_title)
        squeezed_meta = re.sub(r"\s+", "", meta_title)
        if best is not None and len(best[1]) >= 6 and re.sub(r"\s+", "", best[1]) in squeezed_meta:
            return best[1], best[2]
        node = best[2] if best and re.sub(r"\s+", "", best[1]) == re.sub(r"\s+", "", meta_title) else None
        if node is None and first_h1 and re.sub(r"\s+", "", first_h1[0]) == re.sub(r"\s+", "", meta_title):
            node = first_h1[1]
        if node is None and best is not None:
            node = best[2]
        if len(meta_title) >= 4:
            return strip_site(meta_title, page_title, meta), node
        if first_h1 and re.sub(r"\s+", "", first_h1[0]) == squeezed_meta:
            return first_h1  # a short headline (随笔) that the meta title repeats
    if best is not None and len(best[1]) >= 6:
        return best[1], best[2]
    if best is not None:
        # A short headline that opens <title> before a separator (静夜思•夜-中国诗歌网).
        squeezed = re.sub(r"\s+", "", best[1])
        if key.startswith(squeezed) and key[len(squeezed):len(squeezed) + 1] in ("-", "_", "|", "｜", "—", "–"):
            return best[1], best[2]
    if first_h1 and page_title and TITLE_SPLIT.match(page_title) is None and re.match(r"^\s*[-_|｜—–]", page_title):
        return first_h1  # <title> holds only the site's name (-铜雀历史网): the page's h1 is the headline
    if page_title and best is None and first_h1 is None:
        cell = _opening_cell(root, page_title)
        if cell is not None:
            return cell
    if page_title:
        parts = [p for p in TITLE_SPLIT.split(page_title) if p]
        if best is not None and best[1] in parts:
            return best[1], best[2]  # a short headline that is also a part of <title>
        if parts:
            head = parts[0] if len(parts[0]) >= 6 or len(parts) == 1 else max(parts, key=len)
            return head, best[2] if best else (first_h1[1] if first_h1 else None)
    if first_h1:
        return first_h1
    return labelled_title(root), None


_TITLE_LABEL = re.compile(r"^(?:标\s*题|题\s*名|文件名称|文章标题)\s*[:：]?$")


def labelled_title(root: etree._Element) -> str | None:
    """The title in a labelled table cell (gov.cn: <td>标　　题：</td><td>国务院关于……</td>)."""
    for el in root.iter("td", "th", "dt", "span", "b", "strong", "label"):
        if not _TITLE_LABEL.match(re.sub(r"[\s\u3000]+", "", el.text_content())):
            continue
        cell = el if el.tag in ("td", "th", "dt") else next(
            (a for a in el.iterancestors() if a.tag in ("td", "th", "dt", "div", "p", "li")), None)
        if cell is None:
            continue
        nxt = cell.getnext()
        text = _norm(nxt.text_content()) if nxt is not None else ""
        if 4 <= len(text) <= 150:
            return text
    return None


def find_source(header: str, meta: Mapping[str, str]) -> str | None:
    """Source (来源 or ContentSource) of the article."""
    m = SOURCE_RE.search(header)
    if m:
        value = STOP_AT.sub("", m.group(1)).strip()
        if value:
            return value
    for key in ("contentsource", "source"):
        meta_value = meta.get(key)
        if meta_value and meta_value.strip():
            return _norm(meta_value)
    return None


def find_author(header: str, meta: Mapping[str, str]) -> str | None:
    """Author (作者), kept apart from 责任编辑 / 编辑."""
    m = AUTHOR_RE.search(header)
    if m:
        value = STOP_AT.sub("", m.group(1)).strip()
        if value:
            return value
    meta_value = meta.get("author") or meta.get("article:author")
    if meta_value and meta_value.strip() and not meta_value.startswith("http"):
        return _norm(meta_value)
    return None
