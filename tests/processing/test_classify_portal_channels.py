"""Issue 10: failure kinds of the h41-h48 test part (retired to dev at 11:45 UTC) and of the dev part.

Each case is a real headline of the corpus's train or dev part (processing/models/data/headlines.jsonl), checked
for homes of other provinces and levels too, so that the rules hold for homes they were not made on:
- a city portal known by a name that is no division's (三峡广电网, 东南网) or whose URL path names its channel
  (/news/fujian/, /hubei/), and a local portal's domestic-news channel (/gnnews/, /news/china/);
- national deputies (全国人大代表某某, 代表委员 under a 全国两会 column) are above every home; one named deputy on
  a national site is of some delegation, unknown;
- national bodies and leaders by their short names (国台办, 中央文明办, 李克强);
- a place's people studying a leader's speech (某地各界收看…讲话) are that place, not the leader;
- two leaders named together lead a headline as one;
- 某省首个… on a site inside that province happens at the site's place;
- headlines in traditional characters.
"""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, to_simplified
from processing.regions import SiteLocator, default_finder
from siqing.divisions import default_gazetteer

REVIEW_BELOW = 0.8


def verdict(home: str, title: str, source: str = "", url: str = "") -> tuple[str, float, str]:
    v = Classifier(default_gazetteer.resolve(home), None).classify(Item(title=title, source_name=source, url=url))
    return v.kind, v.confidence, v.reason


def test_a_portal_known_by_a_name_that_is_no_division() -> None:
    loc = SiteLocator()
    assert loc.locate("三峡广电网", "http://news.3xgd.com/html/201803/19/1.html").division.code == "420500"
    assert loc.locate("华山网", "http://news.hshan.com/a/1.html").division.code == "610500"
    assert loc.locate("东南网", "https://m.example.com/a/1.html").division.code == "350000"
    assert loc.locate("红网", "https://www.example.com/a/1.html").division.code == "430000"
    # only a site's name: in running text 三峡 is as often the dam or the national company
    assert not [m for m in default_finder.find("三峡集团发布年度报告") if m.division is not None
                and m.division.code == "420500"]


@pytest.mark.parametrize("home,want", [("420000", "lower"), ("420500", "internal"), ("610000", "external"),
                                       ("420106", "external")])
def test_relative_words_on_a_portal_known_by_its_alias(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "市人大常委会召开第16次主任会议", "三峡广电网", "http://news.3xgd.com/html/201803/19/244452.html")
    assert got == want


def test_a_channel_named_in_the_url_path() -> None:
    loc = SiteLocator()
    # a city portal's provincial channel (台海网 is Xiamen's; /news/fujian/ carries all of Fujian)
    assert loc.locate("台海网", "http://taihainet.com/news/fujian/szjj/2022-01-25/1.htm").division.code == "350000"
    # an aggregator with no place of its own, its /hunan/ channel
    assert loc.locate("chaocharen.com", "https://chaocharen.com/hunan/hunannews/202209/1.html").division.code == "430000"
    # not a channel that spells the named site's own place, another place sounding alike (a fresh headline's page:
    # 县十七届人大常委会召开第二十九次会议 at 桂阳县人大常委会's /web/guiyang/ is 桂阳's, no 贵阳's)
    url = "http://www.hngyrd.gov.cn/web/guiyang/8428/8430/8433/content_154944.html"
    assert loc.locate("桂阳县人大常委会", url).division.code == "431021"
    assert verdict("431021", "县十七届人大常委会召开第二十九次会议", "桂阳县人大常委会", url)[0] == "internal"


@pytest.mark.parametrize("home,want", [("350100", "lower"), ("350200", "external"), ("350000", "lower")])
def test_a_district_named_on_a_provincial_channel_of_a_city_portal(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "马尾确定20项为民办实事项目", "台海网", "http://taihainet.com/news/fujian/szjj/2022-01-25/2590548.htm")
    assert got == want


