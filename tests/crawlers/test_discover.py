"""Article links and next pages found by structure on real and sample-site list pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from crawlers.discover import NEWS_DATED, article_links, next_page
from crawlers.extract import decode_html
from siqing.app.demo.sites import load_manifest, read_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lists"
BASE = "http://sites.test"


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _sample(path: str) -> lxml.html.HtmlElement:
    page = read_page(path)
    assert page is not None, path
    return _doc(decode_html(page[0], None))


def test_real_news_list_page_finds_articles_not_navigation() -> None:
    # A saved NetEase list page (GNE's test data): ~870 links, of which the dated article ones count.
    doc = _doc((FIXTURES / "163_news.html").read_text(encoding="utf-8"))
    links = article_links(doc, "https://news.163.com/")
    assert len(links) >= 100
    assert all(NEWS_DATED.search(urlsplit(lk.url).path) for lk in links)
    assert len({lk.url for lk in links}) == len(links)  # each once, though many appear twice
    # Each date is the one the URL carries (/YY/MMDD/HH/): some links on the page are years old.
    for lk in links:
        m = NEWS_DATED.search(urlsplit(lk.url).path)
        assert m and lk.list_date == date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))), lk.url
    assert sum(1 for lk in links if lk.list_date and lk.list_date.year == 2020) >= 80
    assert sum(1 for lk in links if lk.title) >= 80
    assert next_page(doc, "https://news.163.com/") is None


@pytest.mark.parametrize("site", ["sdrd", "npc", "jnrd", "govcn", "zjrd", "lixia"])
def test_sample_site_list_pages_yield_exactly_the_manifest_articles(site: str) -> None:
    """Following next_page from each start page finds every manifest article of the site, nothing else."""
    from siqing.app.demo.sites import demo_sources

    src = next(s for s in demo_sources(BASE) if s["id"] == f"demo-{site}")
    found: set[str] = set()
    for start in src["start_urls"]:
        url: str | None = start
        pages = 0
        while url and pages < 20:
            pages += 1
            doc = _sample(urlsplit(url).path)
            found |= {urlsplit(lk.url).path for lk in article_links(doc, url)}
            url = next_page(doc, url)
    expected = {a["url"] for a in load_manifest()["articles"] if a["site"] == site}
    assert expected and found == expected


def test_sample_list_dates_match_manifest() -> None:
    published = {a["url"]: a["published"] for a in load_manifest()["articles"]}
    doc = _sample("/sdrd/lfgz/dfxfg/index.html")
    links = article_links(doc, BASE + "/sdrd/lfgz/dfxfg/index.html")
    assert links
    for lk in links:
        assert lk.list_date is not None and lk.list_date.isoformat() == published[urlsplit(lk.url).path]


PAGE = """<html><body><ul>
<li><a href="./202406/t20240624_1.html">关于召开第十八届人大常委会第十次会议的决定</a></li></ul>
<script>{script}</script></body></html>"""


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ('createPageHTML(5, 0, "index", "html");', "index_1.html"),
        ('createPageHTML(5, 3, "index", "html");', "index_4.html"),
        ('createPageHTML(5, 4, "index", "html");', None),  # the last page
        ("createPageHTML(1, 0, 'index', 'shtml');", None),  # a single page
        ("createPageHTML(7, 2, 'list', 'shtml');", "list_3.shtml"),
        ("createPageHTML('page_div', 5, 1, 'index', 'html', 68);", "index_2.html"),
        ("createPageHTML('page_div', 5, 4, 'index', 'html', 68);", None),
        ("createPageHTML('pageBarDiv', 12, 0, 'list', 'htm', 230);", "list_1.htm"),
    ],
)
def test_trs_create_page_html_variants(call: str, expected: str | None) -> None:
    url = BASE + "/rdyw/index.html"
    nxt = next_page(_doc(PAGE.format(script=call)), url)
    assert nxt == (f"{BASE}/rdyw/{expected}" if expected else None)


def test_trs_definition_and_call_in_one_script() -> None:
    # TRS templates often define createPageHTML and call it in the same <script> block.
    script = ("function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){ return; }\n"
              'createPageHTML(4, 1, "index", "html");')
    assert next_page(_doc(PAGE.format(script=script)), BASE + "/a/index_1.html") == BASE + "/a/index_2.html"


@pytest.mark.parametrize("text", ["下一页", "下页", " 下一页 ", "下一页>"])
def test_next_link_by_text(text: str) -> None:
    html = f'<html><body><div class="page"><a href="list_2.html">上一页</a><a href="list_3.html">{text}</a></div></body></html>'
    assert next_page(_doc(html), BASE + "/col/list_2.html") == BASE + "/col/list_3.html"


def test_next_link_ignored_when_javascript_or_self() -> None:
    html = ('<html><body><a href="javascript:void(0)">下一页</a>'
            '<a href="index.html">下一页</a></body></html>')
    assert next_page(_doc(html), BASE + "/col/index.html") is None


def test_script_data_block_urls() -> None:
    html = """<html><body><div id="list"></div><script>
