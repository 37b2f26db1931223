"""Schema migrations: Alembic, for SQLite and PostgreSQL alike (siqing/store/alembic/).

`migrate(conn)` brings a store to Alembic's head on a connection it locks first; `status(conn)`
lists every revision as applied or pending (what `siqing migrate` shows). New schema changes are
new files under alembic/versions/, each chained to the one before; never edit one that has shipped.

Before Alembic, migrations were the named functions below, recorded in `schema_migrations`. They
stay, unchanged, as the body of the baseline revision (0001_baseline): a new store runs all of
them, a store of the release before runs those it lacks (none), and both end stamped at the
baseline with `schema_migrations` kept as history.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, text

from siqing.store import schema

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []  # the hand-written ones, now the baseline's steps
ALEMBIC_DIR = Path(__file__).resolve().parent / "alembic"


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a legacy migration under its permanent name (no new ones: add an Alembic revision)."""

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


# Added by Alembic revision 0003 (and by SearchQueries.ensure_query_indexes): a text search with a
# kind walks the importance order of that kind alone, or counts its rows above an importance floor.
KIND_RANK_INDEX = ("CREATE INDEX IF NOT EXISTS ix_analyses_kind_rank "
                   "ON analyses (home, model_version, kind, importance, document_id)")


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


def legacy_applied(conn: Connection) -> set[str]:
    """Names of the hand-written migrations this store has recorded."""
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return {row[0] for row in conn.execute(text("SELECT name FROM schema_migrations"))}


def legacy_upgrade(conn: Connection) -> list[str]:
    """The baseline revision's body: apply the hand-written migrations not yet recorded."""
    schema.schema_migrations.create(conn, checkfirst=True)
    done = legacy_applied(conn)
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    ran = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        fn(conn)
        conn.execute(schema.schema_migrations.insert().values(name=name, applied_at=now))
        ran.append(name)
    return ran


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    cfg.attributes["connection"] = conn
    return cfg


@functools.cache
def _script() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(ALEMBIC_DIR))


def revisions() -> list[str]:
    """Every Alembic revision of the store, oldest first."""
    return [r.revision for r in reversed(list(_script().walk_revisions("base", "heads")))]


def applied(conn: Connection) -> set[str]:
    """The revisions this store has: its current one and every one before it."""
    from alembic.runtime.migration import MigrationContext

    heads = MigrationContext.configure(conn).get_current_heads()
    if not heads:
        return set()
    return {r.revision for r in _script().iterate_revisions(heads, "base")}


def status(conn: Connection) -> list[tuple[str, bool]]:
    """(revision, applied) for every revision, oldest first."""
    done = applied(conn)
    return [(rev, rev in done) for rev in revisions()]


def migrate(conn: Connection) -> list[str]:
    """Bring the store to Alembic's head; return the revisions applied now (oldest first)."""
    from alembic import command

    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        # Take SQLite's write lock first: two processes opening a new store at once (two `serve`,
        # serve and the crawler) would otherwise both see a table missing and both create it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        # The same on PostgreSQL: one migrating process at a time, the lock ends with the transaction.
        conn.execute(text("SELECT pg_advisory_xact_lock(7402318)"))
    before = applied(conn)
    if before >= set(revisions()):
        return []
    command.upgrade(_alembic_config(conn), "heads")
    after = applied(conn)
    return [rev for rev in revisions() if rev in after and rev not in before]
