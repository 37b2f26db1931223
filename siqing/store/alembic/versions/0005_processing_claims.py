"""The processing claims of `siqing worker --process` (siqing/store/claims.py), both stores.

One row a (document, home, model version, text hash) a worker claimed, with its owner and lease
(epoch seconds; a finished claim's lease never expires). Before this revision the table was created
by the first claim (CREATE TABLE IF NOT EXISTS, the same columns): a store that has it keeps it and
its rows.

Revision ID: 0005_processing_claims
Revises: 0004_pg_date_order
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import CreateTable

revision = "0005_processing_claims"
down_revision = "0004_pg_date_order"
branch_labels = None
depends_on = None

# The table as of this revision (not siqing.store.claims's, which may change in later revisions).
_claims = sa.Table(
    "processing_claims",
    sa.MetaData(),
    sa.Column("document_id", sa.Integer, primary_key=True),
    sa.Column("home", sa.String, primary_key=True),
    sa.Column("model_version", sa.String, primary_key=True),
    sa.Column("content_hash", sa.String, primary_key=True),
    sa.Column("owner", sa.String, nullable=False),
    sa.Column("lease_until", sa.Float, nullable=False),
)


def upgrade() -> None:
    op.get_bind().execute(CreateTable(_claims, if_not_exists=True))


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS processing_claims")