@pytest.mark.parametrize("home", ["350000", "610500", "420106", "510107"])
def test_a_local_portals_domestic_news_channel_is_national(home: str) -> None:
    got, conf, _ = verdict(home, "新闻工作者援助项目办法修订 因公殉职援助30万", "华山网",
                           "http://news.hshan.com/gnnews/2018-03-22/215933.html")
    assert got == "upper" and conf < REVIEW_BELOW  # read from the channel alone: held for review
    got, _conf, _ = verdict(home, "盘点政协委员参会议案提案 委员都带了哪些“干货”?", "闽南网",
                            "http://mnw.cn/news/china/863016.html")
    assert got == "upper"


@pytest.mark.parametrize("home", ["350000", "610000", "611000", "421000"])
def test_a_relative_post_on_a_domestic_news_channel_is_some_citys_not_the_nations(home: str) -> None:
    # a real dev headline on 商洛新闻网's 国内 channel: some city's secretary and mayor, unknown, held for review
    # (held for people whatever the home: for 荆州 (421000) gold is 下情, which the headline does not say)
    _got, conf, reason = verdict(home, "这个地级市,半年内书记市长双双落马", "商洛新闻网",
                                 "http://www.slrbs.com/news/guonei/2025-04-16/1646077.html")
    assert conf < REVIEW_BELOW and "国内新闻栏目不指明哪一省市，待核" in reason


def test_a_place_whose_initials_are_gn_has_no_domestic_channel_gnyw() -> None:
    # a real dev row: 灌南's gnyw is 灌南要闻, not 国内要闻; its 县人大常委会 is the county's own (内情 for 灌南)
    got, _conf, _ = verdict("320724", "县人大常委会调研县检察院工作情况", "灌南县人民政府",
                            "http://www.guannan.gov.cn/gnzx/gnyw/content/4934abb6-a8c4-47e6-9b48-5e5743b69e75.html")
    assert got == "internal"


def test_outside_the_channel_the_portal_is_its_own_place() -> None:
    got, _conf, _ = verdict("610000", "新闻工作者援助项目办法修订 因公殉职援助30万", "华山网",
                            "http://news.hshan.com/wnnews/2018-03-22/215933.html")
    assert got == "lower"  # a Weinan item for Shaanxi


@pytest.mark.parametrize("home", ["350000", "420106", "510100"])
def test_national_deputies_are_above_every_home(home: str) -> None:
    got, _conf, _ = verdict(home, "全国人大代表杨春雷:为经济社会发展提供司法保障", "正义网",
                            "http://live.jcrb.com/2018nian/dgjklkljiokn/wjjfztgsfbz/")
    assert got == "upper"
    got, _conf, _ = verdict(home, "代表支招规范培训:严查超纲超前教学", "正义网",
                            "http://www.jcrb.com/culture/news/201803/t20180320_1852116.html")
    assert got == "upper"
    got, _conf, _ = verdict(home, "【2018全国两会重点关注】共舞长江经济带：11省市代表委员说发展", "名城苏州",
                            "http://news.2500sz.com/doc/2018/03/13/246080.shtml")
    assert got == "upper"


def test_one_named_deputy_on_a_national_site_is_of_an_unknown_delegation() -> None:
    got, conf, reason = verdict("420000", "周洪宇代表:配套建立特殊公务员制度", "正义网",
                                "http://live.jcrb.com/2018nian/dgjklkljiokn/ptjltsgwyzd/")
    assert conf < REVIEW_BELOW and "待核" in reason


