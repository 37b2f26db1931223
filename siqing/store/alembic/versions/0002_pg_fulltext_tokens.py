"""PostgreSQL: the full-text vectors made from FTS5's own tokens, title weighted (store/fulltext.py).

Stores made before held to_tsvector('simple', title || body): the server's parser, no positions
shared with SQLite's index, no title weight. Every row is rebuilt from its stored segmented title
and body. SQLite has nothing to change.

Revision ID: 0002_pg_fulltext_tokens
Revises: 0001_baseline
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from siqing.store.fulltext import tsvector_literal

revision = "0002_pg_fulltext_tokens"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT rowid, title, body FROM documents_fts WHERE rowid > :last "
                                    "ORDER BY rowid LIMIT 2000"), {"last": last}).all()
        if not rows:
            break
        conn.execute(sa.text("UPDATE documents_fts SET tsv = CAST(:v AS tsvector) WHERE rowid = :id"),
                     [{"id": r[0], "v": tsvector_literal(r[1] or "", r[2] or "")} for r in rows])
        last = rows[-1][0]


def downgrade() -> None:
    pass
