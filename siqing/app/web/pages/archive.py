"""往期简报: every briefing by type and number, its items, PDF and DOCX downloads, its deliveries;
search within the archive. Leaders see approved briefings only."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, send_file

from siqing.app.web import access

bp = Blueprint("archive", __name__)

DELIVERY_NAMES = {"pending": "待发送", "sending": "发送中（状态不明）", "sent": "已发送", "failed": "发送失败",
                  "uncertain": "状态不明"}
FILE_TYPES = {"pdf": "application/pdf",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _visible(b: dict[str, Any] | None) -> dict[str, Any]:
    """The briefing, if this user may read it: drafts are for reviewers and analysts, not leaders."""
    if b is None:
        abort(404)
    if b["status"] != "approved" and not access.can("search"):
        abort(403)
    return b


@bp.route("/briefings")
@access.requires("read")
def index() -> Any:
    from briefings.model import TYPE_NAMES

    store = access.store()
    btype = request.args.get("type") or ""
    q = (request.args.get("q") or "").strip()
    rows = store.list_briefings(limit=2000)
    if not access.can("search"):
        rows = [b for b in rows if b["status"] == "approved"]
    if btype in TYPE_NAMES:
        rows = [b for b in rows if b["type"] == btype]
    counts = {b["id"]: len(store.briefing_items(b["id"])) for b in rows[:300]}
    hits: dict[int, list[dict[str, Any]]] = {}
    if q:
        # Search within what the briefings carried: titles and summaries of their items.
        kept = []
        for b in rows[:300]:
            items = store.briefing_items(b["id"])
            docs = store.get_documents([it["document_id"] for it in items])
            found = [{"doc": it["document_id"], "title": docs[it["document_id"]]["title"]} for it in items
                     if it["document_id"] in docs and (q in docs[it["document_id"]]["title"] or q in it["summary"])]
            if found:
                hits[b["id"]] = found
                kept.append(b)
        rows = kept
    return render_template("archive.html", rows=rows[:300], counts=counts, hits=hits, q=q, btype=btype,
                           TYPE_NAMES=TYPE_NAMES)


@bp.route("/briefings/<int:briefing_id>")
@access.requires("read")
def show(briefing_id: int) -> Any:
    from briefings.publish import build_view
    from siqing.app.web.pages.drafts import STATUS_NAMES

    cfg, store = access.cfg(), access.store()
    b = _visible(store.get_briefing(briefing_id))
    view = build_view(cfg, store, briefing_id)
    return render_template("briefing.html", b=b, view=view, deliveries=store.deliveries(briefing_id),
                           STATUS_NAMES=STATUS_NAMES, DELIVERY_NAMES=DELIVERY_NAMES,
                           recipients=cfg.recipients(cfg.settings.delivery.send_to))


@bp.route("/briefings/<int:briefing_id>/<kind>")
@access.requires("read")
def download(briefing_id: int, kind: str) -> Any:
    from briefings.model import TYPE_NAMES
    from briefings.publish import briefing_file

    if kind not in FILE_TYPES:
        abort(404)
    b = _visible(access.store().get_briefing(briefing_id))
    path = briefing_file(access.cfg().briefings_dir, b.get(f"{kind}_path"))
    if path is None or not path.is_file():
        abort(404)
    number = f"第{b['number']}期" if b["number"] else "送审稿"
    name = f"{TYPE_NAMES.get(b['type'], b['type'])}{b['year']}年{number}.{kind}"
    # A PDF opens in the browser (the preview as it will print); a DOCX is downloaded.
    return send_file(path, mimetype=FILE_TYPES[kind], download_name=name, as_attachment=kind != "pdf",
                     max_age=0)
