"""`siqing draft edit` with several edits in one command is all or nothing (issue 12): a failing edit,
or a failure while writing, leaves the draft and its edit log as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings import review
from siqing.app.cli import main
from siqing.store import Store

from .review_helpers import deployment
from .test_review import at, draft_of, layout


def test_several_edits_in_one_command_are_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    cfg = deployment(tmp_path / "d")
    store = Store(cfg.database_url)
    bid, (a, b, c, d) = draft_of(cfg, store, "2026-05-06", [
        ("全国人大常委会召开委员长会议", "upper", 0.9), ("省人大常委会召开主任会议", "upper", 0.8),
        ("区人大常委会开展执法检查", "lower", 0.7), ("市人大常委会机关召开党组会议", "internal", 0.5),
    ], monkeypatch)
    at(monkeypatch, "2026-05-06T07:00:00+08:00")
    before = layout(store, bid)
    c_ = ["--config", str(cfg.path), "draft", "edit", str(bid), "--by", "张三", "--no-render"]
    # The third edit names a document that is not in the draft: the two before it are not kept either.
    assert main([*c_, "--drop", str(a), "--move", str(c), "--to-kind", "外情", "--up", "99999"]) == 2
    out, err = capsys.readouterr()
    assert "已修改" not in out and "99999" in err  # nothing reported as done; the failing edit named
    assert layout(store, bid) == before and store.briefing_edits(bid) == []
    # An edit that only applies after an earlier one of the same command (drop a, then move b up
    # to the first place) is checked against what the earlier one left: both kept, in order.
    assert main([*c_, "--drop", str(a), "--move", str(c), "--to-kind", "外情", "--position", str(b), "1"]) == 0
    assert layout(store, bid) == [("upper", b), ("external", c), ("internal", d)]
    assert [e["action"] for e in store.briefing_edits(bid)] == ["drop", "move", "position"]
    assert json.loads(store.briefing_edits(bid)[1]["detail"]) == {"doc": c, "kind": "external", "was": "lower"}


def test_a_failure_while_writing_the_edits_keeps_the_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = deployment(tmp_path / "d")
    store = Store(cfg.database_url)
    bid, (a, b, c) = draft_of(cfg, store, "2026-05-06", [
        ("全国人大常委会召开委员长会议", "upper", 0.9), ("省人大常委会召开主任会议", "upper", 0.8),
        ("区人大常委会开展执法检查", "lower", 0.7),
    ], monkeypatch)
    before = layout(store, bid)
    import siqing.store.review as store_review

    real_dumps, calls = store_review.json.dumps, []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:  # the second edit's record: the items are already rewritten in the transaction
            raise OSError("disk I/O error")
        return real_dumps(*args, **kwargs)

    monkeypatch.setattr(store_review.json, "dumps", failing)
    with pytest.raises(OSError):
        review.edit_many(store, bid, "张三", [("drop", a, {}), ("move", c, {"kind": "internal"})])
    monkeypatch.setattr(store_review.json, "dumps", real_dumps)
    assert layout(store, bid) == before and store.briefing_edits(bid) == []
