"""scripts/corpus_verdicts.py: snapshots of train and dev verdicts, and their comparison."""

from __future__ import annotations

import copy

from scripts import corpus_verdicts


def test_a_snapshot_holds_train_and_dev_rows_only_with_their_readings() -> None:
    snap = corpus_verdicts.snapshot(corpus_verdicts.HERE, limit=12)
    assert len(snap) == 12
    row = next(iter(snap.values()))
    assert {"title", "source_name", "url", "verdicts"} <= set(row)
    assert all(len(v) == 2 for v in row["verdicts"].values())
    assert "self" in row["verdicts"] or "site" in row["verdicts"]


def test_compare_tells_fixed_broken_and_changed() -> None:
    a = {"r1": {"title": "t", "source_name": "s", "url": "u",
                "verdicts": {"350200": ["lower", "internal"], "self": ["upper", "upper"], "site": ["lower", "external"]}}}
    b = copy.deepcopy(a)
    b["r1"]["verdicts"] = {"350200": ["internal", "internal"], "self": ["lower", "upper"], "site": ["upper", "external"]}
    lines, fixed, broken = corpus_verdicts.compare(a, b)
    assert (fixed, broken) == (1, 1)
    assert sorted(line.split()[0] for line in lines) == ["BRK", "CHG", "FIX"]
    assert corpus_verdicts.compare(a, a) == ([], 0, 0)
