"""专报 rules that do not cry wolf (issue 19): a term matches events, not names of laws, plans or
drills; a minimum importance; the reason said in the draft; measured on 107 real titles with
hand-made answers (tests/fixtures/alerts), split dev/test by site."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefings import compose
from briefings.publish import build_view
from siqing.app.status import collect
from siqing.store import Store

from .review_helpers import HOME, VERSION, add_doc, deployment

ITEMS = Path(__file__).resolve().parents[1] / "fixtures" / "alerts" / "items.jsonl"
TERMS = ["突发", "暴雨", "地震", "火灾", "事故", "疫情", "爆炸", "伤亡", "洪水", "台风", "坍塌", "泄漏",
         # added from the dev part's misses (2026-11-29): event words a deployment would list too
         "遇难", "死亡", "失联", "起火", "爆燃", "塌陷", "泥石流", "滑坡", "相撞", "受灾"]


def _cfg(tmp_path: Path):  # type: ignore[no-untyped-def]
    return deployment(tmp_path / "d", briefing={"alert": {"terms": TERMS, "min_importance": 0.95,
                                                          "match_min_importance": 0.5}})


@pytest.mark.parametrize(("text", "expected"), [
    ("突发事件应对法", False),
    ("关于修改《中华人民共和国突发事件应对法》的决定", False),
    ("北京市实施《中华人民共和国突发事件应对法》办法", False),
    ("山东省突发事件应对条例", False),
    ("汕头经济特区突发公共卫生事件应急条例", False),
    ("全市开展地震应急演练", False),
    ("河源市暴雨灾害预警与响应条例", False),
    ("我市突发暴雨致3人死亡", True),
    ("某化工厂发生爆炸", True),
    ("突发事件应对法实施十周年，某地突发山体滑坡", True),
])
def test_terms_match_events_not_names(text: str, expected: bool) -> None:
    assert any(compose.term_as_event(text, t) for t in TERMS) is expected


def _score(cfg, rows: list[dict]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    got = [compose.alert_matches(cfg, {"title": r["title"], "summary": "", "importance": 0.6}) for r in rows]
    tp = sum(g and r["alert"] for g, r in zip(got, rows, strict=True))
    fp = sum(g and not r["alert"] for g, r in zip(got, rows, strict=True))
    fn = sum(not g and r["alert"] for g, r in zip(got, rows, strict=True))
    naive_fp = sum(any(t in r["title"] for t in TERMS) and not r["alert"] for r in rows)  # the old substring rule
    return {"n": len(rows), "alerts": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0, "recall": round(tp / (tp + fn), 3),
            "substring_rule_fp": naive_fp,
            "laws_alerted": sum(g and "LawRefBook" in r["origin"] for g, r in zip(got, rows, strict=True))}


def test_real_titles_hand_answered(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    rows = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 100 and sum(r["alert"] for r in rows) >= 30
    parts = {p: [r for r in rows if r["part"] == p] for p in ("dev", "test")}
    # Split by site: no site has items in both parts.
    assert not {r["site"] for r in parts["dev"]} & {r["site"] for r in parts["test"]}
    dev, test = _score(cfg, parts["dev"]), _score(cfg, parts["test"])
    print(json.dumps({"dev": dev, "test": test}, ensure_ascii=False))
    assert dev["laws_alerted"] == 0  # no regulation title ever makes a 专报
    # The rules were written on the dev part only. Measured 2026-11-29 on the test part (37 titles from 20
    # sites, 17 alerts), looked at once after the rules were fixed: precision 0.667, recall 0.706.
    assert test["fp"] < test["substring_rule_fp"] or test["substring_rule_fp"] == 0
    assert test["recall"] >= 0.65 and test["precision"] >= 0.6
    assert dev["recall"] >= 0.9 and dev["precision"] >= 0.9
    # The same titles under the minimum importance make none.
    assert not any(compose.alert_matches(cfg, {"title": r["title"], "importance": 0.3}) for r in rows)


def test_alert_draft_explains_itself_and_status_lists_it(tmp_path: Path, monkeypatch) -> None:
    cfg = _cfg(tmp_path)
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T09:00:00+08:00")
    add_doc(store, "山东省突发事件应对条例", "upper", importance=0.7, published="2026-05-06")
    storm = add_doc(store, "韩国中部连日暴雨53死14失踪", "external", importance=0.7, published="2026-05-06")
    add_doc(store, "某地暴雨致道路积水", "lower", importance=0.2, published="2026-05-06")  # under the floor
    found = compose.alert_candidates(cfg, store, HOME, VERSION, "2026-05-06T00:00:00+08:00")
    assert [r["id"] for r in found] == [storm]
    bid = compose.compose_alert(cfg, store, HOME, VERSION, found[0]).briefing_id
    b = store.get_briefing(bid)
    note = compose.alert_note(cfg, store, b, VERSION)
    assert "暴雨" in note and "重要性 0.70" in note and note.startswith("专报依据")
    assert build_view(cfg, store, bid).note == note
    report = collect(cfg)
    assert [p["id"] for p in report["pending_alerts"]] == [bid]


def test_nothing_to_report_makes_no_issue(tmp_path: Path, monkeypatch) -> None:
    cfg = _cfg(tmp_path)
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "很久以前的消息", "upper", published="2019-03-01")
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    c = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6))
    assert c.empty and c.items == 0 and store.get_briefing(c.briefing_id)["status"] == "empty"
    assert store.briefing_items(c.briefing_id) == []


def test_draft_show_lists_the_backlog_and_kinds_in_chinese(tmp_path: Path, monkeypatch, capsys) -> None:
    from processing import pipeline
    from siqing.app.cli import main

    cfg = _cfg(tmp_path)
    store = Store(cfg.database_url)
    version = pipeline.model_version()
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    new = add_doc(store, "本周的新消息", "upper", version=version)
    old = add_doc(store, "三年前的旧文", "upper", published="2023-04-01", version=version)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, version, "daily", date(2026, 5, 6)).briefing_id
    assert [i["document_id"] for i in store.briefing_items(bid)] == [new]
    c = ["--config", str(cfg.path)]
    assert main([*c, "draft", "show", str(bid)]) == 0
    out = capsys.readouterr().out
    assert "往期补录（1 条" in out and f"[文档 {old}] 2023-04-01" in out
    assert main([*c, "draft", "edit", str(bid), "--add", str(old), "--to-kind", "外情", "--no-render"]) == 0
    assert {i["document_id"]: i["kind"] for i in store.briefing_items(bid)}[old] == "external"
    with pytest.raises(SystemExit) as exc:
        main([*c, "draft", "edit", str(bid), "--move", str(old), "--to-kind", "火星", "--no-render"])
    assert exc.value.code == 2
    assert "上情/下情/外情/内情" in capsys.readouterr().err
