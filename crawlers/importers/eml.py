"""E-mail messages (.eml) through the standard library: subject, sender, date, text parts."""

from __future__ import annotations

import email
import email.policy
import email.utils
from pathlib import Path

import lxml.html

from crawlers.importers.base import Imported, tidy
from crawlers.importers.limits import read_capped


def read(path: Path) -> Imported:
    msg = email.message_from_bytes(read_capped(path), policy=email.policy.default)
    parts: list[str] = []
    html_parts: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True) or b""
            content = payload.decode("gb18030", "replace") if isinstance(payload, bytes) else str(payload)
        (parts if ctype == "text/plain" else html_parts).append(str(content))
    if not parts and html_parts:
        parts = [lxml.html.fromstring(h).text_content() for h in html_parts if h.strip()]
    published = None
    if msg["Date"]:
        try:
            published = email.utils.parsedate_to_datetime(str(msg["Date"])).date().isoformat()
        except (TypeError, ValueError):
            published = None
    sender = email.utils.parseaddr(str(msg["From"] or ""))
    return Imported(title=str(msg["Subject"] or "").strip(), body=tidy("\n".join(parts)),
                    published_at=published, author=sender[0] or sender[1] or None)
