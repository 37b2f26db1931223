"""scripts/measure_fresh_set.py: a fresh set's figures, printed before its rows are read, agree with its rows' verdicts,
and gold follows the corpus's rules (a body abroad reads as 外情 for a home the corpus was never labelled for)."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.label_headlines import parse_raw
from scripts.measure_fresh_set import LABELLED, main, measure

RAW = Path(__file__).resolve().parents[2] / "processing" / "models" / "data" / "raw"


def test_a_body_abroad_is_external_for_any_home() -> None:
    line = next(x for x in (RAW / "h99zzzzzzzzzzzzzzrb.txt").read_text(encoding="utf-8").splitlines()
                if x.startswith("美国俄勒冈州政府与经贸代表团访华|"))
    figures, rows = measure([parse_raw(line)], ["110000"])
    assert rows[0]["homes"]["110000"]["gold"] == "external"
    assert figures["homes"]["110000"]["gold"] == {"external": 1}


def test_the_figures_agree_with_the_rows(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    raw = RAW / "h99zzzzzzzzzzzzzzva.txt"
    out = tmp_path / "rows.json"
    assert main([str(raw), "--home", "420500", "--rows", str(out)]) == 0
    figures = json.loads(capsys.readouterr().out)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert figures["rows"] == len(rows) == len([x for x in raw.read_text(encoding="utf-8").splitlines() if x.strip()])
    for home in [*LABELLED, "420500"]:
        right = sum(r["homes"][home]["kind"] == r["homes"][home]["gold"] for r in rows)
        assert figures["homes"][home]["accuracy"] == round(right / len(rows), 3)
    for which, got in figures["readings"].items():
        read = [r["readings"][which] for r in rows if which in r["readings"]]
        assert got["n"] == len(read)
        assert got["accuracy"] == round(sum(x["kind"] == x["gold"] for x in read) / len(read), 3)
