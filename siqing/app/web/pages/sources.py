"""来源: each source's last crawl, new items, errors and flags; `check-source` from the page (admins)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import Blueprint, abort, render_template
from flask_login import current_user

from siqing.app.web import access
from siqing.errors import SiqingError

bp = Blueprint("sources", __name__)

FLAG_NAMES = {"no_items": "没有采到信息", "no_dates": "识别不出日期", "no_links": "找不到文章链接"}


@bp.route("/sources")
@access.requires("search")
def index() -> Any:
    from siqing.app.status import collect
    from siqing.kinds import RELATION_NAMES_ZH

    report = collect(access.cfg())
    return render_template("sources.html", sources=report["sources"], RELATION_NAMES=RELATION_NAMES_ZH,
                           FLAG_NAMES=FLAG_NAMES)


@bp.route("/sources/<source_id>/check", methods=["POST"])
@access.requires("admin")
def check(source_id: str) -> Any:
    from crawlers.check import check_source

    cfg = access.cfg()
    try:
        src = asdict(cfg.source(source_id))
    except SiqingError:
        abort(404)
    access.store().log_event(current_user.name, "check_source", source_id)
    error = None
    report = None
    try:
        report = check_source(src, list_pages=1, articles=3, timeout=cfg.settings.crawl.timeout)
    except SiqingError as exc:
        error = str(exc)
    return render_template("check.html", src=src, report=report, error=error)
