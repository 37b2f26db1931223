"""An index of each kind's analyses in importance order (home, model version, kind, importance, id).

A text search filtered by kind walks its kind alone in importance order, or counts the kind's rows
above an importance floor, instead of walking every kind (store/search.py, `_plan`). Both stores.

Revision ID: 0003_analyses_kind_rank
Revises: 0002_pg_fulltext_tokens
"""

from __future__ import annotations

from alembic import op

from siqing.store.migrations import KIND_RANK_INDEX

revision = "0003_analyses_kind_rank"
down_revision = "0002_pg_fulltext_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(KIND_RANK_INDEX)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_analyses_kind_rank")
