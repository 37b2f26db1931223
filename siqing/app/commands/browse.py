"""`siqing browse`: the store in Datasette, read-only, on 127.0.0.1, with Chinese search.

Datasette is an optional extra (`pip install -e .[browse]`). It opens the SQLite file with
`?mode=ro`, so browsing never writes and the crawler may keep writing meanwhile. Its built-in
table search passes raw text to FTS5, which finds nothing in Chinese (the index holds jieba
words); so this module registers the SQL function `siqing_match(text)`, which segments with the
deployment's dictionary, and a canned query `search` that uses it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from siqing.errors import ConfigError, UsageError

_USERDICT: Path | None = None
NOTHING = '"zzsiqingnomatchzz"'  # a word no document holds: an empty search shows nothing, not an error


def siqing_match(text: str | None) -> str:
    """SQL function: a user's search text as an FTS5 expression over the jieba-segmented index."""
    from siqing.app.dataset import match_for

    if not text or not str(text).strip():
        return NOTHING
    return match_for(str(text), _USERDICT) or NOTHING


_PLUGIN: Any = None


def _plugin() -> Any:
    """The Datasette plugin object (built on first use: Datasette is optional)."""
    global _PLUGIN
    if _PLUGIN is None:
        from datasette import hookimpl

        class Plugin:
            @staticmethod
            @hookimpl
            def prepare_connection(conn: Any) -> None:
                conn.create_function("siqing_match", 1, siqing_match, deterministic=True)

        _PLUGIN = Plugin
    return _PLUGIN


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("browse", cmd_browse, "用 Datasette 只读浏览数据库（需安装可选组件 browse）")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1：仅本机）")
    p.add_argument("--port", type=int, default=8001, help="端口（默认 8001）")
    p.add_argument("--print-metadata", action="store_true", help="输出 Datasette 元数据 JSON 后退出")


def search_sql(home: str) -> str:
    """The canned query: segmented full-text search, optional kind, newest first."""
    latest = f"(SELECT model_version FROM analyses WHERE home = '{home}' ORDER BY id DESC LIMIT 1)"
    return (
        "SELECT d.id, COALESCE(d.published_at, d.arrived_at) AS date, a.kind, "
        "round(a.importance, 2) AS importance, COALESCE(s.name, d.source_name) AS source, d.title, "
        "a.summary, d.url\n"
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid\n"
        f"JOIN analyses a ON a.document_id = d.id AND a.home = '{home}' AND a.model_version = {latest}\n"
        "LEFT JOIN sources s ON s.id = d.source_id\n"
        "WHERE documents_fts MATCH siqing_match(:q) AND (:kind = '' OR a.kind = :kind)\n"
        "ORDER BY date DESC LIMIT 200"
    )


def metadata(db_name: str, home: str, home_name: str) -> dict[str, Any]:
    """Datasette metadata: titles, facets on kind, source and topics, the canned search."""
    return {
        "title": f"四情 · {home_name} · 数据浏览（只读）",
        "description": "本页只读。中文全文检索请用“search”查询（按 jieba 分词，与 siqing query 相同）；"
                       "表格自带的搜索框不分词。kind：upper 上情、lower 下情、external 外情、internal 内情。",
        "databases": {
            db_name: {
                "tables": {
                    "items": {
                        "description": "每条分析一行：类别、主题、重要度与人工标注（label_kind）",
                        "facets": ["kind", "source", {"array": "topics"}, "label_kind", "model_version"],
                        "sort_desc": "date",
                        "label_column": "title",
                        "size": 50,
                    },
                    "documents": {"facets": ["source_id", "origin"], "sort_desc": "id", "label_column": "title"},
                    "analyses": {"facets": ["kind", "home", "model_version", {"array": "topics"}],
                                 "sort_desc": "importance"},
                    "labels": {"facets": ["kind", "author"], "sort_desc": "id"},
                    "sources": {"facets": ["level", "region"], "label_column": "name"},
                    "documents_fts": {"hidden": True},
                },
                "queries": {
                    "search": {
                        "title": "全文检索（中文分词）",
                        "description": "q：检索词，多个词用空格分开（须同时出现）；kind：可留空，"
                                       "或 upper / lower / external / internal。",
                        "sql": search_sql(home),
                    }
                },
            }
        },
    }


def allowed_hosts(bind: str) -> set[str]:
    """Host header names this browse answers: loopback names, the bound address, this machine's names."""
    import socket

    names = {"127.0.0.1", "localhost", "[::1]", socket.gethostname().lower(), socket.getfqdn().lower()}
    if bind not in ("0.0.0.0", "::"):
        names.add(f"[{bind}]" if ":" in bind else bind.lower())
    return names


def host_guard(app: Any, allowed: set[str]) -> Any:
    """ASGI wrapper refusing requests whose Host header names another site (DNS rebinding: a page
    elsewhere pointing its own name at 127.0.0.1 to read the store from an analyst's browser)."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").strip().lower()
            name = host.split("]")[0] + "]" if host.startswith("[") else host.rsplit(":", 1)[0]
            if name not in allowed:
                await send({"type": "http.response.start", "status": 421,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": "拒绝访问：Host 头不是本机地址\n".encode()})
                return
        await app(scope, receive, send)

    return guarded


def make_datasette(db_path: Path, home: str, home_name: str, userdict: Path | None) -> Any:
    """A Datasette instance over the store file, read-only, with the plugin registered."""
    global _USERDICT
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise UsageError("Datasette is not installed: run `pip install -e .[browse]` "
                         "(or `.venv/bin/pip install datasette==0.65.5`)") from None
    _USERDICT = userdict
    plugin = _plugin()
    if not pm.is_registered(plugin):
        pm.register(plugin, name="siqing-browse")
    meta = metadata(db_path.stem, home, home_name)
    return Datasette(
        files=[str(db_path)],
        metadata=meta,
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50,
                  "allow_download": False, "suggest_facets": False},
    )


def cmd_browse(args: argparse.Namespace) -> int:
    import json

    from siqing.app.options import load_config
    from siqing.store import Store

    cfg = load_config(args)
    url = cfg.database_url
    if not url.startswith("sqlite:///"):
        raise ConfigError("siqing browse opens SQLite stores only", path=str(cfg.path), key="storage.url")
    db_path = Path(url[len("sqlite:///"):])
    if not db_path.exists():
        raise UsageError(f"no store at {db_path}: run `siqing crawl` and `siqing process` first")
    Store(url).close()  # bring the schema up to date (the items view) before opening read-only
    home = cfg.home
    if args.print_metadata:
        print(json.dumps(metadata(db_path.stem, home.code, home.full_name), ensure_ascii=False, indent=2))
        return 0
    ds = make_datasette(db_path, home.code, home.full_name, cfg.userdict_path)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"注意：正在 {args.host} 上提供浏览，同网段的人都能看到全部数据", file=sys.stderr)
    import uvicorn

    print(f"数据浏览（只读）：http://{args.host}:{args.port}/  （Ctrl-C 结束）", file=sys.stderr)
    uvicorn.run(host_guard(ds.app(), allowed_hosts(args.host)), host=args.host, port=args.port,
                log_level="warning")
    return 0
