"""A crawl against a site that misbehaves in every common way finishes, stores each good
article once and counts each bad page with its reason in the run record."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.sitekit import (
    Site,
    article_page,
    documents,
    last_run,
    list_page,
    real_texts,
    send,
    write_deployment,
)

pytestmark = pytest.mark.slow


def trap_day(n: int) -> str:
    """A calendar day page of the trap (inside the crawl window, so the trap looks fresh)."""
    return f"/news/cal/2024{n % 12 + 1:02d}/t2024{n % 12 + 1:02d}{n % 28 + 1:02d}_{9000 + n}.html"


def build_fault_site(site: Site) -> dict[str, str]:
    """Serve the faulty site; return {path: title} of the articles that must be stored."""
    texts = real_texts(12)
    good: dict[str, str] = {}
    items: list[tuple[str, str, str]] = []

    def article(path: str, i: int, day: str) -> None:
        title, paras = texts[i]
        site.page(path, article_page(title, day, paras))
        good[path] = title
        items.append((path, title, day))

    for i in range(5):
        article(f"/news/202503/t2025030{i + 1}_{100 + i}.html", i, f"2025-03-0{i + 1}")

    # Times out: the answer comes after DOWNLOAD_TIMEOUT.
    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(2.5)
        send(h, 200, article_page("迟到的页面", "2025-03-02", texts[5][1]).encode())

    site.routes["/news/202503/t20250302_200.html"] = slow
    items.append(("/news/202503/t20250302_200.html", "超时的页面", "2025-03-02"))

    # 500 twice, then the real page.
    flaky_calls = {"n": 0}
    flaky_title, flaky_paras = texts[6]

    def flaky(h: BaseHTTPRequestHandler) -> None:
        flaky_calls["n"] += 1
        if flaky_calls["n"] <= 2:
            send(h, 500, b"<html><body>Internal Server Error</body></html>")
        else:
            send(h, 200, article_page(flaky_title, "2025-03-02", flaky_paras).encode())

    site.routes["/news/202503/t20250302_201.html"] = flaky
    good["/news/202503/t20250302_201.html"] = flaky_title
    items.append(("/news/202503/t20250302_201.html", flaky_title, "2025-03-02"))

    # Truncated: Content-Length promises more than is sent, then the connection closes.
    def truncated(h: BaseHTTPRequestHandler) -> None:
        data = article_page("被截断的页面标题", "2025-03-02", texts[7][1]).encode()
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(data) + 5000))
        h.end_headers()
        h.wfile.write(data[: len(data) // 2])
        h.wfile.flush()
        h.close_connection = True

    site.routes["/news/202503/t20250302_202.html"] = truncated
    items.append(("/news/202503/t20250302_202.html", "被截断的页面", "2025-03-02"))

    # GBK without any charset, neither in the header nor in a meta tag.
    gbk_title, gbk_paras = texts[8]
    gbk_html = article_page(gbk_title, "2025-03-02", gbk_paras).replace('<meta charset="utf-8">', "")
    site.page("/news/202503/t20250302_203.html", gbk_html.encode("gbk", "replace"), ctype="text/html")
    good["/news/202503/t20250302_203.html"] = gbk_title
    items.append(("/news/202503/t20250302_203.html", gbk_title, "2025-03-02"))

    # A redirect loop.
    def loop_a(h: BaseHTTPRequestHandler) -> None:
        send(h, 302, b"", headers={"Location": "/news/202503/t20250302_205.html"})

    def loop_b(h: BaseHTTPRequestHandler) -> None:
        send(h, 302, b"", headers={"Location": "/news/202503/t20250302_204.html"})

    site.routes["/news/202503/t20250302_204.html"] = loop_a
    site.routes["/news/202503/t20250302_205.html"] = loop_b
    items.append(("/news/202503/t20250302_204.html", "重定向循环", "2025-03-02"))

    # 20 MB, announced by Content-Length.
    def huge(h: BaseHTTPRequestHandler) -> None:
        chunk = ("<p>" + "人大常委会" * 200 + "</p>\n").encode()
        total = 20 * 1024 * 1024
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(total))
        h.end_headers()
        sent = 0
        while sent < total:
            piece = chunk[: total - sent]
            h.wfile.write(piece)
            sent += len(piece)

    site.routes["/news/202503/t20250302_206.html"] = huge
    items.append(("/news/202503/t20250302_206.html", "二十兆的页面", "2025-03-02"))

    # Malformed HTML: unclosed and misnested tags, stray end tags, a broken attribute.
    mal_title, mal_paras = texts[9]
    mal = (f'<html><head><meta charset="utf-8"><title>{mal_title}</title></head><body><div class="nav">首页 &gt; '
           f'<b>工作动态</div></b><h1>{mal_title}<div class="info">发布时间：2025-03-02</span>'
           f'<div class="TRS_Editor"><table><p>{mal_paras[0]}<tr><td>{"<p>".join(mal_paras[1:])}'
           f'</table></table><a href="x class=>链接</div></body>')
    site.page("/news/202503/t20250302_207.html", mal)
    good["/news/202503/t20250302_207.html"] = mal_title
    items.append(("/news/202503/t20250302_207.html", mal_title, "2025-03-02"))

    # robots.txt forbids /private/; a link off the site is out of scope.
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    site.page("/private/202503/t20250302_208.html", article_page("不许抓取", "2025-03-02", texts[10][1]))
    items.append(("/private/202503/t20250302_208.html", "内部页面不许抓取", "2025-03-02"))
    items.append(("http://www.example.com/news/t20250302_209.html", "外站链接不得跟随", "2025-03-02"))

    # Page 2 of the list; its 下一页 leads into a calendar trap.
    page2: list[tuple[str, str, str]] = []
    for i in (10, 11):
        title, paras = texts[i]
        path = f"/news/202502/t202502{i}_{300 + i}.html"
        site.page(path, article_page(title, f"2025-02-{i}", paras))
        good[path] = title
        page2.append((path, title, f"2025-02-{i}"))
    site.page("/news/index.html", list_page(items, "index_1.html"))
    site.page("/news/index_1.html", list_page(page2, "/news/cal/1.html"))

    # The calendar trap: endless pages, each with a new (empty) day page and a day to come.
    def calendar(h: BaseHTTPRequestHandler) -> None:
        n = int(h.path.rsplit("/", 1)[1].split(".")[0])
        day = trap_day(n)
        future = f"/news/cal/209901/t20990101_{8000 + n}.html"
        body = list_page([(day, f"日程安排第{n}天", ""), (future, f"日程安排（预告）第{n}天", "2099-01-01")],
                         f"/news/cal/{n + 1}.html")
        send(h, 200, body.encode())

    for n in range(1, 400):
        site.routes[f"/news/cal/{n}.html"] = calendar  # its day pages are not there: 404
    return good


def test_faulty_site(tmp_path: Path) -> None:
    site = Site()
    good = build_fault_site(site)
    with site.running():
        base = site.base_url
        cfg_path = write_deployment(
            tmp_path / "deploy",
            [{"id": "faulty", "name": "故障站点", "level": "city", "region": "370100", "listing": "listing",
              "start_urls": [base + "/news/index.html"], "allow_private": True, "selectors": {"body": "div.TRS_Editor"}}],
            timeout=1, retries=3, max_page_bytes=1_000_000, max_list_pages=6,
        )
        result = jobs.crawl(config_mod.load(cfg_path))
    assert result["status"] == "ok"
    db = tmp_path / "deploy" / "siqing.db"
    docs = documents(db)
    by_path = {}
    for d in docs:
        by_path.setdefault(d["url"][len(base):], []).append(d)
    # Every good article exactly once, with its real title (the GBK one decoded).
    assert set(by_path) == set(good), sorted(set(by_path) ^ set(good))
    for path, title in good.items():
        assert len(by_path[path]) == 1
        assert by_path[path][0]["title"] == title
        assert len(by_path[path][0]["body"]) > 40
    counts = last_run(db)["counts"]["sources"]["faulty"]
    errors, dropped = counts["errors"], counts["dropped"]
    assert errors.get("timeout") == 1
    assert errors.get("truncated") == 1
    assert errors.get("redirect_loop") == 1
    assert dropped.get("too_large") == 1
    assert dropped.get("robots") == 1
    assert dropped.get("out_of_scope") == 1
    assert dropped.get("pagination_limit") == 1
    assert dropped.get("future_date", 0) >= 1
    assert errors.get("http_404", 0) >= 1  # the trap's day pages
    assert counts["retries"].get("http_500") == 2
    # The trap was cut: 2 real list pages + at most max_list_pages - 2 calendar pages.
    assert counts["pages_list"] <= 6
    assert result["sources"]["faulty"]["new"] == len(good)
