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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from siqing import clock
from siqing.config import Config
from siqing.errors import SiqingError, UsageError
from siqing.store import Store

logger = logging.getLogger(__name__)


_stores: dict[str, Store] = {}


def open_store(cfg: Config) -> Store:
    """The deployment's store, one per database and process.

    `siqing serve` runs job after job for months: reusing one engine (and its connection pool)
    keeps it from piling up engines, and migrations are checked once per process.
    """
    store = _stores.get(cfg.database_url)
    if store is None:
        store = _stores[cfg.database_url] = Store(cfg.database_url)
    return store


def crawl(cfg: Config, sources: list[str] | None = None, *, quiet: bool = True,
          progress: bool = False) -> dict[str, Any]:
    """Crawl in a child process (Twisted's reactor cannot restart); return its run summary."""
    for sid in sources or []:
        cfg.source(sid)  # an unknown id is a usage error here, before any process starts
    cmd = [sys.executable, "-m", "crawlers.run", "--config", str(cfg.path)]
    for sid in sources or []:
        cmd += ["--source", sid]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")])
    proc = _run_relaying(cmd, env, relay=lambda line: not quiet or (progress and line.startswith("进度 ")))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode == 2 and proc.stderr.strip():
        # The child found a usage or configuration error: keep its exit code 2 (SiqingError is 1).
        err = proc.stderr.strip().splitlines()[-1]
        raise UsageError(err.removeprefix("error: "))
    if not lines:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SiqingError(f"the crawl process failed (exit {proc.returncode}): {tail[0].removeprefix('error: ')}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _run_relaying(cmd: list[str], env: dict[str, str],
                  relay: Callable[[str], bool]) -> subprocess.CompletedProcess[str]:
    """Run the child, passing the standard-error lines `relay` picks on as they come (progress)."""
    import threading

    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None and child.stderr is not None
        err_lines: list[str] = []
        errors = child.stderr

        def pump() -> None:
            for line in errors:
                err_lines.append(line)
                if relay(line):
                    sys.stderr.write(line)
                    sys.stderr.flush()

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        out = child.stdout.read()
        child.wait()
        reader.join()
    return subprocess.CompletedProcess(cmd, child.returncode, out, "".join(err_lines))


def process(cfg: Config, since: str | None = None,
            progress: Callable[[str, dict[str, int]], None] | None = None) -> dict[str, Any]:
    """Analyse what is pending, with a run record (`progress`: see processing.pipeline.process)."""
    from processing import pipeline

    store = open_store(cfg)
    run_id = store.start_run("process")
    try:
        counts = pipeline.process(cfg, store, since=since, progress=progress)
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
          who: str = "siqing", progress: Callable[[int, int, str], None] | None = None) -> BriefResult:
    """Compose (or return) the briefing of a type for a day, render it, approve it when asked."""
    from briefings import compose as composing
    from briefings.publish import is_current, publish
    from processing import pipeline

    store = open_store(cfg)
    day = day or clock.today()
    home = cfg.home.code
    version = pipeline.model_version()
    run_id = store.start_run("brief")
    try:
        composed = composing.compose(cfg, store, home, version, btype, day)
        if composed.empty:  # nothing to report: no issue at all (issue 19)
            store.finish_run(run_id, "ok", {"briefing_id": composed.briefing_id, "items": 0, "type": btype,
                                            "empty": True})
            return BriefResult(composed.briefing_id, "empty", None, 0, {}, False)
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
        changed = composed.created or composed.recomposed
        if (approve or cfg.settings.briefing.auto_approve) and b["status"] != "approved":
            store.approve_briefing(composed.briefing_id, who)
            changed = True
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
        if changed or not is_current(b, cfg.briefings_dir):  # a kill during an earlier render or approval leaves it stale
            paths = publish(cfg, store, composed.briefing_id, progress)
        else:
            paths = {k: cfg.briefings_dir / b[f"{k}_path"] for k in ("html", "pdf", "docx")}
        b = store.get_briefing(composed.briefing_id)
        assert b is not None
    except Exception as exc:
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    store.finish_run(run_id, "ok", {"briefing_id": b["id"], "items": composed.items, "type": btype})
    return BriefResult(b["id"], b["status"], b["number"], composed.items, paths, composed.created)


# review and delivery --------------------------------------------------------------------------

ALERT_WINDOW = timedelta(days=2)  # how far back an alert check looks at arrivals


def _review_intro(b: dict[str, Any], name: str, purpose: str) -> list[str]:
    bid = b["id"]
    if purpose == "held":
        return [f"{name}（{b['key']}，简报 #{bid}）到发送时间仍未审核，已暂停发送。",
                f"请审核后发送：siqing draft show {bid}；siqing draft approve {bid} --send"]
    return [f"{name}送审稿（简报 #{bid}）已生成，等待审核，附送审稿 PDF。",
            f"查看：siqing draft show {bid}；修改：siqing draft edit {bid} --drop 文档号 / --move 文档号 --to-kind lower 等；"
            f"审核通过：siqing draft approve {bid}"]


def notify_reviewers(cfg: Config, briefing_id: int, purpose: str = "draft") -> dict[str, str]:
    """Tell the reviewers a draft waits (purpose draft), or reviewers and operators it was held."""
    from briefings import deliver
    from briefings.model import TYPE_NAMES

    store = open_store(cfg)
    b = store.get_briefing(briefing_id)
    if b is None:
        raise SiqingError(f"没有编号为 {briefing_id} 的简报")
    d = cfg.settings.delivery
    groups = d.reviewers + d.operators if purpose == "held" else d.reviewers
    name = TYPE_NAMES[b["type"]]
    subject = f"【{'暂停发送' if purpose == 'held' else '待审核'}】{name}送审稿 #{briefing_id}（{b['key']}）"
    return deliver.notify(cfg, store, briefing_id, purpose, groups, _review_intro(b, name, purpose), subject=subject)


