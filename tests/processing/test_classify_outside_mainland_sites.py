"""Headlines on Hong Kong's, Macao's and Taiwan's own sites: who visits whom.

Built from real headlines of the corpus's train and dev parts (tests/processing/corpus_rows.py); the guards swap the
two sides of the same headline, so that each rule is shown to look at who stands before the visit.
"""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item
from processing.regions import default_locator
from tests.processing.corpus_rows import read_by, tuning_row

LCSD = "民政事務局局長訪問福州及泉州"  # on 康樂及文化事務署, a Hong Kong government department (lcsd.gov.hk)
PRD = "福建省泉州台商投資區拜訪香港工業總會"  # on 香港工業總會珠三角工業協會 (its own site)
FORUM = "中葡論壇常設秘書處赴湖北開展經貿活動"  # on 中國—葡語國家經貿合作論壇(澳門)常設秘書處 (.mo)


@pytest.mark.parametrize(("title", "home", "want"), [
    (LCSD, "350000", "external"),     # their bureau visits 福州 and 泉州: not 福州's bureau
    (PRD, "350000", "lower"),         # 泉州's zone visits them: 泉州 acts
    (PRD, "350500", "lower"),
    (FORUM, "420000", "external"),    # Macao's forum secretariat goes to 湖北: not a central body
    (FORUM, "350200", "external"),
])
def test_who_visits_decides_on_their_sites(title: str, home: str, want: str) -> None:
    got, gold, _ = read_by(title, home)
    assert (got, gold) == (want, want)


def test_an_offices_name_on_their_host_is_not_a_central_body() -> None:
    row = tuning_row(LCSD)
    assert default_locator.locate(row["source_name"], row["url"]).division is None
    # the same kind of name on a mainland government host is still read as the nation's
    central = default_locator.locate("国家税务总局", "https://www.chinatax.gov.cn/chinatax/n810219/c1.html").division
    assert central is not None and central.level == "nation"


def _as_on(row: dict, title: str) -> Item:
    return Item(title=title, source_name=row["source_name"], url=row["url"], published_at=row.get("published_at"))


def test_the_mainland_visitor_acts_only_when_it_stands_before_the_visit() -> None:
    row = tuning_row(PRD)
    # the two sides the other way round on the same site, their side a body the named-actor list does not hold: their
    # federation's chairman visits 泉州's zone, and acts
    swapped = Classifier("350000").classify(_as_on(row, "工總會長拜訪福建省泉州台商投資區"))
    assert (swapped.kind, "港澳台" in swapped.reason) == ("external", True)
    # a mainland place before the visit word that their own side goes to, or a trip of theirs, is no visitor
    for title in ("會長一行赴泉州考察", "青年委員會福建泉州考察團順利成行", "泉州考察之行圓滿結束"):
        assert Classifier("350500").classify(_as_on(row, title)).kind == "external", title
    # a mainland body visiting a body the named-actor list holds (中華總商會) still acts
    assert Classifier("350000").classify(_as_on(row, "福建省人大常委會代表團拜訪香港中華總商會")).kind == "internal"


def test_the_central_governments_offices_there_stay_national() -> None:
    office = default_locator.locate("外交部驻香港特派员公署", "https://www.fmcoprc.gov.hk/chn/zxdt/t1.htm").division
    assert office is not None and office.level == "nation"
    item = Item(title="特派员出席香港各界庆祝国庆酒会", source_name="外交部驻香港特派员公署",
                url="https://www.fmcoprc.gov.hk/chn/zxdt/t1.htm")
    assert Classifier("350000").classify(item).kind == "upper"


def test_a_body_placed_by_the_place_it_visits_is_theirs_only_on_their_official_site() -> None:
    row = tuning_row(LCSD)
    assert Classifier("350000").classify(_as_on(row, LCSD)).kind == "external"
    # on a mainland portal the same words are 福州's bureau (a place named after the body places it)
    mainland = Item(title=LCSD, source_name="福建日报", url="https://fjrb.fjdaily.com/pc/con/1.html")
    assert Classifier("350000").classify(mainland).kind == "lower"
