"""Telling a site's pages apart by structure (crawlers/site.py): homepages, traps, column links,
list rows, static, login and search pages, pages built like articles."""

from __future__ import annotations

import lxml.html
import pytest

from crawlers.site import column_candidates, is_homepage, repeated_item_links, static_reason, trap
from crawlers.spiders.listing import ListingSpider
from tests.crawlers import homesite

BASE = "http://rd.example.cn"


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize(("url", "home"), [
    (BASE, True), (BASE + "/", True), (BASE + "/index.html", True), (BASE + "/index.shtml", True),
    (BASE + "/default.aspx", True), (BASE + "/gzdt/index.html", False), (BASE + "/col/col12/", False),
])
def test_is_homepage(url: str, home: bool) -> None:
    assert is_homepage(url) is home


@pytest.mark.parametrize(("url", "reason"), [
    (BASE + "/hdrl/index.html?date=2024-06", "calendar_trap"),
    (BASE + "/rili/2024/index.html", "calendar_trap"),
    (BASE + "/list.jsp?year=2024&month=6", "calendar_trap"),
    (BASE + "/search.jsp?q=%E4%BA%BA%E5%A4%A7&sort=time", "facet_trap"),
    (BASE + "/s?wd=x", "facet_trap"),
    (BASE + "/list.jsp?x1=1&x2=2&x3=3&x4=4&x5=5", "facet_trap"),
    (BASE + "/list.jsp?columnId=12", None),
    (BASE + "/ztzl/?page=2", None),
    (BASE + "/col/col1201/index.html", None),
])
def test_traps(url: str, reason: str | None) -> None:
    assert trap(url) == reason


def test_homepage_candidates_menus_first_articles_left_out() -> None:
    site = homesite.build()
    site.port = 80
    html = homesite.homepage(site)
    cands = column_candidates(_doc(html), BASE + "/")
    urls = [c.url[len(BASE):] for c in cands]
    ranks = [{"more": 0, "nav": 1, "map": 1, "link": 2}[c.why] for c in cands]
    assert ranks == sorted(ranks) and ranks[0] < 2  # menus and 更多 first, other links after
    for col in ("gzdt", "lfgz", "jdgz", "dbgz", "tzgg", "zwgk"):
        assert homesite.COLUMN_URLS[col] in urls
    assert not any(u in urls for u in (a.path for a in site.articles))  # articles are not columns
    assert "/" not in urls and not any(u.endswith((".png", ".jpg")) for u in urls)


def test_list_rows_versus_menus() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/c{k}/'>栏目{k}</a></li>" for k in range(8)) + "</ul>"
    rows = "<ul>" + "".join(f"<li><a href='/n/{k}.html'>市人大常委会召开第{k}次主任会议研究工作</a><i>[06-0{k}]</i></li>"
                             for k in range(1, 5)) + "</ul>"
    links = repeated_item_links(_doc(f"<html><body>{menu}{rows}</body></html>"), BASE + "/n/")
    assert [lk.url for lk in links] == [f"{BASE}/n/{k}.html" for k in range(1, 5)]
    assert all(lk.weak and lk.list_date is None for lk in links)


def test_static_login_and_search_pages() -> None:
    for path, reason in (("/login.html", "login_page"), ("/search.jsp", "search_page"), ("/lxwm.html", "static_page"),
                         ("/wza.html", "static_page")):
        title, main = homesite.STATIC[path]
        assert static_reason(_doc(homesite.chrome(title, main)), BASE + path) == reason, path


def test_built_like_an_article() -> None:
    site = homesite.build()
    art = site.articles[0]
    assert ListingSpider.looks_like_article(_doc(homesite._article(art).decode()))
    # A static page whose only date is the footer's copyright line is not.
    static = ("<html><body><h2>常委会简介</h2><p>市人大常委会由主任、副主任、秘书长和委员组成，每届任期同本级人民代表大会每届任期相同。</p>"
              "<p>常委会会议一般每两个月举行一次，由主任召集并主持。</p>" + "<div>说明</div>" * 60 +
              "<div class='footer'>版权所有 更新于2024年1月1日</div></body></html>")
    assert not ListingSpider.looks_like_article(_doc(static))


def test_rows_opened_by_script() -> None:
    from crawlers.discover import article_links
    html = ("<html><body><ul>" + "".join(
        f"<li><a href=\"javascript:void(0)\" onclick=\"window.open('/xxgk/detail_{k}.html')\">县人大常委会第{k}次会议公告</a>"
        f"<span>2024-06-0{k}</span></li>" for k in range(1, 4))
        + "<li><a href=\"javascript:;\" onclick=\"location.href='/tzgg/show.jsp?id=9'\">关于征求条例草案修改意见的公告</a>"
          "<span>2024-05-30</span></li></ul></body></html>")
    links = article_links(_doc(html), BASE + "/xxgk/")
    assert [lk.url[len(BASE):] for lk in links] == ["/xxgk/detail_1.html", "/xxgk/detail_2.html",
                                                    "/xxgk/detail_3.html", "/tzgg/show.jsp?id=9"]


def test_menu_entries_at_article_like_addresses_are_not_articles() -> None:
    from crawlers.discover import article_links
    # TRS keeps static pages as documents too: a menu's 常委会简介 may sit at a tYYYYMMDD_N address.
    html = ("<html><body><ul class='nav'><li><a href='/rdgk/201801/t20180101_11.html'>常委会简介</a></li>"
            "<li><a href='/rdgk/201801/t20180101_12.html'>机构设置</a></li></ul><ul class='news'>"
            "<li><a href='/gzdt/202406/t20240624_31.html'>市人大常委会召开党组会议</a></li></ul></body></html>")
    assert [lk.url[len(BASE):] for lk in article_links(_doc(html), BASE + "/")] == ["/gzdt/202406/t20240624_31.html"]


def test_menu_written_by_a_script() -> None:
    html = ("<html><body><div id='nav'></div><script>var menu = [{name: '工作动态', url: '/gzdt/'}, "
            "{name: '立法工作', url: '/lfgz/index.html'}, {name: '图标', url: '/images/nav.png'}];"
            "document.write('<a href=\"/tzgg/list.htm\">通知公告</a>');</script></body></html>")
    urls = {c.url[len(BASE):] for c in column_candidates(_doc(html), BASE + "/")}
    assert urls == {"/gzdt/", "/lfgz/index.html", "/tzgg/list.htm"}
