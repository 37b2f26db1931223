#!/usr/bin/env python3
"""Score article extraction (ours, trafilatura, GNE) on a folder laid out like ../shared/tools/score_extract.py.

usage: bench/score_extract.py PAGES_DIR [--systems ours,trafilatura,gne]

PAGES_DIR holds original/<id>.html, cleaned/<id>.txt (gold body) and date/<id>.txt (gold date or
UNKNOWN). The metric is the shared tool's: mean body F1 over bigrams of CJK characters, letters
and digits, and date accuracy on YYYY-MM-DD over the pages with a gold date. One JSON line per system.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def bigrams(text: str) -> Counter:
    """Character bigrams over CJK characters, letters and digits."""
    chars = [c for c in text if KEEP.match(c)]
    return Counter(a + b for a, b in zip(chars, chars[1:], strict=False))


def f1(pred: str, gold: str) -> float:
    """Bigram F1 of a predicted body against the gold body."""
    p, g = bigrams(pred or ""), bigrams(gold or "")
    if not p or not g:
        return 0.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def ymd(text: Any) -> str | None:
    """The YYYY-MM-DD of a date string, or None."""
    if not text:
        return None
    m = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})", str(text))
    if not m:
        return None
    year, month, day = (int(x) for x in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def decode(raw: bytes) -> str:
    """Decode as the shared tool does: UTF-8, then GB18030, then UTF-8 with replacement."""
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def run_ours(raw: bytes) -> dict[str, Any]:
    """Our extractor, in process."""
    from crawlers.extract import extract

    return extract(raw).to_dict()


def run_trafilatura(raw: bytes) -> dict[str, Any]:
    """trafilatura.bare_extraction with metadata, as the shared tool runs it."""
    import trafilatura

    doc = trafilatura.bare_extraction(decode(raw), with_metadata=True)
    if doc is None:
        return {}
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    return {"body": doc.get("text") or "", "published_at": doc.get("date")}


def run_gne(raw: bytes) -> dict[str, Any]:
    """GNE's GeneralNewsExtractor, as the shared tool runs it."""
    from gne import GeneralNewsExtractor

    try:
        doc = GeneralNewsExtractor().extract(decode(raw))
    except Exception:  # noqa: BLE001 - a failing baseline scores zero on that page
        return {}
    return {"body": doc.get("content") or "", "published_at": doc.get("publish_time")}


SYSTEMS: dict[str, Callable[[bytes], dict[str, Any]]] = {
    "ours": run_ours, "trafilatura": run_trafilatura, "gne": run_gne,
}


def score(root: Path, system: str, details: bool = False) -> dict[str, Any]:
    """Score one system over a folder; returns the JSON-ready summary."""
    runner = SYSTEMS[system]
    scores: list[float] = []
    dates_ok = dates_n = 0
    per_page: dict[str, Any] = {}
    elapsed = 0.0
    for page in sorted((root / "original").glob("*.html")):
        uid = page.stem
        gold_body = decode((root / "cleaned" / f"{uid}.txt").read_bytes())
        gold_date = ymd(decode((root / "date" / f"{uid}.txt").read_bytes()))
        raw = page.read_bytes()
        start = time.perf_counter()
        got = runner(raw)
        elapsed += time.perf_counter() - start
        page_f1 = f1(got.get("body") or "", gold_body)
        scores.append(page_f1)
        if gold_date:
            dates_n += 1
            dates_ok += ymd(got.get("published_at")) == gold_date
        if details:
            per_page[uid] = {"f1": round(page_f1, 3), "date": ymd(got.get("published_at")),
                             "gold_date": gold_date}
    result: dict[str, Any] = {
        "system": system, "n": len(scores),
        "body_f1": round(sum(scores) / max(len(scores), 1), 4),
        "date_acc": round(dates_ok / max(dates_n, 1), 4), "dated_pages": dates_n,
        "ms_per_page": round(1000 * elapsed / max(len(scores), 1), 1),
    }
    if details:
        result["pages"] = per_page
    return result


def main() -> None:
    """Print one JSON line per system."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--systems", default="ours,trafilatura,gne")
    parser.add_argument("--details", action="store_true", help="include per-page scores")
    args = parser.parse_args()
    if not (args.pages_dir / "original").is_dir():
        parser.error(f"{args.pages_dir}: no original/ folder")
    for system in args.systems.split(","):
        try:
            print(json.dumps(score(args.pages_dir, system.strip(), args.details), ensure_ascii=False),
                  flush=True)
        except ImportError as exc:
            print(json.dumps({"system": system, "skipped": f"not installed: {exc.name}"}), flush=True)


if __name__ == "__main__":
    main()
