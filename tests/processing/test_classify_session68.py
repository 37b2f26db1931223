"""Failure kinds session 68 read in the train and dev parts' errors and in fresh sets read before import. A county's
short name opening a quoted name at the head of a headline (“拱墅民革党员之家”揭牌), or opening a subtitle after a
dash on a national site (以“小家”建“大家” ——“拱墅民革党员之家”揭牌 on 人民政协网), is that county, as at the head of
the headline itself; a name closing the headline after a dash or after words for a person stays as it was (人大代表风采
——周宁 names a deputy). Each positive case is a real headline of the corpus or one made from it by changing the words
the rule reads; the forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date))


def _region(verdict: Verdict) -> str | None:
    actor = verdict.actor
    return None if actor is None or actor.region is None else actor.region.code


def test_a_county_opening_a_subtitle_on_a_national_site_is_read() -> None:
    r = row("以“小家”建“大家” ——“拱墅民革党员之家”揭牌")
    verdict = Classifier("330100").classify(item_of(r))
    assert _region(verdict) == "330105" and verdict.kind == r["labels"].get("330100", {}).get("kind", "lower")


def test_a_county_opening_a_quoted_name_at_the_head_is_read() -> None:
    verdict = _verdict("330100", "“拱墅民革党员之家”揭牌", "人民政协网", "http://www.rmzxb.com.cn/c/2023-12-04/3453480.shtml",
                       "2023-12-04")
    assert _region(verdict) == "330105" and verdict.kind == "lower"


@pytest.mark.parametrize("title", ["人大代表风采——周宁", "我是人大代表——黄平", "学习身边榜样——高平"])
def test_a_name_after_words_for_a_person_in_a_subtitle_is_no_county(title: str) -> None:
    verdict = _verdict("330100", title, "中国人大网", "http://www.npc.gov.cn/npc/c30834/202312/t1.shtml", "2023-12-04")
    assert _region(verdict) not in ("350925", "522622", "140581")
