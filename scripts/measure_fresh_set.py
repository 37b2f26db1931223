"""Measure a fresh set of hand-annotated headlines before anyone reads its errors.

    .venv/bin/python scripts/measure_fresh_set.py RAW [RAW ...] [--home CODE ...] [--rows OUT.json]

RAW files hold headlines in the corpus's raw annotation format (one a line, as in processing/models/data/raw; see
scripts/label_headlines.py). The script prints aggregates only, so that a set's figures are recorded before any of its
rows is looked at: the three readings every row gets (the home is the actor's own region, its parent, or the region of
the site that published it), the eight labelled homes, and any homes given with --home (each with its accuracy,
macro-F1 and gold counts). --rows writes each row's verdicts to a JSON file, to be read afterwards. Gold for any home is
derived as for the corpus: a row's hand override for that home, else the labelling rule applied to its annotated actor;
a body abroad or a national roundup, overridden alike for all eight labelled homes, reads so for every home.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from processing.classify import Classifier  # noqa: E402
from processing.evaluate import item_of, score  # noqa: E402
from scripts.label_headlines import HOMES, derived_gold, parse_raw, reading_homes  # noqa: E402
from siqing.divisions import default_gazetteer  # noqa: E402

LABELLED = tuple(h["code"] for h in json.loads(HOMES.read_text(encoding="utf-8")))


def gold(row: dict[str, Any], home: str) -> str:
    """A fresh row's gold kind for a home: the corpus's (derived_gold), except that a body abroad or a national roundup,
    overridden alike for every labelled home, reads so for any other home too."""
    overrides = row["actor"].get("overrides") or {}
    if home not in overrides and row["actor"].get("region") == "000000" and set(overrides) == set(LABELLED) \
            and len(set(overrides.values())) == 1:
        return str(next(iter(overrides.values())))
    return derived_gold(row, home)


def measure(rows: list[dict[str, Any]], homes: list[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(aggregate figures, per-row verdicts) of the classifier on fresh rows."""
    items = [item_of(r) for r in rows]
    classifiers: dict[str, Classifier] = {}
    per_row: list[dict[str, Any]] = [{"title": r["title"], "source_name": r["source_name"], "url": r["url"],
                                      "actor": r["actor"], "readings": {}, "homes": {}} for r in rows]
    readings: dict[str, list[int]] = {"self": [0, 0], "parent": [0, 0], "site": [0, 0]}
    for i, r in enumerate(rows):
        for which, division in reading_homes(r):
            clf = classifiers.setdefault(division.code, Classifier(division.code))
            kind, want = clf.classify(items[i]).kind, gold(r, division.code)
            readings[which][0] += kind == want
            readings[which][1] += 1
            per_row[i]["readings"][which] = {"home": division.code, "kind": kind, "gold": want}
    figures: dict[str, Any] = {
        "rows": len(rows), "sites": len({r["site"] for r in rows}), "news": sum(r["style"] == "news" for r in rows),
        "readings": {k: {"accuracy": round(a / n, 3) if n else None, "n": n} for k, (a, n) in readings.items()},
        "homes": {}}
    for home in [*LABELLED, *homes]:
        verdicts = classifiers.setdefault(home, Classifier(home)).classify_all(items)
        golds = [gold(r, home) for r in rows]
        s = score(golds, [v.kind for v in verdicts])
        figures["homes"][home] = {"accuracy": round(s.accuracy, 3), "macro_f1": round(s.macro_f1, 3),
                                  "gold": dict(Counter(golds))}
        for i, v in enumerate(verdicts):
            per_row[i]["homes"][home] = {"kind": v.kind, "gold": golds[i], "confidence": round(float(v.confidence), 2),
                                         "reason": v.reason}
    labelled = [figures["homes"][h] for h in LABELLED]
    figures["labelled"] = {"accuracy_min": min(x["accuracy"] for x in labelled),
                           "accuracy_max": max(x["accuracy"] for x in labelled),
                           "macro_f1_mean": round(statistics.mean(x["macro_f1"] for x in labelled), 3)}
    return figures, per_row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", nargs="+", type=Path, help="raw annotation files")
    parser.add_argument("--home", action="append", default=[], help="another home to read the set for (a code)")
    parser.add_argument("--rows", type=Path, help="write each row's verdicts here (JSON), to read afterwards")
    args = parser.parse_args(argv)
    rows = [parse_raw(line) for path in args.raw for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    homes = [default_gazetteer.resolve(h).code for h in args.home]
    figures, per_row = measure(rows, homes)
    print(json.dumps(figures, ensure_ascii=False))
    if args.rows is not None:
        args.rows.write_text(json.dumps(per_row, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
