"""The headline-only reading (scripts/headline_only_reading.py): the stored readings still give the reader's recorded
figures, and a test part's rows are never listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processing import model as model_mod
from scripts import headline_only_reading as hor

READINGS = model_mod.DATA_DIR / "headline_only"
FIGURES = json.loads((READINGS / "figures.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("split", "file", "recorded"), [("dev", "dev_sample.txt", "dev_sample"),
                                                         ("dev", "dev_sample_2.txt", "dev_sample_2"),
                                                         ("dev", "dev_sample_3.txt", "dev_sample_3"),
                                                         ("dev", "dev_sample_4.txt", "dev_sample_4"),
                                                         ("dev", "dev_sample_5.txt", "dev_sample_5"),
                                                         ("dev", "dev_sample_6.txt", "dev_sample_6"),
                                                         ("test", "test.txt", "test"),
                                                         ("test", "test_second.txt", "test_second")])
def test_stored_readings_give_the_recorded_reader_figures(split: str, file: str, recorded: str) -> None:
    readings = hor.read_readings([READINGS / file])
    part = {r["id"] for r in hor.part(split)}
    assert readings and set(readings) <= part  # every reading is of a row of that part
    got = hor.score_readings(split, readings, classifier=False)
    want = FIGURES[recorded]
    assert got["rows"] == want["rows"] and got["unsure"] == want["unsure"]
    assert got["pooled_accuracy"]["reader"] == want["pooled_accuracy"]["reader"]
    assert {h: f["reader"] for h, f in got["per_home"].items()} == {h: f["reader"] for h, f in want["per_home"].items()}
    assert {w: f["reader"] for w, f in got["readings"].items()} == {w: f["reader"] for w, f in want["readings"].items()}
    assert "differ" not in got


def test_the_two_readings_of_the_test_part_agree_as_recorded() -> None:
    got = hor.agreement("test", hor.read_readings([READINGS / "test.txt"]), hor.read_readings([READINGS / "test_second.txt"]))
    assert got == FIGURES["test_agreement"]


def test_a_test_part_is_scored_in_aggregates_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert hor.main(["score", "--split", "test", "--rows", str(READINGS / "test.txt")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "aggregates only" in err


def test_a_malformed_reading_names_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "out1.txt"
    bad.write_text("h1-abc|厦门市人大常委会|350200|congress_committee\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="out1.txt: not 7 fields"):
        hor.read_readings([bad])


def test_sample_writes_chunks_and_their_briefs(tmp_path: Path) -> None:
    hor.sample("dev", 10, 3, 1, tmp_path)
    lines = [line for i in (1, 2, 3) for line in (tmp_path / f"in{i}.txt").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 10 and all(len(line.split("|")) == 4 for line in lines)
    brief = (tmp_path / "brief2.md").read_text(encoding="utf-8")
    assert str(tmp_path / "in2.txt") in brief and str(tmp_path / "out2.txt") in brief and "__" not in brief


def test_sample_leaves_out_rows_an_earlier_reading_holds(tmp_path: Path) -> None:
    first = tmp_path / "first"
    hor.sample("dev", 30, 1, 7, first)
    drawn = [line.split("|")[0] for line in (first / "in1.txt").read_text(encoding="utf-8").splitlines()]
    reading = tmp_path / "reading.txt"
    reading.write_text("".join(f"{rid}|某单位|350200|other|||y\n" for rid in drawn), encoding="utf-8")
    again = tmp_path / "again"
    hor.sample("dev", 30, 1, 7, again, [reading])
    redrawn = [line.split("|")[0] for line in (again / "in1.txt").read_text(encoding="utf-8").splitlines()]
    assert len(redrawn) == 30 and not set(redrawn) & set(drawn)
