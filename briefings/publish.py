"""From a composed briefing in the store to its files: the view, then HTML, PDF and DOCX.

Files live under the deployment's briefings folder as `<year>/<type>-<key>.<ext>`; the
attachment's Chinese name (每日要情2026年第3期.pdf) is given at delivery.

Publishing is atomic per file: each file is rendered aside (`.<name>.partial`), flushed to disk and
renamed over the old one, and only then are the PDF's sha256 and the state it shows
("approved:3", "draft:-") recorded. A kill at any point leaves either the old files with their
old record or the new ones; `is_current` tells a send whether the PDF on disk is the whole
rendering of the briefing as it stands now, and `ensure_current` renders it again when not.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from briefings.compose import alert_note
from briefings.model import KIND_ORDER, TYPE_NAMES, BriefingEntry, BriefingFoot, BriefingSection, BriefingView
from briefings.render import render_docx, render_html, render_pdf
from siqing.config import Config
from siqing.errors import RenderError, UsageError
from siqing.store import Store

logger = logging.getLogger(__name__)
MAX_TITLE_CHARS = 200  # a 100,000-character crawled title must not make a 164-page daily


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
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    items = store.briefing_items(briefing_id)
    docs = store.get_documents(i["document_id"] for i in items)
    sections = {k: BriefingSection(kind=k) for k in KIND_ORDER}
    site_names = {r["id"]: r["name"] for r in store.source_rows()}
    for it in items:
        d = docs[it["document_id"]]
        url, source_name = d["url"], source_label(d.get("source_name"), site_names.get(d["source_id"], d["source_id"]))
        if str(url).startswith("file:"):
            # A local file's path on this server is no business of the leaders'.
            url, source_name = "", local_source_label(str(d.get("origin_path") or url), d.get("source_name"))
        title = " ".join(str(d["title"]).split())
        sections[it["kind"]].entries.append(
            BriefingEntry(
                doc_id=d["id"],
                title=title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…",
                source_name=source_name,
                published=(d.get("published_at") or "")[:10] or None,
                summary=it["summary"],
                url=url,
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
        issued=(b.get("approved_at") or "")[:10] or None,
        note=alert_note(cfg, store, b) if b["type"] == "alert" else "",
    )


# Long and short names of one body, so 济南市人大常委会办公厅 and 济南人大 read as one publisher.
_BODY_NAMES = (
    ("人民代表大会常务委员会", "人大"), ("人大常委会", "人大"), ("人民政府", "政府"), ("人民法院", "法院"),
    ("人民检察院", "检察院"), ("政治协商会议", "政协"), ("全国人大", "中国人大"),
)
_PLACE_SUFFIX = re.compile(r"(?<=\w)(?:省|市|自治区|自治州|地区|盟|区|县|旗)(?=人大|政府|政协|法院|检察院)")


def _body_key(name: str) -> str:
    """A publisher's name reduced to place + body: 济南市人大常委会办公厅 → 济南人大办公厅, 山东人大网 → 山东人大."""
    key = name.removeprefix("中国共产党").replace("中共", "")
    for long, short in _BODY_NAMES:
        key = key.replace(long, short)
    key = _PLACE_SUFFIX.sub("", key)
    return key.removesuffix("网站").removesuffix("网")


def source_label(stated: str | None, site: str) -> str:
    """The original source for a repost, the reposting site noted: 新华社（山东人大网转载）.

    A page whose stated source is the site's own body or one of its offices (济南市人大常委会办公厅 on
    济南人大) is no repost: the stated name is shown alone."""
    stated = " ".join((stated or "").split())
    if not stated or stated == site or stated in site or site in stated:
        return stated or site
    own, body = _body_key(site), _body_key(stated)
    if own and (body.startswith(own) or own.startswith(body)):
        return stated
    return f"{stated}（{site}转载）"


def local_source_label(path: str, source_name: str | None) -> str:
    """本地导入：文件名 for an imported document (its own source name when it has one)."""
    if source_name and source_name.startswith("本地导入"):
        return source_name
    name = Path(path.split("#", 1)[0].removeprefix("file://")).name
    return f"本地导入：{name}" if not source_name else f"{source_name}（本地导入：{name}）"


def file_stem(b: dict[str, object]) -> str:
    return f"{b['type']}-{b['key']}"


def attachment_name(view: BriefingView) -> str:
    """The file name leaders see: 每日要情2026年第3期.pdf (or 送审稿 for a draft)."""
    number = f"第{view.number}期" if view.number else "送审稿"
    return f"{TYPE_NAMES[view.type]}{view.year}年{number}.pdf"


