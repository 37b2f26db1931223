"""Opening the store: engine, SQLite pragmas, migrations, transactions."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from siqing.errors import StoreError
from siqing.store.migrations import migrate

OPEN_ATTEMPTS = 5  # opening a new SQLite store another process is creating: tries, 0.2 s apart and doubling


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the crawler subprocess write while the CLI reads; busy_timeout rides out the
    # short write locks of a concurrent process instead of failing at once.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def shown_url(url: str) -> str:
    """A database URL fit for messages: a PostgreSQL password never reaches logs, run records or mail."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return "(an unparseable database URL)"


def make_engine(url: str) -> Engine:
    """An engine for a database URL; a SQLite file's folder is created when missing."""
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class StoreBase:
    """The engine plus transactions; query methods come from the mixins in this package."""

    def __init__(self, url: str, *, migrate_now: bool = True) -> None:
        self.url = url
        try:
            self.engine = make_engine(url)
            if migrate_now:
                for attempt in range(OPEN_ATTEMPTS):
                    try:
                        with self.engine.begin() as conn:
                            self.migrations_applied = migrate(conn)
                        break
                    except OperationalError as exc:
                        # Two processes opening a new SQLite store at once: switching it to WAL takes an exclusive lock
                        # that SQLite may refuse at once, busy timeout or not; the other process is done in moments.
                        if self.dialect != "sqlite" or "locked" not in str(exc) or attempt == OPEN_ATTEMPTS - 1:
                            raise
                        self.engine.dispose()
                        time.sleep(0.2 * 2 ** attempt)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {shown_url(url)}: {exc.__class__.__name__}: {exc}") from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: committed on success, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
