"""The generic extractor: wires encoding, title, date, body, fields and attachments together."""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree
from lxml import html as lxml_html

from crawlers.extract import dates
from crawlers.extract.article import Article
from crawlers.extract.attachments import find_attachments
from crawlers.extract.body import Layout, clean_lines, find_body_node, layout, node_text, thread_posts
from crawlers.extract.encoding import decode_html
from crawlers.extract.fields import find_author, find_source, find_title

MIN_BODY_CHARS = 40
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_LABEL_PREFIX = re.compile(r"^\s*(?:来源|作者|发布时间|发布日期|时间|日期)\s*[:：]\s*")


def _parse(text: str) -> etree._Element | None:
    """Parse HTML text into an lxml tree; None for empty or unparseable input."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    # Comments would hide their tails from the layout walk; keep the text, drop the comments.
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    # A page whose included header closes </html> early (gov.cn's gazette pages): the parser
    # puts the rest of the page in a second <html> beside the document's, where no walk looks.
    body = root.find("body")
    if body is not None:
        for stray in list(root.itersiblings()):
            if not isinstance(stray.tag, str):
                continue
            for child in list(stray):
                if isinstance(child.tag, str) and child.tag == "body":
                    body.extend(list(child))
                elif isinstance(child.tag, str) and child.tag != "head":
                    body.append(child)
        etree.strip_tags(body, etree.Comment, etree.ProcessingInstruction)
    return root


# A relative time a reader sees ("3 天前", "昨天 10:30", "2 hours ago") over the full date the
# element keeps in an attribute (Discuz!: <span title="2015-11-11 10:30:00">3 天前</span>).
_RELATIVE = re.compile(r"^\s*(?:\d+\s*(?:秒|秒钟|分钟|小时|天|周|个?月|年)前|刚刚|今天|昨天|前天|"
                       r"\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|today)",
                       re.I)
_TIME_ATTRS = ("title", "datetime", "data-time", "data-date", "data-datetime", "data-original-title")


def _absolute_times(root: etree._Element) -> None:
    """Put the full date an element keeps in an attribute in place of the relative time it shows,
    so that the date after 发表于 reads as the page means it."""
    for el in root.iter("span", "em", "time", "abbr", "i", "small", "font"):
        if len(el) or not el.text or len(el.text) > 20 or not _RELATIVE.match(el.text):
            continue
        for attr in _TIME_ATTRS:
            value = el.get(attr)
            if value and dates.DATE_RE.search(value):
                el.text = value
                break


# A date a script writes into the page (TRS: var pubdata='2017年05月24日'; document.write(pubdata)),
# the page's own statement once shown: the script is put in place by the text it writes.
_WRITE_RE = re.compile(r"document\.write(?:ln)?\s*\(\s*([^;()]*?)\s*\)")
_STRING_VAR_RE = re.compile(r"""(?:\b(?:var|let|const)\s+)?\b([A-Za-z_$][\w$]*)\s*=\s*(['"])([^'"\n]{0,80})\2""")
_STRING_PART_RE = re.compile(r"""^\s*(?:(['"])([^'"]*)\1|([A-Za-z_$][\w$]*))\s*$""")


def _written_text(script: str) -> str | None:
    """The text a small script writes with document.write, when every write is made of string
    literals and the script's own string variables and none writes markup; None otherwise."""
    if len(script) > 2000 or "document.write" not in script:
        return None
    strings = {m.group(1): m.group(3) for m in _STRING_VAR_RE.finditer(script)}
    out: list[str] = []
    for call in _WRITE_RE.finditer(script):
        for part in call.group(1).split("+"):
            m = _STRING_PART_RE.match(part)
            if m is None:
                return None
            value = m.group(2) if m.group(1) else strings.get(m.group(3))
            if value is None or "<" in value:
                return None
            out.append(value)
    return "".join(out) or None


def _written_dates(root: etree._Element) -> None:
    """Put a script that writes a date (and nothing but text) in place by the text it writes, so
    that the date after 发布时间： reads as the reader sees it."""
    for script in list(root.iter("script")):
        if script.get("src") or not script.text:
            continue
        text = _written_text(script.text)
        if not text or len(text) > 60 or dates.from_plain(text) is None:
            continue
        span = etree.Element("span")
        span.text = text
        span.tail = script.tail
        parent = script.getparent()
        if parent is not None:
            parent.replace(script, span)


_ANCHOR_MARKS = frozenset({"#", "¶", "§", "🔗"})


def _drop_heading_anchors(root: etree._Element) -> None:
    """Remove the permalink marks rendered Markdown puts after a heading (<a href="#id">#</a>,
    Sphinx's ¶): a mark, not a word of the text ("前言#")."""
    for a in list(root.iter("a")):
        if (a.text or "").strip() in _ANCHOR_MARKS and len(a) == 0 and (a.get("href") or "").startswith("#"):
            parent = a.getparent()
            if parent is not None:
                a.drop_tree()


def _meta(root: etree._Element) -> dict[str, str]:
    """Map lowercased meta name/property/itemprop/http-equiv to content (first wins)."""
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value:
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _scripts(root: etree._Element) -> list[str]:
    """Texts of inline scripts."""
    return [s.text for s in root.iter("script") if s.text and not s.get("src")]


def _squeeze(text: str) -> str:
    """Collapse white space."""
    return re.sub(r"\s+", " ", text).strip()


def _header_text(lay: Layout, title_node: etree._Element | None, body_node: etree._Element | None,
                 limit: int = 800) -> str:
    """Text between the title element and the body start (or just before the body)."""
    body_start = lay.span[body_node][0] if body_node is not None and body_node in lay.span else None
    if title_node is not None and title_node in lay.span:
        start = lay.span[title_node][0]
        end = body_start if body_start is not None and body_start > start else lay.span[title_node][1] + 60
        text = _squeeze(" ".join(lay.segments[start:end]))
        if len(text) <= limit * 2:
            return text
        return text[:limit]
    if body_start is None:
        return ""
    pieces: list[str] = []
    size = 0
    cache: dict[etree._Element, bool] = {}
    for i in range(body_start - 1, max(-1, body_start - 81), -1):
        if _aside(lay.owner[i], cache):
            continue  # a sidebar's or a comment's text is no byline
        seg = lay.segments[i]
        pieces.append(seg)
        size += len(seg.strip())
        if size > limit // 2:
            break
    return _squeeze(" ".join(reversed(pieces)))


def _without_stale(root: etree._Element, lay: Layout, header: str) -> str:
    """The header text without the update stamps it holds (a hidden "updated" ISO time beside the
    shown date, "Mis à jour le ..."): they state a change, not the publication."""
    if not header:
        return header
    for el in root.iter("span", "time", "div", "p", "li", "small", "em", "abbr", "i", "font", "dd", "td"):
        low = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
        if not ("upd" in low or "modif" in low or "maj" in low or "last" in low):
            continue  # a cheap test first: most elements name no change
        span = lay.span.get(el)
        if span is None or span[1] - span[0] > 6:
            continue  # a stamp is a few text pieces, not a box of the page
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if (el.get("itemprop") or "").lower() in ("datemodified", "dateupdated") or (
                _STALE_ATTR.search(attrs) and not _PUBLISHED_ATTR.search(attrs)):
            text = _squeeze(el.text_content())
            if 8 <= len(text) <= 80 and text in header:
                header = _squeeze(header.replace(text, " "))
    return header


def _page_lang(root: etree._Element, meta: Mapping[str, str]) -> str | None:
    """The page's language as it declares it (html lang, xml:lang, Content-Language, og:locale)."""
    return (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
            or meta.get("content-language") or meta.get("og:locale") or meta.get("language") or None)


def _body_head(lay: Layout, body_node: etree._Element | None, limit: int = 300) -> str:
    """The first raw text of the body element, including boilerplate-marked parts."""
    if body_node is None or body_node not in lay.span:
        return ""
    start, end = lay.span[body_node]
    return _squeeze(" ".join(lay.segments[start:min(end, start + 30)]))[:limit]


_FOOTER_MARK = re.compile(r"版权所有|版权声明|Copyright|©|ICP备|公网安备|主办单位|联系我们|关于我们", re.I)


def _before_body(lay: Layout, body_node: etree._Element | None, limit: int = 600,
                 cache: dict[etree._Element, bool] | None = None) -> str:
    """Unlinked text just above the body (the byline zone), nearest last, sidebars and comments out."""
    if body_node is None or body_node not in lay.span:
        return ""
    start = lay.span[body_node][0]
    pieces: list[str] = []
    size = 0
    cache = {} if cache is None else cache
    for i in range(start - 1, max(-1, start - 120), -1):
        if lay.linked[i] or _aside(lay.owner[i], cache):
            continue
        seg = lay.segments[i].strip()
        if not seg:
            continue
        pieces.append(seg)
        size += len(seg)
        if size > limit:
            break
    return _squeeze(" ".join(reversed(pieces)))


def _after_body(lay: Layout, body_node: etree._Element | None, limit: int = 400) -> str:
    """A short text right after the body element (for labelled dates placed below the text)."""
    if body_node is None or body_node not in lay.span:
        return ""
    end = lay.span[body_node][1]
    pieces: list[str] = []
    size = 0
    for seg in lay.segments[end:end + 60]:
        if _FOOTER_MARK.search(seg):
            break  # the site footer: its dates are not the article's
        pieces.append(seg)
        size += len(seg.strip())
        if size > limit:
            break
    return _squeeze(" ".join(pieces))[:limit]


# Comment threads, sidebars and lists of other articles: their dates are never the article's.
_ASIDE_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:comment|reply|replies|pinglun|review|discuss|sidebar|side|aside|related|relate|"
    r"recommend|hot|rank|footer|copyright|signature|sign|friendlink|links)", re.I)


