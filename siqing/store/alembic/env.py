"""Alembic's environment for the store: migrations run on the connection siqing hands over.

siqing.store.migrations.migrate() puts an open connection (in a transaction, holding the write
lock) in `config.attributes["connection"]`; nothing here opens a database of its own.
"""

from __future__ import annotations

from alembic import context

from siqing.store import schema

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the store's migrations through `siqing migrate` (siqing.store.migrations.migrate)")
context.configure(connection=connection, target_metadata=schema.metadata, render_as_batch=True,
                  version_table="alembic_version")
with context.begin_transaction():
    context.run_migrations()
