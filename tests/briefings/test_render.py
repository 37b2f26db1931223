"""Rendering of briefings: HTML, PDF (measured with pdfplumber and poppler) and DOCX."""

from __future__ import annotations

import shutil
import statistics
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from briefings.fonts import INSTALL_COMMAND, missing_fonts
from briefings.model import BriefingEntry, BriefingFoot, BriefingSection, BriefingView
from briefings.render import chinese_numeral, is_http_url, render_docx, render_html, render_pdf

MM = 72 / 25.4  # points per millimetre
TOL = 1.5 * MM
SCRIPT = "<script>alert(1)</script>"

LONG = (
    "会议强调，要深入贯彻落实党中央、国务院决策部署，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，"
    "加快构建新发展格局，着力推动高质量发展，统筹发展和安全，切实保障和改善民生，推动经济实现质的有效提升和量的合理增长。"
    "各地区各部门要压紧压实责任，细化工作措施，加强督促检查，确保各项任务落到实处、见到实效。"
)


def _entry(doc_id: int, title: str, source: str, summary: str, *, url: str = "", reposts: int = 0,
           important: bool = False, published: str | None = "2024-05-06") -> BriefingEntry:
    """A hand-made entry."""
    return BriefingEntry(doc_id=doc_id, title=title, source_name=source, published=published,
                         summary=summary, url=url or f"https://www.example.gov.cn/art/{doc_id}.html",
                         reposts=reposts, important=important)


def sample_view(*, empty_external: bool = True, number: int | None = 12, extra: int = 0) -> BriefingView:
    """A daily briefing of about a dozen real-looking entries (外情 empty unless told otherwise)."""
    upper = [
        _entry(1, "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", "中国政府网",
               "国务院印发意见，要求在市场监管领域全面推行部门联合“双随机、一公开”监管，"
               "实现违法失信者“利剑高悬”、守法诚信者“无事不扰”。" + LONG,
               url="https://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm", reposts=5, important=True),
        _entry(2, "全国人大常委会办公厅召开立法工作座谈会", "中国人大网",
               "座谈会围绕提高立法质量、加强备案审查工作进行交流。" + LONG[:80], reposts=2),
        _entry(3, "山东省人大常委会召开第九次主任会议", "山东人大网", LONG[:120]),
    ]
    lower = [
        _entry(4, "历下区人大常委会开展优化营商环境专题调研", "历下区人民政府网", LONG[:150]),
        _entry(5, SCRIPT, "市中区融媒体中心", "标题中含有脚本的条目应当原样显示。" + LONG[:60],
               url="javascript:alert(1)"),
        _entry(6, "章丘区人大代表联络站收集群众意见建议127条", "章丘区人大", "正文含有标记<b>x</b>，应当作为文字显示。代表王喆、李堃参加活动。"
               + LONG[:90]),
        _entry(7, "莱芜区召开人大代表议案建议交办会", "莱芜区人民政府网", LONG[:100], published=None),
    ]
    external = [] if empty_external else [
        _entry(8, "青岛市人大常委会审议海洋经济发展条例草案", "青岛人大网", LONG[:140]),
    ]
    internal = [
        _entry(9, "济南市优化营商环境条例", "济南人大网",
               "《济南市优化营商环境条例》经市人大常委会审议通过，省人大常委会批准，自公布之日起施行。" + LONG,
               reposts=3, important=True),
        _entry(10, "市人大常委会召开第二十次主任会议", "济南日报",
               "会议研究了常委会近期重点工作，听取了关于代表建议办理情况的汇报。" + LONG[:70]),
        _entry(11, "市人大常委会组织开展大气污染防治法执法检查", "济南人大网", LONG[:160]),
        _entry(12, "市人大常委会机关召开党史学习教育专题会议", "济南人大网", LONG[:50]),
    ]
    for i in range(extra):
        target = (upper, lower, internal)[i % 3]
        target.append(_entry(100 + i, f"第{i + 1}条补充信息：{LONG[:20]}", "济南人大网", LONG[: 60 + (i * 37) % 180]))
    sections = [BriefingSection("upper", upper), BriefingSection("lower", lower),
                BriefingSection("external", external), BriefingSection("internal", internal)]
    return BriefingView(
        briefing_id=1, type="daily", date="2024-05-06", issuer="济南市人大常委会办公室", number=number,
        year=2024, sections=sections, marking="内部资料　注意保存",
        foot=BriefingFoot(bao=["省人大常委会办公厅", "市委办公厅"], song=["市人大常委会主任、副主任、秘书长"],
                          fa=["各区县人大常委会办公室"], copies=60),
        stats={"upper": 3, "lower": 4, "external": 0, "internal": 4},
        topic_stats={"营商环境": 3, "立法": 2, "生态环境": 2, "代表工作": 2},
    )


