"""Composing a briefing: select what arrived in its period and was published within its window,
one entry per repost cluster, nothing reported before, sections 上情 / 下情 / 外情 / 内情 in that
order; in each section the most important items, shown newest first.

A briefing is identified by its type and key (the date for a daily one, the week's Monday for a
weekly one, the document for an alert). Composing again returns the same briefing: a draft is
recomposed with what arrived since, an approved one never changes. A period with nothing to
report makes no briefing at all (issue 19: leaders never get an empty issue).

Arrivals published before the window (a first crawl's backfill, a late find) are not news: they
go to the 往期补录 list (`backlog`), which reviewers can pull in with `draft edit --add`.
"""

from __future__ import annotations

import re
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
# Documents arriving this soon after their source was first seen came with its first crawl:
# backfill, never news, when they carry no publication date to judge them by.
FIRST_CRAWL_SPAN = timedelta(hours=6)
# How much being fresh (relative to the briefing's date) adds to the stored importance when
# choosing which items fill a section.
RECENCY_WEIGHT = 0.3


@dataclass
class Composed:
    briefing_id: int
    created: bool  # a new briefing (not found for this type and key)
    recomposed: bool  # a draft whose items were chosen again
    items: int
    empty: bool = False  # nothing to report: kept as an "empty" record (never rendered nor sent)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=clock.CST)


def period_for(store: Store, btype: str, day: date, now: datetime) -> tuple[str, str, str]:
    """(key, arrivals from, arrivals to) of the briefing of this type for this day."""
    if btype == "daily":
        key = day.isoformat()
        prev = store.previous_briefing("daily", key)
        # Up to now inclusive (to the second): what arrived with a frozen clock's stamp belongs here.
        end = max(now, _start_of(day + timedelta(days=1))) if day < now.date() else now + timedelta(seconds=1)
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


def published_day(row: dict[str, Any]) -> date | None:
    """The day an item was published, or None when unknown or unreadable."""
    try:
        return date.fromisoformat(str(row.get("published_at") or "")[:10])
    except ValueError:
        return None


def window_for(cfg: Config, btype: str, key: str, period_start: str | None = None) -> tuple[date, date]:
    """The publication days [first, last] a briefing of this type and key reports on: window_days
    before its (last) day, reaching back further when its arrivals do (after a holiday's gap)."""
    days = cfg.settings.briefing.window_days
    last = date.fromisoformat(key) + timedelta(days=6 if btype == "weekly" else 0)
    first = date.fromisoformat(key) - timedelta(days=days)
    if period_start:
        first = min(first, date.fromisoformat(period_start[:10]))
    return first, last


def _first_crawl(store: Store) -> dict[str, datetime]:
    """When each source's first crawl ended at the latest (its first sighting plus the span)."""
    out = {}
    for r in store.source_rows():
        try:
            out[r["id"]] = datetime.fromisoformat(r["first_seen"]) + FIRST_CRAWL_SPAN
        except (TypeError, ValueError):
            continue
    return out


def is_news(row: dict[str, Any], window: tuple[date, date], first_crawl: dict[str, datetime]) -> bool:
    """Published within the window; an undated item only when it did not come with a first crawl."""
    pub = published_day(row)
    if pub is not None:
        return window[0] <= pub <= window[1]
    if row.get("origin") == "import":
        return True  # a file an official brought in is meant to be reported
    end = first_crawl.get(str(row.get("source_id")))
    try:
        return end is None or datetime.fromisoformat(str(row["arrived_at"])) > end
    except (KeyError, ValueError):
        return True


def rank_score(row: dict[str, Any], window: tuple[date, date]) -> float:
    """Stored importance plus freshness relative to the window's last day (1 that day, 0 at its start)."""
    pub = published_day(row)
    span = max((window[1] - window[0]).days, 1)
    fresh = 0.5 if pub is None else max(0.0, min(1.0, 1 - (window[1] - pub).days / span))
    return float(row.get("importance") or 0) + RECENCY_WEIGHT * fresh


def _newest_first(rows: list[dict[str, Any]], window: tuple[date, date]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: ((published_day(r) or date.min).toordinal(), rank_score(r, window), -r["id"]),
                  reverse=True)


def _clusters(store: Store, home: str, version: str, rows: list[dict[str, Any]], briefing_id: int | None,
              btype: str) -> list[dict[str, Any]]:
    """One row per repost cluster not reported before (its most authoritative copy), with reposts."""
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
    return picked


