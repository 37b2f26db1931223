"""Word (.docx) files and attachments, through python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx

from crawlers.importers.base import MAX_TEXT_CHARS, Imported, first_line, tidy
from crawlers.importers.limits import check_zip, read_capped


def _text(document: object, limit: int) -> str:
    parts: list[str] = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts.append("\t".join(cell.text.strip() for cell in row.cells))
    return tidy("\n".join(parts), limit)


def text_of(data: bytes, limit: int = MAX_TEXT_CHARS) -> str:
    """The paragraphs and table rows of a .docx, tidied and capped (FileRefused for a bomb)."""
    check_zip(data, "Word 文件")
    return _text(python_docx.Document(io.BytesIO(data)), limit)


def read(path: Path) -> Imported:
    data = read_capped(path)
    check_zip(data, "Word 文件")
    document = python_docx.Document(io.BytesIO(data))
    body = _text(document, MAX_TEXT_CHARS)
    props = document.core_properties
    return Imported(title=(props.title or "").strip() or first_line(body), body=body,
                    author=None)
