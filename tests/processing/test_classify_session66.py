"""Failure kinds session 66 read in the train and dev parts' errors and in fresh sets read before import. A slogan
leading in before a person who arrives by a place's one character (强化党建引领 凝聚发展动力 某某莅泉调研) or comes as
a party (某某一行考察…) is read from the name, as before 到 or 赴: the place is where the person goes, not the actor.
Cities' congress directors and CPPCC chairmen and the rest of 福建's and 湖北's cities' leaders, a sixth round of the
city leaders table, are read by their bare names in their terms (张毅恭前往南安洛江德化调研, 泉州's secretary).
Each positive case is a real headline of the corpus; the forms each fix must leave alone are real ones or made from real
ones by changing the words the rule reads."""

from __future__ import annotations

import pytest

from processing.classify import Classifier
from processing.evaluate import item_of
from tests.processing.corpus_rows import derived_gold
from tests.processing.corpus_rows import tuning_row as row
from tests.processing.verdicts import headline_verdict as _verdict

JINJIANG = ("晋江新闻网", "http://news.ijjnews.com/system/2018/03/19/011021501.shtml")


@pytest.mark.parametrize("title", [
    "强化党建引领 凝聚发展动力 胡昌升莅泉调研",
    "强化党建引领 凝聚发展动力 胡昌升一行考察泉州",
])
def test_a_slogan_before_a_person_who_arrives_leaves_the_person_acting(title: str) -> None:
    verdict = _verdict("350203", title, *JINJIANG)
    assert verdict.actor is not None and verdict.actor.text.startswith("胡昌升")


def test_a_slogan_before_a_place_leaves_the_place() -> None:
    # no name after the slogan: the place named acts, as it did
    verdict = _verdict("350203", "强化党建引领 凝聚发展动力 泉州莅临调研", *JINJIANG)
    assert verdict.actor is not None and verdict.actor.text == "泉州" and verdict.kind == "external"


@pytest.mark.parametrize(("title", "home"), [
    # (the sixth round of processing/data/city_leaders.json: 泉州's secretary from 2024-01, 荆州's congress director)
    ("张毅恭前往南安洛江德化调研", "350500"),
    ("段昌林到沙市区开展下基层、察民情、解民忧、暖民心实践活动", "421000"),
])
def test_a_city_leader_the_sixth_round_added_is_read_in_his_term(title: str, home: str) -> None:
    r = row(title)
    assert Classifier(home).classify(item_of(r)).kind == derived_gold(r, home)
    # a month before the term the table gives, the name is nobody's post
    early = dict(r, published_at="2015-06-01")
    assert Classifier(home).classify(item_of(early)).kind != derived_gold(r, home)
