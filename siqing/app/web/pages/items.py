"""信息详情 and the 待核 queue: an item with its kind, reason, confidence and repost cluster; a
correction (改为上情/下情/外情/内情 with a note) is an analyst's label exactly as `siqing label`
makes it (store.add_label), recorded with the signed-in user's name."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from siqing.app.web import access
from siqing.kinds import KINDS

bp = Blueprint("items", __name__)


@bp.route("/items/<int:doc_id>")
@access.requires("search")
def show(doc_id: int) -> Any:
    cfg, store = access.cfg(), access.store()
    doc = store.get_document(doc_id)
    if doc is None:
        abort(404)
    home = cfg.home.code
    analysis = store.latest_analysis(doc_id, home)
    cluster: list[dict[str, Any]] = []
    if analysis and analysis.get("cluster_id") is not None:
        cluster = [r for r in store.cluster_members(home, analysis["model_version"], int(analysis["cluster_id"]))
                   if r["id"] != doc_id]
    try:
        attachments = json.loads(doc.get("attachments") or "[]")
    except ValueError:
        attachments = []
    topics = json.loads(analysis["topics"]) if analysis and isinstance(analysis.get("topics"), str) else []
    below = cfg.settings.processing.review_below
    unsure = bool(analysis and analysis["confidence"] is not None and float(analysis["confidence"]) < below)
    return render_template("item.html", doc=doc, a=analysis, cluster=cluster, attachments=attachments, topics=topics,
                           labels=store.labels_of(doc_id, home), KINDS=KINDS, unsure=unsure)


@bp.route("/items/<int:doc_id>/label", methods=["POST"])
@access.requires("search")
def label(doc_id: int) -> Any:
    cfg, store = access.cfg(), access.store()
    if store.get_document(doc_id) is None:
        abort(404)
    kind = request.form.get("kind", "")
    if kind not in KINDS:
        abort(400)
    note = (request.form.get("note") or "").strip()[:500] or None
    label_id = store.add_label(doc_id, cfg.home.code, kind, note, current_user.name)
    flash(f"已记录标注 #{label_id}：改为{access.kind_zh(kind)}（{current_user.name}），下次训练模型时使用", "info")
    back = request.form.get("back")
    if back == "queue":
        return redirect(url_for("items.queue"))
    return redirect(url_for("items.show", doc_id=doc_id))


@bp.route("/queue")
@access.requires("search")
def queue() -> Any:
    cfg, store = access.cfg(), access.store()
    home = cfg.home.code
    version = store.latest_model_version(home)
    below = cfg.settings.processing.review_below
    rows = store.unsure_documents(home, version, below) if version else []
    return render_template("queue.html", rows=rows, below=below, KINDS=KINDS)
