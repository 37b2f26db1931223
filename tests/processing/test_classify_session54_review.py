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
