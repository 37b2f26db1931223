"""A real PostgreSQL server in a temporary folder on a loopback port (tests and bench/).

initdb and postgres come from PG_BIN (Debian's /usr/lib/postgresql/15/bin unless $SIQING_PG_BIN).
PostgreSQL refuses to run as root: as root the server runs as `nobody`, in a folder of its own
under the system's temporary folder (pytest's is private to root). Stopped, and its folder removed,
when the context ends.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = Path(os.environ.get("SIQING_PG_BIN", "/usr/lib/postgresql/15/bin"))


def available() -> str | None:
    """None when a server can be started, else why not."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL binaries absent ({PG_BIN}/initdb): scripts/install-test-deps.sh installs them"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres(settings: dict[str, str] | None = None, keep: Path | None = None) -> Iterator[str]:
    """A running server; yields its SQLAlchemy URL without a database name (user `siqing`).

    `keep`: a folder whose cluster is reused when present and kept at the end (bench/ caches a
    loaded store this way); otherwise a temporary one, removed at the end.
    """
    import psycopg

    root = keep or Path(tempfile.mkdtemp(prefix="siqing-pg-"))
    data = root / "data"
    fresh = not (data / "PG_VERSION").exists()
    data.mkdir(parents=True, exist_ok=True)
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "nobody")
        shutil.chown(data, "nobody")
        data.chmod(0o700)
        prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    proc = None
    try:
        if fresh:
            subprocess.run([*prefix, str(PG_BIN / "initdb"), "-D", str(data), "-U", "siqing", "-E", "UTF8",
                            "--auth=trust", "--no-sync"], check=True, capture_output=True, env=env)
        port = _free_port()
        opts = {"listen_addresses": "127.0.0.1", "unix_socket_directories": str(data), "fsync": "off",
                "synchronous_commit": "off", "max_connections": "60", **(settings or {})}
        cmd = [*prefix, str(PG_BIN / "postgres"), "-D", str(data), "-p", str(port)]
        for k, v in opts.items():
            cmd += ["-c", f"{k}={v}"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=siqing dbname=postgres", connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not start on port {port}") from None
                time.sleep(0.1)
        yield f"postgresql+psycopg://siqing@127.0.0.1:{port}"
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def create_database(server: str, name: str) -> str:
    """A new, empty database on the server; its SQLAlchemy URL."""
    import psycopg

    host, port = server.split("@", 1)[1].split(":")
    with psycopg.connect(f"host={host} port={port} user=siqing dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # a name of our own making
    return f"{server}/{name}"
