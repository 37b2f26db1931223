"""A people's congress site reached only from its homepage, for the discovery tests and bench.

Eight columns in seven paging styles, each modelled on what the CMSs of Chinese government sites
serve (see NOTICE): TRS WCM `createPageHTML` (工作动态), Hanweb jpage with its script datastore
and POSTed `/module/web/jpage/dataproxy.jsp` record ranges (立法工作), a `javascript:goPage(n)`
pager whose body builds `index_N.html` (监督工作), a JSON list API called by `$.ajax` (代表工作),
下一页/尾页 links over `list_N.htm` (通知公告), a 政务公开 catalogue table paged by a form that
posts `pageNo` (政务公开), `?page=N` links on a column linked only from the 网站地图 page (专题专栏),
and a single-page column named only in /sitemap.xml (理论研究). Around them: static pages
(人大概况, 领导介绍, 联系我们, 登录, 无障碍, 站内搜索), a calendar trap, a faceted-search link,
robots.txt forbidding /admin/, and links to other sites. Article text is real (the sample sites'
regulation and policy texts, siqing/app/demo/NOTICE); dates and the site are made up.
"""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.crawlers.sitekit import article_page, real_texts

__all__ = ["Article", "HomeSite", "build", "real_texts", "serving", "source"]

SITE_NAME = "青山市人大常委会"
PER = {"gzdt": 8, "lfgz": 5, "jdgz": 6, "dbgz": 5, "tzgg": 5, "zwgk": 5, "ztzl": 4, "llyj": 10}
COUNTS = {"gzdt": 24, "lfgz": 34, "jdgz": 20, "dbgz": 18, "tzgg": 16, "zwgk": 12, "ztzl": 10, "llyj": 6}
NAMES = {"gzdt": "工作动态", "lfgz": "立法工作", "jdgz": "监督工作", "dbgz": "代表工作", "tzgg": "通知公告",
         "zwgk": "政务公开", "ztzl": "专题专栏", "llyj": "理论研究"}
STYLES = {"gzdt": "trs", "lfgz": "jpage", "jdgz": "jsfunc", "dbgz": "json", "tzgg": "links", "zwgk": "form",
          "ztzl": "links", "llyj": "single"}
# The first page of each column, as the site links it.
COLUMN_URLS = {"gzdt": "/gzdt/index.html", "lfgz": "/col/col1201/index.html", "jdgz": "/jdgz/index.html",
               "dbgz": "/dbgz/index.html", "tzgg": "/tzgg/list.htm", "zwgk": "/zwgk/index.html",
               "ztzl": "/ztzl/", "llyj": "/llyj/index.html"}
Handler = Callable[[BaseHTTPRequestHandler, dict[str, str]], tuple[int, str, bytes]]


@dataclass
class Article:
    column: str
    path: str  # the URL path (and query) the lists link
    title: str
    day: str
    paras: list[str]


@dataclass
class HomeSite:
    """The site's pages, its articles (the expected crawl result) and the requests it served."""

    articles: list[Article] = field(default_factory=list)
    hits: list[tuple[str, str]] = field(default_factory=list)  # (method, path?query)
    hold: str | None = None  # a path whose request blocks until released (the kill test)
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def by_column(self, column: str) -> list[Article]:
        return [a for a in self.articles if a.column == column]

    def count(self, pred: Callable[[str], bool]) -> int:
        with self.lock:
            return sum(1 for _, p in self.hits if pred(p))

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()


def build() -> HomeSite:
    """The articles of every column, newest first, with real titles and text."""
    texts = real_texts()
    need = sum(COUNTS.values())
    assert len(texts) >= need, f"need {need} real texts, have {len(texts)}"
    site = HomeSite()
    i = 0
    for col, n in COUNTS.items():
        start = date(2024, 6, 28)
        for k in range(n):
            title, paras = texts[i]
            day = (start - timedelta(days=2 * k + len(col))).isoformat()
            site.articles.append(Article(col, _article_path(col, day, 1000 * (list(COUNTS).index(col) + 1) + k),
                                         title, day, paras[:6]))
            i += 1
    return site


def _article_path(col: str, day: str, ident: int) -> str:
    y, m, d = day.split("-")
    return {
        "gzdt": f"/gzdt/{y}{m}/t{y}{m}{d}_{ident}.html",
        "lfgz": f"/art/{y}/{int(m)}/{int(d)}/art_1201_{ident}.html",
        "jdgz": f"/jdgz/show.jsp?id={ident}",
        "dbgz": f"/dbgz/news/{ident}.html",
        "tzgg": f"/tzgg/{y}{m}/{ident}.htm",
        "zwgk": f"/zwgk/doc.jsp?id={ident}",
        "ztzl": f"/ztzl/detail/{ident}.html",
        "llyj": f"/llyj/t{y}{m}{d}_{ident}.html",
    }[col]


