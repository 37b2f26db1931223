"""Main-text finder: known CMS containers first, then a CJK-aware text/punctuation density scorer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "summary",
})
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select",
    "option", "button", "input", "textarea", "head", "title", "meta", "link", "canvas", "audio",
    "video", "map", "datalist",
})
BOILER_TAGS = frozenset({"nav", "aside", "footer", "menu"})
NEG_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|menu|footer|foot|share|sharebar|bdsharebuttonbox|comment|comments|"
    r"related|relate|recommend|recommends|sidebar|side|breadcrumb|crumb|crumbs|copyright|toolbar|"
    r"tool|tools|banner|advert|ads?|hot|hotnews|rank|ranking|login|search|print|fontsize|"
    r"font-size|zihao|position|location|pager|page-nav|links|friendlink|qrcode|erweima|weixin|"
    r"subscribe|tags?|keywords?|author-info|statement|disclaimer|more|next|prev|footer-box|"
    r"bottom|topbar|top-bar|header|masthead|guide|widget|popup|modal|dialog|signature|sign|usersign|"
    r"sigline|pstatus|quote-?reply|player|mplayer|xgplayer|vjs)(?:$|[\s_\-\d])",
    re.I,
)
# NEG_ATTR with each matched word captured (overlapping: "side" and "sidebar" both seen).
_NEG_WORD = re.compile(
    NEG_ATTR.pattern.replace(r"(?:^|[\s_\-])(?:", r"(?<![^\s_\-])(", 1)
    .replace(r")(?:$|[\s_\-\d])", r")(?=$|[\s_\-\d])", 1), re.I)
POS_ATTR = re.compile(r"article|content|zoom|editor|detail|text|body|main|post|news_txt|con_", re.I)
# Words that mark a block as non-article even when a positive word (content, article) is also there,
# e.g. "detail-content__recommend", "article-related", "post-comments".
STRONG_NEG_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:recommend|recommends|related|relate|comment|comments|copyright|sidebar|"
    r"breadcrumb|hotnews|ranking|footer|share|sharebar)(?:$|[\s_\-\d])",
    re.I,
)
# Strong CMS containers: the body itself when they hold text.
STRONG_XPATH = (
    "//*[@id='UCAP-CONTENT' or @id='Zoom' or @id='zoom' or @id='zoomcon' or @id='fontzoom' "
    "or @id='ozoom' or @id='js_content' or @id='artibody' or @id='article_content' "
    "or @id='endText' or @id='detailContent' or @id='p-detail' or @id='articleContent' "
    "or @id='newsContent' or @id='zoomCon' or @id='xlt_zw']"
    "|//div[contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' TRS_UEDITOR ') "
    "or contains(@class, 'pages_content') or contains(@class, 'rich_media_content') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' article-content ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' article_content ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' rm_txt_con ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' left_zw ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' post_body ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' post_text ')]"
)
WEAK_XPATH = (
    "//*[@id='content' or @id='Content' or @id='article' or @id='detail' or @id='main-content' "
    "or @id='text' or @id='ContentBody' or @id='news_content' or @id='mainText']"
    "|//article|//*[contains(@class, 'article-body') or contains(@class, 'article_body') "
    "or contains(@class, 'content_text') or contains(@class, 'news_content') "
    "or contains(@class, 'artCon') or contains(@class, 'TRS_PreAppend') or @itemprop='articleBody']"
)
# The same containers as STRONG_XPATH / WEAK_XPATH, matched in one Python pass (the XPath forms,
# with concat/normalize-space over every element, cost more than the rest of the extraction).
_STRONG_IDS = frozenset({
    "UCAP-CONTENT", "Zoom", "zoom", "zoomcon", "fontzoom", "ozoom", "js_content", "artibody",
    "article_content", "endText", "detailContent", "p-detail", "articleContent", "newsContent",
    "zoomCon", "xlt_zw",
})
_STRONG_DIV_TOKENS = frozenset({
    "TRS_Editor", "TRS_UEDITOR", "article-content", "article_content", "rm_txt_con", "left_zw",
    "post_body", "post_text",
})
_STRONG_DIV_PARTS = ("pages_content", "rich_media_content")
_WEAK_IDS = frozenset({
    "content", "Content", "article", "detail", "main-content", "text", "ContentBody",
    "news_content", "mainText",
})
_WEAK_PARTS = ("article-body", "article_body", "content_text", "news_content", "artCon",
               "TRS_PreAppend")


def containers(root: etree._Element) -> tuple[list[etree._Element], set[etree._Element]]:
    """Known CMS body containers: strong ones in document order, and the weak ones."""
    strong: list[etree._Element] = []
    weak: set[etree._Element] = set()
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        ident = el.get("id")
        cls = el.get("class") or ""
        if ident in _STRONG_IDS or (tag == "div" and cls and (
                not _STRONG_DIV_TOKENS.isdisjoint(cls.split())
                or any(part in cls for part in _STRONG_DIV_PARTS))):
            strong.append(el)
        if ident in _WEAK_IDS or tag == "article" or el.get("itemprop") == "articleBody" or (
                cls and any(part in cls for part in _WEAK_PARTS)):
            weak.add(el)
    return strong, weak


PUNCT = frozenset("，。！？；：、“”‘’（）《》…,.!?;:")
BOILER_LINE = re.compile(
    r"^[\[【(（]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|值班编辑|监制|来源|稿源)\s*[:：]|"
    r"【?\s*(?:打印|关闭|关闭窗口|打印本页|打印正文|收藏|纠错|返回顶部|分享)\s*】?\s*$|"
    r"^[\[【]?\s*字号\s*[:：]?|【\s*大\s*中\s*小\s*】|^\s*[\[【]?\s*大\s*中\s*小\s*[\]】]?\s*$|"
    r"^分享到|^扫一扫|^(?:上一篇|下一篇)\s*[:：]|^用微信扫描|^微信扫一扫|^分享\s*[:：]|"
    r"^本帖最后由.{1,40}编辑$|"
    r"(?:未经|没有).{0,12}(?:书面)?(?:授权|许可|同意).{0,10}(?:不得|禁止|请勿|严禁)(?:转载|转发|复制|使用)|"
    r"^(?:本文)?版权(?:所有|归.{1,20}所有)"
)
# Byline debris at the edges of the text: a label with nothing after it, a date or a count alone, icons.
EDGE_DEBRIS = re.compile(
    r"^(?:[^\w\s]{0,2}\s*(?:发布时间|发布日期|时间|日期|来源|作者|浏览(?:次数|量)?|阅读(?:数|量)?|点击(?:数|量)?|"
    r"编辑|字号|分享(?:到)?)\s*[:：]|[\d\s:：/.\-年月日]{1,25}|[\ue000-\uf8ff\s]+)$"
)
# A byline line at the top edge of the text: two or more of its fields (作者：…来源：…, 发布时间：…
# 浏览次数：) on one line without a sentence's punctuation. Bare 时间：/日期： are left alone: they open a
# notice's own lines (时间：5月1日 地点：…).
_BYLINE_FIELD = re.compile(r"(?:发布时间|发布日期|发表时间|发稿时间|作者|来源|文章来源|信息来源|浏览次数|点击数|阅读数|"
                           r"点击量|浏览量|阅读量|责任编辑)\s*[:：]")


def _byline_line(line: str) -> bool:
    """Whether a line is a byline of two or more fields (see _BYLINE_FIELD)."""
    return len(line) <= 100 and not re.search(r"[。！？；]", line) and len(_BYLINE_FIELD.findall(line)) >= 2


TRUNCATE_LINE = re.compile(
    r"^\s*[\[【]?\s*(?:相关链接|相关新闻|相关阅读|相关文章|相关推荐|延伸阅读|推荐阅读|热点推荐|"
    r"猜你喜欢|热门推荐|更多精彩|往期回顾|热门文章|精彩推荐)\s*[\]】]?\s*[:：]?\s*$"
)
DISCLAIMER_LINE = re.compile(r"^\s*[\[【(（]?\s*免责声明\s*[\]】)）]?\s*[:：]")
# A blog's reprint and licence note under the post (原创文章，转载请注明：…; 本文基于署名4.0国际许可协议
# 发布; 本作品采用《CC 协议》): the page's tail, not the text.
LICENCE_LINE = re.compile(r"^\s*[\[【(（]?\s*(?:原创文章[，,]\s*转载请注明|本文(?:基于|采用|遵循|使用).{0,40}(?:许可|协议)|"
                          r"本作品采用.{0,30}(?:许可|协议))")
TOOLBAR_INLINE = re.compile(r"【\s*(?:打印|关闭|大|中|小|关闭窗口)\s*】|[\[【]\s*字体\s*[:：]?[^】\]]{0,12}[\]】]")


def _attr_text(el: etree._Element) -> str:
    """Class and id of an element, joined."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def is_boilerplate(el: etree._Element) -> bool:
    """True for navigation, share bars, footers, related links and other non-article blocks."""
    tag = el.tag
    if tag in BOILER_TAGS:
        return True
    attrs = _attr_text(el)
    if not attrs:
        return False
    matches = list(_NEG_WORD.finditer(attrs))
    if not matches:
        return False
    words = {m.group(1).lower() for m in matches}
    if words <= _LAYOUT_WORDS and _holds_prose(el):
        return False  # a layout class ("c-fixed-sidebar-layout", "l-sidebar-fixed") round the text
    if words == {"more"} and _holds_prose(el, paragraphs=2):
        return False  # the rest of a blog post after its jump (Movable Type's div#more.asset-more)
    if words <= _AD_WORDS and all(_AD_STATE.search(attrs[:m.start()]) for m in matches) \
            and _holds_prose(el, paragraphs=1, chars=300):
        # A BEM modifier or a state: "TestReport__Section--Ads", "o-section--has-ads" is a section
        # of the text with room for ads, not an ad.
        return False
    return not POS_ATTR.search(attrs) or bool(STRONG_NEG_ATTR.search(attrs))


