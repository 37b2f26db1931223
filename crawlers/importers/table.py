"""Tables of items (a district's weekly report: one row per item) read as one document per row.

A CSV or XLSX whose header names a title column and a text column is such a table; column names
in Chinese or English are mapped (标题/title, 日期/date, 正文/内容/text, 来源/source, 链接/url).
Any other table stays one document of its cells.
"""

from __future__ import annotations

import csv as stdlib_csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from crawlers.importers.base import MAX_TEXT_CHARS, clean_title, tidy
from crawlers.importers.limits import check_zip, read_capped
from crawlers.importers.txt import decode_text

COLUMNS = {
    "title": ("标题", "题目", "名称", "title", "headline"),
    "date": ("日期", "发布日期", "发布时间", "时间", "date", "published", "published_at"),
    "text": ("正文", "内容", "摘要", "text", "body", "content"),
    "source": ("来源", "报送单位", "单位", "source"),
    "url": ("链接", "网址", "url", "link"),
}
MAX_ROWS = 20_000
MIN_TEXT_CHARS = 10


@dataclass
class Row:
    """One row as a document: its 1-based line in the file and its mapped fields."""

    line: int
    title: str
    body: str
    published_at: str | None = None
    source_name: str | None = None
    url: str | None = None


@dataclass
class TableRead:
    rows: list[Row] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)


def header_map(header: Iterable[Any]) -> dict[str, int] | None:
    """Which column holds each field, or None when the header is not an item table's."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        name = re.sub(r"\s+", "", str(cell or "")).lower()
        for fieldname, names in COLUMNS.items():
            if fieldname not in found and name in names:
                found[fieldname] = i
    return found if "title" in found and "text" in found else None


def as_date(value: Any) -> str | None:
    """A cell as YYYY-MM-DD (Excel dates, 2024-06-03, 2024/6/3, 2024年6月3日), else None."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    m = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", str(value or ""))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def rows_of(records: Iterator[tuple[int, list[Any]]]) -> TableRead | None:
    """Map the records (line number, cells) of a table with a header; None if not an item table."""
    first = next(records, None)
    if first is None:
        return None
    cols = header_map(first[1])
    if cols is None:
        return None
    out = TableRead()

    def cell(cells: list[Any], name: str) -> Any:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    for n, (line, cells) in enumerate(records):
        if n >= MAX_ROWS:
            out.skipped.append({"line": line, "reason": f"超过 {MAX_ROWS} 行，其余未导入"})
            break
        if not any(str(c or "").strip() for c in cells):
            continue
        title = clean_title(str(cell(cells, "title") or ""))
        body = tidy(str(cell(cells, "text") or ""), MAX_TEXT_CHARS)
        if not title:
            out.skipped.append({"line": line, "reason": "没有标题"})
            continue
        if len(body) < MIN_TEXT_CHARS:
            out.skipped.append({"line": line, "reason": "没有正文" if not body else "正文过短"})
            continue
        raw_date = cell(cells, "date")
        published = as_date(raw_date)
        if raw_date not in (None, "") and published is None:
            out.skipped.append({"line": line, "reason": f"日期无法识别：{str(raw_date)[:40]}"})
            continue
        url = str(cell(cells, "url") or "").strip()
        out.rows.append(Row(line=line, title=title, body=body, published_at=published,
                            source_name=clean_title(str(cell(cells, "source") or "")) or None,
                            url=url if re.match(r"https?://\S+$", url) else None))
    return out


def read_csv(path: Path) -> TableRead | None:
    text = decode_text(read_capped(path))
    try:
        dialect: Any = stdlib_csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except stdlib_csv.Error:
        dialect = stdlib_csv.excel
    reader = stdlib_csv.reader(io.StringIO(text), dialect)
    return rows_of((reader.line_num, row) for row in reader)


def read_xlsx(path: Path) -> TableRead | None:
    data = read_capped(path)
    check_zip(data, "Excel 文件")
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return None
        return rows_of((i, list(r)) for i, r in enumerate(ws.iter_rows(values_only=True), start=1))
    finally:
        wb.close()


def read_table(path: Path) -> TableRead | None:
    """The rows of a CSV or XLSX item table, or None when the file is not one."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".xlsx":
        return read_xlsx(path)
    return None
