"""Local files into the documents table: docx, pdf, xlsx, csv, txt, eml (directories recursively).

Each file is one document of the source `local`, identified by `file://<absolute path>`: importing
the same file again changes nothing, a changed file becomes a new revision. A file that cannot be
read is counted and logged with its path, and the import goes on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from crawlers.importers import csv, docx, eml, pdf, txt, xlsx
from crawlers.importers.base import Imported
from siqing.store import Store

logger = logging.getLogger(__name__)
LOCAL_SOURCE = "local"
READERS: dict[str, Callable[[Path], Imported]] = {
    ".pdf": pdf.read,
    ".docx": docx.read,
    ".xlsx": xlsx.read,
    ".csv": csv.read,
    ".txt": txt.read,
    ".eml": eml.read,
}
# Attachments fetched while crawling: the formats whose text we can read.
ATTACHMENT_TEXT: dict[str, Callable[[bytes], str]] = {
    "pdf": pdf.text_of,
    "docx": docx.text_of,
    "xlsx": xlsx.text_of,
}
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".eml": "message/rfc822",
}


def attachment_text(kind: str, data: bytes, limit: int) -> str | None:
    """The text of an attachment of a readable type (None for the others)."""
    reader = ATTACHMENT_TEXT.get(kind.lower())
    if reader is None:
        return None
    return reader(data)[:limit]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under the given paths (directories walked in name order, hidden files skipped)."""
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(p).parts):
                    yield child.resolve()
        else:
            yield p.resolve()


def file_url(path: Path) -> str:
    """The document identity of a local file."""
    return path.as_uri()


def read_file(path: Path) -> Imported:
    """Read one file with the importer of its extension (ValueError for other extensions)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ValueError(f"unsupported file type {path.suffix or '(none)'}")
    return reader(path)


def import_paths(store: Store, paths: Iterable[str | Path]) -> dict[str, Any]:
    """Import every file under paths; return counts (new, revised, unchanged, skipped, failed)."""
    counts: dict[str, Any] = {"files": 0, "new": 0, "revised": 0, "unchanged": 0, "skipped": 0,
                              "failed": 0, "failures": [], "documents": []}
    for path in iter_files(paths):
        counts["files"] += 1
        if not path.exists():
            counts["failed"] += 1
            counts["failures"].append({"path": str(path), "reason": "not found"})
            logger.warning("import failed: %s: not found", path)
            continue
        if path.suffix.lower() not in READERS:
            counts["skipped"] += 1
            counts["failures"].append({"path": str(path), "reason": f"unsupported type {path.suffix or '(none)'}"})
            logger.warning("import skipped: %s: unsupported file type", path)
            continue
        try:
            data = path.read_bytes()
            got = read_file(path)
        except Exception as exc:  # a broken file must not stop the import of the others
            counts["failed"] += 1
            counts["failures"].append({"path": str(path), "reason": f"{exc.__class__.__name__}: {exc}"})
            logger.warning("import failed: %s: %s: %s", path, exc.__class__.__name__, exc)
            continue
        if not got.body.strip():
            counts["failed"] += 1
            counts["failures"].append({"path": str(path), "reason": "no text"})
            logger.warning("import failed: %s: no text found", path)
            continue
        doc: dict[str, object] = {
            "source_id": LOCAL_SOURCE,
            "url": file_url(path),
            "canonical_url": file_url(path),
            "title": got.title.strip() or path.stem,
            "body": got.body,
            "published_at": got.published_at,
            "author": got.author,
            "source_name": got.source_name,
            "attachments": [],
            "snapshot": data,
            "content_type": CONTENT_TYPES.get(path.suffix.lower()),
            "etag": hashlib.sha256(data).hexdigest(),
            "origin": "import",
            "origin_path": str(path),
        }
        status, doc_id = store.save_document(doc)
        counts[status] += 1
        counts["documents"].append({"id": doc_id, "path": str(path), "status": status})
    return counts
