"""The bundled sample sites crawled end to end: pagination, GBK, npc dates, each article once."""

from __future__ import annotations

from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app import jobs
from siqing.app.demo.sites import SampleSites, load_manifest
from tests.crawlers.sitekit import documents, last_run

pytestmark = pytest.mark.slow


def test_sample_sites_crawl(demo_config: config_mod.Config, sample_sites: SampleSites) -> None:
    result = jobs.crawl(demo_config)
    assert result["status"] == "ok"
    db = Path(demo_config.database_url.removeprefix("sqlite:///"))
    docs = documents(db)
    base = sample_sites.base_url
    stored: dict[str, list[dict]] = {}
    for d in docs:
        stored.setdefault(d["canonical_url"][len(base):], []).append(d)
    manifest = load_manifest()["articles"]
    # Every manifest article exactly once, and nothing else.
    assert sorted(stored) == sorted(a["url"] for a in manifest)
    assert all(len(v) == 1 for v in stored.values())
    for art in manifest:
        doc = stored[art["url"]][0]
        assert doc["title"] == art["title"], art["url"]  # GBK pages decoded, no mojibake
        if art["site"] == "npc":
            # npc pages carry the date only in the fbrq script variable.
            assert (doc["published_at"] or "")[:10] == art["published"], art["url"]
        for att in art["attachments"]:
            found = [a for a in doc["attachments"] if a["url"].endswith(att)]
            assert found and found[0]["text"], (art["url"], att)  # attachment text fetched
    counts = last_run(db)["counts"]["sources"]
    # TRS createPageHTML pagination on /sdrd/ (5 list pages), 下一页 on /lixia/ (2 pages).
    assert counts["demo-sdrd"]["pages_list"] == 5
    assert counts["demo-lixia"]["pages_list"] == 2
    assert all(not c["errors"] and not c["flags"] for c in counts.values())
    # A second crawl finds nothing new and changes nothing.
    again = jobs.crawl(demo_config)
    assert again["totals"]["new"] == 0 and again["totals"]["revised"] == 0
    assert len(documents(db)) == len(manifest)
