"""Reviewing a draft: drop, reorder, move to another section, add by document id, edit a summary,
mark important; then approve, which numbers the briefing and renders it again.

Every change is one row in briefing_edits (who, when, action, detail as JSON), written in the same
transaction as the items it produced. The edits are also the recipe for the draft: when a draft is
recomposed (more arrived before the send time) compose replays them on the fresh selection, so a
reviewer's work survives; an edit that no longer applies (its item left the period) is skipped.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefings.model import KIND_HEADINGS, KIND_ORDER
from siqing.config import Config
from siqing.errors import UsageError
from siqing.store import Store

EDIT_ACTIONS = ("drop", "move", "position", "up", "down", "add", "summary", "important", "unimportant")
Lookup = Callable[[int], dict[str, Any] | None]


@dataclass
class EditResult:
    action: str
    doc: int
    detail: dict[str, Any]


def _find(items: list[dict[str, Any]], doc: int) -> int:
    for i, it in enumerate(items):
        if it["document_id"] == doc:
            return i
    raise UsageError(f"文档 {doc} 不在这期简报中")


def _check_kind(kind: str | None) -> str:
    if kind not in KIND_ORDER:
        raise UsageError(f"unknown kind {kind!r} (expected one of {', '.join(KIND_ORDER)})")
    return kind


def _section_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items grouped by section in the fixed order, keeping the order within each."""
    return [it for k in KIND_ORDER for it in items if it["kind"] == k]


def _place(items: list[dict[str, Any]], item: dict[str, Any], index: int | None) -> list[dict[str, Any]]:
    """Insert an item into its section at a 0-based index (None: at the end)."""
    section = [it for it in items if it["kind"] == item["kind"]]
    index = len(section) if index is None else max(0, min(index, len(section)))
    section.insert(index, item)
    return _section_order([it for it in items if it["kind"] != item["kind"]] + section)


def apply_edit(items: list[dict[str, Any]], action: str, detail: dict[str, Any],
               lookup: Lookup) -> list[dict[str, Any]]:
    """The items after one edit (a pure function of its inputs; raises UsageError when it does not apply)."""
    items = copy.deepcopy(_section_order(items))
    doc = int(detail["doc"])
    if action == "add":
        if any(it["document_id"] == doc for it in items):
            raise UsageError(f"文档 {doc} 已在这期简报中")
        found = lookup(doc)
        if found is None:
            raise UsageError(f"no document with id {doc}")
        kind = detail.get("kind") or found.get("kind")
        if not kind:
            raise UsageError(f"文档 {doc} 尚未分析，请用 --to-kind 指定栏目")
        item = {"document_id": doc, "kind": _check_kind(kind), "summary": found.get("summary") or "",
                "reposts": 0, "important": False, "cluster_id": found.get("cluster_id")}
        pos = detail.get("position")
        return _place(items, item, None if pos is None else int(pos) - 1)
    i = _find(items, doc)
    item = items[i]
    if action == "drop":
        del items[i]
        return items
    if action == "move":
        kind = _check_kind(detail.get("kind"))
        del items[i]
        item["kind"] = kind
        return _place(items, item, None)
    if action in ("position", "up", "down"):
        section = [it for it in items if it["kind"] == item["kind"]]
        here = next(j for j, it in enumerate(section) if it["document_id"] == doc)
        target = {"up": here - 1, "down": here + 1}.get(action)
        if target is None:
            target = int(detail["position"]) - 1
        del items[i]
        return _place(items, item, target)
    if action == "summary":
        text = str(detail.get("text") or "").strip()
        if not text:
            raise UsageError("摘要不能为空")
        item["summary"] = text
        return items
    if action in ("important", "unimportant"):
        item["important"] = action == "important"
        return items
    raise UsageError(f"unknown edit {action!r} (expected one of {', '.join(EDIT_ACTIONS)})")


def store_lookup(store: Store, home: str) -> Lookup:
    """Find a document to add: its newest analysis for the home gives its kind and summary."""

    def lookup(doc: int) -> dict[str, Any] | None:
        d = store.get_document(doc)
        if d is None:
            return None
        a = store.latest_analysis(doc, home) or {}
        summary = a.get("summary") or (d.get("body") or "")[:120]
        return {"kind": a.get("kind"), "summary": summary, "cluster_id": a.get("cluster_id")}

    return lookup


def _editable(store: Store, briefing_id: int) -> dict[str, Any]:
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    if b["status"] == "approved":
        raise UsageError(f"简报 #{briefing_id} 已审核（第{b['number']}期），不能再修改")
    return b


def edit(store: Store, briefing_id: int, who: str, action: str, doc: int, *, kind: str | None = None,
         position: int | None = None, text: str | None = None) -> EditResult:
    """Apply one edit to a draft (or held) briefing and record it with who made it and when."""
    return edit_many(store, briefing_id, who, [(action, doc, {"kind": kind, "position": position, "text": text})])[0]


