"""Failure kinds session 58 read in the corpus after the two unread sets of session 57 (raw files h99…l and h99…m)
showed one: deputies of a level above the site, grouped by the site's place (市人大徐汇代表组, 市人大代表北仑中心组,
省、市人大代表鼓楼团) or named bare before their group's activity (省人大代表…开展代表小组活动), are the deputies stationed
in that place at work there, not the congress above. Each headline is a real one of the corpus, read for the home of its
site; then the forms the fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a city's deputies' group named by the district, with 代表 in the group's word
    ("310104", "市人大徐汇代表组开展市代表小组活动", "徐汇人大",
     "http://rd.xh.sh.cn/rdweb_tpxw/2023-11-20/1727594905142382594.html", "lower"),
    ("310110", "市人大杨浦代表组第三小组开展专题调研活动", "杨浦人大",
     "https://www.shyprd.sh.cn/yprd/html/yprd/yprd_gwgz_rsdb/2019-04-23/Detail_4769.htm", "lower"),
    # a city's deputies' central group named by the district
    ("330206", "市人大代表北仑中心组开展“走进甬江科创区”暨会前活动", "北仑新闻网",
     "http://www.blnews.com.cn/xinwen/bdxw/202212/t20221215_7804805.html", "lower"),
    # the province's and city's deputies' 团 named by the district
    ("320302", "驻徐省、市人大代表鼓楼团来鼓开展年中专题视察调研活动", "徐州市鼓楼区人大常委会",
     "http://xzglrd.gov.cn/glrd/wap/mdetails.php?r=66f83b7998242&td=216", "lower"),
    # the province's deputies, named bare, at their group's activity on a city's site
    ("410200", "省人大代表围绕助力抗击疫情开展代表小组活动", "开封市人大",
     "http://kfsrd.henanrd.gov.cn/2020/05-07/92331.html", "lower"),
])
def test_deputies_grouped_by_the_sites_place_are_stationed_there(home: str, title: str, source: str, url: str,
                                                                  kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a congress's delegation named by its province is no group of deputies (团 after the congress's word alone)
    ("410000", "全国人大河南省代表团举行小组会议", "大河网", "https://photo.dahe.cn/2018/03-13/280873.html", "internal"),
    # a congress's study tour: 考察 is no place
    ("530400", "普洱市人大考察团到玉考察", "玉溪网", "http://yuxinet.cn/c/2022/06/01/393247.shtml", "external"),
    # another district's group on a district's site stays the other district's
    ("330206", "市人大代表镇海中心组开展会前视察", "北仑新闻网", "http://www.blnews.com.cn/a.html", "external"),
    # the province's deputies at their group's activity on the province's own site stay the province's deputies
    ("410000", "省人大代表围绕助力抗击疫情开展代表小组活动", "河南人大网", "http://www.henanrd.gov.cn/a.html", "lower"),
    # for the city above the district, the district's group of the city's deputies is still below it
    ("310000", "市人大徐汇代表组开展市代表小组活动", "徐汇人大",
     "http://rd.xh.sh.cn/rdweb_tpxw/2023-11-20/1727594905142382594.html", "lower"),
])
def test_forms_the_deputies_group_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                      kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a forum on deputy work is the standing committee's, as a meeting is
    ("610100", "西安市人大代表工作座谈会召开", "中国人大网",
     "http://www.npc.gov.cn/c2/c190/c1178/c1245/201905/t20190522_129304.html", "internal"),
    # a district's short jieba holds as a name it seldom counts, inside a slogan on the province's portal: the district
    ("610113", "只争朝夕 真抓实干 奋力谱写雁塔高质量发展新篇章", "国际在线陕西频道",
     "http://sn.cri.cn/n/20220228/a1ee2288-d1bb-761b-9241-e3c052bc8413.html", "lower"),
    ("431026", "今日汝城更靓丽", "湖南省委党史研究院", "http://www.hndsyjy.cn/content/2017/11/14/8824854.html", "lower"),
    # a county's short jieba tags as a numeral it seldom counts, at the head: the county (the first of two named)
    ("520203", "六枝、织金两地共商饮水解难题", "中国新闻网贵州", "http://www.gz.chinanews.com/content/2015/11-11/57751.shtml",
     "lower"),
])
def test_places_and_forums_the_unread_sets_showed(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a numeral jieba counts often stays a numeral (三台 66), so the province's own situation
    ("510000", "奋力谱写三台高质量发展新篇章", "四川日报", "http://www.scdaily.cn/a.html", "lower"),
    # a forum with deputies that is no forum on deputy work stays the deputies'
    ("610000", "西安市人大代表座谈会召开", "中国人大网", "http://www.npc.gov.cn/a.html", "lower"),
    # the vote's slogan over a roundup of the system's spread is no session (票决说了算)
    ("500000", "民生实事怎么办?代表票决说了算!重庆770个乡镇实施民生实事人大代表票决制", "光明网",
     "https://difang.gmw.cn/cq/2024-09/07/content_37548554.htm", "lower"),
    # a town's congress holding a forum on the county deputies' work stays the town's
    ("330324", "永嘉县巽宅镇人大:召开县人大代表工作交流会", "温州人大", "http://www.wzrd.gov.cn/a.html", "lower"),
])
def test_forms_the_place_and_forum_readings_leave_alone(home: str, title: str, source: str, url: str,
                                                        kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies' suggestions handed out: the standing committee's meeting, named by no one else
    ("371700", "2024年度市人大代表建议集中交办会召开", "菏泽新闻网",
     "http://hezeshi.com/bendiyaowen/2024-03/22/content_7847.html", "internal"),
    # with the CPPCC's proposals, on the government's own site: the government's
    ("371311", "全区人大代表建议和政协委员提案交办工作会议召开", "临沂市罗庄区人民政府",
     "http://luozhuang.gov.cn/info/1078/3180.htm", "lower"),
    # the same on the congress's own site: its standing committee's
    ("530304", "马龙区召开2025年人大代表建议和政协委员提案交接交办会议", "马龙区人大", "http://www.ml.gov.cn/a.html",
     "internal"),
    # a government named as the owner stays the government
    ("610926", "县政府召开人大代表建议交办会", "平利县人大常委会", "http://www.pinglirenda.gov.cn/a.html", "lower"),
])
def test_a_meeting_handing_out_deputies_suggestions_is_its_sites_body(home: str, title: str, source: str, url: str,
                                                                      kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind
