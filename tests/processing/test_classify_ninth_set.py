"""Failure kinds the ninth fresh set (2026-12-03, 48 headlines from 39 public bodies' and news sites new to the corpus,
now dev) showed, each fixed in general and tested on the real headline that showed it, with forms the fix must leave as
they were (processing/models/data/NOTICE: raw/h99zzzzzzzzzzzzzzoa..oc)."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict

PRAISED = ("喜报!运城市2023年“全国科普日”活动受到中国科协通报表扬", "山西科技新闻网",
           "http://yc.sxkjnews.com/ycnews/show.php?itemid=8190")


@pytest.mark.parametrize(("home", "kind"), [("140800", "lower"), ("350000", "external"), ("420106", "external")])
def test_the_praised_acts_not_the_praiser(home: str, kind: str) -> None:
    # 受到中国科协通报表扬: 运城's activity is praised; the national association praising it is no actor
    v = _verdict(home, *PRAISED)
    assert v.kind == kind and v.actor is not None and v.actor.region is not None \
        and v.actor.region.code == "140800", v.reason


def test_a_praiser_named_in_full_before_its_word_and_a_praiser_as_subject() -> None:
    # (受到国务院办公厅通报表扬: 办公厅's word is read from 到 on; the city's own cases are praised)
    v = _verdict("350200", "我市3个案例受到国务院办公厅通报表扬", "厦门市人民政府", "http://www.xm.gov.cn/a.htm")
    assert v.kind == "lower", v.reason
    # (获得 as well as 受到)
    won = _verdict("140800", "运城市科普日活动获得中国科协通报表扬", "山西科技新闻网", "http://yc.sxkjnews.com/a")
    assert won.kind == "lower", won.reason
    # (the State Council's office praising as the subject acts: 上情)
    subject = _verdict("350200", "国务院办公厅通报表扬我市3个案例", "厦门市人民政府", "http://www.xm.gov.cn/a.htm")
    assert subject.kind == "upper", subject.reason


def test_a_chain_of_places_beside_a_national_occasion_is_its_most_specific() -> None:
    # 全国科普日张家口市张北县主场活动: the county's event on the national day, not its city's
    v = _verdict("130722", "2020年全国科普日张家口市张北县主场活动正式启动", "张家口市科学技术协会",
                 "http://zjkast.org.cn/detail920.html")
    assert v.kind == "lower" and v.actor is not None and v.actor.region is not None \
        and v.actor.region.code == "130722", v.reason
    city = _verdict("130700", "2020年全国科普日张家口市张北县主场活动正式启动", "张家口市科学技术协会",
                    "http://zjkast.org.cn/detail920.html")
    assert city.kind == "lower", city.reason
