"""Failure kinds session 72 read in the train and dev parts' errors and in fresh sets read before import. Hong Kong's
and Macao's deputies and members in their own press's words off its sites (澳区人代, 港区省级政协委员), as the owners of
a meeting a leader attends, and reacting in a clause of their own after a national act's, are theirs (外情), not the
national session's or the act's. A province's one-character short before its party committee's department or its
governor's post (閩統戰部長…, as that press heads its headlines) is that province. The site's own place named first
by its relative word with a partner after 与 (我市与山西大学…) acts. Hong Kong's people at large (香港各界…) and its
chief executive by name (林鄭月娥率團…) on any site are Hong Kong's. Each positive case is a real headline of the
corpus or of a fresh set; the forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str = "") -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date or None))


@pytest.mark.parametrize("title", [
    "【全國兩會】澳區人代關注深合區發展",  # on CyberCTM, a Macao outlet's .com site: not the national session
    "港區省級政協委員:繼續發揮服務國家和香港的雙重積極作用",  # on 國際在線's big5 mirror
    "2023中國兩會｜政府工作報告出爐 港區全國人大代表有話說",  # who reacts, not the national government's report
])
def test_outside_members_in_their_press_words_or_reacting_are_theirs(title: str) -> None:
    for home in ("350203", "420000"):
        assert Classifier(home).classify(item_of(row(title))).kind == "external"


def test_outside_members_owning_a_meeting_a_leader_attends_are_its_owners() -> None:
    # (the meeting's owner, RUBRIC; made alike of 張德江出席港區人大代表會議 on Now新聞台)
    verdict = _verdict("350203", "赵乐际出席港区全国人大代表座谈会", "新华网", "http://www.news.cn/politics/2023/a.htm")
    assert verdict.kind == "external" and "港区全国人大代表" in verdict.reason


@pytest.mark.parametrize(("title", "source", "url", "kind"), [
    # 福州's CPPCC's members from Macao at its session (a real dev row): 福州's, not Macao's
    ("澳區委員參加福州政協會議建言獻策", "joypost.co", "https://joypost.co/2022/01/page/4", "lower"),
    # 郑州's airport zone is 港区 too: its deputies on its congress's site are 郑州's (made alike)
    ("港区人大代表视察航空港区建设", "郑州人大", "http://www.zzrd.gov.cn/a.html", "lower"),
    # a city's deputies reacting to its government's report: not outside members (made alike)
    ("政府工作报告出炉 市人大代表有话说", "郑州人大", "http://www.zzrd.gov.cn/a.html", "lower"),
])
def test_mainland_members_named_alike_are_left_alone(title: str, source: str, url: str, kind: str) -> None:
    home = "350000" if "福州" in title else "410000"
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("title", "home", "kind"), [
    ("閩統戰部長訪南安三會", "350000", "lower"),  # on 澳门日报: 福建's united front department head, not a national matter
    ("閩統戰部長訪南安三會", "420000", "external"),
    ("闽省长访澳门", "350500", "upper"),  # (made alike: 福建's governor)
])
def test_a_provinces_one_character_short_before_a_department_or_governor_is_that_province(
        title: str, home: str, kind: str) -> None:
    assert _verdict(home, title, "澳门日报", "http://macaodaily.com/html/2023-04/03/content_1664860.htm").kind == kind


def test_a_one_character_short_inside_a_word_before_a_department_is_not_read() -> None:
    # (a phrase's middle: 市委组织部 after 泉, as in 清泉组织部…, is no abbreviation; made alike)
    verdict = _verdict("350000", "清泉组织部开展调研", "澳门日报", "http://macaodaily.com/html/2023-04/03/content_1.htm")
    assert "主体：福建" not in verdict.reason and "泉州" not in verdict.reason


@pytest.mark.parametrize(("title", "kind"), [
    ("我市与山西大学市校合作座谈会召开", "lower"),  # fresh set zzzzze: 晋城's own meeting with the university
    ("我市与太原市合作座谈会召开", "lower"),  # (made alike: the first-named party, not the place after it)
    ("山西大学与我市合作座谈会召开", "external"),  # (the university first-named: unchanged; made alike)
])
def test_the_sites_own_place_first_named_with_a_partner_acts(title: str, kind: str) -> None:
    verdict = _verdict("140500", title, "晋城市人民政府办公室",
                       "http://xxgk.jcgov.gov.cn/szfgzbm/zfb/fdzdgknr_31095/gzdt/202401/t1.shtml")
    assert verdict.kind == kind


@pytest.mark.parametrize(("title", "source", "url"), [
    # fresh set zzzzzf: Hong Kong's people responding, not the national body they respond to
    ("香港各界支持全国人大常委会依法作出决定", "人民政协网", "https://www.rmzxb.com.cn/c/2020-08-12/2642748.shtml"),
    ("中评观察:港各界支持全国人大通过涉港决定", "中评社", "https://bj.crntt.com/crn-webapp/mag/docDetail.jsp?coluid=26"),
    # fresh set zzzzzf: Hong Kong's chief executive by name, on a Macao paper's .com site: the visitor
    ("林鄭月娥率團訪鄂武漢", "星報", "http://sengpou.com/news_detail.php?element_index=3&news_id=9"),
])
def test_hong_kongs_people_and_chief_executive_by_name_are_hong_kongs(title: str, source: str, url: str) -> None:
    assert _verdict("420000", title, source, url).kind == "external"


def test_a_former_chief_executive_later_a_national_vice_chairman_is_left_alone() -> None:
    # (何厚铧 led national CPPCC members as the national CPPCC's vice-chairman: a real dev row, 上情)
    assert Classifier("350203").classify(item_of(row("何厚鏵率澳區全國政協委員考察團赴廣東考察"))).kind == "upper"
