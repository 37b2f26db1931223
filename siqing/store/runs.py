"""Runs (one row per job run, with its counts) and locks (one holder per job across processes)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase


class RunQueries(StoreBase):
    def start_run(self, job: str) -> int:
        with self.begin() as conn:
            res = conn.execute(t.runs.insert().values(job=job, started_at=clock.stamp(), status="running", counts="{}"))
            return int(res.inserted_primary_key[0])  # type: ignore[index]

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

    def lock_holder(self, name: str) -> str | None:
        with self.connect() as conn:
            return conn.execute(select(t.locks.c.owner).where(t.locks.c.name == name)).scalar()
