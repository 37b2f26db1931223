"""Build siqing/data/divisions.json.gz from ../shared/data/admin-divisions (modood, WTFPL)."""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "admin-divisions"
DEFAULT_OUT = ROOT / "siqing" / "data" / "divisions.json.gz"
MAX_BYTES = 1_500_000
# City-level placeholders of the data: municipal districts, counties, directly administered counties.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _rows(path: Path) -> list[dict[str, str]]:
    """Read one CSV file of the division data."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(src: Path, with_townships: bool = True) -> dict[str, list[list[str]]]:
    """Return {"divisions": [[code, name, level, parent]...], "townships": [...]}."""
    rows: list[list[str]] = [["000000", "中国", "nation", ""]]
    for p in _rows(src / "provinces.csv"):
        rows.append([p["code"] + "0000", p["name"], "province", "000000"])
    real_cities: set[str] = set()
    for c in _rows(src / "cities.csv"):
        if c["name"] in PLACEHOLDER_CITIES:
            continue
        code = c["code"] + "00"
        real_cities.add(code)
        rows.append([code, c["name"], "city", c["provinceCode"] + "0000"])
    counties: set[str] = set()
    for a in _rows(src / "areas.csv"):
        city = a["cityCode"] + "00"
        if a["code"] in real_cities:
            continue  # 东莞市, 中山市, 儋州市 repeat themselves as a county row
        parent = city if city in real_cities else a["provinceCode"] + "0000"
        counties.add(a["code"])
        rows.append([a["code"], a["name"], "county", parent])
    townships: list[list[str]] = []
    if with_townships:
        for s in _rows(src / "streets.csv"):
            parent = s["areaCode"]
            if parent not in counties:
                parent = parent[:4] + "00" if parent[:4] + "00" in real_cities else s["provinceCode"] + "0000"
            townships.append([s["code"], s["name"], parent])
    return {"divisions": rows, "townships": townships}


def write(data: dict[str, list[list[str]]], out: Path) -> int:
    """Write the gzip JSON file and return its size in bytes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build the data file, dropping townships if it gets too large."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not (args.src / "provinces.csv").exists():
        print(f"error: {args.src}: division data not found", file=sys.stderr)
        return 2
    data = build(args.src, with_townships=True)
    size = write(data, args.out)
    if size >= MAX_BYTES:
        data = build(args.src, with_townships=False)
        size = write(data, args.out)
    print(json.dumps({"out": str(args.out), "bytes": size, "divisions": len(data["divisions"]),
                      "townships": len(data["townships"])}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
