"""A week of daily runs on the sample sites after a first crawl with a wide window (issue 19):
each daily holds only items published within its window, newest first; older arrivals wait in the
往期补录 list; a day with nothing new makes no draft."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from briefings import compose, review
from processing import pipeline
from siqing import clock
from siqing import config as config_mod
from siqing.app import jobs
from siqing.app.demo.run import write_deployment
from siqing.app.demo.sites import SampleSites
from siqing.store import Store

pytestmark = pytest.mark.slow
WINDOW = 30
FIRST = date(2026, 1, 29)  # the day after the sample sites' newest 济南 item


def _deployment(folder: Path, port: int) -> config_mod.Config:
    path = write_deployment(folder, port)
    settings = yaml.safe_load(path.read_text(encoding="utf-8"))
    settings["briefing"].update({"window_days": WINDOW, "auto_approve": False})
    path.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config_mod.load(path)


def test_a_week_of_dailies_after_a_wide_first_crawl(tmp_path: Path, sample_sites: SampleSites,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _deployment(tmp_path / "deploy", sample_sites.port)
    store = Store(cfg.database_url)
    home, version = cfg.home.code, pipeline.model_version()
    dailies: dict[date, int] = {}
    arrivals: dict[date, int] = {}
    first_backlog: list[dict[str, object]] = []
    days = [FIRST + timedelta(days=n) for n in range(7)]
    for day in (d for d in days if d.weekday() < 5):  # the working days of the week
        monkeypatch.setenv("SIQING_NOW", f"{day.isoformat()}T06:00:00+08:00")
        totals = jobs.crawl(cfg)["totals"]
        arrivals[day] = totals["new"] + totals["revised"]
        if arrivals[day]:
            jobs.process(cfg)
        monkeypatch.setenv("SIQING_NOW", f"{day.isoformat()}T06:45:00+08:00")
        c = compose.compose(cfg, store, home, version, "daily", day, now=clock.now())
        if not c.empty:
            dailies[day] = c.briefing_id
            if day == FIRST:
                first_backlog = compose.backlog(cfg, store, home, version, c.briefing_id)
            review.approve(cfg, store, c.briefing_id, "审核人", render=False)

    # The first crawl brought 2011-2026 items at once; a day when nothing arrived makes no issue.
    assert FIRST in dailies and arrivals[FIRST] > 100
    assert all(arrivals[d] for d in dailies), (arrivals, list(dailies))
    first_seen = {r["id"]: r["first_seen"] for r in store.source_rows()}
    seen: set[int] = set()
    first_docs: dict[int, dict[str, object]] = {}
    for day, bid in dailies.items():
        items = store.briefing_items(bid)
        docs = store.get_documents(i["document_id"] for i in items)
        assert items and not seen & set(docs), "an empty daily, or an item reported twice"
        seen |= set(docs)
        first_docs = first_docs or docs
        lo = day - timedelta(days=WINDOW)
        for kind in ("upper", "lower", "external", "internal"):
            rows = [docs[i["document_id"]] for i in items if i["kind"] == kind]
            dated = [str(r["published_at"])[:10] for r in rows if r["published_at"]]
            assert all(lo.isoformat() <= p <= day.isoformat() for p in dated), (day, kind, dated)
            assert dated == sorted(dated, reverse=True), f"{day} {kind} not newest first: {dated}"
            # An undated item is news only when it did not come with its source's first crawl.
            for r in rows:
                if not r["published_at"]:
                    assert str(r["arrived_at"]) > str(first_seen[r["source_id"]])[:10] + "T23", r["title"]
    titles = {str(d["title"]) for d in first_docs.values()}
    assert "2026年济南市人民政府工作报告" in titles  # 2026-01-28, the newest 济南 item
    assert "中国共产党济南市历下区第十三届委员会第十一次全体会议举行" in titles  # 2026-01-09, 历下区
    assert not any(str(d["published_at"] or "")[:4] < "2026" for d in first_docs.values())
    # Everything older waits in the 往期补录 list, newest first, none of it in the daily.
    assert len(first_backlog) > 100
    pubs = [str(r["published_at"] or "")[:10] for r in first_backlog if r["published_at"]]
    assert pubs == sorted(pubs, reverse=True)
    assert all(p < (FIRST - timedelta(days=WINDOW)).isoformat() or p > FIRST.isoformat() for p in pubs)
    assert not {r["id"] for r in first_backlog} & set(first_docs)
    # Regions (issue 19 point 4): every item has one, and the region filter and statistics use them.
    from siqing.app import dataset

    rows = dataset.query(cfg, store, limit=1000)
    assert rows and all(r["regions"] for r in rows), [r["title"] for r in rows if not r["regions"]][:5]
    jinan = dataset.query(cfg, store, region="济南", limit=1000)
    assert jinan and all(any(str(c).startswith("3701") for c in r["regions"]) for r in jinan)
    assert "2026年济南市人民政府工作报告" in {r["title"] for r in jinan}
    assert dict(store.count_by(home, "region"))
