"""Render a BriefingView to HTML (Jinja2), PDF (WeasyPrint) and DOCX (python-docx)."""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from briefings import charts
from briefings.fonts import font_face_css
from briefings.model import KIND_HEADINGS, KIND_ORDER, BriefingEntry, BriefingSection, BriefingView
from siqing.errors import RenderError

log = logging.getLogger(__name__)
TEMPLATES_DIR = Path(__file__).parent / "templates"
RED = "E60000"
DIGITS = "零一二三四五六七八九"
# C0 controls (but tab and newline) and other characters XML 1.0 cannot hold.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """Drop characters no HTML or DOCX can carry; None becomes ''."""
    return _BAD_CHARS.sub("", text or "")


# Chinese punctuation that may not start a line / may not end one (GB/T 15834 禁则).
NO_LINE_START = "，。、；：！？）》」』】〕〉”’…—·%,.;:!?)]}"
NO_LINE_END = "（《「『【〔〈“‘([{"
_QUOTES = re.compile("[“‘”’]")


def breakable(text: str | None) -> Markup:
    """Escape text and allow line breaks around curly quotes (<wbr>), which Pango's UAX 14 forbids.

    Pango treats “ ” ‘ ’ as ambiguous quotes (no break on either side), so a line before a quoted
    phrase ends one or two characters short; a <wbr> before an opening quote and after a closing
    one restores the Chinese rule (only the other punctuation keeps its 禁则).
    """
    text = clean_text(text)
    out: list[str] = []
    last = 0
    for match in _QUOTES.finditer(text):
        i = match.start()
        char = match.group()
        out.append(str(escape(text[last:i])))
        if char in "“‘":
            prev = text[i - 1] if i else ""
            wbr = bool(prev) and not prev.isspace() and prev not in NO_LINE_END and prev not in "“‘"
            out.append(("<wbr>" if wbr else "") + char)
        else:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            wbr = bool(nxt) and not nxt.isspace() and nxt not in NO_LINE_START
            out.append(char + ("<wbr>" if wbr else ""))
        last = i + 1
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 105 (beyond 99: digits)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS[ones]
    head = "" if tens == 1 else DIGITS[tens]
    return head + "十" + (DIGITS[ones] if ones else "")


def chinese_date(value: str | None, *, with_year: bool = True) -> str:
    """'2024-05-06' -> '2024年5月6日' (the text is returned as is when it is not a date)."""
    if not value:
        return ""
    try:
        d = Date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.year}年{d.month}月{d.day}日" if with_year else f"{d.month}月{d.day}日"


def is_http_url(url: str) -> bool:
    """Whether a URL is an absolute http(s) URL, the only kind shown as a link."""
    if not url or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _chart(view: BriefingView) -> bytes | None:
    """The period chart as PNG, or None; a chart that fails is left out, never the briefing."""
    try:
        return charts.chart_png(view.stats, view.topic_stats)
    except Exception as exc:  # matplotlib and font problems alike
        log.warning("briefing %s: chart left out: %s", view.briefing_id, exc)
        return None


def number_text(view: BriefingView) -> str:
    """'2026年第12期', or '第__期' while the briefing is a draft (BriefingView.number_text)."""
    return view.number_text


def issued_text(view: BriefingView) -> str:
    """'2026年5月6日印发' for the 版记 (the approval day); blanks while a draft."""
    return f"{chinese_date(view.issued)}印发" if view.issued and not view.is_draft else "　　年　月　日印发"


def contents(sections: list[SectionCtx]) -> list[tuple[str, str, str]]:
    """本期要目: (section heading, entry numeral, title) of every entry, in the order they appear."""
    return [(s.heading, e.numeral, e.title) for s in sections for e in s.entries]


def period_text(view: BriefingView) -> str:
    """'2024年5月6日至5月12日' for a period briefing; '' for a one-day briefing."""
    if not view.period_end or view.period_end == view.date:
        return ""
    same_year = view.period_end[:4] == view.date[:4]
    return f"{chinese_date(view.date)}至{chinese_date(view.period_end, with_year=not same_year)}"


@dataclass
class EntryCtx:
    """One entry as the template and the DOCX writer show it (cleaned, formatted)."""

    numeral: str
    title: str
    source_name: str
    published_text: str
    paragraphs: list[str]
    url: str
    linkable: bool
    reposts: int
    important: bool


@dataclass
class SectionCtx:
    """One of the four sections, always present, in order."""

    kind: str
    numeral: str
    heading: str
    entries: list[EntryCtx] = field(default_factory=list)