# The words of NEG_ATTR that also name page layouts (a column beside which the text stands):
# a block so named that holds paragraphs of prose is the text's column, not a sidebar.
_LAYOUT_WORDS = frozenset({"side", "sidebar"})


_AD_WORDS = frozenset({"ad", "ads", "advert"})
_AD_STATE = re.compile(r"(?:--|[\s_-](?:has|with)-)$")


def _holds_prose(el: etree._Element, paragraphs: int = 3, chars: int = 1000) -> bool:
    """Paragraphs (three by default), mostly unlinked and outside list items, with enough
    characters between them (teasers' summaries are links, short, or items of a list)."""
    found = []
    for p in el.iter("p"):
        if next(p.iterancestors("li"), None) is not None:
            continue
        size = len(p.text_content().strip())
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if size >= 80 and linked < 0.3 * size:
            found.append(size)
    return len(found) >= paragraphs and sum(found) >= chars


@dataclass
class Layout:
    """Document-order text segments with per-element spans, for density scoring and header text."""

    segments: list[str] = field(default_factory=list)
    clean: list[bool] = field(default_factory=list)
    linked: list[bool] = field(default_factory=list)
    owner: list[etree._Element | None] = field(default_factory=list)
    span: dict[etree._Element, tuple[int, int]] = field(default_factory=dict)
    excluded: set[etree._Element] = field(default_factory=set)


