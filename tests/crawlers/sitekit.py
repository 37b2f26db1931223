"""Helpers for crawl tests: a threaded loopback HTTP server over a route table, a deployment
written in a temporary folder, and gov-style article pages built from real regulation texts."""

from __future__ import annotations

import html
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from siqing.app.demo.sites import load_manifest, read_page

# Real texts: the bundled sample sites' article pages (public government pages, see
# siqing/app/demo/NOTICE) supply titles and paragraphs for generated pages.
Handler = Callable[[BaseHTTPRequestHandler], None]


def real_texts(limit: int = 400) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of the sample sites' articles, read from their served pages."""
    import lxml.html

    out: list[tuple[str, list[str]]] = []
    for art in load_manifest()["articles"]:
        page = read_page(art["url"])
        if page is None:
            continue
        raw = page[0]
        enc = "gb18030" if art["encoding"].startswith("gbk") else "utf-8"
        doc = lxml.html.document_fromstring(raw.decode(enc, "replace"))
        paras = [" ".join(p.text_content().split()) for p in doc.iter("p")]
        paras = [p for p in paras if len(p) >= 30]
        if len(paras) >= 2:
            out.append((art["title"], paras))
    return out[:limit]


def article_page(title: str, day: str, paras: list[str], extra: str = "") -> str:
    """A TRS-like article page: breadcrumbs, title, date and source line, body, footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="PubDate" content="{day} 09:30"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="index.html">工作动态</a></div>
<div class="article"><h1>{html.escape(title)}</h1>
<div class="info">发布时间：{day}　来源：人大常委会办公厅</div>
<div class="TRS_Editor">{body}{extra}</div></div>
<div class="footer">版权所有：人大常委会办公厅　备案号：鲁ICP备00000000号</div></body></html>"""


def list_page(items: list[tuple[str, str, str]], next_href: str | None = None, extra: str = "") -> str:
    """A list page of (href, title, date) items, newest first, with a 下一页 link."""
    lis = "\n".join(f'<li><a href="{h}" title="{html.escape(t)}">{html.escape(t)}</a><span>{d}</span></li>'
                    for h, t, d in items)
    pager = f'<div class="page"><a href="{next_href}">下一页</a></div>' if next_href else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body>
<div class="nav"><a href="/">首页</a></div><ul class="list">{lis}</ul>{pager}{extra}
<div class="footer">版权所有 2024年1月1日</div></body></html>"""


class Site:
    """A loopback server whose routes are functions of the request handler."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def page(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def serve(h: BaseHTTPRequestHandler) -> None:
            send(h, 200, data, ctype, headers)

        self.routes[path] = serve

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def count(self, path: str | None = None) -> int:
        with self.lock:
            return sum(1 for p, _ in self.hits if path is None or p == path)

    def reset_hits(self) -> None:
        with self.lock:
            self.hits.clear()

    @contextmanager
    def running(self) -> Iterator[Site]:
        site = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                path = urlsplit(self.path).path
                with site.lock:
                    site.hits.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(path)
                try:
                    if route is None:
                        send(self, 404, b"<html><body>404</body></html>", "text/html; charset=utf-8")
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        server.daemon_threads = True
        self._server = server
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()


def send(h: BaseHTTPRequestHandler, status: int, data: bytes, ctype: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(data)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(data)


def write_deployment(folder: Path, sources: list[dict[str, Any]], **crawl: Any) -> Path:
    """A deployment (siqing.yaml + sources.yaml) with a fast, unthrottled crawl section."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {
        "home": {"region": "山东省济南市"},
        "storage": {"url": "sqlite:///siqing.db", "briefings_dir": "briefings", "log_dir": "logs"},
        "crawl": {"window_days": 3650, "revisit_days": 3, "concurrency": 8, "concurrency_per_domain": 8,
                  "download_delay": 0.0, "autothrottle": False, "retry_base_delay": 0.05, **crawl},
    }
    (folder / "siqing.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    return folder / "siqing.yaml"


def documents(db: Path) -> list[dict[str, Any]]:
    """Every stored document (without snapshots), straight from the SQLite file."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        rows = con.execute("SELECT id, source_id, url, canonical_url, title, published_at, body, revision, "
                           "attachments, origin, origin_path FROM documents ORDER BY id").fetchall()
    finally:
        con.close()
    out = [dict(r) for r in rows]
    for r in out:
        r["attachments"] = json.loads(r["attachments"])
    return out


def last_run(db: Path) -> dict[str, Any]:
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT job, status, counts FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return {"job": row[0], "status": row[1], "counts": json.loads(row[2])}
