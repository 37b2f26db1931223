"""Failure kinds session 73 read in the train and dev parts' errors and in fresh sets read before import. A slogan
leading in before the headline's own clause, set off by a dash or a space (楚天智海遇知音------湖北省图书馆举办…,
奋力建设“福建‘芯’小镇…” 中共晋江市新塘街道…), names a place as its theme; the clause after it names who acts by its own
place. A series' part named by its place at the end (…巡礼.惠安篇) is about that place. Several places' delegations
listed before 代表团 are the first-named's; a county's towns' sessions all together are bodies inside the county. Each
positive case is a real headline of the corpus or of a fresh set; the forms each fix must leave alone are real ones or
made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


@pytest.mark.parametrize(("title", "home", "kind"), [
    # a town's party members' congress in 晋江, not 福建 (the slogan's theme)
    ("奋力建设“福建‘芯’小镇 环湾后花园” 中共晋江市新塘街道 2022年度党员代表会议召开", "350500", "lower"),
    ("奋力建设“福建‘芯’小镇 环湾后花园” 中共晋江市新塘街道 2022年度党员代表会议召开", "350203", "external"),
    # the provincial library (in 武汉) holds a show, not 湖北 by its poetic name 楚天
    ("百廿风华启新程,楚天智海遇知音------湖北省图书馆举办“湖北地方特色精选报刊展”", "420100", "lower"),
    # 绵阳's airport, not 内蒙古 its new route reaches
    ("首次通航内蒙古 绵阳机场夏航季航线通达36城", "510000", "lower"),
])
def test_a_slogans_place_is_its_theme_the_clause_after_it_names_who_acts(title: str, home: str, kind: str) -> None:
    assert Classifier(home).classify(item_of(row(title))).kind == kind


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # a place tag before a space, then a sight in quotes (a real row on 齐鲁晚报网): still 济南's
    ("济南 “佛山倒影”将不再难得一见", "齐鲁晚报网", "http://www.qlwb.com.cn/2018/0317/1223343.shtml", "370000", "lower"),
    # two places joined by one dash: the first-named place's joint meeting (a real row on 莱西新闻)
    ("莱西市—两当县东西部协作党政联席会议召开", "莱西新闻", "http://laixinews.com/epaper/Html/2024-04-09/69833.html",
     "370000", "lower"),
    # a slogan naming a unit before a space is not a theme: the unit leads (made alike)
    ("武汉大学 湖北省教育厅领导来校调研", "武汉大学", "http://news.whu.edu.cn/info/1002/1.htm", "420106", "lower"),
])
def test_place_tags_joint_meetings_and_units_before_a_space_are_left_alone(
        title: str, source: str, url: str, home: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("title", "home", "kind"), [
    ("福建老区县发展巡礼.惠安篇", "350500", "lower"),  # 惠安's part of 福建's series: 泉州's county, not 福建
    ("福建老区县发展巡礼.惠安篇", "350203", "external"),
    ("特色经济赋能民富县强(礼赞新中国 出彩大中原·南阳篇)", "410000", "lower"),  # 南阳's part, inside 河南 (中原)
])
def test_a_series_part_named_by_its_place_is_about_that_place(title: str, home: str, kind: str) -> None:
    assert Classifier(home).classify(item_of(row(title))).kind == kind


def test_a_series_part_not_inside_the_series_place_is_left_alone() -> None:
    # a town's interview of a county's series names no place before it (a real dev row): the county's towns' party
    # committees, not a county 和平 elsewhere
    verdict = _verdict("340800", "【新春走基层】乡镇党委书记访谈之和平篇", "岳西网", "http://www.yuexi.gov.cn/News/show/1.html")
    assert verdict.kind == "lower" and "岳西" in verdict.reason


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # the county's towns' delegations at its session (a fresh set's line): the first-named, 乐桥镇's, not 白山 in 吉林
    ("许华为参加乐桥、矾山、白山代表团审议", "微聚庐江", "https://freewechat.com/a/MzA5MTM2NDc2NA==/2652891249/",
     "340124", "internal"),
    # two districts' delegations at 北京's session (a real dev row): the first-named district's
    ("北京丰台、密云代表团介绍代表在会议期间履职情况:积极建言献策 彰显为民初心", "千龙网",
     "https://beijing.qianlong.com/2025/0118/8418795.shtml", "110106", "internal"),
])
def test_listed_delegations_are_the_first_nameds(title: str, source: str, url: str, home: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("title", "source", "url"), [
    ("雨城区各镇全面召开新一届一次人代会", "雨城区人民政府", "http://www.ycq.gov.cn/a.html"),  # a real train row
    ("武宣县各乡镇全部顺利召开人民代表大会", "来宾人大", "http://www.gxlbrd.gov.cn/content/2023-04/13/content_101210.htm"),
    ("各乡镇召开人代会", "武宣县人民政府", "http://www.wuxuan.gov.cn/a.html"),  # (made alike: the site's county's towns)
])
def test_a_countys_towns_sessions_all_together_are_below_it(title: str, source: str, url: str) -> None:
    home = "511802" if "雨城" in title else "451323"
    verdict = _verdict(home, title, source, url)
    assert verdict.kind == "lower" and ("各乡镇人民代表大会" in verdict.reason or "各镇人民代表大会" in verdict.reason)


def test_a_countys_own_session_is_left_alone() -> None:
    verdict = _verdict("451323", "武宣县第十七届人民代表大会第一次会议开幕", "来宾人大",
                       "http://www.gxlbrd.gov.cn/content/2023-04/13/content_101210.htm")
    assert verdict.kind == "internal"
