"""A level word (县长…, 团市委…, 市政协…会议) on a site whose place is unknown, placed by where the headline sends the body
or holds its meeting (session 53, 2026-12-03): a body goes down its own hierarchy, so the one place named below the
word's level, after 到/来/赴/在…, is inside the word's place (县长到水台镇调研: 水台镇's county, 新兴县). Real dev headlines
read by the homes the corpus labels them for, and forms the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.corpus_rows import read_by
from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("title", "home", "kind"), [
    # a county head visiting a town of his county (新兴文明网: a site no table places)
    ("县长袁伙月到水台镇棠下村调研指导乡村振兴工作", "445321", "lower"),
    ("县长袁伙月到水台镇棠下村调研指导乡村振兴工作", "445300", "lower"),
    # a city's youth league coming to one of its districts
    ("团市委副书记潘聪一行来秀洲开展互观互检活动", "330400", "lower"),
    ("团市委副书记潘聪一行来秀洲开展互观互检活动", "330402", "upper"),
    # a city's CPPCC session held in the city (a repost with no site)
    ("市政协十五届一次会议在南京人民大会堂隆重开幕", "320100", "lower"),
    # a municipality's mayor in one of its districts (a laboratory's site)
    ("发挥协和品牌影响力,打造医疗健康科技创新新高地——市长张工在静海区协和园项目现场开展调研", "120000", "lower"),
])
def test_a_level_word_no_site_settles_is_placed_by_where_it_goes(title: str, home: str, kind: str) -> None:
    got, gold, _ = read_by(title, home)
    assert got == gold == kind, (got, gold)


def test_the_guess_is_held_unsure() -> None:
    v = _verdict("445321", "县长袁伙月到水台镇棠下村调研指导乡村振兴工作", "新兴文明网", "http://www.xxwenming.com/a.html")
    assert v.path == "destination" and v.confidence <= 0.6


@pytest.mark.parametrize(("home", "title", "source", "url"), [
    # a visit to a place of the word's own level is a visit elsewhere (some city's mayor going to 南京)
    ("320100", "市长到南京调研", "人民网", "http://www.people.com.cn/a.html"),
    # the site's own place named by a relative word: the deputies are some city's, wherever they meet
    ("350100", "我市的省十三届人大代表在榕开展会前集中视察", "报告速", ""),
    # a town of a county-level city: its own mayor or the prefecture's, not told
    ("350581", "市长到安海镇调研", "某某网", ""),
])
def test_no_destination_guess(home: str, title: str, source: str, url: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.path != "destination" and v.kind == "external", (v.path, v.kind, v.reason)


def test_a_known_site_still_decides() -> None:
    # on a county's own site the word is the site's place, whatever town it goes to
    v = _verdict("445321", "县长到水台镇调研", "新兴县人民政府", "http://www.xinxing.gov.cn/a.html")
    assert v.path != "destination" and v.kind == "lower", (v.path, v.kind, v.reason)
