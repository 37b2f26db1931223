"""Documents: storing what was fetched or imported, once per canonical URL, with revisions."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase

NEW, REVISED, UNCHANGED = "new", "revised", "unchanged"


def content_hash(title: str, body: str) -> str:
    """The hash that decides whether a page changed: its title and main text, not its chrome."""
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


def compress(raw: bytes | None) -> bytes | None:
    return zlib.compress(raw, 6) if raw is not None else None


def decompress(blob: bytes | None) -> bytes | None:
    return zlib.decompress(blob) if blob is not None else None


class DocumentQueries(StoreBase):
    def register_source(self, source_id: str, name: str, level: str, region: str, config: dict[str, Any]) -> None:
        """Create or update a source's row (sources are configuration; the row mirrors it)."""
        now = clock.stamp()
        cfg = json.dumps(config, ensure_ascii=False, sort_keys=True)
        with self.begin() as conn:
            row = conn.execute(select(t.sources.c.id).where(t.sources.c.id == source_id)).first()
            if row is None:
                conn.execute(
                    t.sources.insert().values(
                        id=source_id, name=name, level=level, region=region, config=cfg, first_seen=now
                    )
                )
            else:
                conn.execute(
                    t.sources.update()
                    .where(t.sources.c.id == source_id)
                    .values(name=name, level=level, region=region, config=cfg)
                )

    def save_document(self, doc: dict[str, Any]) -> tuple[str, int]:
        """Store one article; return (new | revised | unchanged, document id).

        `doc` holds source_id, url, canonical_url, title, body and optionally published_at,
        source_name, author, attachments (list), snapshot (raw bytes), content_type, etag,
        last_modified, origin, origin_path. Idempotent: the same page stored twice is one row.
        """
        now = clock.stamp()
        chash = content_hash(doc["title"], doc["body"])
        values = {
            "source_id": doc["source_id"],
            "url": doc["url"],
            "canonical_url": doc["canonical_url"],
            "title": doc["title"],
            "published_at": doc.get("published_at"),
            "source_name": doc.get("source_name"),
            "author": doc.get("author"),
            "body": doc["body"],
            "attachments": json.dumps(doc.get("attachments") or [], ensure_ascii=False),
            "content_hash": chash,
            "snapshot": compress(doc.get("snapshot")),
            "content_type": doc.get("content_type"),
            "etag": doc.get("etag"),
            "last_modified": doc.get("last_modified"),
            "origin": doc.get("origin", "crawl"),
            "origin_path": doc.get("origin_path"),
            "updated_at": now,
        }
        with self.begin() as conn:
            old = conn.execute(
                select(t.documents).where(t.documents.c.canonical_url == doc["canonical_url"])
            ).first()
            if old is None:
                res = conn.execute(t.documents.insert().values(arrived_at=now, revision=1, **values))
                return NEW, int(res.inserted_primary_key[0])  # type: ignore[index]
            if old.content_hash == chash:
                conn.execute(
                    t.documents.update()
                    .where(t.documents.c.id == old.id)
                    .values(etag=values["etag"], last_modified=values["last_modified"])
                )
                return UNCHANGED, int(old.id)
            conn.execute(
                t.revisions.insert().values(
                    document_id=old.id,
                    revision=old.revision,
                    title=old.title,
                    body=old.body,
                    content_hash=old.content_hash,
                    snapshot=old.snapshot,
                    replaced_at=now,
                )
            )
            conn.execute(
                t.documents.update().where(t.documents.c.id == old.id).values(revision=old.revision + 1, **values)
            )
            return REVISED, int(old.id)

    def known_urls(self, source_id: str | None = None) -> set[str]:
        """Canonical URLs already stored (for one source, or all)."""
        q = select(t.documents.c.canonical_url)
        if source_id:
            q = q.where(t.documents.c.source_id == source_id)
        with self.connect() as conn:
            return {r[0] for r in conn.execute(q)}

    def revisit_candidates(self, source_id: str, published_since: str) -> list[dict[str, Any]]:
        """Recent articles of a source that deserve a conditional re-request."""
        q = select(
            t.documents.c.url, t.documents.c.canonical_url, t.documents.c.etag, t.documents.c.last_modified
        ).where(t.documents.c.source_id == source_id, t.documents.c.published_at >= published_since)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def recent_document_ids(self, arrived_since: str) -> list[int]:
        """Ids of documents that arrived since a timestamp, oldest first."""
        q = select(t.documents.c.id).where(t.documents.c.arrived_at >= arrived_since).order_by(t.documents.c.id)
        with self.connect() as conn:
            return [int(r[0]) for r in conn.execute(q)]

    def document_openings(self, ids: Iterable[int], chars: int) -> dict[int, dict[str, Any]]:
        """Title, the body's first chars characters, source, URL and date of each document: what reading who holds
        which post needs of the recent documents (processing's known posts), without their whole text."""
        ids = list(ids)
        out: dict[int, dict[str, Any]] = {}
        d = t.documents.c
        q = select(d.id, d.title, func.substr(d.body, 1, chars).label("opening"), d.source_id, d.url, d.published_at)
        with self.connect() as conn:
            for i in range(0, len(ids), 500):
                out.update((int(r.id), dict(r._mapping)) for r in conn.execute(q.where(d.id.in_(ids[i : i + 500]))))
        return out

    def count_documents(self) -> int:
        with self.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())

    def get_document(self, doc_id: int) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
        return dict(row._mapping) if row else None

    def get_documents(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        ids = list(ids)
        if not ids:
            return {}
        cols = [c for c in t.documents.c if c.name != "snapshot"]
        with self.connect() as conn:
            rows = conn.execute(select(*cols).where(t.documents.c.id.in_(ids))).all()
        return {int(r.id): dict(r._mapping) for r in rows}

    def snapshot(self, doc_id: int) -> bytes | None:
        """The page as it was fetched, decompressed."""
        with self.connect() as conn:
            blob = conn.execute(select(t.documents.c.snapshot).where(t.documents.c.id == doc_id)).scalar()
        return decompress(blob)

    def source_rows(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(t.sources).order_by(t.sources.c.id))]

    def set_source_health(self, source_id: str, health: dict[str, Any]) -> None:
        with self.begin() as conn:
            conn.execute(
                t.sources.update()
                .where(t.sources.c.id == source_id)
                .values(health=json.dumps(health, ensure_ascii=False), last_crawled=clock.stamp())
            )