def layout(root: etree._Element) -> Layout:
    """Walk the tree once, recording text segments, their block owner and each element's span."""
    out = Layout()
    segs, clean, linked, owner, span = out.segments, out.clean, out.linked, out.owner, out.span
    stack: list[tuple[etree._Element, bool, bool, etree._Element | None, int]] = []
    skip_depth = 0
    boiler_depth = 0
    link_depth = 0
    block: etree._Element | None = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el.tail and not skip_depth:
                segs.append(el.tail)
                clean.append(not boiler_depth)
                linked.append(link_depth > 0)
                owner.append(block)
            continue
        if event == "start":
            dropped = tag in DROP_TAGS
            boiler = not dropped and is_boilerplate(el)
            if dropped:
                skip_depth += 1
                out.excluded.add(el)
            if boiler:
                boiler_depth += 1
                out.excluded.add(el)
            if tag == "a":
                link_depth += 1
            stack.append((el, dropped, boiler, block, len(segs)))
            if tag in BLOCK_TAGS or tag == "br":
                block = el if tag != "br" else block
            if el.text and not skip_depth:
                segs.append(el.text)
                clean.append(not boiler_depth)
                linked.append(link_depth > 0)
                owner.append(block)
        else:
            _, dropped, boiler, parent_block, start = stack.pop()
            span[el] = (start, len(segs))
            if dropped:
                skip_depth -= 1
            if boiler:
                boiler_depth -= 1
            if tag == "a":
                link_depth -= 1
            block = parent_block
            if el.tail and not skip_depth:
                segs.append(el.tail)
                clean.append(not boiler_depth)
                linked.append(link_depth > 0)
                owner.append(block)
    return out


