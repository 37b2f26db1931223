"""Tests for the bundled sample sites served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator

import lxml.html
import pytest

from siqing.app.demo.sites import SampleSites, demo_sources, load_manifest

KINDS = ("upper", "lower", "external", "internal")


@pytest.fixture(scope="module")
def sites() -> Iterator[SampleSites]:
    """One server on a free port for the whole module."""
    with SampleSites(port=0) as s:
        yield s


def fetch(url: str) -> tuple[int, str, bytes]:
    """GET a URL; return status, content type and body."""
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def test_port_zero_picks_free_port(sites: SampleSites) -> None:
    """Port 0 binds a real port and base_url names it."""
    assert sites.port > 0
    assert sites.base_url == f"http://127.0.0.1:{sites.port}"


def test_sources_first_list_pages_respond(sites: SampleSites) -> None:
    """Every site's start URLs answer 200 with HTML."""
    sources = demo_sources(sites.base_url)
    assert {s["id"] for s in sources} >= {
        f"demo-{x}" for x in ("npc", "govcn", "sdrd", "jnrd", "lixia", "zjrd")
    }
    for src in sources:
        assert src["listing"] == "listing"
        assert src["level"] in ("national", "province", "city", "county")
        assert re.fullmatch(r"\d{6}", src["region"])
        for url in src["start_urls"]:
            assert url.startswith(sites.base_url)
            assert any(url[len(sites.base_url) :].startswith(p) for p in src["allowed_paths"])
            status, ctype, body = fetch(url)
            assert status == 200, url
            assert ctype.startswith("text/html")
            assert b"<a " in body


def test_trs_pagination(sites: SampleSites) -> None:
    """The TRS list page carries createPageHTML and index_1.html exists."""
    status, _, body = fetch(sites.base_url + "/sdrd/lfgz/dfxfg/index.html")
    assert status == 200
    m = re.search(rb'<script>createPageHTML\((\d+), 0, "index", "html"\);</script>', body)
    assert m and int(m.group(1)) >= 2
    status, ctype, body = fetch(sites.base_url + "/sdrd/lfgz/dfxfg/index_1.html")
    assert status == 200
    assert ctype == "text/html"  # a GBK list page, no charset
    assert b"createPageHTML(" in body and b', 1, "index", "html")' in body
    assert "地方性法规" in body.decode("gb18030")


def test_gbk_pages_served_without_charset(sites: SampleSites) -> None:
    """GBK article pages come as bare text/html and decode with gb18030 to their title."""
    arts = [a for a in load_manifest()["articles"] if a["encoding"].startswith("gbk")]
    assert any(a["encoding"] == "gbk (no meta)" for a in arts)
    for a in arts:
        status, ctype, body = fetch(sites.base_url + a["url"])
        assert status == 200
        assert ctype == "text/html"
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        text = body.decode("gb18030")
        title = lxml.html.fromstring(text).findtext(".//title")
        assert title == a["title"]
        if a["encoding"] == "gbk (no meta)":
            assert b"charset" not in body.lower()


def test_npc_article_date_only_in_script(sites: SampleSites) -> None:
    """An npc article keeps its time only in var fbrq; #Zoom holds the body."""
    art = next(a for a in load_manifest()["articles"] if a["site"] == "npc" and a["column"] == "权威发布")
    status, _, body = fetch(sites.base_url + art["url"])
    assert status == 200
    text = body.decode("utf-8")
    y, m, d = art["published"].split("-")
    assert re.search(rf'var fbrq = "{y}年{m}月{d}日 \d\d:\d\d";', text)
    doc = lxml.html.fromstring(text)
    assert doc.xpath('//div[@id="Zoom"]//p')
    assert not doc.xpath('//meta[@name="PubDate"]')
    for script in doc.xpath("//script"):
        script.drop_tree()
    visible = doc.text_content()
    assert "【" in visible and "责任编辑" in visible
    # No date in the page chrome: the only dates outside the script are the real text's own (#Zoom).
    for zoom in doc.xpath('//div[@id="Zoom"]'):
        zoom.drop_tree()
    assert not re.search(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}", doc.text_content())


def test_manifest_counts() -> None:
    """At least 130 articles and 15 of each kind for home 济南."""
    arts = load_manifest()["articles"]
    assert len(arts) >= 130
    counts = Counter(a["kind_for_jinan"] for a in arts)
    for kind in KINDS:
        assert counts[kind] >= 15, counts
    assert len({a["url"] for a in arts}) == len(arts)
    for a in arts:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"])
        if a["written"]:
            assert "2024-01-01" <= a["published"] <= "2026-12-31"


def test_every_manifest_url_and_attachment_served(sites: SampleSites) -> None:
    """Every article and attachment in the manifest returns 200; written pages are marked."""
    for a in load_manifest()["articles"]:
        status, _, body = fetch(sites.base_url + a["url"])
        assert status == 200, a["url"]
        if a["written"]:
            assert b'<meta name="siqing:sample" content="written">' in body
        for att in a["attachments"]:
            status, ctype, data = fetch(sites.base_url + att)
            assert status == 200, att
            assert data[:4] in (b"%PDF", b"PK\x03\x04"), ctype


def test_robots_and_unknown_path(sites: SampleSites) -> None:
    """robots.txt allows all; unknown paths are 404."""
    status, _, body = fetch(sites.base_url + "/robots.txt")
    assert status == 200 and b"Allow: /" in body
    status, _, _ = fetch(sites.base_url + "/nope/index.html")
    assert status == 404
    status, _, _ = fetch(sites.base_url + "/npc/c2/c30834/index_99.html")
    assert status == 404
