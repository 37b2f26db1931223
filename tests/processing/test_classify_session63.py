"""Failure kinds session 63 read in the train and dev parts' errors: the site's own level of deputies inspecting, on
its congress's own site with no group of them named (市人大代表检查文明行为促进条例实施情况 on 德阳人大), is the standing
committee's inspection, not the deputies acting on their own. Each positive case is a real headline of the corpus,
read for the home its gold names; the forms each fix must leave alone are real ones or made from real ones by changing
the words the rule reads."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict

DEYANG = "http://scdyrd.gov.cn/contents/8/211.html"
FANGSHAN = "https://rd.bjfsh.gov.cn/gzdt/215491.htm"


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the city's deputies by the level word, on the city's congress site
    ("510600", "市人大代表检查文明行为促进条例实施情况", "德阳人大", DEYANG, "internal"),
    # the district's, by the place's own name, and bare
    ("110111", "房山区人大代表视察房山新城建设管理和环境情况", "北京市房山区人民代表大会常务委员会", FANGSHAN, "internal"),
    ("110111", "人大代表视察房山新城建设管理和环境情况", "北京市房山区人民代表大会常务委员会", FANGSHAN, "internal"),
    # deputies of two levels inspecting "our district", on the district's site
    ("110111", "部分市、区人大代表对我区教育资源合理配置、均衡发展情况进行视察", "北京市房山区人民代表大会常务委员会",
     FANGSHAN, "internal"),
    # the national and provincial deputies living in the city, inspecting it on the city's congress site
    ("511300", "国省人大代表集中视察南充经济社会发展情况", "南充人大", "http://www.ncrd.gov.cn/a.html", "internal"),
    # a group of deputies taking part in the committee's inspection
    ("440106", "兴华街联组人大代表参加“2021年例会前集中视察活动”", "天河人大", "http://www.thrd.gov.cn/a.html",
     "internal"),
    ("110105", "朝阳区人大代表第七团参加会前视察活动", "朝阳人大", "http://chyrd.bjchy.gov.cn/a.html", "internal"),
    # deputies and CPPCC members inspecting together
    ("410300", "人大代表政协委员视察新区工程", "洛阳人大", "http://www.lyrd.gov.cn/html/1/2/3.html", "internal"),
    # for the province above, the city's congress at work inside it
    ("510000", "市人大代表检查文明行为促进条例实施情况", "德阳人大", DEYANG, "lower"),
    # a group of the deputies (中心组, 代表团, 小组) acts on its own
    ("510600", "市人大代表旌阳中心组开展视察活动", "德阳人大", DEYANG, "lower"),
    # an inspection of a county's projects on the city's site: the county's deputies
    ("510600", "人大代表集中视察县重点项目", "德阳人大", DEYANG, "lower"),
    # the same words on a government's site: nothing says the committee organised it
    ("510600", "市人大代表检查文明行为促进条例实施情况", "德阳市人民政府", "http://www.deyang.gov.cn/a.html", "lower"),
    # deputies doing other work than inspecting (述职, 接待选民) act on their own
    ("510600", "市人大代表向选民述职", "德阳人大", DEYANG, "lower"),
])
def test_the_sites_deputies_inspecting_on_its_congress_site(home: str, title: str, source: str, url: str,
                                                           kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind
