"""Issue 10, points 2 and 3: named units below a place, members of national bodies by their region,
places visited, people whose office is not configured, a body's own party organs, democratic parties'
central committees, county short names leading a headline, and confidence calibrated by how near the
actor is to the home.

The headlines follow the patterns seen in the corpus's train and dev parts, written with other real
places (Henan, Sichuan, Hunan, Guangdong), so that the rules are checked for homes they were not made on.
"""

from __future__ import annotations

import pytest

from processing import model as model_mod
from processing.classify import PERSON_UNKNOWN, Classifier, Item
from siqing.divisions import default_gazetteer

REVIEW_BELOW = 0.6  # siqing.config's default: items under it are 待核


def kind(home: str, title: str, source: str = "", url: str = "") -> tuple[str, float, str]:
    v = Classifier(default_gazetteer.resolve(home), None).classify(Item(title=title, source_name=source, url=url))
    return v.kind, v.confidence, v.path


@pytest.mark.parametrize("home,want", [("410000", "lower"), ("410100", "lower"), ("430000", "external")])
def test_a_named_community_of_a_city_is_inside_the_city(home: str, want: str) -> None:
    got, conf, _ = kind(home, "郑州湖滨社区：邻里节让生活热起来", "大河网", "http://zz.dahe.cn/a.htm")
    assert got == want
    assert conf >= 0.8


def test_a_named_community_of_the_containing_city_is_not_the_city_acting() -> None:
    # for a district home the city's community lies in one of the city's districts, most likely another one:
    # never 上情, and held for people to decide
    got, conf, _ = kind("410105", "郑州湖滨社区：邻里节让生活热起来", "大河网", "http://zz.dahe.cn/a.htm")
    assert got == "external"
    assert conf < REVIEW_BELOW
    # the city itself acting stays 上情 for the district
    assert kind("410105", "郑州市政府召开常务会议")[0] == "upper"
    # a village named under another city is elsewhere
    assert kind("410100", "洛阳李家村：乡村振兴有新路")[0] == "external"
    # a city acting on its communities is still the city
    assert kind("410105", "郑州推进老旧社区改造", "大河网", "http://zz.dahe.cn/a.htm")[0] == "upper"
    # a township the gazetteer knows is placed exactly
    assert kind("410105", "郑州市金水区文化路街道：暖心服务")[0] == "lower"
    assert kind("410102", "郑州市金水区文化路街道：暖心服务")[0] == "external"


@pytest.mark.parametrize("home,want", [("440000", "lower"), ("440100", "upper"), ("430000", "external")])
def test_national_cppcc_members_living_in_a_province_are_that_province(home: str, want: str) -> None:
    assert kind(home, "住粤全国政协委员向大会提交提案", "新华网", "http://www.news.cn/a.htm")[0] == want


def test_a_place_visited_is_not_the_visitors_place() -> None:
    # the unnamed 政协 goes to another province's city: read from the site, not from the city visited
    got, _conf, path = kind("350000", "省市政协委员赴漳州芗城开展调研", "江西致公网", "http://www.jxzg.gov.cn/a.htm")
    assert got == "external" and path == "site"
    assert kind("360000", "省市政协委员赴漳州芗城开展调研", "江西致公网", "http://www.jxzg.gov.cn/a.htm")[0] == "lower"
    # with the site's place unknown, nobody's place is known: people decide
    got, conf, path = kind("350600", "政协委员赴漳州芗城开展调研")
    assert path == "unknown" and conf < REVIEW_BELOW


def test_democratic_party_central_committee_and_central_departments_are_above() -> None:
    for home in ("510000", "510100", "510107"):
        assert kind(home, "民盟中央调研组赴四川成都调研", "人民政协网", "http://www.rmzxw.com.cn/a.htm")[0] == "upper"
        assert kind(home, "中央统战部召开民营经济座谈会")[0] == "upper"
    # a province's branch of a democratic party is no party committee, and no authority over a far home
    assert kind("510000", "致公党四川省委会开展调研")[0] == "lower"
    assert kind("430000", "致公党四川省委会开展调研")[0] == "external"


