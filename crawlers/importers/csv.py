"""CSV files: rows as tab-separated lines; UTF-8 (with or without BOM) or GB18030."""

from __future__ import annotations

import csv as stdlib_csv
import io
from pathlib import Path

from crawlers.importers.base import Imported, tidy
from crawlers.importers.limits import read_capped
from crawlers.importers.txt import decode_text


def read(path: Path) -> Imported:
    text = decode_text(read_capped(path))
    try:
        dialect = stdlib_csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except stdlib_csv.Error:
        dialect = stdlib_csv.excel
    rows = ["\t".join(c.strip() for c in row) for row in stdlib_csv.reader(io.StringIO(text), dialect)]
    return Imported(title="", body=tidy("\n".join(r for r in rows if r.strip())))
