"""Headline forms the dev part (the retired test part (20) among it) showed read wrong, each fixed in general: real
headlines of the corpus (processing/models/data/headlines.jsonl), read by homes of every level, most of them homes the
corpus was never labelled for."""
from __future__ import annotations

import pytest

from processing.classify import Classifier, Verdict
from processing.pipeline import Item


def verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


def test_a_deputys_rank_between_a_place_and_its_post_keeps_the_place() -> None:
    # 广德市副市长 on a Shanghai college's site: 广德's government, not Shanghai's mayor
    title, source, url = "安徽省广德市副市长罗正军一行来访我校", "上海城市管理职业技术学院", "http://xxgk.shcac.edu.cn/info/1102/1564.htm"
    v = verdict("341882", title, source, url)
    assert v.kind == "lower" and v.actor is not None and v.actor.region is not None
    assert v.actor.region.code == "341882", v.reason
    assert verdict("341800", title, source, url).kind == "lower"
    assert verdict("310000", title, source, url).kind == "external"


def test_a_posts_word_that_runs_into_a_places_name_is_no_post() -> None:
    # 福州市长乐区检察院: 市长 is read across 福州市 and 长乐区; the district's procuratorate acts
    title, source, url = ("福州市长乐区检察院用公益诉讼绘就蓝色守护新图景", "福建法治报",
                          "https://www.hxfzzx.com/2025-09/16/content_2259470_4.htm")
    v = verdict("350112", title, source, url)
    assert v.kind == "lower" and v.actor is not None and v.actor.body == "procuratorate", v.reason
    assert verdict("350100", title, source, url).kind == "lower"
    assert verdict("350500", title, source, url).kind == "external"
    # a real mayor after his city's name stays the mayor
    v = verdict("350100", "福州市长吴贤德调研重点项目", "福州新闻网", "https://news.fznews.com.cn/x.shtml")
    assert v.actor is not None and v.actor.body == "government" and v.actor.region is not None
    assert v.actor.region.code == "350100", v.reason


def test_a_bodys_name_that_begins_with_a_county_is_that_countys() -> None:
    # 湖南炎陵县最寒碜局: the body's name swallowed the county it begins with; the county's bureau acts
    title, source, url = ("湖南炎陵县最寒碜局机关 整栋楼只有一台座机", "泉州网",
                          "http://www.qzwb.com/gb/content/2015-10/27/content_5218771.htm")
    v = verdict("430225", title, source, url)
    assert v.kind == "lower" and v.actor is not None and v.actor.region is not None
    assert v.actor.region.code == "430225", v.reason
    assert verdict("430000", title, source, url).kind == "lower"


def test_a_national_fellowship_named_after_the_country_is_an_organisation_not_the_place_it_visits() -> None:
    # 中国科学技术院所联谊会到…北京市…调研: the national association acts, not Beijing
    title, source, url = ("中国科学技术院所联谊会到首都科研院所联谊会、北京市园林绿化科学研究院调研", "中国科学技术院所联谊会",
                          "http://cfsti.org/Website/?ChannelID=27&NewsID=8288")
    v = verdict("110000", title, source, url)
    assert v.actor is not None and v.actor.body == "massorg", v.reason
    assert v.actor.region is not None and v.actor.region.code == "000000", v.reason


def test_a_central_company_acting_is_a_company_at_its_seat_not_a_state_organ() -> None:
    # real corpus headlines: 中国电建 acting in Hainan, 兵工集团 on the discipline commission's site, a group's deputy
    # general manager at a university (the corpus's convention: a central company is coded at its seat, 北京)
    for title, source, url in (
            ("中国电建积极参与海南能源电力投资建设", "中国水力发电工程学会",
             "http://old.hydropower.org.cn/showNewsDetail.asp?nsId=25312"),
            ("兵工集团:把反腐败要求嵌入管理流程", "中央纪委监察部网站", "http://www.ccdi.gov.cn/yaowen/201803/t20180316_166456.html"),
            ("中国航天科技集团有限公司副总经理杨保华来校考察", "青海大学新闻网", "http://news1.qhu.edu.cn/qdyw/41633.htm")):
        for home in ("350000", "460000", "420106"):
            v = verdict(home, title, source, url)
            assert v.kind == "external", (home, title, v.reason)
            # no authority, but read as national by some: held for people to check
            assert v.confidence < 0.8, (home, title, v.confidence)
        assert verdict("110000", title, source, url).kind == "lower"


