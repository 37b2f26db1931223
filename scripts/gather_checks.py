"""Checks for gathering a fresh set of real headlines (scripts/label_headlines.py's raw format, one headline a line).

    .venv/bin/python scripts/gather_checks.py site URL [URL ...]       OK known URL | OK new URL | SKIP URL
    .venv/bin/python scripts/gather_checks.py title TITLE [TITLE ...]  NEW TITLE | SEEN TITLE (spaces ignored)
    .venv/bin/python scripts/gather_checks.py code NAME [NAME ...]     NAME -> 6-digit codes and full names
    .venv/bin/python scripts/gather_checks.py check RAW [RAW ...]      one line per problem; exit 1 if any

A gatherer (scripts/gather_brief.md) runs `site` and `title` before writing a line: a site of the corpus's test part says
SKIP and nothing more, so that whoever gathers never learns which sites the test part holds, and a headline already in
the corpus (under any part) is SEEN. `check` reads raw files before they are measured (scripts/measure_fresh_set.py)
and imported: twelve fields, known actor and site types, codes the gazetteer holds (or 810000, 820000, 710000 for Hong
Kong, Macao and Taiwan, which it does not), news or document, a title no other line of the files repeats.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from processing.evaluate import site_of  # noqa: E402
from scripts.label_headlines import ACTOR_TYPES, CORPUS, SITE_TYPES, parse_raw  # noqa: E402
from siqing.divisions import default_gazetteer  # noqa: E402

OUTSIDE_MAINLAND_CODES = frozenset({"810000", "820000", "710000"})
_SPACE = re.compile(r"\s+")


def _corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def site_verdicts(urls: Iterable[str], rows: Sequence[dict[str, object]]) -> list[str]:
    """OK known / OK new / SKIP for each URL (SKIP: a test part's site; nothing else is said of it)."""
    test = {str(r["site"]) for r in rows if r.get("split") == "test"}
    known = {str(r["site"]) for r in rows if r.get("split") != "test"}
    out = []
    for url in urls:
        host = urlsplit(url if "//" in url else "http://" + url).hostname or ""
        site = site_of(host)
        out.append(f"SKIP {url}" if site in test else f"OK {'known' if site in known else 'new'} {url}")
    return out


def _title_key(title: str) -> str:
    """A headline as compared: spaces dropped and full-width forms read as their ASCII ones (NFKC), since copies of one
    page print 党组（扩大）会议 and 党组(扩大)会议, 习近平：… and 习近平:…"""
    return _SPACE.sub("", unicodedata.normalize("NFKC", title))


def title_verdicts(titles: Iterable[str], rows: Sequence[dict[str, object]]) -> list[str]:
    """NEW or SEEN for each headline, spaces and full-width forms ignored."""
    seen = {_title_key(str(r["title"])) for r in rows}
    return [f"{'SEEN' if _title_key(t) in seen else 'NEW'} {t}" for t in titles]


def code_lines(names: Iterable[str]) -> list[str]:
    """The divisions a place name (full or short) may be, by code and full name."""
    gaz = default_gazetteer
    out = []
    for name in names:
        hits = {d.code: d for d in [*gaz.by_name(name), *gaz.by_short(name)] if len(d.code) == 6}
        if not hits:
            try:
                d = gaz.resolve(name)
                hits = {d.code: d}
            except Exception:  # noqa: BLE001 (a name the gazetteer cannot resolve: said so)
                hits = {}
        found = "; ".join(f"{d.code} {d.full_name}" for d in list(hits.values())[:8])
        out.append(f"{name} -> {found or 'NOT FOUND (Hong Kong 810000, Macao 820000, Taiwan 710000)'}")
    return out


def check_raw(paths: Sequence[Path]) -> list[str]:
    """Problems of raw annotation files, one line each (file:line: what)."""
    gaz = default_gazetteer
    problems: list[str] = []
    titles: dict[str, str] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            if line.count("|") < 11:
                problems.append(f"{where}: {line.count('|') + 1} fields, not 12")
                continue
            row = parse_raw(line)
            actor = row["actor"]
            if actor["type"] not in ACTOR_TYPES:
                problems.append(f"{where}: actor type {actor['type']!r}")
            if row["site_type"] not in SITE_TYPES:
                problems.append(f"{where}: site type {row['site_type']!r}")
            for what, code in (("actor region", actor["region"]), ("site region", row["site_region"])):
                if code != "000000" and code not in OUTSIDE_MAINLAND_CODES and gaz.get(code) is None:
                    problems.append(f"{where}: {what} {code!r} is no division")
            if row["style"] not in ("news", "document"):
                problems.append(f"{where}: style {row['style']!r}")
            key = _title_key(row["title"])
            if key in titles:
                problems.append(f"{where}: the title of {titles[key]} again")
            titles.setdefault(key, where)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("site", "title", "code", "check"))
    parser.add_argument("args", nargs="+")
    opts = parser.parse_args(argv)
    if opts.what == "code":
        lines = code_lines(opts.args)
    elif opts.what == "check":
        lines = check_raw([Path(a) for a in opts.args])
        print("\n".join(lines) if lines else "no problems")
        return 1 if lines else 0
    else:
        rows = _corpus()
        lines = site_verdicts(opts.args, rows) if opts.what == "site" else title_verdicts(opts.args, rows)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
