"""NPC deputies by RUBRIC.md's delegation rows (lines 46-47) and visiting-delegation row (line 50).

- A national deputy named with no place on a city's or county's site (全国人大代表孙兵 on 荆门市人民政府) sits in
  the province's delegation: that province's deputy (上情 for a city of the province, 外情 elsewhere), and for the
  province itself its own delegation at the congress above (内情), as the corpus's gold codes it.
- NPC deputies of 台湾省, 香港 or 澳门 leading a headline (…调研组来我市调研, …来我县视察, …赴广东省调研) are the
  visitors, from a region neither above nor inside any home: 外情, never the nation (上情) nor the place visited.

Cases are real train/dev rows of the headline corpus (gold recoded by hand on 2026-11-29, NOTICE "Gold corrections
of 2026-11-29 ~14:50 UTC"); the test part is never read here.
"""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item
from processing.evaluate import item_of
from tests.processing.corpus_rows import derived_gold
from tests.processing.corpus_rows import tuning_row as row

HOMES = ("350000", "420000", "350200", "420100", "350500", "350203", "350502", "420106")




@pytest.mark.parametrize("title", [
    "全国人大代表孙兵：支持产粮大县加快发展",  # 荆门市人民政府, 2018-03-17 (dev)
    "台湾省全国人大代表调研组来我市调研",  # 长春市人大常委会 (dev)
    "香港特区全国人大代表来我县视察",  # 安吉新闻网 (train)
    "香港全国人大代表赴广东省调研(组图三)",  # 中国人大网 (train)
])
def test_npc_deputies_follow_gold_for_every_home(title: str) -> None:
    r = row(title)
    for home in HOMES:
        v = Classifier(home).classify(item_of(r))
        assert v.kind == r["labels"][home]["kind"], (home, v.reason)


def test_the_expected_kinds() -> None:
    r = row("全国人大代表孙兵：支持产粮大县加快发展")
    assert [Classifier(h).classify(item_of(r)).kind for h in ("420000", "420100", "350000")] == [
        "internal", "upper", "external"]
    r = row("台湾省全国人大代表调研组来我市调研")
    assert {Classifier(h).classify(item_of(r)).kind for h in HOMES} == {"external"}


def test_a_county_site_deputy_is_the_province_s() -> None:
    """A county site of another province: that province's deputy, 外情 for Hubei and Fujian homes alike."""
    item = Item(title="全国人大代表张三：建议加快乡村振兴", source_name="安吉新闻网",
                url="http://ajnews.zjol.com.cn/ajnews/system/2018/03/14/1.shtml", published_at="2018-03-14")
    v = Classifier("420000").classify(item)
    assert v.kind == "external" and v.actor is not None and v.actor.region is not None
    assert v.actor.region.code == "330000", v.reason


def test_mainland_visitors_and_other_hong_kong_words_are_not_caught() -> None:
    # a Hong Kong society visiting Hunan is met by Hunan's leaders: not a member of a congress from outside
    r = row("香港湖南联谊总会暨港湘青年交流考察团来湘 杜家毫、许达哲、李微微与张晓明座谈")
    assert "港澳台" not in Classifier("420000").classify(item_of(r)).reason
    # 福建省全国人大代表 visiting 福州: the province's own deputies (内情 for 福建省), not an outside visitor
    r = row("福建省全国人大代表来榕开展集中视察活动")
    assert Classifier("350000").classify(item_of(r)).kind == r["labels"]["350000"]["kind"] == "internal"


@pytest.mark.parametrize(("title", "home", "want"), [
    # a place's whole deputy work, run by its standing committee: 内情 for that place's home
    ("昆明市已建成1146个“线上+线下”代表工作站", "530100", "internal"),
    ("四川“直选代表述职月”活动启动", "510000", "internal"),
    ("应希克主任牵头召开市人大代表联络总站提升工作座谈会", "330381", "internal"),
    ("恩施州“五微”代表行动的履职答卷", "422800", "internal"),
    # deputies "in action" and one town's station are theirs: 下情
    ("察民情惠民生助力百千万,佛山人大代表在行动", "440600", "lower"),
    ("中新镇人大代表中心联络站揭牌", "440118", "lower"),
])
def test_a_places_whole_deputy_work_is_its_standing_committees(title: str, home: str, want: str) -> None:
    r = row(title)
    assert derived_gold(r, home) == want  # (the hand-made gold for that home)
    assert Classifier(home).classify(item_of(r)).kind == want


