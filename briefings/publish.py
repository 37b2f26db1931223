"""From a composed briefing in the store to its files: the view, then HTML, PDF and DOCX.

Files live under the deployment's briefings folder as `<year>/<type>-<key>.<ext>`; the
attachment's Chinese name (每日要情2026年第3期.pdf) is given at delivery.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from briefings.model import KIND_ORDER, TYPE_NAMES, BriefingEntry, BriefingFoot, BriefingSection, BriefingView
from briefings.render import render_docx, render_html, render_pdf
from siqing.config import Config
from siqing.errors import UsageError
from siqing.store import Store


def office_name(cfg: Config) -> str:
    """The 编印单位: configured, or the home committee's office."""
    home = cfg.settings.home
    if home.office:
        return home.office
    return f"{committee_name(cfg)}办公室"


def committee_name(cfg: Config) -> str:
    home = cfg.settings.home
    if home.committee:
        return home.committee
    return f"{cfg.home.name}人大常委会"


def build_view(cfg: Config, store: Store, briefing_id: int) -> BriefingView:
    """The data a briefing shows, read from the store."""
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"no briefing with id {briefing_id}")
    items = store.briefing_items(briefing_id)
    docs = store.get_documents(i["document_id"] for i in items)
    sections = {k: BriefingSection(kind=k) for k in KIND_ORDER}
    site_names = {r["id"]: r["name"] for r in store.source_rows()}
    for it in items:
        d = docs[it["document_id"]]
        sections[it["kind"]].entries.append(
            BriefingEntry(
                doc_id=d["id"],
                title=d["title"],
                source_name=d.get("source_name") or site_names.get(d["source_id"], d["source_id"]),
                published=(d.get("published_at") or "")[:10] or None,
                summary=it["summary"],
                url=d["url"],
                reposts=it["reposts"],
                important=bool(it["important"]),
            )
        )
    foot = cfg.settings.briefing.foot
    counts = Counter(it["kind"] for it in items)
    return BriefingView(
        briefing_id=briefing_id,
        type=b["type"],
        date=b["key"] if b["type"] != "alert" else b["created_at"][:10],
        issuer=office_name(cfg),
        number=b["number"],
        year=b["year"],
        sections=[sections[k] for k in KIND_ORDER],
        marking=cfg.settings.briefing.marking,
        foot=BriefingFoot(bao=list(foot.bao), song=list(foot.song), fa=list(foot.fa), copies=foot.copies),
        stats={k: counts.get(k, 0) for k in KIND_ORDER} if b["type"] == "weekly" else {},
        period_end=(date.fromisoformat(b["key"]) + timedelta(days=6)).isoformat() if b["type"] == "weekly" else None,
    )


def file_stem(b: dict[str, object]) -> str:
    return f"{b['type']}-{b['key']}"


def attachment_name(view: BriefingView) -> str:
    """The file name leaders see: 每日要情2026年第3期.pdf (or 送审稿 for a draft)."""
    number = f"第{view.number}期" if view.number else "送审稿"
    return f"{TYPE_NAMES[view.type]}{view.year}年{number}.pdf"


def publish(cfg: Config, store: Store, briefing_id: int) -> dict[str, Path]:
    """Render the briefing's HTML, PDF and DOCX; record and return their paths."""
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"no briefing with id {briefing_id}")
    view = build_view(cfg, store, briefing_id)
    folder = cfg.briefings_dir / str(b["year"])
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(b)
    html = render_html(view)
    paths = {"html": folder / f"{stem}.html", "pdf": folder / f"{stem}.pdf", "docx": folder / f"{stem}.docx"}
    paths["html"].write_text(html, encoding="utf-8")
    render_pdf(html, paths["pdf"])
    render_docx(view, paths["docx"])
    store.set_briefing_files(briefing_id, html_path=str(paths["html"]), pdf_path=str(paths["pdf"]),
                             docx_path=str(paths["docx"]))
    return paths
