"""The jobs: each stage run once on a deployment, with its run record. The top floor: the command
line and the scheduler call these; the stages never call each other.

Stages are imported inside the jobs that use them, so that `siqing crawl` does not pay for
loading scikit-learn and WeasyPrint.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from siqing import clock
from siqing.config import Config
from siqing.errors import SiqingError
from siqing.store import Store

logger = logging.getLogger(__name__)


def open_store(cfg: Config) -> Store:
    return Store(cfg.database_url)


def crawl(cfg: Config, sources: list[str] | None = None, *, quiet: bool = True) -> dict[str, Any]:
    """Crawl in a child process (Twisted's reactor cannot restart); return its run summary."""
    for sid in sources or []:
        cfg.source(sid)  # an unknown id is a usage error here, before any process starts
    cmd = [sys.executable, "-m", "crawlers.run", "--config", str(cfg.path)]
    for sid in sources or []:
        cmd += ["--source", sid]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if not quiet and proc.stderr:
        sys.stderr.write(proc.stderr)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode == 2 and proc.stderr.strip():
        err = proc.stderr.strip().splitlines()[-1]
        raise SiqingError(err.removeprefix("error: "))
    if not lines:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SiqingError(f"the crawl process failed (exit {proc.returncode}): {tail[0]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def process(cfg: Config, since: str | None = None) -> dict[str, Any]:
    """Analyse what is pending, with a run record."""
    from processing import pipeline

    store = open_store(cfg)
    run_id = store.start_run("process")
    try:
        counts = pipeline.process(cfg, store, since=since)
    except Exception as exc:
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    store.finish_run(run_id, "ok", counts)
    counts["run_id"] = run_id
    return counts


@dataclass
class BriefResult:
    briefing_id: int
    status: str
    number: int | None
    items: int
    paths: dict[str, Path]
    created: bool


def brief(cfg: Config, btype: str, day: date | None = None, *, approve: bool = False,
          who: str = "siqing") -> BriefResult:
    """Compose (or return) the briefing of a type for a day, render it, approve it when asked."""
    from briefings import compose as composing
    from briefings.publish import publish
    from processing import pipeline

    store = open_store(cfg)
    day = day or clock.today()
    home = pipeline.home_of(cfg).code
    version = pipeline.model_version()
    run_id = store.start_run("brief")
    try:
        composed = composing.compose(cfg, store, home, version, btype, day)
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
        changed = composed.created or composed.recomposed
        if approve or cfg.settings.briefing.auto_approve:
            if b["status"] != "approved":
                store.approve_briefing(composed.briefing_id, who)
                changed = True
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
        if changed or not b["pdf_path"] or not Path(b["pdf_path"]).exists():
            paths = publish(cfg, store, composed.briefing_id)
        else:
            paths = {k: Path(b[f"{k}_path"]) for k in ("html", "pdf", "docx")}
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
    except Exception as exc:
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    store.finish_run(run_id, "ok", {"briefing_id": b["id"], "items": composed.items, "type": btype})
    return BriefResult(b["id"], b["status"], b["number"], composed.items, paths, composed.created)
