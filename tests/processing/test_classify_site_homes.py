"""Homes reading their own sites: a deployment for any home crawls its own congress's, government's and papers'
pages, where a level word names the province above, a unit named after the city is the site's own, and a town's
congress is a congress inside the county. Real headlines of the corpus's tuning parts (tests/processing/corpus_rows),
read by the home whose site published them, and forms of the same kind."""
from __future__ import annotations

import pytest

from processing.classify import Classifier, Verdict
from processing.evaluate import item_of
from processing.pipeline import Item
from processing.regions import RELATIVE
from siqing.divisions import default_gazetteer
from tests.processing.corpus_rows import derived_gold, tuning_row


def verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


# A province's own units and cadres, named at the head by the bare level word on a city's or district's site (省直
# 事业单位, 省管干部, 省公园办, 省防汛办): the province's, not the site's place's.
@pytest.mark.parametrize("title", ["省直事业单位今年招聘1303人", "省管领导干部任前公示", "省公园办一行到大龙山国家森林公园调研"])
def test_a_provinces_units_named_by_its_level_word_on_a_local_site(title: str) -> None:
    row = tuning_row(title)
    home = row["site_region"]
    assert derived_gold(row, home) == "upper"
    v = Classifier(home).classify(item_of(row))
    assert (v.kind, v.actor.region.level if v.actor and v.actor.region else None) == ("upper", "province"), v.reason
    # for a home in another province the same headline is another province's
    assert Classifier("420100").classify(item_of(row)).kind == "external"


@pytest.mark.parametrize(("text", "relative"), [
    ("省直机关工委召开会议", True), ("市直机关开展志愿服务", True), ("省管干部任前公示", True), ("省防汛办部署防汛工作", True),
    ("省消防总队开展演练", True),
    # other words that begin with 省 or 市 are no level word: saving money, the provincial capital, live streaming,
    # a province's measures (办法)
    ("省钱攻略来了", False), ("省会城市排名出炉", False), ("市直播带货大赛举行", False), ("省办法出台", False),
    ("省直接管理的项目", False),
])
def test_head_level_words_before_units_and_cadres(text: str, relative: bool) -> None:
    assert bool(RELATIVE.match(text)) is relative, text


# A university's unit named after its city, on the university's own site in one of the city's districts: inside that
# district (泉州校区 of 华侨大学, in 丰泽区; 秦皇岛市大学生… on 燕山大学's site, in 海港区).
@pytest.mark.parametrize("title", ["泉州校区：华大师生在紫荆园共栽储植树苗",
                                   "关于组织申报2018年度秦皇岛市大学生科技创新创业专项资金项目暨第二届燕山大学创客大赛项目征集的预通知"])
def test_a_unit_named_after_its_city_on_a_site_inside_it_is_the_sites(title: str) -> None:
    row = tuning_row(title)
    home = row["site_region"]
    assert Classifier(home).classify(item_of(row)).kind == derived_gold(row, home) == "lower"


def test_a_city_unit_that_goes_elsewhere_stays_the_citys() -> None:
    # the same unit visiting (一行…来…) is a visitor: not the site's own
    v = verdict("130302", "秦皇岛市大学生创业团队一行来燕山大学交流", "燕山大学", "http://notice.ysu.edu.cn/info/2080/1.htm")
    assert v.actor is not None and v.actor.region is not None and v.actor.region.code != "130302", v.reason


# A town's congress coded at its county (the corpus codes towns at their county): a congress inside the county for
# that county (RUBRIC: people's congresses of the townships within R are 下情), not the county's own; the county
# congress's agency in a street (人大某街道工委) is the county's own.
def test_a_towns_congress_coded_at_its_county_is_inside_it() -> None:
    row = tuning_row("面对面听民意 心连心促发展——双凤镇人大开展“代表接待选民日”活动")
    assert derived_gold(row, row["actor"]["region"]) == "lower"
    assert Classifier(row["site_region"]).classify(item_of(row)).kind == "lower"
    own = {"name": "太仓市人大常委会", "region": "320585", "type": "congress_committee"}
    agency = {"name": "滨海新区人大塘沽街道工委", "region": "120116", "type": "congress_committee"}
    plenary = {"name": "沙溪镇第十八届人民代表大会", "region": "320585", "type": "congress_plenary"}
    assert derived_gold({"actor": own}, "320585") == "internal"
    assert derived_gold({"actor": agency}, "120116") == "internal"
    assert derived_gold({"actor": plenary}, "320585") == "lower"
    # for the city above it the town's congress is inside all the same
    assert derived_gold({"actor": plenary}, "320500") == "lower"


# A level word inside a body's name found with no place (团省委, 民盟省委会, 自治区司法厅), on a city's or county's site:
# that level's body, read from the site (the province above), not the site's own place's.
@pytest.mark.parametrize(("title", "home"), [
    ("团省委召开常委(扩大)会议传达学习省“两会”精神", "350200"),
    ("民盟省委会召开全会", None),
    ("自治区司法厅副厅长帕热哈提·吐拉洪一行来阿勒泰市就司法行政工作进行调研", None),
])
def test_a_level_word_inside_a_bodys_name_is_that_level_above_the_site(title: str, home: str | None) -> None:
    row = tuning_row(title)
    home = home or row["site_region"]
    v = Classifier(home).classify(item_of(row))
    assert v.kind == derived_gold(row, home) == "upper", v.reason
    assert v.actor is not None and v.actor.region is not None and v.actor.region.level == "province"


def test_a_named_province_before_a_department_is_no_level_word() -> None:
    # 学校组团赴湖北省农业厅…: a school visits the named province's department; Wuhan reads it as another unit's act
    row = tuning_row("学校组团赴湖北省农业厅开展科学技术创新交流")
    assert Classifier("420100").classify(item_of(row)).kind == row["labels"]["420100"]["kind"] == "external"


@pytest.mark.parametrize(("text", "level"), [("王儒林书记对省残联的请示作出批示", "province"), ("市侨联召开全委会", "city"),
                                             ("省作协主席王跃文来永州", "province"), ("城市侨联工作", None)])
def test_a_level_word_before_a_peoples_organisation(text: str, level: str | None) -> None:
    # read on a county's site in 岳阳 (湖南): 省 is Hunan, 市 is 岳阳; 城市 is no level word
    finder = Classifier("430621").rules.actors.finder
    site = default_gazetteer.get("430621")
    found = [m.division.level for m in finder.find(text, site) if m.how == "relative" and m.division is not None]
    assert (found[0] if found else None) == level, text
