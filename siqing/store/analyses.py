"""Analyses (per home and model version), full-text rows and analysts' labels."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, select, text

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase
from siqing.store.fulltext import tsvector_literal

JSON_FIELDS = ("regions", "topics", "keywords")


class AnalysisQueries(StoreBase):
    # On SQLite the analysis stage's writes go through the driver's executemany with positional tuples
    # (the same statements and values; no per-row parameter dicts): the stage's parent writes every
    # document. False takes SQLAlchemy's path, as PostgreSQL does (the tests compare the two).
    _driver_sql = True

    def pending_documents(
        self, home: str, model_version: str, *, since: str | None = None, limit: int = 500, after_id: int = 0,
        columns: tuple[str, ...] | None = None,
    ) -> list[dict[str, Any]]:
        """Documents with no analysis of their current text for this home and model version (only the
        named columns when given; every column but the snapshot otherwise)."""
        a = t.analyses
        d = t.documents
        join = d.outerjoin(
            a,
            and_(
                a.c.document_id == d.c.id,
                a.c.home == home,
                a.c.model_version == model_version,
                a.c.content_hash == d.c.content_hash,
            ),
        )
        cols = [d.c[n] for n in columns] if columns else [c for c in d.c if c.name != "snapshot"]
        q = select(*cols).select_from(join).where(a.c.id.is_(None), d.c.id > after_id)
        if since:
            q = q.where(d.c.arrived_at >= since)
        q = q.order_by(d.c.id).limit(limit)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def save_analyses(self, home: str, model_version: str, rows: list[dict[str, Any]],
                      fulltext: list[tuple[int, str, str]] | None = None) -> int:
        """Write analyses, replacing an older one of the same document, home and version, and their
        full-text rows (document id, segmented title, body) in the same transaction: a kill
        between the two can no longer leave a document analysed but not searchable."""
        now = clock.stamp()
        ids = [r["document_id"] for r in rows]
        if self.dialect == "sqlite" and self._driver_sql:
            with self.begin() as conn:
                self._save_analyses_sqlite(conn, home, model_version, rows, ids, now)
                if fulltext:
                    self._write_fulltext(conn, fulltext)
            return len(rows)
        # Batched: one DELETE per 500 documents and one executemany INSERT per shape of row.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            values: dict[str, Any] = {k: r[k] for k in (
                "document_id", "content_hash", "kind", "confidence", "reason", "actor",
                "summary", "importance", "cluster_id",
            ) if k in r}
            for k in JSON_FIELDS:
                values[k] = json.dumps(r.get(k) or [], ensure_ascii=False)
            values.update(home=home, model_version=model_version, processed_at=now)
            groups.setdefault(tuple(sorted(values)), []).append(values)
        with self.begin() as conn:
            for i in range(0, len(ids), 500):
                conn.execute(
                    delete(t.analyses).where(
                        t.analyses.c.document_id.in_(ids[i : i + 500]),
                        t.analyses.c.home == home,
                        t.analyses.c.model_version == model_version,
                    )
                )
            for batch in groups.values():
                conn.execute(t.analyses.insert(), batch)
            if fulltext:
                self._write_fulltext(conn, fulltext)
        return len(rows)

    @staticmethod
    def _save_analyses_sqlite(conn: Connection, home: str, model_version: str, rows: list[dict[str, Any]],
                              ids: list[int], now: str) -> None:
        """The same rows as the SQLAlchemy path, through the driver's executemany with positional
        tuples (the parent's CPU per row: no per-row parameter dicts to build and compile). A field a
        row leaves out gets the column's default, as the table's insert gives it."""
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            conn.exec_driver_sql(
                f"DELETE FROM analyses WHERE home = ? AND model_version = ? "
                f"AND document_id IN ({','.join('?' * len(chunk))})", (home, model_version, *chunk))
        # Inserted in the SQLAlchemy path's order (rows grouped by the fields they hold, in order of
        # first appearance), so even the analyses' ids are the same.
        groups: dict[tuple[bool, ...], list[tuple[Any, ...]]] = {}
        dumps = json.dumps
        for r in rows:
            groups.setdefault(tuple(k in r for k in ("actor", "summary", "importance", "cluster_id")), []).append((
                r["document_id"], home, model_version, r["content_hash"], r["kind"], r["confidence"], r["reason"],
                r.get("actor"), dumps(r.get("regions") or [], ensure_ascii=False),
                dumps(r.get("topics") or [], ensure_ascii=False), dumps(r.get("keywords") or [], ensure_ascii=False),
                r.get("summary", ""), r.get("importance", 0.0), r.get("cluster_id"), now))
        for batch in groups.values():
            conn.exec_driver_sql(
                "INSERT INTO analyses (document_id, home, model_version, content_hash, kind, confidence, reason, "
                "actor, regions, topics, keywords, summary, importance, cluster_id, processed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)

    def index_fulltext(self, rows: list[tuple[int, str, str]]) -> None:
        """Replace the full-text rows (document id, segmented title, segmented body)."""
        if not rows:
            return
        with self.begin() as conn:
            self._write_fulltext(conn, rows)

    def _write_fulltext(self, conn: Connection, rows: list[tuple[int, str, str]]) -> None:
        """executemany: one round of statements for the whole batch."""
        if self.dialect == "sqlite" and self._driver_sql:
            if rows:
                conn.exec_driver_sql("DELETE FROM documents_fts WHERE rowid = ?", [(r[0],) for r in rows])
                conn.exec_driver_sql("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)", rows)
            return
        params = [{"id": doc_id, "t": title, "b": body} for doc_id, title, body in rows]
        conn.execute(text("DELETE FROM documents_fts WHERE rowid = :id"), [{"id": p["id"]} for p in params])
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts(rowid, title, body) VALUES (:id, :t, :b)"), params)
            return
        # The tsvector is made from FTS5's own tokens (store/fulltext.py), not by the server.
        for p in params:
            p["v"] = tsvector_literal(str(p["t"]), str(p["b"]))
        conn.execute(
            text("INSERT INTO documents_fts(rowid, title, body, tsv) VALUES (:id, :t, :b, CAST(:v AS tsvector))"),
            params,
        )

    def index_gaps(self, home: str, model_version: str) -> dict[str, list[int]]:
        """Documents, analyses and the index out of step: analysed but not searchable, searchable
        rows of no document, documents not analysed for this home and version."""
        with self.connect() as conn:
            unindexed = [int(r[0]) for r in conn.execute(text(
                "SELECT a.document_id FROM analyses a WHERE a.home = :h AND a.model_version = :v "
                "AND NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = a.document_id) ORDER BY 1"),
                {"h": home, "v": model_version})]
            orphans = [int(r[0]) for r in conn.execute(text(
                "SELECT f.rowid FROM documents_fts f WHERE NOT EXISTS "
                "(SELECT 1 FROM documents d WHERE d.id = f.rowid) ORDER BY 1"))]
            unanalysed = [int(r[0]) for r in conn.execute(text(
                "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE "
                "a.document_id = d.id AND a.home = :h AND a.model_version = :v "
                "AND a.content_hash = d.content_hash) ORDER BY 1"), {"h": home, "v": model_version})]
        return {"unindexed": unindexed, "orphan_index_rows": orphans, "unanalysed": unanalysed}

    def repair_index_gaps(self, home: str, model_version: str) -> dict[str, int]:
        """Drop what the next `process` must redo: analyses with no index row (so they are
        pending again) and index rows of no document; in one transaction."""
        gaps = self.index_gaps(home, model_version)
        with self.begin() as conn:
            for i in range(0, len(gaps["unindexed"]), 500):
                conn.execute(delete(t.analyses).where(
                    t.analyses.c.document_id.in_(gaps["unindexed"][i : i + 500]),
                    t.analyses.c.home == home, t.analyses.c.model_version == model_version))
            if gaps["orphan_index_rows"]:
                conn.execute(text("DELETE FROM documents_fts WHERE rowid = :id"),
                             [{"id": i} for i in gaps["orphan_index_rows"]])
        return {k: len(v) for k, v in gaps.items()}

    def analyses_for(self, home: str, model_version: str, doc_ids: list[int]) -> dict[int, dict[str, Any]]:
        if not doc_ids:
            return {}
        q = select(t.analyses).where(
            t.analyses.c.home == home,
            t.analyses.c.model_version == model_version,
            t.analyses.c.document_id.in_(doc_ids),
        )
        with self.connect() as conn:
            return {int(r.document_id): _decode(dict(r._mapping)) for r in conn.execute(q)}

    def analyses_marked(self, home: str, model_version: str, doc_ids: list[int], mark: str) -> dict[int, str]:
        """Document id -> analysed content hash of the analyses among doc_ids whose reason holds mark (processing's
        people of unknown post: 职务不明), read 500 at a time, without the rest of the rows."""
        a = t.analyses.c
        out: dict[int, str] = {}
        with self.connect() as conn:
            for i in range(0, len(doc_ids), 500):
                q = select(a.document_id, a.content_hash).where(
                    a.home == home, a.model_version == model_version, a.document_id.in_(doc_ids[i : i + 500]),
                    a.reason.contains(mark, autoescape=True))
                out.update((int(r[0]), r[1]) for r in conn.execute(q))
        return out

    def analyses_marked_since(self, home: str, model_version: str, arrived_since: str,
                              mark: str) -> dict[int, tuple[str, str | None]]:
        """Document id -> (analysed content hash, actor) of the analyses of documents arrived since a timestamp whose
        reason holds mark: the window's people of unknown post, in one query joined on the documents' arrival."""
        a, d = t.analyses.c, t.documents.c
        q = (select(a.document_id, a.content_hash, a.actor)
             .select_from(t.analyses.join(t.documents, d.id == a.document_id))
             .where(a.home == home, a.model_version == model_version, d.arrived_at >= arrived_since,
                    a.reason.contains(mark, autoescape=True)))
        with self.connect() as conn:
            return {int(r[0]): (r[1], r[2]) for r in conn.execute(q)}

    def documents_before_staff(self, home: str, doc_ids: list[int]) -> set[int]:
        """Those of doc_ids that staff have before them or have judged for the home: an item of one of its briefings
        (draft or sent) or a label. Processing leaves their analyses as they are once read (a draft's 待核 mark comes
        from the analysis's confidence)."""
        b, i, lab = t.briefings.c, t.briefing_items.c, t.labels.c
        out: set[int] = set()
        with self.connect() as conn:
            for k in range(0, len(doc_ids), 500):
                chunk = doc_ids[k : k + 500]
                items = (select(i.document_id).select_from(t.briefing_items.join(t.briefings, b.id == i.briefing_id))
                         .where(b.home == home, i.document_id.in_(chunk)))
                labels = select(lab.document_id).where(lab.home == home, lab.document_id.in_(chunk))
                out.update(int(r[0]) for r in conn.execute(items))
                out.update(int(r[0]) for r in conn.execute(labels))
        return out

    def update_analyses_unchanged(self, home: str, model_version: str, updates: list[tuple[int, dict[str, Any]]],
                                  content_hashes: dict[int, str]) -> int:
        """Set fields of analyses only where each is still of the text it was read from (content_hashes): an analysis
        written again meanwhile, of a revised text, is left as it is. In one transaction; returns rows changed."""
        changed = 0
        with self.begin() as conn:
            for doc_id, values in updates:
                if not values:
                    continue
                stmt = t.analyses.update().where(
                    t.analyses.c.document_id == doc_id, t.analyses.c.home == home,
                    t.analyses.c.model_version == model_version,
                    t.analyses.c.content_hash == content_hashes[doc_id]).values(**values)
                changed += conn.execute(stmt).rowcount or 0
        return changed

    def document_hashes(self, doc_ids: list[int]) -> dict[int, str]:
        """The current content hash of each document (for clustering: whether a text read earlier in
        the run is still the document's)."""
        out: dict[int, str] = {}
        with self.connect() as conn:
            for i in range(0, len(doc_ids), 500):
                q = select(t.documents.c.id, t.documents.c.content_hash).where(
                    t.documents.c.id.in_(doc_ids[i : i + 500]))
                out.update((int(r[0]), r[1]) for r in conn.execute(q))
        return out

    def cluster_heads(self, home: str, model_version: str,
                      doc_ids: list[int] | None = None) -> list[tuple[int, int | None, str]]:
        """(document id, cluster id, content hash) of every analysed document (of those in doc_ids when
        given), for clustering."""
        q = select(t.analyses.c.document_id, t.analyses.c.cluster_id, t.analyses.c.content_hash).where(
            t.analyses.c.home == home, t.analyses.c.model_version == model_version
        )
        with self.connect() as conn:
            if doc_ids is None:
                return [(int(r[0]), r[1], r[2]) for r in conn.execute(q)]
            return [(int(r[0]), r[1], r[2]) for i in range(0, len(doc_ids), 500)
                    for r in conn.execute(q.where(t.analyses.c.document_id.in_(doc_ids[i : i + 500])))]

    def update_analyses(self, home: str, model_version: str, updates: list[tuple[int, dict[str, Any]]]) -> None:
        """Set fields (cluster_id, importance, ...) of existing analyses, in one transaction."""
        # executemany per shape of update (the pipeline sends cluster_id and importance for every row)
        groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
        for doc_id, values in updates:
            groups.setdefault(tuple(sorted(values)), []).append((doc_id, values))
        with self.begin() as conn:
            for keys, rows in groups.items():
                if not keys:
                    continue
                if self.dialect == "sqlite" and self._driver_sql and all(k in t.analyses.c for k in keys):
                    # the driver's executemany with positional tuples: the same statement, no per-row dicts
                    conn.exec_driver_sql(
                        f"UPDATE analyses SET {', '.join(f'{k} = ?' for k in keys)} "
                        "WHERE document_id = ? AND home = ? AND model_version = ?",
                        [(*(values[k] for k in keys), doc_id, home, model_version) for doc_id, values in rows])
                    continue
                stmt = (
                    t.analyses.update()
                    .where(
                        t.analyses.c.document_id == bindparam("b_doc"),
                        t.analyses.c.home == home,
                        t.analyses.c.model_version == model_version,
                    )
                    .values({k: bindparam(f"v_{k}") for k in keys})
                )
                conn.execute(stmt, [{**{f"v_{k}": v for k, v in values.items()}, "b_doc": doc_id}
                                    for doc_id, values in rows])

    def add_label(self, doc_id: int, home: str, kind: str, note: str | None, author: str) -> int:
        with self.begin() as conn:
            res = conn.execute(
                t.labels.insert().values(
                    document_id=doc_id, home=home, kind=kind, note=note, author=author, created_at=clock.stamp()
                )
            )
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def latest_labels(self, home: str | None = None) -> dict[tuple[int, str], dict[str, Any]]:
        """The newest label of each (document, home)."""
        q = select(t.labels).order_by(t.labels.c.id)
        if home:
            q = q.where(t.labels.c.home == home)
        out: dict[tuple[int, str], dict[str, Any]] = {}
        with self.connect() as conn:
            for r in conn.execute(q):
                out[(int(r.document_id), r.home)] = dict(r._mapping)
        return out


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for k in JSON_FIELDS:
        if isinstance(row.get(k), str):
            row[k] = json.loads(row[k])
    return row
