"""Both stores for one set of tests: a SQLite file, and a real PostgreSQL server this session starts.

The server (tests/store/pgserver.py) runs on a free loopback port in a temporary folder and is
stopped at the end of the session. Tests on PostgreSQL are skipped, with the reason, only when
the binaries are absent.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store import pgserver

BACKENDS = ["sqlite", "postgresql"]
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server on 127.0.0.1; yields its URL without a database name."""
    why = pgserver.available()
    if why:
        pytest.skip(why)
    with pgserver.postgres() as url:
        yield url


def new_database(server: str) -> str:
    """A new, empty database on the session's server; its SQLAlchemy URL."""
    return pgserver.create_database(server, f"t{os.getpid()}_{next(_names)}")


def url_for(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgresql":
        return new_database(str(request.getfixturevalue("pg_server")))
    return f"sqlite:///{tmp_path / 'data' / 'siqing.db'}"


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a new store: a SQLite file, then a database on the session's PostgreSQL server."""
    return url_for(request.param, request, tmp_path)