def test_people_whose_office_is_unknown_are_guessed_low() -> None:
    # a person hosting a meeting on a national outlet: taken as national, for people to confirm
    got, conf, path = kind("430100", "刘某某会见新加坡客人一行", "法治网", "http://www.legaldaily.com.cn/a.htm")
    assert (got, path) == ("upper", "person") and conf <= PERSON_UNKNOWN
    # a person speaking of congress work on a provincial paper: that province's congress, guessed
    got, conf, path = kind("410000", "王某某在郑州调研时强调 做好新时代地方人大工作", "河南日报",
                           "https://newpaper.dahe.cn/hnrb/a.htm")
    assert (got, path) == ("internal", "person") and conf < REVIEW_BELOW
    assert kind("410100", "王某某在郑州调研时强调 做好新时代地方人大工作", "河南日报",
                "https://newpaper.dahe.cn/hnrb/a.htm")[0] == "upper"


def test_party_organs_on_a_bodys_own_site_are_that_bodys() -> None:
    site, url = "成都市人大常委会", "http://www.cdrd.gov.cn/a.htm"
    for title in ("召开党组理论学习中心组学习会", "机关党委开展主题党日活动"):
        assert kind("510100", title, site, url)[0] == "internal"
        assert kind("510107", title, site, url)[0] == "upper"
    # on a newspaper's site a bare 党组 names no body: the site's place acts (本级党委 for the city)
    assert kind("510100", "党组召开会议", "成都日报", "https://www.cdrb.com.cn/a.htm")[0] == "upper"


def test_a_county_short_name_leading_a_headline_on_its_provinces_portal() -> None:
    site, url = "荆楚网", "http://www.cnhubei.com/a.htm"
    title = "江夏一季度重大项目集中开工"
    assert kind("420100", title, site, url)[0] == "lower"
    assert kind("420115", title, site, url)[0] == "lower"
    assert kind("420106", title, site, url)[0] == "external"
    # not a county when the short name begins a street's name
    assert Classifier("420100", None).rules.actors._lead_county("江夏路改造完工", default_gazetteer.get("420000")) is None


def test_confidence_is_calibrated_by_path_and_nearness() -> None:
    near = {"x": [0.0, 1.0], "y": [0.3, 0.3]}
    far = {"x": [0.0, 1.0], "y": [0.99, 0.99]}
    table = {"n": 2, "paths": {"site:near": near, "site:far": far, "site": {"x": [0.0, 1.0], "y": [0.7, 0.7]}}}
    clf = Classifier(default_gazetteer.resolve("410105"), None, calibration=table)
    # a headline naming nothing on the containing city's paper: the city's situation, near the district home
    v = clf.classify(Item(title="同心筑梦 共建家园", source_name="郑州日报", url="http://zzrb.zynews.cn/a.htm"))
    assert v.path == "site" and clf.calibration_key(v) == "site:near" and v.confidence == pytest.approx(0.3)
    v = clf.classify(Item(title="同心筑梦 共建家园", source_name="长沙晚报", url="http://www.icswb.com/a.htm"))
    assert clf.calibration_key(v) == "site:far" and v.confidence == pytest.approx(0.99)
    # a key without its own map falls back to the path's
    assert model_mod.apply_calibration(table, "rules:near", 0.5, "site") == pytest.approx(0.7)
    # a person whose office is unknown is never calibrated up
    table["paths"]["person"] = far
    v = clf.classify(Item(title="刘某某会见新加坡客人一行", source_name="法治网", url="http://www.legaldaily.com.cn/a.htm"))
    assert v.path == "person" and v.confidence <= PERSON_UNKNOWN


