"""Extraction quality must not regress below tests/fixtures/extract/baseline.json."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
sys.path.insert(0, str(ROOT / "bench"))

from score_extract import score  # noqa: E402

TOLERANCE = 0.005


def data_digest() -> str:
    """sha256 over the evaluation set (pages, gold bodies, gold dates, held-out list)."""
    digest = hashlib.sha256()
    files = sorted(p for split in ("dev", "heldout") for p in (FIXTURES / split).rglob("*")
                   if p.is_file())
    for path in [*files, FIXTURES / "heldout.txt"]:
        digest.update(path.relative_to(FIXTURES).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


BASELINE = json.loads((FIXTURES / "baseline.json").read_text(encoding="utf-8"))


def test_evaluation_data_unchanged() -> None:
    """The evaluation set is the one the baseline was measured on."""
    assert data_digest() == BASELINE["data_sha256"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_quality_not_below_baseline(split: str) -> None:
    """Body F1 and date accuracy stay within 0.005 of the recorded baseline."""
    got = score(FIXTURES / split, "ours")
    want = BASELINE["ours"][split]
    assert got["n"] == want["n"]
    assert got["body_f1"] >= want["body_f1"] - TOLERANCE, got
    assert got["date_acc"] >= want["date_acc"] - TOLERANCE, got


@pytest.mark.parametrize("split", ["dev", "heldout", "all"])
def test_baseline_records_references_on_the_same_pages(split: str) -> None:
    """trafilatura and GNE figures are recorded for every split on the same pages, and ours leads."""
    ours = BASELINE["ours"][split]
    for name in ("trafilatura", "gne"):
        ref = BASELINE["reference"][name][split]
        assert ref["n"] == ours["n"] and ref["dated_pages"] == ours["dated_pages"]
        assert ours["body_f1"] > ref["body_f1"], (name, split)
        assert ours["date_acc"] > ref["date_acc"], (name, split)


def test_bar_on_every_split() -> None:
    """The recorded figures meet the issue's bar (body F1 >= 0.93, date accuracy >= 0.95)."""
    for split in ("dev", "heldout", "all"):
        assert BASELINE["ours"][split]["body_f1"] >= 0.93
        assert BASELINE["ours"][split]["date_acc"] >= 0.95


def test_whole_set_not_below_baseline() -> None:
    """The whole set (dev and held-out pooled) stays within 0.005 of its recorded figures."""
    parts = [score(FIXTURES / split, "ours") for split in ("dev", "heldout")]
    n = sum(p["n"] for p in parts)
    dated = sum(p["dated_pages"] for p in parts)
    body_f1 = sum(p["body_f1"] * p["n"] for p in parts) / n
    date_acc = sum(p["date_acc"] * p["dated_pages"] for p in parts) / dated
    want = BASELINE["ours"]["all"]
    assert n == want["n"]
    assert body_f1 >= want["body_f1"] - TOLERANCE
    assert date_acc >= want["date_acc"] - TOLERANCE
