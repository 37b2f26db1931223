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


@migration("0004_review")
def _review(conn: Connection) -> None:
    # A fresh store got the table from 0001_initial (which creates every table in schema).
    schema.notices.create(conn, checkfirst=True)


# Analysts' queries (store/search.py). A search first finds the page's ids from indexes alone,
# then reads those rows: the covering indexes hold every filter and sort column, so a search with
# thousands of matches never reads the wide document rows. The date and importance indexes let a
# search with many matches walk them in order and stop at the page's end. Shared with
# SearchQueries.ensure_query_indexes for stores built in bulk.
QUERY_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_documents_date ON documents (COALESCE(published_at, arrived_at))",
    "CREATE INDEX IF NOT EXISTS ix_documents_cover ON documents (id, published_at, arrived_at, source_id)",
    "CREATE INDEX IF NOT EXISTS ix_analyses_cover "
    "ON analyses (document_id, home, model_version, kind, importance, topics, regions)",
    "CREATE INDEX IF NOT EXISTS ix_analyses_rank "
    "ON analyses (home, model_version, importance, document_id, kind)",
    "CREATE INDEX IF NOT EXISTS ix_labels_document ON labels (document_id, home)",
)


@migration("0005_query")
def _query(conn: Connection) -> None:
    for ddl in QUERY_INDEXES:
        conn.execute(text(ddl))
    # One row per analysis with what a reader wants beside it: `siqing browse` facets on it.
    conn.execute(text(
        "CREATE VIEW items AS SELECT d.id AS id, d.title AS title, "
        "COALESCE(d.published_at, d.arrived_at) AS date, d.source_id AS source_id, "
        "COALESCE(s.name, d.source_name) AS source, a.home AS home, a.model_version AS model_version, "
        "a.kind AS kind, a.confidence AS confidence, a.topics AS topics, a.regions AS regions, "
        "a.importance AS importance, a.summary AS summary, d.url AS url, "
        "(SELECT l.kind FROM labels l WHERE l.document_id = d.id AND l.home = a.home "
        "ORDER BY l.id DESC LIMIT 1) AS label_kind "
        "FROM documents d JOIN analyses a ON a.document_id = d.id LEFT JOIN sources s ON s.id = d.source_id"
    ))


@migration("0006_schedule")
def _schedule(conn: Connection) -> None:
    # A fresh store got the table from 0001_initial. APScheduler creates its own apscheduler_jobs.
    schema.schedule_fires.create(conn, checkfirst=True)


@migration("0011_column_progress")
def _column_progress(conn: Connection) -> None:
    # A fresh store got the table from 0001_initial.
    schema.column_progress.create(conn, checkfirst=True)


@migration("0009_run_owner_and_render_digest")
def _run_owner_and_render_digest(conn: Connection) -> None:
    # A fresh store got the columns from 0001_initial; an older one gains them here.
    have = {(tab, c["name"]) for tab in ("runs", "briefings") for c in inspect(conn).get_columns(tab)}
    for tab, col, ddl in (("runs", "pid", "INTEGER"), ("runs", "host", "TEXT"),
                          ("briefings", "pdf_digest", "VARCHAR(64)"), ("briefings", "rendered_state", "VARCHAR(32)")):
        if (tab, col) not in have:
            conn.execute(text(f"ALTER TABLE {tab} ADD COLUMN {col} {ddl}"))


@migration("0010_users")
def _users(conn: Connection) -> None:
    # A fresh store got the tables from 0001_initial.
    schema.users.create(conn, checkfirst=True)
    schema.web_events.create(conn, checkfirst=True)


def applied(conn: Connection) -> set[str]:
    """Names of the migrations this store has recorded."""
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return {row[0] for row in conn.execute(text("SELECT name FROM schema_migrations"))}


def migrate(conn: Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        # Take SQLite's write lock first: two processes opening a new store at once (two `serve`,
        # serve and the crawler) would otherwise both see a table missing and both create it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
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