def _aside(el: etree._Element | None, cache: dict[etree._Element, bool]) -> bool:
    """True when el sits in a comment thread, a sidebar, a footer or a list of other articles."""
    chain: list[etree._Element] = []
    found = False
    node = el
    # <body> and <html> are never asides: their classes describe the layout ("one-sidebar").
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if node in cache:
            found = cache[node]
            break
        chain.append(node)
        # An <article>'s own <aside> (a post's date and tags box) and <footer> are the article's.
        if node.tag == "nav" or (node.tag in ("aside", "footer") and next(node.iterancestors("article"), None) is None) \
                or _ASIDE_ATTR.search(f"{node.get('class') or ''} {node.get('id') or ''}") \
                or (node.tag == "li" and _teaser_item(node)):
            found = True
            break
        node = node.getparent()
    for n in chain:
        cache[n] = found
    return found


def _linked(el: etree._Element) -> bool:
    """Whether an element holds a link with text."""
    return any((a.text_content() or "").strip() for a in el.iter("a"))


def _teaser_item(li: etree._Element) -> bool:
    """Whether a list item is one of a list of links to other pages (a headline list: a link and
    its date in each item), whose dates are those pages'."""
    parent = li.getparent()
    if parent is None or len(_squeeze(li.text_content())) > 150 or not _linked(li):
        return False  # a long item is a post of a thread (vBulletin's li#post_N), not a teaser
    return sum(1 for item in parent if isinstance(item.tag, str) and item.tag == "li" and _linked(item)) >= 2