@pytest.mark.parametrize(("title", "kind"), [
    ("中国工程院院长李晓红一行到福州考察", "upper"),
    ("中央党校副校长谢春涛来校作报告", "upper"),
    ("中建集团董事长郑学选到我校交流", "external"),
    ("工商银行副行长张伟武拜会我市领导", "external"),
    ("国铁集团董事长刘振芳到湖北检查", "external"),
])
def test_central_academies_and_the_party_school_are_national_companies_and_banks_are_not(title: str, kind: str) -> None:
    for home in ("350100", "420100", "640000"):
        v = verdict(home, title, "某大学新闻网", "http://news.example.edu.cn/a.html")
        assert v.kind == kind, (home, title, v.reason)
        assert (v.confidence < 0.8) == (kind == "external"), (home, title, v.confidence)
        if kind == "external":
            # the company at its seat, a unit there (CENTRAL_COMPANY_SEAT), not the nation
            assert v.actor is not None and v.actor.region is not None and v.actor.region.code == "110000", v.reason
            assert v.actor.via == "subunit", v.reason


@pytest.mark.parametrize("title", ["中国银行业协会发布年度报告", "中国石油和化学工业联合会召开会长办公会"])
def test_a_name_that_only_begins_with_a_companys_name_is_no_company(title: str) -> None:
    v = verdict("350000", title, "某网", "http://www.example.com/a.html")
    assert v.actor is not None and v.actor.body == "massorg" and v.actor.region is not None, v.reason
    assert v.actor.region.code == "000000", v.reason


@pytest.mark.parametrize(("title", "home", "kind"), [
    # a unit or branch named after the national body is of its own place
    ("中国科学院武汉病毒研究所举办开放日", "420100", "lower"),
    ("国家电网湖北省电力公司召开工作会议", "350000", "external"),
    # a host meeting the national body's group acts himself (a real corpus headline)
    ("罗布顿珠会见农发行考察调研组", "350000", "external"),
])
def test_units_branches_and_hosts_of_central_bodies_are_not_the_centre(title: str, home: str, kind: str) -> None:
    v = verdict(home, title, "中国西藏新闻网" if "罗布顿珠" in title else "某网", "http://www.xzxw.com/a.html"
                if "罗布顿珠" in title else "http://www.example.com/a.html")
    assert v.kind == kind, v.reason
    assert v.actor is None or v.actor.region is None or v.actor.region.code != "000000" or v.actor.body != "government"


def test_an_academicians_title_is_no_academy_acting() -> None:
    # 中国科学院院士某某: a title; the academy is not read as acting, only the nation word, held unsure
    v = verdict("350000", "中国科学院院士王某来校讲学", "某网", "http://www.example.com/a.html")
    assert v.confidence < 0.8, v.reason
    assert v.actor is None or "中国科学院" not in v.actor.text, v.reason


