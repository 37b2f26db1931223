"""金门 and 马祖 are administered by Taiwan, though the division table lists 金门县 under 泉州: their own bodies and sites
are Taiwan's (the corpus codes them 710000), outside every home, Fujian's and 泉州's included; mainland bodies acting on
金门 or named after its people stay the mainland's. Real headlines of the corpus's dev part."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict

KINMEN_OWN = [
    ("金門府會首長率團拜會漳州市府", "金門縣議會", "https://www.kmcc.gov.tw/1316/1317/1319/85745/"),
    ("金城鎮民代表會第十二屆第十五次臨時大會第四次會議紀錄", "金門縣政府", "https://www.kinmen.gov.tw/News_Content.aspx"),
    ("快新聞/夏立言16日又要訪中「參加海峽論壇」 前金門縣長楊鎮浯等陪同", "民視新聞網",
     "https://www.ftvnews.com.tw/news/detail/2023616W0160"),
]


@pytest.mark.parametrize("home", ["350000", "350500", "350502"])
@pytest.mark.parametrize(("title", "source", "url"), KINMEN_OWN)
def test_kinmens_own_bodies_are_taiwans(home: str, title: str, source: str, url: str) -> None:
    v = _verdict(home, title, source, url)
    assert v.kind == "external", v.reason


def test_a_kinmen_town_council_on_a_mainland_site_is_taiwans() -> None:
    # (镇民代表会 is Taiwan's name for a town council: the mainland's is 镇人民代表大会)
    v = _verdict("350500", "金城鎮民代表會召開臨時大會", "泉州网", "http://www.qzwb.com/a.html")
    assert v.kind == "external", v.reason


def test_a_site_named_for_kinmen_is_no_mainland_place() -> None:
    # (縣府 on 金門縣政府's own site: Taiwan's county government, no unit of 泉州)
    v = _verdict("350500", "縣府召開防疫會議", "金門縣政府", "https://www.kinmen.gov.tw/News_Content.aspx")
    assert v.kind == "external", v.reason


@pytest.mark.parametrize(("home", "kind"), [("350000", "lower"), ("350200", "lower"), ("350500", "external")])
def test_mainland_bodies_named_after_kinmen_stay_the_mainlands(home: str, kind: str) -> None:
    # 厦门市金门同胞联谊会 is 厦门's association; 福建推动向金门供水 is the province acting
    assoc = _verdict(home, "厦门金胞联:鼓励子弟读金大", "厦门市金门同胞联谊会", "http://www.xmjbl.org.cn/a.html")
    assert assoc.kind == kind, assoc.reason
    water = _verdict("350500", "福建推动向金门供水拓展闽台合作广度与深度", "中国经济信息网", "http://www.cei.cn/a.html")
    assert water.kind == "upper", water.reason


def test_mainland_town_congress_words_are_not_taiwans() -> None:
    # (镇人大 and 镇人民代表大会 are the mainland's; only 镇民代表会 is Taiwan's)
    v = _verdict("350500", "晋江市龙湖镇人民代表大会召开", "泉州网", "http://www.qzwb.com/a.html")
    assert v.kind == "lower", v.reason