def draft(cfg: Config, btype: str = "daily", day: date | None = None) -> BriefResult:
    """Compose the draft at its time before sending and tell the reviewers it waits (once)."""
    res = brief(cfg, btype, day)
    if res.status == "empty":
        empty_note(cfg, btype, day or clock.today())
    elif res.status != "approved":
        notify_reviewers(cfg, res.briefing_id, "draft")
    return res


def empty_note(cfg: Config, btype: str, day: date) -> None:
    """A day with nothing to report: no draft; with briefing.empty = note, a 本期无要情 note to reviewers."""
    from briefings import deliver
    from briefings.model import TYPE_NAMES

    logger.info("%s %s: nothing to report, no draft", btype, day)
    if cfg.settings.briefing.empty == "note":
        name = TYPE_NAMES[btype]
        deliver.send_notice(cfg, cfg.settings.delivery.reviewers, f"【本期无要情】{name}（{day.isoformat()}）",
                            f"{name}（{day.isoformat()}）本期无要情：时间窗口内没有新的信息，未生成送审稿。\n"
                            f"往期补录的信息可在下一期送审稿中用 siqing draft edit 编号 --add 文档号 加入。")


def send(cfg: Config, briefing_id: int, *, force: bool = False) -> dict[str, Any]:
    """Deliver an approved briefing to whoever has not had it yet; failures retried with backoff."""
    from briefings import deliver
    from briefings.publish import briefing_file, publish

    store = open_store(cfg)
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    if b["status"] != "approved":
        raise UsageError(f"简报 #{briefing_id} 尚未审核（{b['status']}），不能发送：先 siqing draft approve {briefing_id}")
    run_id = store.start_run("send")
    try:
        pdf = briefing_file(cfg.briefings_dir, b["pdf_path"])
        if cfg.settings.briefing.attach_pdf and (pdf is None or not pdf.exists()):
            publish(cfg, store, briefing_id)
        report = deliver.deliver(cfg, store, briefing_id, force=force)
    except Exception as exc:
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    result = report.to_dict()
    counts = {"briefing_id": briefing_id, **{k: len(result[k]) for k in ("sent", "already", "failed", "uncertain")}}
    if report.ok:
        store.finish_run(run_id, "ok", counts)
    else:
        bad = ", ".join(f"{r}: {report.errors.get(r, '')}" for r in report.failed + report.uncertain)
        store.finish_run(run_id, "failed", counts, error=f"未送达：{bad}")
    return result


def hold_or_send_daily(cfg: Config, day: date | None = None) -> dict[str, Any]:
    """At the send time: send the day's approved briefing, or hold the draft and alert people."""
    from briefings.publish import briefing_file, publish

    day = day or clock.today()
    store = open_store(cfg)
    b = store.find_briefing("daily", day.isoformat())
    if b is None or b["status"] == "empty":
        # The draft job did not run (the machine was down): compose now; auto_approve approves it.
        res = brief(cfg, "daily", day)
        if res.status == "empty":
            return {"action": "empty", "briefing_id": res.briefing_id}
        b = store.get_briefing(res.briefing_id)
    elif b["status"] != "approved" and cfg.settings.briefing.auto_approve:
        from briefings import review

        review.approve(cfg, store, b["id"], "siqing")
        b = store.get_briefing(b["id"])
    assert b is not None
    if b["status"] == "approved":
        return {"action": "sent", "briefing_id": b["id"], **send(cfg, b["id"])}
    store.set_briefing_status(b["id"], "held")
    pdf = briefing_file(cfg.briefings_dir, b["pdf_path"])
    if pdf is None or not pdf.exists():
        publish(cfg, store, b["id"])
    logger.warning("daily briefing %s for %s is not approved at its send time: held", b["id"], day)
    notified = notify_reviewers(cfg, b["id"], "held")
    return {"action": "held", "briefing_id": b["id"], "notified": notified}


def alerts(cfg: Config, *, since: str | None = None, approve: bool = False, send_now: bool | None = None,
           who: str = "siqing") -> list[int]:
    """Compose a 专报 for each new item matching the alert rules; return the new briefings' ids.

    Approved at once when asked or when the deployment auto-approves, and then sent (unless
    send_now is False); otherwise left as drafts and the reviewers told.
    """
    from briefings import compose as composing
    from briefings import review
    from briefings.publish import publish
    from processing import pipeline

    store = open_store(cfg)
    home = cfg.home.code
    version = pipeline.model_version()
    since = since or clock.stamp(clock.now() - ALERT_WINDOW)
    created = []
    for row in composing.alert_candidates(cfg, store, home, version, since):
        composed = composing.compose_alert(cfg, store, home, version, row)
        if not composed.created:
            continue
        bid = composed.briefing_id
        created.append(bid)
        auto = cfg.settings.briefing.auto_approve
        if approve or auto:
            review.approve(cfg, store, bid, who)
            if send_now if send_now is not None else auto:
                send(cfg, bid)
        else:
            publish(cfg, store, bid)
            notify_reviewers(cfg, bid, "draft")
    return created
