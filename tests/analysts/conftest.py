"""A deployment with a store built from real documents (tests/fixtures/analysts) through the Store."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from siqing import config as config_mod
from siqing.store import Store

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "analysts" / "documents.jsonl"
KINDS = ["upper", "lower", "external", "internal"]
HOME = "370100"  # 山东省济南市, the default config's home


def model_version() -> str:
    try:
        from processing.pipeline import model_version as mv

        return mv()
    except ImportError:  # the classifier may be mid-rewrite; the version string is all we need
        return "rules+p1"


def fixture_docs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def annotate(i: int, doc: dict[str, Any]) -> dict[str, Any]:
    """What the tests pretend the model said about document number i (0-based in the fixture)."""
    text = doc["title"] + doc["body"]
    topics = (["立法"] if "立法" in text else []) + (["民生"] if doc["source_id"] == "govcn" else [])
    regions = [doc["region"]] if doc["region"] != "000000" else []
    if i == 0:
        regions.append("370102")  # 历下区 inside 济南
    return {"kind": KINDS[i % 4], "topics": topics, "regions": regions, "importance": round((i + 1) / 30, 3)}


def build_store(url: str, userdict: Path) -> list[int]:
    """Store the fixture documents, their analyses and segmented full text; return the ids in order."""
    from processing.text import Segmenter

    seg = Segmenter(userdict)
    store = Store(url)
    seen = set()
    ids = []
    for d in fixture_docs():
        if d["source_id"] not in seen:
            store.register_source(d["source_id"], d["source_name"], "province", d["region"], {})
            seen.add(d["source_id"])
        _, doc_id = store.save_document({
            "source_id": d["source_id"], "url": d["url"], "canonical_url": d["url"], "title": d["title"],
            "body": d["body"], "published_at": d["published_at"], "source_name": d["source_name"],
        })
        ids.append(doc_id)
    rows, fts = [], []
    version = model_version()
    for i, (doc_id, d) in enumerate(zip(ids, fixture_docs(), strict=True)):
        a = annotate(i, d)
        full = store.get_document(doc_id)
        assert full is not None
        rows.append({"document_id": doc_id, "content_hash": full["content_hash"], "confidence": 0.8,
                     "reason": "test", "actor": None, "keywords": [], "summary": d["body"][:60],
                     "cluster_id": doc_id, **a})
        fts.append((doc_id, " ".join(seg.cut_for_search(d["title"])), " ".join(seg.cut_for_search(d["body"]))))
    store.save_analyses(HOME, version, rows)
    store.index_fulltext(fts)
    store.close()
    return ids


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("analysts-template")
    shutil.copytree(REPO / "config", root / "config")
    cfg = config_mod.load(root / "config" / "siqing.yaml")
    build_store(cfg.database_url, cfg.userdict_path)
    return root


@pytest.fixture
def deploy(_template: Path, tmp_path: Path) -> Iterator[config_mod.Config]:
    """A fresh copy of the built deployment (config/ and data/siqing.db) in tmp_path."""
    shutil.copytree(_template / "config", tmp_path / "config")
    shutil.copytree(_template / "data", tmp_path / "data")
    yield config_mod.load(tmp_path / "config" / "siqing.yaml")


@pytest.fixture
def store(deploy: config_mod.Config) -> Iterator[Store]:
    s = Store(deploy.database_url)
    yield s
    s.close()


@pytest.fixture
def docs() -> list[dict[str, Any]]:
    """The fixture documents, in id order (ids are 1..30 in a fresh store)."""
    return fixture_docs()
