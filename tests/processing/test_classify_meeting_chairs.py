"""A leader is told by the meeting he chairs: a party committee's standing committee meeting numbered in the year
(第5次市委常委会议) is the party committee's, never the congress's 常委会; a 书记专题会 is chaired by the party
secretary. Real rows of the corpus's tuning parts, read by homes of every level, some never labelled for."""
from __future__ import annotations

import pytest

from processing.classify import Classifier
from processing.evaluate import item_of
from siqing.divisions import default_gazetteer
from tests.processing.corpus_rows import tuning_row


def kind(home: str, title: str) -> str:
    return Classifier(default_gazetteer.resolve(home)).classify(item_of(tuning_row(title))).kind


@pytest.mark.parametrize(("home", "want"), [("431100", "upper"), ("430000", "lower"), ("431102", "upper"),
                                            ("350000", "external")])
def test_a_numbered_party_standing_committee_meeting_is_the_party_committees(home: str, want: str) -> None:
    # (永州新闻网: the city's party committee, the site's city, not its congress's standing committee)
    assert kind(home, "李晖主持召开2018年第5次市委常委会议") == want


def test_a_numbered_meeting_word_does_not_make_a_place_of_a_longer_word() -> None:
    from processing.regions import find_regions

    # (第5次 before 市委: the level word is the site's city; the guard it passes stays: a word ending in the level
    # word, 城市, before 政府 is still no place)
    source = default_gazetteer.get("431100")
    assert [m.text for m in find_regions("李晖主持召开第五次市委常委会议", source)] == ["市"]
    assert find_regions("城市政府召开会议", source) == []


@pytest.mark.parametrize(("home", "want"), [("410302", "upper"), ("410300", "lower"), ("410000", "lower"),
                                            ("350000", "external")])
def test_the_chair_of_a_secretaries_meeting_is_the_party_secretary(home: str, want: str) -> None:
    # (洛阳市老城区政府网: the district's party secretary, on the district government's portal)
    assert kind(home, "赵书政主持召开书记专题会") == want


def test_another_meeting_before_the_secretaries_one_is_not_his() -> None:
    # (the government's executive meeting relays a 书记专题会: its chair is no party secretary)
    from processing.classify import Item

    v = Classifier(default_gazetteer.resolve("410302")).classify(Item(
        title="张三主持召开常务会议落实书记专题会精神", source_name="洛阳市老城区政府网",
        url="http://www.lylc.gov.cn/a.html"))
    assert v.kind == "lower" and "党委书记" not in v.reason
