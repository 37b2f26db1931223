"""`siqing serve`: the jobs of a deployment on APScheduler 3, by the Chinese working-day calendar.

Jobs (cron expressions of `schedule:` in siqing.yaml, in its timezone, Asia/Shanghai):
crawl (several times a day), process (then the alert check), draft (the daily briefing's draft),
send (the daily briefing at its send time) and weekly (the weekly briefing). draft and send run on
working days only, weekly on the first working day of a week.

Guarantees, and how:
- Jobs live in the store (APScheduler's SQLAlchemyJobStore, table apscheduler_jobs). On start a
  job whose cron is unchanged keeps its stored next run time, so a machine that was down at 07:30
  and comes back within `misfire_grace_minutes` runs the missed fire once (coalesce: once, however
  many fires were missed); beyond the window the fire is recorded as missed and the operators told.
- Every fire is claimed in schedule_fires under (job, scheduled time): of two serve processes on
  one store only the first runs it, so a fire never runs twice.
- A lock per job in the store (runs.acquire_lock) keeps two runs of one job from overlapping, in
  one process or across processes; a scheduled fire finding its job still running is skipped.
- One worker thread: the jobs of one process run one after another, in the order they fell due
  (a process fire waits for a crawl that overran).
- A failed job mails a short alert to the operators (delivery.operators).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from threading import TIMEOUT_MAX
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.base import run_job
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from siqing import clock, workdays
from siqing.config import Config
from siqing.errors import SiqingError
from siqing.store import Store
from siqing.store.schedule import micro_stamp

logger = logging.getLogger("siqing.app.schedule")

JOBS = ("crawl", "process", "draft", "send", "weekly")  # also the order of --run-now
RUN_NOW = ("crawl", "process", "draft", "send")
JOB_LABELS = {"crawl": "采集", "process": "处理及专报检查", "draft": "起草每日要情", "send": "发送每日要情",
              "weekly": "每周要情"}
LOCK_TTL_SECONDS = 6 * 3600  # a crawl of many sources can take hours; stale holders are detected


def owner_id() -> str:
    """Who holds a lock or claims a fire: host, process id and a token (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _holder_dead(holder: str) -> bool:
    """Whether a lock holder is a process of this host that no longer exists (killed -9, a crash)."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


# working-day gating -------------------------------------------------------------------------


def due_on(job: str, day: date, overrides: workdays.Overrides | None = None) -> bool:
    """Whether a job does its work on a day: briefings on working days, the weekly on the first."""
    if job in ("draft", "send"):
        return workdays.is_workday(day, overrides)
    if job == "weekly":
        return workdays.first_workday_of_week(day, overrides)
    return True


def trigger_for(cfg: Config, job: str) -> CronTrigger | None:
    """The job's cron trigger in the deployment's timezone (None when the job is switched off)."""
    expr = getattr(cfg.settings.schedule, job)
    if not expr:
        return None
    return CronTrigger.from_crontab(expr, timezone=ZoneInfo(cfg.settings.schedule.timezone))


def fire_times(cfg: Config, job: str, start: datetime, end: datetime) -> list[datetime]:
    """The times in [start, end) at which the job does its work: cron fires on the days it is due."""
    trigger = trigger_for(cfg, job)
    if trigger is None:
        return []
    ov = workdays.Overrides.from_config(cfg.settings.schedule)
    out: list[datetime] = []
    prev: datetime | None = None
    t = trigger.get_next_fire_time(None, start)
    while t is not None and t < end:
        if due_on(job, t.date(), ov):
            out.append(t)
        prev = t
        t = trigger.get_next_fire_time(prev, prev + timedelta(seconds=1))
    return out


def next_fire(cfg: Config, job: str, after: datetime) -> datetime | None:
    """The next time the job will do its work (working days considered), within a year."""
    for span in (timedelta(days=8), timedelta(days=370)):
        times = fire_times(cfg, job, after, after + span)
        if times:
            return times[0]
    return None


# the jobs -----------------------------------------------------------------------------------


def job_body(cfg: Config, job: str, day: date) -> dict[str, Any]:
    """Do one job's work for a day; the stage functions write their own runs rows."""
    from siqing.app import jobs

    if job == "crawl":
        result = jobs.crawl(cfg)
        return {"run_id": result.get("run_id"), "status": result.get("status"), "totals": result.get("totals")}
    if job == "process":
        counts = jobs.process(cfg)
        alert_ids = jobs.alerts(cfg)  # the alert check follows every processing run
        return {"processed": counts.get("processed"), "alerts": alert_ids}
    if job == "draft":
        res = jobs.draft(cfg, "daily", day)  # tells the reviewers when it waits for them
        return {"briefing_id": res.briefing_id, "status": res.status, "items": res.items}
    if job == "send":
        return _check_sent(jobs.hold_or_send_daily(cfg, day))
    if job == "weekly":
        res = jobs.draft(cfg, "weekly", day)
        out: dict[str, Any] = {"briefing_id": res.briefing_id, "status": res.status}
        if res.status == "empty":
            return out
        if res.status == "approved":
            out.update(_check_sent(jobs.send(cfg, res.briefing_id)))
        else:
            logger.warning("每周要情 #%s 未审核，未发送（已通知审核人）", res.briefing_id)
        return out
    raise ValueError(f"unknown job {job!r}")


def _check_sent(result: dict[str, Any]) -> dict[str, Any]:
    """A delivery that left recipients without the briefing is a failure the operators must see."""
    missing = list(result.get("failed") or []) + list(result.get("uncertain") or [])
    if missing:
        raise SiqingError(f"简报 #{result.get('briefing_id')} 未送达：{', '.join(missing)}")
    return result


@dataclass
class Outcome:
    job: str
    status: str  # ok | failed | skipped | duplicate
    detail: str = ""
    fire_id: int | None = None


def _acquire(store: Store, name: str, owner: str, wait: bool, poll: float = 0.5,
             stop: threading.Event | None = None) -> str | None:
    """Take the job's lock; None on success, else the holder (after waiting, when asked)."""
    while True:
        if store.acquire_lock(name, owner, LOCK_TTL_SECONDS):
            return None
        holder = store.lock_holder(name)
        if holder and _holder_dead(holder):
            logger.warning("锁 %s 的持有进程 %s 已不存在，收回", name, holder)
            store.release_lock(name, holder)
            continue
        if not wait or (stop is not None and stop.is_set()):
            return holder or "?"
        time.sleep(poll)  # (not stop.wait: in the main thread, serve's signal handler sets stop, taking its lock)


def execute(cfg: Config, job: str, *, fire_key: str | None = None, force: bool = False,
            wait_lock: bool = False, owner: str | None = None,
            now: Callable[[], datetime] = clock.now, body: Callable[[Config, str, date], dict[str, Any]] = job_body,
            stop: threading.Event | None = None) -> Outcome:
    """Run one fire of a job: working-day gate, claim, lock, work, record, alert on failure."""
    owner = owner or owner_id()
    store = Store(cfg.database_url)
    try:
        day = now().date()
        key = fire_key or f"once:{micro_stamp()}:{owner}"
        if not force and not due_on(job, day, workdays.Overrides.from_config(cfg.settings.schedule)):
            reason = f"{day.isoformat()} 不是{'本周第一个' if job == 'weekly' else ''}工作日"
            store.claim_fire(job, key, owner, status="skipped", detail=reason)
            logger.info("%s：%s，跳过", JOB_LABELS[job], reason)
            return Outcome(job, "skipped", reason)
        fire_id = store.claim_fire(job, key, owner)
        if fire_id is None:
            logger.info("%s（%s）已由另一个 serve 进程执行，跳过", JOB_LABELS[job], key)
            return Outcome(job, "duplicate", key)
        lock = f"job:{job}"
        holder = _acquire(store, lock, owner, wait_lock, stop=stop)
        if holder is not None:
            detail = f"上一次运行仍未结束（{holder}）"
            store.finish_fire(fire_id, "skipped", detail)
            logger.warning("%s：%s，跳过", JOB_LABELS[job], detail)
            return Outcome(job, "skipped", detail, fire_id)
        try:
            store.fire_started(fire_id)
            logger.info("开始%s（%s）", JOB_LABELS[job], key)
            result = body(cfg, job, day)
        except Exception as exc:
            detail = f"{exc.__class__.__name__}: {exc}"
            store.finish_fire(fire_id, "failed", detail)
            logger.exception("%s失败：%s", JOB_LABELS[job], detail)
            notify_failure(cfg, job, detail, traceback.format_exc())
            return Outcome(job, "failed", detail, fire_id)
        finally:
            store.release_lock(lock, owner)
        store.finish_fire(fire_id, "ok", _short(result))
        logger.info("%s完成：%s", JOB_LABELS[job], _short(result))
        return Outcome(job, "ok", _short(result), fire_id)
    finally:
        store.close()


def _short(result: Any) -> str:
    import json

    return json.dumps(result, ensure_ascii=False, default=str)[:1000]


# operators' alerts --------------------------------------------------------------------------


def notify_failure(cfg: Config, job: str, detail: str, trace: str = "") -> None:
    """Mail the operators a short alert; a mail failure is logged, never raised."""
    host = socket.gethostname()
    subject = f"[四情] {JOB_LABELS.get(job, job)}失败（{host}）"
    body = (f"{clock.stamp()} 在 {host} 上，定时任务「{JOB_LABELS.get(job, job)}」（{job}）失败：\n\n{detail}\n\n"
            f"请查看 `siqing status` 和日志 {cfg.log_dir / 'siqing.log'}。\n\n{trace[-3000:]}")
    try:
        send_operator_mail(cfg, subject, body)
    except Exception as exc:  # the alert is best effort: the failure is in the log and status
        logger.error("无法向运维人员发送告警邮件：%s: %s", exc.__class__.__name__, exc)


def send_operator_mail(cfg: Config, subject: str, body: str) -> None:
    """A plain-text mail to the operators (delivery.operators), by briefings.deliver's SMTP."""
    from briefings import deliver

    groups = cfg.settings.delivery.operators
    if not cfg.recipients(groups):
        logger.warning("未配置运维人员地址（delivery.operators），告警只写入日志：%s", subject)
        return
    failed = deliver.send_notice(cfg, groups, subject, body)
    if failed:
        logger.error("告警邮件未送达：%s", ", ".join(failed))


# the scheduler ------------------------------------------------------------------------------

_fire = threading.local()  # the scheduled time of the fire the worker thread is running
_runtime: dict[str, Any] = {}  # the serving process's config and owner id (not pickled in jobs)


class FireTimeExecutor(ThreadPoolExecutor):
    """APScheduler's thread pool, telling the job which scheduled time it is running for."""

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        def run(job: Any, alias: str, run_times: list[datetime], logger_name: str) -> Any:
            _fire.run_time = run_times[-1]
            try:
                return run_job(job, alias, run_times, logger_name)
            finally:
                _fire.run_time = None

        def callback(f: Any) -> None:
            exc = f.exception()
            if exc:
                self._run_job_error(job.id, exc, exc.__traceback__)
            else:
                self._run_job_success(job.id, f.result())

        self._pool.submit(run, job, job._jobstore_alias, run_times, self._logger.name).add_done_callback(callback)


def scheduled(job: str) -> None:
    """What the job store calls: one scheduled fire of a job in the serving process."""
    cfg: Config = _runtime["cfg"]
    run_time: datetime | None = getattr(_fire, "run_time", None)
    key = run_time.astimezone(clock.CST).isoformat(timespec="seconds") if run_time else None
    execute(cfg, job, fire_key=key, owner=_runtime["owner"], stop=_runtime.get("stop"))


# How often the scheduler's loop looks whether a signal asked it to stop.
STOP_POLL_SECONDS = 0.5


class SiqingScheduler(BlockingScheduler):
    """BlockingScheduler that says when its first pass over the due jobs is done, and stops itself when the stop
    flag is set (serve's signal handler only sets it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ready = threading.Event()
        self._announced = False

    def _main_loop(self) -> None:
        """BlockingScheduler's loop, also waking every STOP_POLL_SECONDS to look at the stop flag and shutting down
        here, in the loop's own thread. A signal handler runs in this thread between two bytecodes: one that shut the
        scheduler down (setting the loop's event) while the loop was inside that event's wait held the event's lock
        twice and hung `siqing serve` on SIGTERM for good."""
        stop = _runtime.get("stop")
        due = time.monotonic()  # the first pass: start() has just woken the loop
        while self.state != STATE_STOPPED:
            if stop is not None and stop.is_set():
                logger.info("收到停止请求：当前任务结束后退出")
                self.shutdown(wait=True)
                return
            woken = self._event.wait(max(0.0, min(due - time.monotonic(), STOP_POLL_SECONDS)))
            if not woken and time.monotonic() < due:
                continue
            self._event.clear()
            wait_seconds = self._process_jobs()
            due = time.monotonic() + (wait_seconds if wait_seconds is not None else TIMEOUT_MAX)

    def _process_jobs(self) -> float | None:
        wait: float | None = super()._process_jobs()
        if not self._announced:
            self._announced = True
            for j in self.get_jobs():
                logger.info("任务 %s 下次触发：%s", j.id, j.next_run_time)
            logger.info("调度已就绪（pid %s）", os.getpid())
            self.ready.set()
        return wait


def _on_missed(cfg: Config, owner: str, event: JobExecutionEvent) -> None:
    """A fire beyond the grace window: record it and tell the operators when the day needed it."""
    job = event.job_id
    # The missed time on siqing's clock (the same as APScheduler's unless SIQING_NOW shifts it).
    lag = datetime.now(clock.CST) - event.scheduled_run_time
    when = (clock.now() - lag).replace(microsecond=0)
    store = Store(cfg.database_url)
    try:
        due = due_on(job, when.date(), workdays.Overrides.from_config(cfg.settings.schedule))
        detail = f"错过 {when.isoformat(timespec='minutes')} 的运行（超过 {cfg.settings.schedule.misfire_grace_minutes} 分钟宽限）"
        key = event.scheduled_run_time.astimezone(clock.CST).isoformat(timespec="seconds")
        claimed = store.claim_fire(job, key, owner,
                                   status="missed" if due else "skipped", detail=detail)
    finally:
        store.close()
    logger.warning("%s：%s", JOB_LABELS.get(job, job), detail)
    if claimed is not None and due and job in ("draft", "send", "weekly"):
        notify_failure(cfg, job, detail)


def build(cfg: Config, owner: str | None = None) -> SiqingScheduler:
    """A scheduler with the deployment's jobs in its store; stored next run times survive restarts."""
    owner = owner or owner_id()
    sched_cfg = cfg.settings.schedule
    store = Store(cfg.database_url)  # migrated; its engine carries the SQLite pragmas
    tz = ZoneInfo(sched_cfg.timezone)
    scheduler = SiqingScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=store.engine)},
        executors={"default": FireTimeExecutor(max_workers=1)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": sched_cfg.misfire_grace_minutes * 60},
        timezone=tz,
    )
    # What the store holds from the last run, read through a second handle on the same table.
    probe = SQLAlchemyJobStore(engine=store.engine)
    probe.start(scheduler, "default")
    existing = {j.id: j for j in probe.get_all_jobs()}
    for job in JOBS:
        trigger = trigger_for(cfg, job)
        old = existing.pop(job, None)
        if trigger is None:
            if old is not None:
                probe.remove_job(job)
            continue
        kw: dict[str, Any] = {}
        if old is not None and repr(old.trigger) == repr(trigger) and old.next_run_time is not None:
            kw["next_run_time"] = old.next_run_time  # keep a fire that fell due while we were down
        scheduler.add_job(scheduled, trigger, args=[job], id=job, name=JOB_LABELS[job],
                          replace_existing=True, **kw)
    for stale in existing:
        probe.remove_job(stale)
    _runtime.update(cfg=cfg, owner=owner)
    scheduler.add_listener(lambda ev: _on_missed(cfg, owner, ev), EVENT_JOB_MISSED)
    return scheduler
