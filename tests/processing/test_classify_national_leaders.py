"""National leaders by name (processing/data/national_leaders.json): a headline led by a vice premier, state
councillor, NPC or CPPCC vice chairman, minister, the SPC president or the procurator-general acting (某某到…调研,
某某主持/会见…, 某某：…) is the national body of the post held at the headline's date (or, undated, of any term,
except on the site of a place the leader headed in those years); never a common word, never a local official of the
same name (a name many local officials bear is read only on a national site or after a national post word).

Positives are real dev headlines of the corpus (广东法院网, 广西新闻网; gold 上情 for every home); negatives are
real train/dev headlines whose gold is the local body (张平 in 宁波 2025, 李斌 in 甘肃 2018, 陈武 and 唐仁健 as
provincial heads in 2018, 马兴瑞 and 陈吉宁 undated on their own place's site, 钟山区). The test part is never
read here.
"""

from __future__ import annotations

import pytest

from processing.actors import NATIONAL_LEADERS, headline_month, load_national_leaders, national_leader
from processing.classify import Classifier, Item
from processing.evaluate import item_of
from siqing.divisions import default_gazetteer
from tests.processing.corpus_rows import page_address, pages_of_test_part
from tests.processing.corpus_rows import tuning_row as row

HOMES = ("350000", "420000", "350200", "420100", "350203")
BODIES = {"party", "congress", "government", "cppcc", "court", "procuratorate", "supervision", "massorg"}




def test_data_file_is_well_formed() -> None:
    leaders = load_national_leaders()
    assert len(leaders) >= 150
    for name, p in leaders.items():
        assert (2 <= len(name) <= 3 or "·" in name) and p.terms, name
        for t in p.terms:
            assert t.body in BODIES and t.post and "2002-10" <= t.start <= t.end, (name, t)
        for _post, code, start, end in p.local:
            assert code in ("810000", "820000") or default_gazetteer.get(code) is not None, (name, code)
            assert start <= end, name


@pytest.mark.parametrize("title", [
    "郭声琨：坚持以习近平新时代中国特色社会主义思想指导人民法院工作",  # 广东法院网, undated
    "周强：深入推进人民法院党风廉政建设和反腐败斗争",  # 广东法院网, undated
    "陈宝生:2018年要基本消除66人以上的超大班额",  # 广西新闻网, 2018-03-16
    "宋濤、王忠銘同台 兩馬鬧元宵點燈揭幕",  # a Taiwanese site, in traditional characters: 国台办主任 宋涛 (2022-12-)
    # the level below ministers (vice ministers, agencies' heads, deputy heads of central organs, of the democratic
    # parties' and people's organisations' centres), named without a post, is national too
    "杜占元赴中国农业大学调研",  # 沈阳城市建设学院 (a city's college): 教育部副部长 then
    "刘结一东莞调研 强调为台胞创造更多机遇和更好条件",  # 国台办 2018-01: its deputy director before he headed it
    # a leader instructing on what an earlier phrase reports, on a national body's site (国家安全监管总局, 2018-03)
    "河北一化工企业发生火灾 王玉普要求依法严肃追责",
    # a vice minister of an older term, added by the fourth round (上海海事大学's site, 2010-11: 交通运输部副部长 then;
    # his term read from one appointment page of 2008-03 runs on to his next post, at most four years)
    "徐祖远在万州调研175米蓄水后库区航运",
])
def test_national_leaders_on_local_sites_are_upper(title: str) -> None:
    r = row(title)
    for home in HOMES:
        assert r["labels"][home]["kind"] == "upper"
        v = Classifier(home).classify(item_of(r))
        assert v.kind == "upper", (home, v.reason)
        assert v.actor is not None and v.actor.region is not None and v.actor.region.level == "nation"


