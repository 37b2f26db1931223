"""Crawl-side hardening: robots.txt fetched through the source's proxy; hostile titles capped."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers.sitekit import Site, article_page, documents, list_page, real_texts, write_deployment


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_robots_txt_goes_through_the_source_proxy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_NOW", "2025-03-10T06:00:00")
    (title, paras), = real_texts(1)
    proxy = Site()  # answers every absolute URL it is asked for, as a forward proxy would
    proxy.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    proxy.page("/gzdt/index.html", list_page([("/gzdt/a1.html", "关于" + title, "2025-03-01"),
                                               ("/private/p.html", title, "2025-03-02")]))
    proxy.page("/gzdt/a1.html", article_page("\u202e" + "长" * 100_000, "2025-03-01", paras))
    proxy.page("/private/p.html", article_page(title, "2025-03-02", paras))
    origin = f"http://127.0.0.1:{_dead_port()}"  # nothing listens there: only the proxy reaches it
    with proxy.running():
        src = {"id": "behind", "name": "代理后的网站", "level": "province", "region": "370000", "allow_private": True,
               "start_urls": [f"{origin}/gzdt/index.html"], "proxy": proxy.base_url}
        cfg = config_mod.load(write_deployment(tmp_path / "d", [src], window_days=365, timeout=3))
        jobs.crawl(cfg)
        paths = [p for p, _ in proxy.hits]
    assert f"{origin}/robots.txt" in paths
    assert f"{origin}/private/p.html" not in paths  # robots.txt, read through the proxy, was obeyed
    docs = documents(tmp_path / "d" / "siqing.db")
    assert len(docs) == 1, (paths, docs)
    (doc,) = docs
    assert len(doc["title"]) <= 200 and "\u202e" not in doc["title"]
