"""Processing on several nodes: two worker processes claim batches from one store (a real PostgreSQL
on loopback, and a shared SQLite file) and no document is claimed or processed by both."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from siqing import config as config_mod
from siqing.store import Store, claims

REPO = Path(__file__).resolve().parents[2]
HOME = "370100"
VERSION = "test-v1"
TITLES = ["济南市人大常委会召开主任会议", "山东省人大常委会开展执法检查", "国务院常务会议研究部署", "历下区人大代表视察",
          "青岛市政协召开常委会议", "浙江省人大常委会审议条例草案"]


def _fill(store: Store, n: int) -> list[int]:
    store.register_source("s", "济南人大", "city", "370100", {})
    ids = []
    for k in range(n):
        url = f"http://claims.test/{k}"
        store.save_document({"source_id": "s", "url": url, "canonical_url": url, "title": f"{TITLES[k % 6]}（{k}）",
                             "body": f"第{k}号。{TITLES[k % 6]}，会议听取并审议了有关报告。" * 5})
    with store.connect() as conn:
        from sqlalchemy import text
        ids = [int(r[0]) for r in conn.execute(text("SELECT id FROM documents ORDER BY id"))]
    return ids


def _claim_all(url: str, owner: str, out: str, start: Any) -> None:
    """Claim batches of 3 until none is left, never finishing them (live leases); write the ids."""
    store = Store(url)
    start.wait()
    got: list[int] = []
    while True:
        batch = claims.claim_batch(store, HOME, VERSION, owner, limit=3, lease_s=3600)
        if not batch:
            break
        got.extend(d["id"] for d in batch)
    Path(out).write_text(json.dumps(got))
    store.close()


def _two_claimers(url: str, tmp: Path) -> tuple[list[int], list[int]]:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2, timeout=60)
    procs = [ctx.Process(target=_claim_all, args=(url, f"w{k}", str(tmp / f"w{k}.json"), start)) for k in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    a, b = (json.loads((tmp / f"w{k}.json").read_text()) for k in (1, 2))
    return a, b


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.db'}"
    url = str(request.getfixturevalue("pg_url"))
    from sqlalchemy import create_engine, text
    eng = create_engine(url)
    with eng.begin() as conn:  # a fresh schema for each test on the session's server
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return url


def test_two_processes_never_claim_one_document(store_url: str, tmp_path: Path) -> None:
    store = Store(store_url)
    ids = _fill(store, 120)
    store.close()
    a, b = _two_claimers(store_url, tmp_path)
    assert not set(a) & set(b)
    assert sorted(a + b) == ids
    assert a and b  # both took part (batches of 3 out of 120)


def test_an_expired_lease_is_taken_over_and_a_live_one_is_not(store_url: str) -> None:
    store = Store(store_url)
    ids = _fill(store, 10)
    first = claims.claim_batch(store, HOME, VERSION, "dead", limit=4, lease_s=-1)  # already expired
    live = claims.claim_batch(store, HOME, VERSION, "alive", limit=3, lease_s=3600)
    assert [d["id"] for d in first] == ids[:4]
    assert [d["id"] for d in live] == ids[:3]  # the expired ones were taken over
    rest = claims.claim_batch(store, HOME, VERSION, "other", limit=100, lease_s=3600)
    assert [d["id"] for d in rest] == ids[3:]
    claims.release(store, HOME, VERSION, "alive", ids[:3])
    assert [d["id"] for d in claims.claim_batch(store, HOME, VERSION, "other", limit=100)] == ids[:3]
    store.close()


def _process(cfg_path: str, owner: str, out: str, start: Any) -> None:
    from processing import parallel

    cfg = config_mod.load(Path(cfg_path))
    store = Store(cfg.database_url)
    start.wait()
    counts = parallel.process_claimed(cfg, store, owner=owner, workers=1, batch=4)
    Path(out).write_text(json.dumps(counts))
    store.close()


def test_two_nodes_process_each_document_once(tmp_path: Path) -> None:
    """Two processes run the processing stage by claims on one SQLite file: every document analysed,
    each by exactly one of them (its finished claim names it), and a second pass finds nothing."""
    (tmp_path / "config").mkdir()
    for name in ("taxonomy.yaml", "userdict.txt", "sources.yaml"):
        (tmp_path / "config" / name).write_bytes((REPO / "config" / name).read_bytes())
    cfg_path = tmp_path / "config" / "siqing.yaml"
    cfg_path.write_text("home:\n  region: 山东省济南市\nstorage:\n  url: sqlite:///../data/siqing.db\n", encoding="utf-8")
    cfg = config_mod.load(cfg_path)
    store = Store(cfg.database_url)
    ids = _fill(store, 40)
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2, timeout=60)
    procs = [ctx.Process(target=_process, args=(str(cfg_path), f"n{k}", str(tmp_path / f"n{k}.json"), start))
             for k in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    done = [json.loads((tmp_path / f"n{k}.json").read_text()) for k in (1, 2)]
    from processing import pipeline

    version = pipeline.model_version()
    assert sum(d["processed"] for d in done) == len(ids)  # no document processed twice
    assert claims.owners(store, cfg.home.code, version) == {f"n{k}": d["processed"] for k, d in zip((1, 2), done, strict=True)
                                                            if d["processed"]}
    assert store.pending_documents(cfg.home.code, version) == []
    assert len(store.analyses_for(cfg.home.code, version, ids)) == len(ids)
    again = pipeline.process(cfg, store, workers=1)
    assert again["processed"] == 0
    store.close()


def test_the_claims_revision_upgrades_a_store_and_keeps_claims_made_before_it(store_url: str) -> None:
    """A store at the revision before (0004) gets the claims table from 0005; a store whose table was
    made by the first claim (the code before the revision) keeps it and its rows."""
    from alembic import command
    from sqlalchemy import inspect, text

    from siqing.store import migrations

    store = Store(store_url)
    ids = _fill(store, 6)
    claims.claim_batch(store, HOME, VERSION, "before", limit=2, lease_s=3600)
    with store.begin() as conn:  # back to the revision before; the table made by first use, one claim kept
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM processing_claims"))]
        command.downgrade(migrations._alembic_config(conn), "0004_pg_date_order")
        assert "processing_claims" not in inspect(conn).get_table_names()
    store.close()

    store = Store(store_url)  # an ordinary open migrates: the table is back, empty
    assert store.migrations_applied[0] == "0005_processing_claims"  # and any revision after it
    assert [d["id"] for d in claims.claim_batch(store, HOME, VERSION, "w", limit=100)] == ids
    with store.begin() as conn:
        command.downgrade(migrations._alembic_config(conn), "0004_pg_date_order")
        conn.execute(text("CREATE TABLE processing_claims (document_id INTEGER NOT NULL, home VARCHAR NOT NULL, "
                          "model_version VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, owner VARCHAR NOT NULL, "
                          "lease_until FLOAT NOT NULL, "
                          "PRIMARY KEY (document_id, home, model_version, content_hash))"))
        for r in rows:
            conn.execute(text("INSERT INTO processing_claims VALUES (:document_id, :home, :model_version, "
                              ":content_hash, :owner, :lease_until)"), r)
    store.close()

    store = Store(store_url)
    assert store.migrations_applied[0] == "0005_processing_claims"  # and any revision after it
    with store.connect() as conn:
        kept = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM processing_claims"))]
    assert kept == rows and len(rows) == 2
    # the live claims made before the upgrade still hold: the rest are claimable, those two are not
    assert [d["id"] for d in claims.claim_batch(store, HOME, VERSION, "after", limit=100)] == ids[2:]
    store.close()
