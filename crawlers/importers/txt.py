"""Plain text files: UTF-8 (with or without BOM), else GB18030 (Chinese offices' Windows default)."""

from __future__ import annotations

from pathlib import Path

from crawlers.importers.base import Imported, first_line, tidy
from crawlers.importers.limits import read_capped


def decode_text(data: bytes) -> str:
    """UTF-8 first (BOM or not), then GB18030; replacement characters only as a last resort."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def read(path: Path) -> Imported:
    body = tidy(decode_text(read_capped(path)))
    return Imported(title=first_line(body), body=body)
