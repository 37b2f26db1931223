"""Failure kinds session 65 read in the train and dev parts' errors and in fresh sets read before import. A province's
delegation by its short and 团, first of several or with its deputies counted (云南团、新疆团13名全国人大代表视察…), is that
province's delegation, as 天水团省人大代表 already was. A national law's enforcement inspection by the law's bare name, with
no place's congress named, on a site of no place (种子法执法检查:聚焦…, 人大常委会听取未成年人保护法执法检查报告), is the
national legislature's: a 法 is a national law, a place's own acts being 条例, 办法 or 规定. From a fresh set read before
import (zzt): a site's name led by a number (52福清网) names the place after it; deputies trained for their duties
(市十八届人大代表接受履职培训) are the standing committee's deputy work, as at their session. From another (zzs): a leader
the provincial table lists only from a later month, on a site of that province in the five years before with no city
post then (贺天才赴省气象局…调研 of 2021, listed from 2023), is that province's leader already. The national flood
control headquarters by its short (国家防总工作组在青海大通县…指导抢险) is a national body. A check of laws'
implementation heading the headline, a place alone before it or nothing (高台 检查动物防疫法贯彻执行情况, 关于检查《…水法》
…实施情况的报告 on 濮阳人大), is a congress's inspection, the place's or the site's. From the train and dev rows of
two sets imported unread (zzq, zzr): a province's or city's leader joining a delegation's deliberation at a congress
session (王忠林参加省十三届人大七次会议武汉代表团审议) is the session's, as one of unknown post already was; the national
leaders at the NPC's delegations stay theirs. The election of a place's deputies heading the headline as what is
done (洛江区区、乡两级人大代表换届选举开始投票, 省十一届人大代表选举完成…) is its standing committee's work, not the
deputies acting; a town or a unit taking part in it stays itself. A party committee's united front department by its
full name (中共武汉市委统一战线工作部) is a department, as by its short (统战部). A province's site whose host spells the
province's short (吉林省人民政府 at www.jl.gov.cn) is the province's, not a channel of the city that shares the short. A
place's Spring Festival gathering with no body named (福建省春节团拜会举行), or its New Year message alone on its site
(新春贺词), is its party committee's and government's. A person quoted bringing the grassroots' voices to Beijing
(钟海燕:将基层声音带到北京去, a set read before import, zzs) is a national deputy or member, not Beijing's; no place a
quote goes to is the person's.
From a fresh set read before import (zzu): a headline that is a document's title alone, its number before it
(法〔2023〕88号《最高人民法院关于…的规定》), is its issuer's; a provincial body of no known site going to cities of a
province, for the whole province's work (省工信厅…赴鞍山市、本溪市、丹东市开展加快全省工业…调研), is that province's. Each positive case is a real headline of the corpus; the forms each
fix must leave alone are real ones or made from real ones by changing the words the rule reads."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, Verdict
from tests.processing.verdicts import headline_verdict as _verdict


def _national(verdict: Verdict) -> bool:
    """Whether a verdict reads the headline as the nation's: 上情 for any home, its actor placed at the nation."""
    return verdict.kind == "upper" and verdict.actor is not None and verdict.actor.region is not None \
        and verdict.actor.region.level == "nation"


@pytest.mark.parametrize(("title", "home", "kind"), [
    ("云南团、新疆团13名全国人大代表视察新疆检察工作", "350203", "external"),
    ("云南团、新疆团13名全国人大代表视察新疆检察工作", "530000", "internal"),
])
def test_a_delegation_by_its_short_first_of_several_is_the_province(title: str, home: str, kind: str) -> None:
    assert _verdict(home, title, "最高人民检察院", "https://www.spp.gov.cn/spp/a.shtml").kind == kind


@pytest.mark.parametrize("title", [
    # the league's committee is no delegation (共青团), nor deputies named with no 团 before them
    "共青团、团市委13名全国人大代表视察新疆检察工作",
    "13名全国人大代表视察新疆检察工作",
])
def test_no_delegation_without_a_place_and_its_short(title: str) -> None:
    assert _verdict("350203", title, "最高人民检察院", "https://www.spp.gov.cn/spp/a.shtml").kind == "upper"


