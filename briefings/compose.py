"""Composing a briefing: select what arrived in its period, one entry per repost cluster, nothing
reported before, sections 上情 / 下情 / 外情 / 内情 in that order, items by importance.

A briefing is identified by its type and key (the date for a daily one, the week's Monday for a
weekly one, the document for an alert). Composing again returns the same briefing: a draft is
recomposed with what arrived since, an approved one never changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from briefings import review
from briefings.model import KIND_ORDER
from siqing import clock
from siqing.config import Config
from siqing.errors import UsageError
from siqing.store import Store

DAILY_FIRST_LOOKBACK = timedelta(days=7)  # a first daily briefing covers at most the past week


@dataclass
class Composed:
    briefing_id: int
    created: bool  # a new briefing (not found for this type and key)
    recomposed: bool  # a draft whose items were chosen again
    items: int


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=clock.CST)


def period_for(store: Store, btype: str, day: date, now: datetime) -> tuple[str, str, str]:
    """(key, arrivals from, arrivals to) of the briefing of this type for this day."""
    if btype == "daily":
        key = day.isoformat()
        prev = store.previous_briefing("daily", key)
        end = max(now, _start_of(day + timedelta(days=1))) if day < now.date() else now
        start = prev["period_end"] if prev else clock.stamp(min(_start_of(day), now) - DAILY_FIRST_LOOKBACK)
        return key, start, clock.stamp(end)
    if btype == "weekly":
        monday = day - timedelta(days=day.weekday())
        # The week before the one `day` falls in: composed on the first working day after it.
        first = monday - timedelta(days=7)
        start = clock.stamp(_start_of(first))
        # A week with no working day (春节, 国庆) has no weekly of its own: the next one starts
        # where the last one ended, so nothing that arrived in between is left out.
        prev = store.previous_briefing("weekly", first.isoformat())
        if prev and prev["period_end"] < start:
            start = prev["period_end"]
        return first.isoformat(), start, clock.stamp(_start_of(monday))
    raise UsageError(f"unknown briefing type {btype!r}")


def _entries(store: Store, cfg: Config, home: str, version: str, start: str, end: str,
             briefing_id: int | None, btype: str) -> list[dict[str, Any]]:
    rows = store.candidates(home, version, start, end)
    done_docs, done_clusters = store.reported_in((btype,), exclude_id=briefing_id)
    if btype == "daily":
        # A 专报 already sent to the leaders is not news the next morning.
        alert_docs, alert_clusters = store.reported_in(("alert",), approved_only=True)
        done_docs |= alert_docs
        done_clusters |= alert_clusters
    by_cluster: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        cl = r["cluster_id"] or r["id"]
        if r["id"] in done_docs or cl in done_clusters:
            continue
        by_cluster[cl].append(r)
    sizes = store.cluster_sources(home, version, list(by_cluster))
    picked = []
    for cl, members in by_cluster.items():
        # The copy from the most authoritative source (then the earliest) stands for the cluster.
        best = max(members, key=lambda r: (r["importance"], -r["id"]))
        picked.append({**best, "cluster_id": cl, "reposts": max(sizes.get(cl, 1) - 1, 0)})
    limit = cfg.settings.briefing.max_per_section
    out = []
    for kind in KIND_ORDER:
        section = sorted((p for p in picked if p["kind"] == kind), key=lambda r: (-r["importance"], r["id"]))
        out.extend(section[:limit])
    return out


def compose(cfg: Config, store: Store, home: str, version: str, btype: str, day: date,
            now: datetime | None = None) -> Composed:
    """Compose (or recompose a draft of) the briefing of this type for this day."""
    now = now or clock.now()
    key, start, end = period_for(store, btype, day, now)
    existing = store.find_briefing(btype, key)
    if existing and existing["status"] == "approved":
        return Composed(existing["id"], created=False, recomposed=False,
                        items=len(store.briefing_items(existing["id"])))
    if existing is None:
        bid = store.create_briefing(btype, key, home, start, end, day.year)
    else:
        bid = existing["id"]
        store.set_briefing_period(bid, existing["period_start"], end)
        start = existing["period_start"]
    entries = _entries(store, cfg, home, version, start, end, bid, btype)
    items = [
        {"document_id": e["id"], "kind": e["kind"], "summary": e["summary"], "reposts": e["reposts"],
         "important": e["importance"] >= cfg.settings.briefing.alert.min_importance, "cluster_id": e["cluster_id"]}
        for e in entries
    ]
    if existing is not None:
        # The reviewers' edits so far are the recipe for this draft: replay them on the new selection.
        items = review.replay(items, store.briefing_edits(bid), review.store_lookup(store, home))
    store.replace_items(bid, items)
    return Composed(bid, created=existing is None, recomposed=existing is not None, items=len(items))


def compose_alert(cfg: Config, store: Store, home: str, version: str, doc: dict[str, Any]) -> Composed:
    """A 专报 on one item (composed at once when it matches the alert rules)."""
    key = f"doc-{doc['id']}"
    existing = store.find_briefing("alert", key)
    if existing:
        return Composed(existing["id"], created=False, recomposed=False, items=1)
    now = clock.now()
    bid = store.create_briefing("alert", key, home, doc["arrived_at"], clock.stamp(now), now.year)
    cluster = doc.get("cluster_id") or doc["id"]
    reposts = max(store.cluster_sources(home, version, [cluster]).get(cluster, 1) - 1, 0)
    store.replace_items(bid, [{"document_id": doc["id"], "kind": doc["kind"], "summary": doc["summary"],
                               "reposts": reposts, "important": True, "cluster_id": cluster}])
    return Composed(bid, created=True, recomposed=False, items=1)


def alert_candidates(cfg: Config, store: Store, home: str, version: str, since: str,
                     until: str | None = None) -> list[dict[str, Any]]:
    """Items arrived in [since, until) that match the alert rules and were never alerted: one per
    repost cluster (its most important copy), most important first."""
    until = until or clock.stamp(clock.now() + timedelta(seconds=1))
    done_docs, done_clusters = store.reported_in(("alert",))
    best: dict[int, dict[str, Any]] = {}
    for r in store.candidates(home, version, since, until):
        cl = r["cluster_id"] or r["id"]
        if r["id"] in done_docs or cl in done_clusters or not alert_matches(cfg, r):
            continue
        if cl not in best or (r["importance"], -r["id"]) > (best[cl]["importance"], -best[cl]["id"]):
            best[cl] = r
    return sorted(best.values(), key=lambda r: (-r["importance"], r["id"]))


def alert_matches(cfg: Config, row: dict[str, Any]) -> bool:
    """Whether an analysed item matches the deployment's alert rules."""
    rules = cfg.settings.briefing.alert
    text = f"{row.get('title', '')}\n{row.get('summary', '')}"
    return (
        any(term in text for term in rules.terms)
        or row.get("source_id") in rules.sources
        or float(row.get("importance") or 0) >= rules.min_importance
    )
