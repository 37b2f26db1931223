"""信息检索: full-text search in Chinese with the analysts' filters, facets with counts, paging,
export to xlsx and csv. The search is `siqing.app.dataset.query`, the one behind `siqing query`."""

from __future__ import annotations

import io
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, render_template, request, send_file
from flask_login import current_user

from siqing.app.web import access
from siqing.divisions import default_gazetteer
from siqing.errors import SiqingError
from siqing.kinds import KINDS

bp = Blueprint("search", __name__)

PAGE = 50
FACET_ROWS = 200  # facets count the first this many matches (newest first, or as sorted)
EXPORT_ROWS = 20000
SORTS = {"date": "按日期", "importance": "按重要度", "relevance": "按相关度", "arrived": "按收集时间"}
FILTERS = ("q", "kind", "topic", "source", "region", "since", "until", "min_importance", "sort")


def filters() -> dict[str, str]:
    return {k: (request.args.get(k) or "").strip() for k in FILTERS}


def _arguments(f: dict[str, str]) -> dict[str, Any]:
    """The analysts' API's filters for the page's (raises SiqingError on bad input)."""
    imp = None
    if f["min_importance"]:
        try:
            imp = float(f["min_importance"])
        except ValueError:
            raise SiqingError("重要度须为 0 到 1 之间的数") from None
    sort = f["sort"] if f["sort"] in SORTS else None
    if sort == "relevance" and not f["q"]:
        sort = None
    return {"text": f["q"] or None, "kind": f["kind"] or None, "topic": f["topic"] or None,
            "source": f["source"] or None, "region": f["region"] or None, "since": f["since"] or None,
            "until": f["until"] or None, "min_importance": imp, "sort": sort}


def run_query(f: dict[str, str], limit: int) -> list[dict[str, Any]]:
    """Rows for the page's filters through the analysts' API (raises UsageError on bad input)."""
    from siqing.app import dataset

    return dataset.query(access.cfg(), access.store(), limit=limit, **_arguments(f))


def run_page(f: dict[str, str], page: int) -> Any:
    """One page of results (`dataset.page`): the matches up to what the page counts, its rows read
    in full, facets over the first FACET_ROWS."""
    from siqing.app import dataset

    return dataset.page(access.cfg(), access.store(), start=(page - 1) * PAGE, stop=page * PAGE,
                        facet_limit=FACET_ROWS, limit=max(FACET_ROWS, page * PAGE + 1), **_arguments(f))


def region_name(code: str) -> str:
    d = default_gazetteer.get(code)
    return d.name if d else code


def facets(rows: list[dict[str, Any]]) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) per facet, largest first (ties in the rows' order). The rows are the
    store's facet_rows, or full result rows: the counts are the same."""
    kinds = Counter(r["kind"] for r in rows)
    sources = Counter((r["source_id"], r["source"] or r["source_id"]) for r in rows)
    topics = Counter(t for r in rows for t in (r["topics"] or []))
    regions = Counter(c for r in rows for c in (r["regions"] or []))
    return {
        "kind": [(k, access.kind_zh(k), kinds[k]) for k in KINDS if kinds[k]],
        "source": [(sid, name, n) for (sid, name), n in sources.most_common(12)],
        "topic": [(t, t, n) for t, n in topics.most_common(12)],
        "region": [(c, region_name(c), n) for c, n in regions.most_common(12)],
    }


@bp.route("/search")
@access.requires("search")
def index() -> Any:
    f = filters()
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    searched = any(f[k] for k in FILTERS if k != "sort") or request.args.get("go")
    shown: list[dict[str, Any]] = []
    counted: list[dict[str, Any]] = []
    total = 0
    error = None
    if searched:
        try:
            found = run_page(f, page)
            shown, counted, total = found.rows, found.facet_rows, found.matched
        except SiqingError as exc:
            error = str(exc)
    cfg = access.cfg()
    return render_template(
        "search.html", f=f, rows=shown, total=total, capped=total >= max(FACET_ROWS, page * PAGE + 1),
        facets=facets(counted) if total else {}, page=page, has_next=total > page * PAGE,
        error=error, searched=searched, SORTS=SORTS, KINDS=KINDS, sources=[(s.id, s.name) for s in cfg.sources],
        region_name=region_name, base={k: v for k, v in f.items() if v},
    )


@bp.route("/search/export.<fmt>")
@access.requires("search")
def export(fmt: str) -> Any:
    from siqing.app.commands.query import write

    if fmt not in ("csv", "xlsx"):
        abort(404)
    f = filters()
    try:
        rows = run_query(f, EXPORT_ROWS)
    except SiqingError as exc:
        flash(f"无法导出：{exc}", "error")
        abort(400)
    with tempfile.TemporaryDirectory(prefix="siqing-export-") as tmp:
        out = Path(tmp) / f"export.{fmt}"
        write(rows, fmt, str(out), home=access.cfg().home.code)  # the same file `siqing query -o` writes
        data = io.BytesIO(out.read_bytes())
    access.store().log_event(current_user.name, "export", f"{fmt} {len(rows)} 条")
    mime = "text/csv" if fmt == "csv" else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return send_file(data, mimetype=mime, as_attachment=True, download_name=f"信息检索导出.{fmt}", max_age=0)
