"""Snapshot the classifier's verdicts on the corpus's train and dev parts, and compare two snapshots.

    .venv/bin/python scripts/corpus_verdicts.py snapshot OUT.json [--root TREE] [--limit N]
    .venv/bin/python scripts/corpus_verdicts.py compare A.json B.json

A snapshot holds, for every train and dev headline, the verdict and the gold kind for each home it is labelled for and
for its three derived readings (the actor's own region, its parent, the site's region: scripts/label_headlines.py,
reading_homes). --root classifies with another checkout of the code (a worktree of an earlier commit) on this tree's
corpus. `compare` prints each changed verdict as FIX (now right), BRK (was right) or CHG (wrong both times), then the
counts: the figures a rule change's commit message gives ("train and dev: 3 fixed, 1 broken"). The test part is never
read: its rows are skipped before they are classified.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]


def snapshot(root: Path, limit: int | None = None) -> dict[str, Any]:
    """Verdicts of the code at root on this tree's train and dev rows, by row id."""
    sys.path.insert(0, str(root))
    classify = importlib.import_module("processing.classify")
    evaluate = importlib.import_module("processing.evaluate")
    labels = importlib.import_module("scripts.label_headlines")
    rows = [json.loads(line) for line in (HERE / "processing/models/data/headlines.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] in ("train", "dev")][:limit]
    classifiers: dict[str, Any] = {}
    out: dict[str, Any] = {}
    for r in rows:
        item = evaluate.item_of(r)
        verdicts: dict[str, list[str]] = {}
        for home, label in r["labels"].items():
            clf = classifiers.setdefault(home, classify.Classifier(home))
            verdicts[home] = [clf.classify(item).kind, label["kind"]]
        for which, division in labels.reading_homes(r):
            clf = classifiers.setdefault(division.code, classify.Classifier(division.code))
            verdicts[which] = [clf.classify(item).kind, labels.derived_gold(r, division.code)]
        out[r["id"]] = {"title": r["title"], "source_name": r["source_name"], "url": r["url"], "verdicts": verdicts}
    return out


def compare(a: dict[str, Any], b: dict[str, Any]) -> tuple[list[str], int, int]:
    """(lines for each verdict that changed, fixed, broken) from snapshot a to snapshot b, on the rows both hold."""
    lines: list[str] = []
    fixed = broken = 0
    for key, row in a.items():
        if key not in b:
            continue
        for home, (was, gold) in row["verdicts"].items():
            now = b[key]["verdicts"].get(home, [was])[0]
            if now == was:
                continue
            tag = "FIX" if now == gold else "BRK" if was == gold else "CHG"
            fixed += tag == "FIX"
            broken += tag == "BRK"
            lines.append(f"{tag} {home} {was} -> {now} (gold {gold}) | {row['title']} | {row['source_name']} | {row['url']}")
    return lines, fixed, broken


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--root", type=Path, default=HERE)
    snap.add_argument("--limit", type=int, default=None)
    comp = sub.add_parser("compare")
    comp.add_argument("a", type=Path)
    comp.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "snapshot":
        args.out.write_text(json.dumps(snapshot(args.root.resolve(), args.limit), ensure_ascii=False), encoding="utf-8")
        return 0
    lines, fixed, broken = compare(*(json.loads(p.read_text(encoding="utf-8")) for p in (args.a, args.b)))
    print("\n".join([*lines, f"fixed {fixed}, broken {broken}"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
