"""Disk full during a render (issue 12): the briefings folder on a small tmpfs (2 MB), filled up; the
re-render fails with one clear Chinese line, publishes no partial file, and leaves the previous
briefing's files and record whole. Needs root to mount the tmpfs; skipped with the reason otherwise."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.publish import file_digest, is_current, pdf_whole
from processing import pipeline
from siqing.app.cli import main
from siqing.store import Store

from ..briefings.review_helpers import add_doc, deployment


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the disk-full render test runs as root (CI does)")
    mount = tmp_path / "d" / "briefings"
    mount.mkdir(parents=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of folder until about `leave` bytes are free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with (folder / "filler.bin").open("wb") as f, contextlib.suppress(OSError):  # full is what we want
        f.write(b"\0" * max(0, free - leave))


def test_render_on_a_full_disk_fails_clearly_and_keeps_the_last_briefing(
        small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = deployment(tmp_path / "d")
    assert cfg.briefings_dir == small_disk
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    version = pipeline.model_version()  # what the CLI composes with
    doc = add_doc(store, "国务院关于加强监督工作的意见", "upper", importance=0.9, version=version)
    add_doc(store, "济南市人大常委会召开主任会议", "internal", source="jn", version=version)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    c = ["--config", str(cfg.path)]
    assert main([*c, "brief", "daily", "--date", "2026-05-06"]) == 0
    assert "磁盘" not in capsys.readouterr().err
    bid = store.list_briefings(limit=1)[0]["id"]
    before = store.get_briefing(bid)
    assert before is not None and is_current(before, cfg.briefings_dir)
    files = {k: cfg.briefings_dir / before[f"{k}_path"] for k in ("html", "pdf", "docx")}
    digests = {k: file_digest(p) for k, p in files.items()}
    _fill(small_disk, leave=8 * 1024)  # room for the HTML at most, never for the PDF
    # An edit re-renders the draft: the disk is full.
    code = main([*c, "draft", "edit", str(bid), "--summary", str(doc), "改写后的摘要：加强监督工作。"])
    err = capsys.readouterr().err
    assert code == 1
    lines = [ln for ln in err.strip().splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and "磁盘空间不足" in lines[0] and str(small_disk) in lines[0], err
    assert "Traceback" not in err
    # Nothing partial published, the previous files and their record as they were.
    assert not [p for p in small_disk.rglob(".*.partial")]
    assert {k: file_digest(p) for k, p in files.items()} == digests
    after = store.get_briefing(bid)
    assert after is not None and after["pdf_digest"] == before["pdf_digest"]
    assert after["pdf_path"] == before["pdf_path"]
    # Room again: the next render publishes the edited issue.
    (small_disk / "filler.bin").unlink()
    assert main([*c, "draft", "edit", str(bid), "--summary", str(doc), "再次改写的摘要。"]) == 0
    b = store.get_briefing(bid)
    assert b is not None and b["pdf_digest"] != before["pdf_digest"]
    assert pdf_whole(cfg.briefings_dir / b["pdf_path"]) and file_digest(cfg.briefings_dir / b["pdf_path"]) == b["pdf_digest"]
    store.close()
