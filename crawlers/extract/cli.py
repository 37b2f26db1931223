"""Entry point behind `siqing extract FILE.html [--url URL]`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawlers.extract.generic import extract
from siqing.errors import UsageError


def main_extract(path: str, url: str | None = None) -> dict[str, Any]:
    """Read an HTML file, decode and extract it, and return the article as a dict."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise UsageError("no such file", path=path) from None
    except IsADirectoryError:
        raise UsageError("is a directory, not an HTML file", path=path) from None
    except OSError as exc:
        raise UsageError(f"cannot read file: {exc.strerror}", path=path) from None
    return extract(raw, url=url).to_dict()