def _count(text: str) -> tuple[int, int]:
    """Visible characters (no white space) and prose punctuation marks in a text."""
    chars = len(text) - sum(text.count(c) for c in " \t\r\n\u3000\xa0")
    punct = sum(1 for c in text if c in PUNCT)
    return chars, punct


def score_blocks(lay: Layout) -> tuple[dict, list[int], list[int], list[int]]:
    """Score block elements by the prose they hold; return scores and prefix sums over segments."""
    scores: dict[etree._Element, float] = {}
    unit_chars: dict[etree._Element, int] = {}
    unit_punct: dict[etree._Element, int] = {}
    pre_chars = [0]
    pre_link = [0]
    pre_punct = [0]
    for text, ok, is_link, blk in zip(lay.segments, lay.clean, lay.linked, lay.owner, strict=True):
        chars, punct = _count(text) if ok else (0, 0)
        pre_chars.append(pre_chars[-1] + chars)
        pre_punct.append(pre_punct[-1] + punct)
        pre_link.append(pre_link[-1] + (chars if is_link else 0))
        if ok and not is_link and blk is not None and chars:
            unit_chars[blk] = unit_chars.get(blk, 0) + chars
            unit_punct[blk] = unit_punct.get(blk, 0) + punct
    for blk, chars in unit_chars.items():
        if chars < 8:
            continue
        punct = unit_punct[blk]
        unit = 1.0 + punct + min(chars / 40.0, 4.0)
        if punct == 0 and chars < 25:
            unit *= 0.3
        node = blk
        for weight in (1.0, 1.0, 0.5, 0.25):
            if node is None:
                break
            scores[node] = scores.get(node, 0.0) + unit * weight
            node = node.getparent()
    return scores, pre_chars, pre_link, pre_punct


def _stats(lay: Layout, pre: tuple[list[int], list[int], list[int]], el: etree._Element
           ) -> tuple[int, int, int]:
    """Visible chars, link chars and punctuation inside an element's clean text."""
    start, end = lay.span.get(el, (0, 0))
    chars, link, punct = pre
    return chars[end] - chars[start], link[end] - link[start], punct[end] - punct[start]


def _in_headline_list(el: etree._Element) -> bool:
    """True when el is (inside) one item of a list of many items, as in lists of headlines."""
    node: etree._Element | None = el
    for _ in range(4):
        if node is None:
            return False
        if node.tag in ("li", "dd", "dt"):
            parent = node.getparent()
            return parent is not None and sum(1 for c in parent if c.tag == node.tag) >= 4
        node = node.getparent()
    return False


