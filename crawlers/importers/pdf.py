"""PDF files and attachments, through pypdf."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader

from crawlers.importers.base import MAX_TEXT_CHARS, Imported, first_line, tidy

MAX_PAGES = 300
logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd government PDF


def text_of(data: bytes, limit: int = MAX_TEXT_CHARS) -> str:
    """The text of a PDF's pages (up to MAX_PAGES), tidied and capped."""
    reader = PdfReader(io.BytesIO(data))
    parts: list[str] = []
    size = 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return tidy("\n".join(parts), limit)


def read(path: Path) -> Imported:
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    meta_title = ""
    if reader.metadata is not None and reader.metadata.title:
        meta_title = str(reader.metadata.title).strip()
    body = text_of(data)
    return Imported(title=meta_title or first_line(body), body=body)
