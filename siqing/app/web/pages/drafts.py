"""今日送审稿: the day's draft by section; reorder, move, remove, restore, edit, mark important, add;
preview, approve (审核通过) and send (发送).

Each action is the CLI's own operation (briefings.review.edit, review.approve, jobs.send) recorded
with the signed-in user's name; after an edit the draft is rendered again as `siqing draft edit`
does, so its PDF is the one the CLI would make. Every edit form carries the version of the draft the
page showed: if someone changed the draft since, the edit is refused (409) instead of applied to a
draft the reviewer has not seen.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from siqing import clock
from siqing.app.web import access
from siqing.errors import SiqingError

bp = Blueprint("drafts", __name__)

STATUS_NAMES = {"draft": "送审稿", "held": "暂停发送（待审核）", "approved": "已审核"}
ACTIONS = ("drop", "move", "position", "up", "down", "add", "summary", "important", "unimportant")
STALE = "送审稿已被他人修改（您看到的不是最新版本），本次修改未保存。请查看最新内容后再操作。"


def version_of(briefing: dict[str, Any], items: list[dict[str, Any]]) -> str:
    """A digest of the draft as a reviewer sees it: status and items in order with their fields."""
    shown = [briefing["status"], briefing.get("number"),
             [(it["document_id"], it["kind"], it["summary"], int(it["important"])) for it in items]]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).hexdigest()[:20]


def current_version(briefing_id: int) -> str:
    store = access.store()
    b = store.get_briefing(briefing_id)
    if b is None:
        abort(404)
    return version_of(b, store.briefing_items(briefing_id))


@contextmanager
def draft_lock(briefing_id: int) -> Iterator[None]:
    """One edit of a draft at a time across every console worker (the store's lock table)."""
    store = access.store()
    name = f"draft-edit:{briefing_id}"
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    for _ in range(100):
        if store.take_lock(name, owner, ttl_seconds=300) is None:
            break
        time.sleep(0.05)
    else:
        abort(409, description="另一位审核人正在修改这期送审稿，请稍后重试")
    try:
        yield
    finally:
        store.release_lock(name, owner)


def _checked_version(briefing_id: int) -> None:
    if request.form.get("version") != current_version(briefing_id):
        access.store().log_event(current_user.name, "stale_edit", f"简报 #{briefing_id}")
        abort(409, description=STALE)


@bp.route("/drafts")
@access.requires("review")
def index() -> Any:
    store = access.store()
    today = store.find_briefing("daily", clock.today().isoformat())
    if today is not None and today["status"] != "approved" and not request.args.get("all"):
        return redirect(url_for("drafts.show", briefing_id=today["id"]))
    rows = store.list_briefings(limit=100)
    pending = [b for b in rows if b["status"] != "approved"]
    return render_template("drafts_list.html", pending=pending, today=today, STATUS_NAMES=STATUS_NAMES)


def removed_items(edits: list[dict[str, Any]], present: set[int]) -> list[dict[str, Any]]:
    """Items dropped from the draft (by the edit log) and not back in it: what 恢复 can restore."""
    out: dict[int, dict[str, Any]] = {}
    for e in edits:
        if e["action"] != "drop":
            continue
        try:
            d = json.loads(e["detail"])
            out[int(d["doc"])] = {"doc": int(d["doc"]), "kind": d.get("was"), "who": e["who"], "at": e["at"]}
        except (ValueError, KeyError, TypeError):
            continue
    return [v for k, v in out.items() if k not in present]


@bp.route("/drafts/<int:briefing_id>")
@access.requires("review")
def show(briefing_id: int) -> Any:
    from briefings.publish import build_view
    from briefings.review import describe_edit

    cfg, store = access.cfg(), access.store()
    b = store.get_briefing(briefing_id)
    if b is None:
        abort(404)
    items = store.briefing_items(briefing_id)
    view = build_view(cfg, store, briefing_id)
    doc_ids = [e.doc_id for s in view.sections for e in s.entries]
    # 待核 as briefings.review.needs_review decides it, with the confidences read in one query
    below = cfg.settings.processing.review_below
    unsure = {doc for doc, c in store.newest_confidences(cfg.home.code, doc_ids).items() if c < below}
    edits = store.briefing_edits(briefing_id)
    removed = removed_items(edits, set(doc_ids))
    titles = {d: doc["title"] for d, doc in store.get_documents([r["doc"] for r in removed]).items()}
    found: list[dict[str, Any]] = []
    q = (request.args.get("q") or "").strip()
    if q:
        from siqing.app import dataset

        found = [r for r in dataset.query(cfg, store, text=q, limit=20, sort="date") if r["id"] not in set(doc_ids)]
    return render_template(
        "draft.html", b=b, view=view, version=version_of(b, items), unsure=unsure, removed=removed, titles=titles,
        edits=[(e, describe_edit(e) if e["action"] != "approve" else f"审核通过（{e['detail']}）") for e in edits],
        deliveries=store.deliveries(briefing_id), STATUS_NAMES=STATUS_NAMES, q=q, found=found,
        editable=b["status"] != "approved",
    )


def _int(name: str) -> int | None:
    value = (request.form.get(name) or "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        abort(400)


@bp.route("/drafts/<int:briefing_id>/edit", methods=["POST"])
@access.requires("review")
def edit(briefing_id: int) -> Any:
    from briefings import review
    from briefings.publish import publish

    action = request.form.get("action", "")
    doc = _int("doc")
    if action not in ACTIONS or doc is None:
        abort(400)
    kind = request.form.get("kind") or None
    text = request.form.get("text") if action == "summary" else None
    if text is not None:
        text = text.strip()
    cfg, store = access.cfg(), access.store()
    with draft_lock(briefing_id):
        _checked_version(briefing_id)
        try:
            res = review.edit(store, briefing_id, current_user.name, action, doc, kind=kind,
                              position=_int("position"), text=text)
        except SiqingError as exc:
            flash(f"未能修改：{exc}", "error")
            return redirect(url_for("drafts.show", briefing_id=briefing_id))
        publish(cfg, store, briefing_id)
    said = review.describe_edit({"action": res.action, "detail": json.dumps(res.detail, ensure_ascii=False)})
    flash(f"已修改：{said}（{current_user.name}）", "info")
    return redirect(url_for("drafts.show", briefing_id=briefing_id) + f"#doc-{doc}")


@bp.route("/drafts/<int:briefing_id>/approve", methods=["POST"])
@access.requires("review")
def approve(briefing_id: int) -> Any:
    from briefings import review
    from briefings.model import TYPE_NAMES

    cfg, store = access.cfg(), access.store()
    with draft_lock(briefing_id):
        _checked_version(briefing_id)
        number = review.approve(cfg, store, briefing_id, current_user.name)
    b = store.get_briefing(briefing_id)
    assert b is not None
    flash(f"已审核通过：{TYPE_NAMES[b['type']]}{b['year']}年第{number}期（{current_user.name}）", "info")
    return redirect(url_for("archive.show", briefing_id=briefing_id))


@bp.route("/briefings/<int:briefing_id>/send", methods=["POST"])
@access.requires("review")
def send(briefing_id: int) -> Any:
    from siqing.app import jobs

    store = access.store()
    try:
        report = jobs.send(access.cfg(), briefing_id, force=False)
    except SiqingError as exc:
        flash(f"未能发送：{exc}", "error")
        return redirect(url_for("archive.show", briefing_id=briefing_id))
    store.log_event(current_user.name, "send", f"简报 #{briefing_id}：发送 {len(report['sent'])}，"
                    f"此前已发送 {len(report['already'])}，失败 {len(report['failed'])}，状态不明 {len(report['uncertain'])}")
    bad = len(report["failed"]) + len(report["uncertain"])
    flash(f"本次发送 {len(report['sent'])} 人，此前已发送 {len(report['already'])} 人"
          + (f"，{bad} 人未送达（见下方发送记录）" if bad else "，全部送达"), "error" if bad else "info")
    return redirect(url_for("archive.show", briefing_id=briefing_id) + "#deliveries")
