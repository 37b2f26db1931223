"""Named schema migrations, applied in order and recorded in schema_migrations.

Each migration is a function decorated with @migration("NNNN_name"). A store opened by any
command is brought up to date first; a migration already recorded is never run again. Append new
migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection, inspect, text

from siqing.store import schema

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a migration under its permanent name."""

    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((name, fn))
        return fn

    return register


@migration("0001_initial")
def _initial(conn: Connection) -> None:
    tables = [t for name, t in schema.metadata.tables.items() if name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


@migration("0002_fulltext")
def _fulltext(conn: Connection) -> None:
    # jieba-segmented text, space-joined, so FTS5's unicode61 tokenizer sees words. processing
    # fills it; the row id is the document id.
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
                "title, body, tokenize = 'unicode61 remove_diacritics 0')"
            )
        )
    else:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS documents_fts (rowid INTEGER PRIMARY KEY, "
                "title TEXT, body TEXT, tsv tsvector)"
            )
        )
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents_fts USING gin(tsv)"))


def applied(conn: Connection) -> set[str]:
    """Names of the migrations this store has recorded."""
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return {row[0] for row in conn.execute(text("SELECT name FROM schema_migrations"))}


def migrate(conn: Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    schema.schema_migrations.create(conn, checkfirst=True)
    done = applied(conn)
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    ran = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        fn(conn)
        conn.execute(schema.schema_migrations.insert().values(name=name, applied_at=now))
        ran.append(name)
    return ran
