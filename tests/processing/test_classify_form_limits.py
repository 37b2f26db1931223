"""Where the forms read since bfa5a31 must not fire: the edges a review found, as headlines (written in the corpus's
forms; places and names real). Each names the form it bounds; the forms themselves are tested with real corpus rows
beside their rules (test_classify_news_forms, test_classify_provincial_leaders, test_classify_national_news…)."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item
from processing.regions import default_finder
from siqing.divisions import default_gazetteer


def verdict(home: str, title: str, source: str, url: str = "") -> tuple[str, float, str, str]:
    v = Classifier(home).classify(Item(title=title, source_name=source, url=url))
    return v.kind, v.confidence, v.reason, v.path


@pytest.mark.parametrize(("title", "source", "word"), [
    # a province's dateline is followed by words, not its counties (公安县, 平原县, 资源县, 江山市)
    ("湖北：公安机关破获特大电诈案", "新华网", "公安"),
    ("山东：平原地区麦收过半", "新华网", "平原"),
    ("广西：资源型城市转型", "新华网", "资源"),
    ("浙江：江山如此多娇", "新华网", "江山"),
    # nor by its counties whose short names are words of the province's news jieba counts often (路桥区, 天山区, 咸丰县,
    # 故城县, 江海区: a review's counter-examples to the dateline rule of cc17737)
    ("浙江：路桥建设提速", "新华网", "路桥"),
    ("新疆：天山雪莲", "新华网", "天山"),
    ("湖北：咸丰年间古建筑修缮", "新华网", "咸丰"),
    ("河北：故城遗址发掘", "新华网", "故城"),
    ("广东：江海联运", "新华网", "江海"),
    # a later phrase's head on a city's site: a common noun (港口区, 平原县) is no place
    ("数字赋能 港口物流提质增效", "南宁新闻网", "港口"),
    ("城市更新 平原地区防汛", "舜网", "平原"),
    # nor on a national site, whose table is the whole country's
    ("全国春耕 平原地区小麦长势良好", "人民网", "平原"),
])
def test_a_common_word_after_a_dateline_or_at_a_phrases_head_is_no_county(title: str, source: str, word: str) -> None:
    from processing.regions import site_region

    site = site_region(source).division
    assert not any(m.text == word and m.division is not None for m in default_finder.find(title, site))


def test_china_dot_at_the_start_names_the_place() -> None:
    kind, _conf, why, _path = verdict("350200", "中国·安溪铁观音茶文化节开幕", "看厦门")
    assert kind == "external" and "安溪县" in why


@pytest.mark.parametrize("title", ["王浩主任带队开展义诊", "医院开展义诊活动 王浩主任为群众送健康"])
def test_a_bare_post_after_a_leaders_name_must_be_one_he_held(title: str) -> None:
    # 王浩 was Zhejiang's governor: a 主任 of that name leading a clinic is someone else
    _kind, conf, why, _path = verdict("330100", title, "杭州网", "http://hznews.hangzhou.com.cn/2023/05/01/a.htm")
    assert "省长" not in why and conf < 0.8


@pytest.mark.parametrize("title", ["统计局发布：一季度规上工业增加值增长6.5%", "新能源车下乡 覆盖170城"])
def test_a_citys_statistics_stay_the_citys(title: str) -> None:
    kind, _conf, why, path = verdict("350200", title, "看厦门")
    assert kind == "lower" and path != "portal", why


@pytest.mark.parametrize("title", ["政府办公室关于5月1日起调整公交线路的通知", "法院：5月1日起施行新规"])
def test_a_placeless_local_organ_with_a_date_stays_unknown(title: str) -> None:
    _kind, conf, _why, path = verdict("350000", title, "某网")
    assert path == "unknown" and conf <= 0.3


@pytest.mark.parametrize(("title", "want"), [
    ("防汛救灾 市人大代表行动迅速", "lower"),  # deputies in action: theirs
    ("疫情防控 厦门人大代表行动起来", "lower"),
    ("厦门城乡人大代表述职月启动", "internal"),  # 城乡 names no town
])
def test_deputies_in_action_and_the_words_of_towns(title: str, want: str) -> None:
    assert verdict("350200", title, "看厦门")[0] == want


@pytest.mark.parametrize("title", ["美国商会发布在华营商环境报告", "非洲商会在厦成立"])
def test_a_foreign_chamber_is_no_overseas_chinese_association(title: str) -> None:
    assert "海外华侨华人社团" not in verdict("350200", title, "看厦门")[2]


@pytest.mark.parametrize("title", ["中国与俄联邦签署联合声明", "中国同苏联建交七十五周年", "全民健身 体育中国队夺冠"])
def test_the_nation_stays_the_nation(title: str) -> None:
    # (not an organisation 中国…联, not a slogan: the nation word itself is the actor)
    v = Classifier("350000").classify(Item(title=title, source_name="新华网", url="http://www.news.cn/a.htm"))
    assert v.actor is not None and v.actor.text == "中国" and v.actor.region is not None, v.reason
    assert v.actor.region.level == "nation"


def test_a_central_companys_site_is_held_unsure() -> None:
    kind, conf, why, _path = verdict("350000", "水洛河引水工程惠及39户藏族村民", "中国华电集团有限公司")
    assert kind == "external" and conf < 0.8 and "中央企业" in why


@pytest.mark.parametrize(("title", "home"), [("福建恒安集团捐资助学", "350500"), ("江苏沙钢集团召开年会", "320500")])
def test_a_company_named_by_the_provinces_name_alone_is_not_seated_in_the_capital(title: str, home: str) -> None:
    # (福建恒安 is in 晋江, 沙钢 in 张家港): no capital read for them
    capital = default_gazetteer.get(home[:2] + "0100")
    assert capital is not None
    assert capital.name not in verdict(home, title, "东南网")[2]


@pytest.mark.parametrize("title", [
    "《成都市龙泉山城市森林公园保护条例》（送审稿）公开征求意见",  # a draft: whose it is varies
    "《成都市物业管理条例》宣传活动走进社区 武侯区住建局",  # another body's act about it
    "《成都市志愿服务条例》实施细则出台",  # the government's implementing rules
])
def test_a_regulation_at_the_head_is_the_congresss_only_when_said_of_itself(title: str) -> None:
    kind, _conf, why, _path = verdict("510100", title, "成都市人民政府门户网站", "http://www.chengdu.gov.cn/a.html")
    assert kind != "internal", why


@pytest.mark.parametrize(("title", "home"), [
    ("杭州市西湖、千岛湖游客爆满", "330106"),  # a list after the city's name in full: the lake
    ("广州市天河体育中心举办赛事", "440106"),  # a noun made of a verb (体育): a thing's name
    ("上海市浦东发展银行召开会议", "310115"),
])
def test_a_name_after_a_citys_full_name_is_no_county_before_a_pause_or_a_things_name(title: str, home: str) -> None:
    from processing.regions import default_finder

    assert all(m.division is None or m.division.level != "county" for m in default_finder.find(title)), title


def test_deputies_inspecting_under_their_committee_are_its_work() -> None:
    kind, _conf, why, _path = verdict("330300", "人大代表在市人大常委会组织下视察重点项目", "温州人大",
                                      "http://wzrd.wenzhou.gov.cn/art/2021/1/15/a.html")
    assert kind == "internal", why
