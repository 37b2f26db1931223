"""Failure kinds session 71 read in the train and dev parts' errors and in fresh sets read before import. A district's
short name after a slogan's adjective (助推人文集美建设 on a Xiamen portal), where the segmenter joins the adjective's
last character to the name, is the district. From fresh sets measured before their errors were read: 农工民主党 without
中国 is the democratic party; a democratic party's chairman with no place is its central committee's; a place's
delegation going to learn elsewhere is its party and government delegation; a place heading an inquiry on a congress's
site is that place's congress; Hong Kong's members by the word alone (香港委员) are Hong Kong's. Each positive case is a
real headline of the corpus or of a fresh set; the forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str = "") -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date or None))


def test_a_districts_short_after_a_slogans_adjective_is_the_district() -> None:
    r = row("加强人大监督 助推人文集美建设")  # on 台海网, a Xiamen portal: 集美区's congress, not 厦门's
    assert Classifier("350200").classify(item_of(r)).kind == "lower"
    assert Classifier("350211").classify(item_of(r)).kind == "internal"


def test_a_name_cut_across_a_word_without_a_slogans_adjective_stays_no_place() -> None:
    # (文集 and 美篇 are words and nothing before them is a slogan's adjective: no 集美 here; made alike)
    verdict = _verdict("350200", "诗词文集美篇征集启动", "台海网", "http://taihainet.com/news/xmnews/gqbd/2017-12-28/1.html")
    assert "集美" not in verdict.reason


def test_a_short_the_segmenter_cuts_as_a_word_after_a_slogan_is_read_as_before() -> None:
    verdict = _verdict("350200", "人大代表助力幸福思明建设", "台海网", "http://taihainet.com/news/xmnews/gqbd/2017-12-28/1.html")
    assert verdict.kind == "lower" and "思明" in verdict.reason


def test_the_peasants_and_workers_party_without_china_is_a_democratic_party() -> None:
    # fresh set zzzzza: 农工民主党云南省委 is the democratic party's committee, inside 云南, not the CPC's
    verdict = _verdict("530000", "农工民主党云南省委调研农村饮水安全工作", "报告速",
                       "http://kunming.baogaosu.com/xinwen/1.html")
    assert verdict.kind == "lower" and "农工党" in verdict.reason


@pytest.mark.parametrize(("title", "kind"), [
    ("台盟主席:願為台青融入大陸鋪路", "upper"),  # fresh set zzzzzc, on 明報: the central committee's chairman
    ("九三学社副主席到福州调研", "upper"),  # (made alike)
    ("福建民盟主委召开会议", "lower"),  # (a province's committee is headed by its 主委: unchanged)
])
def test_a_democratic_partys_chairman_with_no_place_is_its_central_committees(title: str, kind: str) -> None:
    assert _verdict("350000", title, "明報", "https://life.mingpao.com/general/article?issue=20191005").kind == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("九龙坡区代表团赴南川区学习考察", "upper"),  # fresh set zzzzza: the district's party and government delegation
    ("区人大代表团赴南川区学习考察", "internal"),  # (its congress's deputies, named so: unchanged; made alike)
])
def test_a_places_delegation_going_to_learn_elsewhere_is_its_party_and_governments(title: str, kind: str) -> None:
    verdict = _verdict("500107", title, "重庆市九龙坡区人民政府", "http://cqjlp.gov.cn/zwxx/qxdt/t_13020678.html")
    assert verdict.kind == kind


@pytest.mark.parametrize(("home", "kind"), [("310120", "internal"), ("310000", "lower"), ("310118", "external")])
def test_a_place_heading_an_inquiry_on_a_congress_site_is_its_congress(home: str, kind: str) -> None:
    # fresh set zzzzzc: a round-up of the districts' congresses on a mirror of 上海人大
    verdict = _verdict(home, "奉賢專題調研行政復議與應訴工作", "上海人大",
                       "http://www.victorzhang.cn/page/2023/0922/22596448.shtml")
    assert verdict.kind == kind


def test_a_place_heading_an_inquiry_on_a_government_site_stays_the_place() -> None:
    verdict = _verdict("310120", "奉贤专题调研行政复议与应诉工作", "上海奉贤", "http://www.fengxian.gov.cn/1.html")
    assert verdict.kind == "lower"


def test_hong_kong_members_by_the_word_alone_are_hong_kongs() -> None:
    # fresh set zzzzc, on 福州新闻网: the national CPPCC's members from Hong Kong, coded at 810000 (外情)
    verdict = _verdict("350000", "16名香港委员出任政协常委 称重任在肩不敢怠慢", "福州新闻网",
                       "https://news.fznews.com.cn/zt/2008/2008qglh/zxbd/2008-3-14/2.shtml")
    assert verdict.kind == "external" and "香港委员" in verdict.reason
