"""SIGKILL trials on a real deployment: the sample sites on loopback, a real SQLite store, a real
aiosmtpd server; each job run as `siqing` in a child process, killed at a chosen moment, then run
again, and the invariants checked. Shared by tests/faults and bench/bench_faults.py."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from siqing.app.demo.run import write_deployment

CLI = "import sys; from siqing.app.cli import main; sys.exit(main(sys.argv[1:]))"
LEADERS = ["leader1@example.org", "leader2@example.org", "leader3@example.org"]


def rig_deployment(folder: Path, sites_port: int, smtp_port: int, sources: int | None = None) -> Path:
    """The demo deployment with an SMTP server, three leaders, approval by hand."""
    path = write_deployment(folder, sites_port)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["briefing"]["auto_approve"] = False
    data["delivery"] = {"smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                                 "sender": "siqing@example.org", "timeout": 10},
                        "groups": {"leaders": LEADERS, "reviewers": ["reviewer@example.org"],
                                   "operators": ["it@example.org"]},
                        "max_attempts": 2, "retry_base_seconds": 0.01}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    if sources is not None:
        srcs = folder / "sources.yaml"
        listed = yaml.safe_load(srcs.read_text(encoding="utf-8"))
        srcs.write_text(yaml.safe_dump({"sources": listed["sources"][:sources]}, allow_unicode=True), encoding="utf-8")
    return path


@dataclass
class Trial:
    job: str
    args: list[str]
    kill_after: float
    killed: bool = False
    rerun_code: int = 0
    violations: list[str] = field(default_factory=list)


class Rig:
    """Runs jobs in child processes against one deployment and checks the invariants."""

    def __init__(self, config: Path) -> None:
        self.config = config
        self.db = config.parent / "siqing.db"
        self.env = dict(os.environ)
        self.env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                  self.env.get("PYTHONPATH", "")])
        self.baseline_documents: int | None = None

    def run(self, args: list[str], kill_after: float | None = None,
            kill_when: Callable[[], bool] | None = None) -> tuple[int, str, str]:
        """Run `siqing ARGS`; SIGKILL it kill_after seconds after kill_when() first holds (or after
        kill_after seconds from the start without kill_when) if it is still running."""
        proc = subprocess.Popen([sys.executable, "-c", CLI, "--config", str(self.config), *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env,
                                start_new_session=True)
        if kill_when is not None:
            # Poll instead of a fixed delay, so the kill lands inside the run on a slow machine too.
            while proc.poll() is None and not kill_when():
                time.sleep(0.05)
        if kill_after is not None:
            try:
                out, err = proc.communicate(timeout=kill_after)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the crawl's child too, as a power cut would
                out, err = proc.communicate()
            return proc.returncode, out, err
        out, err = proc.communicate()
        return proc.returncode, out, err

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.db, timeout=30)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def forget_analyses(self) -> None:
        """Make every document pending again, so a process trial has work to be killed in."""
        con = sqlite3.connect(self.db, timeout=30)
        try:
            con.execute("DELETE FROM analyses")
            con.execute("DELETE FROM documents_fts")
            con.commit()
        finally:
            con.close()

    def latest_briefing(self) -> int | None:
        rows = self.query("SELECT id FROM briefings WHERE status = 'approved' ORDER BY id DESC LIMIT 1")
        return int(rows[0][0]) if rows else None

    def invariants(self, job: str, inbox_ids: list[str]) -> list[str]:
        """What must hold after a killed run was run again; each broken rule as one line."""
        from briefings.publish import is_current

        bad = []
        dup = self.query("SELECT canonical_url, COUNT(*) FROM documents GROUP BY 1 HAVING COUNT(*) > 1")
        if dup:
            bad.append(f"{job}: {len(dup)} articles stored more than once")
        n = self.query("SELECT COUNT(*) FROM documents")[0][0]
        if job == "crawl" and self.baseline_documents is not None and n != self.baseline_documents:
            bad.append(f"crawl: {n} documents, {self.baseline_documents} expected")
        half = self.query("SELECT COUNT(*) FROM analyses a WHERE NOT EXISTS "
                          "(SELECT 1 FROM documents_fts f WHERE f.rowid = a.document_id)")[0][0]
        if half:
            bad.append(f"{job}: {half} analyses without their search rows")
        if job in ("process", "brief", "send"):
            pending = self.query("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM analyses a WHERE a.document_id = d.id)")[0][0]
            if pending:
                bad.append(f"process: {pending} documents left unanalysed after the rerun")
        con = sqlite3.connect(self.db)
        con.row_factory = sqlite3.Row
        try:
            for b in con.execute("SELECT * FROM briefings WHERE status = 'approved'"):
                if not is_current(dict(b)):
                    bad.append(f"{job}: briefing {b['id']} file is not the whole rendering of the approved issue")
        finally:
            con.close()
        twice = [m for m, c in Counter(inbox_ids).items() if c > 1]
        if twice:
            bad.append(f"{job}: {len(twice)} messages delivered twice")
        running = self.query("SELECT COUNT(*) FROM runs WHERE status = 'running'")[0][0]
        if running:
            bad.append(f"{job}: {running} runs left running")
        return bad

    def execute(self, sql: str, *params: Any) -> None:
        con = sqlite3.connect(self.db, timeout=30)
        try:
            con.execute(sql, params)
            con.commit()
        finally:
            con.close()

    def running_since(self, job: str, after_id: int, min_documents: int = 0) -> Callable[[], bool]:
        """A condition: a run of job newer than after_id is running (and the store holds more than
        min_documents documents, for a crawl that has begun storing)."""
        def holds() -> bool:
            try:
                started = self.query(f"SELECT COUNT(*) FROM runs WHERE job = '{job}' AND id > {after_id} "
                                     "AND status = 'running'")[0][0]
                return bool(started) and self.query("SELECT COUNT(*) FROM documents")[0][0] > min_documents
            except sqlite3.OperationalError:  # the store is being created or is locked for a moment
                return False
        return holds

    def last_run_id(self) -> int:
        try:
            return int(self.query("SELECT COALESCE(MAX(id), 0) FROM runs")[0][0])
        except sqlite3.OperationalError:  # no store yet
            return 0

    def trial(self, job: str, kill_after: float, day: str, inbox_ids: Any, when_running: bool = False) -> Trial:
        """One trial: prepare, run killed, run again to the end, check.

        So that every trial has work to be killed in: a process trial starts with every document
        pending; a brief trial with the approved issue's files out of date (as after an upgrade), so
        `brief --approve` renders it again; a send trial with its recipients not yet sent.
        """
        args = {"crawl": ["crawl"], "process": ["process"]}.get(job)
        if job == "process":
            self.forget_analyses()
        if job in ("brief", "send"):
            bid = self.latest_briefing()
            if bid is None:
                self.run(["brief", "daily", "--date", day, "--approve"])
                bid = self.latest_briefing()
            assert bid is not None, "no briefing to render or send"
            key = self.query(f"SELECT key FROM briefings WHERE id = {bid}")[0][0]
            if job == "brief":
                self.execute("UPDATE briefings SET rendered_state = NULL WHERE id = ?", bid)
                args = ["brief", "daily", "--date", key, "--approve"]
            else:
                self.execute("DELETE FROM deliveries WHERE briefing_id = ?", bid)
                args = ["send", str(bid)]
        assert args is not None
        seen = len(list(inbox_ids()))
        t = Trial(job, args, kill_after)
        when = None
        before = self.last_run_id()
        if when_running:
            docs = self.query("SELECT COUNT(*) FROM documents")[0][0] if job == "crawl" and before else 0
            when = self.running_since(job, before, docs if job == "crawl" else -1)
        code, _, _ = self.run(args, kill_after, when)
        # Killed inside its run: SIGKILLed while its run was still recorded running. A job that had
        # finished its run and was only tearing down when the signal came is not a kill inside it.
        t.killed = code == -signal.SIGKILL and bool(self.query(
            f"SELECT COUNT(*) FROM runs WHERE job = '{job}' AND id > {before} AND status = 'running'")[0][0])
        t.rerun_code, out, err = self.run(args)
        # A send killed inside an SMTP transaction leaves that recipient uncertain: the rerun
        # does not resend it and says so with exit 1 (the operator decides; see OPERATIONS.md).
        if t.rerun_code not in (0, 1) or (t.rerun_code == 1 and job != "send"):
            t.violations.append(f"{job}: rerun exit {t.rerun_code}: {err.strip().splitlines()[-1:]}")
        t.violations += self.invariants(job, list(inbox_ids())[seen:])
        return t


def summary(trials: list[Trial]) -> dict[str, Any]:
    return {"trials": len(trials), "killed": sum(t.killed for t in trials),
            "by_job": dict(Counter(t.job for t in trials if t.killed)),
            "violations": [v for t in trials for v in t.violations]}


def timed(rig: Rig, args: list[str]) -> float:
    start = time.perf_counter()
    code, _, err = rig.run(args)
    if code != 0:
        raise RuntimeError(f"siqing {' '.join(args)} failed: {err.strip()[-300:]}")
    return time.perf_counter() - start


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
