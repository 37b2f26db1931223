"""The weekly briefing (每周要情) through the scheduler, on a controlled clock: composed on the first
working day of a week from what arrived in the week before, approved (auto_approve), rendered and
mailed once to the leaders by a real aiosmtpd server; on any other day the weekly fire does nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from processing import pipeline
from siqing.app import schedule
from siqing.config import Config
from siqing.store import Store

from ..briefings.review_helpers import LEADERS, REVIEWERS, SmtpServer, add_doc, deployment, free_port

TZ = ZoneInfo("Asia/Shanghai")
# 2026-05-01..05 is the Labour Day holiday: the first working day of the week of 05-04 is Wednesday
# 05-06; Saturday 05-09 is a make-up working day; Monday 05-11 is the next week's first.


def fire(cfg: Config, monkeypatch: pytest.MonkeyPatch, when: datetime, owner: str = "host-a:1:x") -> schedule.Outcome:
    """One scheduled fire of the weekly job at `when`, as `siqing serve` runs it (same key, same clock)."""
    monkeypatch.setenv("SIQING_NOW", when.isoformat())
    return schedule.execute(cfg, "weekly", fire_key=when.isoformat(timespec="seconds"), owner=owner)


def arrive(store: Store, monkeypatch: pytest.MonkeyPatch, when: str, title: str, kind: str, **kw: Any) -> int:
    """A document that arrived (and was analysed) at `when`, China time."""
    monkeypatch.setenv("SIQING_NOW", f"{when}+08:00")
    return add_doc(store, title, kind, version=pipeline.model_version(), **kw)


def weekly_briefings(store: Store) -> list[dict[str, Any]]:
    return sorted((b for b in store.list_briefings() if b["type"] == "weekly"), key=lambda b: b["id"])


def test_the_weekly_briefing_is_composed_on_the_first_working_day_and_sent_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port, briefing={"auto_approve": True})
    assert cfg.settings.schedule.weekly == "0 8 * * *"  # fires daily; the working-day gate picks the day
    store = Store(cfg.database_url)

    before = arrive(store, monkeypatch, "2026-04-26T20:00:00", "两周前的条目", "upper")  # a Sunday: the week before last
    last_week = [
        arrive(store, monkeypatch, "2026-04-27T00:00:00", "国务院关于加强监督工作的意见", "upper", importance=0.9),
        arrive(store, monkeypatch, "2026-04-29T10:00:00", "青岛市人大常委会审议物业条例", "lower", source="qd"),
        arrive(store, monkeypatch, "2026-05-03T23:59:00", "市人大常委会召开主任会议", "internal", source="jn"),
    ]
    # One story on two sites: one entry, "另有1家网站转载".
    story = arrive(store, monkeypatch, "2026-04-30T09:00:00", "省人大常委会开展执法检查", "upper", source="sd",
                   cluster=900001, importance=0.8)
    repost = arrive(store, monkeypatch, "2026-04-30T11:00:00", "省人大常委会开展执法检查（转载）", "upper",
                    source="jn", cluster=900001, importance=0.4)
    this_week = arrive(store, monkeypatch, "2026-05-04T09:00:00", "本周到达的条目", "external")

    expected = [datetime(2026, 5, 6, 8, tzinfo=TZ), datetime(2026, 5, 11, 8, tzinfo=TZ)]
    assert schedule.fire_times(cfg, "weekly", datetime(2026, 5, 4, tzinfo=TZ), datetime(2026, 5, 18, tzinfo=TZ)) \
        == expected

    with SmtpServer(port) as inbox:
        holiday = fire(cfg, monkeypatch, datetime(2026, 5, 4, 8, tzinfo=TZ))  # Monday, still the holiday
        assert holiday.status == "skipped" and "不是本周第一个工作日" in holiday.detail
        assert weekly_briefings(store) == [] and inbox.received == []

        first = fire(cfg, monkeypatch, expected[0])
        assert first.status == "ok", first.detail
        [weekly] = weekly_briefings(store)
        assert (weekly["key"], weekly["status"], weekly["year"], weekly["number"]) == ("2026-04-27", "approved", 2026, 1)
        items = {i["document_id"]: i for i in store.briefing_items(weekly["id"])}
        assert set(items) == {*last_week, story}  # not the week before last, not this week, not the repost
        assert items[story]["reposts"] == 1 and repost not in items and before not in items
        assert this_week not in items

        # The same fire seen by a second serve process, then the next days of the week: nothing more.
        assert fire(cfg, monkeypatch, expected[0], owner="host-b:2:y").status == "duplicate"
        for day in (7, 8, 9):  # Thursday, Friday and the make-up Saturday are working days, but not the first
            later = fire(cfg, monkeypatch, datetime(2026, 5, day, 8, tzinfo=TZ))
            assert later.status == "skipped" and "不是本周第一个工作日" in later.detail
        assert len(weekly_briefings(store)) == 1

        assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)  # once each
        assert not inbox.to(REVIEWERS[0])  # auto-approved: no draft waits for review
        for msg in inbox.messages():
            assert str(msg["Subject"]).startswith("每周要情 2026年第1期")
            [pdf] = list(msg.iter_attachments())
            assert pdf.get_filename() == "每周要情2026年第1期.pdf" and pdf.get_content().startswith(b"%PDF")
            body = msg.get_body(("html",))
            assert body is not None
            html = body.get_content()
            assert "国务院关于加强监督工作的意见" in html and "另有1家网站转载" in html
            assert "两周前的条目" not in html and "本周到达的条目" not in html
        assert {(d["recipient"], d["status"]) for d in store.deliveries(weekly["id"])} == \
            {(a, "sent") for a in LEADERS}

        # The next week's first working day: issue 2, covering 05-04..05-10 only.
        second = fire(cfg, monkeypatch, expected[1])
        assert second.status == "ok", second.detail
        weeklies = weekly_briefings(store)
        assert [(b["key"], b["number"]) for b in weeklies] == [("2026-04-27", 1), ("2026-05-04", 2)]
        assert [i["document_id"] for i in store.briefing_items(weeklies[1]["id"])] == [this_week]
        assert len(inbox.received) == 2 * len(LEADERS)

    fires = store.last_fires(job="weekly")
    assert sorted(f["status"] for f in fires) == ["ok", "ok", "skipped", "skipped", "skipped", "skipped"]
    assert [r["status"] for r in store.last_runs(job="send")] == ["ok", "ok"]


def test_the_week_before_the_spring_festival_week_is_covered(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port, briefing={"auto_approve": True, "attach_pdf": False})
    store = Store(cfg.database_url)
    # 2026-02-16..22 has no working day (the holiday runs 02-15..23); 02-24 is the next weekly's day.
    doc = arrive(store, monkeypatch, "2026-02-10T10:00:00", "节前一周的条目", "upper")
    with SmtpServer(port):
        assert fire(cfg, monkeypatch, datetime(2026, 2, 9, 8, tzinfo=TZ)).status == "ok"  # covers 02-02..08
        for day in range(10, 24):
            assert fire(cfg, monkeypatch, datetime(2026, 2, day, 8, tzinfo=TZ)).status == "skipped"
        assert fire(cfg, monkeypatch, datetime(2026, 2, 24, 8, tzinfo=TZ)).status == "ok"
    covered = {i["document_id"] for b in weekly_briefings(store) for i in store.briefing_items(b["id"])}
    assert doc in covered, [(b["key"], b["period_start"], b["period_end"]) for b in weekly_briefings(store)]
