"""Failure kinds session 69 read in the train and dev parts' errors. A known leader's act the press writes less often
than 调研 or 会见 (某某开展…专题调研, 某某一线督战…, 某某联系人大代表调研…) makes the leader lead, as the acts already
listed do. Each positive case is a real headline of the corpus or one made from it by changing the words the rule
reads; the forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.actors import LEADER_ACTS
from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date))


def _region(verdict: Verdict) -> str | None:
    actor = verdict.actor
    return None if actor is None or actor.region is None else actor.region.code


@pytest.mark.parametrize("title", ["黎作凤一线督战防汛抗灾", "黎作凤一线检查防汛工作"])
def test_a_leader_at_the_front_line_leads(title: str) -> None:
    # (the row has no date: 黎作凤 is read by her latest post in the tables, 岳阳市政协主席, above 湘阴 as the county
    # secretary the page names her is; before, the site's county government was read)
    r = row("黎作凤一线督战防汛抗灾")
    verdict = _verdict("430624", title, r["source_name"], r["url"], r.get("published_at") or "")
    assert verdict.kind == r["labels"].get("430624", {}).get("kind", "upper") and "黎作凤" in verdict.reason


def test_a_city_secretary_carrying_out_a_survey_leads() -> None:
    r = row("陈岸明开展“百千万工程”专题调研 以等不起慢不得的紧迫感 推动“头号工程”加力提速")
    verdict = Classifier("440783").classify(item_of(r))  # 开平, the site's county-level city
    assert verdict.kind == "upper" and _region(verdict) == "440700"


def test_a_congress_director_contacting_deputies_leads() -> None:
    r = row("李健联系人大代表调研润州人大工作")
    verdict = Classifier("321100").classify(item_of(r))  # 镇江: its own congress's director, not 润州's deputies
    assert verdict.kind == "internal"


@pytest.mark.parametrize(("words", "acts"), [("开展专题调研", True), ("开展“百千万工程”专题调研", True), ("一线督战", True),
                                            ("联系人大代表调研", True), ("开展工作", False), ("一线工人", False),
                                            ("联系电话", False), ("指导员", False)])
def test_the_added_acts_need_what_makes_them_acts(words: str, acts: bool) -> None:
    # (开展 needs a survey or an inspection within a few words, 一线 an act, 联系 the people contacted)
    assert (LEADER_ACTS.match(words) is not None) is acts


def test_a_provincial_group_named_by_its_level_word_is_the_sites_province() -> None:
    r = row("省调研组来漳州调研统战工作 望各级妇联继续加大学习")
    verdict = Classifier("350200").classify(item_of(r))  # on 东南网, 福建's portal: 福建's group, above 厦门
    assert verdict.kind == "upper" and _region(verdict) == "350000"


def test_a_group_named_by_nothing_that_comes_to_a_province_is_the_nations() -> None:
    r = row("调研组来江苏调研交通运输工作")
    verdict = Classifier("350200").classify(item_of(r))
    assert verdict.kind == "upper" and _region(verdict) == "000000"


@pytest.mark.parametrize(("title", "region"), [("调研组来漳州调研统战工作", "350600"),  # (a city: the group's level unknown)
                                               ("市督查组来我县督查安全生产", "341500")])
def test_a_bare_group_coming_to_a_city_or_named_by_the_citys_level_is_not_the_nations(title: str, region: str) -> None:
    verdict = _verdict("350200", title, "霍山县人民政府" if "我县" in title else "漳州新闻网",
                       "http://www.huoshan.gov.cn/a.html" if "我县" in title else "http://www.zznews.gov.cn/a.html",
                       "2018-07-20")
    assert _region(verdict) == region


@pytest.mark.parametrize(("title", "kind"), [("意气风发 为民代言 市人大代表报到", "internal"), ("市人大代表报到", "internal"),
                                             ("市人大代表报到进站 倾听群众呼声", "lower")])
def test_deputies_registering_with_no_time_word_are_the_session(title: str, kind: str) -> None:
    # (a fresh set's row, zzzp, on 杭州网's 2023 两会 channel: deputies registering for the city's session; registering
    # at a liaison station is their own work in the city)
    verdict = _verdict("330100", title, "杭州网", "https://z.hangzhou.com.cn/2023/hzlh/content/content_8473728.htm",
                       "2023-01-10")
    assert verdict.kind == kind