def rendered_state(b: dict[str, Any]) -> str:
    """The state a rendering shows: status and number (a draft's 送审稿, an approved 第N期)."""
    status = "approved" if b["status"] == "approved" else "draft"
    return f"{status}:{b['number'] if status == 'approved' else '-'}"


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def pdf_whole(path: Path) -> bool:
    """Whether the file parses as a PDF with at least one page (a cut-off file has no trailer)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with path.open("rb") as f:
            if f.read(5) != b"%PDF-":
                return False
            f.seek(max(0, path.stat().st_size - 1024))
            if b"%%EOF" not in f.read():
                return False
        return len(PdfReader(str(path), strict=True).pages) > 0
    except (PyPdfError, OSError, ValueError, KeyError):
        return False


def briefing_file(root: Path | None, stored: str | None) -> Path | None:
    """The file a briefing's stored path names. `siqing restore` stores paths relative to the
    deployment's briefings folder (`root`, cfg.briefings_dir), so that a restored deployment moved to
    another folder still finds its files; an absolute path is kept as it is."""
    if not stored:
        return None
    p = Path(stored)
    return p if p.is_absolute() or root is None else root / p


def is_current(b: dict[str, Any], root: Path | None = None) -> bool:
    """Whether the briefing's PDF on disk is the whole rendering of the briefing as it stands."""
    p = briefing_file(root, b.get("pdf_path"))
    if p is None or not b.get("pdf_digest") or b.get("rendered_state") != rendered_state(b):
        return False
    try:
        return p.is_file() and file_digest(p) == b["pdf_digest"] and pdf_whole(p)
    except OSError:
        return False


def ensure_current(cfg: Config, store: Store, briefing_id: int) -> bool:
    """Render the briefing again unless its PDF is current; return whether it was rendered."""
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    if is_current(b, cfg.briefings_dir):
        return False
    logger.warning("简报 #%s 的 PDF 不是当前（%s）版本的完整排版，重新生成", briefing_id, rendered_state(b))
    publish(cfg, store, briefing_id)
    return True


def _replace(tmp: Path, final: Path) -> None:
    """Flush tmp to disk and rename it over final (atomic on one file system)."""
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, final)


def publish(cfg: Config, store: Store, briefing_id: int,
            progress: Callable[[int, int, str], None] | None = None) -> dict[str, Path]:
    """Render the briefing's HTML, PDF and DOCX aside, rename them into place; record paths and digest.
    `progress(done, total, format)` is called as each format is rendered (the CLI's progress line)."""
    step = progress or (lambda done, total, fmt: None)
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    view = build_view(cfg, store, briefing_id)
    state = rendered_state(b)
    folder = cfg.briefings_dir / str(b["year"])
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(b)
    html = render_html(view)
    paths = {"html": folder / f"{stem}.html", "pdf": folder / f"{stem}.pdf", "docx": folder / f"{stem}.docx"}
    aside = {k: p.with_name(f".{p.name}.partial") for k, p in paths.items()}
    try:
        digest = _write_aside(aside, paths, html, view, step)
    except (OSError, RenderError) as exc:
        if _no_space(exc):
            raise DiskFull(f"磁盘空间不足，简报 #{briefing_id} 未能生成（{folder}）：已有的简报文件保持不变；"
                           "请清理磁盘后重新运行") from exc
        raise
    finally:
        for p in aside.values():
            p.unlink(missing_ok=True)
    store.set_briefing_files(briefing_id, html_path=str(paths["html"]), pdf_path=str(paths["pdf"]),
                             docx_path=str(paths["docx"]), pdf_digest=digest, rendered_state=state)
    return paths


class DiskFull(RenderError, OSError):
    """The briefings' disk is full: nothing was published (the files aside are removed)."""


def _no_space(exc: BaseException | None) -> bool:
    """Whether an error (or one it was raised from) is the disk or quota being full."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _write_aside(aside: dict[str, Path], paths: dict[str, Path], html: str, view: BriefingView,
                 step: Callable[[int, int, str], None]) -> str:
    """Render the three files aside, then rename each into place, the PDF last; the PDF's digest."""
    aside["html"].write_text(html, encoding="utf-8")
    step(1, 3, "HTML")
    render_pdf(html, aside["pdf"])
    step(2, 3, "PDF")
    render_docx(view, aside["docx"])
    step(3, 3, "DOCX")
    digest = file_digest(aside["pdf"])
    for k in ("html", "docx", "pdf"):  # the PDF last: it is what a send checks
        _replace(aside[k], paths[k])
    return digest
