"""Paging styles found from the list page itself (crawlers/paging.py), on structures modelled on
real CMS pages: TRS WCM, Hanweb jpage (datastore, nextgroup, dataproxy.jsp), JSON list APIs,
forms posting a page number, javascript: pager functions, 下一页 and numbered links."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest

from crawlers.paging import detect, jpage_records, json_total, next_link, refresh
from crawlers.site import list_links
from tests.crawlers import homesite

BASE = "http://rd.example.cn"


def _detect(html: str, url: str = BASE + "/col/index.html"):  # type: ignore[no-untyped-def]
    return detect(lxml.html.document_fromstring(html), html, url)


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def test_trs_count_page_variables() -> None:
    # TRS templates keep the counts in variables and call createPageHTML with their names.
    html = _page("<ul><li><a href='./202406/t20240624_1.html'>x</a></li></ul><script>\n"
                 "var currentPage = 0;//所在页从0开始\nvar countPage = 7//共多少页\n"
                 "createPageHTML(countPage, currentPage, \"index\", \"shtml\");</script>")
    p = _detect(html, BASE + "/rdyw/index.shtml")
    assert p is not None and p.style == "trs" and p.last == 7
    assert [p.request(n).url for n in (2, 7)] == [BASE + "/rdyw/index_1.shtml", BASE + "/rdyw/index_6.shtml"]
    assert p.request(8) is None


@pytest.mark.parametrize("with_param", [True, False])
def test_hanweb_jpage_post_and_get(with_param: bool) -> None:
    site = homesite.build()
    html = homesite.jpage_column(site)
    if not with_param:
        # Older jpage templates have no ajaxParam: the nextgroup link's parameters go by GET.
        html = html.replace("ajaxParam:", "ajaxParamX:")
    p = _detect(html, BASE + "/col/col1201/index.html")
    assert p is not None and p.style == "jpage"
    assert p.params["first"] == 15 and p.params["total"] == 34 and p.last == 3
    req = p.request(2)
    assert req is not None and req.kind == "jpage"
    query = dict(parse_qsl(urlsplit(req.url).query))
    assert urlsplit(req.url).path == "/module/web/jpage/dataproxy.jsp"
    assert (query["startrecord"], query["endrecord"], query["perpage"]) == ("16", "30", "5")
    if with_param:
        assert req.method == "POST" and req.form and req.form["columnid"] == "1201" and req.form["unitid"] == "5301"
    else:
        assert req.method == "GET" and query["columnid"] == "1201" and query["webid"] == "1"
    last = p.request(3)
    assert last is not None and dict(parse_qsl(urlsplit(last.url).query))["startrecord"] == "31"
    assert p.request(4) is None
    # The records of the page and of a proxy answer carry titles and dates.
    records, _ = jpage_records(html)
    links = list_links(lxml.html.document_fromstring(html), BASE + "/col/col1201/index.html", records)
    assert len(links) == 15 and all(lk.title and lk.list_date for lk in links)
    answer = homesite.jpage_proxy(site, {"columnid": "1201", "startrecord": "31", "endrecord": "45"}).decode()
    assert jpage_records(answer)[0] and jpage_records(answer)[1] == 34


@pytest.mark.parametrize("script", [
    # $.ajax with a data object (the test site's 代表工作 column)
    None,
    # fetch with the page concatenated onto the URL
    "<script>function load(p){ fetch('/api/article/list?columnId=1401&pageSize=5&pageNo=' + p)"
    ".then(r => r.json()).then(render); } load(1);</script>",
    # $.get with a parameter object
    "<script>var cid = 1401; function show(page){ $.get(\"/api/article/list\", {columnId: cid, pageNo: page, "
    "pageSize: 5}, function(res){ render(res); }); } show(1);</script>",
    # a bare XMLHttpRequest with a template literal
    "<script>function list(n){ var x = new XMLHttpRequest(); "
    "x.open('GET', `/api/article/list?columnId=1401&pageSize=5&pageNo=${n}`); x.send(); } list(1);</script>",
])
def test_json_list_api_named_in_a_script(script: str | None) -> None:
    html = homesite.json_column() if script is None else _page("<ul id='list'></ul>" + script)
    p = _detect(html, BASE + "/dbgz/index.html")
    assert p is not None and p.style == "json"
    assert p.params["page_key"] == "pageNo" and p.params["api"] == BASE + "/api/article/list"
    first = p.first_request()
    assert first is not None and first.kind == "json"
    assert dict(parse_qsl(urlsplit(first.url).query)) == {"columnId": "1401", "pageSize": "5", "pageNo": "1"}
    # The reported total decides the last page: 18 records, 5 a page.
    site = homesite.build()
    import json
    answer = json.loads(homesite.json_api(site, {"columnId": "1401", "pageNo": "1", "pageSize": "5"}))
    assert json_total(answer) == (18, None)
    refresh(p, answer=answer, records=5)
    assert p.last == 4 and p.request(4) is not None and p.request(5) is None


def test_form_posting_a_page_number() -> None:
    html = homesite.form_page(homesite.build(), 0)
    assert html is not None
    p = _detect(html, BASE + "/zwgk/index.html")
    assert p is not None and p.style == "form" and p.last == 3
    req = p.request(2)
    assert req is not None and req.method == "POST" and req.url == BASE + "/zwgk/index.html"
    assert req.form == {"catalogId": "12", "pageNo": "2"}
    # Catalogue table rows: title and the date column, not the index number.
    links = list_links(lxml.html.document_fromstring(html), BASE + "/zwgk/index.html")
    assert len(links) == 5 and all(lk.list_date and lk.list_date.year == 2024 for lk in links)


@pytest.mark.parametrize(("body", "page3"), [
    ("function goPage(pageNo) { if (pageNo == 1) { window.location.href = 'index.html'; } "
     "else { window.location.href = 'index_' + (pageNo - 1) + '.html'; } }", "/col/index_2.html"),
    ("function turnPage(n){ location.href = \"?page=\" + n; }", "/col/index.html?page=3"),
    ("var toPage = function(p) { window.location = 'list_' + p + '.htm'; };", "/col/list_3.htm"),
])
def test_javascript_pager_functions(body: str, page3: str) -> None:
    name = body.split("function")[1].split("(")[0].strip() or body.split("var ")[1].split(" ")[0]
    links = "".join(f'<a href="javascript:{name}({k})">{k}</a>' for k in (1, 2, 3, 4))
    p = _detect(_page(f"<div class='page'>{links}<a href=\"javascript:{name}(9)\">尾页</a></div>"
                      f"<script>{body}</script>"))
    assert p is not None and p.style == "jsfunc" and p.last == 9
    assert p.request(3) is not None and p.request(3).url == BASE + page3  # type: ignore[union-attr]
    assert p.request(10) is None


def test_jsfunc_pager_window_grows_page_by_page() -> None:
    site = homesite.build()
    first = homesite.jsfunc_page(site, 0)
    assert first is not None
    p = _detect(first, BASE + "/jdgz/index.html")
    assert p is not None and p.last == 3  # the window shows pages 1-3 of 4
    later = homesite.jsfunc_page(site, 2)
    assert later is not None
    refresh(p, doc=lxml.html.document_fromstring(later))
    assert p.last == 4 and p.request(4) is not None


def test_next_and_numbered_links() -> None:
    site = homesite.build()
    page = homesite.links_page(site, 1)
    assert page is not None
    doc = lxml.html.document_fromstring(page)
    assert next_link(doc, BASE + "/tzgg/list_1.htm", 2) == BASE + "/tzgg/list_2.htm"
    last = homesite.links_page(site, 3)
    assert last is not None
    assert next_link(lxml.html.document_fromstring(last), BASE + "/tzgg/list_3.htm", 4) is None
    # ?page=N links without a 下一页: the link numbered one past the current page.
    html = _page('<ul><li><a href="/a/1.html">标题一二三四五六</a> 2024-06-01</li></ul>'
                 '<div class="pages"><b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a></div>')
    assert next_link(lxml.html.document_fromstring(html), BASE + "/ztzl/", 1) == BASE + "/ztzl/?page=2"
    assert _detect(html) is not None


def test_single_page_has_no_paging() -> None:
    assert _detect(homesite.single_page(homesite.build())) is None


@pytest.mark.parametrize("script", [
    "<script>function load(page){ $.ajax({url: '/api/list', type: 'POST', contentType: 'application/json', "
    "data: JSON.stringify({channelId: 7, pageNum: page, pageSize: 10}), success: render}); } load(1);</script>",
    "<script>function load(page){ fetch('/api/list', {method: 'POST', headers: {'Content-Type': 'application/json'}, "
    "body: JSON.stringify({channelId: 7, pageNum: page, pageSize: 10})}).then(r => r.json()); } load(1);</script>",
    "<script>const load = (page) => axios.post('/api/list', {channelId: 7, pageNum: page, pageSize: 10})"
    ".then(render); load(1);</script>",
])
def test_json_api_posting_a_json_body(script: str) -> None:
    p = _detect(_page("<ul id='list'></ul>" + script))
    assert p is not None and p.style == "json" and p.params["page_key"] == "pageNum"
    first = p.first_request()
    assert first is not None and first.method == "POST" and first.json_body
    assert first.form == {"channelId": "7", "pageSize": "10", "pageNum": "1"}


def test_pager_drop_down_and_button_handlers() -> None:
    select = _page('<ul><li><a href="/a/1.html">标题一二三四五六</a> 2024-06-01</li></ul>'
                   '<select onchange="location.href=this.value"><option value="index.html">1</option>'
                   '<option value="index_1.html">2</option><option value="index_2.html">3</option></select>')
    doc = lxml.html.document_fromstring(select)
    assert next_link(doc, BASE + "/col/index.html", 1) == BASE + "/col/index_1.html"
    assert next_link(doc, BASE + "/col/index_2.html", 3) is None
    buttons = _page('<div class="page"><button onclick="toPage(2)">2</button><span onclick="toPage(6)">末页</span></div>'
                    "<script>function toPage(n){ window.location.href = 'list_' + n + '.htm'; }</script>")
    p = _detect(buttons)
    assert p is not None and p.style == "jsfunc" and p.last == 6 and p.request(2).url == BASE + "/col/list_2.htm"  # type: ignore[union-attr]


def test_tab_switchers_are_not_pagers() -> None:
    tabs = _page('<ul class="tabs"><li onclick="showTab(1)">要闻</li><li onclick="showTab(2)">通知</li></ul>'
                 "<script>function showTab(n){ $('.tab').hide(); document.getElementById('tab' + n).style.display = 'block'; }"
                 "</script>")
    assert _detect(tabs) is None


def test_a_visit_counter_is_not_a_list_api() -> None:
    counter = _page("<script>$.ajax({url: '/count.jsp', type: 'GET', data: {page: 'index', site: 12}});</script>")
    assert _detect(counter) is None
