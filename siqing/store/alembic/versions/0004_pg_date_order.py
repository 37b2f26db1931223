"""PostgreSQL: the date index carries the id too, in the order searches sort by.

A search sorted by date orders by (published or arrival date, id), newest first. SQLite's
expression index holds the row id and serves that order as it is; PostgreSQL's needs the id in the
index to walk it in order and stop at the page's end. SQLite has nothing to change.

Revision ID: 0004_pg_date_order
Revises: 0003_analyses_kind_rank
"""

from __future__ import annotations

from alembic import op

revision = "0004_pg_date_order"
down_revision = "0003_analyses_kind_rank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX IF NOT EXISTS ix_documents_date_id "
                   "ON documents ((COALESCE(published_at, arrived_at)) DESC, id DESC)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_documents_date_id")
