"""The text model: place names reach it only as their relation to the home; it carries over to new homes."""

from __future__ import annotations

from pathlib import Path

import pytest

from processing import classify, model
from processing.classify import Classifier, Item
from siqing.divisions import resolve

JINAN, ZHEJIANG, HANGZHOU, CHENGDU = (resolve(x) for x in ("济南", "浙江", "杭州", "成都"))


def test_place_names_become_relation_tokens() -> None:
    f = model.default_featurizer
    title, text, meta = f.features(JINAN, "济南市人大常委会召开主任会议", "山东省人大常委会有关负责同志出席。")
    assert "济南" not in title and title.startswith(model.TOKENS["self"])
    assert "山东" not in text and text.startswith(model.TOKENS["above"])
    assert meta["rel=self"] == 1.0 and meta["body=congress"] == 1.0
    # the same headline for another home: a different token, the same characters otherwise
    other, _, _ = f.features(CHENGDU, "济南市人大常委会召开主任会议")
    assert other == model.TOKENS["elsewhere"] + title[1:]
    inside, _, _ = f.features(JINAN, "历下区人大常委会召开主任会议")
    assert inside.startswith(model.TOKENS["inside"])


def test_shipped_model_is_the_version_in_use() -> None:
    path = model.shipped_path()
    assert path is not None, "processing/models/kind-*.joblib is missing: run `siqing train`"
    assert model.version_from_path(path) == classify.MODEL_VERSION
    assert Path(str(path).replace(".joblib", ".metrics.json")).exists()
    m = model.load(path)
    assert m is not None and m.version == classify.MODEL_VERSION


@pytest.mark.parametrize("title,text,kinds", [
    # (济南, 浙江, 杭州, 成都): a home the model never saw in training (成都) gets the same reading
    ("杭州市人大常委会召开第二十次会议", "", ("external", "lower", "internal", "external")),
    ("中共浙江省委召开人大工作会议", "", ("external", "upper", "upper", "external")),
    ("成都市武侯区人大常委会开展代表接待日活动", "", ("external", "external", "external", "lower")),
    ("杭州市城市国际化促进条例", "（2020年4月30日 杭州市第十三届人民代表大会常务委员会第二十六次会议通过）",
     ("external", "lower", "internal", "external")),
])
def test_model_alone_reads_the_relation_for_any_home(title: str, text: str, kinds: tuple[str, ...]) -> None:
    m = model.load()
    assert m is not None
    for home, kind in zip((JINAN, ZHEJIANG, HANGZHOU, CHENGDU), kinds, strict=True):
        probs = m.predict_proba(home, Item(title, text))
        assert max(probs, key=lambda k: probs[k]) == kind, (home.name, title, probs)


def test_hybrid_keeps_the_rules_reason_naming_the_actor() -> None:
    v = Classifier(ZHEJIANG).classify(Item("杭州市人大常委会审议某条例草案"))
    assert v.kind == "lower" and "杭州市人大常委会" in v.reason and 0 < v.confidence <= 1


def test_model_decides_where_rules_are_unsure() -> None:
    class Sure:
        def predict_proba(self, home: object, item: object) -> dict[str, float]:
            return {"upper": 0.03, "lower": 0.03, "external": 0.03, "internal": 0.91}

    item = Item("凝心聚力谱写新篇章")  # no actor: the rules are unsure
    assert Classifier(JINAN, None).classify(item).confidence < classify.RULES_SURE
    v = Classifier(JINAN, Sure()).classify(item)
    assert v.kind == "internal" and "文本模型" in v.reason
    # a confident rule verdict is not overridden
    assert Classifier(JINAN, Sure()).classify(Item("国务院常务会议研究部署安全生产")).kind == "upper"


def test_written_items_differ_by_home_as_the_rubric_says() -> None:
    rows = model.written_rows()
    by_title: dict[str, set[str]] = {}
    for r in rows:
        by_title.setdefault(r["title"], set()).add(r["kind"])
    assert len(rows) >= 300
    assert {r["kind"] for r in rows} == {"upper", "lower", "external", "internal"}
    assert len({r["home"] for r in rows}) >= 15
