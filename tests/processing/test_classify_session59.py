"""Failure kinds session 59 read in the corpus's rows of the four sets imported unread in session 58 (raw files h99…n
to h99…q) and in the dev part: bare deputies a verb works on (激发代表活力, 发挥代表主体作用) are the standing committee's
deputy work, not the deputies acting; a society studying congress work (人大工作研究会) is an association, not the
congress; a central paper named by its title (《中国人大》杂志社, 《人民政协报》采访调研组) visiting a place is the
paper acting, not the place's congress or CPPCC. Each headline is a real one of the corpus, read for the home its
gold names; then the forms each fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the committee named after the deputies its work is on
    ("520100", "守正创新 激发代表活力 ——贵阳市十五届人大常委会2025年代表工作的生动实践", "贵州人大网",
     "https://www.gzrd.gov.cn/xwzx/sxrd/202512/t20251212_89039756.html?isMobile=true", "internal"),
    ("340825", "【媒体聚焦】发挥代表主体作用 推动人大工作高质量发展——专访安徽省太湖县人大常委会主任李加生", "太湖人大",
     "https://www.thrd.gov.cn/substance/meitijujiao-82_5444.html", "internal"),
])
def test_deputies_a_verb_works_on_are_the_committees_work(home: str, title: str, source: str, url: str,
                                                          kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies acting after the phrase stay the deputies (岚皋县人大代表履职为民)
    ("610925", "发挥代表作用 助力脱贫攻坚——岚皋县人大代表履职为民帮增收", "安康人大",
     "http://www.akrd.gov.cn/a.html", "lower"),
    # deputies as the subject, not the object
    ("350200", "代表们深入社区开展调研", "厦门人大", "http://www.xmrd.gov.cn/a.html", "lower"),
])
def test_forms_the_deputy_work_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a city's society studying congress work visiting a county of the city: an association of the city, not its congress
    ("341100", "滁州市人大工作研究会来我市考察工业经济与城市建设工作", "天长市人大",
     "http://www.tcsrd.gov.cn/Print.aspx?id=1568", "lower"),
    # the county's standing committee on the same site stays the congress below
    ("341100", "市人大常委会召开主任会议", "天长市人大", "http://www.tcsrd.gov.cn/Print.aspx?id=1", "lower"),
    ("341181", "市人大常委会召开主任会议", "天长市人大", "http://www.tcsrd.gov.cn/Print.aspx?id=1", "internal"),
])
def test_a_society_studying_congress_work_is_no_congress(home: str, title: str, source: str, url: str,
                                                         kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # central papers by their titles visiting a county or city: the nation's
    ("350000", "《人民政协报》采访调研组来通采访调研", "通江政协", "http://sctjzx.gov.cn/Item/3758.aspx", "upper"),
    ("511921", "《人民政协报》采访调研组来通采访调研", "通江政协", "http://sctjzx.gov.cn/Item/3758.aspx", "upper"),
    ("420000", "《中国人大》杂志社一行来滁采访调研", "投资中国网(滁州在线)",
     "https://investchn.com/home/news/detail/id/373202.html", "upper"),
])
def test_a_central_paper_by_its_title_visiting_is_the_nations(home: str, title: str, source: str, url: str,
                                                             kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a province's congress magazine by its title stays the province's
    ("450000", "《广西人大》杂志社联合采访组到藤县采风并指导人大宣传工作", "藤县人大（梧州人大网）",
     "http://www.wzrd.gov.cn/a.html", "internal"),
    # a central paper's provincial bureau stays the province's
    ("410000", "人民日报社河南分社社长王乐文一行来周调研", "周口日报", "http://www.zkrb.com/a.html", "lower"),
    # members of the county's CPPCC on a reporting trip stay the county's CPPCC
    ("511921", "政协委员来通采访调研", "通江政协", "http://sctjzx.gov.cn/Item/1.aspx", "lower"),
])
def test_forms_the_central_paper_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a city's leaders reviewing the province's government report: the city's delegation at the province's session
    ("130100", "石家庄市领导审议省政府工作报告强调抓住机遇", "报告速石家庄",
     "https://shijiazhuang.baogaosu.com/xinwen/53910504", "internal"),
    ("130000", "石家庄市领导审议省政府工作报告强调抓住机遇", "报告速石家庄",
     "https://shijiazhuang.baogaosu.com/xinwen/53910504", "internal"),
    # the city by its level word on its own site; a district's leaders and the city's report
    ("130100", "市领导审议省政府工作报告", "报告速石家庄", "https://shijiazhuang.baogaosu.com/xinwen/1", "internal"),
    ("130102", "区领导审议市政府工作报告", "长安区人民政府", "http://www.sjzca.gov.cn/a.html", "internal"),
])
def test_leaders_reviewing_the_report_above_are_their_delegation(home: str, title: str, source: str, url: str,
                                                                  kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a place's leaders and its own government's report stay its leaders (no delegation of a place at its own session)
    ("130100", "市领导审议市政府工作报告", "报告速石家庄", "https://shijiazhuang.baogaosu.com/xinwen/1", "lower"),
    ("130000", "省领导审议省政府工作报告", "河北新闻网", "http://www.hebnews.cn/a.html", "lower"),
])
def test_forms_the_leaders_review_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the province's high court by its level word, on a city court's site: the province's, above the city
    ("430600", "省高院金旺廷到屈原法院调研指导工作", "岳阳市中级人民法院",
     "http://hnyyzy.hunancourt.gov.cn/article/detail/2017/03/id/2629035.shtml", "upper"),
    ("430000", "省高院金旺廷到屈原法院调研指导工作", "岳阳市中级人民法院",
     "http://hnyyzy.hunancourt.gov.cn/article/detail/2017/03/id/2629035.shtml", "lower"),
    # the city's intermediate court on the same site stays the city's
    ("430600", "市中院召开党组会议", "岳阳市中级人民法院", "http://hnyyzy.hunancourt.gov.cn/a.shtml", "lower"),
])
def test_the_provinces_high_court_by_its_level_word(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a government's report at its congress's session named short (十八届人大一次会议): the government reports
    ("220104", "朝阳区十八届人大一次会议政府工作报告", "长春市朝阳区人民政府",
     "http://chaoyang.changchun.gov.cn/zwgk/zwgk_wgk/zwgk_wgk_jggk/zfgzbg/", "lower"),
    # the session itself stays the congress's
    ("220104", "区十八届人大一次会议召开", "长春市朝阳区人民政府", "http://chaoyang.changchun.gov.cn/a.html", "internal"),
])
def test_a_report_at_a_session_named_short_is_the_reporters(home: str, title: str, source: str, url: str,
                                                           kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a place carrying out the General Secretary's charge: the place acts
    ("350000", "【践行嘱托三年间】答 卷——践行习近平总书记殷殷嘱托喜看信阳老区发展变化", "信阳新闻网",
     "https://m.xyxww.com.cn/wap/xinyang/2022-09/16/content_1.htm", "external"),
    ("411500", "【践行嘱托三年间】答 卷——践行习近平总书记殷殷嘱托喜看信阳老区发展变化", "信阳新闻网",
     "https://m.xyxww.com.cn/wap/xinyang/2022-09/16/content_1.htm", "lower"),
    # he acting stays the nation's
    ("411500", "习近平总书记考察信阳", "信阳新闻网", "https://m.xyxww.com.cn/wap/a.htm", "upper"),
])
def test_a_place_carrying_out_his_charge_acts_itself(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the province's rules on the deputies' vote on livelihood projects: the congress's system
    ("610000", "陕西规范和促进民生实事项目人大代表票决制", "新华网陕西频道",
     "http://www.sn.xinhuanet.com/20251129/f68b59b1f7c244ad8028a7da31cf2af1/c.html", "internal"),
    ("610000", "陕西省民生实事项目人大代表票决制规定", "民声报",
     "http://www.minshengbao.net/msb/20251204/html/content_20251204004002.htm", "internal"),
    # a study of the system, by its title's end (及其完善): an essay, by its author's place
    ("620000", "【人大研究杂志】民生实事项目人大代表票决制及其完善", "甘肃人大网",
     "http://www.gsrdw.gov.cn/html/2025/lnyj_0530/25153.html", "lower"),
])
def test_the_deputies_vote_system_is_the_congresss(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the province's 民盟 committee by its level and the league's character, on a city's 民盟 site
    ("350502", "省盟调研组分赴三明、永安调研“盟员之家”和 “民盟省委会传统教育基地”建设情况", "三明民盟",
     "http://www.smmm.org.cn/a.html", "upper"),
    ("350400", "市盟召开主委会议", "三明民盟", "http://www.smmm.org.cn/b.html", "lower"),
    # not in Inner Mongolia, whose 盟 are its leagues
    ("150000", "市盟两级联动推进", "内蒙古日报", "http://www.nmgrb.com.cn/a.html", "lower"),
])
def test_the_leagues_committee_by_its_level_and_character(home: str, title: str, source: str, url: str,
                                                          kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a city's one-character short after 在, the city named in the headline itself, on a site of no known place
    ("440500", "把“汕头声音”带到全国人代会,在汕全国人大代表启程", "dcsdcs.com", "http://www.dcsdcs.com/a.html", "lower"),
    ("350000", "把“汕头声音”带到全国人代会,在汕全国人大代表启程", "dcsdcs.com", "http://www.dcsdcs.com/a.html", "external"),
    # a province's short stays the province's
    ("440000", "把“广东声音”带到全国人代会,在粤全国人大代表启程", "dcsdcs.com", "http://www.dcsdcs.com/a.html", "internal"),
])
def test_a_citys_short_by_the_city_the_headline_names(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the session's press passage for CPPCC members is the CPPCC's, even after 两会
    ("460000", "海南省两会“委员通道”首次开启", "海南省人民政府", "https://www.hainan.gov.cn/a.html", "lower"),
    # the deputies' passage stays the congress's
    ("460000", "海南省两会“代表通道”首次开启", "海南省人民政府", "https://www.hainan.gov.cn/b.html", "internal"),
])
def test_the_members_passage_is_the_cppccs(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a municipality's commission for a line of work is its government's department, above its districts
    ("120101", "天津市城市管理委员会党组关于十二届市委第三轮第一批巡视整改进展情况的通报", "天津市城市管理委员会",
     "https://sgw.tj.gov.cn/a.html", "upper"),
    ("120000", "天津市城市管理委员会召开会议", "天津市城市管理委员会", "https://sgw.tj.gov.cn/b.html", "lower"),
    # a congress's special committee of agriculture stays the congress's
    ("120000", "天津市人大农业农村委员会召开会议", "天津人大", "http://www.tjrd.gov.cn/a.html", "internal"),
])
def test_a_municipalitys_commission_is_its_governments(home: str, title: str, source: str, url: str,
                                                      kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies registering on the eve of the opening, or arriving at the session's lodgings: the session's
    ("371700", "今日报到明日开幕 菏泽市人大代表抵达住地", "大众网菏泽", "http://heze.dzwww.com/a.html", "internal"),
    # deputies arriving at a liaison station stay the deputies
    ("371700", "菏泽市人大代表抵达联络站接待群众", "大众网菏泽", "http://heze.dzwww.com/b.html", "lower"),
])
def test_deputies_registering_on_the_eve_are_at_the_session(home: str, title: str, source: str, url: str,
                                                            kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # newly appointed officials taking the oath on a county's news portal: the county's standing committee's ceremony
    ("422827", "新任命国家机关工作人员向宪法宣誓", "来凤新闻网", "http://www.laifeng.gov.cn/a.html", "internal"),
    ("420000", "新任命国家机关工作人员向宪法宣誓", "来凤新闻网", "http://www.laifeng.gov.cn/a.html", "lower"),
    # the national oath stays the nation's
    ("420000", "国务院总理李克强进行宪法宣誓", "新蓝网", "http://n.cztv.com/a.html", "upper"),
])
def test_the_oath_on_a_places_portal_is_its_committees(home: str, title: str, source: str, url: str,
                                                       kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a department of a central paper by its title, visiting
    ("420000", "《人民政协报》新闻研究部到五峰土家自治县调研", "湖北政协网", "http://www.hbzx.gov.cn/a.html", "upper"),
])
def test_a_central_papers_department_visiting_is_the_nations(home: str, title: str, source: str, url: str,
                                                            kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputy work is the standing committee's work on its deputies
    ("420100", "加强改进代表工作 充分发挥代表作用", "信用武汉", "https://credit.wuhan.gov.cn/front/a.html", "internal"),
    ("460000", "以高质量代表工作服务海南自贸港建设", "海南日报", "http://hnrb.hinews.cn/a.html", "internal"),
    # deputies acting stay the deputies; a deputies' station stays theirs
    ("350200", "人大代表工作站接待群众", "厦门人大", "http://www.xmrd.gov.cn/a.html", "lower"),
])
def test_deputy_work_is_the_committees(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind", "sure"), [
    # a relative place word on a national site, no body or place named: unknown and held unsure, not the nation
    ("350000", "全市经济社会发展现场观摩团来我县观摩经济社会发展情况", "中国农民网",
     "http://www.farmer.com.cn/xwpd/jjsn/201804/t20180420_1372468.htm", "external", False),
    ("350000", "我县召开经济工作会议", "中国农民网", "http://www.farmer.com.cn/a.htm", "external", False),
    # the nation named beside it stays the nation's
    ("350000", "国家及省市领导视察食博会", "中国食品博览会", "http://eaex.cn/news_show.php?id=164", "upper", True),
])
def test_a_relative_place_on_a_national_site_is_unknown(home: str, title: str, source: str, url: str, kind: str,
                                                        sure: bool) -> None:
    verdict = _verdict(home, title, source, url)
    assert verdict.kind == kind
    assert (verdict.confidence >= 0.8) == sure
