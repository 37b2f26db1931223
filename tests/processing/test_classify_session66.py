"""Failure kinds session 66 read in the train and dev parts' errors and in fresh sets read before import. A slogan
leading in before a person who arrives by a place's one character (强化党建引领 凝聚发展动力 某某莅泉调研) or comes as
a party (某某一行考察…) is read from the name, as before 到 or 赴: the place is where the person goes, not the actor.
Each positive case is a real headline of the corpus; the forms each fix must leave alone are real ones or made from real
ones by changing the words the rule reads."""

from __future__ import annotations

import pytest

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