def _title_spans(lay: Layout, title_node: etree._Element | None
                 ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Spans of the headline and of the <article> holding it (if any), for _title_factor."""
    if title_node is None or title_node not in lay.span:
        return None
    article = next(title_node.iterancestors("article"), None)
    return lay.span[title_node], lay.span.get(article) if article is not None else None


def _title_factor(lay: Layout, pre: tuple[list[int], list[int], list[int]], el: etree._Element,
                  spans: tuple[tuple[int, int], tuple[int, int] | None] | None) -> float:
    """Down-weight blocks outside the headline's <article>, above it, or far below it."""
    if spans is None or el not in lay.span:
        return 1.0
    (t_start, t_end), art = spans
    start, end = lay.span[el]
    if start <= t_start and end >= t_end:
        return 1.0  # contains the headline
    if art is not None and not (art[0] <= start and end <= art[1]):
        return 0.4  # the headline sits in an <article>; the text should too
    if end <= t_start:
        return 0.5  # entirely above the headline: navigation, teasers
    gap = pre[0][start] - pre[0][t_end]
    if gap > 1500:
        return 0.6 if gap < 5000 else 0.4
    return 1.0


# One post of a thread (forums, blog comments): an id numbered per post, or a post-body class.
_POST_ID = re.compile(
    r"^(?:post|postmessage|post_message|post_content|pid|reply|floor|message|msg|tpc|read)[_\-]?\d+$", re.I)
_POST_CLASS = re.compile(
    r"(?:^|\s)(?:t_f|post-content|post_content|d_post_content|postbody|post-body|post_body|reply-content|floor|"
    r"bbs-content|read-content|tpc_content|postmessage|message)(?:$|\s)", re.I)


def first_post(root: etree._Element) -> etree._Element | None:
    """The first of the posts of a thread page (two posts or more of one kind), or None."""
    return _thread(root)[0] if _thread(root) else None


def thread_posts(root: etree._Element) -> list[etree._Element]:
    """The posts of a thread page (two or more of one kind), in order; empty when none."""
    return _thread(root)


def _thread(root: etree._Element) -> list[etree._Element]:
    """The posts of a thread page (two or more of one kind), in order; empty when none."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("id") or ""
        cls = el.get("class") or ""
        if _POST_ID.match(ident):
            key = (el.tag, re.sub(r"\d+$", "", ident))
        elif cls and _POST_CLASS.search(cls):
            key = (el.tag, cls)
        else:
            continue
        groups.setdefault(key, []).append(el)
    best: list[etree._Element] | None = None
    for members in groups.values():
        # Nested matches (a post inside a post) are one post.
        tops = [m for m in members if not any(_inside(m, o) for o in members if o is not m)]
        if len(tops) >= 2 and (best is None or len(tops) > len(best)):
            best = tops
    return best or []


def find_body_node(root: etree._Element, lay: Layout,
                   title_node: etree._Element | None = None) -> etree._Element | None:
    """Pick the element holding the article body (near the headline when it is known)."""
    node = _find_body_node(root, lay, title_node)
    posts = _thread(root)
    if not posts or node is None or posts[0] in lay.excluded:
        return node
    post = posts[0]
    if node is post or _inside(node, post):
        return node
    # A thread: the first post is the article; replies and the thread wrapper are not. A body
    # found outside the thread (an article above its comments) stays.
    if not (_inside(post, node) or any(node is p or _inside(node, p) for p in posts[1:])):
        return node
    inner = [el for el in post.iter() if isinstance(el.tag, str) and el in lay.span]
    scores = score_blocks(lay)[0]
    best = max(inner, key=lambda el: scores.get(el, 0.0), default=post)
    return best if scores.get(best, 0.0) > 0 else post


def _find_body_node(root: etree._Element, lay: Layout,
                    title_node: etree._Element | None = None) -> etree._Element | None:
    """The body element by containers and density, before the thread rule."""
    scores, pre_chars, pre_link, pre_punct = score_blocks(lay)
    pre = (pre_chars, pre_link, pre_punct)
    strong_all, weak = containers(root)
    strong = [el for el in strong_all if el not in lay.excluded]
    best_strong, best_len = None, 0
    for el in strong:
        chars, link, punct = _stats(lay, pre, el)
        if chars >= 20 and link <= chars * 0.5 and chars > best_len:
            best_strong, best_len = el, chars
    best, best_score = None, 0.0
    spans = _title_spans(lay, title_node)
    for el, score in scores.items():
        if el.tag in ("html", "body") or el in lay.excluded:
            continue
        chars, link, punct = _stats(lay, pre, el)
        if not chars:
            continue
        density = link / chars
        value = score * (1.0 - density) ** 2
        if el in weak:
            value *= 1.3
        if value <= best_score:
            continue  # the factors below only lower a value
        if _in_headline_list(el):
            value *= 0.3
        value *= _title_factor(lay, pre, el, spans)
        if value > best_score:
            best, best_score = el, value
    if best_strong is not None:
        # A strong container that wraps another one holding most of its text (LearnKu: div
        # "ui segment article-content" around the byline and div "markdown-body article-content"):
        # the inner one is the text, the rest of the outer its byline and tools.
        inner_strong = [el for el in strong if el is not best_strong and _inside(el, best_strong)
                        and _stats(lay, pre, el)[0] >= 0.6 * best_len]
        if inner_strong:
            best_strong = max(inner_strong, key=lambda el: _stats(lay, pre, el)[0])
            best_len = _stats(lay, pre, best_strong)[0]
        # A wrapper-like strong container (columns, sidebars) yields to the dense block inside it.
        if best is not None and best is not best_strong and _inside(best, best_strong):
            inner_chars = _stats(lay, pre, best)[0]
            if inner_chars >= 0.6 * best_len or inner_chars < 100:
                return best_strong
        else:
            return best_strong
    if best is None:
        return None
    # Climb when the parent adds substantial prose (article split over sibling blocks), but not
    # up to a block that also holds the headline and its byline.
    chars, link, punct = _stats(lay, pre, best)
    node = best
    title_below = title_node is not None and not _inside(title_node, node) and title_node is not node
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in lay.excluded:
            break
        if title_below and title_node is not None and _inside(title_node, parent):
            break
        p_chars, p_link, p_punct = _stats(lay, pre, parent)
        if p_chars and p_link / p_chars < 0.2 and p_punct >= punct * 1.25 and p_punct - punct >= 8 \
                and (p_chars - chars) <= 4 * max(chars, 1) \
                and (p_punct - punct) / max(p_chars - chars, 1) >= _min_punct_density(parent):
            node, chars, punct = parent, p_chars, p_punct
            continue
        break
    return node


_CJK = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]")


def _min_punct_density(el: etree._Element) -> float:
    """Punctuation per character that added text must reach to count as prose: CJK text puts a
    mark every dozen characters or so, alphabetic text (words and spaces between) about half as often."""
    text = el.text_content()[:4000]
    letters = sum(1 for c in text if c.isalpha())
    return 0.03 if letters and len(_CJK.findall(text)) > 0.3 * letters else 0.015


def _inside(node: etree._Element, ancestor: etree._Element) -> bool:
    """True when ancestor is a proper ancestor of node."""
    parent = node.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def node_text(el: etree._Element, excluded: set[etree._Element]) -> str:
    """Text of an element with block boundaries and <br> as line breaks, skipping excluded parts."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag
        if not isinstance(tag, str):
            return
        if node in excluded and node is not el:
            return
        if tag == "br":
            parts.append("\n")
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(el)
    return "".join(parts)


def _is_prose(line: str) -> bool:
    """A sentence-like line: long enough and punctuated as running text."""
    return len(line) >= 30 and any(c in line for c in "，。；！？")


def clean_lines(text: str, title: str | None = None) -> str:
    """Normalise white space, drop toolbar/editor lines and cut trailing related-link lists."""
    raw_lines = [re.sub(r"[ \t\r\f\v\xa0\u3000\u200b\ufeff]+", " ", raw).strip()
                 for raw in text.split("\n")]
    raw_lines = [x for x in raw_lines if x]
    lines: list[str] = []
    norm_title = re.sub(r"\s+", "", title or "")
    skipping = False
    for i, line in enumerate(raw_lines):
        if skipping:
            if not _is_prose(line):
                continue
            skipping = False
        if TRUNCATE_LINE.match(line):
            # A related-links box above the text (prose follows it): skip the box, keep the text;
            # below the text: cut there.
            before = sum(len(x) for x in lines if _is_prose(x))
            after = sum(len(x) for x in raw_lines[i + 1:] if _is_prose(x))
            if after >= 200 and after > 2 * before:
                skipping = True
                continue
            if lines:
                break
        if LICENCE_LINE.match(line) and len(line) <= 160:
            if lines:
                break  # under the text: the rest is the page's tail
            continue
        if DISCLAIMER_LINE.match(line) and sum(len(x) for x in lines if _is_prose(x)) >= 200:
            break  # a portal's disclaimer closes the text: what follows is the page's tail
        if BOILER_LINE.search(line) and len(line) < 80:
            continue
        line = TOOLBAR_INLINE.sub("", line).strip()
        if not line:
            continue
        if norm_title and not lines and re.sub(r"\s+", "", line) == norm_title:
            continue
        lines.append(line)
    # Byline debris before the first and after the last sentence-like line.
    while lines and (EDGE_DEBRIS.match(lines[0]) or _byline_line(lines[0])) and any(_is_prose(x) for x in lines[1:]):
        lines.pop(0)
    while lines and EDGE_DEBRIS.match(lines[-1]) and any(_is_prose(x) for x in lines[:-1]):
        lines.pop()
    return "\n".join(lines)
