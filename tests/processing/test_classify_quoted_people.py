"""A person whose office is not configured, quoted at the head of a headline (某某：…建设美好新海南…): the place
the quote names is the person's, wherever the site is (a national site's interview with a provincial procurator
is that province's, not the nation's); with no place named, the site's place stays the guess. Still a guess about a
person (path person, held low for review).

Checked on the real headline corpus's train and dev parts (rows picked by the shape of the headline, never by
naming items) against the hand-made gold for every home; the test part is never read here.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pytest

from processing import model as model_mod
from processing.classify import PERSON_UNKNOWN, Classifier, Item
from processing.evaluate import item_of
from processing.regions import default_finder

HEADLINES = model_mod.DATA_DIR / model_mod.HEADLINES


@lru_cache(maxsize=1)
def quoted_rows() -> tuple[dict[str, Any], ...]:
    if not HEADLINES.exists():
        return ()
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    rules = Classifier("350000", model=None).rules
    out = []
    for r in rows:
        if r.get("split") not in ("train", "dev") or rules.classify(item_of(r)).path != "person":
            continue
        lead = rules.actors.person_lead(r["title"])
        if lead is None or lead[1] not in (":", "："):
            continue
        rest = r["title"][r["title"].find(lead[0]) + len(lead[0]):]
        if any(m.division is not None and m.division.level != "nation" and m.how not in ("nation", "relative")
               for m in default_finder.find(rest)):
            out.append(r)
    return tuple(out)


def test_quoted_people_with_a_place_follow_gold() -> None:
    rows = quoted_rows()
    if not rows:
        pytest.skip("the headline corpus is not in the tree")
    assert len(rows) >= 5
    homes = sorted(rows[0]["labels"])
    wrong = [(r["title"], h) for h in homes for r in rows
             if Classifier(h).classify(item_of(r)).kind != r["labels"][h]["kind"]]
    assert not wrong, wrong


def test_a_quoted_person_speaks_for_the_place_named() -> None:
    """A real dev headline of a national site (正义网, 2018 两会 interviews): Hainan's chief procurator."""
    item = Item(title="路志强:为建设美好新海南创造公正的法治环境", source_name="正义网",
                url="http://live.jcrb.com/2018nian/dgjklkljiokn/lzqhn/")
    v = Classifier("420100").classify(item)
    assert v.kind == "external" and "海南" in v.reason and v.confidence <= PERSON_UNKNOWN
    assert Classifier("460000").classify(item).kind == "lower"  # Hainan's own: never 外情 for Hainan
