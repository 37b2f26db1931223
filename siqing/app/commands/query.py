"""`siqing query`: search and filter what was gathered; print a table or export a file."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from siqing.app.options import KIND_HELP, kind_arg
from siqing.errors import UsageError

FORMATS = ("table", "csv", "json", "jsonl", "xlsx", "parquet")
BINARY = ("xlsx", "parquet")
TABLE_LIMIT = 50
# Column headings of the spreadsheet formats (csv, xlsx), which office staff open in Excel or WPS;
# json, jsonl and parquet keep the English names of the pandas API for programs.
HEADINGS = {
    "id": "编号", "title": "标题", "date": "日期", "published_at": "发布时间", "arrived_at": "收集时间",
    "source_id": "来源编号", "source": "来源", "url": "网址", "kind": "类别", "confidence": "置信度",
    "topics": "主题", "regions": "地区", "relation": "与本地关系", "keywords": "关键词", "summary": "摘要", "importance": "重要度",
    "cluster_id": "转载簇", "label_kind": "人工类别", "label_note": "人工备注", "label_by": "标注人",
    "body": "正文",
}
from siqing.kinds import KIND_NAMES_ZH as KIND_NAMES  # noqa: E402
from siqing.kinds import RELATION_NAMES_ZH  # noqa: E402

MAX_LIMIT = 100_000_000  # beyond any store; SQLite's LIMIT overflows at 2**63


def limit_value(text: str) -> int:
    """--limit N: a whole number from 1 to MAX_LIMIT (argparse turns the error into exit 2)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--limit 须为正整数，而不是 {text[:30]!r}") from None
    if not 1 <= n <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"--limit 须在 1 到 {MAX_LIMIT} 之间，而不是 {text[:30]}")
    return n


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    from siqing.app.options import parse_date
    from siqing.store.search import SORTS

    p = add("query", cmd_query, "检索、筛选已收集的信息；显示表格或导出 csv/xlsx/json/parquet")
    p.add_argument("text", nargs="?", metavar="TEXT", help="在标题和正文中检索的词（须全部出现）")
    p.add_argument("--kind", type=kind_arg, metavar="KIND", help=KIND_HELP)
    p.add_argument("--topic", metavar="T", help="taxonomy.yaml 中的主题，如 立法")
    p.add_argument("--source", metavar="S", help="来源编号或名称")
    p.add_argument("--region", metavar="R", help="地区（全称、简称或代码），含其辖区")
    p.add_argument("--since", type=parse_date, metavar="D", help="从这一天起（按发布日期，无则按收集日期）")
    p.add_argument("--until", type=parse_date, metavar="D", help="到这一天为止（含当天）")
    p.add_argument("--min-importance", type=float, metavar="X", help="重要度不低于 X（0 到 1）")
    p.add_argument("--sort", choices=list(SORTS), metavar="FIELD",
                   help=f"排序字段：{' | '.join(SORTS)}（默认 date：最新的在前）")
    p.add_argument("--disagreements", action="store_true",
                   help="只列模型类别与分析人员最新标注不一致的条目")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="输出格式：table（终端默认）| csv | json | jsonl | xlsx | parquet")
    p.add_argument("-o", "--output", metavar="FILE", help="写入文件 FILE（未给格式时按后缀判断）")
    p.add_argument("--limit", type=limit_value, metavar="N",
                   help=f"最多 N 条（表格默认 {TABLE_LIMIT} 条，导出文件默认全部）")
    p.add_argument("--body", action="store_true", help="包含正文全文（仅导出文件时）")


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        raise UsageError(f"cannot tell the format from {args.output!r}: give --format")
    return "table"