@pytest.mark.parametrize(("title", "home"), [
    ("江门市5位全国人大代表昨抵京履职 将关注粤港澳大湾区基础设施互联互通等领域", "440700"),  # 江门日报 (dev)
    ("十三届全国人大一次会议昨日闭幕 记者连线我市全国人大代表", "441200"),  # 肇庆市人民政府 (dev)
    ("我州全国人大代表返回延吉", "222400"),  # 延边朝鲜族自治州人大常委会 (dev)
])
def test_a_citys_npc_deputies_are_its_deputies_not_its_delegation(title: str, home: str) -> None:
    # the NPC seats provinces' delegations: a city's NPC deputies are the city's deputies acting (下情), as gold has these
    # three (gold is split: two dev rows, of 大连 and 永州, have 上情)
    r = row(title)
    v = Classifier(home).classify(item_of(r))
    assert v.kind == derived_gold(r, home) == "lower", v.reason


def test_a_provinces_npc_deputies_stay_its_own_delegation() -> None:
    # (the rule itself: a province's NPC deputies are its delegation, a city's are not)
    from siqing.divisions import default_gazetteer
    jiangxi, jiangmen = default_gazetteer.get("360000"), default_gazetteer.get("440700")
    assert Classifier("360000").rules._delegation_kind(jiangxi, "江西省全国人大代表") == ("internal", "本级代表团")
    assert Classifier("440700").rules._delegation_kind(jiangmen, "江门市全国人大代表")[0] == "lower"
    assert Classifier("440700").rules._delegation_kind(jiangmen, "江门代表团")[0] == "internal"


@pytest.mark.parametrize(("title", "home", "want"), [
    # real text as published (news.cnhubei.com, 2018-01-29): the deputies a province elects, in the law's full words
    ("选举产生118名湖北省出席第十三届全国人民代表大会代表", "420000", "internal"),
    ("选举产生118名湖北省出席第十三届全国人民代表大会代表", "420500", "upper"),
    # the same session words between a place and its delegation (the corpus's 出席…的内蒙古代表团 in the other order)
    ("福建省出席十四届全国人大二次会议代表团抵京", "350000", "internal"),
    ("福建省出席十四届全国人大二次会议代表团抵京", "350200", "upper"),
    ("福建省出席十四届全国人大二次会议代表团抵京", "420000", "external"),
    # a city's deputies written 我市选出的 (the dev row 我市10名全国人大代表抵京赴盛会's words with the law's)
    ("我市选出的全国人民代表大会代表抵京赴盛会", "210200", "lower"),
])
def test_the_npc_and_its_deputies_in_the_laws_full_words(title: str, home: str, want: str) -> None:
    src = {"420000": "荆楚网", "420500": "荆楚网", "210200": "大连新闻网"}.get(home, "福建日报")
    v = Classifier(home).classify(Item(title=title, source_name=src, published_at="2024-03-01"))
    assert v.kind == want, v.reason


def test_a_delegation_by_its_session_still_needs_a_place_before_it() -> None:
    # (no place before, or 出席 the verb: the session's delegations as a whole, or a meeting attended, are no place's)
    from processing.actors import default_actor_finder
    norm = default_actor_finder.normalise
    assert norm("出席十四届全国人大二次会议代表团全部抵京") == "出席十四届全国人大二次会议代表团全部抵京"
    assert norm("全体出席十四届全国人大二次会议代表团成员") == "全体出席十四届全国人大二次会议代表团成员"
    assert norm("热烈欢送出席省十四届人大一次会议代表") == "热烈欢送出席省十四届人大一次会议代表"
    assert norm("市委书记出席市人大代表座谈会") == "市委书记出席市人大代表座谈会"
    assert norm("福建省出席十四届全国人大二次会议代表团抵京") == "福建省代表团抵京"
    # a lower congress's deputies keep its level (我市…省人大代表: the city's deputies to the province's congress)
    assert norm("我市出席省十四届人大一次会议代表集中培训") == "我市省人大代表集中培训"
