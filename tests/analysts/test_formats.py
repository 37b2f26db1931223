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
    assert set(df["类别"]) <= {"上情", "下情", "外情", "内情"}  # what office staff call them
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


HOSTILE = ["=HYPERLINK(\"http://evil.example/\",\"点击\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
           "\t=1+1", "\r=1+1"]


def _poison(store_path: Path) -> list[int]:
    """Give the first documents hostile titles and sources (as a crawled page could)."""
    import sqlite3

    con = sqlite3.connect(store_path)
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id LIMIT ?", (len(HOSTILE),))]
    for doc_id, title in zip(ids, HOSTILE, strict=True):
        con.execute("UPDATE documents SET title = ?, source_name = ? WHERE id = ?", (title, title, doc_id))
    con.commit()
    con.close()
    return ids


def test_exports_neutralise_formulas_and_show_kinds_and_real_dates(deploy: Config, tmp_path: Path) -> None:
    """Issue 20 item 6 (OWASP CSV injection) and issue 19: 上情 and date cells in xlsx and csv."""
    from datetime import date, datetime

    store_path = Path(deploy.database_url.removeprefix("sqlite:///"))
    _poison(store_path)
    xlsx, csv_out = tmp_path / "all.xlsx", tmp_path / "all.csv"
    for out in (xlsx, csv_out):
        assert main(["--config", str(deploy.path), "query", "--sort", "id", "--limit", "100", "-o", str(out)]) == 0
    ws = load_workbook(xlsx).active
    heads = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2))
    title_col, date_col, kind_col = heads.index("标题"), heads.index("日期"), heads.index("类别")
    titles = [r[title_col] for r in rows]
    poisoned = [c for c in titles if str(c.value).lstrip("\t\r").startswith(("=", "+", "-", "@"))]
    assert len(poisoned) == len(HOSTILE)
    assert all(c.data_type == "s" for c in poisoned), [(c.value, c.data_type) for c in poisoned]
    for r in rows:
        assert r[kind_col].value in {"上情", "下情", "外情", "内情"}
        assert isinstance(r[date_col].value, (date, datetime)) or r[date_col].value is None
    assert any(isinstance(r[date_col].value, (date, datetime)) for r in rows)
    assert rows[0][date_col].number_format.startswith("yyyy-mm-dd")
    df = pd.read_csv(csv_out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for value in list(df["标题"]) + list(df["来源"]):
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert sum(v.startswith("'") for v in df["标题"]) == len(HOSTILE)
    assert set(df["类别"]) <= {"上情", "下情", "外情", "内情"}
    assert all(len(d) == 10 and date.fromisoformat(d) for d in df["日期"] if d)


def test_exports_show_each_items_relation_to_the_home(deploy: Config, tmp_path: Path) -> None:
    """Issue 19 point 4: beside 地区, how each region stands to the home (本级/上级/辖区内/外地,
    siqing.kinds), in xlsx and csv; json keeps the codes (self/above/inside/elsewhere)."""
    xlsx, csv_out, js = tmp_path / "r.xlsx", tmp_path / "r.csv", tmp_path / "r.json"
    for out in (xlsx, csv_out, js):
        assert main(["--config", str(deploy.path), "query", "--sort", "id", "--limit", "100", "-o", str(out)]) == 0
    df = pd.read_csv(csv_out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    heads = list(df.columns)
    assert heads.index("与本地关系") == heads.index("地区") + 1
    by_region = dict(zip(df["地区"], df["与本地关系"], strict=True))
    # The home is 山东省济南市 (370100): by hand, 历下区 lies inside it, 山东省 above it, 北京市 elsewhere.
    lixia = [rel for regions, rel in by_region.items() if regions.endswith("山东省济南市历下区")]
    assert len(lixia) == 1 and lixia[0].endswith("辖区内")
    for regions, rel in by_region.items():
        names = regions.split("；") if regions else []
        assert len(rel.split("；") if rel else []) <= len(names)
        if names == ["山东省"]:
            assert rel == "上级"
        if names and names[0].startswith("北京市"):
            assert rel.startswith("外地")
    assert {"上级", "外地"} <= {v for rel in df["与本地关系"] for v in rel.split("；")}
    ws = load_workbook(xlsx).active
    xheads = [c.value for c in ws[1]]
    rel_col, reg_col = xheads.index("与本地关系"), xheads.index("地区")
    assert rel_col == reg_col + 1
    assert [r[rel_col].value or "" for r in ws.iter_rows(min_row=2)] == list(df["与本地关系"])
    data = json.loads(js.read_text(encoding="utf-8"))
    assert all(set(r["relation"]) <= {"self", "above", "inside", "elsewhere"} for r in data)
