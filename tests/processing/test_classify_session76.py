"""Failure kinds session 76 read in the train and dev parts' errors and in fresh sets read before import. A relative
level word right after a count (督办17件市人大代表建议 on a district's site) begins the counted body's name: the city's
deputies' proposals, not the district's. A city's deputies to the province's congress handing in bills or going to the
session (我市省人大代表向大会提交议案建议65件) are the province's congress at work, as when they review the province's
government report. Each positive case is a real headline of the corpus or of a fresh set; the forms each fix must leave
alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


@pytest.mark.parametrize(("home", "kind"), [("350100", "internal"), ("350111", "upper")])
def test_a_relative_level_word_after_a_count_names_the_counted_body(home: str, kind: str) -> None:
    # 晋安新闻网 (福州's 晋安区): the city's deputies' proposals the city's congress supervises
    v = Classifier(home).classify(item_of(row("今年重点督办17件市人大代表建议 让代表建议从“纸上”落实到“地上”")))
    assert v.kind == kind
    assert v.actor is not None and v.actor.region is not None and v.actor.region.code == "350100"


@pytest.mark.parametrize(("title", "code"), [
    ("3名省人大代表到我区视察", "350000"),  # (made alike) the province's deputies, not the district's
    ("区人大代表建议督办会召开", "350203"),  # the district's own, as before (made alike)
    ("今年重点督办17件区人大代表建议", "350203"),
])
def test_a_count_before_a_level_word_on_a_districts_site(title: str, code: str) -> None:
    v = _verdict("350203", title, "思明区人大", "http://www.smrd.gov.cn/a.html")
    assert v.actor is not None and v.actor.region is not None and v.actor.region.code == code


@pytest.mark.parametrize("home", ["350000", "350400"])
def test_a_citys_provincial_deputies_handing_in_bills_sit_at_the_provinces_session(home: str) -> None:
    # 三明市人民政府: 三明's delegation at the province's session: internal for the province and for the city alike
    v = Classifier(home).classify(item_of(row("我市省人大代表向大会提交议案建议65件")))
    assert v.kind == "internal"


@pytest.mark.parametrize(("title", "kind"), [
    ("我州省人大代表顺利抵长参会", "internal"),  # (the province's session they go to: 湘西's paper)
    ("我州省人大代表开展集中视察", "lower"),  # (made alike) the deputies on their own in the prefecture
])
def test_a_prefectures_provincial_deputies_going_to_the_session(title: str, kind: str) -> None:
    v = _verdict("430000", title, "湘西州人大", "http://www.xxz.gov.cn/a.html")
    assert v.kind == kind


@pytest.mark.parametrize("home", ["350000", "420106"])
def test_a_national_meetings_edition_keeps_it_the_nations_where_it_is_held(home: str) -> None:
    # a national exchange held in 重庆, its edition before it: the nation's (the water ministry's), not 重庆's
    v = Classifier(home).classify(item_of(row("第十四届全国对口支援三峡库区经贸洽谈会在重庆召开")))
    assert v.kind == "upper"


@pytest.mark.parametrize("title", [
    "首届中国多浆(多肉)植物展在青州开幕 展期三天",  # a show of the nation's name held in a city: the city's, as before
    "第十七届全国省际钢结构行业组织经济技术协作会成功召开",  # no meeting word the national ones have: as before
])
def test_an_edition_before_other_occasions_changes_nothing(title: str) -> None:
    v = Classifier("350000").classify(item_of(row(title)))
    assert v.kind == "external"
