"""A site of another make from its homepage (tests/crawlers/homesite/variant.py): menus of plain
links, a column index page with 更多 blocks, rows with no year and opaque article URLs, `?page=N`
and `list_N.htm` pagers without 下一页, an undated 机构设置 list never stored."""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.homesite import variant
from tests.crawlers.sitekit import Site, documents, send, write_deployment


class _Routes(dict[str, Callable[[BaseHTTPRequestHandler], None]]):
    """Every path answered by the variant site's respond()."""

    def __init__(self, items: list[variant.Item]) -> None:
        super().__init__()
        self.items = items

    def get(self, path: str, default: object = None) -> Callable[[BaseHTTPRequestHandler], None]:  # type: ignore[override]
        def serve(h: BaseHTTPRequestHandler) -> None:
            parts = urlsplit(h.path)
            status, body = variant.respond(self.items, parts.path, dict(parse_qsl(parts.query)))
            send(h, status, body.encode("utf-8"))
        return serve


def test_variant_site_from_its_homepage(tmp_path: Path) -> None:
    items = variant.build()
    site = Site()
    site.routes = _Routes(items)
    with site.running():
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [variant.source(site.base_url)]))
        first = jobs.crawl(cfg)
        docs = documents(Path(cfg.database_url.removeprefix("sqlite:///")))
        stored = {d["canonical_url"][len(site.base_url):]: d for d in docs}
        expected = {i.path: i for i in items}
        assert sorted(stored) == sorted(expected)
        assert len(docs) == len(expected)
        for path, it in expected.items():
            assert stored[path]["title"] == it.title and stored[path]["published_at"][:10] == it.day, path
        counts = first["sources"]["xrd"]
        assert counts["not_articles"]["undated_page"] == 5  # the 机构设置 rows: fetched, not stored
        # The next crawl fetches no article and stops each column at its first page.
        site.reset_hits()
        second = jobs.crawl(cfg)
        assert second["totals"]["new"] == 0 and second["totals"]["unchanged"] == 0
        assert site.count("/xwdt/") == 1 and not [p for p, _ in site.hits if "page=" in p or "list_" in p]
