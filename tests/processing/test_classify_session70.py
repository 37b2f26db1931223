"""Failure kinds session 70 read in the train and dev parts' errors and in fresh sets read before import. A government
host writes a place under its province by both initials (tjbh.com: 天津 + 滨海; gxbszx.gov.cn: 广西 + 百色; shyp.gov.cn:
上海 + 杨浦): the site is that place where the province's letters are one province's and the place's one place's in it.
From fresh sets read before import: a town's name without its suffix before its congress as the headline's tag (劳动人大：…
on a county's congress site) is the town's congress; the time since a party congress (党的十六大以来…) is no national
actor; the papers that carried a story, joined as its tag (人民法院报、江苏经济报：…), are no actor; a province's measures for
the constitutional oath are its congress's. Each positive case is a real headline or host of the corpus or of a fresh
set; the forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from processing.regions import site_region
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str = "") -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date or None))


def _region(verdict: Verdict) -> str | None:
    actor = verdict.actor
    return None if actor is None or actor.region is None else actor.region.code


@pytest.mark.parametrize(("url", "code"), [("http://tjbh.com/c/2023-09-01/1242336.shtml", "120116"),
                                           ("https://gxbszx.gov.cn/html/news-view-179517.html", "451000"),
                                           ("https://ypdj.shyp.gov.cn/dj/sqdt/20180827/199351.html", "310110"),
                                           ("http://www.sdqd.gov.cn/", "370200")])
def test_a_host_writing_province_and_place_by_initials_is_the_place(url: str, code: str) -> None:
    located = site_region("", url)
    assert located.division is not None and located.division.code == code


@pytest.mark.parametrize("url", [
    "http://www.zjhz.gov.cn/",  # (浙江's hz is 杭州's and 湖州's)
    "http://hbsztv.com/news/20140821/206100.html",  # (hb is 湖北's and 河北's)
    "http://www.fjjt.com.cn/",  # (no place of 福建's is jt)
])
def test_initials_that_name_several_places_or_none_place_no_site(url: str) -> None:
    assert site_region("", url).division is None


def test_a_districts_party_site_by_initials_places_its_unnamed_actor() -> None:
    r = row("结对共建真情在 新春慰问暖民心")  # on 杨浦党建, ypdj.shyp.gov.cn
    verdict = Classifier("310110").classify(item_of(r))
    assert verdict.kind == "lower" and "杨浦" in verdict.reason


@pytest.mark.parametrize(("title", "lower"), [
    ("劳动人大:人大代表助春耕谋粮安", True),  # (劳动镇, its name a word: read only as the tag before its congress)
    ("回澜人大：召开代表会议", True),  # (回澜镇; made alike)
    ("乐至人大:站位一线履职 助推乡村振兴", False),  # (the county's own short: its own congress)
])
def test_a_towns_name_without_its_suffix_before_its_congress_as_the_tag_is_the_town(title: str, lower: bool) -> None:
    # fresh set zzzt, on 乐至县's congress site: the town's congress is inside the county, not the county's own
    verdict = _verdict("512022", title, "乐至县人大常委会", "http://lzrdw.gov.cn/details.aspx?id=4303")
    assert verdict.kind == ("lower" if lower else "internal")


def test_the_time_since_a_party_congress_is_no_national_actor() -> None:
    # fresh set zzzv, on 中国文明网: 哈尔滨's work since the 16th party congress, not the congress
    title = "党的十六大以来哈尔滨理论武装工作:理论学习、宣传、研究不断深入"
    url = "http://www.wenming.cn/specials/zxdj/kxfzcjhh/llcx/201210/t20121010_872473.shtml"
    verdict = _verdict("350000", title, "中国文明网", url, "2012-10-10")
    assert verdict.kind == "external" and _region(verdict) == "230100"
    # (the congress itself still acts: 党的十六大闭幕, made alike)
    assert _region(_verdict("350000", "党的十六大胜利闭幕", "中国文明网", url, "2002-11-14")) == "000000"


@pytest.mark.parametrize("title", [
    "人民法院报、江苏经济报:新时代情理法的生动阐述 ——宿迁宿城区法院巡回法庭385次庭审的背后",  # (fresh set zzzw)
    "人民法院报:新时代情理法的生动阐述 ——宿迁宿城区法院巡回法庭385次庭审的背后",
])
def test_the_papers_that_carried_a_story_as_its_tag_are_no_actor(title: str) -> None:
    verdict = _verdict("321302", title, "宿迁市中级人民法院", "http://www.sqfy.gov.cn/showDetail.do?bh=11238")
    assert verdict.kind == "lower" and _region(verdict) == "321302"


@pytest.mark.parametrize(("title", "kind"), [
    ("辽宁省国家工作人员宪法宣誓组织办法", "internal"),  # (fresh set zzzw: made by the province's congress standing committee)
    ("辽宁省安全生产管理办法", "lower"),  # (a province's 办法 with no body named: its government's rule; made alike)
])
def test_the_constitutional_oaths_measures_are_the_congresss(title: str, kind: str) -> None:
    verdict = _verdict("210000", title, "北国网", "http://news.lnd.com.cn/system/2025/10/03/030530639.shtml", "2025-10-03")
    assert verdict.kind == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("【新春走基层】乡镇党委书记访谈之和平篇", "lower"),  # (the townships' party secretaries, not the county's committee)
    ("中共岳西县委召开全会", "upper"),  # (the county's own; made alike)
])
def test_townships_party_committees_on_their_countys_site_are_inside_it(title: str, kind: str) -> None:
    r = row("【新春走基层】乡镇党委书记访谈之和平篇")
    assert _verdict("340828", title, r["source_name"], r["url"]).kind == kind