def cmd_query(args: argparse.Namespace) -> int:
    from siqing.app import dataset
    from siqing.app.options import load_config
    from siqing.store import Store

    fmt = _format_of(args)
    if fmt in BINARY and not args.output:
        raise UsageError(f"--format {fmt} writes a binary file: give -o FILE")
    if args.min_importance is not None and not 0 <= args.min_importance <= 1:
        raise UsageError(f"--min-importance must be between 0 and 1, got {args.min_importance}")
    limit = args.limit if args.limit is not None else (TABLE_LIMIT if fmt == "table" else None)
    cfg = load_config(args)
    store = Store(cfg.database_url)
    try:
        rows = dataset.query(
            cfg, store, text=args.text, kind=args.kind, topic=args.topic, source=args.source,
            region=args.region, since=args.since, until=args.until, min_importance=args.min_importance,
            sort=args.sort, limit=limit, disagreements=args.disagreements, with_body=args.body and fmt != "table",
        )
        if not rows and store.latest_model_version(cfg.home.code) is None:
            # Nothing analysed yet: an empty result says nothing about the filters.
            docs = store.count_documents()
            print(f"提示：库中 {docs} 篇文档尚未处理，查询不到结果；先运行 siqing process" if docs
                  else "提示：库中还没有文档；先运行 siqing crawl 或 siqing import，再运行 siqing process",
                  file=sys.stderr)
    finally:
        store.close()
    write(rows, fmt, args.output, body=args.body and fmt != "table", disagreements=args.disagreements,
          home=cfg.home.code)
    if fmt == "table" and args.output is None and limit is not None and len(rows) == limit:
        print(f"（仅显示前 {limit} 条；用 --limit 显示更多，或 -o 导出文件）", file=sys.stderr)
    if args.output:
        print(f"已导出 {len(rows)} 条到 {args.output}", file=sys.stderr)
    return 0


def columns_for(body: bool, relation: bool = False) -> list[str]:
    from siqing.store.search import RESULT_COLUMNS

    cols = list(RESULT_COLUMNS)
    if relation and "regions" in cols:
        cols.insert(cols.index("regions") + 1, "relation")
    return cols + (["body"] if body else [])


def relations(home: str, codes: list[str] | None) -> list[str]:
    """How each region of an item stands to the home (self/above/inside/elsewhere, siqing.kinds),
    in the regions' order, each once: 上级；辖区内 in a spreadsheet."""
    from siqing.divisions import NATION_CODE, default_gazetteer

    h = default_gazetteer.get(str(home))
    out: list[str] = []
    for code in codes or []:
        if h is None:
            break
        rel = "above" if str(code) == NATION_CODE else None
        if rel is None:
            d = default_gazetteer.get(str(code))
            rel = default_gazetteer.relation(h, d) if d is not None else None
        if rel is not None and rel not in out:
            out.append(rel)
    return out


def write(rows: list[dict[str, Any]], fmt: str, output: str | None, *, body: bool = False,
          disagreements: bool = False, home: str | None = None) -> None:
    """Write rows in a format to a file, or to standard output for the text formats. With the home's
    code, a column `relation` (与本地关系) follows the regions (issue 19 point 4)."""
    cols = columns_for(body, relation=home is not None and fmt != "table")
    if "relation" in cols:
        assert home is not None
        rows = [{**r, "relation": relations(home, r.get("regions"))} for r in rows]
    if fmt in BINARY:
        assert output is not None
        frame = _frame(rows, cols)
        if fmt == "xlsx":
            _write_xlsx(frame, Path(output))
        else:
            frame.to_parquet(output, index=False, engine="pyarrow")
        return
    if fmt == "table":
        out = render_table(rows, disagreements=disagreements)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow([HEADINGS.get(c, c) for c in cols])
        for r in rows:
            w.writerow([csv_cell(c, r.get(c)) for c in cols])
        out = buf.getvalue()
    elif fmt == "json":
        out = json.dumps([{c: r.get(c) for c in cols} for r in rows], ensure_ascii=False, indent=1) + "\n"
    else:
        out = "".join(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False) + "\n" for r in rows)
    if output:
        # The BOM makes Excel (and WPS) read the CSV as UTF-8 instead of the local code page.
        Path(output).write_text(out, encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="")
    else:
        if fmt == "csv":
            sys.stdout.write("\ufeff")
        sys.stdout.write(out)


# A cell a spreadsheet would read as a formula or a command (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_COLUMNS = ("date", "published_at", "arrived_at")
KIND_COLUMNS = ("kind", "label_kind")


def defuse(text: str) -> str:
    """A text starting as a formula would, prefixed with ' so Excel and WPS show it as text."""
    return "'" + text if text.startswith(FORMULA_START) else text


def sheet_value(column: str, value: Any) -> Any:
    """What people read in a spreadsheet: 上情 for upper, lists joined with ；, None as empty."""
    if column in KIND_COLUMNS and isinstance(value, str):
        return KIND_NAMES.get(value, value)
    if column == "regions" and isinstance(value, list):
        return _cell(region_names(value))
    if column == "relation" and isinstance(value, list):
        return _cell([RELATION_NAMES_ZH.get(v, v) for v in value])
    return _cell(value)


