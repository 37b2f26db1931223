"""scripts/gather_checks.py: the checks a gatherer of fresh headlines runs, on the corpus as committed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import gather_checks
from scripts.label_headlines import CORPUS


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    if not CORPUS.exists():
        pytest.skip("the headline corpus is not in the tree")
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_test_part_site_says_skip_and_nothing_more(rows: list[dict[str, object]]) -> None:
    test_row = next(r for r in rows if r["split"] == "test")
    dev_row = next(r for r in rows if r["split"] == "dev")
    verdicts = gather_checks.site_verdicts([str(test_row["url"]), str(dev_row["url"]), "http://example.invalid/a"], rows)
    skipped = verdicts[0] == f"SKIP {test_row['url']}"
    assert skipped, "a test part's site is not SKIP"  # (a bool: no test row's URL is printed when this fails)
    assert verdicts[1] == f"OK known {dev_row['url']}"
    assert verdicts[2] == "OK new http://example.invalid/a"


def test_a_corpus_headline_is_seen_whatever_its_spaces(rows: list[dict[str, object]]) -> None:
    title = str(next(r for r in rows if r["split"] == "dev")["title"])
    assert gather_checks.title_verdicts([title, " ".join(title), "某某从未见过的标题"], rows) == [
        f"SEEN {title}", f"SEEN {' '.join(title)}", "NEW 某某从未见过的标题"]


def test_a_corpus_headline_is_seen_whatever_its_punctuations_width(rows: list[dict[str, object]]) -> None:
    # a dev headline with full-width brackets or a colon, printed by another copy with the ASCII ones
    title = next(str(r["title"]) for r in rows if r["split"] == "dev" and any(c in str(r["title"]) for c in "（：！"))
    narrow = title.replace("（", "(").replace("）", ")").replace("：", ":").replace("！", "!")
    assert narrow != title
    assert gather_checks.title_verdicts([narrow], rows) == [f"SEEN {narrow}"]


def test_place_names_give_their_codes() -> None:
    lines = gather_checks.code_lines(["思明区", "香港特别行政区"])
    assert lines[0].startswith("思明区 -> 350203 ")
    assert "NOT FOUND" in lines[1] and "810000" in lines[1]


def test_raw_files_are_checked_line_by_line(tmp_path: Path) -> None:
    good = "厦门市人大常委会召开会议|http://www.xmrd.gov.cn/a.html|厦门人大|2024-01-02|congress|350200|news|厦门市人大常委会|350200|congress_committee||"
    raw = tmp_path / "h99test.txt"
    raw.write_text("\n".join([
        good,
        good,  # the same title again
        "某某|http://x.cn/a|某|2024-01-02|congress|350200|news|某|999999|congress_committee||",  # no such division
        "某某二|http://x.cn/b|某|2024-01-02|paper|350200|blog|某|350200|body||",  # unknown site type, style, actor type
        "太短|http://x.cn/c|某",  # too few fields
    ]) + "\n", encoding="utf-8")
    problems = gather_checks.check_raw([raw])
    assert any(p.startswith("h99test.txt:2: the title of h99test.txt:1") for p in problems)
    assert any(p == "h99test.txt:3: actor region '999999' is no division" for p in problems)
    assert {p.split(": ", 1)[1].split(" ")[0] for p in problems if p.startswith("h99test.txt:4")} >= {"actor", "site",
                                                                                                     "style"}
    assert any(p.startswith("h99test.txt:5: 3 fields") for p in problems)
    assert not any(p.startswith("h99test.txt:1:") for p in problems)
    assert gather_checks.main(["check", str(raw)]) == 1
