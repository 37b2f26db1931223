"""The analysis stage's writes through SQLite's driver (positional executemany, `AnalysisQueries._driver_sql`)
leave the rows SQLAlchemy's path leaves: analyses of every shape the callers send (fields left out take
the column's default), an analysis replaced by a newer one of the same document, updates of two shapes,
full-text rows replaced; and `pending_documents` with named columns reads what the full rows hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from siqing.store import Store

HOME, VERSION = "370100", "m+p1"


def _rows(ids: list[int], hashes: dict[int, str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for k, doc_id in enumerate(ids):
        r: dict[str, Any] = {"document_id": doc_id, "content_hash": hashes.get(doc_id, f"h{doc_id}"), "kind": "上情",
                             "confidence": 0.5 + k / 100, "reason": f"理由{k}"}
        if k % 2:
            r.update(actor="省人大常委会", regions=["370000", "370100"], topics=["立法"], keywords=["条例", "审议"],
                     summary=f"摘要{k}")
        if k % 3 == 0:
            r.update(importance=0.25 * k, cluster_id=ids[0])
        if k % 5 == 4:
            r.update(regions=[], actor=None, summary="")
        rows.append(r)
    return rows


def _state(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with store.connect() as conn:
        analyses = [tuple(r) for r in conn.execute(text(
            "SELECT id, document_id, home, model_version, content_hash, kind, confidence, reason, actor, regions, "
            "topics, keywords, summary, importance, cluster_id, length(processed_at) FROM analyses ORDER BY id"))]
        fts = [tuple(r) for r in conn.execute(text("SELECT rowid, title, body FROM documents_fts ORDER BY rowid"))]
    return analyses, fts


def _run(path: Path, driver: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    monkeypatch.setattr(Store, "_driver_sql", driver)
    calls: list[str] = []
    from sqlalchemy.engine import Connection

    plain = Connection.exec_driver_sql

    def spy(self: Connection, statement: str, *args: Any, **kwargs: Any) -> Any:
        if statement.startswith(("INSERT", "DELETE", "UPDATE")):
            calls.append(statement.split(" ", 1)[0])
        return plain(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", spy)
    store = Store(f"sqlite:///{path}")
    try:
        store.register_source("site", "济南人大网", "city", HOME, {})
        ids = [store.save_document({"source_id": "site", "url": f"http://s.example/{k}",
                                    "canonical_url": f"http://s.example/{k}", "title": f"标题{k}",
                                    "body": f"正文{k}。" * (k + 1)})[1] for k in range(12)]
        full = store.pending_documents(HOME, VERSION)
        named = store.pending_documents(HOME, VERSION, columns=("id", "title", "body", "content_hash"))
        assert named == [{k: d[k] for k in ("id", "title", "body", "content_hash")} for d in full]
        store.save_analyses(HOME, VERSION, _rows(ids[:8], {}),
                            fulltext=[(d, f"标题 {d}", f"正文 {d} 一") for d in ids[:8]])
        store.save_analyses(HOME, VERSION, _rows(ids[4:], {d["id"]: d["content_hash"] for d in full}),  # four analysed again: replaced
                            fulltext=[(d, f"新 标题 {d}", f"正文 {d} 二") for d in ids[4:]])
        store.save_analyses(HOME, VERSION, [])
        store.update_analyses(HOME, VERSION, [(d, {"cluster_id": ids[1], "importance": 0.1 * d}) for d in ids[::2]]
                              + [(ids[3], {"confidence": 0.42, "reason": "改"}), (ids[5], {})])
        store.index_fulltext([(ids[0], "改 标题", "改 正文")])
        # those analysed with their text's hash are done; the first four (another hash) are pending
        assert store.pending_documents(HOME, VERSION, columns=("id",)) == [{"id": d} for d in ids[:4]]
        return (*_state(store), calls)
    finally:
        store.close()


def test_driver_writes_equal_sqlalchemy_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    *fast, fast_calls = _run(tmp_path / "fast.db", True, monkeypatch)
    *plain, plain_calls = _run(tmp_path / "plain.db", False, monkeypatch)
    assert fast == plain
    assert {"INSERT", "DELETE", "UPDATE"} <= set(fast_calls) and plain_calls == []  # each path was taken
    analyses, fts = fast
    assert len(analyses) == 12 and len(fts) == 12
    assert any(r[8] is None for r in analyses) and any(r[12] == "" for r in analyses)  # defaults applied
    assert any(r[14] is None for r in analyses) and any(r[13] == 0.0 for r in analyses)
