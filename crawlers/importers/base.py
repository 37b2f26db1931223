"""What an importer returns for one local file."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TEXT_CHARS = 200_000  # a 300-page report is kept whole; a database dump is cut


@dataclass
class Imported:
    """The fields of one imported file (title may be empty: the file name is used then)."""

    title: str
    body: str
    published_at: str | None = None
    author: str | None = None
    source_name: str | None = None


def tidy(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Collapse runs of blank lines and spaces; cut at the limit."""
    lines = [re.sub(r"[ \u3000\xa0]+", " ", ln).strip() for ln in text.replace("\r", "\n").split("\n")]
    out = "\n".join(ln for ln in lines if ln)
    return out[:limit]


def first_line(text: str, limit: int = 120) -> str:
    """The first non-empty line, as a title."""
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()[:limit]
    return ""
