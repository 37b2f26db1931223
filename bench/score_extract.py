#!/usr/bin/env python3
"""Score article extraction (ours and the anchors) on the page set in tests/fixtures/extract.

usage: bench/score_extract.py [--part dev|test|all] [--systems ours,trafilatura,gne,htmldate]
                              [--misses] [--details]
       bench/score_extract.py --pin [--part dev|test|all]
                                             (re-pin baseline.json after a deliberate change: the
                                              part named, dev by default; the other part's pinned
                                              figures are kept, so pinning dev never runs the test part)
       bench/score_extract.py PAGES_DIR ...   (any folder laid out as below)

The page set is split by site into a tuning part (dev) and a test part (test); each part folder
holds original/<id>.html, title/<id>.txt, date/<id>.txt (YYYY-MM-DD or UNKNOWN) and
cleaned/<id>.txt (the gold body; empty where the page has no body gold). manifest.json gives
each page's host, site, kind and origin.

The metric is the project's (../shared/tools/score_extract.py, copied here so that nothing
outside the repository is read): body F1 over bigrams of CJK characters, letters and digits,
averaged over the pages with a body gold; date accuracy on YYYY-MM-DD over the pages with a gold
date (a page stating no date counts as right only when the system gives none); title accuracy
as an exact match after white space and surrounding punctuation are dropped.
Figures are given per part and per page kind. On the dev part (the default) every page whose
date or title is wrong or whose body F1 is under 0.8 is listed below the figures, for tuning;
the test part gives figures only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "extract"
sys.path.insert(0, str(ROOT))

KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
TITLE_TRIM = re.compile(r"[\s\u3000]+")
BODY_MISS = 0.8


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


def norm_title(text: Any) -> str:
    """A title without white space and without the punctuation around it."""
    return TITLE_TRIM.sub("", str(text or "")).strip("《》“”\"'「」【】")


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
    return {"title": doc.get("title"), "body": doc.get("text") or "", "published_at": doc.get("date")}


def run_gne(raw: bytes) -> dict[str, Any]:
    """GNE's GeneralNewsExtractor, as the shared tool runs it."""
    from gne import GeneralNewsExtractor

    try:
        doc = GeneralNewsExtractor().extract(decode(raw))
    except Exception:  # noqa: BLE001 - a failing anchor scores zero on that page
        return {}
    return {"title": doc.get("title"), "body": doc.get("content") or "",
            "published_at": doc.get("publish_time")}


def run_htmldate(raw: bytes) -> dict[str, Any]:
    """htmldate's find_date (original date, extensive search): dates only."""
    from htmldate import find_date

    try:
        return {"published_at": find_date(decode(raw), original_date=True)}
    except Exception:  # noqa: BLE001 - a failing anchor scores zero on that page
        return {}


SYSTEMS: dict[str, Callable[[bytes], dict[str, Any]]] = {
    "ours": run_ours, "trafilatura": run_trafilatura, "gne": run_gne, "htmldate": run_htmldate,
}
# What each system answers: htmldate gives dates only.
ANSWERS = {"htmldate": ("date",)}


def load_manifest(root: Path = PAGES) -> dict[str, dict[str, Any]]:
    """The page set's manifest (id -> part, host, site, kind, ...); empty for a bare folder."""
    path = root / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def part_dirs(part: str, root: Path = PAGES) -> list[Path]:
    """The folders of one part, or of both for 'all'."""
    return [root / p for p in (("dev", "test") if part == "all" else (part,))]


def part_pages(part: str, root: Path = PAGES) -> int:
    """How many pages a part holds on disk (0 while the test part is empty: the last one was
    retired into dev and the next is not yet moved in)."""
    return sum(1 for folder in part_dirs(part, root) for _ in (folder / "original").glob("*.html"))


def gold_of(folder: Path, uid: str) -> dict[str, Any]:
    """The gold title, date and body of one page ('' body: no body gold)."""
    def read(sub: str) -> str:
        path = folder / sub / f"{uid}.txt"
        return decode(path.read_bytes()).strip() if path.is_file() else ""
    return {"title": read("title") or None, "date": ymd(read("date")), "body": read("cleaned"),
            "date_stated": read("date") not in ("", "UNKNOWN")}


