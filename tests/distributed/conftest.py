"""Fixtures: one PostgreSQL and one Redis server for the distributed tests (real servers on loopback)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.distributed import servers
from tests.store import pgserver

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One PostgreSQL server for the session; its URL without a database."""
    if not servers.have_postgres():
        pytest.skip("PostgreSQL 15 is not installed (scripts/install-test-deps.sh installs it)")
    with pgserver.postgres() as server:
        yield server


@pytest.fixture(scope="session")
def pg_url(pg_server: str) -> str:
    """The URL of database `siqing` on the session's server (tests that share it reset its schema)."""
    return pgserver.create_database(pg_server, "siqing")


@pytest.fixture
def pg_database(pg_server: str) -> str:
    """A new, empty database of this test's own on the session's server."""
    return pgserver.create_database(pg_server, f"dist_{next(_names)}")


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if not servers.have_redis():
        pytest.skip("redis-server is not installed (scripts/install-test-deps.sh installs it)")
    with servers.redis_server(tmp_path) as url:
        yield url