def test_a_sites_name_with_a_county_name_alone_names_the_county() -> None:
    from processing.regions import default_locator

    # in running text such a county name needs its city beside it; a site's name is no running text
    assert default_locator.locate("云上枝江", "http://zhijiang.cjyun.org/p/1.html").division.code == "420583"  # type: ignore[union-attr]
    assert kind("420000", "人大代表向大会报到", "云上枝江", "http://zhijiang.cjyun.org/p/1.html")[0] == "lower"


def test_discipline_commissions_are_the_supervision_body_of_their_place() -> None:
    site, url = "苏州日报", "http://www.subaonet.com/a.htm"
    for title in ("中国共产党苏州市纪律检查委员会全体会议召开", "市纪委召开全会"):
        assert kind("320500", title, site, url)[0] == "lower"  # 一府一委两院 of the home's place
        assert kind("320508", title, site, url)[0] == "upper"
        assert kind("330100", title, site, url)[0] == "external"
    assert kind("320508", "中央纪委国家监委通报典型案例", "人民网", "http://www.people.com.cn/a.htm")[0] == "upper"


def test_an_ambiguous_place_in_a_sites_name_is_settled_by_its_host() -> None:
    from processing.regions import default_locator

    # 西湖区 is Hangzhou's and Nanchang's: the host's city initials tell which; a host naming neither is no answer
    assert default_locator.locate("西湖区人大", "http://www.hzxh.gov.cn/rd/a.htm").division.code == "330106"  # type: ignore[union-attr]
    assert default_locator.locate("西湖区人大", "http://www.ncxh.gov.cn/rd/a.htm").division.code == "360103"  # type: ignore[union-attr]
    assert default_locator.locate("鼓楼区人民政府", "http://www.njgl.gov.cn/a.htm").division.code == "320106"  # type: ignore[union-attr]
    assert default_locator.locate("普陀区政协", "https://ptzx.putuo.gov.cn/a.htm").division is None
    # so the site's relative words are placed: 区人大常委会 on Hangzhou's 西湖区 site is that district's
    assert kind("330106", "区人大常委会主任会议召开", "西湖区人大", "http://www.hzxh.gov.cn/rd/a.htm")[0] == "internal"
    assert kind("360103", "区人大常委会主任会议召开", "西湖区人大", "http://www.hzxh.gov.cn/rd/a.htm")[0] == "external"


def test_a_relative_body_after_a_verb_is_the_named_places() -> None:
    # 某区召开区委全会: the 区委 is the district's party committee, not a public event of the district
    site, url = "杭州日报", "https://hzdaily.hangzhou.com.cn/a.htm"
    assert kind("330106", "西湖区召开区委全会", site, url)[0] == "upper"
    assert kind("330100", "西湖区召开区委全会", site, url)[0] == "lower"
    assert kind("330106", "某某主持召开市委常委会会议", site, url)[0] == "upper"


def test_where_a_person_of_unknown_office_comes_from_is_guessed_low() -> None:
    # one who comes (来) to a place on that place's own site comes from above it
    got, conf, path = kind("410300", "王某某来洛阳西工区调研", "洛阳网", "http://www.lyd.com.cn/a.htm")
    assert (got, path) == ("upper", "person") and conf < REVIEW_BELOW
    # one who goes (到) to a district on the city's site is taken as the city's
    assert kind("410303", "王某某到西工区调研", "洛阳日报", "http://www.lyd.com.cn/a.htm")[0] == "upper"
    assert kind("410300", "王某某到西工区调研", "洛阳日报", "http://www.lyd.com.cn/a.htm")[0] == "lower"
    # on a site whose place is unknown: a visitor to a county is taken as its city's
    got, conf, path = kind("410000", "王某某调研郑州金水区高新技术企业", "某某网", "http://abc.com/a.htm")
    assert (got, path) == ("lower", "person") and conf < REVIEW_BELOW
    assert kind("410300", "王某某调研郑州金水区高新技术企业", "某某网", "http://abc.com/a.htm")[0] == "external"
    # and with no place at all nothing is guessed
    got, conf, path = kind("410300", "王某某：全力推动新城建设", "某某网", "http://abc.com/a.htm")
    assert path == "unknown" and conf < REVIEW_BELOW


