"""Leaders from config, calibrated confidence and the 待核 mark: config, status and the classifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from processing import model as model_mod
from processing.classify import Classifier, Item, leaders_from_settings
from siqing.config import load
from siqing.errors import ConfigError
from siqing.kinds import KIND_NAMES_ZH, KINDS, parse_kind
from siqing.store import Store


def deployment(root: Path, extra: str = "") -> Path:
    (root / "config").mkdir(parents=True)
    (root / "config" / "sources.yaml").write_text("", encoding="utf-8")
    path = root / "config" / "siqing.yaml"
    path.write_text("home:\n  region: 浙江省宁波市\n" + extra
                    + "storage:\n  url: sqlite:///../data/siqing.db\n", encoding="utf-8")
    (root / "data").mkdir()
    return path


LEADERS = """  leaders:
    - {name: 甲乙丙, post: 人大常委会主任, start: "2022-01-01"}
    - {name: 丁戊己, post: 副主任, end: "2020-12-31"}
leaders:
  - {name: 庚辛壬, post: 省委书记, region: 浙江省}
  - {name: 癸子丑, post: 市长, region: 杭州市}
"""


def test_kinds_are_defined_once_and_parse_both_names() -> None:
    assert KINDS == ("upper", "lower", "external", "internal")
    for k in KINDS:
        assert parse_kind(k) == k and parse_kind(KIND_NAMES_ZH[k]) == k and parse_kind(k.upper()) == k
    with pytest.raises(Exception, match="unknown kind"):
        parse_kind("旁情")


def test_leaders_decide_the_headlines_they_lead(tmp_path: Path) -> None:
    cfg = load(deployment(tmp_path, LEADERS))
    leaders = leaders_from_settings(cfg.settings)
    clf = Classifier(cfg.home, None, leaders=leaders)
    # the home committee's leader at work anywhere: 内情; the province's secretary: 上情; another city's mayor: 外情
    assert clf.classify(Item("甲乙丙到象山县调研基层立法联系点建设")).kind == "internal"
    assert clf.classify(Item("庚辛壬在宁波调研时强调")).kind == "upper"
    assert clf.classify(Item("癸子丑主持召开市政府常务会议")).kind == "external"
    # without the configured names the same headlines have no actor to go by
    bare = Classifier(cfg.home, None)
    assert bare.classify(Item("甲乙丙到象山县调研基层立法联系点建设")).kind == "lower"


def test_a_configured_name_with_a_middle_dot_matches_however_the_page_writes_the_dot(tmp_path: Path) -> None:
    # (a name written with a middle dot, as 新疆's leaders' are, and in no leaders' table; pages write the dot as ·, • or ・)
    cfg = load(deployment(tmp_path, "leaders:\n  - {name: 甲乙·丙丁戊, post: 自治区主席, region: 新疆维吾尔自治区}\n"))
    clf = Classifier(cfg.home, None, leaders=leaders_from_settings(cfg.settings))
    for dot in "·•・":
        actor = clf.classify(Item(f"甲乙{dot}丙丁戊在喀什调研")).actor
        assert actor is not None and actor.region.code == "650000" and actor.body == "government"


def test_leader_config_is_checked(tmp_path: Path) -> None:
    bad = deployment(tmp_path / "a", "leaders:\n  - {name: 某某, post: 省长}\n".replace("leaders:", "x_leaders:"))
    with pytest.raises(ConfigError):
        load(bad)
    bad = deployment(tmp_path / "b", "  leaders:\n    - {name: 某某, end: 2020-1-1}\n")
    with pytest.raises(ConfigError, match="home.leaders"):
        load(bad)


def test_status_warns_of_ended_terms_and_counts_unsure(tmp_path: Path) -> None:
    from siqing.app.status import collect, render_text

    cfg = load(deployment(tmp_path, LEADERS + "processing:\n  review_below: 0.6\n"))
    store = Store(cfg.database_url)
    store.register_source("s", "宁波市人大常委会", "city", "330200", {})
    rows = []
    for k, conf in enumerate((0.95, 0.3, 0.59, 0.6)):
        _, doc = store.save_document({"source_id": "s", "url": f"http://x.example/{k}",
                                      "canonical_url": f"http://x.example/{k}", "title": f"标题{k}", "body": "正文"})
        rows.append({"document_id": doc, "content_hash": f"h{k}", "kind": "internal", "confidence": conf,
                     "reason": "r", "summary": "s", "importance": 0.5})
    store.save_analyses(cfg.home.code, "v1", rows)
    store.close()
    report = collect(cfg)
    assert report["review"]["unsure"] == 2  # 0.3 and 0.59; 0.6 is not under the threshold
    assert any("丁戊己" in p and "任期已结束" in p for p in report["problems"])
    assert not any("甲乙丙" in p for p in report["problems"])
    assert "待核：2 条" in render_text(report)


def test_calibration_maps_raw_confidence_to_share_right() -> None:
    # raw 0.9 right half the time, raw 0.5 never: the map says so, and keeps the order
    points = [("rules", 0.9, k % 2 == 0) for k in range(40)] + [("rules", 0.5, False) for _ in range(40)]
    table = model_mod.fit_calibration(points)
    assert table["paths"]["rules"]["n"] == 80
    assert model_mod.apply_calibration(table, "rules", 0.9) == pytest.approx(0.5)
    assert model_mod.apply_calibration(table, "rules", 0.5) == pytest.approx(0.0)
    assert model_mod.apply_calibration(table, "model", 0.77) == 0.77  # no map for that path: unchanged
    few = model_mod.fit_calibration([("model", 0.9, True)] * 5)
    assert "model" not in few["paths"]


def test_calibrated_classifier_reports_calibrated_confidence() -> None:
    table = {"paths": {"rules": {"x": [0.0, 1.0], "y": [0.1, 0.2]}}}
    v = Classifier("330200", None, calibration=table).classify(Item("宁波市人大常委会召开主任会议"))
    raw = Classifier("330200", None).classify(Item("宁波市人大常委会召开主任会议"))
    assert v.kind == raw.kind == "internal"
    assert v.confidence == pytest.approx(0.1 + 0.1 * raw.confidence)


def test_review_marks_unsure_entries(tmp_path: Path) -> None:
    from briefings.review import needs_review, review_mark

    cfg = load(deployment(tmp_path))
    store = Store(cfg.database_url)
    store.register_source("s", "宁波市人大常委会", "city", "330200", {})
    docs = []
    for k, conf in enumerate((0.92, 0.41)):
        _, doc = store.save_document({"source_id": "s", "url": f"http://x.example/{k}",
                                      "canonical_url": f"http://x.example/{k}", "title": f"标题{k}", "body": "正文"})
        store.save_analyses(cfg.home.code, "v1", [{"document_id": doc, "content_hash": f"h{k}", "kind": "lower",
                                                   "confidence": conf, "reason": "r", "summary": "s"}])
        docs.append(doc)
    unsure = needs_review(store, cfg.home.code, docs, cfg.settings.processing.review_below)
    store.close()
    assert unsure == {docs[1]}
    assert review_mark(docs[1], unsure) == "【待核】" and review_mark(docs[0], unsure) == ""


def test_processing_uses_the_configured_leaders(tmp_path: Path) -> None:
    """`siqing process` classifies with home.leaders and leaders, as `siqing classify` does."""
    import sqlalchemy as sa

    from processing import pipeline
    from siqing.app.defaults import copy_to

    path = deployment(tmp_path, LEADERS)
    copy_to(path.parent)
    cfg = load(path)
    cfg.settings.processing.workers = 1
    store = Store(cfg.database_url)
    store.register_source("site", "宁波人大网", "city", "330200", {})
    _, doc_id = store.save_document({"source_id": "site", "url": "http://site.example/1",
                                     "canonical_url": "http://site.example/1",
                                     "title": "甲乙丙到象山县调研基层立法联系点建设", "body": "调研中强调，要做好基层立法联系点工作。"})
    pipeline.process(cfg, store)
    with store.connect() as conn:
        kind = conn.execute(sa.text("SELECT kind FROM analyses WHERE document_id = :d"), {"d": doc_id}).scalar()
    store.close()
    assert kind == "internal"  # without the configured name the headline has no actor: 下情
