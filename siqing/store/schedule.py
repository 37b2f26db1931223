"""The scheduler's records: fires of scheduled jobs (claimed once across processes) and the job store."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import MetaData, Table, inspect, select
from sqlalchemy.exc import IntegrityError

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase

JOBSTORE_TABLE = "apscheduler_jobs"


def micro_stamp(dt: datetime | None = None) -> str:
    """An ISO timestamp with the +08:00 offset, to the microsecond (for comparing intervals)."""
    return (dt or clock.now()).astimezone(clock.CST).isoformat(timespec="microseconds")


class ScheduleQueries(StoreBase):
    def claim_fire(self, job: str, fire_key: str, owner: str, status: str = "running",
                   detail: str | None = None) -> int | None:
        """Record a fire of a job; None when another process already claimed the same fire."""
        try:
            with self.begin() as conn:
                res = conn.execute(t.schedule_fires.insert().values(
                    job=job, fire_key=fire_key, owner=owner, status=status,
                    started_at=micro_stamp(), detail=detail,
                    finished_at=micro_stamp() if status != "running" else None))
                return int(res.inserted_primary_key[0])  # type: ignore[index]
        except IntegrityError:
            return None

    def fire_started(self, fire_id: int) -> None:
        """The work begins now (after waiting for the job's lock): the start of its interval."""
        with self.begin() as conn:
            conn.execute(t.schedule_fires.update().where(t.schedule_fires.c.id == fire_id)
                         .values(started_at=micro_stamp()))

    def finish_fire(self, fire_id: int, status: str, detail: str | None = None) -> None:
        with self.begin() as conn:
            conn.execute(t.schedule_fires.update().where(t.schedule_fires.c.id == fire_id)
                         .values(status=status, finished_at=micro_stamp(), detail=detail))

    def last_fires(self, limit: int = 50, job: str | None = None) -> list[dict[str, Any]]:
        q = select(t.schedule_fires).order_by(t.schedule_fires.c.id.desc()).limit(limit)
        if job:
            q = q.where(t.schedule_fires.c.job == job)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def scheduled_jobs(self) -> list[dict[str, Any]]:
        """The job store's rows (id, next run time as a datetime or None), without unpickling them."""
        with self.connect() as conn:
            if not inspect(conn).has_table(JOBSTORE_TABLE):
                return []
            table = Table(JOBSTORE_TABLE, MetaData(), autoload_with=conn)
            rows = conn.execute(select(table.c.id, table.c.next_run_time).order_by(table.c.id)).all()
        out = []
        for job_id, ts in rows:
            nxt = datetime.fromtimestamp(float(ts), clock.CST) if ts is not None else None
            out.append({"id": job_id, "next_run_time": nxt})
        return out
