"""The news outlets table (processing/data/news_outlets.tsv): outlets whose names do not say their place, each placed
by a page that says so; a site of that name is placed by the table before its name's words are read."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from processing.regions import NEWS_OUTLETS_FILE, news_outlets, site_region
from siqing.divisions import default_gazetteer


def table_rows() -> list[list[str]]:
    lines = NEWS_OUTLETS_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["name", "code", "place", "evidence_url"]
    return [x.split("\t") for x in lines[1:]]


def test_every_outlet_has_a_division_and_a_public_page() -> None:
    rows = table_rows()
    assert len(rows) >= 150
    assert len({r[0] for r in rows}) == len(rows), "an outlet is listed twice"
    for name, code, place, url in rows:
        d = default_gazetteer.get(code)
        assert d is not None and d.full_name == place, f"{name}: {code} is not {place}"
        assert d.level != "nation", f"{name}: a national outlet names no place"
        assert urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname, f"{name}: {url}"


def test_no_outlet_rests_on_a_page_of_the_test_part() -> None:
    # a table built from the test part's own pages would be tuned on it: no evidence page is on a host of a test-part
    # headline (only hosts are compared; no test row is read otherwise or shown)
    from processing.model import DATA_DIR, HEADLINES

    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").lower().removeprefix("www.")

    rows = [json.loads(x) for x in (DATA_DIR / HEADLINES).read_text(encoding="utf-8").splitlines() if x.strip()]
    # (a test row's site, its registrable domain: a sibling host, hot.dzwww.com beside sd.dzwww.com, is the same site)
    test_sites = {str(r.get("site") or host(r["url"])).lower() for r in rows if r.get("split") == "test" and r.get("url")}
    shared = sum(any(h == site or h.endswith("." + site) for site in test_sites)
                 for h in (host(r[3]) for r in table_rows()))
    assert test_sites and shared == 0, f"{shared} evidence pages are on test-part headlines' sites"


@pytest.mark.parametrize(("name", "url", "place"), [
    ("民主协商报", "http://mzxsb.com/mzxsb/20220110/html/content_20220110001001.htm", "甘肃省"),  # 甘肃省政协
    ("城市信报", "", "山东省青岛市"),  # a provincial group's metro paper: the city it covers
    ("民主协商报", "http://mzxsb.com/mzxsb/20220110/html/content_20220110001001.htm", "甘肃省"),  # 甘肃省政协
    ("新闻晨报", "https://news.shxwcb.com/559531.html", "上海市"),
    # a name that reads as another place (江海区, 金山区, 东方市) is the outlet's
    ("江海晚报", "", "江苏省南通市"),
    ("金山网", "http://news.jsw.com.cn/zhuanti/2014-03/13/content_3014419.htm", "江苏省镇江市"),
    ("东方早报", "", "上海市"),
    # its name before a bracket (an edition's or channel's name after it)
    ("春城晚报(数字报)", "", "云南省"),
])
def test_an_outlet_is_placed_by_the_table(name: str, url: str, place: str) -> None:
    got = site_region(name, url)
    assert got.division is not None and got.division.full_name == place and got.how == "name"


def test_a_longer_name_that_begins_with_an_outlets_is_not_it() -> None:
    assert news_outlets().get("民主协商报") == "620000"
    # an outlet's name is matched whole or before a separator, never as the start of a longer word
    assert site_region("民主协商报-数字报", "").division.code == "620000"  # type: ignore[union-attr]
    got = site_region("民主协商报告厅", "")
    assert got.division is None or got.division.code != "620000"


@pytest.mark.parametrize(("name", "place"), [("鲁网·潍坊", "山东省潍坊市"), ("春城晚报-昆明", "云南省昆明市")])
def test_a_channel_named_after_an_outlets_name_is_the_channels(name: str, place: str) -> None:
    got = site_region(name, "")
    assert got.division is not None and got.division.full_name == place


def test_an_outlets_name_on_a_host_of_another_country_is_not_the_outlet() -> None:
    # (a Sydney site named like 羊城晚报's 新快网, the corpus's dev part: not 广东's)
    assert site_region("鲁网", "https://www.example.com.au/a.html").division is None
    assert site_region("鲁网", "https://www.example.com/a.html").division.code == "370000"  # type: ignore[union-attr]
