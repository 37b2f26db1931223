"""The schema as the hand-written migrations left it (0001_initial ... 0011_column_progress).

A new store gets every table here. A store made before Alembic has them recorded in
schema_migrations: only those it lacks run (an older store catches up), nothing is dropped or
rewritten, and the store is stamped at this revision.

Revision ID: 0001_baseline
Revises:
"""

from __future__ import annotations

from alembic import op

from siqing.store.migrations import legacy_upgrade

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    legacy_upgrade(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the store's baseline is not undone; restore a backup instead")
