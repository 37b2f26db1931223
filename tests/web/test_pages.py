"""The pages' actions through the application's HTTP interface: restore and add on the draft, a
correction that is `siqing label`'s label, exports that are `siqing query`'s files, archive search,
accounts managed by an admin."""

from __future__ import annotations

import io
import re

import openpyxl

from siqing.app.cli import main

from .conftest import Console
from .test_access import TOKEN, VERSION, form_of, signed_in


def items_of(console: Console) -> dict[int, dict]:
    return {i["document_id"]: i for i in console.store.briefing_items(console.briefing_id)}


def test_remove_restore_and_add_from_search(console: Console, monkeypatch) -> None:
    monkeypatch.setattr("briefings.publish.publish", lambda *a, **k: {})  # layout is the browser test's business
    d, bid = console.docs, console.briefing_id
    client = signed_in(console, "审核员乙")
    token, version = form_of(client, f"/drafts/{bid}")
    assert client.post(f"/drafts/{bid}/edit", data={"action": "drop", "doc": d["lixia"], "version": version,
                                                    "csrf_token": token}).status_code == 302
    assert d["lixia"] not in items_of(console)
    page = client.get(f"/drafts/{bid}").get_data(as_text=True)
    assert f'id="removed-{d["lixia"]}"' in page
    version = VERSION.search(page).group(1)  # type: ignore[union-attr]
    assert client.post(f"/drafts/{bid}/edit", data={"action": "add", "doc": d["lixia"], "kind": "lower",
                                                    "version": version, "csrf_token": token}).status_code == 302
    assert items_of(console)[d["lixia"]]["kind"] == "lower"
    # an item found by search on the draft page, added to a section the reviewer picks
    new = console.store.save_document({"source_id": "jn", "url": "https://example.org/x", "canonical_url": "https://example.org/x",
                                       "title": "市人大常委会召开主任会议", "body": "市人大常委会召开主任会议。"})[1]
    page = client.get(f"/drafts/{bid}?q=人大常委会").get_data(as_text=True)
    version = VERSION.search(page).group(1)  # type: ignore[union-attr]
    assert "没有找到可加入的信息" in page  # every match is in the draft already: none offered twice
    assert client.post(f"/drafts/{bid}/edit", data={"action": "add", "doc": new, "kind": "internal",
                                                    "version": version, "csrf_token": token}).status_code == 302
    assert items_of(console)[new]["kind"] == "internal"
    assert [e["action"] for e in console.store.briefing_edits(bid)] == ["drop", "add", "add"]
    assert {e["who"] for e in console.store.briefing_edits(bid)} == {"审核员乙"}
    # an approval from a stale page is refused too
    assert client.post(f"/drafts/{bid}/approve", data={"version": version, "csrf_token": token}).status_code == 409
    assert console.store.get_briefing(bid)["status"] == "draft"


def test_a_correction_is_the_label_siqing_label_makes(console: Console, capsys) -> None:
    d = console.docs
    client = signed_in(console, "分析员丙")
    page = client.get(f"/items/{d['qd']}").get_data(as_text=True)
    assert "外情" in page and "判定理由" in page
    token = TOKEN.search(page).group(1)  # type: ignore[union-attr]
    resp = client.post(f"/items/{d['qd']}/label", data={"kind": "lower", "note": "青岛不是本级辖区？复核", "csrf_token": token})
    assert resp.status_code == 302
    assert main(["--config", str(console.cfg.path), "label", str(d["npc"]), "--kind", "lower",
                 "--note", "青岛不是本级辖区？复核", "--by", "分析员丙"]) == 0
    web, cli = console.store.labels_of(d["qd"], "370100")[0], console.store.labels_of(d["npc"], "370100")[0]
    for key in ("home", "kind", "note", "author", "created_at"):
        assert web[key] == cli[key], key
    assert "改为下情" in client.get(f"/items/{d['qd']}").get_data(as_text=True)


def test_exports_are_the_files_siqing_query_writes(console: Console, tmp_path) -> None:
    client = signed_in(console, "分析员丙")
    csv_web = client.get("/search/export.csv?q=人大常委会&kind=upper").get_data()
    out = tmp_path / "q.csv"
    assert main(["--config", str(console.cfg.path), "query", "人大常委会", "--kind", "upper", "--format", "csv",
                 "-o", str(out)]) == 0
    assert csv_web == out.read_bytes()
    assert "全国人大常委会审议民法典修正草案".encode() in csv_web
    resp = client.get("/search/export.xlsx?q=人大常委会")
    ws = openpyxl.load_workbook(io.BytesIO(resp.get_data())).active
    assert ws.cell(1, 1).value == "编号" and ws.max_row == 1 + 4


def test_search_facets_and_paging(console: Console) -> None:
    client = signed_in(console, "分析员丙")
    page = client.get("/search?q=人大常委会&go=1").get_data(as_text=True)
    assert "共 4 条" in page
    assert re.search(r'kind=upper">上情</a> <span class="muted">2</span>', page)
    page = client.get("/search?q=人大常委会&kind=upper&go=1").get_data(as_text=True)
    assert "共 2 条" in page
    page = client.get("/search?min_importance=abc&go=1").get_data(as_text=True)
    assert "重要度须为 0 到 1 之间的数" in page


def test_archive_search_and_admin_accounts(console: Console) -> None:
    from briefings import review

    review.approve(console.cfg, console.store, console.briefing_id, "审核员乙")
    admin = signed_in(console, "管理员甲")
    page = admin.get("/briefings?q=民法典").get_data(as_text=True)
    assert "全国人大常委会审议民法典修正草案" in page and "第1期" in page
    assert "没有找到包含" in admin.get("/briefings?q=不存在的词语").get_data(as_text=True)
    token = TOKEN.search(page).group(1)  # type: ignore[union-attr]
    assert admin.post("/users/add", data={"name": "新领导", "role": "leader", "password": "a-long-password",
                                          "csrf_token": token}).status_code == 302
    assert console.store.get_user("新领导")["role"] == "leader"  # type: ignore[index]
    admin.post("/users/新领导/change", data={"what": "role", "role": "analyst", "csrf_token": token})
    admin.post("/users/新领导/change", data={"what": "disable", "csrf_token": token})
    row = console.store.get_user("新领导")
    assert row is not None and (row["role"], row["active"]) == ("analyst", 0)
    admin.post("/users/管理员甲/change", data={"what": "disable", "csrf_token": token})
    assert console.store.get_user("管理员甲")["active"] == 1  # type: ignore[index]
    assert "user_disable" in [e["action"] for e in console.store.events(who="管理员甲")]


def test_the_unsure_queue_empties_as_analysts_decide(console: Console) -> None:
    d = console.docs
    client = signed_in(console, "分析员丙")
    page = client.get("/queue").get_data(as_text=True)
    assert "青岛市人大常委会听取营商环境报告" in page and "置信度 42%" in page
    draft = signed_in(console, "审核员乙").get(f"/drafts/{console.briefing_id}").get_data(as_text=True)
    assert draft.split(f'id="doc-{d["qd"]}"')[1].split("</li>")[0].count("待核") == 1
    token = TOKEN.search(page).group(1)  # type: ignore[union-attr]
    resp = client.post(f"/items/{d['qd']}/label", data={"kind": "external", "back": "queue", "csrf_token": token})
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/queue")
    assert "没有待核信息" in client.get("/queue").get_data(as_text=True)
    assert console.store.labels_of(d["qd"], "370100")[0]["author"] == "分析员丙"