@pytest.mark.parametrize(("title", "source", "url"), [
    ("种子法执法检查:聚焦重点环节突出问题导向", "零零农业信息网", "http://www.00nongye.com/news/a.html"),
    ("人大常委会听取未成年人保护法执法检查报告", "高考资讯网", "http://www.gaokao.com/e/a.shtml"),
])
def test_a_national_laws_inspection_with_no_place_is_the_nations(title: str, source: str, url: str) -> None:
    verdict = _verdict("350203", title, source, url)
    assert _national(verdict)


@pytest.mark.parametrize(("title", "source", "url", "kind"), [
    # a place's own regulation is no national law
    ("人大常委会听取未成年人保护条例执法检查报告", "高考资讯网", "http://www.gaokao.com/e/a.shtml", "external"),
    # on a city congress's own site, the city's inspection (its site says whose)
    ("种子法执法检查:聚焦重点环节突出问题导向", "厦门人大", "http://www.xmrd.gov.cn/xwdt/a.htm", "upper"),
    # a place's congress named keeps its own inspection
    ("县人大常委会开展《食品安全法》执法检查活动", "岳西人大网", "http://www.yuexi.gov.cn/rd/a.html", "external"),
])
def test_a_laws_inspection_keeps_a_place_or_site_that_says_whose(title: str, source: str, url: str, kind: str) -> None:
    verdict = _verdict("350203", title, source, url)
    assert verdict.kind == kind
    if source == "厦门人大":
        assert verdict.actor is not None and verdict.actor.region is not None and verdict.actor.region.code == "350200"


def test_a_site_name_led_by_a_number_names_the_place_after_it() -> None:
    verdict = _verdict("350181", "市人大代表昨天报到", "52福清网", "https://52fuqing.com/newsshow-306862.html")
    assert verdict.kind == "internal"
    # (a number with no place after it names none)
    assert _verdict("350181", "市人大代表昨天报到", "12345政务服务便民热线", "https://www.example.com/a.html").kind \
        == "external"


@pytest.mark.parametrize(("title", "kind"), [
    ("市十八届人大代表接受履职培训", "internal"),
    ("市人大代表履职培训班开班", "internal"),
    # deputies at work of their own stay the place's
    ("市人大代表参加义务植树", "lower"),
    ("市人大代表接受群众咨询", "lower"),
])
def test_deputies_trained_for_their_duties_are_the_committees_work(title: str, kind: str) -> None:
    assert _verdict("350181", title, "福清新闻网", "http://www.fqxww.cn/news/fqnews/a.shtml").kind == kind


def _dated(home: str, title: str, source: str, url: str, date: str) -> str:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date)).kind


def test_a_provincial_leader_listed_later_is_the_provinces_before_on_its_sites() -> None:
    title, site, url = "贺天才赴省气象局人工增雨防雷技术中心调研", "高平市人民政府", "http://www.sxgp.gov.cn/xwzx_358/a.html"
    assert _dated("140581", title, site, url, "2021-03-01") == "upper"
    assert _dated("140581", title, site, url, "2023-06-01") == "upper"
    # (long before his posts, he may have been anyone's)
    assert _dated("140581", title, site, url, "2012-03-01") != "upper"
    # (on a site of another province, another official of the name)
    assert _dated("350200", title, "厦门日报", "https://www.xmnn.cn/a.html", "2021-03-01") != "upper"


def test_a_leader_whose_city_post_covers_the_month_stays_the_citys() -> None:
    # 武国定 was 许昌's party secretary in 2016 (processing/data/city_leaders.json), the province's from 2018
    title = "武国定:认真落实防汛措施确保黄河安全度汛"
    assert _dated("411700", title, "驻马店市人民政府", "https://www.zhumadian.gov.cn/html/a.html", "2016-06-01") != "upper"
    assert _dated("411700", title, "驻马店市人民政府", "https://www.zhumadian.gov.cn/html/a.html", "2020-06-01") == "upper"


