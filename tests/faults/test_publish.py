"""A briefing file that is not the whole rendering of the approved issue is never sent: a kill during
approval (the draft's PDF left in place) or during a render (a PDF cut off) is found by its digest and
its parse, and the issue is rendered again before the send; the send stops at once on a refused login."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefings import compose, deliver, review
from briefings.publish import file_digest, is_current, publish
from siqing.store import Store
from tests.briefings.review_helpers import HOME, LEADERS, VERSION, SmtpServer, add_doc, deployment, free_port


def _draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, Store, int]:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "国务院关于加强监督工作的意见", "upper", importance=0.9)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    publish(cfg, store, bid)  # the 送审稿
    return cfg, store, bid


@pytest.mark.parametrize("damage", ["draft_left", "cut_off", "other_bytes"])
def test_send_renders_again_unless_the_file_is_the_whole_approved_issue(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    cfg, store, bid = _draft(tmp_path, monkeypatch)
    draft_pdf = Path(store.get_briefing(bid)["pdf_path"]).read_bytes()
    # Killed after the approval was committed, before (or while) the approved issue was rendered.
    review.approve(cfg, store, bid, "王五", render=damage != "draft_left")  # type: ignore[arg-type]
    b = store.get_briefing(bid)
    pdf = Path(b["pdf_path"])
    if damage == "cut_off":
        pdf.write_bytes(pdf.read_bytes()[: 24 * 1024])
    elif damage == "other_bytes":
        pdf.write_bytes(draft_pdf)
    assert not is_current(store.get_briefing(bid))
    with SmtpServer(cfg.settings.delivery.smtp.port) as inbox:  # type: ignore[attr-defined]
        report = deliver.deliver(cfg, store, bid)  # type: ignore[arg-type]
    assert sorted(report.sent) == sorted(LEADERS)
    b = store.get_briefing(bid)
    assert is_current(b) and b["rendered_state"] == "approved:1"
    for msg in inbox.messages():
        (att,) = list(msg.iter_attachments())
        data = att.get_payload(decode=True)
        assert att.get_filename() == "每日要情2026年第1期.pdf"
        assert data == Path(b["pdf_path"]).read_bytes() and data != draft_pdf
        assert len(PdfReader(__import__("io").BytesIO(data), strict=True).pages) >= 1
    store.close()


def test_failed_render_leaves_the_old_files_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg, store, bid = _draft(tmp_path, monkeypatch)
    b = store.get_briefing(bid)
    before = file_digest(Path(b["pdf_path"]))

    def disk_full(html: str, out: Path) -> Path:
        out.write_bytes(b"%PDF-1.7 partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefings.publish.render_pdf", disk_full)
    with pytest.raises(OSError):
        publish(cfg, store, bid)  # type: ignore[arg-type]
    b = store.get_briefing(bid)
    assert file_digest(Path(b["pdf_path"])) == before and is_current(b)
    assert not list(Path(b["pdf_path"]).parent.glob(".*.partial"))
    store.close()


def test_refused_login_stops_the_send_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aiosmtpd.smtp import AuthResult

    cfg, store, bid = _draft(tmp_path, monkeypatch)
    review.approve(cfg, store, bid, "王五")  # type: ignore[arg-type]
    smtp = cfg.settings.delivery.smtp  # type: ignore[attr-defined]
    monkeypatch.setattr(smtp, "username_env", "T_SMTP_USER")
    monkeypatch.setattr(smtp, "password_env", "T_SMTP_PASS")
    monkeypatch.setenv("T_SMTP_USER", "office")
    monkeypatch.setenv("T_SMTP_PASS", "wrong")
    attempts: list[object] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        attempts.append(session.peer)
        return AuthResult(success=False, handled=False)

    from aiosmtpd.controller import Controller

    from tests.briefings.review_helpers import Inbox

    inbox = Inbox()
    ctl = Controller(inbox, hostname="127.0.0.1", port=smtp.port, authenticator=authenticator,
                     auth_require_tls=False)
    ctl.start()
    try:
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)  # type: ignore[arg-type]
    finally:
        ctl.stop()
    assert len(set(attempts)) == 1  # one connection tried to log in, not one per recipient and round
    assert sorted(report.failed) == sorted(LEADERS) and not report.sent
    assert all("拒绝登录" in report.errors[r] and "T_SMTP_PASS" in report.errors[r] for r in LEADERS)
    assert inbox.received == []
    store.close()
