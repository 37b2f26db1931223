"""The accuracy gate: `siqing evaluate` on the held-out items must not fall below the pinned baseline.

Real held-out items (never trained on) for a city (济南), a province (浙江) and two homes no
training data used (山东省, 杭州市); written news-style items for six homes never trained on,
reported apart. The baseline also pins a digest of the evaluation data, so the figures cannot be
improved by quietly changing the test items. After a deliberate change, rewrite the baseline with
SIQING_WRITE_BASELINE=1 and review the difference.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from processing import model as model_mod
from siqing.app.cli import main

BASELINE = Path(model_mod.MODELS_DIR) / "baseline.json"
FLOOR = 0.90
DATA = model_mod.DATA_DIR


def data_digest() -> str:
    h = hashlib.sha256()
    for name in sorted(p.name for p in DATA.glob("heldout_*.jsonl")) + ["written.jsonl", "real.jsonl"]:
        h.update(name.encode() + b"\0" + (DATA / name).read_bytes())
    return h.hexdigest()


def run_evaluate(home: str, path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["evaluate", "--home", home, "--input", str(path)]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    figures: dict = {"real": {}, "written": {}}
    for home in model_mod.EVAL_HOMES:
        figures["real"][home] = run_evaluate(home, DATA / f"heldout_{home}.jsonl", capsys)["macro_f1"]
    written = model_mod.written_rows("test")
    for home in sorted({r["home"] for r in written}):
        f = tmp_path / f"written_{home}.jsonl"
        f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in written if r["home"] == home),
                     encoding="utf-8")
        figures["written"][home] = run_evaluate(home, f, capsys)["macro_f1"]
    return figures


def test_heldout_figures_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = current(tmp_path, capsys)
    if os.environ.get("SIQING_WRITE_BASELINE"):
        BASELINE.write_text(json.dumps({"data_digest": data_digest(), "floor": FLOOR, **figures},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert base["data_digest"] == data_digest(), "evaluation data changed: review and rewrite baseline.json"
    for part in ("real", "written"):
        assert set(figures[part]) == set(base[part])
        for home, f1 in figures[part].items():
            assert f1 >= FLOOR, (part, home, f1)
            assert f1 >= base[part][home] - 1e-4, (part, home, f1, base[part][home])
    # a city, a province and a home that no training data used
    assert {"370100", "330000"} <= set(figures["real"])
    assert set(model_mod.UNSEEN_HOMES) & set(figures["real"])
    assert not set(model_mod.UNSEEN_HOMES) & set(model_mod.TRAIN_HOMES)
    assert not set(figures["written"]) & set(model_mod.TRAIN_HOMES)


def test_heldout_items_are_never_trained_on() -> None:
    train = {model_mod.title_key(e.title) for e in model_mod.training_examples()}
    for home in model_mod.EVAL_HOMES:
        rows = model_mod.heldout_rows(home)
        assert rows and not {model_mod.title_key(r["title"]) for r in rows} & train


def test_same_items_differ_by_home_where_the_rubric_says() -> None:
    zj = {r["id"]: r["kind"] for r in model_mod.heldout_rows("330000")}
    hz = {r["id"]: r["kind"] for r in model_mod.heldout_rows("330100")}
    jn = {r["id"]: r["kind"] for r in model_mod.heldout_rows("370100")}
    assert zj.keys() == hz.keys() == jn.keys()
    # a Hangzhou regulation: 下情 for 浙江, 内情 for 杭州, 外情 for 济南; a Zhejiang one: 内情 / 上情 / 外情
    assert any(zj[i] == "lower" and hz[i] == "internal" and jn[i] == "external" for i in zj)
    assert any(zj[i] == "internal" and hz[i] == "upper" and jn[i] == "external" for i in zj)
    assert all(zj[i] == hz[i] == jn[i] == "upper" for i in zj if i.startswith("govcn-"))
