"""Runs (one row per job run, with its counts) and locks (one holder per job across processes).

A run records the host and process that runs it. A run left "running" by a process that no longer
exists (SIGKILL, a power cut, the OOM killer) is marked "interrupted" with that reason by the next
run that starts on the same host, and by `recover_runs()` (status calls it).
"""

from __future__ import annotations

import json
import os
import socket
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase


class RunQueries(StoreBase):
    def start_run(self, job: str) -> int:
        """Record a run of job by this process (stale runs of this host are marked first)."""
        self.recover_runs()
        with self.begin() as conn:
            res = conn.execute(t.runs.insert().values(job=job, started_at=clock.stamp(), status="running", counts="{}",
                                                      pid=os.getpid(), host=socket.gethostname()))
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def recover_runs(self) -> list[dict[str, Any]]:
        """Mark as interrupted every running run of this host whose process is gone; return them."""
        host = socket.gethostname()
        with self.connect() as conn:
            running = [dict(r._mapping) for r in conn.execute(
                select(t.runs.c.id, t.runs.c.job, t.runs.c.pid, t.runs.c.host, t.runs.c.started_at)
                .where(t.runs.c.status == "running"))]
        stale = [r for r in running if (r["host"] in (None, host)) and not process_alive(r["pid"])]
        for r in stale:
            reason = (f"运行中断：进程 {r['pid']} 已不存在（被强制结束、断电或重启），开始于 {r['started_at']}"
                      if r["pid"] else "运行中断：旧版本留下的记录，进程未知")
            with self.begin() as conn:
                conn.execute(t.runs.update().where(t.runs.c.id == r["id"], t.runs.c.status == "running")
                             .values(status="interrupted", finished_at=clock.stamp(), error=reason))
            r["error"] = reason
        return stale

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any] | None = None, error: str | None = None) -> None:
        with self.begin() as conn:
            conn.execute(
                t.runs.update()
                .where(t.runs.c.id == run_id)
                .values(
                    status=status,
                    finished_at=clock.stamp(),
                    counts=json.dumps(counts or {}, ensure_ascii=False),
                    error=error,
                )
            )

    def last_runs(self, limit: int = 20, job: str | None = None) -> list[dict[str, Any]]:
        q = select(t.runs).order_by(t.runs.c.id.desc()).limit(limit)
        if job:
            q = q.where(t.runs.c.job == job)
        with self.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["counts"] = json.loads(r["counts"] or "{}")
        return rows

    def acquire_lock(self, name: str, owner: str, ttl_seconds: int = 3600) -> bool:
        """Take the named lock unless a live holder has it; expired locks are taken over."""
        now = clock.now()
        with self.begin() as conn:
            conn.execute(delete(t.locks).where(t.locks.c.name == name, t.locks.c.expires_at < clock.stamp(now)))
            try:
                with conn.begin_nested():  # a savepoint, so a lost race leaves the transaction usable
                    conn.execute(
                            t.locks.insert().values(
                            name=name,
                            owner=owner,
                            acquired_at=clock.stamp(now),
                            expires_at=clock.stamp(now + timedelta(seconds=ttl_seconds)),
                        )
                    )
            except IntegrityError:
                return False
        return True

    def release_lock(self, name: str, owner: str) -> None:
        with self.begin() as conn:
            conn.execute(delete(t.locks).where(t.locks.c.name == name, t.locks.c.owner == owner))

    def take_lock(self, name: str, owner: str, ttl_seconds: int = 24 * 3600) -> str | None:
        """Take the named lock; None on success, else its live holder. A holder whose process is
        gone from this host (owner "host:pid:..." as siqing writes them) loses the lock."""
        while not self.acquire_lock(name, owner, ttl_seconds):
            holder = self.lock_holder(name)
            if holder is None:
                continue  # released between the two queries
            host, _, rest = holder.partition(":")
            pid = rest.partition(":")[0]
            if host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid)):
                self.release_lock(name, holder)
                continue
            return holder
        return None

    def lock_holder(self, name: str) -> str | None:
        with self.connect() as conn:
            return conn.execute(select(t.locks.c.owner).where(t.locks.c.name == name)).scalar()


def process_alive(pid: int | None) -> bool:
    """Whether a process of this host with that id exists (a zombie counts as gone)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True
