"""Headline table: each headline's kind for two homes (山东省济南市 and 浙江省), plus 成都 and 北京朝阳."""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item, classify_items
from siqing.divisions import resolve

JINAN, ZHEJIANG = "370100", "330000"

# (headline, text, source region code or None, kind for 济南, kind for 浙江)
ROWS: list[tuple[str, str, str | None, str, str]] = [
    # real titles: local regulations (corpora/local-regulations)
    ("济南市优化营商环境条例", "", None, "internal", "external"),
    ("济南市城市市容和环境卫生管理条例", "", None, "internal", "external"),
    ("山东省历史文化名城名镇名村保护条例", "", None, "upper", "external"),
    ("山东省大气污染防治条例", "", None, "upper", "external"),
    ("青岛市城市风貌保护条例", "", None, "external", "external"),
    ("浙江省职工基本养老保险条例", "", None, "external", "internal"),
    ("杭州市道路交通安全管理条例", "", None, "external", "lower"),
    ("杭州市绩效管理条例", "", None, "external", "lower"),
    ("宁波市城市排水和再生水利用条例", "", None, "external", "lower"),
    ("景宁畲族自治县自治条例", "", None, "external", "lower"),
    ("上海市慈善条例", "", None, "external", "external"),
    ("郑州市城市公共汽车客运条例", "", None, "external", "external"),
    ("深圳经济特区中医药条例",
     "（2010年4月2日 深圳市第四届人民代表大会常务委员会第三十六次会议通过）", None, "external", "external"),
    ("北京市公路条例", "", None, "external", "external"),
    # real titles: State Council documents (corpora/govcn-policy)
    ("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", "", "000000", "upper", "upper"),
    ("国务院办公厅关于加强三级公立医院绩效考核工作的意见", "", "000000", "upper", "upper"),
    ("国务院关于印发国家职业教育改革实施方案的通知", "", "000000", "upper", "upper"),
    ("国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函", "", "000000", "upper", "upper"),
    ("中华人民共和国个人所得税法实施条例", "", "000000", "upper", "upper"),
    ("专利代理条例", "", "000000", "upper", "upper"),
    # RUBRIC worked pairs (as they read on a 济南 / 浙江 deployment)
    ("全国人大常委会第十二次会议表决通过某法", "", None, "upper", "upper"),
    ("四川省人大常委会召开主任会议，部署执法检查", "", None, "external", "external"),
    ("浙江人大探索“数字人大”监督新路径", "", None, "external", "internal"),
    ("成都市武侯区人大常委会开展代表接待日活动", "", None, "external", "external"),
    ("成都市人大常委会召开第二十次会议", "", None, "external", "external"),
    ("杭州市人大常委会审议某条例草案", "", None, "external", "lower"),
    ("中共成都市委召开人大工作会议", "", None, "external", "external"),
    ("成都市人民政府报告上半年民生实事进展", "", None, "external", "external"),
    # news-style
    ("山东省人大常委会召开主任会议", "", None, "upper", "external"),
    ("济南市人大常委会召开第十次会议", "", None, "internal", "external"),
    ("市人大常委会召开第十次会议", "", JINAN, "internal", "external"),
    ("省人大常委会召开党组会议", "", ZHEJIANG, "external", "internal"),
    ("中共济南市委召开全会", "", None, "upper", "external"),
    ("中共浙江省委召开人大工作会议", "", None, "external", "upper"),
    ("济南市人民政府召开常务会议研究民生实事", "", None, "lower", "external"),
    ("历下区人大常委会开展代表接待日活动", "", JINAN, "lower", "external"),
    ("济南市中级人民法院向市人大常委会报告工作", "", None, "lower", "external"),
    ("济南市政协召开专题协商会", "", None, "lower", "external"),
    ("青岛市人大常委会调研组来我市调研", "", JINAN, "external", "external"),
    ("市人大常委会主任出席市政府常务会议", "", JINAN, "lower", "external"),
    ("济南代表团审议省人大常委会工作报告", "", None, "internal", "external"),
    ("杭州代表团审议政府工作报告", "", ZHEJIANG, "external", "internal"),
    ("山东代表团审议全国人大常委会工作报告", "", None, "upper", "external"),
    ("浙江代表团审议最高人民法院工作报告", "", None, "external", "internal"),
    ("习近平在四川考察", "", None, "upper", "upper"),
    ("国务院常务会议部署稳就业工作", "", None, "upper", "upper"),
    ("山东省高级人民法院发布典型案例", "", None, "upper", "external"),
    ("温州市鹿城区人大代表走进社区听民意", "", None, "external", "lower"),
    ("川渝两地人大协同立法取得新进展", "", None, "external", "external"),
    ("鲁政发〔2019〕5号 山东省人民政府关于加强安全生产的意见", "", None, "upper", "external"),
]


@pytest.mark.parametrize(("title", "text", "source", "jinan", "zhejiang"), ROWS)
def test_headline_two_homes(title: str, text: str, source: str | None, jinan: str, zhejiang: str) -> None:
    item = Item(title=title, text=text, source_region=source)
    assert Classifier(resolve(JINAN)).classify(item).kind == jinan
    assert Classifier(resolve(ZHEJIANG)).classify(item).kind == zhejiang


# (headline, source, kind for 成都, kind for 北京市朝阳区)
OTHER_HOMES = [
    ("四川省人大常委会召开主任会议，部署执法检查", None, "upper", "external"),
    ("成都市武侯区人大常委会开展代表接待日活动", None, "lower", "external"),
    ("成都市人大常委会召开第二十次会议", None, "internal", "external"),
    ("中共成都市委召开人大工作会议", None, "upper", "external"),
    ("成都市人民政府报告上半年民生实事进展", None, "lower", "external"),
    ("四川代表团审议全国人大常委会工作报告", None, "upper", "external"),
    ("北京市人大常委会召开主任会议", None, "external", "upper"),
    ("朝阳区人大常委会召开第三次会议", "110105", "external", "internal"),
    ("朝阳区人大常委会召开第三次会议", "220100", "external", "external"),
    ("区委召开全会部署重点工作", "110105", "external", "upper"),
    ("北京市朝阳区人民政府发布上半年工作报告", None, "external", "lower"),
    ("市人大常委会审议北京市优化营商环境条例修订草案", "110000", "external", "upper"),
    ("蓉城社区治理新探索", None, "lower", "external"),
    ("全国人大常委会第十二次会议表决通过某法", None, "upper", "upper"),
]


@pytest.mark.parametrize(("title", "source", "chengdu", "chaoyang"), OTHER_HOMES)
def test_headline_other_homes(title: str, source: str | None, chengdu: str, chaoyang: str) -> None:
    item = Item(title=title, source_region=source)
    assert Classifier(resolve("四川省成都市")).classify(item).kind == chengdu
    assert Classifier(resolve("北京市朝阳区")).classify(item).kind == chaoyang


def test_jinan_rows_cover_all_kinds() -> None:
    kinds = [r[3] for r in ROWS]
    assert len(ROWS) >= 40
    assert all(kinds.count(k) >= 3 for k in ("upper", "lower", "external", "internal"))


def test_reason_confidence_and_batch() -> None:
    verdicts = classify_items("济南", [{"title": "山东省人大常委会召开主任会议"},
                                       {"title": "市人大常委会召开第十次会议", "source_region": JINAN}])
    assert verdicts[0].reason == "主体：山东省人大常委会（上级：包含山东省济南市的山东省）"
    assert verdicts[0].kind == "upper" and 0 <= verdicts[1].confidence <= verdicts[0].confidence <= 1
    assert Classifier("济南").classify(Item("会议召开")).confidence < 0.5
