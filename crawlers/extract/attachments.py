"""Attachment links (PDF, Word, Excel, WPS, OFD, ZIP) in an article."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip")
_EXT_RE = re.compile(r"\.(" + "|".join(EXTENSIONS) + r")$", re.I)


def find_attachments(root: etree._Element, url: str | None) -> list[dict[str, Any]]:
    """List attachment links with absolute URLs, link text as name, type and text None."""
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        path = urlsplit(href).path
        m = _EXT_RE.search(path)
        if not m:
            continue
        absolute = urljoin(url, href) if url else href
        if absolute in seen:
            continue
        seen.add(absolute)
        name = re.sub(r"\s+", " ", a.text_content()).strip() or (a.get("title") or "").strip()
        if not name:
            name = path.rsplit("/", 1)[-1]
        found.append({"url": absolute, "name": name, "type": m.group(1).lower(), "text": None})
    return found
