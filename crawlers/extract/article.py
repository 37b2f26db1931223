"""The Article record that extraction returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One extracted article: title, date, source, author, body and attachments."""

    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    body: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict of DESIGN.md's `siqing extract` contract."""
        return {
            "title": self.title,
            "published_at": self.published_at,
            "source": self.source,
            "author": self.author,
            "body": self.body,
            "attachments": [dict(a) for a in self.attachments],
        }
