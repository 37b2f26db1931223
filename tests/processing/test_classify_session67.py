"""Failure kinds session 67 read in the train and dev parts' errors and in fresh sets read before import. A city's
leader named bare at the head of a headline on his province's portal (李亚平赴姑苏区调研… on 中国江苏网, 苏州's mayor
then) is his city's, as on his city's own sites: a province's portal carries its cities' reports as written. Each
positive case is a real headline of the corpus or one made from it by changing the words the rule reads; the forms
each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import derived_gold
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date))


def test_a_city_leader_named_bare_on_his_provinces_portal_is_his_citys() -> None:
    r = row("李亚平赴姑苏区调研更大力度推进古城保护")
    verdict = Classifier("320500").classify(item_of(r))
    assert verdict.actor is not None and verdict.actor.region is not None
    assert verdict.actor.region.code == "320500" and verdict.kind == derived_gold(r, "320500")


def test_a_city_leader_named_bare_on_another_provinces_portal_is_not_read() -> None:
    # (李亚平 was also 绵阳's CPPCC chairman, 2019-2024: on 浙江's portal the name is nobody's post there)
    verdict = _verdict("330000", "李亚平赴姑苏区调研更大力度推进古城保护", "浙江在线",
                       "http://zjnews.zjol.com.cn/system/2017/04/20/021500001.shtml", "2017-04-20")
    assert verdict.actor is None or verdict.actor.region is None or verdict.actor.region.code != "320500"


@pytest.mark.parametrize(("source", "url", "city"), [
    ("中国江苏网", "http://jsnews.jschina.com.cn/yc/a/202511/t20251120_1.shtml", "320900"),
    ("陕西网", "https://www.ishaanxi.com/c/2025/1120/1.shtml", "610600"),
])
def test_two_cities_leaders_of_one_name_are_told_apart_by_the_province_of_the_portal(source: str, url: str,
                                                                                   city: str) -> None:
    # (the table's 严汉平: 延安's mayor from 2021-12 and 盐城's from 2025-10, both open, in two provinces)
    verdict = _verdict("000000", "严汉平到经济开发区调研重点项目建设", source, url, "2025-11-20")
    assert verdict.actor is not None and verdict.actor.region is not None
    assert verdict.actor.region.code == city and verdict.actor.body == "government"
