"""Fixtures: one PostgreSQL and one Redis server for the distributed tests (real servers on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.distributed import servers


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    if not servers.have_postgres():
        pytest.skip("PostgreSQL 15 is not installed (scripts/install-test-deps.sh installs it)")
    with servers.postgres() as url:
        yield url


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if not servers.have_redis():
        pytest.skip("redis-server is not installed (scripts/install-test-deps.sh installs it)")
    with servers.redis_server(tmp_path) as url:
        yield url