@pytest.mark.parametrize("title,source,url", [
    ("年底台湾选举陆客赴台减少？ 国台办回应传闻", "泉州网", "http://www.qzwb.com/gb/content/2015-10/28/content_5219198.htm"),
    ("中央文明办专职副主任王世明来我校考察", "武汉大学党委宣传部", "https://xcb.whu.edu.cn/info/1010/2736.htm"),
    ("李克强记者会谈到这些 干货满满", "名城苏州", "http://news.2500sz.com/doc/2018/03/20/249532.shtml"),
])
@pytest.mark.parametrize("home", ["350000", "420100", "350502"])
def test_national_bodies_and_leaders_by_their_short_names(title: str, source: str, url: str, home: str) -> None:
    got, _conf, _ = verdict(home, title, source, url)
    assert got == "upper"


def test_a_provinces_own_commission_is_not_the_national_one() -> None:
    got, _conf, _ = verdict("350000", "湖南省国资委召开国企改革推进会", "红网", "https://hn.rednet.cn/a/1.html")
    assert got == "external"


@pytest.mark.parametrize("home,want", [("540000", "lower"), ("350000", "external"), ("420106", "external")])
def test_a_places_people_studying_a_leaders_speech_are_that_place(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "西藏干部群众学习习近平总书记关于扶贫开发工作重要批示", "中国西藏新闻网",
                            "http://www.xzxw.com/xw/xzyw/201510/t20151028_884327.html")
    assert got == want
    got, _conf, _ = verdict(home, "苏州各界收看闭幕会直播 习近平重要讲话引起热烈反响", "名城苏州",
                            "http://news.2500sz.com/doc/2018/03/20/249674.shtml")
    assert got == "external"


def test_two_leaders_named_together_lead_the_headline() -> None:
    got, conf, reason = verdict("350000", "陈敏尔孙志刚会见国家卫计委副主任、国家中医药管理局局长王国强一行", "中国新闻网贵州",
                                "http://www.gz.chinanews.com/content/2015/10-25/57363.shtml")
    # the guests (a national commission's deputy head) are not the actor; the hosts are 贵州's secretary and
    # governor (processing/data/provincial_leaders.json), so 贵州 acts, surely
    assert got == "external" and conf >= REVIEW_BELOW and "贵州" in reason, reason
    # a pair of people whose offices are not listed: held low
    got, conf, _ = verdict("350000", "张三李四会见国家卫计委副主任、国家中医药管理局局长王国强一行", "中国新闻网贵州",
                           "http://www.gz.chinanews.com/content/2015/10-25/57363.shtml")
    assert got == "external" and conf < REVIEW_BELOW


@pytest.mark.parametrize("home,want", [("350200", "external"), ("350500", "lower"), ("350000", "lower"),
                                       ("350502", "upper")])
def test_a_first_in_a_province_happens_at_the_sites_place(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "福建首个“机器人医生”上岗", "泉州网", "http://www.qzwb.com/gb/content/2015-10/28/content_5219051.htm")
    assert got == want


def test_traditional_characters_are_read_as_simplified() -> None:
    assert to_simplified("廣東汕頭:港澳政協委員積極參政議政") == "广东汕头:港澳政协委员积极参政议政"
    assert to_simplified("乾县召开人大常委会会议") == "乾县召开人大常委会会议"  # one such character: left alone
    got, _conf, _ = verdict("440000", "廣東汕頭:港澳政協委員積極參政議政", "中国台湾网", "http://big5.taiwan.cn/a.html")
    assert got == "lower"
    got, _conf, _ = verdict("350000", "廣東汕頭:港澳政協委員積極參政議政", "中国台湾网", "http://big5.taiwan.cn/a.html")
    assert got == "external"
    got, _conf, _ = verdict("420000", "武漢市兩任檢察長相繼被查", "文汇网", "http://news.wenweipo.com/2020/06/08/IN2006080045.htm")
    assert got == "lower"