def score_pages(folders: list[Path], system: str, kinds: dict[str, str] | None = None,
                langs: dict[str, str] | None = None,
                history: dict[str, str] | None = None) -> dict[str, Any]:
    """Run one system over the pages of the folders; returns the summary with per-page results."""
    runner = SYSTEMS[system]
    answers = ANSWERS.get(system, ("title", "date", "body"))
    pages: dict[str, Any] = {}
    elapsed = 0.0
    for folder in folders:
        for page in sorted((folder / "original").glob("*.html")):
            uid = page.stem
            gold = gold_of(folder, uid)
            raw = page.read_bytes()
            start = time.perf_counter()
            got = runner(raw)
            elapsed += time.perf_counter() - start
            row: dict[str, Any] = {"kind": (kinds or {}).get(uid, "all"),
                                   "lang": "zh" if (langs or {}).get(uid, "zh") == "zh" else "other",
                                   "history": (history or {}).get(uid, "new"),
                                   "gold_date": gold["date"],
                                   "date": ymd(got.get("published_at"))}
            if gold["date_stated"]:
                row["date_ok"] = row["date"] == gold["date"]
            if "body" in answers and gold["body"]:
                row["f1"] = round(f1(got.get("body") or "", gold["body"]), 4)
            if "title" in answers and gold["title"]:
                row["title"] = got.get("title")
                row["title_ok"] = norm_title(got.get("title")) == norm_title(gold["title"])
                row["gold_title"] = gold["title"]
            pages[uid] = row
    result = summarize(pages)
    result.update(system=system, ms_per_page=round(1000 * elapsed / max(len(pages), 1), 1))
    result["kinds"] = {k: summarize({u: r for u, r in pages.items() if r["kind"] == k})
                       for k in sorted({r["kind"] for r in pages.values()})}
    # Chinese pages apart from the rest: the set is mostly Chinese, and so are the users' sites.
    result["langs"] = {lang: summarize({u: r for u, r in pages.items() if r["lang"] == lang})
                       for lang in sorted({r["lang"] for r in pages.values()})}
    # Pages the extractor was tuned on (or whose sites it was tuned on) before the split by site:
    # only the "new" ones are unseen, so their figures are given apart.
    result["history"] = {h: summarize({u: r for u, r in pages.items() if r["history"] == h})
                         for h in sorted({r["history"] for r in pages.values()})}
    result["pages"] = pages
    return result


def summarize(pages: dict[str, Any]) -> dict[str, Any]:
    """Mean body F1, date and title accuracy over a set of scored pages."""
    bodies = [r["f1"] for r in pages.values() if "f1" in r]
    dates = [r["date_ok"] for r in pages.values() if "date_ok" in r]
    titles = [r["title_ok"] for r in pages.values() if "title_ok" in r]
    out: dict[str, Any] = {"n": len(pages), "body_pages": len(bodies), "dated_pages": len(dates)}
    out["body_f1"] = round(sum(bodies) / len(bodies), 4) if bodies else None
    out["date_acc"] = round(sum(dates) / len(dates), 4) if dates else None
    out["title_acc"] = round(sum(titles) / len(titles), 4) if titles else None
    return out


def score_part(part: str, system: str, root: Path = PAGES) -> dict[str, Any]:
    """Score one system on one part of the page set ('dev', 'test' or 'all')."""
    manifest = load_manifest(root)
    return score_pages(part_dirs(part, root), system, {u: m["kind"] for u, m in manifest.items()},
                       {u: m["lang"] for u, m in manifest.items()},
                       {u: m.get("history", "new") for u, m in manifest.items()})


def score(root: Path, system: str, details: bool = False) -> dict[str, Any]:
    """Score one system over one folder laid out like a part (kept for older callers)."""
    result = score_pages([root], system)
    if not details:
        result.pop("pages")
    return result


def misses(result: dict[str, Any]) -> list[str]:
    """One line per page with a wrong date, a wrong title or a body F1 under 0.8."""
    lines = []
    for uid, row in result["pages"].items():
        faults = []
        if row.get("date_ok") is False:
            faults.append(f"date {row['date']} (gold {row['gold_date']})")
        if row.get("title_ok") is False:
            faults.append(f"title {row.get('title')!r} (gold {row['gold_title']!r})")
        if row.get("f1", 1.0) < BODY_MISS:
            faults.append(f"body F1 {row['f1']:.3f}")
        if faults:
            lines.append(f"{uid} [{row['kind']}]: " + "; ".join(faults))
    return lines


BASELINE = PAGES / "baseline.json"
PIN_COMMAND = ".venv/bin/python bench/score_extract.py --pin --part {part}"
TOLERANCE = 0.01
PINNED = ("body_f1", "date_acc", "title_acc")


def data_digest(root: Path = PAGES) -> str:
    """sha256 over the page set: both parts' pages and gold, and the manifest."""
    digest = hashlib.sha256()
    files = sorted(p for part in ("dev", "test") for p in (root / part).rglob("*") if p.is_file())
    for path in [*files, root / "manifest.json"]:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


# The pages behind each figure: a figure may drop by the tolerance or by one page's share of it,
# whichever is larger, so that one page flipping on a small part is not by itself a failure.
BASIS = {"body_f1": "body_pages", "date_acc": "dated_pages", "title_acc": "n"}


