"""Crawling on several nodes: two `siqing worker` processes share one Redis frontier (a real
redis-server on loopback) and one store, over the bundled sample sites.

The sample sites here count, server side, how often each page was fetched and how many requests
were open at once (all sources are on one host:port, so that is the per-domain concurrency).

The store shared by the workers is a real PostgreSQL on loopback (a database of the test's own, the
Redis address from siqing.yaml's distributed.redis_url), as on several machines; the two-worker crawl
also runs on one shared SQLite file (several workers on one machine).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from siqing import config as config_mod
from siqing.app.demo.run import write_deployment
from siqing.app.demo.sites import SampleSites, _Handler

REPO = Path(__file__).resolve().parents[2]
PER_DOMAIN = 2


class CountingSites(SampleSites):
    """The sample sites, slowed a little per page, counting fetches and open requests (and, for
    bench/bench_workers.py, when each page was asked for)."""

    def __init__(self, delay: float, host: str = "127.0.0.1") -> None:
        super().__init__(port=0, host=host)
        self.delay = delay
        self.lock = threading.Lock()
        self.open = 0
        self.max_open = 0
        self.fetches: Counter[str] = Counter()
        self.stamps: list[tuple[float, str]] = []  # (time.monotonic(), path) of every request

    def start(self) -> CountingSites:
        sites = self

        class Handler(_Handler):
            def do_GET(self) -> None:  # noqa: N802
                with sites.lock:
                    sites.open += 1
                    sites.max_open = max(sites.max_open, sites.open)
                    sites.fetches[self.path] += 1
                    sites.stamps.append((time.monotonic(), self.path))
                try:
                    time.sleep(sites.delay)
                finally:
                    # Counted closed before the answer is written: the client may release its slot and
                    # send the next request the moment the last byte arrives, before this thread runs on.
                    with sites.lock:
                        sites.open -= 1
                super().do_GET()

        server = ThreadingHTTPServer((self.host, 0), Handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()
        return self


@pytest.fixture
def counting_sites() -> Iterator[CountingSites]:
    sites = CountingSites(delay=0.03)
    with sites:
        yield sites


def _deployment(folder: Path, port: int, store_url: str | None = None, redis_url: str | None = None) -> Path:
    """The demo deployment on the sample sites; its store `store_url` (default its SQLite file), the
    shared Redis `redis_url` in siqing.yaml (default none: --redis then names it)."""
    path = write_deployment(folder, port)
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.setdefault("crawl", {})["concurrency_per_domain"] = PER_DOMAIN
    if store_url:
        data.setdefault("storage", {})["url"] = store_url
    if redis_url:
        data["distributed"] = {"redis_url": redis_url}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    """Whatever a test started is stopped at its end, passed or failed (each in its own session)."""
    yield
    while STARTED:
        proc = STARTED.pop()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()


def _siqing(cfg: Path, *args: str, log: Path | None = None) -> subprocess.Popen[str]:
    """A siqing command in its own session; its standard error to `log` when given (a worker's
    Scrapy process writes more than a pipe holds while nobody reads it)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    err: Any = log.open("w") if log else subprocess.PIPE
    try:
        proc = subprocess.Popen([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg), *args], text=True,
                                stdout=subprocess.PIPE, stderr=err, env=env, start_new_session=True)
        STARTED.append(proc)
        return proc
    finally:
        if log:
            err.close()  # the child holds its own copy


