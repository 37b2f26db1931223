"""The review and sending commands end to end: siqing draft list|show|edit|approve, siqing send."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefings import compose
from siqing.app.cli import main
from siqing.store import Store

from .review_helpers import HOME, LEADERS, VERSION, SmtpServer, add_doc, deployment, free_port


def test_draft_list_show_edit_approve_send(tmp_path: Path, monkeypatch, capsys) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port, briefing={"attach_pdf": False})
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    a = add_doc(store, "国务院常务会议", "upper", importance=0.9)
    b = add_doc(store, "历下区人大调研", "lower", source="jn", importance=0.5)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    # Rendering is the layout's business and tested there; here the commands' bookkeeping.
    monkeypatch.setattr("briefings.publish.publish", lambda *a, **k: {"pdf": Path("unused.pdf")})
    c = ["--config", str(cfg.path)]

    assert main([*c, "draft", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{bid}\t每日要情\t2026-05-06\t送审稿" in out

    assert main([*c, "draft", "edit", str(bid), "--move", str(b), "--to-kind", "内情",
                 "--summary", str(a), "审核后的摘要", "--important", str(a), "--by", "李四", "--no-render"]) == 0
    assert main([*c, "draft", "edit", str(bid), "--drop", "424242", "--no-render"]) == 2  # not in it
    capsys.readouterr()
    assert main([*c, "draft", "show", str(bid)]) == 0
    out = capsys.readouterr().out
    assert "一、上情" in out and "本期无下情信息。" in out and "四、内情" in out
    assert "【重要】国务院常务会议" in out and "审核后的摘要" in out
    assert "李四  文档" in out and f"文档 {b} 移至内情" in out
    assert [e["who"] for e in store.briefing_edits(bid)] == ["李四", "李四", "李四"]

    assert main([*c, "send", str(bid)]) == 2  # not approved: refused
    with SmtpServer(port) as inbox:
        assert main([*c, "draft", "approve", str(bid), "--by", "王五", "--send"]) == 0
        assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)
    out = capsys.readouterr().out
    assert "已发送\tleader1@example.org" in out
    b_row = store.get_briefing(bid)
    assert (b_row["status"], b_row["number"], b_row["approved_by"]) == ("approved", 1, "王五")
    assert main([*c, "draft", "edit", str(bid), "--drop", str(a), "--no-render"]) == 2  # approved: frozen
    assert main([*c, "draft", "list"]) == 0
    assert "没有待审核的简报" in capsys.readouterr().out


def test_brief_send_refuses_an_unapproved_draft(tmp_path: Path, monkeypatch, capsys) -> None:
    from processing import pipeline

    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port, briefing={"attach_pdf": False})
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "国务院常务会议", "upper", importance=0.9, version=pipeline.model_version())
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:45:00+08:00")
    c = ["--config", str(cfg.path)]
    assert main([*c, "brief", "daily", "--date", "2026-05-06", "--send"]) == 2
    with SmtpServer(port) as inbox:
        assert main([*c, "brief", "daily", "--date", "2026-05-06", "--approve", "--send"]) == 0
        assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)
