"""Failure kinds session 61 read in the train and dev parts' errors (of the labelled district homes first) and in a
fresh set's errors: a street or town of the site's own place named without its suffix (鼓浪屿 for 鼓浪屿街道, on a Fujian
portal's Xiamen channel) is that township, where its name less the suffix is three characters or more, no road's, and
no everyday word. A street supervising (青杠街道：视察…, 某街道…以监督评议护航…) is its 人大工委, the district committee's
agency. Xiamen and Quanzhou by their one character after a verb of going (来厦, 莅泉) are those cities. A city's deputies
arriving for the provincial session named before them (省两会…泉州市代表委员抵榕) are its delegation there. NPC deputies
named alone inspecting courts or procuratorates are the nation's, not the site's province's. Levels listed with a mark
between (省、市政协…) act jointly as the province's. On a site of no known place, a county's short name at the head is
read before a place named later. The national economy's figures (国民经济运行) and the Youth League's national congress
(共青团十九大) are the nation's. A place carrying out the central inspection's findings (…中央生态环境保护督察整改方案) acts
itself. Members of a place leaving for the session named first (…会议明日开幕 驻豫委员赴京) are that place's. An outlet named for its place before its own 我省 (荆楚网:我省…) places
the relative word. Each headline is a real one of the corpus or a fresh set's, read for the home its gold
names; then the forms each fix must leave alone."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict
from tests.processing.verdicts import place_names as _names


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # Gulangyu is a street of Siming (鼓浪屿街道): its inscription as world heritage is the district's, below its congress
    ("350203", "鼓浪屿列入世界文化遗产名录 世界为鼓浪屿而歌", "东南网",
     "http://xm.fjsen.com/2017-07/09/content_19771166_9.htm", "lower"),
    ("350203", "鼓浪屿申遗成功一周年 守护国之瑰宝永续历史文脉", "东南网",
     "http://xm.fjsen.com/2018-07/09/content_21235668_3.htm", "lower"),
    # and the city's, as before the fix (the Xiamen channel with no place named is the city's situation): a place inside it
    ("350200", "鼓浪屿申遗成功一周年 守护国之瑰宝永续历史文脉", "东南网",
     "http://xm.fjsen.com/2018-07/09/content_21235668_3.htm", "lower"),
])
def test_a_township_named_without_its_suffix(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind




def test_the_townships_stem_is_read_in_the_sites_place_only() -> None:
    # on a Wuhan site, a Wuchang street by its stem (徐家棚街道)
    assert "徐家棚街道" in _names("徐家棚社区开展义诊", "420100")
    # a road's name is no street's, though a street is named after it (中南路街道): 中南路 runs through other cities too
    assert not any(n.endswith("街道") for n in _names("中南路商圈焕新升级", "420100"))
    # a stem jieba counts often as a word of its own (葛洲坝, the company; 黄鹤楼, the tower and the brand) is no town
    assert not any(n.endswith(("街道", "镇")) for n in _names("葛洲坝集团召开年度工作会", "420000"))
    assert not any(n.endswith("街道") for n in _names("黄鹤楼迎来客流高峰", "420100"))
    # a stem of another province's town on a Fujian site: nothing of the site's place
    assert not any(n.endswith("街道") for n in _names("徐家棚社区开展义诊", "350000"))
    # two-character stems are too often words (厦港, 中华): no street from them
    assert not any(n.endswith("街道") for n in _names("厦港片区改造提速", "350200"))
    # a text that names another place keeps to it
    assert "鼓浪屿街道" not in _names("泉州游客畅游鼓浪屿", "350200")


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a street supervising by appraisal (监督评议): its 人大工委, the district committee's own agency there (a street has
    # no congress), not the street office
    ("420106", "武昌区黄鹤楼街道锚定“十五五”规划,以监督评议护航区域发展", "极目新闻",
     "http://www.wuhanip.cn/html/wuhan/20251128/6927.htm", "internal"),
    ("420100", "武昌区黄鹤楼街道锚定“十五五”规划,以监督评议护航区域发展", "极目新闻",
     "http://www.wuhanip.cn/html/wuhan/20251128/6927.htm", "lower"),
])
def test_a_street_supervising_is_its_congress_agency(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the street visited, not at the head: the visitor acts
    ("420106", "区委书记视察黄鹤楼街道老旧小区改造", "极目新闻", "http://www.wuhanip.cn/html/wuhan/20251128/1.htm", "upper"),
    # the party's appraisal of its members (民主评议党员) is no congress's supervision: the street office's own work
    ("420106", "黄鹤楼街道开展党员民主评议", "极目新闻", "http://www.wuhanip.cn/html/wuhan/20251128/2.htm", "lower"),
])
def test_forms_the_street_supervision_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                           kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a visit to Quanzhou by its one character (莅泉) on a Jinjiang paper: the city above the district, not Jinjiang
    ("350502", "强化党建引领 凝聚发展动力 胡昌升莅泉调研", "晋江新闻网",
     "http://news.ijjnews.com/system/2018/03/19/011021501.shtml", "upper"),
])
def test_xiamen_and_quanzhou_by_one_character_after_going(home: str, title: str, source: str, url: str,
                                                          kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


def test_the_one_character_is_a_city_only_after_a_verb_of_going() -> None:
    assert "厦门市" in _names("上海代表团来厦考察", "310000")
    assert "泉州市" in _names("某某莅泉调研", "310000")
    # in a word (大厦, 温泉) it is no city; nor is 汉, which 汉中's press writes for 汉中 as Wuhan's for Wuhan
    assert "厦门市" not in _names("大厦开业", "310000")
    assert "泉州市" not in _names("温泉开放", "310000")
    assert "武汉市" not in _names("全国总工会一行来汉调研", "610700")


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a city's deputies and members arriving in the capital for the provincial session named before them: the city's
    # delegation at it (its own, internal; another city's, external)
    ("350500", "省两会今明先后开幕 泉州市代表委员抵榕", "华夏城市网",
     "http://hxcsw.com/chengshizixun/2023/0110/c_123593896.html", "internal"),
    ("350200", "省两会今明先后开幕 泉州市代表委员抵榕", "华夏城市网",
     "http://hxcsw.com/chengshizixun/2023/0110/c_123593896.html", "external"),
    ("350000", "省两会今明先后开幕 泉州市代表委员抵榕", "华夏城市网",
     "http://hxcsw.com/chengshizixun/2023/0110/c_123593896.html", "internal"),
])
def test_a_citys_deputies_arriving_for_the_provincial_session(home: str, title: str, source: str, url: str,
                                                              kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # no session named: the city's deputies, below the province
    ("350000", "泉州市代表委员抵榕", "华夏城市网", "http://hxcsw.com/chengshizixun/2023/0110/a.html", "lower"),
    # a county's deputies: no delegation of their own at the province's session (they sit in their city's); the session
    ("350000", "省人代会开幕在即 晋江市代表抵榕报到", "华夏城市网", "http://hxcsw.com/chengshizixun/2023/0110/b.html",
     "internal"),
    # a city's deputies at the national session: its deputies, no delegation (a train headline of the corpus)
    ("330100", "杭州出席全国两会的代表委员抵京", "杭州网", "http://www.hangzhou.com.cn/a.html", "lower"),
])
def test_forms_the_arriving_delegation_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                            kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # NPC deputies named alone inspecting courts: the supreme court's liaison with the nation's deputies, on a
    # Chongqing channel (corpus rows) or a Hubei portal (a fresh set's row)
    ("420106", "部分全国人大代表视察重庆二中法院", "baogaosu.com",
     "http://chongqing.baogaosu.com/xinwen/50786334/", "upper"),
    ("350000", "部分全国人大代表视察指导成铁第一法院、成铁第二法院工作", "成都铁路运输第二法院",
     "http://cdtl2y.scssfw.gov.cn/article/detail/2019/05/id/1.shtml", "upper"),
    ("350000", "全国人大代表视察湖北法院工作", "荆楚网", "http://news.cnhubei.com/content/a.html", "upper"),
])
def test_npc_deputies_inspecting_courts_are_the_nations(home: str, title: str, source: str, url: str,
                                                        kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies stationed in a province keep to it (a dev row of the corpus)
    ("350000", "部分在湘全国人大代表视察黑龙江法院", "湖南人大网", "http://www.hnrd.gov.cn/content/a.html", "external"),
    # national deputies on a provincial site inspecting anything else: the site's province's deputies, as the corpus
    # codes them (部分全国人大代表视察洪泽湖保护利用和淮安经济社会发展情况 on 中国江苏网)
    ("350000", "部分全国人大代表视察洪泽湖保护利用和淮安经济社会发展情况", "中国江苏网",
     "http://jsnews.jschina.com.cn/a.html", "external"),
])
def test_forms_the_npc_judiciary_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                      kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the province's and the city's CPPCC committees listed with a mark between, visiting a county: the province's, as
    # 省市政协 is (a fresh set's row read after import)
    ("420100", "省、市政协文化文史和学习委员会到浠水调研", "浠水新闻网", "http://xishui.cjyun.org/p/4381.html", "upper"),
    ("420100", "省、市、县人大常委会联动开展执法检查", "浠水新闻网", "http://xishui.cjyun.org/p/1.html", "upper"),
])
def test_joint_levels_listed_with_a_mark(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies of both levels are the site's place's, as with 省市两级人大代表
    ("420100", "省、市人大代表视察浠水", "浠水新闻网", "http://xishui.cjyun.org/p/2.html", "external"),
    # the province's cities: no joint body
    ("420100", "全省、市政协工作会议", "浠水新闻网", "http://xishui.cjyun.org/p/3.html", "external"),
])
def test_forms_the_joint_levels_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # on a site of no known place, a county's short name at the head before the nation named in a title it is given:
    # the county (a corpus row, read for its own province and city)
    ("360000", "南康获评“中国实木家居之都”", "九正建材网", "http://news.jc001.cn/17/0530/939603.html", "lower"),
    ("360700", "南康获评“中国实木家居之都”", "九正建材网", "http://news.jc001.cn/17/0530/939603.html", "lower"),
])
def test_a_county_short_at_the_head_on_a_site_of_no_place(home: str, title: str, source: str, url: str,
                                                          kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


def test_the_head_short_on_a_site_of_no_place_keeps_its_checks() -> None:
    # a short jieba counts as a person's name (石狮 nr) stays unread at the head, whatever is named after it
    assert "石狮市" not in _names("石狮领导访闽台总商会", "")
    # a site's own name word at the head is no county (光明思想网)
    assert _names("光明思想网评中国经济", "") == ["中国"]


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the national statistics' release on the economy, carried by a provincial portal (a fresh set's row read before
    # import): national news, not the portal's province's
    ("350000", "前三季度国民经济运行稳中有进、稳中提质", "河北新闻网", "http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml",
     "upper"),
    # the Youth League's national congress by its number: its centre's
    ("420106", "共青团十九大将于6月19日至22日在北京召开", "中华新闻网", "https://www.chinanews.org/zx/dalu/26109.html", "upper"),
])
def test_national_economy_and_the_leagues_congress(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a province's own economy, by its relative word or its name
    ("350000", "全省国民经济运行稳中向好", "河北新闻网", "http://hebei.hebnews.cn/a.htm", "external"),
    ("350000", "石家庄国民经济运行平稳", "河北新闻网", "http://hebei.hebnews.cn/b.htm", "external"),
])
def test_forms_the_national_economy_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                         kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # a place publishing its plan to carry out the central inspection's findings: the place acts (unread sets' dev rows
    # read after import)
    ("350000", "福建省对外公开第二轮中央生态环境保护督察整改方案", "福建省人民政府",
     "http://www.fujian.gov.cn/zwgk/ztzl/a.htm", "lower"),
    # a unit's work during the central inspection's stay: the unit
    ("420000", "临空经济区大队统筹抓好中央生态环境保护督察期间生态环境执法工作", "鄂州市生态环境局",
     "http://sthjj.ezhou.gov.cn/ztzl/zfdlb/202110/t20211009_432156.html", "lower"),
])
def test_a_place_carrying_out_the_central_inspection(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the inspection team itself arriving or giving its findings: the centre's
    ("350000", "中央第二生态环境保护督察组进驻福建", "福建省人民政府", "http://www.fujian.gov.cn/zwgk/ztzl/b.htm", "upper"),
    ("350000", "中央生态环境保护督察组向福建省反馈督察情况", "福建省人民政府", "http://www.fujian.gov.cn/zwgk/ztzl/c.htm",
     "upper"),
])
def test_forms_the_central_inspection_reading_leaves_alone(home: str, title: str, source: str, url: str,
                                                           kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # the national session's opening named first, then members stationed in Henan leaving for it: the members, Henan's
    # (a dev row of the corpus), for a Fujian district and for Henan's own Kaifeng, below the province
    ("350502", "《大河报》全国政协十一届四次会议明日开幕 驻豫委员赴京", "河南大学新闻网",
     "https://news.henu.edu.cn/info/1040/48161.htm", "external"),
    ("410200", "《大河报》全国政协十一届四次会议明日开幕 驻豫委员赴京", "河南大学新闻网",
     "https://news.henu.edu.cn/info/1040/48161.htm", "upper"),
])
def test_members_leaving_for_the_session_named_first(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # deputies with no place leaving for the session: the nation's deputies, as before
    ("350502", "全国两会今日开幕 代表委员陆续抵京", "河南大学新闻网", "https://news.henu.edu.cn/info/1040/1.htm", "upper"),
    # leaders at the opening: the session
    ("350502", "全国两会开幕 习近平等出席", "河南大学新闻网", "https://news.henu.edu.cn/info/1040/2.htm", "upper"),
])
def test_forms_the_travellers_reading_leaves_alone(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


@pytest.mark.parametrize(("home", "title", "source", "url", "kind"), [
    # an outlet named for its province before its own 我省, reposted on another province's portal (a train row): 我省 is
    # the outlet's, 湖北, above Wuhan and elsewhere for Fujian
    ("420100", "荆楚网:我省代表委员抵京", "大众网", "http://www.dzwww.com/2010/qglh/wjjz/hub/201003/t20100303_5421277.html",
     "upper"),
    ("350000", "荆楚网:我省代表委员抵京", "大众网", "http://www.dzwww.com/2010/qglh/wjjz/hub/201003/t20100303_5421277.html",
     "external"),
])
def test_an_outlets_own_relative_word_after_its_name(home: str, title: str, source: str, url: str, kind: str) -> None:
    assert _verdict(home, title, source, url).kind == kind


def test_an_outlet_named_for_no_place_leaves_the_site_its_relative_word() -> None:
    from processing.actors import find_actor

    # 东南网 names no place by its name: 我市 stays the reposting site's
    actor = find_actor("东南网:我市召开人大常委会会议", "", "370100")
    assert actor is not None and actor.region is not None and actor.region.code == "370100"
    # a company's grid named like a site (国家电网) is no outlet: the company, no place moved
    actor = find_actor("国家电网:我省迎峰度夏电力供应平稳", "", "370000")
    assert actor is not None and actor.text == "国家电网" and actor.region is not None and actor.region.code == "000000"
