"""Failure kinds the eighth fresh set (2026-12-03, 186 headlines from 154 sites new to the corpus, now dev) showed, each
fixed in general and tested on the real headlines that showed it, with real corpus headlines the fix must leave as
they were (processing/models/data/NOTICE: raw/h99zzzzzzzzzzzzzzna..nd)."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


def test_an_organisation_named_after_a_bare_level_word_is_that_levels() -> None:
    # 市欧美同学会 on a university's site in 天津's 河西区: the city's association, above the district, not a society of
    # the district the site stands in
    v = _verdict("120103", "市欧美同学会领导一行来我校调研交流", "天津外国语大学",
                 "https://news.tjfsu.edu.cn/content/20210331/20210331_232.htm")
    assert v.kind == "upper" and v.actor is not None and v.actor.region is not None \
        and v.actor.region.code == "120000", v.reason
    # (the association's own site: the city's still, 深圳 here)
    own = _verdict("440300", "市医院管理者协会召开专题学习会 深入学习贯彻党的二十届四中全会精神", "深圳市医院管理者协会",
                   "https://npo85401g.npoall.com/news/itemid-205799.html")
    assert own.kind == "lower" and own.actor is not None and own.actor.region is not None \
        and own.actor.region.code == "440300", own.reason


@pytest.mark.parametrize(("home", "title", "source", "url", "kind", "where"), [
    # the only one in the province placed in the site's city: the city's (石家庄市红十字会's site)
    ("130100", "河北省唯一应急救护培训基地落户我市", "石家庄市红十字会",
     "http://www.sjzredcross.org.cn/smartcore/web/sjzhsz/hszxsc/2c98304583d00fc50183e9caf1ec096a.htm", "lower", "130100"),
    # a city's first made in a county of it, on a national portal: the county's, read in the city's context
    ("371327", "临沂首个产业标准联盟“沂蒙绿茶”在莒南产生", "县域经济在线",
     "http://xyjjzx.com/qianxianbolan/junan/ShowArticle.asp?ArticleID=9629", "lower", "371327"),
    ("371300", "临沂首个产业标准联盟“沂蒙绿茶”在莒南产生", "县域经济在线",
     "http://xyjjzx.com/qianxianbolan/junan/ShowArticle.asp?ArticleID=9629", "lower", "371327"),
])
def test_a_first_or_an_only_one_is_where_it_is_made(home: str, title: str, source: str, url: str, kind: str,
                                                     where: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.kind == kind and v.actor is not None and v.actor.region is not None and v.actor.region.code == where, \
        v.reason


def test_a_unanimous_election_is_the_congress_sessions() -> None:
    # 全票当选 between the name and the post: the city's congress elects (RUBRIC: R's congress as a body is 内情)
    v = _verdict("440500", "彭章波同志全票当选汕头市人民检察院检察长!市检察院工作报告全票通过!", "汕头市人民检察院",
                 "https://www.stjcy.gov.cn/phone/index.php/home/view?id=10149")
    assert v.kind == "internal", v.reason


def test_party_organisations_are_not_the_party_committee() -> None:
    # 各级党组织 of a district: the district's organisations at work (下情 for it), not its committee's 党组
    v = _verdict("110109", "门头沟区各级党组织创新形式开展庆“八一”双拥共建系列活动", "北京组工网",
                 "http://www.bjdj.gov.cn/article/31993.html")
    assert v.kind == "lower", v.reason
    # (a government's own 党组 is still its party organ: 市政府党组 acting is the government's)
    organ = _verdict("350200", "市政府党组召开会议", "厦门市人民政府", "http://www.xm.gov.cn/a.htm")
    assert organ.actor is not None and organ.actor.body in ("government", "party"), organ.reason


def test_callers_by_name_alone_are_the_sites_people_held_unsure() -> None:
    # a university's heads by their names calling on a province's government: they call, held unsure (their posts are
    # not said); not the government called on
    v = _verdict("130000", "周坚、杨勇平拜会河北省政府领导", "华北电力大学",
                 "https://news.ncepu.edu.cn/tpxw/e3a6e79692244eb4b9ada56f0928aaac.htm")
    assert v.kind == "external" and v.confidence < 0.8, (v.kind, v.confidence, v.reason)
    # (a group's heads on its subsidiary's site are not the site's people: the guess stays unsure, never sure)
    group = _verdict("220100", "卢进、刘冰拜会辽宁省委书记张国清、省长刘宁", "长春黄金设计院有限公司",
                     "http://www.cgdi.cn/news/559.html")
    assert group.confidence < 0.8, (group.kind, group.confidence, group.reason)


def test_a_district_named_like_a_province_at_a_phrases_head() -> None:
    # 天津's 河北区 at a phrase's head on a national site: the district, not the province
    title = "【全国科普日】河北区举办2023年全国科普日主场活动—“精彩海河北 乐享科普荟”科普嘉年华宣传活动"
    url = "https://kepuchina.cn/article/articleinfo?ar_id=442511&business_type=100&classify=0"
    v = _verdict("130000", title, "科普中国", url)
    assert v.kind == "external" and v.actor is not None and v.actor.region is not None \
        and v.actor.region.code == "120105", v.reason
    # (天津's own site, as before)
    own = _verdict("120105", "河北区多措施抓好劳动关系和谐稳定", "天津市人民政府",
                   "http://www.tj.gov.cn/xw/qx1/201803/t20180315_3622608.html")
    assert own.kind == "lower", own.reason


def test_a_college_signing_with_a_partner_after_a_slogan() -> None:
    # 学院与某省联合会…签署: the site's college signs (its city's unit), not the provincial federation it signs with
    v = _verdict("320100", "创新产教融合机制 拓展人才培养空间——学院与江苏省工业经济联合会、江苏省现代服务业联合会签署产教融合战略合作协议",
                 "江苏联合职业技术学院", "http://www.juti.cn/2022/0311/c93a17016/page.htm")
    assert v.kind == "lower", v.reason


def test_an_independent_college_named_after_its_university_is_where_it_is() -> None:
    # 浙江农林大学暨阳学院 is in 绍兴 (诸暨: processing/data/university_districts.tsv), not where 浙江农林大学 is (杭州):
    # the longer name in the list wins
    v = _verdict("330600", "学院与姚江镇签订全面战略合作协议", "浙江农林大学暨阳学院社会合作部",
                 "http://shb.zjyc.edu.cn/info/2023/1923.htm")
    assert v.actor is not None and v.actor.region is not None and v.actor.region.code == "330681", v.reason
    assert v.kind == "lower", v.reason
    # (a development zone signing with 厦门大学嘉庚学院, in 漳州: the zone's city, not 厦门's)
    zone = _verdict("350200", "向新而行 共赴新程!漳州开发区管委会与厦门大学嘉庚学院签订战略合作协议", "漳州招商局经济技术开发区",
                    "http://www.zkq.gov.cn/a.htm")
    assert zone.kind == "external", zone.reason


def test_a_units_party_committee_by_its_full_name() -> None:
    # 中共某县中医医院委员会 is the hospital's 党委: it watches the provincial party congress open (下情 for its county)
    v = _verdict("510524", "【党建聚焦】中共叙永县中医医院委员会组织收看中国共产党四川省第十二次代表大会开幕式", "叙永县中医医院",
                 "http://xyxzyyy.com/yiyuanxinwen/dangjianzhuanlan/202302277963.html")
    assert v.kind == "lower", v.reason
    # (the CPC committee of a place by its full name is still that committee)
    place = _verdict("350500", "中共泉州市委员会召开全体会议", "泉州市人民政府", "http://www.quanzhou.gov.cn/a.htm")
    assert place.kind == "upper", place.reason


def test_a_county_of_the_sites_city_after_a_slogan_beside_a_national_day() -> None:
    # 邗江 after the slogan's dash on 扬州's site, a national day as the occasion: the district's centre
    v = _verdict("321003", "依法预防接种,享受健康生活——邗江疾控中心开展第30个全国“儿童预防接种日”宣传活动",
                 "扬州网宣单位形象展示平台", "http://zs.yz-news.com/yzzsw/News_View.asp?NewsID=10335")
    assert v.kind == "lower", v.reason
    # (a county's name quoted as a concept's, “晋江经验”, is no county acting: 泉州's congress contributes)
    concept = _verdict("350500", "创新发展“晋江经验” 为谱写中国式现代化泉州篇章作出人大贡献", "泉州经济网",
                       "http://qzce.com/html/news/202401/08/77020.shtml")
    assert concept.kind == "internal", concept.reason


@pytest.mark.parametrize(("home", "title", "source", "url", "not_kind"), [
    # a review's counter-examples (realistic forms, 2026-12-03): a county's name inside a national thing's, beside the
    # nation as a scope, is no county acting (新华时评, 复兴号, “长安杯”)
    ("130900", "新华时评：中国经济长期向好的基本面没有改变", "沧州日报", "http://www.czrb.com.cn/a.html", "lower"),
    ("130400", "7月1日起全国铁路实行新运行图 复兴号开行范围进一步扩大", "邯郸新闻网", "http://www.hdxw.cn/a.html", "lower"),
    ("610100", "平安中国建设表彰大会召开 “长安杯”授予全国57个市县", "西安新闻网", "http://www.xiancn.com/a.html", "lower"),
    # a street named after a college on a government portal is no college's own news; 河北区位优势 is the province's
    ("110108", "学院路街道荣获“首都文明街道”称号", "首都之窗", "https://www.beijing.gov.cn/ywdt/a.html", "upper"),
    ("130000", "河北区位优势凸显 京津冀协同发展迈出坚实步伐", "河北新闻网", "http://hebei.hebnews.cn/a.htm", "external"),
    # (a county's own experience, quoted, with no nation beside it: the county's)
    ("350582", "“晋江经验”提出二十周年 县域经济活力迸发", "泉州网", "http://www.qzwb.com/a.html", "upper"),
    # a second review's (2026-12-03): a first signed in one place and placed in another, or in a list of two, or in a
    # university named after its city, is not the first place's
    ("420600", "湖北首个氢能重卡产业园项目在武汉签约 落户襄阳", "襄阳市人民政府", "http://www.xiangyang.gov.cn/a.htm", "external"),
    ("420600", "全省首批数字乡村试点在宜昌、襄阳两地启动", "襄阳日报", "http://www.hbxydaily.com/a.htm", "external"),
    ("350203", "福建首个数据要素产业园落户厦门市思明区", "思明区人民政府", "http://www.siming.gov.cn/a.htm", "upper"),
    ("420111", "湖北首个人工智能产业学院在武汉理工大学揭牌", "武汉理工大学新闻网", "http://news.whut.edu.cn/a.htm", "upper"),
    # ... an association's election is no governor's or mayor's (省长城, 市长城), a district's head no city's mayor
    ("130000", "董耀会高票当选河北省长城保护协会会长", "河北新闻网", "http://hebei.hebnews.cn/a.htm", "internal"),
    ("610800", "段云飞再次当选榆林市长城学会会长", "榆林日报", "http://www.ylrb.com/a.htm", "internal"),
    ("500000", "陈志强全票当选重庆市长寿区人民政府区长", "华龙网", "https://cq.cqnews.net/a.htm", "internal"),
    # ... a central company's provincial branch's party organisations are the branch's, in the province's capital
    ("420100", "中国移动湖北公司各级党组织深入学习贯彻党的二十大精神", "中国移动湖北公司", "http://www.hb.10086.cn/a.htm", "upper"),
    # ... and a reporter or a lawyer visiting a body is no name calling on it: the body visited
    ("350200", "记者走访厦门市中级人民法院", "福建日报", "http://www.fjsen.com/a.htm", "upper"),
    ("420100", "律师走访武汉市人大常委会", "湖北日报", "http://www.hubeidaily.net/a.htm", "upper"),
    ("350000", "侨领拜会福建省侨联领导", "中国侨网", "http://www.chinaqw.com/a.htm", "external"),
    # ... a street named after a college, on a college's site, is the street (宜昌's 学院街道 in 西陵区)
    ("420502", "学院街道社区干部来校交流", "三峡旅游职业技术学院", "http://www.tgc.edu.cn/a.htm", "external"),
    # ... a first signed in one place and begun in another, both with 在: neither is sure, the site's city has it
    ("420600", "湖北首个氢能产业园在武汉签约 在襄阳开工", "襄阳市人民政府", "http://www.xiangyang.gov.cn/a.htm", "external"),
])
def test_what_the_new_readings_leave_alone(home: str, title: str, source: str, url: str, not_kind: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.kind != not_kind, (v.kind, v.confidence, v.reason)
