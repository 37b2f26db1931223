"""Failure kinds the twenty-second fresh set showed (session 53, 2026-12-03: a day's intake of one province and one of
its cities, 吉林, 江西 and 甘肃, gathered and measured before any error was read), each fixed in general and tested on
the real headline that showed it, with forms the fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind", "path"), [
    # a place named only where someone goes (赴赣闽粤, 赴锡林郭勒盟), no body of it: a destination, never the actor
    ("350000", "地区司赴赣闽粤调研原中央苏区振兴发展情况", "nanchang.baogaosu.com",
     "http://nanchang.baogaosu.com/xinwen/a.html", "upper", "portal"),
    ("150102", "刘志彧、峻峰一行赴锡林郭勒盟考察交流", "内蒙古工业大学新闻网", "http://news.imut.edu.cn/a.htm", "lower",
     "site"),
    # a place's delegation by the place and 团 alone before its deputies (天水团省人大代表)
    ("620500", "天水团省人大代表积极建言献策助力全省和天水高质量发展(图)", "天水在线",
     "http://www.tianshui.com.cn/news/tianshui/2021013015485961152.htm", "internal", "rules"),
    ("620000", "天水团省人大代表积极建言献策助力全省和天水高质量发展(图)", "天水在线",
     "http://www.tianshui.com.cn/news/tianshui/2021013015485961152.htm", "internal", "rules"),
])
def test_twenty_second_set_failure_kinds(home: str, title: str, source: str, url: str, kind: str, path: str) -> None:
    v = _verdict(home, title, source, url)
    assert (v.kind, v.path) == (kind, path), v.reason


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a body of the place gone to is still that place's (盐城市人大常委会赴苏州…: the goer is named)
    ("320900", "盐城市人大常委会赴苏州考察学习", "盐城网", "http://www.ycnews.cn/a.html", "internal"),
    # the Youth League's provincial deputies are no delegation
    ("620500", "共青团省人大代表座谈会", "天水在线", "http://www.tianshui.com.cn/news/tianshui/a.htm", "lower"),
])
def test_forms_the_fixes_leave_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


def test_a_units_own_site_carries_its_own_news_of_a_national_occasion() -> None:
    # an airport's own site (a dev row): its branch's 春运 duty, not the nation's 春运
    v = _verdict("330100", "飞行区中心第二党支部开展“保生产 暖服务 护好春运回家路”主题党日活动", "杭州萧山国际机场",
                 "http://www.hzairport.com/a.html")
    assert v.kind == "lower" and v.path != "portal", v.reason
