"""A second site of another make, for the discovery tests: menus of plain links in divs, a column
index page whose blocks lead to sub-columns by 更多, rows without a year beside them and opaque
article URLs (`view.aspx?id=N`), 1-based `?page=N` and numbered `list_N.htm` pagers without
下一页, and an undated 机构设置 list that must not be stored. Text as in homesite (see NOTICE)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tests.crawlers.sitekit import real_texts


@dataclass
class Item:
    column: str
    path: str
    title: str
    day: str
    paras: list[str]


COLUMNS = {"xwdt": ("新闻动态", 13, 4), "gggs": ("公告公示", 9, 3), "lfdt": ("立法动态", 7, 3), "jdxx": ("监督信息", 6, 6)}


def build() -> list[Item]:
    texts = real_texts()[::-1]
    items: list[Item] = []
    i = 0
    for col, (_, n, _) in COLUMNS.items():
        for k in range(n):
            title, paras = texts[i]
            i += 1
            day = (date(2024, 5, 30) - timedelta(days=3 * k + i % 2)).isoformat()
            path = f"/{col}/view.aspx?id={500 + i}" if col in ("xwdt", "lfdt") else f"/{col}/{900 + i}.shtml"
            items.append(Item(col, path, title, day, paras[:5]))
    return items


def page(title: str, main: str) -> str:
    menu = "".join(f'<a href="/{c}/">{n}</a>' for c, (n, _, _) in COLUMNS.items() if c not in ("lfdt", "jdxx"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)} - 某县人大</title></head><body>"
            f"<div class='menu'><a href='/'>网站首页</a>{menu}<a href='/rdgz/'>人大工作</a><a href='/jgsz/'>机构设置</a>"
            f"<a href='/about.shtml'>关于本站</a></div><div class='content'>{main}</div>"
            "<div class='foot'>某县人民代表大会常务委员会 主办</div></body></html>")


def article(it: Item, related: list[Item]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in it.paras)
    # A related-articles block of dated rows: the page is still an article, not a list.
    rel = "".join(f"<li><a href='{html.escape(r.path)}'>{html.escape(r.title)}</a><span>{r.day}</span></li>"
                  for r in related)
    return page(it.title, f"<div class='detail'><h2 class='title'>{html.escape(it.title)}</h2>"
                f"<div class='sub'>来源：某县人大  发布日期：{it.day}  浏览次数：12</div><div class='text'>{body}</div></div>"
                f"<div class='related'><h4>相关文章</h4><ul>{rel}</ul></div>")


def rows(items: list[Item]) -> str:
    # Only month and day beside each title: no full date on the list.
    return "<ul class='news'>" + "".join(
        f"<li><span class='time'>[{it.day[5:]}]</span><a href='{html.escape(it.path)}' target='_blank'>{html.escape(it.title)}</a></li>"
        for it in items) + "</ul>"


def respond(items: list[Item], path: str, query: dict[str, str]) -> tuple[int, str]:
    by_col = {c: [i for i in items if i.column == c] for c in COLUMNS}
    target = path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    for it in items:
        if it.path == target:
            same = [r for r in items if r.column == it.column and r is not it]
            return 200, article(it, same[:3])
    if path == "/":
        blocks = "".join(f"<div class='box'><div class='tit'><span>{n}</span><a href='/{c}/' class='more'>更多>></a></div>"
                         f"{rows(by_col[c][:3])}</div>" for c, (n, _, _) in COLUMNS.items() if c in ("xwdt", "gggs"))
        return 200, page("首页", blocks)
    if path == "/rdgz/":
        blocks = "".join(f"<div class='box'><h3>{n}</h3>{rows(by_col[c][:2])}<a href='/{c}/'>更多</a></div>"
                         for c, (n, _, _) in COLUMNS.items() if c in ("lfdt", "jdxx"))
        return 200, page("人大工作", blocks)
    if path == "/jgsz/":
        lis = "".join(f"<li><a href='/jgsz/{k}.shtml'>{n}</a></li>" for k, n in enumerate(
            ["县人大常委会办公室综合科室", "县人大常委会法制工作委员会", "县人大常委会财政经济工作委员会",
             "县人大常委会代表人事工作委员会", "县人大常委会社会建设工作委员会"]))
        return 200, page("机构设置", f"<ul class='org'>{lis}</ul>")
    if path.startswith("/jgsz/") and path.endswith(".shtml"):
        return 200, page("机构职责", "<h2 class='title'>机构职责</h2><p>负责常委会会议的组织服务工作，承办常委会交办的其他事项，"
                                      "做好文电、档案、信息、信访和后勤保障等工作。</p>")
    if path == "/about.shtml":
        return 200, page("关于本站", "<p>本站由某县人大常委会办公室主办。</p>")
    for c, (_, _, per) in COLUMNS.items():
        col_items = by_col[c]
        chunks = [col_items[i:i + per] for i in range(0, len(col_items), per)]
        if c in ("xwdt", "lfdt") and path == f"/{c}/":
            n = int(query.get("page", 1))
            if n > len(chunks):
                return 404, "<html><body>404</body></html>"
            nums = " ".join(f"<a href='?page={k}'>{k}</a>" if k != n else f"<span>{k}</span>" for k in range(1, len(chunks) + 1))
            return 200, page(COLUMNS[c][0], rows(chunks[n - 1]) + f"<div class='pager'>共{len(chunks)}页 {nums}</div>")
        if c in ("gggs", "jdxx") and (path == f"/{c}/" or path.startswith(f"/{c}/list_")):
            n = 1 if path == f"/{c}/" else int(path.rsplit("_", 1)[1].split(".")[0])
            if n > len(chunks):
                return 404, "<html><body>404</body></html>"
            nums = " ".join((f"<a href='/{c}/'>1</a>" if k == 1 else f"<a href='list_{k}.htm'>{k}</a>") if k != n else f"<b>{k}</b>"
                            for k in range(1, len(chunks) + 1))
            return 200, page(COLUMNS[c][0], rows(chunks[n - 1]) + f"<div class='pg'>{nums}</div>")
    return 404, "<html><body>404</body></html>"


def source(base: str) -> dict[str, Any]:
    return {"id": "xrd", "name": "某县人大", "level": "county", "region": "370102", "allow_private": True,
            "start_urls": [base + "/"]}
