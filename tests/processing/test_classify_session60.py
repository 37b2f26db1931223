"""Failure kinds session 60 read in the dev part's confident errors: a group's representatives (支部代表, 群众代表,
师生代表) are people picked to speak for their group, not a congress's deputies; the press's name for deputies, the
people's spokesmen (群众“代言人”), with the session about to open, is the congress at its session; the national judges'
college (国家法官学院) is a national body, whatever province its branch visited is named for. From the errors of the
fresh sets read this session (raw files h99…zd, zg, zh): a place's local regulation, issued (百色出台…地方性法规), named
before a colon or passed (《柳州市…条例》审议通过将报…批准), is its congress's act, and a county's 条例 its city's; Hong
Kong's deputies written as stationed there (驻港全国人大代表) are Hong Kong's; a central paper interviewing on a subject
is the nation's; the site's people discussing a session named bare (全国“两会”) act; a national association named for
the state (国家经济林协会) is national; people's organisations of the province and the city named together (省市社科联)
are the province's. From an unread set's dev rows read after import: a congress's deputy work named with its deputies'
full word (咸安区人大代表工作) is the congress's. Each headline is a real one of the corpus or a fresh set's, read for the
home its gold names; then the forms each fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a university's democratic party branches' representatives at the parties' provincial congresses: the branches, in
    # a district of the province, not the province's deputies at its session
    ("420000", "我校各民主党派支部代表出席相关民主党派湖北省代表大会", "武汉体育学院",
     "https://news.whsu.edu.cn/info/1012/27711.htm", "lower"),
])
def test_a_groups_representatives_are_no_deputies(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a group's word the list leaves out (工人代表) stays the deputies: a national deputy quoted in the session's
    # month on a national portal's session channel, above the province
    ("350000", "一线技术工人代表建言高技能人才培养", "千龙网", "http://china.qianlong.com/2018qglh/2018/0317/2463053.shtml",
     "upper"),
    # deputies by their congress stay deputies
    ("350200", "人大代表深入社区开展调研", "厦门人大", "http://www.xmrd.gov.cn/a.html", "lower"),
])
def test_forms_the_representatives_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                        kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the district's deputies arriving as its session is about to open, on the district's news site
    ("350502", "即将开幕!群众“代言人”们来了!", "鲤城新闻网", "http://www.qzlcxww.com/content/2022-12/30/content_7179703.htm",
     "internal"),
    ("350500", "即将开幕!群众“代言人”们来了!", "鲤城新闻网", "http://www.qzlcxww.com/content/2022-12/30/content_7179703.htm",
     "lower"),
    # a deputy called the people's spokesman, with no session (a corpus headline of 人民代表报, here on the district's
    # site), is a deputy acting in the site's place
    ("350502", "大棚里的“群众代言人”", "鲤城新闻网", "http://www.qzlcxww.com/content/a.htm", "lower"),
])
def test_the_peoples_spokesmen_are_deputies(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a brand's spokesman is no deputy: the site's place, as any unnamed activity
    ("350502", "某某担任品牌代言人", "鲤城新闻网", "http://www.qzlcxww.com/content/a.htm", "lower"),
    # deputies at a festival's opening ceremony are not at a session
    ("350502", "人大代表出席文化节开幕式", "鲤城新闻网", "http://www.qzlcxww.com/content/a.htm", "lower"),
])
def test_forms_the_spokesmen_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    ("350000", "国家法官学院院长李成玉一行到国家法官学院西藏分院、全国藏汉双语法官西藏培训基地及林芝通麦教学点指导工作",
     "西藏自治区高级人民法院", "https://xzgy.xzcourt.gov.cn/article/detail/2024/07/id/8031157.shtml", "upper"),
    ("540000", "国家法官学院院长李成玉一行到国家法官学院西藏分院、全国藏汉双语法官西藏培训基地及林芝通麦教学点指导工作",
     "西藏自治区高级人民法院", "https://xzgy.xzcourt.gov.cn/article/detail/2024/07/id/8031157.shtml", "upper"),
])
def test_the_national_judges_college_is_the_nations(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a place issuing a local regulation: its congress, not the nation its record is the first of
    ("451000", "百色出台中国首部规范芒果产业发展地方性法规", "lingzhegou.com(转载中新网)",
     "http://www.lingzhegou.com/article/6849.html", "internal"),
    ("450000", "广西出台保护漓江首部地方法律法规", "eedu.org.cn(转载国际在线)",
     "http://www.eedu.org.cn/news/Print.asp?ArticleID=67527", "internal"),
    ("450100", "百色出台中国首部规范芒果产业发展地方性法规", "lingzhegou.com(转载中新网)",
     "http://www.lingzhegou.com/article/6849.html", "external"),
    # a province's 条例 named with no title marks before a colon and what is said of it
    ("360000", "江西省庐山风景名胜区管理条例:下好“先手棋” 唱响“庐山天下悠 ”", "尚庐山",
     "http://m.shanglushan.com/thread-331999-1-1.html", "internal"),
    # a city's 条例 passed, to go to the region's standing committee for approval: the city's congress made it
    ("450200", "《柳州市柳州螺蛳粉产业发展条例》审议通过将报自治区人大常委会批准,有望成该市首部产业促进类地方法规",
     "柳州中小企业网(转载南国今报)", "https://www.smelz.com.cn/detail-46440.html", "internal"),
    ("450000", "《柳州市柳州螺蛳粉产业发展条例》审议通过将报自治区人大常委会批准,有望成该市首部产业促进类地方法规",
     "柳州中小企业网(转载南国今报)", "https://www.smelz.com.cn/detail-46440.html", "lower"),
    # a county-level city's 条例: its city's congress's act, counties making none
    ("450100", "南宁横州市茉莉花保护发展条例", "瑞律网", "https://m.ruilaw.cn/fagui/1691572841879992.html", "internal"),
])
def test_a_places_regulation_is_its_congresss(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # an autonomous county's own 自治条例 stays the county's
    ("451031", "隆林各族自治县自治条例", "广西人大网", "https://dhzt.gxrd.gov.cn/html/art152259.html", "internal"),
    ("451000", "隆林各族自治县自治条例", "广西人大网", "https://dhzt.gxrd.gov.cn/html/art152259.html", "lower"),
    # ... and one named by its short, issuing its own 单行条例, stays the county's, not its city's
    ("420528", "长阳出台清江保护条例", "三峡宜昌网", "http://www.cn3x.com.cn/a.html", "internal"),
    # a province's 条例 on its counties' committees stays the province's
    ("150000", "内蒙古自治区旗县级人民代表大会常务委员会工作条例", "内蒙古日报",
     "http://szb.northnews.cn/nmgrb/html/2021-12/15/content_33394_168416.htm", "internal"),
])
def test_forms_the_regulation_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # Hong Kong's NPC deputies, written as stationed there, visiting a province: a region neither above nor inside it
    ("230000", "部分驻港全国人大代表视察黑龙江检察工作", "中国政法文化网",
     "http://zgzfwhw.com/content/Content/index/id/5272", "external"),
    ("350000", "部分驻港全国人大代表视察黑龙江检察工作", "中国政法文化网",
     "http://zgzfwhw.com/content/Content/index/id/5272", "external"),
])
def test_deputies_stationed_in_hong_kong_are_hong_kongs(home: str, title: str, source: str, url: str,
                                                        kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the national deputies with no region word stay the nation's
    ("230000", "部分全国人大代表视察黑龙江检察工作", "中国政法文化网",
     "http://zgzfwhw.com/content/Content/index/id/5272", "upper"),
])
def test_forms_the_stationed_in_hong_kong_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                              kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a central magazine with other media interviewing on a city's deputies' inspection: the nation's, not the city's
    # deputies
    ("130000", "《中国人大》杂志社等多家上级媒体记者就邯郸市人大代表持证视察做专题采访", "河北人大",
     "http://www.hbrd.gov.cn/system/2019/04/12/019578072.shtml", "upper"),
    ("130400", "《中国人大》杂志社等多家上级媒体记者就邯郸市人大代表持证视察做专题采访", "河北人大",
     "http://www.hbrd.gov.cn/system/2019/04/12/019578072.shtml", "upper"),
])
def test_a_central_paper_interviewing_on_a_subject_is_the_nations(home: str, title: str, source: str, url: str,
                                                                  kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the site's own people discussing the national sessions named bare (全国“两会”): the university, in its district
    ("130606", "我校统一战线各界人士热议2020年全国“两会”", "河北大学", "http://jc.hbu.edu.cn/xyxw/3050.jhtml", "lower"),
    ("350000", "我校统一战线各界人士热议2020年全国“两会”", "河北大学", "http://jc.hbu.edu.cn/xyxw/3050.jhtml",
     "external"),
    # a district's officials and people listening to the opening of a session named bare (人代会): the district's
    ("330111", "干部群众踊跃收听收看 人代会开幕会", "富阳新闻网",
     "http://www.fuyangtv.com/folder27662/folder27683/2025-05-29/2978427.html", "lower"),
])
def test_the_sites_people_discussing_a_session_named_bare_act(home: str, title: str, source: str, url: str,
                                                             kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a national association named for the state visiting a county: the nation's, not the county's association
    ("350000", "国家经济林协会会长张志达到我县考察", "大田新闻网", "http://www.dtxww.cn/2014-10/17/content_263269.htm",
     "upper"),
    ("350425", "国家经济林协会会长张志达到我县考察", "大田新闻网", "http://www.dtxww.cn/2014-10/17/content_263269.htm",
     "upper"),
])
def test_a_national_association_named_for_the_state_is_the_nations(home: str, title: str, source: str, url: str,
                                                                   kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a people's organisation of the province and the city together, visiting: the first named, the province's
    ("350400", "省市老促会老区办领导来宁开展老区建设调研", "宁化在线",
     "http://www.kjzdw.com/sitehtml/news/xwlm/2010/09/16/08395620341.html", "upper"),
    ("130302", "省市社科联领导来燕山大学调研", "燕山大学", "http://www.ysu.edu.cn/info/2178/4662.htm", "upper"),
    # a national-grade title won stays the winner's
    ("350425", "我县获评国家级示范协会", "大田新闻网", "http://www.dtxww.cn/a.htm", "lower"),
])
def test_a_joint_provincial_and_city_organisation_is_the_provinces(home: str, title: str, source: str, url: str,
                                                                   kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a district congress's deputy work, named with its deputies' full word, admired by others: the congress's
    ("421202", "咸安区人大代表工作富有特色 引来多地学习交流", "咸宁新闻网",
     "http://news.xnnews.com.cn/xnxw/201411/t20141125_533479.shtml", "internal"),
    # a deputies' work station stays the deputies' (the committee's deputy work there)
    ("421202", "区人大代表工作站揭牌", "咸宁新闻网", "http://news.xnnews.com.cn/xnxw/a.shtml", "internal"),
    # deputies acting stay deputies
    ("421202", "区人大代表视察城区建设", "咸宁新闻网", "http://news.xnnews.com.cn/xnxw/a.shtml", "lower"),
])
def test_a_congresss_deputy_work_named_with_its_deputies_is_the_congresss(home: str, title: str, source: str,
                                                                          url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a democratic party's working committee of a district named by the district's short (民建洪山工委), on the
    # party's city site: the district's branch, not the city committee that runs the site
    ("420106", "民建洪山工委委员代表区两会报道", "民建武汉市委", "https://whmj.org.cn/activities-grass/6070.html", "external"),
    ("420111", "民建洪山工委委员代表区两会报道", "民建武汉市委", "https://whmj.org.cn/activities-grass/6070.html", "lower"),
    # the city committee itself stays the city's
    ("420106", "民建武汉市委召开全委会", "民建武汉市委", "https://whmj.org.cn/activities-grass/a.html", "upper"),
])
def test_a_parties_working_committee_by_a_districts_short_is_the_districts(home: str, title: str, source: str,
                                                                          url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind
