"""The accuracy gate: the classifier's figures, measured afresh, must not drop below the pinned
baseline by more than its stated tolerance (issue 18: never "no item may flip").

Three parts are pinned in processing/models/baseline.json, each with the digest of its data and the
command that wrote it:
- headlines: the real, site-split headline corpus (processing/models/data/headlines.jsonl), its test
  part, for every home it is labelled for: macro-F1 per home of the hybrid and of the rules alone,
  macro-F1 on news-style items (the lowest home), the share right at confidence >= 0.8, and the share right when
  each row is read by its actor's own region and that region's parent (homes never labelled for). Only these
  aggregate figures are read; the part's own tolerance is recorded beside them. Between test parts (the
  last retired to dev, the next not imported yet) the corpus has none: that check is skipped with the reason,
  and the figures of retired parts are kept under retired_test_parts.
- headlines_dev: the same figures on the dev part (read while tuning, so a regression guard only).
- retired: the older held-out sets (regulations and written news), looked at while changing code in
  earlier sessions, so kept only as a regression check, not as a test part.
After a deliberate change, rewrite with the command in baseline.json and review the difference.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from processing import model as model_mod
from siqing.app.cli import main

BASELINE = Path(model_mod.MODELS_DIR) / "baseline.json"
DATA = model_mod.DATA_DIR
HEADLINES = DATA / "headlines.jsonl"
TOLERANCE = 0.02
# The headline test part is thin on 上情/下情/内情 (6 to 10 上情 items a home): one such item flipped moves
# a home's macro-F1 by about 0.03-0.04, so its per-home figures allow one flip, not two.
HEADLINE_TOLERANCE = 0.05
COMMAND = "SIQING_WRITE_BASELINE=1 .venv/bin/python -m pytest -q tests/processing/test_accuracy_gate.py"


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def retired_paths() -> list[Path]:
    return [DATA / n for n in sorted(p.name for p in DATA.glob("heldout_*.jsonl")) + ["written.jsonl", "real.jsonl"]]


def run_evaluate(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["evaluate", *args]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def split_size(split: str) -> int:
    return sum(1 for x in HEADLINES.read_text(encoding="utf-8").splitlines()
               if x.strip() and json.loads(x).get("split") == split)


def headline_figures(capsys: pytest.CaptureFixture[str], split: str = "test") -> dict[str, Any]:
    out = run_evaluate(["--input", str(HEADLINES), "--split", split], capsys)
    per_home = out.get("per_home") or {out["home"]: out}
    return {"per_home": {h: f["macro_f1"] for h, f in per_home.items()},
            # (recorded with the pin, not gated: how far each figure could move on another draw of sites)
            "intervals": {h: f["macro_f1_interval"] for h, f in per_home.items()},
            "news_intervals": {h: f["categories"]["news"]["macro_f1_interval"] for h, f in per_home.items()
                               if "news" in f["categories"]},
            "rules_per_home": {h: f["rules"]["macro_f1"] for h, f in per_home.items()},
            "news_macro_f1": min(f["categories"]["news"]["macro_f1"] for f in per_home.values()
                                 if "news" in f["categories"]),
            "rules_news_macro_f1": min(f["rules"]["categories"]["news"] for f in per_home.values()
                                       if "news" in f["rules"]["categories"]),
            "sure_right": out["reliability"]["sure_right"], "sure_n": out["reliability"]["sure_n"], "n": out["n"]}


def own_home_figures(split: str = "test") -> dict[str, Any]:
    """Each row of the part read by the home it is about (its actor's own region), by that region's parent and by
    the home whose own site published it (a deployment for any home reads its own sites): homes the corpus was never
    labelled for, gold derived from the row's hand-annotated actor by the labelling rule (scripts/label_headlines.py
    rule_kind), as tests/processing/test_unseen_homes.py does on the tuning parts. On the test part these are homes
    and sites nobody tuned on: the nearest figures to a hidden set's."""
    from tests.processing.corpus_rows import own_home_right

    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    right = own_home_right(r for r in rows if r.get("split") == split)
    return {f"own_home_{k}": (round(n / total, 4) if total else None) for k, (n, total) in right.items()} | {
        f"own_home_{k}_n": total for k, (_, total) in right.items()}


def retired_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The hybrid alone on the retired sets (the command line is exercised on the headline part)."""
    from processing.classify import Classifier
    from processing.evaluate import evaluate
    from siqing.divisions import default_gazetteer

    def f1(home: str, rows: list[dict[str, Any]]) -> float:
        return round(evaluate(Classifier(default_gazetteer.resolve(home)), rows)[0].macro_f1, 4)

    figures: dict[str, Any] = {"real": {}, "written": {}}
    for home in model_mod.EVAL_HOMES:
        figures["real"][home] = f1(home, model_mod.heldout_rows(home))
    written = model_mod.written_rows("test")
    for home in sorted({r["home"] for r in written}):
        figures["written"][home] = f1(home, [r for r in written if r["home"] == home])
    return figures


def check(now: float | None, pinned: float | None, what: str, tolerance: float) -> None:
    assert pinned is not None and now is not None, what
    assert now >= pinned - tolerance, f"{what}: {now:.4f} fell below the pinned {pinned:.4f} - {tolerance}"


def check_part(figures: dict[str, Any], pinned: dict[str, Any], part: str, tol: float) -> None:
    assert set(figures["per_home"]) == set(pinned["per_home"])
    for home, f1 in figures["per_home"].items():
        check(f1, pinned["per_home"][home], f"headlines {part} macro-F1 for {home}", tol)
    for home, f1 in figures["rules_per_home"].items():
        check(f1, pinned["rules_per_home"][home], f"headlines {part} macro-F1 of the rules alone for {home}", tol)
    check(figures["news_macro_f1"], pinned["news_macro_f1"], f"{part} news-style macro-F1 (lowest home)", tol)
    check(figures["rules_news_macro_f1"], pinned["rules_news_macro_f1"], f"{part} news-style macro-F1, rules alone", tol)
    check(figures["sure_right"], pinned["sure_right"], f"{part} share right at confidence >= 0.8", tol)
    for which, by in (("self", "their actor's own region"), ("parent", "their actor's parent region"),
                      ("site", "the home whose own site published them")):
        if pinned.get(f"own_home_{which}") is not None:
            check(figures.get(f"own_home_{which}"), pinned[f"own_home_{which}"], f"{part} rows read by {by}", tol)


def pin_part(base: dict[str, Any], key: str, split: str, figures: dict[str, Any], looked_at: str) -> None:
    base[key] = {"data": str(HEADLINES.relative_to(DATA.parents[2])), "split": split,
                 "digest": digest([HEADLINES]), **figures,
                 "model": model_mod.version_from_path(model_mod.shipped_path() or Path("kind-none.joblib")),
                 "looked_at": looked_at, "tolerance": HEADLINE_TOLERANCE}
    base.update({"tolerance": TOLERANCE, "command": COMMAND})
    BASELINE.write_text(json.dumps(base, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def test_headline_figures_hold(capsys: pytest.CaptureFixture[str]) -> None:
    """The test part's figures, while the corpus has one. Between test parts (the last one retired to dev,
    scripts/label_headlines.py RETIRED_TEST, the next not imported yet) there is nothing to measure: the test
    is skipped with that reason, and the dev figures (test_headline_dev_figures_hold) still guard the code."""
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    if not HEADLINES.exists():
        if "headlines" in base:
            pytest.fail(f"{HEADLINES} is missing: the headline corpus is the gate's data")
        pytest.skip("the headline corpus is not in the tree yet")
    if split_size("test") == 0:
        if os.environ.get("SIQING_WRITE_BASELINE") and base.get("headlines", {}).get("n"):
            # keep the retired part's pinned figures for the record; nothing is pinned for the empty part
            base.setdefault("retired_test_parts", []).append(base["headlines"])
            base["headlines"] = {"data": str(HEADLINES.relative_to(DATA.parents[2])), "split": "test", "n": 0,
                                 "digest": digest([HEADLINES]),
                                 "note": "no test part: the last one was retired to dev; the lead imports the next"}
            BASELINE.write_text(json.dumps(base, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip("the headline corpus has no test part now (the last one retired to dev, RETIRED_TEST in "
                    "scripts/label_headlines.py; the next is imported by the lead): test figures not measured, "
                    "the dev figures still guard the classifier")
    figures = headline_figures(capsys) | own_home_figures("test")
    if os.environ.get("SIQING_WRITE_BASELINE"):
        pin_part(base, "headlines", "test", figures,
                 os.environ.get("SIQING_LOOKED_AT") or "aggregate figures only, once, to pin them")
    pinned = base["headlines"]
    assert pinned.get("n"), "the corpus has a test part but none is pinned: rerun the baseline command"
    tol = float(pinned.get("tolerance", base["tolerance"]))
    assert pinned["digest"] == digest([HEADLINES]), "the headline corpus changed: rerun the baseline command"
    check_part(figures, pinned, "test", tol)


def test_headline_dev_figures_hold(capsys: pytest.CaptureFixture[str]) -> None:
    """The dev part's figures (the retired test parts and the dev sites): a change that lowers them fails, with
    the headline tolerance (its 内情 items are few per home). They are read while tuning, so they guard against
    regressions and say nothing of unseen sites; they are pinned with the model they were measured with."""
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    if not HEADLINES.exists():
        pytest.skip("the headline corpus is not in the tree yet")
    assert split_size("dev") > 0, "the headline corpus has no dev part"
    figures = headline_figures(capsys, "dev") | own_home_figures("dev")
    if os.environ.get("SIQING_WRITE_BASELINE"):
        pin_part(base, "headlines_dev", "dev", figures, "dev part: read for error analysis while tuning")
    pinned = base.get("headlines_dev")
    assert pinned, "no dev figures pinned: rerun the baseline command"
    assert pinned["digest"] == digest([HEADLINES]), "the headline corpus changed: rerun the baseline command"
    check_part(figures, pinned, "dev", float(pinned.get("tolerance", base["tolerance"])))


def test_retired_sets_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = retired_figures(tmp_path, capsys)
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    if os.environ.get("SIQING_WRITE_BASELINE"):
        base["retired"] = {"digest": digest(retired_paths()), **figures,
                           "note": "looked at while changing code; a regression check, not a test part"}
        base.update({"tolerance": TOLERANCE, "command": COMMAND})
        base.pop("real", None), base.pop("written", None), base.pop("data_digest", None), base.pop("floor", None)
        BASELINE.write_text(json.dumps(base, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pinned = base["retired"]
    tol = float(base["tolerance"])
    assert pinned["digest"] == digest(retired_paths()), "evaluation data changed: rerun the baseline command"
    for part in ("real", "written"):
        assert set(figures[part]) == set(pinned[part])
        for home, f1 in figures[part].items():
            check(f1, pinned[part][home], f"retired {part} macro-F1 for {home}", tol)


def test_gate_can_fail(capsys: pytest.CaptureFixture[str]) -> None:
    """A figure below the pin by more than the tolerance fails; within it passes."""
    check(0.95, 0.96, "within tolerance", TOLERANCE)
    with pytest.raises(AssertionError):
        check(0.90, 0.96, "beyond tolerance", TOLERANCE)
    pinned = {"per_home": {"350000": 0.90}, "rules_per_home": {"350000": 0.90}, "news_macro_f1": 0.9,
              "rules_news_macro_f1": 0.9, "sure_right": 0.95}
    check_part(dict(pinned), pinned, "dev", HEADLINE_TOLERANCE)
    with pytest.raises(AssertionError):
        check_part({**pinned, "per_home": {"350000": 0.80}}, pinned, "dev", HEADLINE_TOLERANCE)
    with pytest.raises(AssertionError):
        check_part({**pinned, "sure_right": None}, pinned, "dev", HEADLINE_TOLERANCE)
    # the own-home figures are checked once pinned (parts pinned before them carry none)
    mine = {**pinned, "own_home_self": 0.85, "own_home_parent": 0.95, "own_home_site": 0.9}
    check_part(dict(mine), mine, "dev", HEADLINE_TOLERANCE)
    for which in ("self", "parent", "site"):
        with pytest.raises(AssertionError):
            check_part({**mine, f"own_home_{which}": 0.75}, mine, "dev", HEADLINE_TOLERANCE)


def test_heldout_items_are_never_trained_on() -> None:
    train = {model_mod.title_key(e.title) for e in model_mod.training_examples()}
    for home in model_mod.EVAL_HOMES:
        rows = model_mod.heldout_rows(home)
        assert rows and not {model_mod.title_key(r["title"]) for r in rows} & train
    if HEADLINES.exists():
        test = {model_mod.title_key(json.loads(x)["title"]) for x in HEADLINES.read_text(encoding="utf-8").splitlines()
                if x.strip() and json.loads(x).get("split") == "test"}
        assert not test & train


def test_same_items_differ_by_home_where_the_rubric_says() -> None:
    zj = {r["id"]: r["kind"] for r in model_mod.heldout_rows("330000")}
    hz = {r["id"]: r["kind"] for r in model_mod.heldout_rows("330100")}
    jn = {r["id"]: r["kind"] for r in model_mod.heldout_rows("370100")}
    assert zj.keys() == hz.keys() == jn.keys()
    # a Hangzhou regulation: 下情 for 浙江, 内情 for 杭州, 外情 for 济南; a Zhejiang one: 内情 / 上情 / 外情
    assert any(zj[i] == "lower" and hz[i] == "internal" and jn[i] == "external" for i in zj)
    assert any(zj[i] == "internal" and hz[i] == "upper" and jn[i] == "external" for i in zj)
    assert all(zj[i] == hz[i] == jn[i] == "upper" for i in zj if i.startswith("govcn-"))
