"""Local files into the documents table: docx, pdf, xlsx, csv, txt, eml (directories recursively).

Each file is one document of the source `local`, identified by `file://<absolute path>`: importing
the same file again changes nothing, a changed file becomes a new revision. An item table (CSV or
XLSX with title and text columns) is one document per row. A file that cannot be read is counted
and logged with its path and a reason in Chinese, and the import goes on. Every office format is
read within the bounds of crawlers/importers/limits.py.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from crawlers.extract.dates import parse_date
from crawlers.importers import csv, docx, eml, pdf, txt, xlsx
from crawlers.importers.base import Imported, clean_title
from crawlers.importers.limits import FileRefused, read_capped
from crawlers.importers.table import TableRead, read_table
from siqing import clock
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


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Every file under the given paths, with a reason when it must be skipped.

    Directories are walked in name order without following symbolic links; a link is taken only
    when it points at a file inside the tree (a link out of it, or a loop, is reported and skipped).
    Hidden files are skipped silently.
    """
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.is_dir():
            yield p.absolute(), None
            continue
        root = p.resolve()
        for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            here = Path(dirpath)
            for d in dirnames:
                if (here / d).is_symlink():
                    yield (here / d).absolute(), "符号链接指向的目录不导入"
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                child = here / name
                if child.is_symlink():
                    try:
                        target = child.resolve(strict=True)
                    except (OSError, RuntimeError):
                        yield child.absolute(), "符号链接无效或成环，已跳过"
                        continue
                    if not target.is_relative_to(root) or not target.is_file():
                        yield child.absolute(), "符号链接指向导入目录之外，已跳过"
                        continue
                yield child.absolute(), None


def file_url(path: Path) -> str:
    """The document identity of a local file."""
    return path.as_uri()


def read_file(path: Path) -> Imported:
    """Read one file with the importer of its extension (ValueError for other extensions)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ValueError(f"unsupported file type {path.suffix or '(none)'}")
    return reader(path)


_MONTH_DAY = re.compile(r"(?<![0-9年])(1[0-2]|0?[1-9])月([12][0-9]|3[01]|0?[1-9])日")


def date_in_text(text: str, today: date | None = None) -> str | None:
    """The date an imported file's opening states (2026年11月27日, or 11月27日 in the latest year that
    does not put it in the future); None when it states none."""
    head = text[:400]
    found = parse_date(head)
    if found:
        return found[:10]
    m = _MONTH_DAY.search(head)
    if not m:
        return None
    today = today or clock.today()
    for year in (today.year, today.year - 1):
        try:
            day = date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if day <= today:
            return day.isoformat()
    return None


def local_label(path: Path) -> str:
    """What a briefing shows as the source of an imported file: never its path on this server."""
    return f"本地导入：{path.name}"


def reason_of(exc: Exception) -> str:
    """One line, in Chinese, saying why a file could not be read."""
    if isinstance(exc, FileRefused):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "文件过于复杂，读取时内存不足，已拒绝"
    first = (str(exc).splitlines() or [""])[0][:200]
    return f"无法读取（{exc.__class__.__name__}：{first}）"


def _fail(counts: dict[str, Any], path: Path, reason: str, key: str = "failed") -> None:
    counts[key] += 1
    counts["failures"].append({"path": str(path), "reason": reason})
    logger.warning("import %s: %s: %s", key, path, reason)


def import_paths(store: Store, paths: Iterable[str | Path]) -> dict[str, Any]:
    """Import every file under paths; return counts (new, revised, unchanged, skipped, failed).

    A file given by name with an unsupported type is a failure; inside a folder it is skipped.
    Item tables (CSV/XLSX with title and text columns) give one document per row, and the rows
    left out are listed with their line and reason under `rows_skipped`.
    """
    counts: dict[str, Any] = {"files": 0, "new": 0, "revised": 0, "unchanged": 0, "skipped": 0,
                              "failed": 0, "failures": [], "documents": [], "rows": 0, "rows_skipped": []}
    named = {Path(p).expanduser().absolute() for p in paths if not Path(p).expanduser().is_dir()}
    for path, problem in iter_files(paths):
        counts["files"] += 1
        if problem:
            _fail(counts, path, problem, "skipped")
            continue
        if not path.exists():
            _fail(counts, path, "文件不存在")
            continue
        suffix = path.suffix.lower()
        if suffix not in READERS:
            hint = "（请另存为 .docx 后导入）" if suffix == ".doc" else "（请另存为 .xlsx 后导入）" if suffix == ".xls" else ""
            _fail(counts, path, f"不支持的文件类型 {suffix or '（无扩展名）'}{hint}",
                  "failed" if path in named else "skipped")
            continue
        try:
            table = read_table(path)
            if table is not None:
                _import_rows(store, path, table, counts)
                continue
            data = read_capped(path)
            got = read_file(path)
        except Exception as exc:  # a broken file must not stop the import of the others
            _fail(counts, path, reason_of(exc))
            continue
        if not got.body.strip():
            _fail(counts, path, "没有可读的文字（扫描件请先识别文字）")
            continue
        doc: dict[str, object] = {
            "source_id": LOCAL_SOURCE,
            "url": file_url(path),
            "canonical_url": file_url(path),
            "title": clean_title(got.title) or clean_title(path.stem),
            "body": got.body,
            "published_at": got.published_at or date_in_text(got.body),
            "author": got.author,
            "source_name": got.source_name or local_label(path),
            "attachments": [],
            "snapshot": data,
            "content_type": CONTENT_TYPES.get(suffix),
            "etag": hashlib.sha256(data).hexdigest(),
            "origin": "import",
            "origin_path": str(path),
        }
        status, doc_id = store.save_document(doc)
        counts[status] += 1
        counts["documents"].append({"id": doc_id, "path": str(path), "status": status})
    return counts


def _import_rows(store: Store, path: Path, table: TableRead, counts: dict[str, Any]) -> None:
    """One document per row; a row is identified by its file and its title and date, not its line."""
    base = file_url(path)
    for s in table.skipped:
        counts["rows_skipped"].append({"path": str(path), **s})
    for row in table.rows:
        key = hashlib.sha256(f"{row.title}\n{row.published_at or ''}".encode()).hexdigest()[:16]
        ident = f"{base}#row-{key}"
        status, doc_id = store.save_document({
            "source_id": LOCAL_SOURCE,
            "url": row.url or ident,
            "canonical_url": ident,
            "title": row.title,
            "body": row.body,
            "published_at": row.published_at,
            "source_name": row.source_name or local_label(path),
            "attachments": [],
            "content_type": CONTENT_TYPES.get(path.suffix.lower()),
            "origin": "import",
            "origin_path": f"{path}#{row.line}",
        })
        counts["rows"] += 1
        counts[status] += 1
        counts["documents"].append({"id": doc_id, "path": str(path), "line": row.line, "status": status})
