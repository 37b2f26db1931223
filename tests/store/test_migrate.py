"""Alembic on a store of the release before it: upgraded in place, nothing lost; `siqing migrate`."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from siqing.app.cli import main
from siqing.store import Store
from siqing.store.migrations import revisions

REPO = Path(__file__).resolve().parents[2]
RELEASE = REPO / "tests" / "fixtures" / "store" / "release-store.db"
TABLES = ("sources", "documents", "revisions", "analyses", "labels", "briefings", "briefing_items", "users",
          "documents_fts", "schema_migrations")


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def _config(tmp_path: Path, db: Path) -> Path:
    cfg = tmp_path / "siqing.yaml"
    shutil.copy(REPO / "config" / "sources.yaml", tmp_path / "sources.yaml")
    cfg.write_text(yaml.safe_dump({"home": {"region": "370100"}, "storage": {"url": f"sqlite:///{db}"}}),
                   encoding="utf-8")
    return cfg


def test_release_store_upgrades_in_place_with_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "siqing.db"
    shutil.copy(RELEASE, db)
    before = _rows(db)
    assert before["documents"] and before["labels"] and before["briefing_items"]
    cfg = _config(tmp_path, db)

    assert main(["--config", str(cfg), "migrate", "--check"]) == 1
    out = capsys.readouterr().out
    assert all(f"待应用  {rev}" in out for rev in revisions())

    assert main(["--config", str(cfg), "migrate"]) == 0
    out = capsys.readouterr().out
    assert f"已应用 {len(revisions())} 项" in out
    assert _rows(db) == before  # every row of every table, unchanged

    assert main(["--config", str(cfg), "migrate", "--check"]) == 0
    assert "已是最新" in capsys.readouterr().out
    store = Store(f"sqlite:///{db}")
    assert store.migrations_applied == []
    assert [r["id"] for r in store.search_documents("370100", match='"立法"')]  # the index still answers
    store.close()


def test_postgresql_store_through_the_command(pg_server: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from tests.store.conftest import new_database

    url = new_database(pg_server)
    cfg = tmp_path / "siqing.yaml"
    shutil.copy(REPO / "config" / "sources.yaml", tmp_path / "sources.yaml")
    cfg.write_text(yaml.safe_dump({"home": {"region": "370100"}, "storage": {"url": url}}), encoding="utf-8")
    assert main(["--config", str(cfg), "migrate"]) == 0
    out = capsys.readouterr().out
    assert "siqing@127.0.0.1" in out and all(rev in out for rev in revisions())
    assert main(["--config", str(cfg), "migrate", "--check"]) == 0


def test_release_store_moves_to_postgresql_with_every_row(pg_server: str, tmp_path: Path) -> None:
    from siqing.store.transfer import copy_store
    from tests.store.conftest import new_database

    db = tmp_path / "siqing.db"
    shutil.copy(RELEASE, db)
    before = _rows(db)
    url = new_database(pg_server)
    counts = copy_store(f"sqlite:///{db}", url)
    assert {k: counts[k] for k in TABLES if k != "schema_migrations"} == {
        k: len(v) for k, v in before.items() if k != "schema_migrations"}
    source, target = Store(f"sqlite:///{db}"), Store(url)
    for text in ('"立法"', '("人大常委会" OR NEAR("人大" "常委" "委会" "常委会", 8))'):
        want = [r["id"] for r in source.search_documents("370100", match=text, sort="relevance")]
        assert want and [r["id"] for r in target.search_documents("370100", match=text, sort="relevance")] == want
    assert target.get_document(1) == source.get_document(1)
    # new rows after the copy get new ids (the sequences were moved past the copied ones)
    target.register_source("new", "新来源", "city", "370100", {})
    _, doc_id = target.save_document({"source_id": "new", "url": "http://n.test/1", "canonical_url": "http://n.test/1",
                                      "title": "新文档", "body": "正文"})
    assert doc_id > max(r[0] for r in before["documents"])
    source.close()
    target.close()


def test_a_new_store_another_process_is_locking_opens_after_retries(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # Two `serve` processes opening a new SQLite store at once: SQLite may answer "database is locked" at once, busy
    # timeout or not (seen in CI); the store tries again while the other process finishes, and gives up with its one
    # line only when the lock stays.
    from sqlalchemy.exc import OperationalError

    from siqing.errors import StoreError
    from siqing.store import core

    real = core.migrate
    refusals = {"left": 2}

    def locked_at_first(conn):  # type: ignore[no-untyped-def]
        if refusals["left"]:
            refusals["left"] -= 1
            raise OperationalError("PRAGMA journal_mode=WAL", {}, Exception("database is locked"))
        return real(conn)

    monkeypatch.setattr(core, "migrate", locked_at_first)
    monkeypatch.setattr(core.time, "sleep", lambda _s: None)
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    assert refusals["left"] == 0 and set(store.migrations_applied) == set(revisions())

    refusals["left"] = core.OPEN_ATTEMPTS
    with pytest.raises(StoreError, match="cannot open the store .*database is locked"):
        Store(f"sqlite:///{tmp_path / 'b.db'}")