@pytest.mark.parametrize(("title", "source", "url", "province"), [
    # real dev headlines: a national deputy or member named at the head, attending or back from the national session
    ("全国人大代表、校长刘宏出席十三届全国人大二次会议", "大连外国语大学", "https://xxgk.dlufl.edu.cn/info/1004/1437.htm", "210000"),
    ("全国人大代表、副校长许小红列席十三届全国人大常委会第十四次会议", "山西师范大学校长办公室",
     "https://xiaoban.sxnu.edu.cn/info/1026/4671.htm", "140000"),
    ("[统战简讯]我校全国政协委员载誉归来", "郑州大学党委统战部", "https://www5.zzu.edu.cn/tzhb/info/1144/9472.htm", "410000"),
    # ... or with a second post that has a place: that post's body
    ("全国政协常委、河南省政协副主席高体健一行莅临新院区调研指导", "河南中医药大学第一附属医院", "http://hnzhy.com/NewsDetail-14784.html",
     "410000"),
])
def test_a_national_member_named_at_the_head_is_of_his_province_not_the_national_session(
        title: str, source: str, url: str, province: str) -> None:
    v = verdict("350000", title, source, url)
    assert v.kind == "external", v.reason
    v = verdict(province, title, source, url)
    assert v.kind in ("internal", "lower"), v.reason
    assert v.actor is not None and v.actor.region is not None and v.actor.region.code == province, v.reason


def test_the_national_session_itself_stays_national() -> None:
    # no member at the head: the session acts
    v = verdict("350000", "十三届全国人大二次会议在京开幕", "大连外国语大学", "https://xxgk.dlufl.edu.cn/info/1004/1.htm")
    assert v.kind == "upper", v.reason
    # a member at the head who neither attends nor returns, with no placed post: not decided by this rule
    v = verdict("350000", "全国人大代表、校长刘宏为新生上开学第一课", "大连外国语大学", "https://xxgk.dlufl.edu.cn/info/1004/2.htm")
    assert v.actor is None or v.actor.body != "delegation", v.reason


def test_a_mayor_after_a_name_on_a_county_level_citys_site_is_that_citys() -> None:
    # 市长 on 晋江's (a county-level city's) site is 晋江's mayor, as the relative 市 there is 晋江 itself
    v = verdict("350582", "李四市长到池店镇调研", "晋江市人民政府", "http://www.jinjiang.gov.cn/a.htm")
    assert v.kind == "lower" and v.actor is not None and v.actor.region is not None, v.reason
    assert v.actor.region.code == "350582", v.reason
    assert verdict("350500", "李四市长到池店镇调研", "晋江市人民政府", "http://www.jinjiang.gov.cn/a.htm").kind == "lower"


@pytest.mark.parametrize(("name", "code"), [
    ("顺德城市网", "440606"), ("武清信息网", "120114"), ("定远先锋网", "341125"),
    # an epithet before the short name still names the place after it
    ("瓷都德化新闻网", "350526"),
    # a national brand whose first two characters are also a district's short name is no site of that district
    ("光明思想网", None), ("金台资讯网", None),
])
def test_a_sites_name_of_a_short_name_and_a_site_word_names_the_place(name: str, code: str | None) -> None:
    from processing.regions import site_region
    found = site_region(name, "").division
    assert (found.code if found is not None else None) == code, (name, found)


@pytest.mark.parametrize(("title", "source", "url", "home"), [
    ("吴刚代表:深化医疗改革 加快推进分级诊疗制度", "广西新闻网",
     "http://www.gxnews.com.cn/staticpages/20180316/newgx5aabe5d8-17166775.shtml", "450000"),
    ("李刚代表：攻坚克难 助力国企改革", "津云", "http://www.tjyun.com/system/2018/03/16/035204278.shtml", "120000"),
])
def test_a_deputy_of_the_home_quoted_by_name_speaks_at_the_session(title: str, source: str, url: str,
                                                                    home: str) -> None:
    # RUBRIC: deputies of R's congress at its session (or R's delegation at the session above) are 内情
    assert verdict(home, title, source, url).kind == "internal"
    # deputies at work on their own in R stay 下情
    assert verdict(home, "人大代表走访企业了解发展难题", source, url).kind == "lower"


