"""PostgreSQL: finer word statistics on the full-text column, read by the search planner.

A text search on PostgreSQL chooses its plan from how many documents hold the words
(store/search.py `_pg_plan`), read from the column statistics' list of frequent words. With the
default target (100) that list stops at words in about 5% of documents, too coarse to tell a word
in 0.8% of them (a few thousand candidates, cheap to read from the index) from one in 4%; a target
of 1000 lists about ten thousand words, down to about 0.15%. The server's own row estimates for
full-text conditions improve with it. ANALYZE reads 300,000 rows at this target (about 10 s at a
million documents, once here; autovacuum keeps the statistics afterwards). SQLite has nothing to
change.

Revision ID: 0007_pg_word_statistics
Revises: 0006_analyses_home_latest
"""

from __future__ import annotations

from alembic import op

revision = "0007_pg_word_statistics"
down_revision = "0006_analyses_home_latest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE documents_fts ALTER COLUMN tsv SET STATISTICS 1000")
        op.execute("ANALYZE documents_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE documents_fts ALTER COLUMN tsv SET STATISTICS -1")
