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
    claims.ensure_table(store)
    return ids


def _claim_all(url: str, owner: str, out: str, start: Any) -> None:
    """Claim batches of 3 until none is left, never finishing them (live leases); write the ids."""
    store = Store(url)
    claims.ensure_table(store)
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
    claims._ready.clear()
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