def test_a_court_word_belongs_to_its_level() -> None:
    # 高级人民法院 named before a county (its object): the county's province's high court, not a county court
    title = "高级人民法院授予西工区法院示范法院称号"
    site, url = "洛阳市西工区人民政府", "http://www.xigong.gov.cn/a.htm"
    assert kind("410000", title, site, url)[0] == "lower"
    assert kind("410300", title, site, url)[0] == "upper"
    assert kind("410303", title, site, url)[0] == "upper"


def test_a_provincial_congress_host_with_the_spc_affix_names_its_province() -> None:
    from processing.regions import default_locator

    # sc + spc (standing committee of the provincial people's congress): 四川; the relative 省 reads from it
    assert default_locator.locate("", "http://www.scspc.gov.cn/a.htm").division.code == "510000"  # type: ignore[union-attr]
    assert kind("510000", "省人大常委会召开主任会议", "", "http://www.scspc.gov.cn/a.htm")[0] == "internal"
    assert kind("510100", "省人大常委会召开主任会议", "", "http://www.scspc.gov.cn/a.htm")[0] == "upper"


def test_a_configured_leader_attending_anothers_meeting_is_decided_by_the_owner() -> None:
    from processing.classify import Leader

    home = default_gazetteer.resolve("410300")
    leaders = [Leader("张某某", "congress", home, "市人大常委会主任")]
    clf = Classifier(home, None, leaders=leaders)

    def k(title: str) -> str:
        return clf.classify(Item(title=title, source_name="洛阳日报", url="http://www.lyd.com.cn/a.htm")).kind

    assert k("张某某出席省人大常委会会议") == "upper"
    assert k("张某某出席市政府常务会议") == "lower"
    # at work for the home committee, or at a meeting nobody else is named to own: 内情
    assert k("张某某赴西工区调研基层立法联系点") == "internal"
    assert k("张某某出席座谈会并讲话") == "internal"


def test_national_deputies_named_without_a_place_on_a_local_site_are_that_places() -> None:
    site, url = "长沙晚报", "http://www.icswb.com/a.htm"
    title = "全国人大代表某某：建议加强基层医疗"
    got, conf, path = kind("430100", title, site, url)
    # read from the site and held low; a news portal's place for a national matter (代表…) is held unsure, not
    # calibrated up ("portal", since the h49-h91 part's errors: most such headlines are national news). An NPC
    # deputy sits in the province's delegation (RUBRIC lines 46-47; the corpus's gold since 2026-11-29): for the
    # city the province's deputy (上情), for the province its own delegation (内情)
    assert got == "upper" and path in ("portal", "site") and conf <= 0.6
    assert kind("430000", title, site, url)[0] == "internal"
    assert kind("430102", title, site, url)[0] == "upper"
    assert kind("420000", title, site, url)[0] == "external"
    # on a national site they stay deputies of the national congress: above every home (RUBRIC: deputies act at
    # their congress's level; the corpus's gold says 上情 for all 7 such headlines, e.g. 全国人大代表杨春雷:…)
    assert kind("430100", title, "人民网", "http://www.people.com.cn/a.htm")[0] == "upper"


@pytest.mark.parametrize("title", ["中国民主同盟河北省委员会召开全会", "中国农工民主党河北省委员会调研",
                                   "共青团河北省委举办青年论坛", "九三学社河北省委员会开展调研"])
def test_democratic_parties_full_names_and_organisations_before_their_place(title: str) -> None:
    site, url = "河北新闻网", "http://www.hebnews.cn/a.htm"
    got, conf, _ = kind("130000", title, site, url)
    assert got == "lower" and conf >= 0.8  # the province's own party branch or organisation: not the nation
    assert kind("130100", title, site, url)[0] == "upper"
    assert kind("410000", title, site, url)[0] == "external"
