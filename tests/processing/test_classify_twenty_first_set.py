"""Failure kinds the twenty-first fresh set showed (session 53, 2026-12-03: a congress's own work, visitors and
exchanges, and documents, gathered and measured before any error was read), each fixed in general and tested on the
real headline that showed it, with forms the fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a leader named with a post of the site's own body after the name (马光瑜副主席 on 广东政协网): that body leads,
    # wherever the delegation goes and whatever body the place visited has
    ("440000", "马光瑜副主席率团赴宁夏、陕西学习考察政协提案工作", "广东政协网",
     "http://www.gdszx.gov.cn/tajy/dt/content/post_11003.html", "lower"),
    ("640000", "马光瑜副主席率团赴宁夏、陕西学习考察政协提案工作", "广东政协网",
     "http://www.gdszx.gov.cn/tajy/dt/content/post_11003.html", "external"),
    ("350200", "张三副主任率队赴宁夏学习考察人大工作", "厦门人大", "http://www.xmrd.gov.cn/a.html", "internal"),
    # a province's party and government delegation by the level word (省党政代表团 on a county's site): the province's
    ("430000", "乌兰率省党政代表团赴西藏山南考察对口支援工作", "平江县人民政府",
     "https://pingjiang.gov.cn/35048/35055/35061/content_1743893.html", "upper"),
    ("430626", "乌兰率省党政代表团赴西藏山南考察对口支援工作", "平江县人民政府",
     "https://pingjiang.gov.cn/35048/35055/35061/content_1743893.html", "upper"),
    ("430600", "市党政代表团赴西藏山南考察", "平江县人民政府", "https://pingjiang.gov.cn/a.html", "upper"),
    # 我市 after a column tag naming the province (【走出湖北学江浙】): the publisher's own city, not some city of it
    ("420581", "【走出湖北学江浙】我市党政考察团赴昆山张家港学习考察", "宜都新闻网", "http://m.hbyidu.com.cn/p/2850.html",
     "upper"),
    # a place's delegation right after the session it sits in, by a short that is also a common word (大理)
    ("532900", "省十三届人大三次会议大理代表团举行全体会议", "大理日报新闻网",
     "http://www.dalidaily.com/content/2020-05/11/content_2555.htm", "internal"),
    ("530000", "省十三届人大三次会议大理代表团举行全体会议", "大理日报新闻网",
     "http://www.dalidaily.com/content/2020-05/11/content_2555.htm", "internal"),
    # the place's deputies commended: its standing committee's deputy work
    ("440900", "我市表彰模范优秀人大代表和先进代表小组", "茂名时空", "http://mmsk.com/html/13/6/6047/1.htm", "internal"),
])
def test_twenty_first_set_failure_kinds(home: str, title: str, source: str, url: str, kind: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.kind == kind, v.reason


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a post of another body than the site's stays a person of unknown office (副主席 on a congress's site)
    ("350200", "张三副主席到集美调研", "厦门人大", "http://www.xmrd.gov.cn/a.html", "person"),
    # a column tag naming a place still places the relative words after it when no 我/本 says the publisher's
    ("350000", "【福建两会】省人大代表热议政府工作报告", "厦门日报", "http://www.xmnn.cn/a.html", "rules"),
])
def test_forms_the_fixes_leave_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.path == kind, (v.path, v.reason)


def test_a_towns_commending_is_no_deputy_work_of_the_city() -> None:
    v = _verdict("440900", "某镇表彰优秀人大代表", "茂名时空", "http://mmsk.com/a.htm")
    assert v.kind == "lower", v.reason