def _lines(lay: Layout, start: int, end: int, cache: dict[etree._Element, bool]) -> list[str]:
    """Unlinked text lines (runs of segments in one block) of a span, outside comments and sidebars."""
    lines: list[str] = []
    current: list[str] = []
    owner: etree._Element | None = None
    for i in range(max(0, start), min(end, len(lay.segments))):
        if lay.owner[i] is not owner and current:
            lines.append(_squeeze("".join(current)))
            current = []
        owner = lay.owner[i]
        if lay.linked[i] or not lay.segments[i].strip() or _aside(owner, cache):
            continue
        current.append(lay.segments[i])
    if current:
        lines.append(_squeeze("".join(current)))
    return [x for x in lines if x]


def _numbered_lines(lay: Layout, start: int, end: int,
                    cache: dict[etree._Element, bool]) -> list[tuple[int, str]]:
    """Like _lines, each line with the index of its first segment."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    first = -1
    owner: etree._Element | None = None
    for i in range(max(0, start), min(end, len(lay.segments))):
        if lay.owner[i] is not owner and current:
            out.append((first, _squeeze("".join(current))))
            current = []
        owner = lay.owner[i]
        if lay.linked[i] or not lay.segments[i].strip() or _aside(owner, cache):
            continue
        if not current:
            first = i
        current.append(lay.segments[i])
    if current:
        out.append((first, _squeeze("".join(current))))
    return [(i, x) for i, x in out if x]


_DATE_ATTR = re.compile(
    r"(?:pub|publish|post|release|article|entry|news|create)[-_]?(?:date|time|at)|pubdate|pubtime|"
    r"publishtime|posttime|date-?published|time-?published|date-?header|"
    # A date or time word as a part of a class name of its own (nfy-ar-date, asset-metabar-time,
    # post-calendar), not inside another word (update, timeline).
    r"(?:^|[\s_-])(?:date|time|datetime|calendar)(?:[\s_-]|$)|"
    r"(?:entry|post|article)[-_]?(?:meta|info)|byline|postinfo|datum|__date(?:\s|$)", re.I)


# An element that states when the article was changed, not published (itemprop dateModified,
# class "updated", a "Mis à jour"/"Last modified" line): never the publication date.
_STALE_ATTR = re.compile(r"modif|(?:^|[\s_-])(?:updated?|maj|last-?mod)(?:[\s_-]|$)", re.I)
# WordPress marks a post never changed as both (class="entry-date published updated").
_PUBLISHED_ATTR = re.compile(r"publish|entry-date|(?:^|[\s_-])pub(?:[\s_-]|date|$)", re.I)
# "已于 2023-01-12 10:28:09 修改" (changed on ...), "2015-11-11 更新".
_UPDATE_TAIL = re.compile(r"^\W*已于|\d\s*(?:修改|更新|编辑)\s*$")
_UPDATE_LEAD = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|aktualisiert|geändert|modifié|mis à jour|"
                          r"actualizado|更新|修改|最后更新|最后修改)", re.I)


def _stale(el: etree._Element | None) -> bool:
    """Whether el (or its parent line) is an update stamp rather than the publication date."""
    if el is None or not isinstance(el.tag, str):
        return False
    if (el.get("itemprop") or "").lower() in ("datemodified", "dateupdated"):
        return True
    for node in (el, el.getparent()):
        if node is None or node.tag in ("body", "html"):
            break
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _STALE_ATTR.search(attrs) and not _PUBLISHED_ATTR.search(attrs):
            return True
    # The words right before it on its line (its previous sibling's tail, or its parent's text).
    prev, parent = el.getprevious(), el.getparent()
    lead = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
    own = _squeeze(el.text_content())
    return bool(_UPDATE_LEAD.match(_squeeze(lead)[-40:].lstrip()) and len(_squeeze(lead)) <= 40
                or _UPDATE_LEAD.match(_squeeze(el.text or ""))
                or (len(own) <= 60 and _UPDATE_TAIL.search(own)))


# Words of boxes that hold other posts' or the site's content (comments, sidebars, related lists), shared by
# the byline test (_OTHER_BOX, which adds widgets) and the permalink test (_ELSEWHERE, which adds post lists).
_OTHER_POSTS = r"comment|reply|replies|sidebar|related|recommend|teaser"
_ELSEWHERE = re.compile(_OTHER_POSTS + r"|popular|recent|archive", re.I)


def _permalink_elsewhere(el: etree._Element) -> bool:
    """Whether a permalink (<a rel="bookmark">) is another post's: in a comment, a sidebar or a
    list of other posts. (The generic aside test is too wide here: a post's own footer of links,
    "blog_links", "post-footer", holds its permalink date.)"""
    for a in el.iterancestors():
        if a.tag in ("body", "html"):
            break
        if a.tag in ("nav", "aside") and next(a.iterancestors("article"), None) is None:
            return True
        if _ELSEWHERE.search(f"{a.get('class') or ''} {a.get('id') or ''}"):
            return True
    return False


def _in_teaser_link(el: etree._Element, own: frozenset[str]) -> bool:
    """Whether el sits in a link to another page (a teaser's date). A link to the page itself is
    its permalink (rel=bookmark, '#', the canonical address): the post's own date is often in it."""
    for a in el.iterancestors("a"):
        href = (a.get("href") or "").strip()
        rel = (a.get("rel") or "").lower()
        if "bookmark" in rel or href in ("", "#") or (href and href.split("#")[0].rstrip("/") in own):
            continue
        return True
    return False


def _own_urls(root: etree._Element, url: str | None, meta: Mapping[str, str]) -> frozenset[str]:
    """The page's own addresses (its URL, the canonical link, og:url), without a trailing slash."""
    found = {url, meta.get("og:url"), *root.xpath("//link[@rel='canonical']/@href")}
    return frozenset(str(u).strip().split("#")[0].rstrip("/") for u in found if u)


def _stated_in_header(root: etree._Element, lay: Layout, title_node: etree._Element | None,
                      body_node: etree._Element | None, cache: dict[etree._Element, bool],
                      own: frozenset[str] = frozenset()) -> str | None:
    """The date a date element between the headline and the text shows as its visible text
    (the page's own statement, in its local time), or None."""
    if title_node is None or title_node not in lay.span:
        return None
    start = lay.span[title_node][0]
    # Where no body element was found (the text came from the fallback), the few blocks right
    # under the headline stand for the header.
    end = lay.span[body_node][0] if body_node is not None and body_node in lay.span \
        else lay.span[title_node][1] + 12
    if end <= start:
        return None
    for el in root.iter("time", "span", "div", "p", "small", "em"):
        if el.tag != "time" and not (_DATE_ATTR.search(el.get("class") or "") or _DATE_ATTR.search(el.get("id") or "")):
            continue
        if el not in lay.span or not start <= lay.span[el][0] < end:
            continue
        if _aside(el, cache) or _stale(el) or _in_teaser_link(el, own) \
                or next(el.iterancestors("blockquote"), None) is not None:
            continue
        text = _squeeze(el.text_content())
        if len(text) > 60 or _UPDATED.search(text) or dates.banner_only(text):
            continue
        value = dates.alone(text) or dates.from_labelled(text)
        if value:
            return value
    return None


def _structured(root: etree._Element, lay: Layout, title_node: etree._Element | None,
                cache: dict[etree._Element, bool], own: frozenset[str] = frozenset()) -> str | None:
    """<time datetime> and itemprop=datePublished outside comments, the first from the headline on."""
    after_title = lay.span[title_node][0] if title_node is not None and title_node in lay.span else 0
    first: str | None = None
    for el in root.iter("time", "meta", "span", "div", "p", "em", "abbr", "i", "font", "h2", "h3", "small",
                        "li", "td", "footer", "header", "section", "a"):
        prop = (el.get("itemprop") or "").lower()
        if el.tag == "a":
            # A blog post's permalink that shows its date (<a rel="bookmark">Mai 03, 2017</a>).
            if "bookmark" not in (el.get("rel") or "").lower() or el.find(".//time") is not None:
                continue
            text = _squeeze(el.text_content())
            value = dates.alone(text) if not _permalink_elsewhere(el) else None
            if value is not None:
                if el in lay.span and lay.span[el][0] >= after_title:
                    return value
                first = first or value
            continue
        if el.tag != "time" and prop not in ("datepublished", "datecreated") and not (
                _DATE_ATTR.search(el.get("class") or "") or _DATE_ATTR.search(el.get("id") or "")):
            continue
        if el.tag == "meta" or _aside(el, cache) or _in_teaser_link(el, own) \
                or next(el.iterancestors("blockquote"), None) is not None:
            continue  # a date inside a link is a teaser's, inside a quote an embedded post's
        if prop not in ("datepublished", "datecreated") and _stale(el):
            continue  # "Mis à jour le 06/04/2013", itemprop=dateModified: a change, not the publication
        attr = el.get("datetime") or el.get("content")
        text = attr or el.text_content()
        if len(text) > 200:
            continue  # a block that holds more than a date
        # A shown text is read past a banner's date ("最新推荐文章于 ... 发布" before the post's own).
        value = dates.parse_date(text) if attr else dates.from_plain(text) or (
            dates.parse_date(text) if not dates.banner_only(_squeeze(text)) else None)
        value = value or dates.from_english(text) or dates.alone(text) \
            or dates.from_labelled(text) or dates.from_slashed(text, short=True)
        if value is None:
            continue
        if el in lay.span and lay.span[el][0] >= after_title:
            return value
        first = first or value
    return first


def _select(root: etree._Element, selector: str | None) -> etree._Element | None:
    """First element matching a CSS selector, or None."""
    if not selector:
        return None
    try:
        found = root.cssselect(selector)
    except Exception:  # noqa: BLE001 - a bad selector in configuration must not break a crawl
        return None
    return found[0] if found else None


def _fallback_body(text: str) -> str:
    """Body by trafilatura, when our own rules find too little."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a runtime dependency
        return ""
    try:
        return trafilatura.extract(text, include_comments=False, include_tables=True) or ""
    except Exception:  # noqa: BLE001 - the fallback must never fail the extraction
        return ""


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# A block named as the headline by its class (div.tit, p.biaoti, td.title), where a school's or a
# bureau's template sets the headline in no heading tag.
_TITLE_ATTR = re.compile(r"(?:^|[\s_-])(?:tit|title|biaoti|bt|headline|art-?title|news-?title)(?:$|[\s_-])", re.I)


def _heading_above(lay: Layout, body_node: etree._Element) -> tuple[str, etree._Element] | None:
    """The h1-h6 (or a block whose class names a title) just above the body (within a few
    blocks), when it reads as a headline."""
    start = lay.span.get(body_node, (0, 0))[0]
    seen = 0
    for i in range(start - 1, max(-1, start - 40), -1):
        text = lay.segments[i].strip()
        if not text:
            continue
        owner = lay.owner[i]
        if owner is not None and not lay.linked[i] and (owner.tag in _HEADINGS or (
                owner.tag in ("div", "p", "td", "span", "strong") and len(owner) == 0
                and _TITLE_ATTR.search(f"{owner.get('class') or ''} {owner.get('id') or ''}"))):
            heading = _squeeze(owner.text_content())
            return (heading, owner) if 6 <= len(heading) <= 100 else None
        seen += 1
        if seen > 6:
            break
    return None


_HEADING_LINE = re.compile(r"^[^，。；！？,;!?]{4,60}$")


def _heading_of(body: str) -> str | None:
    """A page with no title anywhere else: the text's own heading, its first one or two short lines
    without sentence punctuation (an official document's title, broken over two lines)."""
    lines = body.split("\n")
    head: list[str] = []
    for line in lines[:2]:
        if not _HEADING_LINE.match(line) or re.search(r"〔\d{4}〕|\d+号$|^\d{4}年", line):
            break
        head.append(line)
    if not head or len(lines) <= len(head):
        return None
    return "".join(head) if len(head) == 1 or re.search(r"[\u4e00-\u9fff]$", head[0]) else " ".join(head)


def _visible(text: str) -> int:
    """Count of non-space characters."""
    return len(re.sub(r"\s+", "", text))


_UPDATED = re.compile(r"updated|aktualisiert|modifié|mis à jour|更新|修改", re.I)

# Labels that name the publication itself (not 时间/日期/Date, which also head events and tables).
_STRONG_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|(?<![最后修改编辑回复])(?:发表|发布)于|"
    r"\b(?:Published|Posted|Veröffentlicht|Erschienen|Publié)(?:\s+(?:on|am|le))?)\s*[:：]?\s*", re.I)


# A label alone in its own cell or <dt>, its value in the next one.
_LABEL_ONLY = re.compile(r"^(?:发布时间|发布日期|发表时间|时间|日期|Datum|Date|Published|Posted|Veröffentlicht|Publié)"
                         r"\s*[:：]?$", re.I)


def _paired(lines: list[str]) -> list[str]:
    """Lines with a label alone on its line joined to the value on the next (Datum | 12.01.2017)."""
    out: list[str] = []
    for line in lines:
        if out and _LABEL_ONLY.match(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# A post's byline sentence: "Gespeichert von rasos am 24. Juli 2017", "Von Christian am 03.05.2013",
# "Dieser Artikel wurde am 14. Dezember 2015 ... geschrieben", "Posted by X on May 3, 2013".
_BYLINE_CUE = re.compile(
    r"\b(?:von|by|par)\s+(?:[^\s|,.]{2,30}(?:\s+[^\s|,.]{2,30})?\s+)?(?:am|on|le)\b|"
    r"\b(?:veröffentlicht|geschrieben|verfasst|gespeichert|erstellt|hinzugefügt|submitted|posted|written|"
    r"published|publié|écrit)\b", re.I)
# Boxes that hold a post's byline: meta lines, post footers, Drupal's "submitted".
_BYLINE_BOX = re.compile(r"meta|submitted|footer|byline|posted|info", re.I)
# Words of boxes that belong to other posts or to the site: comments, sidebars, related lists, widgets.
_OTHER_BOX = re.compile(_OTHER_POSTS + r"|widget", re.I)


def _byline_date(text: str) -> str | None:
    """The date of a byline sentence (a cue such as 'von X am' or 'veröffentlicht' and a date)."""
    if len(text) > 400 or not _BYLINE_CUE.search(text):
        return None
    return dates.from_plain(text) or dates.from_other_formats(text)


def _byline_boxes(root: etree._Element) -> str | None:
    """The first byline date in a post's meta box or footer (never in a comment or a sidebar)."""
    for el in root.iter("div", "p", "span", "footer", "small", "section"):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _BYLINE_BOX.search(attrs) or _OTHER_BOX.search(attrs):
            continue
        if any(_OTHER_BOX.search(f"{a.get('class') or ''} {a.get('id') or ''}") or a.tag in ("aside", "nav")
               for a in el.iterancestors() if a.tag not in ("body", "html")):
            continue
        found = _byline_date(_squeeze(el.text_content()))
        if found:
            return found
    return None


def _first_post_tail(root: etree._Element, lay: Layout, body_node: etree._Element | None) -> str | None:
    """A thread's first post dated in its tail, between its text and the next post (a Tieba
    floor's "1楼 2015-11-11 10:30", in a box its in-floor replies share): the first date alone
    on a line there."""
    posts = thread_posts(root)
    if len(posts) < 2 or body_node is None or posts[0] not in lay.span or posts[1] not in lay.span:
        return None
    if not (body_node is posts[0] or posts[0] in set(body_node.iterancestors())
            or body_node in set(posts[0].iterancestors())):
        return None
    start, end = lay.span[posts[0]][1], lay.span[posts[1]][0]
    for i in range(start, min(end, start + 40)):
        text = lay.segments[i].strip()
        found = dates.alone(text) if text and not lay.linked[i] else None
        if found:
            return found
    return None


def _title_date(root: etree._Element) -> str | None:
    """A full date in the page's <title> (a blog's "Briefe - 26 Oktober 2010 - Blog")."""
    node = root.find(".//title")
    text = _squeeze(node.text_content()) if node is not None else ""
    return dates.from_plain(text) or dates.from_other_formats(text) if text else None


def _published_label_anywhere(lay: Layout, cache: dict[etree._Element, bool]) -> str | None:
    """Last resort: the first date the page labels as the publication's (发布时间：, veröffentlicht
    am, Published on) in any short unlinked line outside comments, sidebars and footers (a
    page's info box can stand apart from both the headline and the text)."""
    for line in _lines(lay, 0, len(lay.segments), cache):
        if len(line) > 80 or not _STRONG_LABEL.search(line):
            continue
        found = dates.from_labelled(line)
        if found:
            return found
    return None


def _adoption_note(body: str) -> str | None:
    """The date of an adoption note among the first lines of the text (see dates.adoption_note)."""
    for line in [x for x in body.split("\n") if x.strip()][:6]:
        found = dates.adoption_note(line)
        if found:
            return found
    return None


def _shows_day(found: str, text: str) -> bool:
    """Whether a text shows the day of a date (2007-08-20, 2007年8月20日, 2007/8/20, 20.08.2007)."""
    day = found[:10]
    for m in dates.DATE_RE.finditer(text):
        if f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" == day:
            return True
    return False


def find_date(meta: Mapping[str, str], scripts: list[str], header: str, body: str, after: str,
              url: str | None, raw_head: str = "", before: str = "", structured: str | None = None,
              after_lines: list[str] | None = None, above_lines: list[str] | None = None,
              over_title: list[str] | None = None, top_lines: list[str] | None = None,
              header_stated: str | None = None) -> str | None:
    """published_at from meta, scripts, labelled header text, header dates, datelines, URL."""
    found = dates.from_meta(meta) or dates.from_scripts(scripts)
    if found:
        # A date alone on its own line between the headline and the text is the date the page
        # states for the article, in its local time: where the metadata says another day (a
        # UTC time, an import date), the stated one is kept.
        # A date after a label line (成文日期：) is a field of a table: not this.
        if header_stated:
            return found if header_stated[:10] == found[:10] else header_stated
        lines = above_lines or []
        for i, line in enumerate(lines[:8]):
            stated = dates.alone(line) or (_byline_date(line) if not _UPDATED.search(line) else None)
            if stated is None and len(line) <= 120 and _STRONG_LABEL.search(line):
                # "发布时间：2015-11-12" between the headline and the text: the page's own statement.
                stated = dates.from_labelled(line)
            if stated and not (i and lines[i - 1].rstrip().endswith((":", "："))):
                return found if stated[:10] == found[:10] else stated
        # An official text whose only shown date is its adoption note under the title (a gazette
        # page): the metadata's day, shown nowhere near the text, is the page's upload.
        note = _adoption_note(body)
        if note and note[:10] != found[:10] and not _shows_day(found, " ".join((header, before, after, body[:2000]))):
            return note
        return found
    found = dates.from_labelled(header) or structured or dates.from_plain(header) \
        or dates.from_other_formats(header[:300])
    if found:
        return found
    # The byline zone right above the body, when the headline element found was another copy.
    found = dates.from_labelled(before) or dates.from_last_plain(before)
    if found:
        return found
    # The first lines of the text's block, boxes the text leaves out included (a post's
    # "Datum | 12.01.2017" box between its lead and its text).
    for line in top_lines or []:
        found = dates.from_labelled(line) if len(line) <= 60 else None
        if found:
            return found
    head = body[:300]
    found = dates.from_labelled(raw_head) or dates.from_labelled(head)
    if found:
        return found
    found = _adoption_note(body)
    if found:
        return found
    year = dates.year_from_url(url)
    if year is None:
        m = dates.DATE_RE.search(body)
        year = int(m.group(1)) if m else None
    found = dates.from_dateline(head, year)
    if found:
        return found
    found = dates.from_url(url) or dates.from_labelled(after)
    if found:
        return found
    # A date alone on a line: at the top of the text, just below it, at its foot.
    lines = [x.strip() for x in body.split("\n") if x.strip()]
    for line in [*lines[:3], *(after_lines or [])[:6], *lines[-3:][::-1]]:
        found = dates.alone(line)
        if found:
            return found
    for line in after_lines or []:
        found = dates.from_labelled(line) if len(line) <= 60 else None
        if found:
            return found
    for line in lines[-3:][::-1]:
        found = dates.from_cn_numerals(line) if len(line) < 60 else None
        if found:
            return found
    # The nearest date above the text, outside comments, sidebars and links.
    for line in (above_lines or [])[::-1]:
        found = dates.from_labelled(line) or (dates.from_plain(line) or dates.from_other_formats(line)
                                              or dates.alone(line) if len(line) <= 80 else None)
        if found:
            return found
    # A short date line right above the headline (a press release's "Place, 3 July 2018").
    for line in (over_title or [])[::-1]:
        found = dates.from_plain(line) or dates.from_other_formats(line) or dates.alone(line) \
            if len(line) <= 40 else None
        if found:
            return found
    return None


def extract(html: str | bytes, url: str | None = None, selectors: Mapping[str, str] | None = None,
            headers_charset: str | None = None) -> Article:
    """Extract an Article from an HTML page (bytes are decoded with decode_html)."""
    text = decode_html(html, headers_charset) if isinstance(html, bytes) else html
    root = _parse(text)
    if root is None:
        return Article()
    if url:
        base = root.xpath("//base/@href")
        if base:
            url = base[0] if base[0].startswith("http") else url
    selectors = selectors or {}
    meta = _meta(root)
    scripts = _scripts(root)
    title, title_node = find_title(root, meta)
    chosen = _select(root, selectors.get("title"))
    if chosen is not None:
        title, title_node = _squeeze(chosen.text_content()) or title, chosen
    _absolute_times(root)
    _written_dates(root)
    _drop_heading_anchors(root)
    lay = layout(root)
    # Explicit None test: an lxml element's truth value is its child count (and deprecated).
    body_node = _select(root, selectors.get("body"))
    if body_node is None:
        body_node = find_body_node(root, lay, title_node)
    body = clean_lines(node_text(body_node, lay.excluded), title) if body_node is not None else ""
    if title_node is None and body_node is not None and not (
            meta.get("articletitle") or meta.get("og:title") or meta.get("twitter:title")):
        # <title> gave only a site or column name: the heading right above the text is the title.
        near = _heading_above(lay, body_node)
        if near is not None:
            title, title_node = near
    if title is None:
        title = _heading_of(body)
        if title:
            body = clean_lines(body, title)
    if _visible(body) < MIN_BODY_CHARS:
        # A short post (a quoted line and two link titles) reads as no prose block, or as its one
        # longest line: the element the page marks as the article's body is its text.
        marked = next((el for el in root.iter("div", "section", "article", "td")
                       if (el.get("itemprop") or "").lower() == "articlebody" and el not in lay.excluded), None)
        if marked is not None and marked is not body_node:
            marked_text = clean_lines(node_text(marked, lay.excluded), title)
            if _visible(marked_text) > _visible(body):
                body, body_node = marked_text, marked
    if _visible(body) < MIN_BODY_CHARS:
        fallback = clean_lines(_fallback_body(text), title)
        if _visible(fallback) > _visible(body):
            body = fallback
    header = _without_stale(root, lay, _header_text(lay, title_node, body_node))
    date_node = _select(root, selectors.get("date"))
    published = dates.parse_date(date_node.text_content()) if date_node is not None else None
    # Slashed numeric dates are read the page's way (03/04/2012: 3 April in Europe, 4 March in
    # the US); the page's own addresses tell its permalink from a teaser's link.
    own = _own_urls(root, url, meta)
    lang = _page_lang(root, meta)
    with dates.slash_order(dates.day_first_of(lang), dates.year_first_of(lang, title)):
        if published is None:
            # A thread's replies are no part of the article: their dates are never its date.
            cache: dict[etree._Element, bool] = dict.fromkeys(thread_posts(root)[1:], True)
            if title_node is not None and title_node.tag == "h1":
                # The boxes that hold the headline are the article's, whatever their class says
                # (<article class="post commented">): no comment thread or sidebar holds it.
                for box in title_node.iterancestors():
                    cache.setdefault(box, False)
            after_lines = above_lines = over_title = top_lines = None
            if title_node is not None and title_node in lay.span and title_node.getparent() is not None \
                    and title_node.getparent().tag not in ("body", "html"):
                # Lines right above the headline within its own block (a banner's today is elsewhere).
                t_start, box = lay.span[title_node][0], title_node.getparent()
                inside = set(box.iter())
                over_title = [line for i, line in _numbered_lines(lay, max(0, t_start - 12), t_start, cache)
                              if lay.owner[i] in inside][-3:]
            if body_node is not None and body_node in lay.span:
                b_start, b_end = lay.span[body_node]
                after_lines = []
                for line in _lines(lay, b_end, b_end + 120, cache):
                    if _FOOTER_MARK.search(line):
                        break  # the site footer: its dates are not the article's
                    after_lines.append(line)
                top = lay.span[title_node][0] if title_node is not None and title_node in lay.span \
                    and lay.span[title_node][0] < b_start else max(0, b_start - 60)
                above_lines = _lines(lay, top, b_start, cache)
                top_lines = _paired(_lines(lay, b_start, min(b_end, b_start + 60), cache))[:12]
            # A page saved without its address still names it: the canonical link, og:url.
            page_url = url or next(iter(root.xpath("//link[@rel='canonical']/@href")), None) or meta.get("og:url")
            published = find_date(meta, scripts, header, body, _after_body(lay, body_node), page_url,
                                  _body_head(lay, body_node), _before_body(lay, body_node, cache=cache),
                                  _structured(root, lay, title_node, cache, own), after_lines, above_lines,
                                  over_title, top_lines, _stated_in_header(root, lay, title_node, body_node, cache, own))
            if published is None:
                published = _first_post_tail(root, lay, body_node) or _byline_boxes(root) \
                    or _published_label_anywhere(lay, cache) or _title_date(root)
    head_fields = header + " " + body[:200]
    source_node = _select(root, selectors.get("source"))
    source = (_LABEL_PREFIX.sub("", _squeeze(source_node.text_content())) or None
              if source_node is not None else find_source(head_fields, meta))
    author_node = _select(root, selectors.get("author"))
    author = (_LABEL_PREFIX.sub("", _squeeze(author_node.text_content())) or None
              if author_node is not None else find_author(head_fields, meta))
    return Article(title=title, published_at=published, source=source, author=author, body=body,
                   attachments=find_attachments(root, url))
