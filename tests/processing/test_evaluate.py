"""`siqing classify` and `siqing evaluate`: the DESIGN.md contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processing.evaluate import macro_f1_interval, row_groups, score
from siqing.app.cli import main

ROWS = [
    {"title": "全国人大常委会第十二次会议表决通过某法", "kind": "upper"},
    {"title": "四川省人大常委会召开主任会议，部署执法检查", "kind": "upper"},
    {"title": "成都市武侯区人大常委会开展代表接待日活动", "kind": "lower"},
    {"title": "成都市人大常委会召开第二十次会议", "kind": "internal"},
    {"title": "杭州市人大常委会审议某条例草案", "kind": "external"},
    {"title": "中共成都市委召开人大工作会议", "kind": "upper"},
    {"title": "成都市人民政府报告上半年民生实事进展", "kind": "lower"},
    {"title": "浙江人大探索“数字人大”监督新路径", "kind": "external"},
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_prints_table_and_json_last(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "gold.jsonl", ROWS)
    assert main(["evaluate", "--home", "成都", "--input", str(f)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    last = json.loads(out[-1])
    assert last["n"] == 8 and last["accuracy"] == 1.0 and last["macro_f1"] == 1.0
    text = "\n".join(out)
    assert "precision" in text and "confusion" in text and "internal" in text
    # the same items for 浙江: the gold answers are wrong there, and the figures say so
    assert main(["evaluate", "--home", "浙江", "--input", str(f)]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["accuracy"] < 0.5


def test_classify_writes_kind_confidence_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "in.jsonl", [{"title": r["title"], "id": i} for i, r in enumerate(ROWS)])
    assert main(["classify", "--home", "510100", "--input", str(f)]) == 0
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [g["id"] for g in got] == list(range(8))
    assert [g["kind"] for g in got] == [r["kind"] for r in ROWS]
    assert all(0 <= g["confidence"] <= 1 and g["reason"] for g in got)
    assert "成都市人大常委会" in got[3]["reason"]


def test_bad_json_line_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"title": "全国人大常委会召开会议", "kind": "upper"}\n{"title": oops}\n', encoding="utf-8")
    assert main(["evaluate", "--home", "济南", "--input", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and f"{f}:2:" in err
    assert main(["classify", "--home", "济南", "--input", str(f)]) == 2
    assert f"{f}:2:" in capsys.readouterr().err
    g = write(tmp_path / "nokind.jsonl", [{"title": "某条", "kind": "upward"}])
    assert main(["evaluate", "--home", "济南", "--input", str(g)]) == 2
    assert f"{g}:1:" in capsys.readouterr().err


def test_ambiguous_home_lists_candidates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "gold.jsonl", ROWS[:1])
    assert main(["evaluate", "--home", "鼓楼区", "--input", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "南京" in err and "福州" in err
    assert main(["evaluate", "--home", "济南", "--input", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err


def test_score_macro_f1_counts_kinds_in_gold() -> None:
    s = score(["upper", "upper", "external"], ["upper", "lower", "external"])
    assert s.per_kind["upper"]["recall"] == 0.5 and s.per_kind["lower"]["f1"] == 0.0
    assert s.macro_f1 == pytest.approx((2 / 3 + 1.0) / 2)
    assert s.macro_f1_all == pytest.approx((2 / 3 + 0 + 1.0) / 3)
    assert s.confusion["upper"]["lower"] == 1


def test_evaluate_reads_the_corpus_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Labels per home and a split: every home scored, news and documents apart, reliability, rules beside."""
    other = {"upper": "external", "lower": "external", "internal": "external", "external": "external"}
    corpus = []
    for i, r in enumerate(ROWS):
        corpus.append({"title": r["title"], "split": "test" if i % 2 == 0 else "dev",
                       "style": "news" if i % 3 else "document",
                       "labels": {"510100": {"kind": r["kind"], "reason": "按规则"},
                                  "330100": {"kind": other[r["kind"]] if "杭州" not in r["title"] else "internal",
                                             "reason": "按规则"}}})
    f = write(tmp_path / "corpus.jsonl", corpus)
    assert main(["evaluate", "--input", str(f), "--split", "test", "--rules-only"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    last = json.loads(out[-1])
    assert last["n"] == 8 and set(last["per_home"]) == {"510100", "330100"}
    assert set(last["per_home"]["510100"]["categories"]) <= {"news", "document"}
    assert last["reliability"]["sure_n"] >= 1 and "rules" in last["per_home"]["510100"]
    assert "reliability" in "\n".join(out) and "仅规则" in "\n".join(out)
    # one home of the corpus
    assert main(["evaluate", "--home", "成都", "--input", str(f), "--rules-only"]) == 0
    one = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert one["n"] == 8 and one["home"] == "510100" and one["accuracy"] == 1.0
    assert one["macro_f1_interval"] == [1.0, 1.0]  # every resample right: no spread to show (each row its own source)
    # a known part with no items (a corpus between test parts) is reported empty, measured nothing, on stderr
    assert main(["evaluate", "--input", str(f), "--split", "train"]) == 0
    captured = capsys.readouterr()
    empty = json.loads(captured.out.strip().splitlines()[-1])
    assert empty["n"] == 0 and empty["empty"] and empty["macro_f1"] is None and "per_home" not in empty
    assert str(f) in captured.err and "为空" in captured.err
    # a part name the corpus cannot have is an input error naming the file
    assert main(["evaluate", "--input", str(f), "--split", "tset"]) == 2
    assert str(f) in capsys.readouterr().err


def test_evaluate_accepts_chinese_kind_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = {"upper": "上情", "lower": "下情", "external": "外情", "internal": "内情"}
    f = write(tmp_path / "zh.jsonl", [{**r, "kind": zh[r["kind"]]} for r in ROWS])
    assert main(["evaluate", "--home", "成都", "--input", str(f), "--rules-only"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["accuracy"] == 1.0


def test_classify_infers_the_site_from_name_and_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Headlines of the corpus's train and dev parts given with title, site name and URL only (no region)."""
    from processing import model as model_mod

    path = model_mod.DATA_DIR / model_mod.HEADLINES
    if not path.exists():
        pytest.skip("the headline corpus is not in the tree yet")
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("split") in ("train", "dev") and "420000" in r["labels"]]
    f = write(tmp_path / "in.jsonl", [{"title": r["title"], "source_name": r["source_name"], "url": r["url"]}
                                      for r in rows])
    assert main(["classify", "--home", "420000", "--input", str(f)]) == 0
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    right = sum(g["kind"] == r["labels"]["420000"]["kind"] for g, r in zip(got, rows, strict=True))
    assert len(got) == len(rows) and right / len(rows) >= 0.9, (right, len(rows))
    # the same headlines without the site: relative references cannot be placed, and say so
    f2 = write(tmp_path / "bare.jsonl", [{"title": r["title"]} for r in rows])
    assert main(["classify", "--home", "420000", "--input", str(f2)]) == 0
    bare = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any("不明" in b["reason"] and b["confidence"] <= 0.3 for b in bare)


def test_macro_f1_interval_resamples_sites_not_items() -> None:
    """The interval holds the figure, is the same every run, and is wider when the errors sit in one site than when
    as many errors are spread over sites of their own: a site's items share its placing, so they are drawn together."""
    gold = ["upper"] * 60 + ["lower"] * 30 + ["internal"] * 10
    pred = list(gold)
    for i in range(0, 60, 6):
        pred[i] = "external"  # ten upper items read as external
    point = score(gold, pred).macro_f1
    spread = [f"s{i}" for i in range(100)]  # each item its own site
    clustered = ["bad" if i < 60 and i % 6 == 0 else f"s{i}" for i in range(100)]  # the ten errors on one site
    lo, hi = macro_f1_interval(gold, pred, spread)
    assert lo <= point <= hi < 1.0
    assert macro_f1_interval(gold, pred, spread) == (lo, hi)
    c_lo, c_hi = macro_f1_interval(gold, pred, clustered)
    assert c_hi - c_lo > hi - lo
    with pytest.raises(ValueError):
        macro_f1_interval(gold, pred, spread[:-1])
    assert macro_f1_interval(gold, pred, ["one site"] * 100) is None  # one site: nothing to resample


def test_row_groups_are_the_corpus_site_else_the_host() -> None:
    rows = [{"site": "hbrd.gov.cn"}, {"url": "http://www.npc.gov.cn/a.html"}, {"url": "http://npc.gov.cn/b.html"},
            {"url": "not a url"}, {}]
    assert row_groups(rows) == ["hbrd.gov.cn", "npc.gov.cn", "npc.gov.cn", "#3", "#4"]
