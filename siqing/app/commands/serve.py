"""`siqing serve [--once JOB] [--run-now]`: run the deployment's jobs on their schedule until SIGTERM."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from siqing.app.options import ShanghaiFormatter
from siqing.config import Config

logger = logging.getLogger("siqing.app.schedule")
LOG_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


def setup_logging(cfg: Config) -> None:
    """Log to a rotating file under storage.log_dir and to standard error, at INFO."""
    cfg.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fh = logging.handlers.RotatingFileHandler(cfg.log_dir / "siqing.log", maxBytes=5 * 1024 * 1024,
                                              backupCount=10, encoding="utf-8")
    fh.setFormatter(ShanghaiFormatter(LOG_FORMAT))
    root.addHandler(fh)
    if not any(isinstance(h, logging.StreamHandler) and getattr(h, "stream", None) is sys.stderr
               for h in root.handlers):
        root.addHandler(logging.StreamHandler(sys.stderr))
    for h in root.handlers:
        h.setLevel(logging.INFO)
        if not isinstance(h, logging.handlers.RotatingFileHandler):
            h.setFormatter(ShanghaiFormatter(LOG_FORMAT))
    # Alembic's "Context impl SQLiteImpl." at every job start says nothing to an operator.
    logging.getLogger("alembic").setLevel(logging.WARNING)


def cmd_serve(args: argparse.Namespace) -> int:
    from siqing.app import schedule
    from siqing.app.options import load_config

    cfg = load_config(args)
    setup_logging(cfg)
    owner = schedule.owner_id()
    stop = threading.Event()
    schedule._runtime["stop"] = stop

    if args.once:
        out = schedule.execute(cfg, args.once, force=True, wait_lock=True, owner=owner, stop=stop)
        print(f"{schedule.JOB_LABELS[args.once]}：{OUTCOME_NAMES.get(out.status, out.status)}"
              f"{'，' + detail_text(out.detail) if out.detail else ''}")
        return 0 if out.status == "ok" else 1

    def on_term(signum: int, _frame: FrameType | None) -> None:
        # Only the flag: the handler runs in the main thread wherever it was interrupted, perhaps holding a lock
        # the scheduler's shutdown or the logging would take again. The scheduler's loop sees the flag within
        # STOP_POLL_SECONDS and shuts down after the running job; a job waiting for its lock gives up.
        stop.set()

    previous: dict[int, Callable[..., Any] | int | None] = {
        s: signal.signal(s, on_term) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        if args.run_now:
            for job in schedule.RUN_NOW:
                if stop.is_set():
                    break
                schedule.execute(cfg, job, owner=owner, stop=stop)
        if stop.is_set():
            logger.info("已停止")
            return 0
        scheduler = schedule.build(cfg, owner)
        if stop.is_set():  # a signal while building (the scheduler's loop would also see it before its first pass)
            return 0
        logger.info("siqing serve 启动：%s", cfg.path)
        scheduler.start()  # blocks until the scheduler's loop sees the stop flag
        logger.info("已停止")
        return 0
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


OUTCOME_NAMES = {"ok": "完成", "failed": "失败", "skipped": "跳过（非工作日或已运行）", "duplicate": "已由另一进程运行"}
DETAIL_NAMES = {"run_id": "运行编号", "status": "状态", "totals": "合计", "new": "新增", "revised": "更新",
                "unchanged": "未变", "requests": "请求", "processed": "已处理", "alerts": "专报",
                "briefing_id": "简报编号", "items": "条数", "action": "结果", "sent": "已发送", "already": "此前已发送",
                "failed": "失败", "uncertain": "未确认", "notified": "已通知", "empty": "本期无要情",
                "held": "暂缓发送", "ok": "成功", "interrupted": "中断"}


def detail_text(detail: str) -> str:
    """A job's JSON detail as Chinese words for the operator (the text itself when it is not JSON)."""
    import json

    try:
        data = json.loads(detail)
    except ValueError:
        return detail

    def words(value: object) -> str:
        if isinstance(value, dict):
            return "，".join(f"{DETAIL_NAMES.get(str(k), k)} {words(v)}" for k, v in value.items())
        if isinstance(value, list):
            return "、".join(words(v) for v in value) or "无"
        if value is None:
            return "无"
        return DETAIL_NAMES.get(value, str(value)) if isinstance(value, str) else str(value)

    return words(data)


JOBS = ("crawl", "process", "draft", "send", "weekly")  # siqing.app.schedule.JOBS, without importing APScheduler


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("serve", cmd_serve, "按计划运行各项任务（工作日，北京时间），直到收到 SIGTERM")
    p.add_argument("--once", choices=JOBS, metavar="JOB",
                   help=f"立即运行一项任务后退出（{', '.join(JOBS)}）；另一进程正在运行时等待")
    p.add_argument("--run-now", action="store_true",
                   help="先依次运行一次采集、处理、起草、发送（起草和发送仅在工作日）")
