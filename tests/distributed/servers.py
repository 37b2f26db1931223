"""Real PostgreSQL and Redis servers on loopback ports in temporary folders, for the distributed tests.

PostgreSQL refuses to run as root: as root the server runs as `nobody` (its folder handed over);
otherwise as the current user. Both are stopped when the context ends.
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port}")


def have_postgres() -> bool:
    return (PG_BIN / "initdb").exists()


def have_redis() -> bool:
    return shutil.which("redis-server") is not None


@contextmanager
def postgres() -> Iterator[str]:
    """A PostgreSQL server on 127.0.0.1; yields a SQLAlchemy URL (psycopg 3) of database `siqing`.

    Its folder is a new one under the system's temporary folder (pytest's is closed to other users)."""
    tmp = Path(tempfile.mkdtemp(prefix="siqing-pg-"))
    data = tmp / "pgdata"
    data.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        tmp.chmod(0o755)
        shutil.chown(data, "nobody")
        prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run([*prefix, str(PG_BIN / "initdb"), "-D", str(data), "-U", "siqing", "-E", "UTF8",
                    "--auth=trust", "--no-sync"], check=True, capture_output=True, env=env)
    port = free_port()
    proc = subprocess.Popen([*prefix, str(PG_BIN / "postgres"), "-D", str(data), "-p", str(port),
                             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={data}",
                             "-c", "fsync=off", "-c", "max_connections=50"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        _wait_port(port, proc, "postgres")
        for _ in range(100):
            r = subprocess.run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "siqing",
                                "siqing"], capture_output=True, env=env)
            if r.returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"createdb failed: {r.stderr.decode(errors='replace')}")
        yield f"postgresql+psycopg://siqing@127.0.0.1:{port}/siqing"
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A redis-server on 127.0.0.1 with nothing saved to disk; yields its redis:// URL."""
    port = free_port()
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