@pytest.mark.parametrize("site,url,home,want", [
    ("泉州网", "http://www.qzwb.com/gb/content/2015-10/28/content_5218937.htm", "350000", "lower"),
    ("泉州网", "http://www.qzwb.com/gb/content/2015-10/28/content_5218937.htm", "350200", "external"),
    ("长沙晚报", "http://www.icswb.com/a.htm", "430000", "lower"),
    ("长沙晚报", "http://www.icswb.com/a.htm", "350000", "external"),
])
def test_an_events_name_begun_by_china_is_no_national_act(site: str, url: str, home: str, want: str) -> None:
    # 首届中国某某峰会: an edition of an event held where the site is, not the nation acting
    got, _conf, _ = verdict(home, "首届中国陶瓷电商峰会今日举办", site, url)
    assert got == want
    got, _conf, _ = verdict(home, "中国人民银行发布个人账户管理新规", site, url)
    assert got == "upper"


@pytest.mark.parametrize("home,want", [("411322", "lower"), ("411300", "lower"), ("350000", "external")])
def test_a_festival_named_china_dot_place_is_the_places(home: str, want: str) -> None:
    # 中国·方城…旅游节: 方城's festival, the nation word a title before the place's short name
    got, _conf, why = verdict(home, "2018中国·方城万亩花海旅游节暨第二届牡丹节摄影大赛启动", "中原网",
                              "http://lvyou.zynews.cn/news/2018-03-15/9401.html")
    assert got == want and "方城县" in why


def test_a_federations_short_name_after_china_is_the_organisation() -> None:
    # 中国城商联 (a national federation, by its short name) visiting Wuhan: the federation above every home, not the
    # nation's scope; 中国联通's branch stays the branch's place
    got, _conf, _ = verdict("420100", "中国城商联工作组赴武汉考察调研", "中国城商联", "http://www.ccfc.org.cn/a.html")
    assert got == "upper"
    got, _conf, why = verdict("350200", "中国联通厦门分公司开展活动", "厦门网", "http://news.xmnn.cn/a.html")
    assert got == "lower" and "厦门" in why


@pytest.mark.parametrize("home,want", [("411600", "lower"), ("410000", "lower"), ("350000", "external")])
def test_a_national_strategys_name_is_no_national_act(home: str, want: str) -> None:
    # 健康中国 is a goal a hospital of 周口 works towards, not the nation acting; the site's place decides
    got, _conf, _ = verdict(home, "在全面推进健康中国中彰显担当作为", "周口网",
                            "http://zkxww.com/news/zhoukou/sh/2021-03-05/308687.html")
    assert got == want
    got, _conf, _ = verdict(home, "国务院印发《“健康中国2030”规划纲要》", "周口网", "http://zkxww.com/news/a.html")
    assert got == "upper"


@pytest.mark.parametrize("title,home,want", [
    ("闽政协开幕增台侨代表席位 安排前排就座引关注图", "350000", "lower"),
    ("闽政协开幕增台侨代表席位 安排前排就座引关注图", "420000", "external"),
    ("湘政协开幕增台侨代表席位 安排前排就座引关注图", "430000", "lower"),
    ("湘政协开幕增台侨代表席位 安排前排就座引关注图", "430100", "upper"),
])
def test_a_province_abbreviation_heading_a_body(title: str, home: str, want: str) -> None:
    got, _conf, _ = verdict(home, title, "搜狐新闻", "https://news.sohu.com/20070123/n247786114.shtml")
    assert got == want


@pytest.mark.parametrize("title,site,url,home,want", [
    ("元宵节期间 鲤城志愿者累计服务市民游客22万人", "东南网", "https://hyyz888.com/qz/node_306211_12.htm", "350502", "lower"),
    ("元宵节期间 鲤城志愿者累计服务市民游客22万人", "东南网", "https://hyyz888.com/qz/node_306211_12.htm", "350200", "external"),
    ("元宵节期间 岳麓志愿者累计服务市民游客22万人", "红网", "https://hn.rednet.cn/a/1.html", "430000", "lower"),
    ("元宵节期间 岳麓志愿者累计服务市民游客22万人", "红网", "https://hn.rednet.cn/a/1.html", "350502", "external"),
])
def test_a_county_heading_the_second_phrase_on_its_provinces_portal(title: str, site: str, url: str, home: str,
                                                                   want: str) -> None:
    got, _conf, _ = verdict(home, title, site, url)
    assert got == want


