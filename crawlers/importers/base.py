"""What an importer returns for one local file."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TEXT_CHARS = 200_000  # a 300-page report is kept whole; a database dump is cut
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # NUL and friends: never text


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
    text = _CONTROLS.sub("", text.replace("\r", "\n"))
    lines = [re.sub(r"[ \u3000\xa0]+", " ", ln).strip() for ln in text.split("\n")]
    out = "\n".join(ln for ln in lines if ln)
    return out[:limit]


def first_line(text: str, limit: int = 120) -> str:
    """The first non-empty line, as a title."""
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()[:limit]
    return ""


MAX_TITLE_CHARS = 200  # a headline is under 100; a 100,000-character "title" is a page of text
# C0/C1 controls and the bidi embeddings, overrides and isolates that can reorder a line on screen.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_title(title: str, limit: int = MAX_TITLE_CHARS) -> str:
    """A title on one line, without control or bidi characters, capped at limit (with …)."""
    one = " ".join(_UNSAFE.sub("", title).split())
    return one if len(one) <= limit else one[: limit - 1] + "…"