@pytest.mark.parametrize(("title", "source", "url"), [
    ("国家防总工作组在青海大通县山洪灾害现场指导抢险救援工作", "浙江在线", "https://china.zjol.com.cn/gnxw/202208/a.shtml"),
    ("国家防总检查我省黄河流域防汛抗旱工作", "河南人大网", "https://www.henanrd.gov.cn/2021/06-04/104273.html"),
])
def test_the_national_flood_control_headquarters_is_national(title: str, source: str, url: str) -> None:
    assert _verdict("350203", title, source, url).kind == "upper"


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    ("620724", "高台 检查动物防疫法贯彻执行情况", "甘肃人大网", "http://www.gsrdw.gov.cn/html/2015/sxrd_0410/8404.html",
     "internal"),
    ("410900", "关于检查《中华人民共和国水法》和《河南省实施〈中华人民共和国水法〉办法》实施情况的报告", "濮阳人大",
     "http://pysrd.henanrd.gov.cn/2025/06-27/221359.html", "internal"),
    # a body named before it checks for itself
    ("350200", "市场监管局检查食品安全法执行情况", "厦门日报", "https://www.xmnn.cn/a.html", "lower"),
])
def test_a_check_of_laws_implementation_is_a_congress_inspection(home: str, title: str, source: str, url: str,
                                                                 kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "date"), [
    ("350200", "崔永辉参加市十六届人大六次会议代表团分组审议:在城市发展转型升级中展现更大担当作为", "看厦门",
     "https://h5.kxm.xmtv.cn/xmtv/2026-01-23/195db82f79cf140f.html", "2026-01-23"),
    ("420100", "王忠林参加省十三届人大七次会议武汉代表团审议", "人民网湖北频道",
     "http://hb.people.com.cn/BIG5/n2/2022/0121/c194063-35106391.html", "2022-01-21"),
    ("420000", "王忠林参加省十三届人大七次会议武汉代表团审议", "人民网湖北频道",
     "http://hb.people.com.cn/BIG5/n2/2022/0121/c194063-35106391.html", "2022-01-21"),
])
def test_a_local_leader_joining_a_delegations_deliberation_is_the_sessions(home: str, title: str, source: str,
                                                                         url: str, date: str) -> None:
    assert _dated(home, title, source, url, date) == "internal"


