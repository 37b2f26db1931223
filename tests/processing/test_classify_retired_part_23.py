"""Headline forms the retired half of test part (23) showed read wrong, each fixed in general: real headlines of the
corpus (processing/models/data/headlines.jsonl, dev part since the half's retirement) and forms of the same kind,
read by homes of every level."""
from __future__ import annotations

import pytest

from processing.actors import default_actor_finder
from processing.classify import Classifier, Verdict
from processing.pipeline import Item


def verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


# Each rule of the retired half of part (23), by real headlines of the corpus and forms of the same kind: the title, the
# site, its URL, the home and the kind read (one table, the rule named above its rows).
CASES = [
    # -- a places own rules explained stay the places
    # a place's own regulation or rules explained stay the place's
    ("关于《泉州市城市管理办法》的说明", "泉州人大", "http://www.qzrd.gov.cn/a.html", "350500", "internal"),
    ("关于《福建省物业管理条例（草案）》的说明", "泉州人大", "http://www.qzrd.gov.cn/a.html", "420000", "external"),
    # -- an addressee or host is no actor
    # the addressee of a report is no actor: the place reporting (八闽, Fujian) is
    ("向总书记报告:八闽春天的回响", "顺昌新闻网", "http://www.fjscnews.com/2026-03/05/content_2317076_8.htm", "350000",
     "lower"),
    ("向总书记报告:八闽春天的回响", "顺昌新闻网", "http://www.fjscnews.com/2026-03/05/content_2317076_8.htm", "420000",
     "external"),
    # the host of a visit is no actor: the visitor, here the Hong Kong site's own people, is
    ("拜訪中聯辦青年工作部", "社會服務發展研究中心", "http://www.socialservice.org.hk/content/a.html", "350000", "external"),
    # the nation's leaders addressing others still act
    ("习近平向全国各族人民致以新春祝福", "新华网", "http://www.xinhuanet.com/a.html", "350000", "upper"),
    ("总书记向全国人民拜年", "人民网", "http://www.people.com.cn/a.html", "420106", "upper"),
    # -- a place checking a laws implementation is its congress
    # a bare place checking how a named law is carried out: its congress's law-enforcement inspection
    ("河北检查大气污染防治法实施", "分析测试百科网", "https://www.antpedia.com/news/68/n-318368.html", "130000", "internal"),
    ("河北检查大气污染防治法实施", "分析测试百科网", "https://www.antpedia.com/news/68/n-318368.html", "130100", "upper"),
    ("泉州开展食品安全法执法检查", "泉州网", "http://www.qzwb.com/a.html", "350500", "internal"),
    # an agency's own enforcement names no law, and a place inspecting firms is no congress
    ("西安开展“3·15”专利执法检查与知识产权宣传活动", "国家知识产权局", "https://www.cnipa.gov.cn/a.html", "610100", "lower"),
    ("泉州检查企业安全生产", "泉州网", "http://www.qzwb.com/a.html", "350500", "lower"),
    # -- universities by their short names
    # a university by its customary short name at the head is a unit inside its city (厦大: 思明区, Xiamen)
    ("厦大毕业生越南海域落海失联 校友发起网络求援", "泉州网", "http://www.qzwb.com/a.html", "350200", "lower"),
    ("厦大毕业生越南海域落海失联 校友发起网络求援", "泉州网", "http://www.qzwb.com/a.html", "350500", "external"),
    ("哈工程再添国家“111计划” 学科创新引智基地", "中华人民共和国工业和信息化部", "https://www.miit.gov.cn/a.html", "350000",
     "external"),
    ("清华今年将按16大类招生", "招考资讯网", "http://www.zhaokao.net/a.html", "110108", "lower"),
    # 北大荒 is a farming group, not 北京大学
    ("北大荒集团召开会议", "黑龙江日报", "http://www.hljdaily.cn/a.html", "110108", "external"),
    # -- the nation inside a quoted name
    # the nation word inside a short quoted name or title is part of it: the place or unit acts
    ("“中国很赞”地铁专列在成都地铁上线运营", "成都市人民政府门户网站", "http://www.chengdu.gov.cn/a.html", "510100", "lower"),
    ("我校五度荣膺“全国文明单位”称号", "湖南大学", "http://news.hnu.edu.cn/a.html", "430104", "lower"),
    # ... but a long quotation is no name, and the nation acting outside quotes still acts
    ("中国成功发射陆地勘查卫星四号", "泉州网", "http://www.qzwb.com/a.html", "350500", "upper"),
    # -- another countrys body of the same name
    # another country's body of the same name as China's is that country's (outside every home)
    ("乌干达海关总署署长迪克森先生来访我院", "山东科技职业学院国际交流与合作部", "http://www.sdzy.com.cn/a.html", "350000",
     "external"),
    ("美国国务院发布报告", "环球网", "https://www.huanqiu.com/a.html", "350000", "external"),
    # China's own stays national
    ("国务院常务会议部署工作", "泉州网", "http://www.qzwb.com/a.html", "350000", "upper"),
    # -- objects and partners of a school are no actors
    # a national leader after 把 is the object; the place named acts
    ("【全国两会地方谈】把总书记的亲切关怀融入到重庆大地的奋进之笔中", "舜网", "http://www.e23.cn/a.html", "350000",
     "external"),
    # a school strengthening its ties with a national institute acts itself
    ("我校加强与国务院发展研究中心国际技术经济研究所战略合作", "华中科技大学", "http://news.hust.edu.cn/a.html", "420100",
     "lower"),
    ("南理工7位教授入选国家第三批“万人计划”", "中华人民共和国工业和信息化部", "https://www.miit.gov.cn/a.html", "320100",
     "lower"),
    # -- a school going somewhere acts
    # a school going somewhere to do something, or completing a task there, acts itself; the place is where
    ("我校赴深圳大学城考察调研", "四川文化产业职业学院", "http://www.scvcci.cn/a.html", "510100", "lower"),
    ("我校赴深圳大学城考察调研", "四川文化产业职业学院", "http://www.scvcci.cn/a.html", "440300", "external"),
    ("我校教师团队完成河南省精准扶贫工作成效第三方评估任务", "中国地质大学（武汉）", "http://www.cug.edu.cn/a.html", "420100",
     "lower"),
    # -- a school named after its place with its kind between (开放大学, 广播电视大学, 医学院, 工业大学) is a unit inside
    # that place, not the place's party committee studying a congress's spirit
    ("南阳开放大学持续深入开展党的二十大精神学习", "南阳开放大学", "http://www.nyrtvu.edu.cn/a.html", "411300", "lower"),
    ("泉州广播电视大学开展党的二十大精神学习", "泉州广播电视大学", "http://www.qztvu.cn/a.html", "350500", "lower"),
    ("泉州医学院学习党的二十大精神", "泉州医学院", "http://www.qzmc.edu.cn/a.html", "350500", "lower"),
    ("泉州工业大学学习党的二十大精神", "泉州工业大学", "http://www.qzgy.edu.cn/a.html", "350500", "lower"),
]


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), CASES)
def test_each_rule_reads_its_form(title: str, source: str, url: str, home: str, kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason


@pytest.mark.parametrize(("title", "text"), [
    # a department's standard name longer than six characters, or a commission, is read whole, with its place
    ("市粮食和物资储备局召开会议", "市粮食和物资储备局"),
    ("省粮食和物资储备局副局长张生彬到张家港产业园检查工作", "省粮食和物资储备局"),
    ("市住房和城乡建设局召开会议", "市住房和城乡建设局"),
    ("省人力资源和社会保障厅召开会议", "省人力资源和社会保障厅"),
    ("省发展和改革委员会召开会议", "省发展和改革委员会"),
    ("省卫生健康委员会召开会议", "省卫生健康委员会"),
])
def test_long_department_names_are_government(title: str, text: str) -> None:
    a = default_actor_finder.find(title)
    assert a is not None and a.body == "government" and a.text == text, a


def test_a_congress_committee_keeps_its_name_before_the_department_list() -> None:
    a = default_actor_finder.find("省人大教育科学文化卫生委员会召开会议")
    assert a is not None and a.body == "congress"


@pytest.mark.parametrize(("title", "source", "url"), [
    # a national law's draft explained, relayed by a county government's or a university's site: the national congress
    ("关于《中华人民共和国慈善法(草案)》的说明", "荥阳市人民政府", "https://public.xingyang.gov.cn/D3602Y/837412.jhtml"),
    ("关于《中华人民共和国乡村振兴促进法(草案)》的说明", "山东第一医科大学", "https://sinu.sdmu.edu.cn/info/1056/1720.htm"),
])
def test_a_national_laws_draft_explained_is_the_national_congresss(title: str, source: str, url: str) -> None:
    for home in ("350000", "420106", "410182"):
        v = verdict(home, title, source, url)
        assert v.kind == "upper", (home, v.reason)


def test_a_common_word_district_name_on_a_site_whose_name_ends_with_it() -> None:
    # 矿区人大 on 井陉矿区's own site is that district's congress, not 阳泉市矿区's; on 阳泉市矿区's site it is that one
    title = "矿区人大视察区人民医院建设工作"
    v = verdict("130107", title, "石家庄市井陉矿区人民政府", "http://sjzkq.gov.cn/columns/a.html")
    assert v.kind == "internal" and "矿区矿区" not in v.reason, v.reason
    assert verdict("140303", title, "阳泉市矿区人民政府", "http://www.yqkq.gov.cn/a.html").kind == "internal"
    assert verdict("130107", title, "阳泉市矿区人民政府", "http://www.yqkq.gov.cn/a.html").kind == "external"


@pytest.mark.parametrize(("title", "kind"), [
    # the party committee's office for civility is one of its departments (下情 for its own city), not the committee
    ("市委文明办传达贯彻市“两会”精神", "lower"),
    ("市委召开全体会议", "upper"),
])
def test_a_civility_office_is_a_party_department(title: str, kind: str) -> None:
    v = verdict("610200", title, "铜川文明网", "http://wmb.tongchuan.gov.cn/2023/0207/10541.html")
    assert v.kind == kind, v.reason


def test_a_national_law_named_without_its_marks_is_a_national_matter() -> None:
    # a law by the endings only national laws have (…防治法, …保护法), no body and no place named, on a site of no
    # known place: national news (held unsure); a place's own campaign about such a law stays the place's
    title = "推动固体废物污染环境防治法全面贯彻落实"
    v = verdict("350000", title, "谷腾环保网", "http://te2011.goootech.com/news/detail-10303600.html")
    assert v.kind == "upper" and v.confidence < 0.8, v.reason
    own = verdict("350500", "我市开展未成年人保护法宣传活动", "泉州网", "http://www.qzwb.com/a.html")
    assert own.kind == "lower", own.reason


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # a place passing a national body's check acts (the examiner does not); the examiner coming to check still acts
    ("我市顺利通过国务院教育督导委员会“全国义务教育发展基本均衡县(区)”复查", "临沂市教育局",
     "http://jyj.linyi.gov.cn/a.html", "350000", "external"),
    ("我市顺利通过国务院教育督导委员会“全国义务教育发展基本均衡县(区)”复查", "临沂市教育局",
     "http://jyj.linyi.gov.cn/a.html", "371300", "lower"),
    ("国务院教育督导委员会到我市开展复查", "临沂市教育局", "http://jyj.linyi.gov.cn/a.html", "350000", "upper"),
    # a school joining a national society acts itself
    ("我院成功加入中国交通教育研究会机动车职业教育发展研究中心", "泰山职业技术学院", "http://www.sdtszy.com/a.html",
     "350000", "external"),
])
def test_a_place_passing_a_check_or_a_school_joining_acts(title: str, source: str, url: str, home: str,
                                                          kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason
    assert "顺利" not in v.reason


@pytest.mark.parametrize(("title", "home", "kind"), [
    # a national leader whose name many local officials bear is read by a visit abroad right after it
    ("王毅访柬埔寨 会见洪森和即将接任首相的洪马内子", "350000", "upper"),
    # ... but not by a meeting with foreign guests, which local leaders of the same name hold all the time
    ("王毅会见日本长崎县友好访问团", "350000", "lower"),
    # ... and not by a local act on a local site
    ("王毅到我县调研", "350000", "lower"),
])
def test_a_common_named_national_leader_by_a_foreign_affairs_act(title: str, home: str, kind: str) -> None:
    v = verdict(home, title, "泉州网", "http://www.qzwb.com/a.html")
    assert v.kind == kind, v.reason


@pytest.mark.parametrize(("title", "code", "body"), [
    # a place's body or leader named before an out-of-town chamber visits it: the visitor acts
    ("南昌市西湖区委书记陶亿国莅临江西泉州商会调研统战工作", "360103", "party"),
    ("南昌市委书记莅临江西泉州商会调研", "360100", "party"),
    # the chamber itself acting, or named after a slogan, is the place it is in
    ("湖北省安徽商会召开会员大会", "420000", "massorg"),
    ("廿载徽商聚荆楚 同心筑梦启新程——湖北省安徽商会成立二十周年暨五届三次会员代表大会召开", "420000", "massorg"),
])
def test_a_visitor_named_before_an_out_of_town_chamber_acts(title: str, code: str, body: str) -> None:
    a = default_actor_finder.find(title)
    assert a is not None and a.region is not None and a.region.code == code and a.body == body, a


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # academicians by their title alone are scholars, no national body (held unsure); the academy's own officers act
    ("中国工程院四位院士莅临中铁装备参观调研", "中国工程机械工业协会", "http://www.cncma.org/a.html", "350000", "external"),
    ("中国工程院院士一行到鲤城调研", "鲤城新闻网", "http://www.lcxw.cn/a.html", "350502", "external"),
    ("中国科学院院长白春礼到武汉调研", "湖北日报", "http://hbrb.cn/a.html", "420000", "upper"),
    # an academician with a post in a place is that post's body
    ("中国科学院院士、福建省科协主席到泉州调研", "泉州网", "http://www.qzwb.com/a.html", "350000", "lower"),
])
def test_academicians_by_title_are_scholars(title: str, source: str, url: str, home: str, kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason
    if kind == "external" and "院士" in title and "院长" not in title:
        assert v.confidence < 0.8


@pytest.mark.parametrize(("title", "kind"), [
    # the party committee's general office at routine work is one of its departments (下情 for its own place) ...
    ("鼎城区委办开展志愿者服务活动", "lower"),
    # ... its documents carry the committee's authority, and the committee itself acts as before
    ("鼎城区委办公室印发《关于加强值班工作的通知》", "upper"),
    ("鼎城区委召开全体会议", "upper"),
])
def test_the_party_committees_general_office(title: str, kind: str) -> None:
    v = verdict("430703", title, "中共常德市委办公室", "http://www.cdswbgs.gov.cn/a.html")
    assert v.kind == kind, v.reason


def test_two_people_named_together_before_a_visit_lead_as_one() -> None:
    # 王平、李明一行赴泉州考察 on a Xiamen university's site: the site's people visit (unsure who), not Quanzhou acting
    v = verdict("350203", "王平、李明一行赴泉州考察", "厦门大学新闻网", "http://news.xmu.edu.cn/a.html")
    assert v.kind == "lower" and v.path == "person", v.reason


@pytest.mark.parametrize(("title", "kind"), [
    # a place's deputies discussing or quoted (as at a session) are its congress at work: 内情 for that place
    ("第一动力正澎湃 浙江代表热议创新驱动", "internal"),
    ("现场速递丨浙江代表：众望所归 民心所向", "internal"),
    # deputies acting on their own in the place stay 下情
    ("浙江代表走访企业了解复工情况", "lower"),
])
def test_a_places_deputies_discussing_are_its_congress_at_work(title: str, kind: str) -> None:
    v = verdict("330000", title, "中国台州网", "http://www.taizhou.com.cn/a.html")
    assert v.kind == kind, v.reason


def test_a_schools_people_discussing_a_session_act_themselves() -> None:
    v = verdict("430104", "我校干部师生热议两会闭幕", "湖南大学", "http://news.hnu.edu.cn/a.html")
    assert v.kind == "lower", v.reason


def test_a_national_body_named_after_something_else_is_held_for_people() -> None:
    # national bodies named later in the headline were right about one time in two on the retired test parts' first
    # measurements (91% when they lead it): such verdicts stay below sure, for people to check
    later = verdict("350500", "市领导参加全国人大常委会执法检查组座谈会", "泉州网", "http://www.qzwb.com/a.html")
    assert later.kind == "upper" and later.confidence < 0.8, later
    lead = verdict("350500", "国务院常务会议部署工作", "泉州网", "http://www.qzwb.com/a.html")
    assert lead.kind == "upper" and lead.confidence >= 0.8, lead
    # (traditional characters are read as simplified, in the calibration pass too)
    held = verdict("350500", "修改香港選制 中國人大:須落實愛國者治港", "明報", "https://news.mingpao.com/a.html")
    assert held.confidence < 0.8


def test_a_university_named_without_its_last_character() -> None:
    # 福建农林大 is 福建农林大学 (Fuzhou), not Fujian province acting
    title = "福建农林大推动福州“三农”事业发展"
    assert verdict("350200", title, "福州蓝房网", "http://fz.lanfw.com/2017/0306/362878.html").kind == "external"
    assert verdict("350100", title, "福州蓝房网", "http://fz.lanfw.com/2017/0306/362878.html").kind == "lower"


# The whole-diff review's examples: forms the new rules must leave as they were (each read right before them).
REVIEW_CASES = [
    ("海南市县两级人大换届选举工作启动", "海南日报", "http://www.hndaily.cn/a.html", "460000", "internal"),  # no 海南区
    ("海南市场主体突破200万户", "海南日报", "http://www.hndaily.cn/a.html", "460000", "lower"),
    ("深化平安县创建工作推进会召开", "惠安新闻网", "http://www.huianxw.com/a.html", "350521", "lower"),  # no 平安区
    ("黑龙江大力推进冰雪经济发展", "人民网", "http://www.people.com.cn/a.html", "230000", "lower"),  # no 黑龙江大学
    ("北大港湿地保护区迎来候鸟迁徙高峰", "天津日报", "http://www.tianjinwe.com/a.html", "120000", "lower"),  # no 北大
    ("我市召开防汛应急部署会", "泉州网", "http://www.qzwb.com/a.html", "350500", "lower"),  # 部署, no 应急部
    ("武汉市做好春节期间交通部署", "长江日报", "http://www.cjrbapp.cjn.cn/a.html", "420100", "lower"),
    ("张军会见日本长崎县友好访问团", "泉州网", "http://www.qzwb.com/a.html", "350500", "lower"),  # a local 张军
    ("阳泉市城区人大常委会来我区考察", "东城区人大", "http://www.bjdch.gov.cn/a.html", "110101", "external"),
    ("中国工程院院士专家工作站落户我市", "泉州网", "http://www.qzwb.com/a.html", "350500", "lower"),
    ("两国青年在友好交流中增进了解", "泉州网", "http://www.qzwb.com/a.html", "350500", "lower"),  # no 友好区
    # ... and the common official forms of a national law's draft explained
    ("关于《中华人民共和国个人所得税法修正案（草案）》的说明", "泉州人大网", "http://www.qzrd.gov.cn/a.html", "350500", "upper"),
    ("关于《中华人民共和国刑法修正案（十一）（草案）》的说明", "泉州人大网", "http://www.qzrd.gov.cn/a.html", "350500", "upper"),
    ("关于《中华人民共和国民法典（草案）》的说明", "泉州人大网", "http://www.qzrd.gov.cn/a.html", "350500", "upper"),
]


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), REVIEW_CASES)
def test_the_reviews_examples_read_as_before(title: str, source: str, url: str, home: str, kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason


@pytest.mark.parametrize("title", ["第十四届全国人民代表大会第二次会议开幕", "2023年全国人大常委会立法工作计划公布"])
def test_a_year_or_term_before_a_national_body_does_not_hold_it(title: str) -> None:
    v = verdict("350500", title, "泉州网", "http://www.qzwb.com/a.html")
    assert v.kind == "upper" and v.confidence >= 0.8, v


@pytest.mark.parametrize(("title", "source", "url", "kind"), [
    # a slogan and a space before the nation as subject lead in as a dash does
    ("情漫峡江谱新篇 全国对口支援库区考察团走进我校进行实地教育考察", "巴东一中", "http://www.bdxyz.com/a.html", "upper"),
    # a national grade of scenic spot (国家5A级) is no national body
    ("清江画廊旅游度假区创建国家5A级景区工作推", "清江画廊", "http://www.qjhl.com/a.html", "external"),
    # 中交集团 is a central company (at its seat, outside Fujian)
    ("中交集团党委书记、董事长宋海良莅临中国公路建设行业协会调研协会工作", "中国公路建设行业协会", "http://www.chcca.org.cn/a.html",
     "external"),
])
def test_the_last_retired_halfs_forms(title: str, source: str, url: str, kind: str) -> None:
    v = verdict("350000", title, source, url)
    assert v.kind == kind, v.reason


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # a place's leaders together at routine work are its party and government leaders, no decision of its party
    # committee: 下情 for that place (held unsure), 上情 for a place inside it, as the corpus's gold has it two times in three
    ("市领导走访慰问养老机构老人送去了问候与祝福", "中国铁岭网", "http://www.tielingcn.com/a.html", "211200", "lower"),
    ("区领导调研乡村振兴和人居环境整治工作", "永定新闻网", "https://fjydnews.com/wap/2024-09/22/content_1907502.htm", "350803",
     "lower"),
    ("市领导到邹城调研指导工作", "济宁新闻网", "http://www.jnnews.tv/a.html", "370883", "upper"),
    # the party committee itself still leads
    ("市委召开常委会会议", "中国铁岭网", "http://www.tielingcn.com/a.html", "211200", "upper"),
])
def test_a_places_leaders_at_routine_work(title: str, source: str, url: str, home: str, kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason
    if kind == "lower":
        assert v.confidence < 0.8


@pytest.mark.parametrize(("title", "source", "url", "home", "kind"), [
    # Inner Mongolia's 旗 (a county) and 盟 (a prefecture) as relative level words, as 县 and 市 are elsewhere
    ("旗委书记到苏木调研", "正蓝旗人民政府", "http://www.zlq.gov.cn/a.html", "152530", "upper"),
    ("旗长主持召开旗政府常务会议", "正蓝旗人民政府", "http://www.zlq.gov.cn/a.html", "152530", "lower"),
    ("盟委书记到苏尼特右旗调研", "锡林郭勒日报", "http://www.xlglrb.cn/a.html", "152530", "upper"),
    ("盟委书记到苏尼特右旗调研", "锡林郭勒日报", "http://www.xlglrb.cn/a.html", "152500", "upper"),
    # ... but 全盟 in 民盟's own news is the whole democratic party, not a prefecture
    ("全盟上下学习贯彻会议精神", "民盟中央", "http://www.mmzy.org.cn/a.html", "152500", "upper"),
])
def test_banners_and_leagues_as_level_words(title: str, source: str, url: str, home: str, kind: str) -> None:
    v = verdict(home, title, source, url)
    assert v.kind == kind, v.reason
    if "全盟" in title:
        assert "民盟" in v.reason


# Readings held for people (sure False) and their neighbours kept sure (True): the title, the site, its URL.
HELD_OR_SURE = [
    # national CPPCC members by title were right about one time in two on the retired test parts' first measurements (32
    # of 59 verdicts): their other post, place or group often decides; held for people, as national deputies are
    ("全国政协委员、民进中央委员来我校调研", "怀化职业技术学院", "http://www.hhvtc.com.cn/a.html", False),
    ("全国政协委员来豫调研南水北调中线工程", "河南省人民政府", "http://www.henan.gov.cn/a.html", False),
    ("全国政协常委蔡威做客中央台", "央广网", "http://www.cnr.cn/a.html", False),
    # ... the body itself and its leaders stay sure, a member's title later in the headline or not
    ("全国政协常委会工作报告", "人民网", "http://www.people.com.cn/a.html", True),
    ("全国政协召开双周协商座谈会", "人民网", "http://www.people.com.cn/a.html", True),
    ("全国政协副主席梁振英调研中国散裂中子源", "人民网", "http://www.people.com.cn/a.html", True),
    ("全国政协十四届二次会议开幕 全国政协委员陆续报到", "人民网", "http://www.people.com.cn/a.html", True),
    ("全国政协副主席来泉调研 全国政协委员陪同", "人民网", "http://www.people.com.cn/a.html", True),
    # a national society's site read as the headline's actor (its items are often a local branch's, a member's or an
    # overseas association's): half right on the retired test parts' first measurements; held
    ("协会参加联合会高级副会长和兼职副秘书长座谈会", "中国氯碱工业协会(ccaia.org.cn)", "http://www.ccaia.org.cn/a.html", False),
    # ... the national people's organisations on their own sites stay sure (all right there), known by the site's name
    # when the headline does not name them
    ("残疾人工作会议召开", "中国残疾人联合会", "http://www.cdpf.org.cn/a.html", True),
    ("共青团召开全团大会", "中国青年网", "http://www.youth.cn/a.html", True),
    ("中残联领导张海迪、鲁勇、吕世明等赴各地调研残疾人工作", "中国残疾人联合会", "http://www.cdpf.org.cn/a.html", True),
]


@pytest.mark.parametrize(("title", "source", "url", "sure"), HELD_OR_SURE)
def test_national_members_and_societies_sites_held_their_bodies_sure(title: str, source: str, url: str,
                                                                     sure: bool) -> None:
    v = verdict("350500", title, source, url)
    assert v.kind == "upper" and (v.confidence >= 0.8) == sure, v


@pytest.mark.parametrize(("home", "kind"), [("350000", "internal"), ("420000", "external"), ("350500", "upper")])
def test_a_count_between_a_place_and_its_national_deputies_keeps_the_delegation(home: str, kind: str) -> None:
    # 在闽57名全国人大代表 are Fujian's delegation, as 在闽全国人大代表 are (not the national congress's deputies); the
    # count is no part of the delegation's name
    v = verdict(home, "在闽57名全国人大代表视察山西电力公司", "电力18", "http://www.ep18.cn/web/a.html")
    assert v.kind == kind and "福建" in v.reason and "57名" not in v.reason, v
