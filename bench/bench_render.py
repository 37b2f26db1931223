"""Render a 60-item daily briefing to PDF: siqing (template + render_pdf) against WeasyPrint alone
on the same HTML, in one run. Prints one JSON line.

The items are the bundled sample sites' real titles and opening sentences (siqing/app/demo/content).
Each side is timed several times, interleaved, and the medians are compared: the machine is
shared, so a single timing means little.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

import lxml.html

from briefings.model import KIND_ORDER, BriefingEntry, BriefingFoot, BriefingSection, BriefingView
from briefings.render import render_html, render_pdf
from siqing.app.demo.sites import load_manifest, read_page

ITEMS = 60
ROUNDS = 5


def _opening(path: str) -> str:
    """The first long paragraph of a sample page, as a summary."""
    page = read_page(path)
    if page is None:
        return ""
    doc = lxml.html.document_fromstring(page[0])
    for p in doc.iter("p"):
        text = " ".join(p.text_content().split())
        if len(text) >= 30:
            return text[:118] + "。"
    return ""


def sample_view() -> BriefingView:
    articles = load_manifest()["articles"]
    sections = {k: BriefingSection(kind=k) for k in KIND_ORDER}
    for i, a in enumerate(articles[:ITEMS]):
        kind = a["kind_for_jinan"]
        sections[kind].entries.append(BriefingEntry(
            doc_id=i + 1, title=a["title"], source_name=a["site"], published=a["published"],
            summary=_opening(a["url"]) or a["title"], url=f"http://127.0.0.1:8620{a['url']}",
            reposts=i % 3, important=i % 7 == 0))
    return BriefingView(briefing_id=1, type="daily", date="2026-03-02", issuer="济南市人大常委会办公室",
                        number=42, year=2026, sections=[sections[k] for k in KIND_ORDER],
                        foot=BriefingFoot(bao=["市人大常委会主任、副主任"], song=["市委办公厅"], fa=["各专门委员会"],
                                          copies=40))


def main() -> None:
    import weasyprint

    view = sample_view()
    out = Path(tempfile.mkdtemp(prefix="siqing-bench-render-"))
    html = render_html(view)
    render_pdf(html, out / "warm.pdf")  # font discovery and caches warmed for both sides
    ours, alone = [], []
    for r in range(ROUNDS):
        t = time.perf_counter()
        render_pdf(render_html(view), out / f"ours-{r}.pdf")
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        weasyprint.HTML(string=html, base_url=str(Path(__file__).parent)).write_pdf(out / f"alone-{r}.pdf")
        alone.append(time.perf_counter() - t)
    ours_s, alone_s = statistics.median(ours), statistics.median(alone)
    print(json.dumps({
        "bench": "render", "items": sum(len(s.entries) for s in view.sections), "rounds": ROUNDS,
        "siqing_seconds": round(ours_s, 3), "weasyprint_alone_seconds": round(alone_s, 3),
        "ratio": round(ours_s / alone_s, 3), "target_ratio_max": 1.3,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
