"""`siqing train`: an analyst's correction in the labels table changes the next model's answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processing import model as model_mod
from processing.classify import Classifier, Item
from siqing.app.cli import main
from siqing.config import Config
from siqing.store import Store

TITLE = "济南市人大常委会机关开展“书香机关”读书分享活动"


@pytest.mark.slow
def test_correction_changes_next_training(deployment: Config, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    home = "370100"  # the copied config's home, 济南
    item = Item(TITLE, "活动由市人大常委会办公厅组织。", source_name="济南人大网", source_region=home)
    before = Classifier(home).classify(item)
    assert before.kind == "internal"
    store = Store(deployment.database_url)
    try:
        store.register_source("jnrd", "济南人大网", "city", home, {})
        _, doc_id = store.save_document({"source_id": "jnrd", "url": "http://jnrd.example/1",
                                         "canonical_url": "http://jnrd.example/1", "title": TITLE,
                                         "body": "活动由市人大常委会办公厅组织。"})
        # the analyst says otherwise (for this test's sake): the office wants it under 下情
        store.add_label(doc_id, home, "lower", "按下情处理", "张三")
        assert [r["kind"] for r in store.training_labels(home)] == ["lower"]
    finally:
        store.close()
    out = tmp_path / "models"
    assert main(["--config", str(deployment.path), "train", "--out", str(out)]) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert last["corrections"] == 1
    path = Path(last["model"])
    assert path.parent == out and path.exists()
    trained = model_mod.load(path)
    assert trained is not None and trained.version != model_mod.load().version  # type: ignore[union-attr]
    after = Classifier(home, trained).classify(item)
    assert after.kind == "lower" and "分析员更正" in after.reason and "济南市人大常委会" in after.reason
    # only that item, only for that home
    assert Classifier(home, trained).classify(Item("济南市人大常委会召开第十次会议")).kind == "internal"
    assert Classifier("浙江", trained).classify(item).kind == "external"
    # the held-out figures are written with the artefact
    metrics = json.loads((out / f"kind-{last['version']}.metrics.json").read_text(encoding="utf-8"))
    assert metrics["trained_on"]["corrections"] == 1 and metrics["heldout"]["real"]["370100"]["n"] > 100


def test_train_rejects_bad_input_line(deployment: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "more.jsonl"
    f.write_text('{"title": "某市人大常委会召开会议", "kind": "internal"}\nnot json\n', encoding="utf-8")
    assert main(["--config", str(deployment.path), "train", "--input", str(f), "--out", str(tmp_path / "m")]) == 2
    assert f"{f}:2:" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_dev_figures_from_the_calibration_pass_are_the_classifiers() -> None:
    """`siqing train` scores the dev part from the verdicts it fitted the calibration on (classifying it once):
    the figures are those of the shipped Classifier with that calibration, on a slice of the corpus."""
    from processing.evaluate import evaluate
    from siqing.app.commands.classifying import fit_dev_calibration, headline_dev_figures
    from siqing.divisions import default_gazetteer

    homes = ("350200", "420000")
    dev = [r for r in model_mod.headline_rows("dev") if r["home"] in homes][::9]
    train = [r for r in model_mod.headline_rows("train") if r["home"] in homes][::5]
    model = model_mod.load()
    assert model is not None
    table, verdicts = fit_dev_calibration(model, [(r, "dev") for r in dev] + [(r, "train") for r in train])
    assert table["paths"] and {v[0] for v in verdicts} == set(homes)
    fast = headline_dev_figures(verdicts, table)
    for home in homes:
        mine = [r for r in dev if r["home"] == home]
        s, _ = evaluate(Classifier(default_gazetteer.resolve(home), model, calibration=table), mine)
        want = {"macro_f1": round(s.macro_f1, 4), "accuracy": round(s.accuracy, 4), "n": s.n,
                "sure_right": s.extra["reliability"]["sure_right"]}
        assert fast[home] == want
