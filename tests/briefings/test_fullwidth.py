"""Chinese text kept as written (issue 19 point 5): the full-width marks of real documents' summaries
reach the PDF, the mail and the spreadsheet exports unchanged, never turned into , ( ) : ;"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from briefings import compose
from briefings.deliver import mail_html, mail_text
from briefings.publish import build_view
from briefings.render import render_html, render_pdf
from siqing.app.commands.query import _xlsx_value, csv_cell
from siqing.store import Store

from .review_helpers import HOME, VERSION, add_doc, deployment

DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "analysts" / "documents.jsonl"
MARKS = "，。、；：？！（）《》“”"


def _summaries() -> list[tuple[str, str]]:
    """(title, a 100-character passage rich in full-width marks) of each real document."""
    out = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        body = re.sub(r"\s+", "", d["body"])
        best = max(range(0, max(1, len(body) - 100), 20), key=lambda i: sum(c in MARKS for c in body[i:i + 100]))
        out.append((d["title"], body[best:best + 100]))
    return out


def _marks(text: str) -> dict[str, int]:
    return {m: text.count(m) for m in MARKS}


def test_full_width_marks_survive_briefing_mail_and_exports(tmp_path: Path, monkeypatch) -> None:
    pairs = _summaries()[:12]
    assert sum(sum(_marks(s).values()) for _, s in pairs) > 50  # the material has the marks to lose
    cfg = deployment(tmp_path / "d", briefing={"max_per_section": 12})
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    for title, summary in pairs:
        add_doc(store, title, "upper", summary=summary)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    view = build_view(cfg, store, bid)
    outputs = {"html": render_html(view), "mail_text": mail_text(view, []), "mail_html": mail_html(view, [])}
    if shutil.which("pdftotext"):
        pdf = render_pdf(outputs["html"], tmp_path / "b.pdf")
        outputs["pdf"] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                        check=True).stdout
    outputs["xlsx"] = "".join(str(_xlsx_value("summary", s)) for _, s in pairs)
    outputs["csv"] = "".join(str(csv_cell("summary", s)) for _, s in pairs)
    for where, text in outputs.items():
        flat = re.sub(r"\s+", "", text)
        for _, summary in pairs:
            if where in ("xlsx", "csv"):
                assert summary in flat, where
            elif where == "pdf":
                # lines break anywhere in a PDF: compare the marks of the passage's own text
                head = summary[:30]
                assert head in flat or any(m in flat for m in MARKS), where
            else:
                assert summary in flat, (where, summary)
        half = re.findall(r"[\u4e00-\u9fff][,;:()?!][\u4e00-\u9fff]", flat)
        assert half == [], (where, half[:5])
    if "pdf" in outputs:
        total_in = {m: sum(_marks(s)[m] for _, s in pairs) for m in "，。（）《》"}
        got = _marks(re.sub(r"\s+", "", outputs["pdf"]))
        assert all(got[m] >= total_in[m] for m in total_in), (got, total_in)


@pytest.mark.parametrize("summary", ["建立健全工作机制，建立（草案）制度；“双随机、一公开”：是否？"])
def test_a_known_sentence_stays_as_written(summary: str) -> None:
    assert csv_cell("summary", summary) == summary
    assert _xlsx_value("summary", summary) == summary


def test_a_repost_names_the_original_source_and_the_reposting_site() -> None:
    from briefings.publish import source_label

    assert source_label("新华社", "山东人大网") == "新华社（山东人大网转载）"
    assert source_label("山东人大网", "山东人大网") == "山东人大网"
    assert source_label("济南人大", "济南人大网") == "济南人大"  # the site naming itself
    assert source_label(None, "中国政府网") == "中国政府网"
    # the site's own body or one of its offices is no repost (the sample sites' 济南人大 pages say
    # 来源：济南市人大常委会办公厅, as real congress sites do)
    assert source_label("济南市人大常委会办公厅", "济南人大") == "济南市人大常委会办公厅"
    assert source_label("浙江省人大常委会法工委", "浙江人大") == "浙江省人大常委会法工委"
    assert source_label("杭州市人民政府办公厅", "杭州市政府网") == "杭州市人民政府办公厅"
    # another place's body, or a news agency, is
    assert source_label("济南市人大常委会办公厅", "山东人大") == "济南市人大常委会办公厅（山东人大转载）"
    assert source_label("人民日报", "中国人大网") == "人民日报（中国人大网转载）"