# page chrome -----------------------------------------------------------------------------------

NAV = "".join(f'<li><a href="{COLUMN_URLS[c]}">{NAMES[c]}</a></li>' for c in ("gzdt", "lfgz", "jdgz", "dbgz",
                                                                               "tzgg", "zwgk"))


def chrome(title: str, main: str, scripts: str = "") -> str:
    """A page of the site: header with the menu, search box, main block, footer."""
    e = html.escape
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}_{SITE_NAME}</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="top"><a href="/wza.html">无障碍</a> | <a href="/login.html">登录</a> | <a href="/wzdt.html">网站地图</a></div>
<div class="header"><img src="/images/logo.png" alt="{SITE_NAME}">
<form action="/search.jsp" method="get" class="search"><input type="text" name="q" placeholder="请输入关键字">
<input type="submit" value="搜索"></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/rdgk/index.html">人大概况</a></li>{NAV}
<li><a href="/ldjs/index.html">领导介绍</a></li></ul></div>
<div class="main">{main}</div>
<div class="footer"><a href="/lxwm.html">联系我们</a> | <a href="/admin/index.html">后台管理</a> |
<a href="http://www.npc.gov.cn/">中国人大网</a> | <a href="https://www.gov.cn/">中国政府网</a><br>
主办：{SITE_NAME}办公室　地址：青山市人民路1号　备案号：青ICP备00000001号</div>{scripts}</body></html>"""


def _li(a: Article) -> str:
    t = html.escape(a.title)
    return f'<li><a href="{html.escape(a.path)}" title="{t}" target="_blank">{t}</a><span class="date">{a.day}</span></li>'


def _article(a: Article) -> bytes:
    return article_page(a.title, a.day, a.paras).replace('href="index.html">工作动态',
                                                         f'href="{COLUMN_URLS[a.column]}">{NAMES[a.column]}').encode()


# pages ----------------------------------------------------------------------------------------

def _pages(items: list[Article], per: int) -> list[list[Article]]:
    return [items[i: i + per] for i in range(0, len(items), per)] or [[]]


def homepage(site: HomeSite) -> str:
    blocks = []
    for col in ("gzdt", "tzgg"):
        lis = "".join(_li(a) for a in site.by_column(col)[:5])
        blocks.append(f'<div class="block"><div class="hd"><h3>{NAMES[col]}</h3>'
                      f'<a class="more" href="{COLUMN_URLS[col]}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
    main = ("".join(blocks)
            + '<div class="cal"><h3>活动日历</h3><a href="/hdrl/index.html?date=2024-06">2024年6月</a></div>'
            + '<div class="hot"><a href="/search.jsp?q=%E4%BA%BA%E5%A4%A7&sort=time">热门搜索：人大</a></div>')
    return chrome("首页", main)


def trs_page(site: HomeSite, n: int) -> str | None:
    pages = _pages(site.by_column("gzdt"), PER["gzdt"])
    if n >= len(pages):
        return None
    lis = "".join(_li(a) for a in pages[n])
    main = (f'<div class="location">当前位置：<a href="/">首页</a> &gt; 工作动态</div><ul class="list">{lis}</ul>'
            f'<div class="page"><script type="text/javascript">\nvar currentPage = {n};//所在页从0开始\n'
            f'var prevPage = currentPage-1;//上一页\nvar nextPage = currentPage+1;//下一页\n'
            f'var countPage = {len(pages)};//共多少页\n'
            f'createPageHTML(countPage, currentPage, "index", "html");\n</script></div>')
    return chrome("工作动态", main)


def jpage_column(site: HomeSite) -> str:
    items = site.by_column("lfgz")
    first = items[: PER["lfgz"] * 3]
    records = "".join(f"<record><![CDATA[{_li(a)}]]></record>" for a in first)
    nextgroup = ("/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=1201&unitid=5301"
                 "&webname=%E9%9D%92%E5%B1%B1%E5%B8%82%E4%BA%BA%E5%A4%A7&permissiontype=0")
    main = (f'<div class="location">当前位置：<a href="/">首页</a> &gt; 立法工作</div>'
            f'<div id="5301"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{nextgroup}"></a>]]>'
            f'</nextgroup><recordset>{records}</recordset></datastore></script></div>')
    scripts = ('<script language="javascript" src="/module/web/jpage/jpage.js"></script>\n<script>\n'
               "$(document).ready(function(){\n  $('#5301').jpage({\n    dataStore: $('#5301 script'),\n"
               f"    totalRecord: {len(items)},\n    perPage: {PER['lfgz']},\n    groupSize: 3,\n"
               "    proxyUrl: '/module/web/jpage/dataproxy.jsp',\n    barPosition: 'bottom',\n"
               "    ajaxParam: {col: 1, appid: 1, webid: 1, path: '/', columnid: 1201, sourceContentType: 1, "
               "unitid: '5301', webname: '青山市人大', permissiontype: 0}\n  });\n});\n</script>")
    return chrome("立法工作", main, scripts)


def jpage_proxy(site: HomeSite, params: dict[str, str]) -> bytes:
    items = site.by_column("lfgz") if params.get("columnid") == "1201" else []
    start, end = int(params.get("startrecord", 1)), int(params.get("endrecord", 15))
    records = "".join(f"<record><![CDATA[{_li(a)}]]></record>" for a in items[start - 1: end])
    return (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(items)}</totalrecord>'
            f"<recordset>{records}</recordset></datastore>").encode()


def jsfunc_page(site: HomeSite, n: int) -> str | None:
    pages = _pages(site.by_column("jdgz"), PER["jdgz"])
    if n >= len(pages):
        return None
    lis = "".join(_li(a) for a in pages[n])
    shown = range(max(1, n + 1 - 1), min(len(pages), n + 3) + 1)  # a window of page numbers
    nums = "".join(f'<span class="current">{k}</span>' if k == n + 1 else f'<a href="javascript:goPage({k})">{k}</a>'
                   for k in shown)
    nxt = f'<a href="javascript:goPage({n + 2})">下一页</a>' if n + 1 < len(pages) else ""
    main = (f'<ul class="list">{lis}</ul><div class="pagination"><a href="javascript:goPage(1)">首页</a>{nums}{nxt}'
            f'</div>')
    scripts = ("<script>\nfunction goPage(pageNo) {\n  if (pageNo == 1) {\n    window.location.href = 'index.html';\n"
               "  } else {\n    window.location.href = 'index_' + (pageNo - 1) + '.html';\n  }\n}\n</script>")
    return chrome("监督工作", main, scripts)


def json_column() -> str:
    main = '<div class="location">当前位置：<a href="/">首页</a> &gt; 代表工作</div><ul id="newsList"></ul><div id="pager"></div>'
    scripts = """<script>
