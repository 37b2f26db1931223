"""Copy one store into another (a SQLite deployment moving to PostgreSQL), every table and row.

    python -m siqing.store.transfer sqlite:///data/siqing.db postgresql+psycopg://siqing@db/siqing

The target is migrated to Alembic's head first and must hold no documents. Rows keep their ids;
the full-text rows are copied as their segmented title and body and indexed by the target's own
rules (a tsvector from FTS5's tokens on PostgreSQL); PostgreSQL's id sequences are moved past the
copied ids. One transaction on the target: a failed copy leaves it empty.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import Integer, func, select, text

from siqing.store import schema as t

BATCH = 2000
SKIP = {"schema_migrations"}  # the target keeps its own migration history


def copy_store(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every row of the source store into the empty target; rows copied per table."""
    from siqing.errors import StoreError
    from siqing.store import Store

    src, dst = Store(source_url), Store(target_url)
    counts: dict[str, int] = {}
    try:
        if dst.count_documents():
            raise StoreError(f"the target store already holds documents: {target_url}")
        with src.connect() as rconn, dst.begin() as wconn:
            for table in t.metadata.sorted_tables:
                if table.name in SKIP:
                    continue
                n = 0
                key = list(table.primary_key.columns) or list(table.columns)
                result = rconn.execution_options(stream_results=True).execute(select(table).order_by(*key))
                while rows := result.fetchmany(BATCH):
                    wconn.execute(table.insert(), [dict(r._mapping) for r in rows])
                    n += len(rows)
                counts[table.name] = n
            n = 0
            result = rconn.execution_options(stream_results=True).execute(
                text("SELECT rowid, title, body FROM documents_fts ORDER BY rowid"))
            while rows := result.fetchmany(BATCH):
                dst._write_fulltext(wconn, [(int(r[0]), r[1] or "", r[2] or "") for r in rows])
                n += len(rows)
            counts["documents_fts"] = n
            if dst.dialect == "postgresql":
                for table in t.metadata.sorted_tables:
                    col = table.c.get("id")
                    if col is not None and col.autoincrement is True and isinstance(col.type, Integer):
                        last: Any = wconn.execute(select(func.max(col))).scalar()
                        if last:
                            wconn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                                          {"n": int(last)})
    finally:
        src.close()
        dst.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("用法：python -m siqing.store.transfer 源存储URL 目标存储URL", file=sys.stderr)
        return 2
    counts = copy_store(args[0], args[1])
    print("已复制：" + "，".join(f"{k} {v} 行" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
