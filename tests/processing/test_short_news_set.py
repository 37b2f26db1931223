"""The real short-news repost set (tests/fixtures/dedup/short_news.jsonl) is well-formed gold.

Originals are real items; repost edits share their original's cluster and say what changed; hard
negatives are symmetric, never inside one cluster, and follow the hand-marked pairs of
scripts/build_short_news.py.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "dedup" / "short_news.jsonl"

# Floors the set holds now (the target of 300 items is not reached: 243 items, 81 of them real
# originals; its 100 hand-marked pairs of originals are; see tests/fixtures/dedup/NOTICE).
MIN_ORIGINALS = 80
MIN_NEGATIVE_PAIRS = 100


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_items_are_well_formed(rows: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["title"].strip() and r["url"].startswith("http"), r["id"]
        assert 100 <= len(r["text"]) <= 1500, (r["id"], len(r["text"]))
        assert r["made"] in ("original", "repost-edit"), r["id"]
        if r["made"] == "repost-edit":
            assert r["edit"].split(":")[0] in {"source-line", "editor-note", "photo-caption", "punctuation",
                                               "lead-trimmed"}, r["id"]
    assert sum(r["made"] == "original" for r in rows) >= MIN_ORIGINALS


def test_clusters_hold_an_original_and_its_reposts(rows: list[dict[str, Any]]) -> None:
    by_id = {r["id"]: r for r in rows}
    originals = Counter(r["cluster"] for r in rows if r["made"] == "original")
    assert all(n == 1 for n in originals.values())
    assert set(originals) == {r["cluster"] for r in rows}
    for r in rows:
        if r["made"] == "repost-edit":
            src = by_id[r["source"]]
            assert src["made"] == "original" and src["cluster"] == r["cluster"], r["id"]
            assert src["text"] != r["text"], r["id"]
    titles = Counter((r["title"], r["made"]) for r in rows if r["made"] == "original")
    assert all(n == 1 for n in titles.values())


def test_hard_negatives(rows: list[dict[str, Any]]) -> None:
    by_id = {r["id"]: r for r in rows}
    pairs = set()
    for r in rows:
        for other in r["hard_negative_of"]:
            assert r["id"] in by_id[other]["hard_negative_of"], (r["id"], other)
            assert by_id[other]["cluster"] != r["cluster"], (r["id"], other)
            pairs.add(tuple(sorted((r["id"], other))))
    assert len(pairs) >= MIN_NEGATIVE_PAIRS


def test_pairs_match_the_script(rows: list[dict[str, Any]]) -> None:
    spec = importlib.util.spec_from_file_location("build_short_news", ROOT / "scripts" / "build_short_news.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    originals = [r for r in rows if r["made"] == "original"]
    rebuilt = mod.build(originals)
    assert [(r["id"], r["cluster"], r["hard_negative_of"]) for r in rebuilt] == \
        [(r["id"], r["cluster"], r["hard_negative_of"]) for r in rows]
