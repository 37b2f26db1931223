"""An index of each home's analyses in id order (home, id), both stores.

`latest_model_version` asks for the model version of a home's newest analysis (every search that
names no version does, the console's 信息检索 and 信息详情 among them). Without this index SQLite
read the home's million entries of ix_analyses_kind_rank and sorted them by id (about 250 ms at a
million documents); with it the answer is the index's last entry for the home.

Revision ID: 0006_analyses_home_latest
Revises: 0005_processing_claims
"""

from __future__ import annotations

from alembic import op

revision = "0006_analyses_home_latest"
down_revision = "0005_processing_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_analyses_home_latest ON analyses (home, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_analyses_home_latest")
