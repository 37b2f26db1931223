"""A site configured by its homepage only: every column found, every article once, nothing else
stored; traps, robots.txt and other hosts respected; later crawls incremental; a killed backfill
resumes (issue 17, issue 20 item 2)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from tests.crawlers import homesite
from tests.crawlers.sitekit import documents, last_run, write_deployment

REPO = Path(__file__).resolve().parents[2]
DEEP_PAGES = ("/gzdt/index_1.html", "/gzdt/index_2.html", "/jdgz/index_1.html", "/jdgz/index_3.html",
              "/tzgg/list_1.htm", "/tzgg/list_3.htm", "/ztzl/?page=2", "/ztzl/?page=3")


def _is_article(site: homesite.HomeSite, path: str) -> bool:
    return any(a.path == path for a in site.articles)


def _deep(path: str) -> bool:
    return path in DEEP_PAGES or "startrecord=" in path or ("pageNo=" in path and "pageNo=1" not in path)


def _check_store(site: homesite.HomeSite, db: Path) -> None:
    """Every article of the site stored once with its exact title and date, and nothing else."""
    docs = documents(db)
    stored: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        stored.setdefault(d["canonical_url"][len(site.base_url):], []).append(d)
    expected = {a.path: a for a in site.articles}
    assert sorted(stored) == sorted(expected), (set(expected) - set(stored), set(stored) - set(expected))
    assert all(len(v) == 1 for v in stored.values())
    for path, art in expected.items():
        doc = stored[path][0]
        assert doc["title"] == art.title, path
        assert doc["published_at"][:10] == art.day, path


def _complete_columns(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT column_url FROM column_progress WHERE complete = 1")}
    finally:
        con.close()


def test_crawl_from_the_homepage(tmp_path: Path) -> None:
    with homesite.serving() as site:
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [homesite.source(site)]))
        first = jobs.crawl(cfg)
        assert first["status"] == "ok"
        db = Path(cfg.database_url.removeprefix("sqlite:///"))
        _check_store(site, db)
        counts = last_run(db)["counts"]["sources"]["qsrd"]
        # Every paging style was followed to its last page (POSTs: the catalogue form, the jpage proxy).
        for path in DEEP_PAGES:
            assert site.count(lambda p, path=path: p == path) == 1, path
        assert site.count(lambda p: "startrecord=31" in p) == 1 and site.count(lambda p: "pageNo=4" in p) == 1
        # Articles are fetched once each; static pages are read for their links and counted, never stored.
        assert all(site.count(lambda p, a=a: p == a.path) == 1 for a in site.articles)
        assert counts["not_articles"]["static_page"] >= 6 and counts["not_articles"]["login_page"] == 1
        # Traps and robots.txt refused, and reported as left unvisited; other hosts never asked.
        assert counts["dropped"]["calendar_trap"] == 1 and counts["dropped"]["facet_trap"] == 1
        assert counts["dropped"]["robots"] == 1 and site.count(lambda p: p.startswith("/admin/")) == 0
        assert site.count(lambda p: p.startswith(("/hdrl/", "/search.jsp"))) == 0
        assert counts["unvisited"] == 2 and any("date=2024-06" in u for u in counts["unvisited_sample"])
        assert not counts["errors"] and not counts["flags"]
        assert len(_complete_columns(db)) == len(homesite.COLUMN_URLS)

        # The next crawl (the killed-backfill test shows one with nothing new): every column was read
        # to its end, so a first page with nothing new stops it; new articles on 工作动态's first page
        # push its paging on until a page holds nothing new.
        title, paras = homesite.real_texts()[len(site.articles)]
        for k in range(2):
            site.articles.insert(k, homesite.Article("gzdt", f"/gzdt/202406/t20240630_{900 + k}.html",
                                                     f"{title}（{k + 1}）", "2024-06-30", paras[:4]))
        site.reset()
        second = jobs.crawl(cfg)
        assert second["totals"]["new"] == 2 and second["totals"]["revised"] == 0
        _check_store(site, db)
        assert site.count(lambda p: _is_article(site, p)) == 2  # only the new ones fetched
        assert [p for _, p in site.hits if _deep(p)] == ["/gzdt/index_1.html"]
        assert len(_complete_columns(db)) == len(homesite.COLUMN_URLS)


@pytest.mark.slow
def test_killed_backfill_resumes(tmp_path: Path) -> None:
    with homesite.serving() as site:
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [homesite.source(site)]))
        db = Path(cfg.database_url.removeprefix("sqlite:///"))
        # The crawl child is killed while it waits for the third page of 工作动态.
        site.hold = "/gzdt/index_2.html"
        child = subprocess.Popen([sys.executable, "-m", "crawlers.run", "--config", str(cfg.path)],
                                 cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert site.held.wait(120), "the crawl never reached the held page"
            child.send_signal(signal.SIGKILL)
            child.wait(60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(60)
        site.hold = None
        site.release.set()
        killed = {d["canonical_url"][len(site.base_url):] for d in documents(db)}
        third_page = {a.path for a in site.by_column("gzdt")[16:]}
        assert not third_page & killed  # articles listed only deeper than the kill were never fetched
        assert not _complete_columns(db)

        # The rerun reads every column to its end again, though its first pages hold nothing new.
        site.reset()
        rerun = jobs.crawl(cfg)
        assert rerun["status"] == "ok"
        _check_store(site, db)
        assert rerun["totals"]["new"] == len(site.articles) - len(killed)
        assert site.count(lambda p: p in killed) == 0  # what the killed run stored is not fetched again

        # A third crawl is incremental again.
        site.reset()
        third = jobs.crawl(cfg)
        assert third["totals"]["new"] == 0
        assert site.count(lambda p: _is_article(site, p)) == 0 and site.count(_deep) == 0


def test_check_source_shows_columns_paging_and_articles(tmp_path: Path) -> None:
    with homesite.serving() as site:
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [homesite.source(site)]))
        proc = subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "check-source",
                               "qsrd", "--json", "--articles", "3"], capture_output=True, text=True, cwd=REPO,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        styles = {c["url"][len(site.base_url):]: c["style"] for c in report["columns"]}
        assert styles == {"/": "home", **{homesite.COLUMN_URLS[c]: homesite.STYLES[c] for c in homesite.COLUMN_URLS}}
        assert all(c["links"] > 0 for c in report["columns"])
        assert {s["reason"] for s in report["static"]} == {"static_page", "login_page"}
        assert {r["reason"] for r in report["refused"]} == {"calendar_trap", "facet_trap", "robots"}
        by_path = {a.path: a for a in site.articles}
        assert len(report["articles"]) == 3
        for art in report["articles"]:
            expected = by_path[art["url"][len(site.base_url):]]
            assert art["title"] == expected.title and art["published_at"][:10] == expected.day
        text = subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "check-source",
                               "qsrd", "--articles", "1"], capture_output=True, text=True, cwd=REPO, timeout=120)
        assert text.returncode == 0, text.stderr
        assert "从首页找到栏目 8 个" in text.stdout and "大汉 jpage" in text.stdout and "表单提交页码" in text.stdout


def test_page_budget_cuts_and_reports(tmp_path: Path) -> None:
    with homesite.serving() as site:
        cfg = config_mod.load(write_deployment(tmp_path / "deploy", [homesite.source(site, max_pages=40)]))
        result = jobs.crawl(cfg)
        counts = result["sources"]["qsrd"]
        db = Path(cfg.database_url.removeprefix("sqlite:///"))
        # The budget holds (robots.txt and sitemap.xml aside), the cut is counted and reported.
        assert len(site.hits) <= 40 + 2
        assert counts["dropped"]["page_budget"] > 0 and counts["unvisited"] >= counts["dropped"]["page_budget"]
        assert counts["unvisited_sample"]
        stored = {d["canonical_url"][len(site.base_url):] for d in documents(db)}
        assert stored and stored <= {a.path for a in site.articles}  # articles only, even when cut
        # A column whose walk the budget cut is not read to its end.
        assert len(_complete_columns(db)) < len(homesite.COLUMN_URLS)