def allowed_drop(pinned: dict[str, Any], key: str, tolerance: float) -> float:
    """How far a pinned figure may drop: the tolerance, or one page's share if that is larger."""
    pages = pinned.get(BASIS[key]) or 0
    return max(tolerance, 1.0 / pages + 1e-9) if pages else tolerance


def regressions(got: dict[str, Any], pinned: dict[str, Any], tolerance: float) -> list[str]:
    """The pinned figures that got dropped below by more than they may."""
    out = []
    for key in PINNED:
        if pinned.get(key) is None:
            continue
        slack = allowed_drop(pinned, key, tolerance)
        if got.get(key) is None or got[key] < pinned[key] - slack:
            out.append(f"{key} {got.get(key)} < pinned {pinned[key]} - {slack:.4f}")
    return out


def pin(which: str = "dev") -> dict[str, Any]:
    """Measure ours on one part ('dev', 'test') or both ('all') and write baseline.json; the other
    part's pinned figures and the anchors' figures are kept (pinning dev never reads the test part)."""
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {}
    ours = dict(old.get("ours", {}))
    for part in (("dev", "test") if which == "all" else (which,)):
        if not part_pages(part):
            # An empty part (the test part between a retirement and the next round) has no
            # figures: none are pinned, and any pinned before belonged to pages now elsewhere.
            ours.pop(part, None)
            continue
        result = score_part(part, "ours")
        result.pop("pages")
        result.pop("ms_per_page")
        ours[part] = result
    commands = dict(old.get("commands", {}))
    commands.update({part: PIN_COMMAND.format(part=which) for part in ours
                     if which in (part, "all")})
    baseline = {
        "data_sha256": data_digest(), "command": PIN_COMMAND.format(part=which),
        # Which command last pinned each part's figures (a part is pinned apart from the other).
        "commands": commands, "tolerance": TOLERANCE,
        "tolerance_rule": "a figure may drop by the tolerance or by one page's share of it "
                          "(1/pages behind it), whichever is larger",
        "metric": "bench/score_extract.py (the metric of ../shared/tools/score_extract.py, plus titles)",
        "ours": ours, "anchors": old.get("anchors", {}),
        # When each test part was formed, looked at and retired (issue 18): kept across re-pins.
        "test_part_log": old.get("test_part_log", []),
    }
    # The generated sample-site pages are a regression guard for government structures, not a
    # quality figure (they are not real pages); their figures are pinned beside.
    sample = score_pages([PAGES / "sample_sites"], "ours")
    baseline["sample_sites"] = {k: sample[k] for k in ("n", "body_f1", "date_acc")}
    BASELINE.write_text(json.dumps(baseline, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return baseline


def main() -> None:
    """Print one JSON line per system (and the misses with --misses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages_dir", type=Path, nargs="?", help="a folder laid out like a part")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--systems", default="ours")
    parser.add_argument("--misses", action="store_true",
                        help="list the pages each system gets wrong (the default on the dev part; "
                             "refused on the test part, which is read only to report figures)")
    parser.add_argument("--no-misses", action="store_true", help="figures only, also on the dev part")
    parser.add_argument("--details", action="store_true", help="include per-page scores in the JSON")
    parser.add_argument("--pin", action="store_true",
                        help="measure ours on --part (dev by default; all for both) and write "
                             "tests/fixtures/extract/baseline.json, keeping the other part's figures")
    args = parser.parse_args()
    if args.pin:
        print(json.dumps(pin(args.part)["ours"], ensure_ascii=False))
        return
    if args.pages_dir and not (args.pages_dir / "original").is_dir():
        parser.error(f"{args.pages_dir}: no original/ folder")
    if args.misses and not args.pages_dir and args.part != "dev":
        parser.error("--misses is for the dev part: the test part is read only to report figures")
    show_misses = not args.no_misses and (args.misses or (args.part == "dev" and not args.pages_dir))
    if not args.pages_dir and not part_pages(args.part):
        print(json.dumps({"part": args.part, "pages": 0, "note": f"no {args.part} part (no pages)"}))
        return
    for system in args.systems.split(","):
        system = system.strip()
        if system not in SYSTEMS:
            parser.error(f"unknown system {system!r} (choose from {', '.join(SYSTEMS)})")
        try:
            result = (score_pages([args.pages_dir], system) if args.pages_dir
                      else score_part(args.part, system))
        except ImportError as exc:
            print(json.dumps({"system": system, "skipped": f"not installed: {exc.name}"}), flush=True)
            continue
        pages = result.pop("pages")
        result["part"] = str(args.pages_dir) if args.pages_dir else args.part
        if args.details:
            result["pages"] = pages
        print(json.dumps(result, ensure_ascii=False), flush=True)
        if show_misses:
            for line in misses({"pages": pages}):
                print("  " + line, flush=True)


if __name__ == "__main__":
    main()
