"""PDF files and attachments, through pypdf."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader

from crawlers.importers.base import MAX_TEXT_CHARS, Imported, first_line, tidy
from crawlers.importers.limits import FileRefused, read_capped

MAX_PAGES = 300
logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd government PDF


def text_of(data: bytes, limit: int = MAX_TEXT_CHARS) -> str:
    """The text of a PDF's pages (up to MAX_PAGES), tidied and capped.

    pypdf caps each inflated stream (75 MB); an encrypted PDF that opens with no password is read,
    any other is refused.
    """
    return _pages_text(_reader(data), limit)


def _reader(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # pypdf raises several kinds for unknown algorithms
            opened = False
        if not opened:
            raise FileRefused("PDF 文件已加密（需要密码），无法读取")
    return reader


def _pages_text(reader: PdfReader, limit: int) -> str:
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
    reader = _reader(read_capped(path))
    meta_title = ""
    if reader.metadata is not None and reader.metadata.title:
        meta_title = str(reader.metadata.title).strip()
    body = _pages_text(reader, MAX_TEXT_CHARS)
    return Imported(title=meta_title or first_line(body), body=body)