var data = [{"title":"关于废止部分地方性法规的决定","url":"\\/jnrd\\/lfgz\\/202405\\/t20240528_4518.html"},
            {"title":"市人大常委会召开主任会议","url":"/jnrd/rdyw/202405/t20240527_4517.html"},
            {"title":"首页","url":"/jnrd/index.html"}];
document.write('<a href="/jnrd/images/logo.png">');
</script></body></html>"""
    links = article_links(_doc(html), BASE + "/jnrd/index.html")
    assert [urlsplit(lk.url).path for lk in links] == ["/jnrd/lfgz/202405/t20240528_4518.html",
                                                       "/jnrd/rdyw/202405/t20240527_4517.html"]
    assert links[0].list_date == date(2024, 5, 28)


def test_date_bearing_list_items_without_article_like_urls() -> None:
    # A CMS with opaque article URLs: the date beside the link marks the list item.
    html = """<html><body><ul class="news">
<li><a href="/news/show.php?id=812">市人大常委会开展食品安全法执法检查</a><span>2024-06-20</span></li>
<li><a href="/news/view.aspx?id=811">代表联络站收集群众意见建议</a><span>2024年6月18日</span></li>
<li><a href="/about.html">关于我们</a></li>
</ul><div class="nav"><a href="/news/more.jsp">更多新闻资讯内容</a></div>
<div class="footer">2024-01-01 版权所有 <a href="/contact.html">联系我们页面入口</a></div></body></html>"""
    links = article_links(_doc(html), BASE + "/news/")
    assert [(urlsplit(lk.url).path + "?" + urlsplit(lk.url).query, lk.list_date) for lk in links] == [
        ("/news/show.php?id=812", date(2024, 6, 20)),
        ("/news/view.aspx?id=811", date(2024, 6, 18)),
    ]
    assert links[0].title == "市人大常委会开展食品安全法执法检查"


def test_npc_column_paths_and_pager_links_are_told_apart() -> None:
    html = """<html><body><ul>
<li><a href="/npc/c2/c30834/202406/t20240628_437861.html">中华人民共和国农村集体经济组织法</a></li>
<li><a href="/npc/c2/kgfb/202409/t20240913_439534.html">全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定</a></li>
<li><a href="/npc/c2/c30834/index_1.html">2</a></li>
<li><a href="/npc/c2/c30834/202406/P020240628.pdf">附件下载（PDF文件）</a></li>
</ul></body></html>"""
    links = article_links(_doc(html), BASE + "/npc/c2/c30834/index.html")
    assert [urlsplit(lk.url).path for lk in links] == ["/npc/c2/c30834/202406/t20240628_437861.html",
                                                       "/npc/c2/kgfb/202409/t20240913_439534.html"]
    assert [lk.list_date for lk in links] == [date(2024, 6, 28), date(2024, 9, 13)]