@pytest.mark.parametrize("title", [
    "张平在奉化调研时强调:以“千万工程”为牵引 绘就乡村全面振兴新图景",  # 宁波 2025: a local 张平
    "李斌在武威调研",  # 甘肃省人民政府 2018-03-23: a provincial 李斌, not the CPPCC vice chairman
    "陈武主持召开自治区十三届人民政府第2次常务会议",  # 广西 2018: chairman, CPPCC vice chairman only from 2023
    "唐仁健主持召开省政府党组（扩大）会议",  # 甘肃 2018: governor, minister only from 2020
    "马兴瑞：敢于担当勇挑重担 为实现中国梦作出广东应有贡献",  # undated, 广东 site
    "陈吉宁离京赴韩国访问",  # undated on 首都之窗: 北京市长 (ecology minister 2015-2017)
    "钟山区扶贫资金变股金",  # a district, not the commerce minister
])
def test_local_officials_and_words_are_not_national_leaders(title: str) -> None:
    r = row(title)
    it = item_of(r)
    clf = Classifier("350000")
    source = clf.rules.source_division(it)
    assert national_leader(it.title, it.published_at, it.url, source) is None
    assert r["labels"]["350000"]["kind"] == "external"
    assert clf.classify(it).kind == "external"


def test_dates_and_common_names() -> None:
    gd, nation = default_gazetteer.get("440000"), default_gazetteer.nation
    # a post held at the date decides the body; out of every term, nothing
    found = national_leader("周强到广州调研", "2015-06-01", "", gd)
    assert found is not None and found[1].body == "court"
    found = national_leader("周强：推进…", "2024-03-05", "", nation)
    assert found is not None and found[1].body == "cppcc"
    assert national_leader("周强到长沙调研", "2011-06-01", "", default_gazetteer.get("430000")) is None
    # undated: any term, except on the site of a place the leader headed (湖南 for 周强)
    assert national_leader("周强：推进…", None, "", gd) is not None
    assert national_leader("周强：推进…", None, "", default_gazetteer.get("430000")) is None
    # the month read from the URL when the date is missing
    assert headline_month(None, "http://www.tj.gov.cn/xw/bdyw/201803/t20180318_3622835.html") == "2018-03"
    assert headline_month("2016-08-08", "http://x/2010/01/") == "2016-08"
    # a common name: only on a national site or after a national post word
    assert NATIONAL_LEADERS["王勇"].common
    assert national_leader("王勇到广东调研", "2019-05-01", "", gd) is None
    assert national_leader("王勇到广东调研", "2019-05-01", "", nation) is not None
    found = national_leader("国务委员王勇到广东调研", "2019-05-01", "", gd)
    assert found is not None and found[2] == 4
    # only a name followed by an act, never inside a word
    assert national_leader("周强化队伍建设", "2015-06-01", "", nation) is None
    assert national_leader("全面从严治党 陈宝生到会", "2018-03-16", "", nation) is None


def test_a_body_named_first_leads() -> None:
    """A place's body named before the leader's post and name leads the headline (the rubric's main actor)."""
    clf = Classifier("350200", model=None)
    v = clf.classify(Item(title="厦门市人大常委会会见国务委员王勇一行", source_name="厦门人大",
                          url="http://www.xmrd.gov.cn/a.html", published_at="2019-05-01"))
    assert v.kind == "internal", v.reason


def test_central_officials_with_local_posts_are_local_there() -> None:
    """A central official who also headed a province or city (in the local tables) is not read as national on that
    place's site in those years, and a two-character name only on a national site or after a national post word."""
    henan = default_gazetteer.get("410000")
    assert national_leader("谢伏瞻到郑州调研", "2017-05-01", "", henan) is None  # 河南省委书记 then
    assert national_leader("谢伏瞻到郑州调研", "2020-05-01", "", henan) is not None  # 中国社科院院长 then
    leader = NATIONAL_LEADERS["杜占元"]
    assert not leader.common and leader.term_at("2018-05") is not None
    assert all(NATIONAL_LEADERS[n].common for n in ("王晓", "张勇", "李伟", "刘伟"))
    # a given name three or more people of the tables bear makes a three-character name common too
    assert all(NATIONAL_LEADERS[n].common for n in ("陈志刚", "王国强", "刘国强"))
    # an estimated central term ends when the same person takes a province's post
    assert NATIONAL_LEADERS["叶建春"].term_at("2022-05") is None  # 江西省长 from 2021-11
    # a term whose end no page gave is not read as held for ever
    assert all(t.end != "9999-12" or t.start >= "2021-01" for p in NATIONAL_LEADERS.values() for t in p.terms
               if p.name in ("杜占元", "李金早", "龙腾"))


