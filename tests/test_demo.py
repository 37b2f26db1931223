"""`siqing demo` end to end, twice: a PDF with the four sections, and nothing new the second time."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from siqing.app.demo.sites import CONTENT_DIR
from tests.processing.test_summarize import briefing_summary_problems

pytestmark = pytest.mark.slow
HEADINGS = ("上情", "下情", "外情", "内情")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _demo(folder: Path, port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", "demo", "--dir", str(folder), "--port", str(port)],
                          capture_output=True, text=True, timeout=600)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing: run make test as root or "
                    "`sudo sh scripts/install-fonts.sh`")
def test_demo_twice(tmp_path: Path) -> None:
    folder, port = tmp_path / "demo", _free_port()
    first = _demo(folder, port)
    assert first.returncode == 0, first.stderr
    pdf = Path(first.stdout.strip().splitlines()[-1])
    assert pdf.is_absolute() and pdf.suffix == ".pdf" and pdf.exists()

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = _squash(text)
    assert briefing_summary_problems(flat) == [], "fragment summaries in the briefing"
    starts = [flat.find(h) for h in HEADINGS]
    assert all(s >= 0 for s in starts), f"headings missing: {starts}"
    assert starts == sorted(starts), "sections out of order"
    manifest = json.loads((CONTENT_DIR / "manifest.json").read_text(encoding="utf-8"))["articles"]
    titles = {_squash(a["title"]) for a in manifest}
    bounds = [*starts, len(flat)]
    for i, heading in enumerate(HEADINGS):
        part = flat[bounds[i] : bounds[i + 1]]
        found = [t for t in titles if t in part]
        assert len(found) >= 3, f"{heading}: only {found}"

    db = folder / "siqing.db"
    with sqlite3.connect(db) as conn:
        docs_before = conn.execute("select count(*) from documents").fetchone()[0]
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()

    second = _demo(folder, port)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip().splitlines()[-1] == str(pdf)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == docs_before
        assert conn.execute("select count(*) from briefings").fetchone()[0] == 1
        last = json.loads(conn.execute("select counts from runs where job='crawl' order by id desc").fetchone()[0])
    assert last["totals"]["new"] == 0
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == digest
