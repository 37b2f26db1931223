"""Helpers for the operations tests: a demo deployment tuned by the test, a real SMTP server on
127.0.0.1, and `siqing serve` as a real subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import yaml
from aiosmtpd.controller import Controller

from siqing import config as config_mod
from siqing.app.demo.run import write_deployment

REPO = Path(__file__).resolve().parents[2]
LEADERS = ["leader@example.org"]
OPERATORS = ["ops@example.org"]
REVIEWERS = ["reviewer@example.org"]
OFF = {"crawl": "", "process": "", "draft": "", "send": "", "weekly": ""}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def deployment(folder: Path, sites_port: int, smtp_port: int, schedule: dict[str, Any] | None = None,
               **sections: dict[str, Any]) -> config_mod.Config:
    """The demo deployment in folder, mailing to a local SMTP server, with the given schedule."""
    path = write_deployment(folder, sites_port)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["delivery"] = {
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none", "sender": "siqing@example.org",
                 "timeout": 10},
        "groups": {"leaders": LEADERS, "reviewers": REVIEWERS, "operators": OPERATORS},
        "max_attempts": 2, "retry_base_seconds": 0.01,
    }
    data["schedule"] = {**OFF, **(schedule or {})}
    for key, value in sections.items():
        data[key] = {**data.get(key, {}), **value}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config_mod.load(path)


class Inbox:
    """An aiosmtpd handler that keeps every accepted message with its envelope recipients."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [BytesParser(policy=policy.default).parsebytes(raw)
                for rcpts, raw in self.received if address in rcpts]


@contextmanager
def smtp_server() -> Iterator[tuple[int, Inbox]]:
    """A real SMTP server on 127.0.0.1 for the test's duration."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


def serve_env(now: str) -> dict[str, str]:
    env = dict(os.environ)
    env["SIQING_NOW"] = now
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return env


class Serve:
    """`siqing serve ARGS` as a real process, its standard error kept in a file."""

    def __init__(self, cfg: config_mod.Config, *args: str, now: str, name: str = "serve") -> None:
        self.log = cfg.base_dir / f"{name}-{time.monotonic_ns()}.stderr"
        self._err = self.log.open("wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "serve", *args],
                                     stdout=subprocess.PIPE, stderr=self._err, env=serve_env(now), cwd=REPO)

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, needle: str, timeout: float = 120) -> None:
        """Wait until the log shows needle (or fail with the log when the process ended or time ran out)."""
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"serve never logged {needle!r} (exit {self.proc.poll()}):\n{self.text()}")
            time.sleep(0.1)

    def stop(self, timeout: float = 120) -> int:
        """SIGTERM, then wait for a clean exit."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self._err.close()
            if self.proc.stdout:
                self.proc.stdout.close()
        return code

    def wait(self, timeout: float = 180) -> int:
        code = self.proc.wait(timeout)
        self._err.close()
        if self.proc.stdout:
            self.proc.stdout.close()
        return code


def store_next_run(cfg: config_mod.Config, job: str, when: Any) -> None:
    """Put a job into the deployment's job store with a given next run time, as a serve that was
    running before an outage left it (no scheduler runs here)."""
    from apscheduler.job import Job
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.blocking import BlockingScheduler

    from siqing.app import schedule
    from siqing.store import Store

    store = Store(cfg.database_url)
    scheduler = BlockingScheduler(timezone=cfg.settings.schedule.timezone)
    jobstore = SQLAlchemyJobStore(engine=store.engine)
    jobstore.start(scheduler, "default")
    trigger = schedule.trigger_for(cfg, job)
    jobstore.add_job(Job(scheduler, id=job, func=schedule.scheduled, args=[job], kwargs={}, trigger=trigger,
                         executor="default", name=schedule.JOB_LABELS[job], coalesce=True, max_instances=1,
                         misfire_grace_time=cfg.settings.schedule.misfire_grace_minutes * 60,
                         next_run_time=when))
    store.close()