def test_a_national_leader_joining_a_delegation_stays_his() -> None:
    title = "习近平参加重庆代表团审议"
    assert _dated("500000", title, "千龙网", "http://news.qianlong.com/2018/0311/a.shtml", "2018-03-11") == "upper"
    # (and the leader at other work keeps his post)
    assert _dated("420100", "王忠林到江夏区调研", "长江日报", "https://www.cjrb.cn/a.html", "2022-01-21") == "upper"


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    ("350504", "洛江区区、乡两级人大代表换届选举开始投票", "闽南网", "http://www.mnw.cn/quanzhou/luojiang/1482047.html",
     "internal"),
    ("330000", "省十一届人大代表选举完成 当选代表636名", "浙江在线",
     "http://zjnews.zjol.com.cn/05zjnews/system/2007/12/27/009093780.shtml", "internal"),
    # a town's election work, or a unit's part in the district's, is theirs
    ("331003", "上郑乡人大代表换届选举工作圆满完成", "台州市黄岩区人民政府", "http://www.zjhy.gov.cn/a.html", "lower"),
])
def test_a_places_deputy_election_is_its_standing_committees_work(home: str, title: str, source: str, url: str,
                                                                  kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


def test_a_unit_taking_part_in_an_election_is_no_committees_work() -> None:
    verdict = _verdict("420111", "我校顺利完成洪山区关山街区级人大代表换届选举工作", "武汉职业技术学院",
                       "http://www.wtc.edu.cn/a.html")
    assert verdict.kind != "internal"


def test_the_united_front_department_by_its_full_name_is_a_department() -> None:
    title = "“凝心铸魂强根基、团结奋进新征程” 主题教育交流座谈会召开"
    for site in ("中共武汉市委统一战线工作部", "中共武汉市委统战部"):
        assert _verdict("420100", title, site, "https://whtzb.org/home/info/30839.html").kind == "lower"


@pytest.mark.parametrize(("source", "url", "code"), [
    ("吉林省人民政府", "http://www.jl.gov.cn/zw/a.html", "220000"),
    ("吉林省人民检察院", "http://www.jl.jcy.gov.cn/a.html", "220000"),
    # (a provincial portal's city channel stays the city's)
    ("东南网", "http://qz.fjsen.com/2012-02/28/a.htm", "350500"),
])
def test_a_provinces_site_whose_host_spells_its_short_is_the_provinces(source: str, url: str, code: str) -> None:
    site = Classifier("350203").rules.site(Item(title="某某会议召开", source_name=source, url=url)).division
    assert site is not None and site.code == code


@pytest.mark.parametrize(("home", "title", "kind"), [
    ("350000", "福建省春节团拜会举行", "upper"),
    ("350000", "福州市2018年春节团拜会举行", "lower"),
    # a body named holds its own
    ("350000", "民进福州市委举行新春团拜会", "lower"),
    ("350100", "福州市政协举行新春团拜会", "lower"),
])
def test_a_places_spring_festival_gathering_is_its_party_committees(home: str, title: str, kind: str) -> None:
    assert _verdict(home, title, "福州新闻网", "http://m.fznews.com.cn/dsxw/20190203/5c562bc80a2c0.shtml").kind == kind


@pytest.mark.parametrize("title", [
    "法〔2023〕88号《最高人民法院关于法律适用问题请示答复的规定》",
    "《最高人民检察院关于办理案件的规定》",
])
def test_a_documents_title_alone_is_its_issuers(title: str) -> None:
    verdict = _verdict("350203", title, "启标文库", "https://0798ci.com/doc/200928.html")
    assert _national(verdict)


def test_a_document_citing_a_law_in_a_headline_is_not_the_laws_maker() -> None:
    # (a place's act on a national law stays the place's: the marks are only the headline's part)
    verdict = _verdict("350203", "厦门市贯彻《最高人民法院关于某某的规定》实施办法", "厦门日报", "https://www.xmnn.cn/a.html")
    assert verdict.kind == "upper" and verdict.actor is not None and verdict.actor.region is not None \
        and verdict.actor.region.code == "350200"


@pytest.mark.parametrize(("title", "kind"), [
    ("省工信厅冯文胜副厅长赴鞍山市、本溪市、丹东市开展加快全省工业高质量发展专项调研", "lower"),
    # (another level's whole, or the site's own place, leaves it unplaced)
    ("省工信厅冯文胜副厅长赴鞍山市开展我市工业专项调研", "external"),
])
def test_a_provincial_body_going_to_its_cities_for_the_whole_province(title: str, kind: str) -> None:
    assert _verdict("210000", title, "shi-fen.com", "https://m.news.shi-fen.com/china/202005/50-746297.html").kind == kind


def test_a_places_new_year_message_on_its_site_is_its_party_committees() -> None:
    site, url = "泉州市鲤城区人民政府", "http://qzlc.gov.cn/xxgk/gzdt/lcxw/202501/t20250129_3136367.htm"
    assert _verdict("350502", "新春贺词", site, url).kind == "upper"
    # (a body named signs its own)
    assert _verdict("350502", "区政协新春贺词", site, url).kind == "lower"


def test_one_quoted_bringing_voices_to_beijing_is_national() -> None:
    verdict = _verdict("350203", "钟海燕:将基层声音带到北京去", "景宁新闻网",
                       "http://www.jnnews.zj.cn/szyw/202005/t20200514_1583199.shtml")
    assert _national(verdict)


def test_a_place_a_quote_goes_to_is_not_the_persons() -> None:
    # (the quote's destination, 上海, is no place of hers: the site's, 厦门's, stays the guess)
    verdict = _verdict("350203", "林某某:把家乡的茶叶卖到上海去", "厦门日报", "https://www.xmnn.cn/a.html")
    assert verdict.actor is not None and verdict.actor.region is not None and verdict.actor.region.code != "310000"
    # (the place the quote names as its subject stays the person's: 海南)
    verdict = _verdict("420100", "路志强:为建设美好新海南创造公正的法治环境", "正义网",
                       "http://live.jcrb.com/2018nian/dgjklkljiokn/lzqhn/")
    assert verdict.actor is not None and verdict.actor.region is not None and verdict.actor.region.code == "460000"
