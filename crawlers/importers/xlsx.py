"""Excel (.xlsx) files and attachments, through openpyxl: each sheet's rows as tab-separated lines."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from crawlers.importers.base import MAX_TEXT_CHARS, Imported, tidy
from crawlers.importers.limits import check_zip, read_capped

MAX_ROWS = 20_000


def _text(source: object, limit: int) -> tuple[str, str]:
    wb = load_workbook(source, read_only=True, data_only=True)
    parts: list[str] = []
    size = 0
    try:
        for ws in wb.worksheets:
            parts.append(f"【{ws.title}】")
            for i, row in enumerate(ws.iter_rows(values_only=True)):
                if i >= MAX_ROWS or size > limit:
                    break
                cells = ["" if v is None else str(v).strip() for v in row]
                if any(cells):
                    line = "\t".join(cells).rstrip("\t")
                    parts.append(line)
                    size += len(line)
        title = (wb.properties.title or "").strip() if wb.properties else ""
    finally:
        wb.close()
    return title, tidy("\n".join(parts), limit)


def text_of(data: bytes, limit: int = MAX_TEXT_CHARS) -> str:
    """The cells of every sheet, row by row, tidied and capped (FileRefused for a bomb)."""
    check_zip(data, "Excel 文件")
    return _text(io.BytesIO(data), limit)[1]


def read(path: Path) -> Imported:
    data = read_capped(path)
    check_zip(data, "Excel 文件")
    title, body = _text(io.BytesIO(data), MAX_TEXT_CHARS)
    return Imported(title=title, body=body)
