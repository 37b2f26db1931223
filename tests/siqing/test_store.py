"""The store: created and migrated by itself, idempotent writes, revisions, numbering, locks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from siqing.store import NEW, REVISED, UNCHANGED, Store
from siqing.store.migrations import revisions


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'data' / 'siqing.db'}")
    s.register_source("src", "样例网站", "city", "370100", {"id": "src"})
    return s


def _doc(**over: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "source_id": "src", "url": "http://x.test/a/t20240101_1.html",
        "canonical_url": "http://x.test/a/t20240101_1.html", "title": "济南市人大常委会召开主任会议",
        "body": "会议听取了有关工作情况的汇报。", "published_at": "2024-01-01", "snapshot": b"<html>raw</html>",
    }
    doc.update(over)
    return doc


def test_creates_and_migrates_itself_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "siqing.db"
    s = Store(f"sqlite:///{path}")
    assert s.migrations_applied == revisions()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        assert {"sources", "documents", "analyses", "labels", "briefings", "briefing_items", "deliveries",
                "runs", "schema_migrations", "documents_fts"} <= tables
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    again = Store(f"sqlite:///{path}")
    assert again.migrations_applied == []


def test_same_page_twice_is_one_document(store: Store) -> None:
    status1, id1 = store.save_document(_doc())
    status2, id2 = store.save_document(_doc())
    assert (status1, status2) == (NEW, UNCHANGED)
    assert id1 == id2
    assert store.count_documents() == 1
    assert store.snapshot(id1) == b"<html>raw</html>"


def test_changed_body_is_a_new_revision(store: Store) -> None:
    _, doc_id = store.save_document(_doc())
    status, same_id = store.save_document(_doc(body="会议听取了有关工作情况的汇报，并作出决定。"))
    assert status == REVISED and same_id == doc_id
    doc = store.get_document(doc_id)
    assert doc is not None and doc["revision"] == 2 and "作出决定" in doc["body"]
    assert store.count_documents() == 1


def test_approval_numbers_without_gaps_per_type_and_year(store: Store) -> None:
    ids = [store.create_briefing("daily", f"2026-03-0{i}", "370100", "a", "b", 2026) for i in range(1, 5)]
    discarded = ids.pop(1)  # a draft never approved takes no number
    assert [store.approve_briefing(i, "审核人") for i in ids] == [1, 2, 3]
    assert store.approve_briefing(ids[0], "审核人") == 1  # approving again changes nothing
    other_year = store.create_briefing("daily", "2027-01-04", "370100", "a", "b", 2027)
    weekly = store.create_briefing("weekly", "2026-03-02", "370100", "a", "b", 2026)
    assert store.approve_briefing(other_year, "审核人") == 1
    assert store.approve_briefing(weekly, "审核人") == 1
    assert store.get_briefing(discarded)["number"] is None  # type: ignore[index]


def test_lock_has_one_holder(store: Store) -> None:
    assert store.acquire_lock("job:crawl", "serve-1")
    assert not store.acquire_lock("job:crawl", "serve-2")
    store.release_lock("job:crawl", "serve-1")
    assert store.acquire_lock("job:crawl", "serve-2")
