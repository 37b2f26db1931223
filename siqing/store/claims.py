"""Batch claiming for processing on several nodes: each pending document is analysed by one worker.

A worker claims a batch of documents that have no analysis of their current text for (home, model
version) and no live claim, processes it, writes the analyses, and marks its claims done. A claim is
a row of `processing_claims` with an owner and a lease: a worker that dies leaves claims that expire,
and the next worker to claim takes them over.

On PostgreSQL the candidates are read `FOR UPDATE OF documents SKIP LOCKED`, so concurrent
claimers pass over each other's rows instead of queueing; on both stores the claim itself is an
upsert that succeeds only where there is no live claim (`ON CONFLICT ... DO UPDATE ... WHERE
lease expired ... RETURNING`), evaluated under the row's lock, so two workers never hold one document
even when their candidate lists overlap.

The table comes with the store's migrations (Alembic revision 0005_processing_claims); it holds no
data another table needs.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, and_, exists, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from siqing.store import schema as t
from siqing.store.core import StoreBase

DONE = 1e18  # the lease of a finished claim: it never expires (a revised text has another hash)

metadata = MetaData()
claims = Table(
    "processing_claims",
    metadata,
    Column("document_id", Integer, primary_key=True),
    Column("home", String, primary_key=True),
    Column("model_version", String, primary_key=True),
    Column("content_hash", String, primary_key=True),
    Column("owner", String, nullable=False),
    Column("lease_until", Float, nullable=False),  # epoch seconds
)

def claim_batch(store: StoreBase, home: str, model_version: str, owner: str, *, limit: int = 200,
                lease_s: float = 600.0, since: str | None = None) -> list[dict[str, Any]]:
    """Claim up to `limit` pending documents for this owner; return them (without snapshots), by id.

    An empty list means nothing is left to claim: candidates another worker took first are read
    again (they are then seen claimed), never mistaken for the end of the work."""
    while True:
        rows, got = _claim_once(store, home, model_version, owner, limit, lease_s, since)
        if not rows or got:
            return [r for r in rows if r["id"] in got]


def _claim_once(store: StoreBase, home: str, model_version: str, owner: str, limit: int, lease_s: float,
                since: str | None) -> tuple[list[dict[str, Any]], set[int]]:
    d, a, c = t.documents, t.analyses, claims
    now = time.time()
    cols = [col for col in d.c if col.name != "snapshot"]
    q = (
        select(*cols)
        .select_from(
            d.outerjoin(a, and_(a.c.document_id == d.c.id, a.c.home == home, a.c.model_version == model_version,
                                a.c.content_hash == d.c.content_hash))
            .outerjoin(c, and_(c.c.document_id == d.c.id, c.c.home == home, c.c.model_version == model_version,
                               c.c.content_hash == d.c.content_hash))
        )
        # a finished claim with no analysis now (`siqing check --repair` dropped it) is claimable again
        .where(a.c.id.is_(None), or_(c.c.document_id.is_(None), c.c.lease_until < now, c.c.lease_until >= DONE))
        .order_by(d.c.id)
        .limit(limit)
    )
    if since:
        q = q.where(d.c.arrived_at >= since)
    pg = store.dialect == "postgresql"
    insert = (postgresql.insert if pg else sqlite.insert)(c)
    analysed = exists().where(a.c.document_id == c.c.document_id, a.c.home == c.c.home,
                              a.c.model_version == c.c.model_version, a.c.content_hash == c.c.content_hash)
    stmt = insert.on_conflict_do_update(
        index_elements=[c.c.document_id, c.c.home, c.c.model_version, c.c.content_hash],
        set_={"owner": insert.excluded.owner, "lease_until": insert.excluded.lease_until},
        where=or_(c.c.lease_until < now, and_(c.c.lease_until >= DONE, ~analysed)),
    ).returning(c.c.document_id)
    got: set[int] = set()

    def upsert(conn: Any, rows: list[dict[str, Any]]) -> None:
        for r in rows:  # one statement a row: RETURNING with executemany is not portable
            v = {"document_id": r["id"], "home": home, "model_version": model_version,
                 "content_hash": r["content_hash"], "owner": owner, "lease_until": now + lease_s}
            got.update(int(x) for x in conn.execute(stmt, v).scalars())

    if pg:  # candidates locked by another claimer's transaction are passed over, not waited for
        with store.begin() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q.with_for_update(of=d, skip_locked=True))]
            upsert(conn, rows)
    else:  # SQLite: read, then write in a transaction of its own (one writer at a time)
        with store.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        if rows:
            with store.begin() as conn:
                upsert(conn, rows)
    return rows, got


def finish(store: StoreBase, home: str, model_version: str, owner: str, doc_ids: list[int]) -> None:
    """Mark this owner's claims on these documents done (after their analyses are written)."""
    _set_lease(store, home, model_version, owner, doc_ids, DONE)


def release(store: StoreBase, home: str, model_version: str, owner: str, doc_ids: list[int]) -> None:
    """Give these claims up at once (the documents become claimable by any worker)."""
    _set_lease(store, home, model_version, owner, doc_ids, 0.0)


def _set_lease(store: StoreBase, home: str, model_version: str, owner: str, doc_ids: list[int],
               until: float) -> None:
    if not doc_ids:
        return
    c = claims
    with store.begin() as conn:
        for i in range(0, len(doc_ids), 500):
            conn.execute(c.update().where(c.c.home == home, c.c.model_version == model_version, c.c.owner == owner,
                                          c.c.document_id.in_(doc_ids[i : i + 500])).values(lease_until=until))


def owners(store: StoreBase, home: str, model_version: str) -> dict[str, int]:
    """How many finished claims each owner holds (which worker analysed how many documents)."""
    c = claims
    q = (select(c.c.owner, func.count()).where(c.c.home == home, c.c.model_version == model_version,
                                                c.c.lease_until >= DONE).group_by(c.c.owner))
    with store.connect() as conn:
        return {str(o): int(n) for o, n in conn.execute(q)}
