"""Failure kinds session 74 read in the train and dev parts' errors: a national deputy named by name who speaks about
one place (全国人大代表张新:打造新疆…) is that place's province's deputy. Each positive case is a real headline of the
corpus; the forms the fix must leave alone are made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


@pytest.mark.parametrize(("title", "home", "kind"), [
    # a 新疆 deputy on a national paper: outside every home, not the nation's deputies
    ("【两会聚焦】全国人大代表张新:打造新疆八大产业集群 核心靠科技", "350203", "external"),
    ("【两会聚焦】全国人大代表张新:打造新疆八大产业集群 核心靠科技", "420000", "external"),
    # a 福建 deputy proposing a zone in 泉州: 福建's own delegation, above 武昌 not at all
    ("全國人大代表蔡金釵建議 在泉州設立全國民營經濟高質量發展試驗區", "350000", "internal"),
    ("全國人大代表蔡金釵建議 在泉州設立全國民營經濟高質量發展試驗區", "350203", "upper"),
    ("全國人大代表蔡金釵建議 在泉州設立全國民營經濟高質量發展試驗區", "420106", "external"),
])
def test_a_named_national_deputy_speaking_of_one_place_is_its_provinces(title: str, home: str, kind: str) -> None:
    assert Classifier(home).classify(item_of(row(title))).kind == kind


@pytest.mark.parametrize(("title", "kind"), [
    # no place in what he says: the nation's deputy, as before (made alike)
    ("全国人大代表李明：建议加大对革命老区的支持力度", "upper"),
    # two provinces in what he says: which one elected him is not said (made alike)
    ("全国人大代表王勇：推动北京和上海两地科创协同", "upper"),
])
def test_a_named_national_deputy_with_no_one_place_stays_the_nations(title: str, kind: str) -> None:
    assert _verdict("350203", title, "人民网", "http://www.people.com.cn/n1/2024/0305/c1.html").kind == kind