def _documents(cfg: Path) -> list[str]:
    """The canonical URLs in the deployment's store, sorted (with duplicates, were there any)."""
    engine = create_engine(config_mod.load(cfg).database_url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT canonical_url FROM documents ORDER BY canonical_url"))]
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The article paths one ordinary crawl (one process) stores from the sample sites."""
    with SampleSites(port=0) as sites:
        cfg = _deployment(tmp_path_factory.mktemp("single"), sites.port)
        proc = _siqing(cfg, "crawl")
        proc.communicate(timeout=300)
        paths = [u.split("/", 3)[3] for u in _documents(cfg)]
    assert len(paths) > 100, "the one-process crawl stored the sample sites' articles"
    return paths


@pytest.fixture(params=["postgresql", "sqlite"])
def store_url(request: pytest.FixtureRequest) -> str | None:
    """The workers' shared store: a database of the test's own on the session's PostgreSQL, or (None)
    the deployment's own SQLite file."""
    return str(request.getfixturevalue("pg_database")) if request.param == "postgresql" else None


def _start(cfg: Path, redis: list[str], n: int) -> list[subprocess.Popen[str]]:
    return [_siqing(cfg, "worker", *redis, "--once", "--wait", "120", "--poll", "0.2",
                    log=cfg.parent / f"worker{k}.log") for k in range(n)]


def _setup(tmp_path: Path, port: int, store_url: str | None, redis_url: str) -> tuple[Path, list[str]]:
    """The deployment and how its commands name Redis: from siqing.yaml with PostgreSQL (the
    multi-machine layout), by --redis with SQLite."""
    if store_url:
        return _deployment(tmp_path / "deploy", port, store_url, redis_url), []
    return _deployment(tmp_path / "deploy", port), ["--redis", redis_url]


def test_two_workers_store_every_article_once(tmp_path: Path, redis_url: str, counting_sites: CountingSites,
                                              baseline: list[str], store_url: str | None) -> None:
    cfg, redis = _setup(tmp_path, counting_sites.port, store_url, redis_url)
    workers = _start(cfg, redis, 2)
    crawl = _siqing(cfg, "crawl", "--distributed", *redis, "--timeout", "120")
    out, err = crawl.communicate(timeout=300)
    assert crawl.returncode == 0, err
    outs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [(cfg.parent / f"worker{k}.log").read_text()[-800:] for k in (0, 1)]
    assert all("轮采集完成" in o[0] for o in outs)
    docs = _documents(cfg)
    assert len(docs) == len(set(docs))
    assert sorted(u.split("/", 3)[3] for u in docs) == baseline  # every article of a one-process crawl
    paths = ["/" + p for p in baseline]
    assert all(counting_sites.fetches[p] == 1 for p in paths), {p: counting_sites.fetches[p] for p in paths
                                                                if counting_sites.fetches[p] != 1}
    assert counting_sites.max_open <= PER_DOMAIN  # per-domain concurrency held across both workers
    assert f"新增 {len(baseline)}" in out
    # both took requests from the frontier
    news = [int(o[0].rsplit("请求 ", 1)[1].split("，")[0]) for o in outs]
    assert all(n > 0 for n in news), outs


def test_killing_a_worker_mid_crawl_loses_no_request(tmp_path: Path, redis_url: str, counting_sites: CountingSites,
                                                      baseline: list[str], pg_database: str) -> None:
    """On PostgreSQL (the several-machine layout): the survivor finishes the frontier."""
    counting_sites.delay = 0.1
    cfg, redis = _setup(tmp_path, counting_sites.port, pg_database, redis_url)
    workers = _start(cfg, redis, 2)
    crawl = _siqing(cfg, "crawl", "--distributed", *redis, "--timeout", "120")
    victim = workers[1]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill when a fifth of the articles are stored, mid-crawl
        try:
            if len(_documents(cfg)) >= max(5, len(baseline) // 5):
                break
        except SQLAlchemyError:  # the store is not made yet
            pass
        time.sleep(0.1)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    stored_then = len(_documents(cfg))
    counting_sites.delay = 0.03  # pages were slow only so that the kill lands mid-crawl; the rest as elsewhere
    out, err = crawl.communicate(timeout=300)
    assert crawl.returncode == 0, err
    survivor, _ = workers[0].communicate(timeout=120)
    assert workers[0].returncode == 0 and "轮采集完成" in survivor
    docs = _documents(cfg)
    assert len(docs) == len(set(docs))
    assert sorted(u.split("/", 3)[3] for u in docs) == baseline  # nothing lost
    assert stored_then < len(baseline)  # the kill landed before the end
