"""siqing query -o FILE: csv as Excel opens it, xlsx, parquet, json, jsonl; the terminal table."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from siqing.app.cli import main
from siqing.app.commands.query import HEADINGS, fit, render_table, width
from siqing.config import Config


def export(deploy: Config, tmp_path: Path, name: str, *extra: str) -> Path:
    out = tmp_path / name
    assert main(["--config", str(deploy.path), "query", "立法", "--sort", "id", "-o", str(out), *extra]) == 0
    return out


def test_csv_has_bom_and_reads_back_as_excel_would(deploy: Config, tmp_path: Path) -> None:
    out = export(deploy, tmp_path, "result.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    assert b"\r\n" in raw
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert list(df.columns)[:3] == [HEADINGS["id"], HEADINGS["title"], HEADINGS["date"]]
    assert "上海市人民代表大会常务委员会规范性文件备案审查条例" in set(df["标题"])
    assert df["主题"].str.contains("立法").all()  # lists become one cell, 立法；民生
    assert len(df) >= 7


def test_xlsx_reads_back_with_chinese_intact(deploy: Config, tmp_path: Path) -> None:
    out = export(deploy, tmp_path, "result.xlsx", "--body")
    df = pd.read_excel(out, engine="openpyxl")
    assert "北京市制定地方性法规条例" in set(df["标题"])
    assert df["正文"].str.contains("立法").any()
    assert set(df["类别"]) <= {"upper", "lower", "external", "internal"}
    wb = load_workbook(out)
    ws = wb.active
    assert ws.title == "查询结果" and ws.freeze_panes == "A2"
    assert ws["B1"].value == "标题"


def test_parquet_reads_back_with_pandas_and_pyarrow(deploy: Config, tmp_path: Path) -> None:
    out = export(deploy, tmp_path, "result.parquet")
    table = pq.read_table(out)
    assert "title" in table.column_names and "topics" in table.column_names
    df = pd.read_parquet(out)
    assert "北京市制定地方性法规条例" in set(df["title"])
    assert all("立法" in list(t) for t in df["topics"])  # lists stay lists
    assert df["importance"].dtype.kind == "f"


def test_json_and_jsonl(deploy: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = export(deploy, tmp_path, "result.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data[0]["title"]
    assert "立法" in out.read_text(encoding="utf-8")  # not \\u escapes
    assert main(["--config", str(deploy.path), "query", "立法", "--format", "jsonl", "--sort", "id"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [r["id"] for r in data]


def test_csv_to_standard_output_starts_with_bom(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "query", "--format", "csv", "--kind", "upper"]) == 0
    assert capsys.readouterr().out.startswith("\ufeff编号,标题")


def test_format_from_suffix_and_unknown_suffix(deploy: Config, tmp_path: Path) -> None:
    assert main(["--config", str(deploy.path), "query", "-o", str(tmp_path / "x.txt")]) == 2


def test_table_columns_align_by_terminal_width() -> None:
    rows = [
        {"id": 1, "date": "2024-11-28", "kind": "upper", "importance": 0.5, "source": "上海人大网",
         "title": "上海市人民代表大会常务委员会规范性文件备案审查条例"},
        {"id": 22, "date": "2019-01-08T09:00:00+08:00", "kind": "lower", "importance": 0.25, "source": "govcn",
         "title": "Short title"},
    ]
    lines = render_table(rows, title_cols=20).splitlines()
    # every data line puts the title at the same terminal column
    starts = [width(line[: line.index(t)]) for line, t in zip(lines[2:], ("上海市", "Short"), strict=True)]
    assert starts[0] == starts[1]
    assert width(lines[2]) <= starts[0] + 20
    assert lines[2].endswith("…")
    assert width(fit("人大", 6)) == 6 and fit("abc", 2) == "a…"