var columnId = 1401;
function loadList(page) {
  $.ajax({
    url: "/api/article/list",
    type: "GET",
    dataType: "json",
    data: {columnId: columnId, pageNo: page, pageSize: 5},
    success: function (res) {
      var html = "";
      $.each(res.data.list, function (i, item) {
        html += '<li><a href="' + item.url + '">' + item.title + '</a><span>' + item.publishTime + '</span></li>';
      });
      $("#newsList").html(html);
    }
  });
}
loadList(1);
</script>"""
    return chrome("代表工作", main, scripts)


def json_api(site: HomeSite, params: dict[str, str]) -> bytes:
    items = site.by_column("dbgz") if params.get("columnId") == "1401" else []
    page, size = int(params.get("pageNo", 1)), int(params.get("pageSize", 10))
    chunk = items[(page - 1) * size: page * size]
    data = {"code": 0, "msg": "success", "data": {"total": len(items), "pageNo": page, "pageSize": size, "list": [
        {"id": int(a.path.rsplit("/", 1)[1].split(".")[0]), "title": a.title, "url": a.path, "publishTime": a.day}
        for a in chunk]}}
    return json.dumps(data, ensure_ascii=False).encode()


def links_page(site: HomeSite, n: int) -> str | None:
    pages = _pages(site.by_column("tzgg"), PER["tzgg"])
    if n >= len(pages):
        return None
    def href(k: int) -> str:
        return "list.htm" if k == 0 else f"list_{k}.htm"
    lis = "".join(_li(a) for a in pages[n])
    pager = [f'<a href="{href(0)}">首页</a>']
    if n > 0:
        pager.append(f'<a href="{href(n - 1)}">上一页</a>')
    if n + 1 < len(pages):
        pager.append(f'<a href="{href(n + 1)}">下一页</a>')
    pager.append(f'<a href="{href(len(pages) - 1)}">尾页</a> 共{len(pages)}页 当前第{n + 1}页')
    return chrome("通知公告", f'<ul class="list">{lis}</ul><div class="page">{" ".join(pager)}</div>')


def form_page(site: HomeSite, n: int) -> str | None:
    pages = _pages(site.by_column("zwgk"), PER["zwgk"])
    if n >= len(pages):
        return None
    rows = "".join(f'<tr><td>11370100MB28500000/{a.day[:4]}-{int(a.path.rsplit("=", 1)[1]):05d}</td>'
                   f'<td class="title"><a href="{a.path}" title="{html.escape(a.title)}">{html.escape(a.title)}</a></td>'
                   f'<td>{SITE_NAME}办公室</td><td>{a.day}</td></tr>' for a in pages[n])
    main = (f'<div class="gk-nav"><a href="/zwgk/index.html">政府信息公开目录</a></div>'
            f'<table class="gk-table"><tr><th>索引号</th><th>名称</th><th>发布机构</th><th>发文日期</th></tr>{rows}</table>'
            f'<form name="pageForm" id="pageForm" action="/zwgk/index.html" method="post">'
            f'<input type="hidden" name="pageNo" value="{n + 1}"><input type="hidden" name="catalogId" value="12"></form>'
            f'<div class="page">共{len(pages)}页 当前第{n + 1}页 '
            + (f'<a href="javascript:void(0)" onclick="toPage({n + 2})">下一页</a> ' if n + 1 < len(pages) else "")
            + f'<a href="javascript:void(0)" onclick="toPage({len(pages)})">尾页</a></div>')
    scripts = ("<script>function toPage(n){ document.pageForm.pageNo.value = n; document.pageForm.submit(); }"
               "</script>")
    return chrome("政务公开", main, scripts)


def query_page(site: HomeSite, n: int) -> str | None:
    pages = _pages(site.by_column("ztzl"), PER["ztzl"])
    if n >= len(pages):
        return None
    lis = "".join(_li(a) for a in pages[n])
    nums = " ".join(f'<a href="?page={k + 1}">{k + 1}</a>' if k != n else f"<b>{k + 1}</b>" for k in range(len(pages)))
    nxt = f' <a href="?page={n + 2}">下一页</a>' if n + 1 < len(pages) else ""
    return chrome("专题专栏", f'<ul class="list">{lis}</ul><div class="pages">{nums}{nxt}</div>')


def single_page(site: HomeSite) -> str:
    lis = "".join(_li(a) for a in site.by_column("llyj"))
    return chrome("理论研究", f'<ul class="list">{lis}</ul>')


STATIC = {
    "/rdgk/index.html": ("人大概况", '<div class="sub"><a href="/rdgk/cwhjj.html">常委会简介</a> '
                         '<a href="/rdgk/jgsz.html">机构设置</a></div><div class="content"><p>青山市人民代表大会常务委员会'
                         '是青山市人民代表大会的常设机关，对市人民代表大会负责并报告工作。</p></div>'),
    "/rdgk/cwhjj.html": ("常委会简介", "<p>市人大常委会由主任、副主任、秘书长和委员组成，每届任期同本级人民代表大会每届任期相同。"
                         "常委会会议一般每两个月举行一次。</p>"),
    "/rdgk/jgsz.html": ("机构设置", "<ul><li>办公室</li><li>法制工作委员会</li><li>财政经济工作委员会</li>"
                        "<li>代表工作委员会</li></ul>"),
    "/ldjs/index.html": ("领导介绍", '<ul class="leaders"><li><img src="/images/ld1.jpg"><a href="/ldjs/ld1.html">主任</a></li>'
                         '<li><img src="/images/ld2.jpg"><a href="/ldjs/ld2.html">副主任</a></li></ul>'),
    "/ldjs/ld1.html": ("主任", "<p>市人大常委会主任，主持常委会工作。</p>"),
    "/ldjs/ld2.html": ("副主任", "<p>市人大常委会副主任，协助主任工作。</p>"),
    "/lxwm.html": ("联系我们", "<p>地址：青山市人民路1号　邮编：100000　电话：0000-12345678</p>"),
    "/wza.html": ("无障碍浏览", '<div class="tools"><a href="javascript:zoomIn()">放大</a><a href="javascript:zoomOut()">缩小</a>'
                  '<a href="javascript:highContrast()">高对比度</a></div>'),
    "/login.html": ("用户登录", '<form action="/login.do" method="post"><input type="text" name="username">'
                    '<input type="password" name="password"><input type="submit" value="登录"></form>'),
    "/search.jsp": ("站内搜索", '<form action="/search.jsp" method="get"><input type="text" name="q">'
                    '<select name="type"><option>全部</option></select><input type="submit" value="搜索"></form>'),
}


def site_map() -> str:
    cols = "".join(f'<li><a href="{COLUMN_URLS[c]}">{NAMES[c]}</a></li>' for c in NAMES if c != "llyj")
    return chrome("网站地图", f'<h2>网站地图</h2><ul class="map"><li><a href="/">首页</a></li>{cols}'
                  '<li><a href="/rdgk/index.html">人大概况</a></li><li><a href="/lxwm.html">联系我们</a></li></ul>')


def sitemap_xml(site: HomeSite) -> bytes:
    urls = ["/", "/llyj/index.html", "/rdgk/index.html"] + [a.path for a in site.by_column("gzdt")[:3]]
    body = "".join(f"<url><loc>{site.base_url}{html.escape(u)}</loc></url>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</urlset>").encode()


def calendar(params: dict[str, str]) -> str:
    y, m = (int(x) for x in params.get("date", "2024-06").split("-")[:2])
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return chrome("活动日历", f'<a href="/hdrl/index.html?date={ny}-{nm:02d}">下个月</a>')


# serving --------------------------------------------------------------------------------------

def respond(site: HomeSite, method: str, path: str, params: dict[str, str]) -> tuple[int, str, bytes]:
    """(status, content type, body) for one request."""
    ctype = "text/html; charset=utf-8"
    page: str | None = None
    index = {"/gzdt/": "gzdt", "/jdgz/": "jdgz"}
    if path in ("/", "/index.html"):
        page = homepage(site)
    elif path == "/robots.txt":
        return 200, "text/plain", b"User-agent: *\nDisallow: /admin/\n"
    elif path == "/sitemap.xml":
        return 200, "application/xml", sitemap_xml(site)
    elif path == "/wzdt.html":
        page = site_map()
    elif path in STATIC:
        page = chrome(STATIC[path][0], STATIC[path][1])
    elif path == "/hdrl/index.html":
        page = calendar(params)
    elif path == "/col/col1201/index.html":
        page = jpage_column(site)
    elif path == "/module/web/jpage/dataproxy.jsp":
        return 200, "text/xml; charset=utf-8", jpage_proxy(site, params)
    elif path == "/dbgz/index.html":
        page = json_column()
    elif path == "/api/article/list":
        return 200, "application/json; charset=utf-8", json_api(site, params)
    elif path == "/zwgk/index.html":
        page = form_page(site, int(params.get("pageNo", 1)) - 1)
    elif path == "/ztzl/":
        page = query_page(site, int(params.get("page", 1)) - 1)
    elif path == "/llyj/index.html":
        page = single_page(site)
    elif path.startswith("/tzgg/list"):
        stem = path.rsplit("/", 1)[1].split(".")[0]
        page = links_page(site, 0 if stem == "list" else int(stem.split("_")[1]))
    else:
        for prefix, col in index.items():
            if path.startswith(prefix + "index"):
                stem = path[len(prefix):].split(".")[0]
                n = 0 if stem == "index" else int(stem.split("_")[1])
                page = trs_page(site, n) if col == "gzdt" else jsfunc_page(site, n)
        target = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
        for a in site.articles:
            if a.path == target:
                return 200, ctype, _article(a)
    if page is None:
        return 404, ctype, b"<html><body><h1>404</h1></body></html>"
    return 200, ctype, page.encode()


@contextmanager
def serving(given: HomeSite | None = None) -> Iterator[HomeSite]:
    """The site on 127.0.0.1, on a free port."""
    site = given or build()

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            if method == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                params.update(parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
            with site.lock:
                site.hits.append((method, self.path))
            if site.hold and self.path == site.hold:
                site.held.set()
                site.release.wait(60)
            status, ctype, body = respond(site, method, parts.path, params)
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                self.close_connection = True

        def do_GET(self) -> None:  # noqa: N802
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()


def source(site: HomeSite, **extra: Any) -> dict[str, Any]:
    """The sources.yaml entry a clerk would write: the homepage and nothing else."""
    return {"id": "qsrd", "name": SITE_NAME, "level": "city", "region": "370100", "allow_private": True,
            "start_urls": [site.base_url + "/"], **extra}