def edit_many(store: Store, briefing_id: int, who: str,
              planned: list[tuple[str, int, dict[str, Any]]]) -> list[EditResult]:
    """Apply several edits (action, document, options kind/position/text) to a draft in order, all or
    none: each is checked against the items the ones before it left, and only when every one applies
    are the items and all the edits written, in one transaction. A failing edit leaves the draft as it was."""
    if not planned:
        raise UsageError("nothing to do: no edit given")
    b = _editable(store, briefing_id)
    items = store.briefing_items(briefing_id)
    lookup = store_lookup(store, b["home"])
    results: list[EditResult] = []
    for action, doc, opts in planned:
        items, res = _one_edit(items, who, action, doc, lookup, **{k: v for k, v in opts.items() if v is not None})
        results.append(res)
    store.save_edits(briefing_id, items, who, [(r.action, r.detail) for r in results])
    return results


def _one_edit(items: list[dict[str, Any]], who: str, action: str, doc: int, lookup: Lookup, *,
              kind: str | None = None, position: int | None = None,
              text: str | None = None) -> tuple[list[dict[str, Any]], EditResult]:
    """One edit applied to items in memory: the new items and what to record."""
    if action not in EDIT_ACTIONS:
        raise UsageError(f"unknown edit {action!r} (expected one of {', '.join(EDIT_ACTIONS)})")
    if not who:
        raise UsageError("who made the edit is required (--by NAME)")
    detail: dict[str, Any] = {"doc": int(doc)}
    if kind is not None:
        detail["kind"] = kind
    if position is not None:
        if position < 1:
            raise UsageError(f"position must be 1 or more, got {position}")
        detail["position"] = position
    if text is not None:
        detail["text"] = text
    if action in ("move", "summary", "important", "unimportant", "drop"):
        # What it was, so the log reads as a change (not needed to replay it).
        old = items[_find(items, int(doc))]
        detail["was"] = {"drop": old["kind"], "move": old["kind"], "summary": old["summary"],
                         "important": bool(old["important"]), "unimportant": bool(old["important"])}[action]
    new = apply_edit(items, action, detail, lookup)
    return new, EditResult(action, int(doc), detail)


def replay(items: list[dict[str, Any]], edits: list[dict[str, Any]], lookup: Lookup) -> list[dict[str, Any]]:
    """Apply recorded edits to freshly composed items, skipping those that no longer apply."""
    for e in edits:
        if e["action"] not in EDIT_ACTIONS:
            continue
        try:
            items = apply_edit(items, e["action"], json.loads(e["detail"]), lookup)
        except (UsageError, KeyError, ValueError):
            continue
    return items


def approve(cfg: Config, store: Store, briefing_id: int, who: str, *, render: bool = True) -> int:
    """Approve a draft: the next number of its type and year, then its files rendered again."""
    from briefings.publish import publish

    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    if b["status"] == "empty":
        raise UsageError(f"简报 #{briefing_id}（{b['key']}）本期无要情，没有可审核的内容")
    was_approved = b["status"] == "approved"
    number = store.approve_briefing(briefing_id, who)
    b = store.get_briefing(briefing_id)
    assert b is not None
    if render and (not was_approved or not b["pdf_path"]):
        publish(cfg, store, briefing_id)
    return number


def describe_edit(e: dict[str, Any]) -> str:
    """One line, in Chinese, saying what an edit did."""
    try:
        d = json.loads(e["detail"])
    except (ValueError, TypeError):
        return f"{e['action']} {e['detail']}"
    if not isinstance(d, dict):
        return f"{e['action']} {e['detail']}"
    doc = d.get("doc")
    kind = KIND_HEADINGS.get(d.get("kind") or "", d.get("kind") or "")
    return {
        "drop": f"删除文档 {doc}",
        "move": f"文档 {doc} 移至{kind}",
        "position": f"文档 {doc} 调至本栏第 {d.get('position')} 位",
        "up": f"文档 {doc} 上移",
        "down": f"文档 {doc} 下移",
        "add": f"增加文档 {doc}" + (f"（{kind}）" if kind else ""),
        "summary": f"修改文档 {doc} 的摘要",
        "important": f"文档 {doc} 标为重要",
        "unimportant": f"文档 {doc} 取消重要",
    }.get(e["action"], f"{e['action']} {e['detail']}")


def needs_review(store: Store, home: str, doc_ids: list[int], threshold: float) -> set[int]:
    """Documents whose newest classification for the home is less sure than the threshold (待核)."""
    out: set[int] = set()
    for doc in doc_ids:
        a = store.latest_analysis(doc, home)
        if a is not None and a.get("confidence") is not None and float(a["confidence"]) < threshold:
            out.add(doc)
    return out


def review_mark(doc: int, unsure: set[int]) -> str:
    """The 待核 mark shown before an entry whose section people should confirm."""
    from siqing.kinds import REVIEW_MARK_ZH

    return f"【{REVIEW_MARK_ZH}】" if doc in unsure else ""
