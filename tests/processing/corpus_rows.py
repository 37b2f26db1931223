"""Rows of the real headline corpus that tests of the classifier are built from: train and dev only (a test
part is never read by a test of a rule), looked up by headline; a headline that is missing fails the test, so a
changed corpus cannot turn a test into a skip."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from processing import model as model_mod

HEADLINES = model_mod.DATA_DIR / model_mod.HEADLINES


@lru_cache(maxsize=1)
def tuning_rows() -> dict[str, dict[str, Any]]:
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {r["title"]: r for r in rows if r.get("split") in ("train", "dev")}


def tuning_row(title: str) -> dict[str, Any]:
    r = tuning_rows().get(title)
    assert r is not None, f"not in the corpus's train or dev part: {title}"
    return r


def page_address(url: str) -> str:
    """A page's address without its scheme and trailing slash, lower-cased: how evidence pages are compared."""
    return url.split("://", 1)[-1].rstrip("/").lower()


def pages_of_test_part() -> set[str]:
    """The addresses of the test part's headlines (only these are read from it, never shown): pages that may not be
    evidence of a table the classifier reads, or the table would be built from the test part."""
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {page_address(r["url"]) for r in rows if r.get("split") == "test" and r.get("url")}


def derived_gold(row: dict[str, Any], home: str) -> str:
    """A row's gold kind for any home (scripts/label_headlines.py derived_gold: its hand override for that home, else
    the labelling rule applied to its hand-annotated actor)."""
    from scripts.label_headlines import derived_gold as gold

    return gold(row, home)



def read_by(title: str, home: str) -> tuple[str, str, str | None]:
    """A tuning row read by a home: (the kind the classifier gives, the row's gold for that home, the code of the
    actor's place the classifier found, or None)."""
    from processing.classify import Classifier
    from processing.evaluate import item_of

    r = tuning_row(title)
    v = Classifier(home).classify(item_of(r))
    return v.kind, derived_gold(r, home), v.actor.region.code if v.actor and v.actor.region else None

def own_home_right(rows: Iterable[dict[str, Any]]) -> dict[str, list[int]]:
    """Each row read by the home it is about (its actor's own region, "self"), by that region's parent
    ("parent") and by the home whose own site published it (the site's region below the nation, "site": a home
    reading its own congress's, government's and papers' pages, as a deployment for any home does): [right, read]
    for each, gold by derived_gold."""
    from processing.classify import Classifier
    from processing.evaluate import item_of
    from scripts.label_headlines import reading_homes

    classifiers: dict[str, Classifier] = {}
    right = {"self": [0, 0], "parent": [0, 0], "site": [0, 0]}
    for r in rows:
        for which, home in reading_homes(r):
            clf = classifiers.setdefault(home.code, Classifier(home.code))
            right[which][0] += clf.classify(item_of(r)).kind == derived_gold(r, home.code)
            right[which][1] += 1
    return right
