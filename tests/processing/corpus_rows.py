"""Rows of the real headline corpus that tests of the classifier are built from: train and dev only (a test
part is never read by a test of a rule), looked up by headline; a headline that is missing fails the test, so a
changed corpus cannot turn a test into a skip."""

from __future__ import annotations

import json
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