def _need_fonts() -> None:
    """Skip when the briefing fonts are not installed."""
    missing = missing_fonts()
    if missing:
        pytest.skip(f"fonts missing ({', '.join(missing)}); install with: {INSTALL_COMMAND}")


def _need_poppler() -> None:
    """Skip when poppler-utils is absent."""
    if not shutil.which("pdftotext") or not shutil.which("pdffonts"):
        pytest.skip(f"poppler-utils missing; install with: {INSTALL_COMMAND}")


# ---------------------------------------------------------------- fast: HTML


def test_chinese_numerals() -> None:
    assert [chinese_numeral(n) for n in (1, 4, 10, 11, 20, 23)] == ["一", "四", "十", "十一", "二十", "二十三"]


def test_only_http_urls_are_links() -> None:
    assert is_http_url("https://www.gov.cn/a.htm")
    assert not is_http_url("javascript:alert(1)")
    assert not is_http_url("https://a b")


def test_html_escapes_crawled_text() -> None:
    html = render_html(sample_view())
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
    assert 'href="https://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm"' in html
    assert '<html lang="zh-CN">' in html


def test_html_sections_in_order_and_empty_line() -> None:
    html = render_html(sample_view())
    positions = [html.index(h) for h in ("一、上情", "二、下情", "三、外情", "四、内情")]
    assert positions == sorted(positions)
    assert "本期无外情信息。" in html
    assert "第12期" in html and "每日要情" in html and "2024年5月6日" in html
    assert "另有5家网站转载" in html and "★" in html
    assert "共印60份" in html and "报：" in html


def test_draft_shows_blank_number() -> None:
    html = render_html(sample_view(number=None))
    assert "第__期" in html and "（送审稿）" in html


# ---------------------------------------------------------------- slow: PDF and DOCX


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample briefing rendered once to PDF."""
    _need_fonts()
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    return render_pdf(render_html(sample_view()), out)


@pytest.mark.slow
def test_pdf_text(pdf: Path) -> None:
    _need_poppler()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for needle in ("一、上情", "二、下情", "三、外情", "四、内情", "每日要情", "第12期", "— 1 —",
                   "本期无外情信息。", SCRIPT, "<b>x</b>", "共印60份", "内部资料"):
        assert needle in text.replace("每 日 要 情", "每日要情"), needle
    assert "— 2 —" in text  # more than one page, each numbered


@pytest.mark.slow
def test_pdf_falls_back_for_missing_glyphs(pdf: Path) -> None:
    """喆 and 堃 are not in FandolFang: they come from Noto CJK, not as blank boxes."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(pdf) as doc:
        chars = [c for p in doc.pages for c in p.chars if c["text"] in "喆堃"]
    assert len(chars) == 2
    assert all("Noto" in c["fontname"] for c in chars), [c["fontname"] for c in chars]


@pytest.mark.slow
def test_pdf_fonts_embedded_and_subset(pdf: Path) -> None:
    _need_poppler()
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    names = []
    for row in rows:
        cols = row.split()
        names.append(cols[0])
        # name type [encoding] emb sub uni object ID: emb and sub are the 5th and 4th from the end
        assert cols[-5] == "yes" and cols[-4] == "yes", row
    assert any("Fang" in n for n in names), names
    assert any("Hei" in n for n in names) and any("Kai" in n for n in names), names


def _lines(page) -> list[list[dict]]:
    """Group a page's characters into text lines by their top coordinate."""
    rows: dict[int, list[dict]] = defaultdict(list)
    for ch in page.chars:
        rows[round(ch["top"])].append(ch)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def _is_cjk(text: str) -> bool:
    """Whether a character is a full-width CJK ideograph or punctuation."""
    cp = ord(text)
    return 0x3000 <= cp <= 0x9FFF or 0xFF00 <= cp <= 0xFFEF or text in "“”‘’—…"