@pytest.mark.parametrize(("title", "source", "url", "home"), [
    ("仙桃市市委书记罗联峰来校考察调研", "武汉职业技术学院", "https://xxb.wtc.edu.cn/2023/0819/c2348a109277/page.htm", "429004"),
    ("携手并进促发展 务实合作谋新篇 忠县县委书记李电率队来足考察", "大足网(txdzw.com)",
     "https://txdzw.com/xw/dzxw/content_93139", "500233"),
])
def test_a_places_level_word_repeated_before_its_body_is_one_places_body(title: str, source: str, url: str,
                                                                          home: str) -> None:
    # 仙桃市市委: 仙桃's party committee (RUBRIC: the same-level party committee is 上情), not 仙桃 with no body
    v = verdict(home, title, source, url)
    assert v.kind == "upper" and v.actor is not None and v.actor.body == "party", v.reason


def test_an_essay_on_a_local_bodys_site_is_by_someone_of_that_place_not_the_bodys_act() -> None:
    # a real dev headline: a county congress's essay on 三明市人大常委会's site (RUBRIC: essays go by their author)
    title, source, url = ("县级人大行使监督职权的研究与思考", "三明市人大常委会",
                          "http://www.smrd.gov.cn/llyj/202304/t20230426_1899520.htm")
    v = verdict("350000", title, source, url)
    assert v.kind == "lower" and v.confidence < 0.8, v.reason  # not 三明's committee acting (上级 to 将乐)
    assert verdict("350428", title, source, url).kind != "upper"
    assert verdict("420100", title, source, url).kind == "external"
    # the committee's own meeting on its site stays its own
    assert verdict("350428", "市人大常委会召开第十次会议", source, url).kind == "upper"


def test_the_homes_own_leaders_with_no_body_are_held_for_people_to_check() -> None:
    # 区领导 on the district's own portal: its party committee's (上情) or its government's (下情); the corpus's gold
    # reads them both ways, so the reading is held unsure (a real dev headline)
    title, source, url = ("区领导调研乡村振兴和人居环境整治工作", "永定新闻网", "https://fjydnews.com/wap/2024-09/22/content_1907502.htm")
    assert verdict("350803", title, source, url).confidence < 0.8
    # for the city above, either reading is inside it: sure
    v = verdict("350800", title, source, url)
    assert v.kind == "lower" and v.confidence >= 0.8, v.reason


@pytest.mark.parametrize(("title", "source", "url", "home"), [
    ("九三学社安徽大学支社召开工作会议", "九三学社安徽省委员会", "http://www.ah93.gov.cn/xwzx_show.asp?id=6448", "340100"),
    ("石家庄民建藁城区支部成立", "民建石家庄市委", "http://sjzmj.gov.cn/index.php?c=msg&id=1045", "130109"),
    ("民盟广东工业大学总支被评为省先进集体", "广东工业大学党委统战部", "https://tzb.gdut.edu.cn/info/1046/1292.htm", "440100"),
])
def test_a_democratic_partys_branch_in_a_university_or_district_is_that_branch(title: str, source: str, url: str,
                                                                             home: str) -> None:
    # the branch is inside the home, not the party's provincial or city committee above it
    v = verdict(home, title, source, url)
    assert v.kind == "lower", v.reason
    # the committee of a place named the usual way is still that place's
    v = verdict("340100", "九三学社安徽省委召开全会", source, url)
    assert v.kind == "upper" and v.actor is not None and v.actor.region is not None
    assert v.actor.region.code == "340000", v.reason


def test_a_meeting_convened_to_relay_a_national_spirit_is_not_the_nation_acting() -> None:
    # a real dev headline: counties convening meetings that study the plenum's spirit (a Nanchang paper's re-post)
    title, source = "5县同一天召开领导干部会议 学习贯彻党的十九届六中全会精神", "信息日报"
    url = "http://nanchang.baogaosu.com/xinwen/99659027/"
    for home in ("350000", "420106"):
        assert verdict(home, title, source, url).kind == "external"
    # the plenum itself, or its spirit studied with no one convening, stays national
    assert verdict("350000", "学习贯彻党的二十届三中全会精神", source, url).kind == "upper"
    assert verdict("350000", "党的二十届三中全会在京召开", source, url).kind == "upper"
