"""Corrections: siqing label records them, --disagreements lists them, training_labels serves them."""

from __future__ import annotations

import json

import pytest

from siqing.app.cli import main
from siqing.config import Config
from siqing.store import Store


def test_label_records_and_disagreements_list(deploy: Config, store: Store,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(deploy.path)]
    # document 1 was analysed as upper (see conftest.annotate), 2 as lower
    assert main([*cfg, "label", "1", "--kind", "lower", "--note", "本市转发", "--by", "张三"]) == 0
    assert "下情" in capsys.readouterr().out
    assert main([*cfg, "label", "2", "--kind", "lower", "--by", "李四"]) == 0  # agrees with the model
    capsys.readouterr()
    assert main([*cfg, "query", "--disagreements", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [1]
    assert rows[0]["kind"] == "upper" and rows[0]["label_kind"] == "lower"
    assert rows[0]["label_note"] == "本市转发" and rows[0]["label_by"] == "张三"
    # a later label replaces the earlier one: now the analysts agree with the model
    assert main([*cfg, "label", "1", "--kind", "upper", "--by", "张三"]) == 0
    capsys.readouterr()
    assert main([*cfg, "query", "--disagreements"]) == 0
    assert "没有符合条件" in capsys.readouterr().out
    labels = store.latest_labels("370100")
    assert labels[(1, "370100")]["kind"] == "upper"


def test_disagreement_table_shows_both_kinds(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "label", "3", "--kind", "internal"]) == 0
    capsys.readouterr()
    assert main(["--config", str(deploy.path), "query", "--disagreements"]) == 0
    out = capsys.readouterr().out
    assert "人工" in out and "内情" in out and "外情" in out


def test_training_labels_give_the_latest_label_with_the_text(deploy: Config, store: Store,
                                                             docs: list[dict]) -> None:
    assert store.training_labels("370100") == []
    assert main(["--config", str(deploy.path), "label", "5", "--kind", "upper"]) == 0
    assert main(["--config", str(deploy.path), "label", "5", "--kind", "internal", "--note", "本级"]) == 0
    assert main(["--config", str(deploy.path), "label", "21", "--kind", "upper"]) == 0
    rows = store.training_labels("370100")
    assert [(r["document_id"], r["kind"]) for r in rows] == [(5, "internal"), (21, "upper")]
    assert rows[0]["title"] == docs[4]["title"] and rows[0]["text"] == docs[4]["body"]
    assert rows[1]["source_name"] == "中国政府网" and rows[1]["url"] == docs[20]["url"]
    assert store.training_labels("330100") == []  # labels belong to one home


def test_label_unknown_item_is_a_usage_error(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "label", "999", "--kind", "lower"]) == 2
    assert "999" in capsys.readouterr().err
