"""Failure kinds session 70 read in the train and dev parts' errors and in fresh sets read before import. A government
host writes a place under its province by both initials (tjbh.com: 天津 + 滨海; gxbszx.gov.cn: 广西 + 百色; shyp.gov.cn:
上海 + 杨浦): the site is that place where the province's letters are one province's and the place's one place's in it.
Each positive case is a real headline or host of the corpus; the forms each fix must leave alone are real ones or made
alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier
from processing.evaluate import item_of
from processing.regions import site_region
from tests.processing.corpus_rows import tuning_row as row


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
