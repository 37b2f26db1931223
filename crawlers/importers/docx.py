"""Word (.docx) files and attachments, through python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx

from crawlers.importers.base import MAX_TEXT_CHARS, Imported, first_line, tidy


def _text(document: object, limit: int) -> str:
    parts: list[str] = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts.append("\t".join(cell.text.strip() for cell in row.cells))
    return tidy("\n".join(parts), limit)


def text_of(data: bytes, limit: int = MAX_TEXT_CHARS) -> str:
    """The paragraphs and table rows of a .docx, tidied and capped."""
    return _text(python_docx.Document(io.BytesIO(data)), limit)


def read(path: Path) -> Imported:
    document = python_docx.Document(str(path))
    body = _text(document, MAX_TEXT_CHARS)
    props = document.core_properties
    return Imported(title=(props.title or "").strip() or first_line(body), body=body,
                    author=None)