@pytest.mark.parametrize("home,want", [("320500", "upper"), ("320000", "internal"), ("321200", "upper"),
                                       ("350000", "external")])
def test_a_column_tag_naming_a_place_places_the_bare_words_after_it(home: str, want: str) -> None:
    # a city portal's column on its province's 两会: the bare 人代会 is the province's
    got, _conf, _ = verdict(home, "2025江苏两会开箱|快问快答:旁听人代会开幕会的公民都关注啥?", "泰州网",
                            "http://www.taizhou.com.cn/a.html")
    assert got == want


@pytest.mark.parametrize("home,want", [("110000", "internal"), ("310000", "external"), ("110105", "upper")])
def test_a_delegation_by_its_short_form(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "北京团代表:热议法律如何为中国制造护航", "正义网", "http://news.jcrb.com/jxsw/201803/t.html")
    assert got == want
    got, _conf, _ = verdict(home, "共青团代表大会开幕", "东南网", "http://www.fjsen.com/a.html")
    assert got == "external"  # 共青团 is no delegation


@pytest.mark.parametrize("home,want", [("110000", "external"), ("110105", "external"), ("330100", "upper")])
def test_a_place_named_as_the_subject_keeps_it_where_the_event_is_held(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "共商大计 浙江经济社会发展情况汇报会在京举行", "浙江在线", "http://zjnews.zjol.com.cn/a.html")
    assert got == want
    # the venue still decides where the nation or no place is named first
    got, _conf, _ = verdict(home, "海峡论坛在厦门举行", "东南网", "http://www.fjsen.com/a.html")
    assert got == "external"


@pytest.mark.parametrize("title,site,home,want", [
    ("宝鸡召开出席省两会的人大代表、政协委员动员会", "宝鸡新闻网", "610000", "lower"),
    ("宝鸡召开出席省两会的人大代表、政协委员动员会", "宝鸡新闻网", "610500", "external"),
    ("株洲召开出席省两会的人大代表、政协委员动员会", "红网", "430000", "lower"),
    ("株洲召开出席省两会的人大代表、政协委员动员会", "红网", "430200", "lower"),
])
def test_a_place_convening_about_a_higher_body_is_the_actor(title: str, site: str, home: str, want: str) -> None:
    got, _conf, _ = verdict(home, title, site, "http://www.example.com/a.html")
    assert got == want


def test_a_place_convening_its_own_bodys_meeting_stays_that_body() -> None:
    got, _conf, _ = verdict("330000", "浙江召开全省人大工作会议", "浙江在线", "http://zjnews.zjol.com.cn/a.html")
    assert got == "internal"


@pytest.mark.parametrize("home,want", [("540000", "lower"), ("350000", "external")])
def test_a_places_circles_studying_a_speech_are_that_place(home: str, want: str) -> None:
    got, _conf, _ = verdict(home, "西藏文艺界学习习近平总书记重要讲话精神", "中国西藏新闻网", "http://www.xzxw.com/a.html")
    assert got == want


@pytest.mark.parametrize("home", ["320500", "350000", "420106"])
def test_a_bare_session_beside_a_national_leader_is_the_national_session(home: str) -> None:
    got, _conf, _ = verdict(home, "人大会议举行闭幕会 习近平发表重要讲话", "名城苏州", "http://news.2500sz.com/doc/2018/03/20/249535.shtml")
    assert got == "upper"
    # with no national name beside it, a bare 两会 on a city portal is still the portal's city's
    got, _conf, _ = verdict(home, "两会召开 市长作报告", "名城苏州", "http://news.2500sz.com/doc/2018/03/20/1.shtml")
    assert got == ("internal" if home == "320500" else "external")