def _entries(store: Store, cfg: Config, home: str, version: str, start: str, end: str,
             briefing_id: int | None, btype: str, key: str) -> list[dict[str, Any]]:
    window = window_for(cfg, btype, key, start)
    first_crawl = _first_crawl(store)
    rows = [r for r in store.candidates(home, version, start, end) if is_news(r, window, first_crawl)]
    picked = _clusters(store, home, version, rows, briefing_id, btype)
    limit = cfg.settings.briefing.max_per_section
    out = []
    for kind in KIND_ORDER:
        # The most important (freshness counted) fill the section; leaders read them newest first.
        chosen = sorted((p for p in picked if p["kind"] == kind), key=lambda r: (-rank_score(r, window), r["id"]))
        out.extend(_newest_first(chosen[:limit], window))
    return out


def backlog(cfg: Config, store: Store, home: str, version: str, briefing_id: int) -> list[dict[str, Any]]:
    """往期补录: what arrived in a briefing's period but was published before its window (or came
    undated with a source's first crawl), not reported elsewhere and not in it; newest first."""
    b = store.get_briefing(briefing_id)
    if b is None or b["type"] == "alert":
        return []
    window = window_for(cfg, b["type"], b["key"], b["period_start"])
    first_crawl = _first_crawl(store)
    rows = [r for r in store.candidates(home, version, b["period_start"], b["period_end"])
            if not is_news(r, window, first_crawl)]
    inside = {i["document_id"] for i in store.briefing_items(briefing_id)}
    picked = [p for p in _clusters(store, home, version, rows, briefing_id, b["type"]) if p["id"] not in inside]
    return _newest_first(picked, window)