def test_of_posts_held_at_once_a_state_organs_is_read() -> None:
    """万钢 chaired 致公党中央 while a CPPCC vice chairman: the CPPCC post is the one a headline of those years is read
    by (an organ, not a democratic party's centre)."""
    term = NATIONAL_LEADERS["万钢"].term_at("2019-01")
    assert term is not None and term.body == "cppcc"
    term = NATIONAL_LEADERS["万钢"].term_at("2010-01")
    assert term is not None and term.body == "cppcc"
    term = NATIONAL_LEADERS["万钢"].term_at("")  # undated: of all his posts, the same way
    assert term is not None and term.body == "cppcc"


def test_no_post_rests_on_a_page_of_the_test_part() -> None:
    # a leader table built from the test part's own pages would be tuned on it: none of its pages is evidence
    # (only the addresses are compared; no test row is read otherwise or shown)
    import json

    from processing.actors import LEADERS_FILE
    from processing.classify import to_simplified

    test_pages = pages_of_test_part()
    data = json.loads(LEADERS_FILE.read_text(encoding="utf-8"))
    evidence = [x for e in data["leaders"] for p in e["posts"] for x in p.get("evidence", ())]
    shared = sum(page_address(x["url"]) in test_pages for x in evidence)
    assert test_pages and len(evidence) > 1000 and shared == 0, f"{shared} evidence pages are test-part headlines' pages"
    assert all(x["quote"] and len(x["quote"]) <= 40 for x in evidence)
    for e in data["leaders"]:
        for p in e["posts"]:
            if "evidence" in p:
                assert any(e["name"] in to_simplified(x["quote"]) for x in p["evidence"]), (e["name"], p["post"])


def test_a_leader_instructing_on_what_an_earlier_phrase_reports_acts_on_a_national_site() -> None:
    """河北一化工企业发生火灾 王玉普要求依法严肃追责 (in the list above) is the minister's instruction, not the place; on a
    local site the name after a local phrase is as likely a local official's, and a body named first still leads."""
    # only on a national body's site: on a local one the name after a local phrase is as likely a local official's
    xiamen = default_gazetteer.get("350200")
    assert national_leader("我区发生一起火灾 王玉普要求依法严肃追责", "2018-03-03", "", xiamen) is None
    assert national_leader("我区发生一起火灾 王玉普要求依法严肃追责", "2018-03-03", "", default_gazetteer.nation)
    # a body named first still leads
    assert national_leader("厦门市人大常委会召开会议 王玉普要求依法严肃追责", "2018-03-03", "",
                           default_gazetteer.nation) is None


def test_a_name_after_a_local_post_word_is_a_local_officials() -> None:
    """A post word of a place (市委组织部部长, 厦门市发改委主任) before a name: a local official of that name; a bare 主任 keeps a
    common name's guard; a national body's post word still names the national leader."""
    gd = default_gazetteer.get("440000")
    assert national_leader("市委组织部部长王军到县调研", "2019-05-01", "", gd) is None
    assert national_leader("厦门市发改委主任陈志刚到集美调研", "2018-05-01", "", gd) is None
    assert national_leader("主任张明一行到我区调研", "2019-05-01", "", gd) is None
    assert national_leader("国家发改委主任何立峰到广东调研", "2019-05-01", "", gd) is not None
    assert national_leader("教育部部长陈宝生到广东调研", "2018-05-01", "", gd) is not None