@pytest.mark.slow
def test_pdf_geometry(pdf: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) >= 2
        full_lines: list[int] = []
        for number, page in enumerate(doc.pages, start=1):
            assert abs(page.width - 595.3) < TOL and abs(page.height - 841.9) < TOL
            body = [c for c in page.chars if "Fang" in c["fontname"] and abs(c["size"] - 16) < 0.2
                    and c["top"] < page.height - 35 * MM]
            # left edge of the body text at the binding-side margin (28 mm odd, 26 mm even)
            inner = 28 * MM if number % 2 == 1 else 26 * MM
            left = min((c["x0"] for c in body), default=inner)
            assert abs(left - inner) < TOL, (number, left / MM)
            if number < len(doc.pages):
                assert body, f"page {number}: no 16 pt FangSong text"
            right_limit = page.width - (26 * MM if number % 2 == 1 else 28 * MM)
            assert max(c["x1"] for c in page.chars if c["top"] < page.height - 35 * MM) <= right_limit + TOL
            # top of the type area: the first line's characters start 37 mm from the top edge
            # (a last page holding only the 版记 starts lower: the 版记 sits at the page's foot)
            top = min(c["top"] for c in page.chars)
            assert abs(top - 37 * MM) < TOL or (number == len(doc.pages) and not body), (number, top / MM)
            # nothing but the page number below the type area (35 mm from the bottom edge)
            bottom = max(c["bottom"] for c in page.chars if c["top"] < page.height - 35 * MM)
            assert bottom < page.height - 35 * MM + TOL, (number, bottom / MM)
            # page number at the bottom, outer side
            foot = [c for c in page.chars if c["top"] > page.height - 35 * MM]
            text = "".join(c["text"] for c in sorted(foot, key=lambda c: c["x0"]))
            assert f"— {number} —".replace(" ", "") in text.replace(" ", ""), text
            xs = [c["x0"] for c in foot]
            if number % 2 == 1:
                assert min(xs) > page.width / 2, f"page {number}: number not on the right"
            else:
                assert max(xs) < page.width / 2, f"page {number}: number not on the left"
            for line in _lines(page):
                texts = "".join(c["text"] for c in line)
                body_line = line[0]["size"] > 15.8 and "Fang" in line[0]["fontname"] and all(map(_is_cjk, texts))
                # a full line: starts at the left edge (no indent) and reaches the right one
                if body_line and abs(line[0]["x0"] - left) < 1 and line[-1]["x1"] > right_limit - 16:
                    full_lines.append(len(line))
        sizes = [c["size"] for p in doc.pages for c in p.chars if "Fang" in c["fontname"]]
        assert statistics.mode(round(s, 1) for s in sizes) == 16.0
        assert full_lines and max(full_lines) == 28 and statistics.mode(full_lines) == 28, full_lines


@pytest.mark.slow
def test_pdf_empty_sections(tmp_path: Path) -> None:
    _need_fonts()
    _need_poppler()
    view = sample_view()
    for section in view.sections:
        section.entries = []
    view.stats, view.topic_stats = {}, {}
    out = render_pdf(render_html(view), tmp_path / "empty.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for heading in ("上情", "下情", "外情", "内情"):
        assert f"本期无{heading}信息。" in text


@pytest.mark.slow
def test_docx(tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm

    out = render_docx(sample_view(), tmp_path / "briefing.docx")
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert SCRIPT in text and "<b>x</b>" in text
    for needle in ("一、上情", "二、下情", "三、外情", "四、内情", "本期无外情信息。", "每日要情", "第12期",
                   "共印60份", "另有5家网站转载"):
        assert needle in text, needle
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    assert abs(section.top_margin - Mm(37)) < Mm(0.5) and abs(section.left_margin - Mm(28)) < Mm(0.5)
    name = next(p for p in doc.paragraphs if p.text == "每日要情")
    assert str(name.runs[0].font.color.rgb) == "E60000"
    east_asia = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs
                 if r._element.rPr is not None and r._element.rPr.rFonts is not None}
    assert {"仿宋", "黑体", "楷体"} <= east_asia
    assert "PAGE" in section.footer._element.xml and "PAGE" in section.even_page_footer._element.xml


def test_render_pdf_failure_is_render_error(tmp_path: Path) -> None:
    from siqing.errors import RenderError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match="cannot write PDF"):
        render_pdf("<p>x</p>", blocker / "sub" / "out.pdf")
