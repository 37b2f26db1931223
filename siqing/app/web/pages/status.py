"""运行状态: what `siqing status` shows (runs, sources, briefings, schedule, 待核) and its alerts."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from siqing.app.web import access

bp = Blueprint("status", __name__)

RUN_STATUS = {"ok": "成功", "failed": "失败", "running": "运行中", "interrupted": "中断"}


@bp.route("/status")
@access.requires("search")
def index() -> Any:
    from siqing.app.status import JOB_NAMES, collect

    report = collect(access.cfg())
    return render_template("status.html", r=report, JOB_NAMES=JOB_NAMES, RUN_STATUS=RUN_STATUS)