def _entry_ctx(index: int, entry: BriefingEntry) -> EntryCtx:
    """Prepare one entry for display."""
    summary = clean_text(entry.summary)
    paragraphs = [p.strip() for p in summary.splitlines() if p.strip()]
    url = clean_text(entry.url).strip()
    return EntryCtx(
        numeral=chinese_numeral(index),
        title=" ".join(clean_text(entry.title).split()),
        source_name=clean_text(entry.source_name).strip(),
        published_text=chinese_date(clean_text(entry.published)),
        paragraphs=paragraphs,
        url=url,
        linkable=is_http_url(url),
        reposts=max(0, int(entry.reposts or 0)),
        important=bool(entry.important),
    )


def section_contexts(view: BriefingView) -> list[SectionCtx]:
    """The four sections in the order 上情, 下情, 外情, 内情, empty ones included."""
    by_kind: dict[str, BriefingSection] = {}
    for section in view.sections:
        if section.kind in by_kind:
            by_kind[section.kind].entries.extend(section.entries)
        else:
            by_kind[section.kind] = BriefingSection(section.kind, list(section.entries))
    kinds = list(KIND_ORDER) + [k for k in by_kind if k not in KIND_ORDER]
    result: list[SectionCtx] = []
    for i, kind in enumerate(kinds, start=1):
        entries = by_kind[kind].entries if kind in by_kind else []
        result.append(SectionCtx(
            kind=kind,
            numeral=chinese_numeral(i),
            heading=KIND_HEADINGS.get(kind, kind),
            entries=[_entry_ctx(j, e) for j, e in enumerate(entries, start=1)],
        ))
    return result


def foot_rows(view: BriefingView) -> list[tuple[str, str]]:
    """The 报/送/发 lines of the 报尾 that have recipients, units joined by '，' and ended with '。'."""
    rows = []
    for label, units in (("报", view.foot.bao), ("送", view.foot.song), ("发", view.foot.fa)):
        names = [clean_text(u).strip() for u in units if clean_text(u).strip()]
        if names:
            rows.append((label, "，".join(names) + "。"))
    return rows


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The Jinja2 environment, autoescaping everything."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["breakable"] = breakable
    return env


def render_html(view: BriefingView) -> str:
    """Render the briefing as one self-contained HTML page (CSS, fonts and chart inline)."""
    try:
        env = _environment()
        template = env.get_template("briefing.html.j2")
        css = (TEMPLATES_DIR / "briefing.css").read_text(encoding="utf-8")
        sections = section_contexts(view)
        return template.render(
            view=view,
            number_text=number_text(view),
            period_text=period_text(view),
            date_text=chinese_date(view.last_day),
            sections=sections,
            contents=contents(sections) if view.type != "alert" else [],
            issued_text=issued_text(view),
            foot_rows=foot_rows(view),
            chart_uri=charts.data_uri(_chart(view)),
            css=css,
            font_css=font_face_css(),
        )
    except (jinja2.TemplateError, OSError) as exc:
        raise RenderError(f"cannot render briefing {view.briefing_id} to HTML: {exc}") from exc


def render_pdf(html: str, out_path: Path) -> Path:
    """Typeset the HTML to a PDF at out_path with WeasyPrint; fonts are embedded and subset."""
    out_path = Path(out_path)
    try:
        with warnings.catch_warnings():
            # Without libharfbuzz-subset0 WeasyPrint warns at import and falls back to fontTools.
            warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
            import weasyprint

        out_path.parent.mkdir(parents=True, exist_ok=True)
        weasyprint.HTML(string=html, base_url=str(TEMPLATES_DIR)).write_pdf(out_path)
    except Exception as exc:  # WeasyPrint raises many kinds; the caller gets one
        raise RenderError(f"cannot write PDF {out_path}: {type(exc).__name__}: {exc}") from exc
    return out_path


# ---------------------------------------------------------------- DOCX


def _docx_font(run, east_asia: str, size_pt: float, *, bold: bool = False, color: str | None = None,
               ascii_font: str = "Times New Roman") -> None:
    """Set a run's fonts by East Asian name (w:eastAsia), size, weight and colour."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    run.font.name = ascii_font
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)


def _para_border(paragraph, side: str, size_eighths: int, color: str = "000000") -> None:
    """Draw a rule on one side ('top' or 'bottom') of a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), "1")
    edge.set(qn("w:color"), color)
    borders.append(edge)


