"""Forms an adversarial review of session 54's rules (079077e..5cc988b) found misread, and what the mends keep: each
headline or site name is the reviewer's probe of a rule on words it was not written for."""

from __future__ import annotations

import pytest

from processing.classify import Classifier
from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a county's short that is a common word before a party organ's word is no county (公安, 新建, 振兴)
    ("350200", "全市公安党史学习教育推进会召开", "厦门日报", "https://www.xmnn.cn/a.html", "lower"),
    ("430700", "县委新建党校投入使用", "常德日报", "https://www.changdedaily.com/a.html", "lower"),
    ("430000", "服务乡村振兴政法机关在行动", "湖南日报", "https://hnrb.voc.com.cn/a.html", "lower"),
    # a city's NPC deputies at the national session (审议, 政府工作报告) sit in the province's delegation
    ("350000", "驻厦门全国人大代表审议政府工作报告", "福建日报", "http://fjrb.fjdaily.com/a.html", "internal"),
    # 巡视 as a patrol round is no party inspection
    ("350200", "我市开展输电线路防山火专项巡视", "厦门日报", "https://www.xmnn.cn/a.html", "lower"),
    # a body at a branch venue stays the actor (only a bare place is dropped for the meeting's owner)
    ("350203", "区人大常委会在分会场参加区人大代表履职培训", "思明人大", "http://www.smrd.gov.cn/a.html", "internal"),
])
def test_forms_the_review_found(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize("name", ["海西教育网", "阿里旅游网", "平安法治网", "公安法治网", "光明法治网"])
def test_brands_and_common_words_name_no_site_place(name: str) -> None:
    site = Classifier("350000").rules.locator.locate(name, "", "", None)
    assert site.division is None, site


@pytest.mark.parametrize(("name", "url"), [
    # 要闻 and 视频 under a counties' column are its sub-channels, not 义乌 or 双牌
    ("金华人大", "http://www.jhrd.gov.cn/qxdt/yw/a.html"),
    ("永州人大", "http://www.yzrd.gov.cn/qxdt/sp/a.html"),
])
def test_a_columns_own_sub_channel_names_no_county(name: str, url: str) -> None:
    site = Classifier("350000").rules.locator.locate(name, url, "", None)
    assert site.division is not None and site.division.level == "city", site


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # (second round) a unit's support for deputies is the unit's, not the congress's deputy work
    ("350200", "厦门海关支持和保障代表依法履职", "厦门日报", "https://www.xmnn.cn/a.html", "lower"),
    # a count of months is no count of stations
    ("350200", "湖里区人大代表联络站3个月接待群众百余人", "厦门日报", "https://www.xmnn.cn/a.html", "lower"),
    # a city's NPC deputies between sessions stay its deputies, in groups too
    ("420000", "武汉市全国人大代表分组开展闭会期间视察", "湖北人大网", "http://www.hppc.gov.cn/a.html", "lower"),
    # a body at a branch venue of a meeting whose owner is named ahead: the owner
    ("350200", "区人大常委会在分会场收听收看全市人大工作会议", "思明人大", "http://www.smrd.gov.cn/a.html", "internal"),
])
def test_forms_the_second_review_found(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("name", "code"), [
    # districts jieba calls words still name their own sites
    ("湖里教育网", "350206"), ("江夏教育网", "420115"), ("仙桃教育网", "429004"), ("天门政法网", "429006"),
])
def test_districts_that_are_also_words_keep_their_sites(name: str, code: str) -> None:
    site = Classifier("350000").rules.locator.locate(name, "", "", None)
    assert site.division is not None and site.division.code == code, site


@pytest.mark.parametrize("name", ["新东方在线", "新黄浦集团", "新合作网", "新海西网"])
def test_brands_beginning_with_new_name_no_place(name: str) -> None:
    assert Classifier("350000").rules.locator.locate(name, "", "", None).division is None
