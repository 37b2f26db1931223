"""Composition against a real store: periods, sections, repost clusters, nothing twice, alerts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from briefings import compose, review
from briefings.deliver import mail_html, mail_text
from briefings.publish import build_view
from siqing import clock
from siqing.config import Config
from siqing.store import Store

from .review_helpers import HOME, VERSION, add_doc, deployment


def at(monkeypatch: pytest.MonkeyPatch, stamp: str) -> datetime:
    """Set the one clock (arrivals are stamped with it)."""
    monkeypatch.setenv("SIQING_NOW", stamp)
    return clock.now()


def daily(cfg: Config, store: Store, day: str) -> compose.Composed:
    return compose.compose(cfg, store, HOME, VERSION, "daily", date.fromisoformat(day))


def titles(cfg: Config, store: Store, bid: int) -> dict[str, list[str]]:
    return {s.kind: [e.title for e in s.entries] for s in build_view(cfg, store, bid).sections}


@pytest.fixture
def env(tmp_path: Path) -> tuple[Config, Store]:
    cfg = deployment(tmp_path / "deploy", briefing={"alert": {"terms": ["特大暴雨"], "sources": ["qd"],
                                                              "min_importance": 0.95}})
    return cfg, Store(cfg.database_url)


def test_sections_in_order_by_importance_capped_and_empty_said(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-06T06:00:00+08:00")
    for title, imp in [("上情低", 0.3), ("上情最高", 0.9), ("上情中", 0.6), ("上情次", 0.5)]:
        add_doc(store, title, "upper", importance=imp)
    add_doc(store, "内情一", "internal", source="jn")
    add_doc(store, "下情一", "lower", source="sd")
    at(monkeypatch, "2026-05-06T06:45:00+08:00")
    c = daily(cfg, store, "2026-05-06")
    view = build_view(cfg, store, c.briefing_id)
    assert [s.kind for s in view.sections] == ["upper", "lower", "external", "internal"]
    got = titles(cfg, store, c.briefing_id)
    assert got["upper"] == ["上情最高", "上情中", "上情次"]  # by importance, at most 3 (max_per_section)
    assert got["lower"] == ["下情一"] and got["internal"] == ["内情一"]
    assert got["external"] == []  # kept as a section: the renderer and the mail say it is empty
    assert "本期无外情信息。" in mail_html(view, [])
    assert "本期无外情信息。" in mail_text(view, [])
    # Composing again for the same date returns the same briefing.
    again = daily(cfg, store, "2026-05-06")
    assert again.briefing_id == c.briefing_id and not again.created


def test_one_entry_per_repost_cluster(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-06T06:00:00+08:00")
    head = add_doc(store, "国务院印发意见", "upper", source="gov", importance=0.8)
    add_doc(store, "国务院印发意见（转载）", "upper", source="sd", importance=0.4, cluster=head)
    add_doc(store, "转发：国务院印发意见", "upper", source="jn", importance=0.4, cluster=head)
    at(monkeypatch, "2026-05-06T06:45:00+08:00")
    c = daily(cfg, store, "2026-05-06")
    view = build_view(cfg, store, c.briefing_id)
    entries = view.sections[0].entries
    assert [(e.doc_id, e.reposts) for e in entries] == [(head, 2)]
    assert "另有2家网站转载" in mail_html(view, [])


def test_daily_covers_since_previous_and_nothing_reported_twice(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-06T06:00:00+08:00")
    x = add_doc(store, "第一天的消息", "upper")
    at(monkeypatch, "2026-05-06T06:45:00+08:00")
    first = daily(cfg, store, "2026-05-06")
    review.approve(cfg, store, first.briefing_id, "张三", render=False)
    at(monkeypatch, "2026-05-07T05:00:00+08:00")
    add_doc(store, "第一天的消息（他站转载）", "upper", source="sd", cluster=x)  # a late repost of a reported story
    z = add_doc(store, "第二天的消息", "lower", source="jn")
    at(monkeypatch, "2026-05-07T06:45:00+08:00")
    second = daily(cfg, store, "2026-05-07")
    items = store.briefing_items(second.briefing_id)
    assert [i["document_id"] for i in items] == [z]
    b1, b2 = store.get_briefing(first.briefing_id), store.get_briefing(second.briefing_id)
    assert b2["period_start"] == b1["period_end"]  # arrivals since the previous one, no gap, no overlap
    # An approved briefing never changes, even when composed again.
    assert daily(cfg, store, "2026-05-06").recomposed is False
    assert [i["document_id"] for i in store.briefing_items(first.briefing_id)] == [x]


def test_weekly_covers_the_week(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-03T12:00:00+08:00")
    add_doc(store, "上周日的消息", "upper")
    inside = []
    for day in ("2026-05-04", "2026-05-07", "2026-05-10"):
        at(monkeypatch, f"{day}T12:00:00+08:00")
        inside.append(add_doc(store, f"{day}的消息", "internal", source="jn"))
    at(monkeypatch, "2026-05-11T07:00:00+08:00")
    add_doc(store, "本周一的消息", "upper")
    daily(cfg, store, "2026-05-11")  # a daily reported some of them: the weekly still sums the week up
    c = compose.compose(cfg, store, HOME, VERSION, "weekly", date(2026, 5, 11))
    b = store.get_briefing(c.briefing_id)
    assert b["key"] == "2026-05-04"
    assert sorted(i["document_id"] for i in store.briefing_items(c.briefing_id)) == sorted(inside)
    assert build_view(cfg, store, c.briefing_id).period_end == "2026-05-10"


def test_alerts_match_rules_once_per_cluster_and_leave_the_daily(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-06T09:00:00+08:00")
    storm = add_doc(store, "我省遭遇特大暴雨", "upper", importance=0.6)
    add_doc(store, "转载：我省遭遇特大暴雨", "upper", source="sd", importance=0.5, cluster=storm)
    qd = add_doc(store, "青岛人大常委会会议", "external", source="qd", importance=0.4)
    big = add_doc(store, "重大立法事项", "internal", source="jn", importance=0.97)
    plain = add_doc(store, "一般消息", "lower", source="jn", importance=0.5)
    since = "2026-05-06T00:00:00+08:00"
    found = compose.alert_candidates(cfg, store, HOME, VERSION, since)
    assert [r["id"] for r in found] == [big, storm, qd]  # most important first; one per cluster
    ids = [compose.compose_alert(cfg, store, HOME, VERSION, r).briefing_id for r in found]
    assert [len(store.briefing_items(i)) for i in ids] == [1, 1, 1]
    assert store.briefing_items(ids[1])[0]["reposts"] == 1 and store.briefing_items(ids[1])[0]["important"]
    assert compose.alert_candidates(cfg, store, HOME, VERSION, since) == []  # never alerted twice
    review.approve(cfg, store, ids[1], "张三", render=False)  # the storm alert went out
    at(monkeypatch, "2026-05-07T06:45:00+08:00")
    c = daily(cfg, store, "2026-05-07")
    in_daily = {i["document_id"] for i in store.briefing_items(c.briefing_id)}
    assert storm not in in_daily  # already sent as a 专报
    assert {qd, big, plain} <= in_daily  # drafts of alerts never sent do not hide their items


def test_recomposing_a_draft_keeps_the_reviewers_edits(env, monkeypatch) -> None:
    cfg, store = env
    at(monkeypatch, "2026-05-06T06:00:00+08:00")
    a = add_doc(store, "要删除的", "upper", importance=0.9)
    b = add_doc(store, "要改摘要的", "upper", importance=0.5)
    at(monkeypatch, "2026-05-06T06:45:00+08:00")
    c = daily(cfg, store, "2026-05-06")
    review.edit(store, c.briefing_id, "张三", "drop", a)
    review.edit(store, c.briefing_id, "张三", "summary", b, text="审核人改写的摘要")
    at(monkeypatch, "2026-05-06T07:10:00+08:00")
    w = add_doc(store, "后到的消息", "lower", source="jn")
    at(monkeypatch, "2026-05-06T07:15:00+08:00")
    again = daily(cfg, store, "2026-05-06")
    assert again.recomposed
    items = {i["document_id"]: i for i in store.briefing_items(c.briefing_id)}
    assert a not in items and w in items
    assert items[b]["summary"] == "审核人改写的摘要"