def region_names(codes: list[str]) -> list[str]:
    """Division codes as the names people read (370102 -> 山东省济南市历下区; 000000 -> 全国)."""
    from siqing.divisions import default_gazetteer

    out = []
    for code in codes:
        d = None if code == "000000" else default_gazetteer.get(str(code))
        out.append("全国" if code == "000000" else d.full_name if d else str(code))
    return out


def csv_cell(column: str, value: Any) -> Any:
    """A CSV cell: Chinese kinds, dates as Excel reads them (2026-05-06, 2026-05-06 08:00:00), no formulas."""
    v = sheet_value(column, value)
    if column in DATE_COLUMNS and isinstance(v, str) and v:
        parsed = _parse_stamp(v)
        if parsed is not None:
            return parsed.isoformat(sep=" ") if hasattr(parsed, "hour") else parsed.isoformat()
    return defuse(v) if isinstance(v, str) else v


def _parse_stamp(text: str) -> Any:
    """A date or a local (naive) datetime from the store's ISO text; None when it is neither."""
    from datetime import date, datetime

    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _cell(value: Any) -> Any:
    """A list as 立法；监督 (one cell), None as empty."""
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    return "" if value is None else value


def _frame(rows: list[dict[str, Any]], cols: list[str]) -> Any:
    import pandas as pd

    frame = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    return frame


def _write_xlsx(frame: Any, path: Path) -> None:
    """A sheet Excel and WPS open as is: Chinese headings, lists joined, widths set, header frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "查询结果"
    cols = list(frame.columns)
    ws.append([HEADINGS.get(c, c) for c in cols])
    for row in frame.itertuples(index=False):
        ws.append([_xlsx_value(c, v) for c, v in zip(cols, row, strict=True)])
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # a crawled title like =HYPERLINK(...): text, never a formula
                cell.data_type = "s"
            elif hasattr(cell.value, "year"):
                cell.number_format = "yyyy-mm-dd hh:mm" if hasattr(cell.value, "hour") else "yyyy-mm-dd"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = {"title": 48, "summary": 60, "body": 80, "url": 40, "source": 16}
    for i, c in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(c, 12)
    ws.freeze_panes = "A2"
    wb.save(path)


def _xlsx_value(column: str, v: Any) -> Any:
    if column in KIND_COLUMNS and isinstance(v, str):
        return KIND_NAMES.get(v, v)
    if column == "regions" and isinstance(v, list):
        v = region_names(v)
    if column == "relation" and isinstance(v, list):
        v = [RELATION_NAMES_ZH.get(x, x) for x in v]
    if column in DATE_COLUMNS and isinstance(v, str) and v:
        parsed = _parse_stamp(v)  # a real date cell Excel sorts and filters
        if parsed is not None:
            return parsed
    if isinstance(v, list):
        return "；".join(str(x) for x in v)
    if v is None:
        return None
    if isinstance(v, str):
        # openpyxl refuses control characters that Excel cannot store
        return "".join(ch for ch in v if ch in "\t\n" or unicodedata.category(ch) != "Cc")
    try:
        import math

        if isinstance(v, float) and math.isnan(v):
            return None
    except TypeError:
        pass
    return v


def width(s: str) -> int:
    """Terminal columns taken by a string: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def fit(s: str, cols: int) -> str:
    """Cut to `cols` terminal columns (with … when cut) and pad with spaces."""
    if width(s) > cols:
        out, used = [], 0
        for ch in s:
            w = width(ch)
            if used + w > cols - 1:
                break
            out.append(ch)
            used += w
        s = "".join(out) + "…"
    return s + " " * (cols - width(s))


def render_table(rows: list[dict[str, Any]], *, disagreements: bool = False, title_cols: int = 50) -> str:
    """Rows as aligned text columns for the terminal."""
    if not rows:
        return "（没有符合条件的条目）\n"
    heads = ["编号", "日期", "类别", "重要度", "来源", "标题"]
    if disagreements:
        heads.insert(3, "人工")
    table = []
    for r in rows:
        cells = [str(r["id"]), (r.get("date") or "")[:10], KIND_NAMES.get(r["kind"], r["kind"]),
                 f"{r['importance']:.2f}", r.get("source") or "", r["title"].replace("\n", " ")]
        if disagreements:
            lab = str(r.get("label_kind") or "")
            cells.insert(3, KIND_NAMES.get(lab, lab))
        table.append(cells)
    caps = {"来源": 16, "标题": title_cols}
    widths = [min(max(width(h), *(width(c[i]) for c in table)), caps.get(h, 99)) for i, h in enumerate(heads)]
    lines = ["  ".join(fit(h, w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for cells in table:
        lines.append("  ".join(fit(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"
