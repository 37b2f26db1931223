"""Delivery against a real aiosmtpd server on 127.0.0.1: attachment and its Chinese name, retries
while the server is down, nothing sent twice across restarts, no header injection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefings import compose, deliver, review
from siqing.app import jobs
from siqing.app.cli import main
from siqing.config import Config
from siqing.store import Store

from .review_helpers import HOME, LEADERS, VERSION, SmtpServer, add_doc, deployment, free_port

SCRIPT_TITLE = "<script>alert(1)</script>市人大常委会召开主任会议"


def approved_daily(cfg: Config, store: Store, monkeypatch, *, render: bool) -> int:
    """An approved daily briefing of 2026-05-06 (its real PDF when render, else a stand-in file)."""
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "国务院关于加强监督工作的意见", "upper", importance=0.9)
    add_doc(store, SCRIPT_TITLE, "internal", source="jn", summary="摘要里的<b>标记</b>也是文字。")
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    review.approve(cfg, store, bid, "王五", render=render)
    if not render:
        pdf = cfg.briefings_dir / "stand-in.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(b"%PDF-1.7 stand-in")
        store.set_briefing_files(bid, pdf_path=str(pdf))
    return bid


@pytest.mark.slow
def test_message_arrives_with_the_pdf_under_its_chinese_name(tmp_path: Path, monkeypatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    bid = approved_daily(cfg, store, monkeypatch, render=True)  # a real WeasyPrint PDF
    pdf_path = Path(store.get_briefing(bid)["pdf_path"])
    with SmtpServer(port) as inbox:
        report = jobs.send(cfg, bid)
    assert sorted(report["sent"]) == sorted(LEADERS) and report["failed"] == []
    assert len(inbox.received) == 2
    for (mail_from, rcpts, _), msg in zip(inbox.received, inbox.messages(), strict=True):
        assert mail_from == "siqing@example.org" and len(rcpts) == 1 and msg["To"] == rcpts[0]
        assert msg["Subject"] == "每日要情 2026年第1期（2026年5月6日）"
        assert msg["Message-ID"] == deliver.message_id("briefing", bid, rcpts[0], "siqing@example.org",
                                                        deliver.deployment_mark(cfg, store.get_briefing(bid)))
        attachments = list(msg.iter_attachments())
        assert len(attachments) == 1
        assert attachments[0].get_filename() == "每日要情2026年第1期.pdf"
        assert attachments[0].get_content_type() == "application/pdf"
        assert attachments[0].get_content() == pdf_path.read_bytes()
        html = msg.get_body(("html",)).get_content()
        assert "国务院关于加强监督工作的意见" in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
        assert "&lt;b&gt;标记&lt;/b&gt;" in html
    raw = inbox.received[0][2].decode("ascii")
    assert "filename*" in raw  # RFC 2231, not a raw UTF-8 name
    rows = store.deliveries(bid)
    assert {(r["recipient"], r["status"], r["attempts"]) for r in rows} == {(a, "sent", 1) for a in LEADERS}


def test_server_down_retried_recorded_then_send_delivers_exactly_once(tmp_path: Path, monkeypatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    bid = approved_daily(cfg, store, monkeypatch, render=False)
    delays: list[float] = []
    report = deliver.deliver(cfg, store, bid, sleep=delays.append)  # nothing listens on the port
    assert sorted(report.failed) == sorted(LEADERS) and report.sent == []
    assert delays == [0.01, 0.02]  # exponential backoff between the 3 attempts
    rows = store.deliveries(bid)
    assert {(r["recipient"], r["status"], r["attempts"]) for r in rows} == {(a, "failed", 3) for a in LEADERS}
    assert all("Connection" in (r["last_error"] or "") for r in rows)
    with SmtpServer(port) as inbox:
        assert main(["--config", str(cfg.path), "send", str(bid)]) == 0
        assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)
        assert main(["--config", str(cfg.path), "send", str(bid)]) == 0  # again: all had it already
        assert len(inbox.received) == 2
    rows = store.deliveries(bid)
    assert {(r["recipient"], r["status"], r["attempts"]) for r in rows} == {(a, "sent", 4) for a in LEADERS}
    runs = [r for r in store.last_runs(job="send")]
    assert [r["status"] for r in runs] == ["ok", "ok"]


def test_restarting_delivery_sends_nothing_twice(tmp_path: Path, monkeypatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    bid = approved_daily(cfg, store, monkeypatch, render=False)
    first, second = LEADERS
    # A crash: the first recipient was claimed (the SMTP transaction may have completed), never marked.
    assert store.claim_delivery(bid, first, deliver.message_id("briefing", bid, first, "siqing@example.org",
                                                  deliver.deployment_mark(cfg, store.get_briefing(bid))))
    with SmtpServer(port) as inbox:
        report = deliver.deliver(cfg, store, bid)
        assert report.sent == [second] and report.uncertain == [first]
        again = deliver.deliver(cfg, store, bid)  # a restart
        assert again.sent == [] and again.already == [second] and again.uncertain == [first]
        assert [rcpts for _, rcpts, _ in inbox.received] == [[second]]
        # The operator checked that the first never got it: --force resends it, once, same Message-ID.
        assert main(["--config", str(cfg.path), "send", str(bid), "--force"]) == 0
        assert main(["--config", str(cfg.path), "send", str(bid), "--force"]) == 0
        assert [rcpts for _, rcpts, _ in inbox.received] == [[second], [first]]
        assert inbox.messages()[1]["Message-ID"] == deliver.message_id("briefing", bid, first, "siqing@example.org",
                                                  deliver.deployment_mark(cfg, store.get_briefing(bid)))
    assert {r["status"] for r in store.deliveries(bid)} == {"sent"}


def test_two_senders_cannot_both_claim(tmp_path: Path) -> None:
    cfg = deployment(tmp_path / "d")
    store = Store(cfg.database_url)
    with store.begin() as conn:
        from siqing.store import schema as t

        conn.execute(t.briefings.insert().values(id=1, type="daily", key="2026-05-06", home=HOME, period_start="a",
                                                 period_end="b", status="approved", year=2026, number=1,
                                                 created_at="x", composed_at="x"))
    other = Store(cfg.database_url)  # a second process
    assert store.claim_delivery(1, "a@example.org", "<m>") is True
    assert other.claim_delivery(1, "a@example.org", "<m>") is False
    store.finish_delivery(1, "a@example.org", "failed", "boom")
    assert other.claim_delivery(1, "a@example.org", "<m>") is True


def test_a_title_cannot_inject_a_header(tmp_path: Path, monkeypatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port, briefing={"attach_pdf": False})
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T09:00:00+08:00")
    evil = "紧急通知\r\nBcc: evil@example.org\r\nX-Injected: 1"
    doc = add_doc(store, evil, "upper", importance=0.99)
    row = next(r for r in store.candidates(HOME, VERSION, "2026-05-06", "2026-05-07") if r["id"] == doc)
    bid = compose.compose_alert(cfg, store, HOME, VERSION, row).briefing_id
    review.approve(cfg, store, bid, "王五", render=False)
    with SmtpServer(port) as inbox:
        report = deliver.deliver(cfg, store, bid)
    assert sorted(report.sent) == sorted(LEADERS)
    assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)  # no extra recipient
    for (_, rcpts, raw), msg in zip(inbox.received, inbox.messages(), strict=True):
        assert "evil@example.org" not in rcpts
        assert msg["Bcc"] is None and msg["X-Injected"] is None
        assert b"\r\nBcc:" not in raw and b"\nX-Injected" not in raw
        assert msg["Subject"] == "专报 2026年第1期：紧急通知 Bcc: evil@example.org X-Injected: 1"
        assert list(msg.iter_attachments()) == []  # attach_pdf: false sends a notice only
        assert "按规定本邮件不附全文" in msg.get_body(("html",)).get_content()


def test_a_refused_recipient_is_retried_and_the_others_get_it_once(tmp_path: Path, monkeypatch) -> None:
    from .review_helpers import Inbox

    class Refusing(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: ANN001
            if address == LEADERS[0]:
                return "450 mailbox busy"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    bid = approved_daily(cfg, store, monkeypatch, render=False)
    with SmtpServer(port, Refusing()) as inbox:
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
    assert report.failed == [LEADERS[0]] and report.sent == [LEADERS[1]]
    assert [rcpts for _, rcpts, _ in inbox.received] == [[LEADERS[1]]]
    rows = {r["recipient"]: r for r in store.deliveries(bid)}
    assert rows[LEADERS[0]]["attempts"] == 3 and "450" in rows[LEADERS[0]]["last_error"]


def test_only_approved_briefings_are_sent(tmp_path: Path, monkeypatch) -> None:
    cfg = deployment(tmp_path / "d")
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "甲", "upper")
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    assert main(["--config", str(cfg.path), "send", str(bid)]) == 2
    assert store.deliveries(bid) == []