def compose(cfg: Config, store: Store, home: str, version: str, btype: str, day: date,
            now: datetime | None = None) -> Composed:
    """Compose (or recompose a draft of) the briefing of this type for this day.

    Nothing to report: no issue; the period is kept as a briefing in status "empty" (so the next
    one starts where it ended), never rendered, numbered nor sent; it becomes a draft when composed
    again with something to report.
    """
    now = now or clock.now()
    key, start, end = period_for(store, btype, day, now)
    existing = store.find_briefing(btype, key)
    if existing and existing["status"] == "approved":
        return Composed(existing["id"], created=False, recomposed=False,
                        items=len(store.briefing_items(existing["id"])))
    if existing is not None:
        start = existing["period_start"]
    entries = _entries(store, cfg, home, version, start, end, existing["id"] if existing else None, btype, key)
    was_empty = existing is not None and existing["status"] == "empty"
    if existing is None:
        bid = store.create_briefing(btype, key, home, start, end, day.year)
    else:
        bid = existing["id"]
        store.set_briefing_period(bid, existing["period_start"], end)
    if not entries and (existing is None or was_empty):
        store.set_briefing_status(bid, "empty")
        return Composed(bid, created=False, recomposed=False, items=0, empty=True)
    if was_empty:
        store.set_briefing_status(bid, "draft")
    items = [
        {"document_id": e["id"], "kind": e["kind"], "summary": e["summary"], "reposts": e["reposts"],
         "important": e["importance"] >= cfg.settings.briefing.alert.min_importance, "cluster_id": e["cluster_id"]}
        for e in entries
    ]
    if existing is not None:
        # The reviewers' edits so far are the recipe for this draft: replay them on the new selection.
        items = review.replay(items, store.briefing_edits(bid), review.store_lookup(store, home))
    store.replace_items(bid, items)
    fresh = existing is None or was_empty
    return Composed(bid, created=fresh, recomposed=not fresh, items=len(items))


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
    repost cluster (its most important copy), most important first. Items published before the
    daily window (backfill) are history, never a 专报."""
    until = until or clock.stamp(clock.now() + timedelta(seconds=1))
    done_docs, done_clusters = store.reported_in(("alert",))
    today = clock.today()
    window = (today - timedelta(days=cfg.settings.briefing.window_days), today + timedelta(days=1))
    first_crawl = _first_crawl(store)
    best: dict[int, dict[str, Any]] = {}
    for r in store.candidates(home, version, since, until):
        cl = r["cluster_id"] or r["id"]
        if r["id"] in done_docs or cl in done_clusters or not is_news(r, window, first_crawl):
            continue
        if not alert_matches(cfg, r):
            continue
        if cl not in best or (r["importance"], -r["id"]) > (best[cl]["importance"], -best[cl]["id"]):
            best[cl] = r
    return sorted(best.values(), key=lambda r: (-r["importance"], r["id"]))


# 专报 rules -------------------------------------------------------------------------------------

# A term inside a title in 《》 or 〈〉 names a document, not an event.
_BOOK_TITLE = re.compile(r"《[^》]*》|〈[^〉]*〉")
# What follows a term, up to the next mark or space: when it ends as a law, plan or drill does,
# the term names that (突发事件应对法, 突发公共卫生事件应急条例, 地震应急演练), not an event.
_TAIL = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{0,16}")
_NAME_ENDINGS = ("法", "条例", "规定", "办法", "细则", "规则", "规划", "预案", "演练", "培训", "讲座",
                 "宣传周", "知识", "决定", "意见", "通知", "方案", "标准", "法律", "法规",
                 # a study or a review of past events, not an event (地震总结, 速报系统产出结果评估)
                 "总结", "评估", "研究", "综述")
# A law's name followed by a book or study word (突发事件应对法注释本, …法释义).
_LAW_BOOK = re.compile(r"法(注释|释义|解读|全文|条文|学习|读本)")
_NAME_WORDS = ("法（", "法(", "条例（", "条例(", "实施办法", "执法检查", "立法", "修订", "修正", "草案",
               "演练", "预案", "纪念", "周年", "培训", "宣传", "知识竞赛", "专题讲座", "座谈会", "防控常态化",
               "工作措施", "工作会议")


_DOC_TITLE = re.compile(r"^.{0,40}关于.+的(决定|通知|意见|通报|报告|批复|办法|规定|函)$")


def term_as_event(text: str, term: str) -> bool:
    """Whether a term occurs in the text as an event (暴雨致5人死亡), not in a law's or a drill's
    name (《突发事件应对法》, 突发公共卫生事件应急条例, 地震应急演练)."""
    # A title that is a whole official document's name (关于……的决定/通知/意见) names no event itself.
    plain = "\n".join(line for line in _BOOK_TITLE.sub(" ", text).splitlines() if not _DOC_TITLE.match(line.strip()))
    for m in re.finditer(re.escape(term), plain):
        tail = _TAIL.match(plain, m.end())
        before = re.split(r"[^\u4e00-\u9fff0-9A-Za-z]", plain[max(0, m.start() - 6): m.start()])[-1]
        span = before + term + (tail.group(0) if tail else "")  # within the clause only
        after = tail.group(0) if tail else ""
        if any(after.endswith(e) for e in _NAME_ENDINGS) or any(e in after for e in ("法（", "法(", "条例", "法实施")):
            continue
        if any(w in span for w in _NAME_WORDS) or _LAW_BOOK.search(after):
            continue
        if before.endswith("防") and not before.endswith("消防"):  # 防台风, 防地震: prevention, not the event
            continue
        return True
    return False


def alert_reason(cfg: Config, row: dict[str, Any], source_names: dict[str, str] | None = None) -> str | None:
    """Why an analysed item makes a 专报 (in Chinese, for the reviewer), or None when it does not."""
    rules = cfg.settings.briefing.alert
    imp = float(row.get("importance") or 0)
    if imp >= rules.min_importance:
        return f"重要性 {imp:.2f}，达到专报门槛 {rules.min_importance:.2f}"
    if imp < rules.match_min_importance:
        return None
    text = f"{row.get('title', '')}\n{row.get('summary', '')}"
    floor = f"（重要性 {imp:.2f}，不低于 {rules.match_min_importance:.2f}）"
    for term in rules.terms:
        if term and term_as_event(text, term):
            return f"命中专报关键词“{term}”，所指为事件而非法规名称{floor}"
    if row.get("source_id") in rules.sources:
        name = (source_names or {}).get(str(row.get("source_id")), str(row.get("source_id")))
        return f"来源“{name}”列入专报来源{floor}"
    return None


def alert_matches(cfg: Config, row: dict[str, Any]) -> bool:
    """Whether an analysed item matches the deployment's alert rules."""
    return alert_reason(cfg, row) is not None


def alert_note(cfg: Config, store: Store, briefing: dict[str, Any], version: str | None = None) -> str:
    """专报依据: the rule that made this 专报, for its draft and `draft show` ("" when not an alert)."""
    if briefing.get("type") != "alert":
        return ""
    items = store.briefing_items(briefing["id"])
    if not items:
        return ""
    doc_id = items[0]["document_id"]
    doc = store.get_documents([doc_id]).get(doc_id) or {}
    analysis = (store.analyses_for(briefing["home"], version, [doc_id]).get(doc_id) if version
                else store.latest_analysis(doc_id, briefing["home"]))
    if analysis is None:
        return ""
    row = {**doc, **analysis, "id": doc_id}
    names = {r["id"]: r["name"] for r in store.source_rows()}
    reason = alert_reason(cfg, row, names)
    return f"专报依据：{reason}" if reason else ""