def _page_number(paragraph) -> None:
    """Fill a footer paragraph with '— PAGE —' as a live field in 4号 half-width digits."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _docx_font(paragraph.add_run("— "), "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()  # one field part a run, as Word writes them
        _docx_font(run, "宋体", 14)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    _docx_font(paragraph.add_run(" —"), "宋体", 14)


_SETTINGS_BEFORE_MIRROR = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData",
)


def _setup_document(doc) -> None:
    """A4, GB/T 9704 margins mirrored for binding, 3号 FangSong body, page numbers outside."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)  # inside / outside with mirror margins
    section.footer_distance = Mm(23)
    settings = doc.settings.element
    if settings.find(qn("w:mirrorMargins")) is None:
        # CT_Settings is a strict sequence: w:mirrorMargins goes right after these elements.
        before = {qn(f"w:{t}") for t in _SETTINGS_BEFORE_MIRROR}
        index = next((i for i, child in enumerate(settings) if child.tag not in before), len(settings))
        settings.insert(index, OxmlElement("w:mirrorMargins"))
    doc.settings.odd_and_even_pages_header_footer = True

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "仿宋")
    spacing = OxmlElement("w:spacing")  # -0.25 pt a character: 28 characters fill 156 mm
    spacing.set(qn("w:val"), "-5")
    rpr.append(spacing)
    fmt = normal.paragraph_format
    fmt.line_spacing = Pt(28.9)
    fmt.space_before = fmt.space_after = Pt(0)

    odd = section.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(16)
    _page_number(odd)
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(16)
    _page_number(even)


def render_docx(view: BriefingView, out_path: Path) -> Path:
    """Write an editable DOCX copy of the briefing (same content as the PDF) to out_path."""
    out_path = Path(out_path)
    try:
        from docx import Document
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Mm, Pt

        doc = Document()
        _setup_document(doc)

        def para(text: str = "", east_asia: str = "仿宋", size: float = 16, *, bold: bool = False,
                 color: str | None = None, align=None, indent: bool = False):
            p = doc.add_paragraph()
            if align is not None:
                p.alignment = align
            if indent:
                p.paragraph_format.first_line_indent = Pt(32)
            if text:
                _docx_font(p.add_run(text), east_asia, size, bold=bold, color=color)
            return p

        para(clean_text(view.marking), "黑体")
        name = para(view.name, "方正小标宋简体", 44, bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
        name.paragraph_format.line_spacing = Pt(60)
        name.paragraph_format.space_before = Pt(12)
        num = para(number_text(view), align=WD_ALIGN_PARAGRAPH.CENTER)
        if view.is_draft:
            _docx_font(num.add_run("（送审稿）"), "仿宋", 16, color=RED)
        if period_text(view):
            para(f"（{period_text(view)}）", "楷体", align=WD_ALIGN_PARAGRAPH.CENTER)
        issue = para()
        issue.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
        _docx_font(issue.add_run(f"{clean_text(view.issuer)}\t{chinese_date(view.date)}"), "仿宋", 16)
        _para_border(issue, "bottom", 18, RED)
        para()

        for section in section_contexts(view):
            para(f"{section.numeral}、{section.heading}", "黑体", indent=True)
            if not section.entries:
                para(f"本期无{section.heading}信息。", indent=True)
            for entry in section.entries:
                title = para(indent=True)
                _docx_font(title.add_run(f"（{entry.numeral}）"), "楷体", 16, bold=True)
                if entry.important:
                    _docx_font(title.add_run("★"), "黑体", 16, color=RED)
                _docx_font(title.add_run(entry.title), "楷体", 16, bold=True)
                meta = entry.source_name or "来源不详"
                if entry.published_text:
                    meta += f" · {entry.published_text}"
                if entry.reposts:
                    meta += f"（另有{entry.reposts}家网站转载）"
                para(meta, "楷体", indent=True)
                for text in entry.paragraphs:
                    para(text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                if entry.url:
                    link = para(f"链接：{entry.url}", "仿宋", 12)
                    link.paragraph_format.line_spacing = Pt(20)

        png = _chart(view)
        if png is not None:
            para("附：本期信息统计", "黑体", indent=True)
            doc.add_picture(io.BytesIO(png), width=Mm(156))

        para()
        rows = foot_rows(view)
        for i, (label, units) in enumerate(rows):
            p = para()
            _docx_font(p.add_run(f"{label}："), "黑体", 14)
            _docx_font(p.add_run(units), "仿宋", 14)
            if i == 0:
                _para_border(p, "top", 6)
        last = para(align=WD_ALIGN_PARAGRAPH.LEFT)
        last.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
        copies = f"\t共印{view.foot.copies}份" if view.foot.copies else ""
        _docx_font(last.add_run(f"{clean_text(view.issuer)}编印{copies}"), "仿宋", 14)
        if not rows:
            _para_border(last, "top", 6)
        _para_border(last, "bottom", 6)

        out_path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(out_path))
    except RenderError:
        raise
    except Exception as exc:
        raise RenderError(f"cannot write DOCX {out_path}: {type(exc).__name__}: {exc}") from exc
    return out_path
