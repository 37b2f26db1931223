"""siqing browse: Datasette over the store, read-only, with facets and a Chinese search that works."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import pytest

from siqing.app.cli import build_parser, main
from siqing.app.commands import browse
from siqing.config import Config

datasette = pytest.importorskip("datasette", reason="Datasette is an optional extra: pip install -e .[browse]")


def db_path(deploy: Config) -> Path:
    return Path(deploy.database_url[len("sqlite:///"):])


def get_json(ds: Any, path: str) -> Any:
    async def go() -> Any:
        await ds.invoke_startup()
        resp = await ds.client.get(path)
        assert resp.status_code == 200, (path, resp.status_code, resp.text[:500])
        return resp.json()

    return asyncio.run(go())


def test_canned_search_segments_chinese(deploy: Config, docs: list[dict]) -> None:
    path = db_path(deploy)
    ds = browse.make_datasette(path, "370100", "山东省济南市", deploy.userdict_path)
    name = path.stem
    data = get_json(ds, f"/{name}/search.json?q=立法&kind=&_shape=objects")
    got = {r["id"] for r in data["rows"]}
    assert {i + 1 for i, d in enumerate(docs) if "地方立法" in d["body"]} <= got
    data = get_json(ds, f"/{name}/search.json?q=立法&kind=lower&_shape=objects")
    assert data["rows"] and {r["kind"] for r in data["rows"]} == {"lower"}
    empty = get_json(ds, f"/{name}/search.json?q=&kind=&_shape=objects")
    assert empty["rows"] == []


def test_items_view_has_the_configured_facets(deploy: Config) -> None:
    path = db_path(deploy)
    ds = browse.make_datasette(path, "370100", "山东省济南市", deploy.userdict_path)
    data = get_json(ds, f"/{path.stem}/items.json?_shape=objects")
    facets = data["facet_results"]
    facets = facets.get("results", facets)  # the JSON shape differs between Datasette versions
    assert {"kind", "source", "topics"} <= set(facets)
    kinds = {f["value"]: f["count"] for f in facets["kind"]["results"]}
    assert sum(kinds.values()) == 30
    topics = {f["value"]: f["count"] for f in facets["topics"]["results"]}
    assert topics["民生"] == 10


def test_store_is_opened_read_only(deploy: Config) -> None:
    path = db_path(deploy)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    ds = browse.make_datasette(path, "370100", "山东省济南市", deploy.userdict_path)
    get_json(ds, f"/{path.stem}/documents.json?_size=5")

    async def write_attempt() -> Any:
        db = ds.databases[path.stem]
        return await db.execute_fn(lambda conn: conn.execute("DELETE FROM labels"))

    with pytest.raises(Exception, match="readonly"):
        asyncio.run(write_attempt())
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_command_defaults_to_loopback_and_prints_metadata(deploy: Config,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["browse"])
    assert args.host == "127.0.0.1"
    assert main(["--config", str(deploy.path), "browse", "--print-metadata"]) == 0
    out = capsys.readouterr().out
    assert "siqing_match(:q)" in out and "全文检索" in out
