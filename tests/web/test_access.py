"""Roles, CSRF, stale edits, login limits and escaping, through the application's own HTTP interface
(Flask's test client: the real app, its sessions and CSRF; the browser tests drive the same pages)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from siqing.app.web.app import create_app
from siqing.app.web.passwords import verify_password

from .conftest import PASSWORD, SCRIPT_TITLE, Console

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
VERSION = re.compile(r'name="version" value="([^"]+)"')


def signed_in(console: Console, name: str) -> Any:
    client = console.app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = TOKEN.search(page).group(1)  # type: ignore[union-attr]
    resp = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return client


def form_of(client: Any, path: str) -> tuple[str, str]:
    page = client.get(path).get_data(as_text=True)
    return TOKEN.search(page).group(1), VERSION.search(page).group(1)  # type: ignore[union-attr]


# (path, method) -> roles allowed; everyone else gets 403 (and a visitor is sent to the login page)
ROUTES = [
    ("/drafts/{bid}", "GET", {"admin", "reviewer"}),
    ("/briefings", "GET", {"admin", "reviewer", "analyst", "leader"}),
    ("/search?q=人大", "GET", {"admin", "reviewer", "analyst"}),
    ("/items/{doc}", "GET", {"admin", "reviewer", "analyst"}),
    ("/queue", "GET", {"admin", "reviewer", "analyst"}),
    ("/sources", "GET", {"admin", "reviewer", "analyst"}),
    ("/status", "GET", {"admin", "reviewer", "analyst"}),
    ("/users", "GET", {"admin"}),
]
ROLE_USER = {"admin": "管理员甲", "reviewer": "审核员乙", "analyst": "分析员丙", "leader": "领导丁"}


@pytest.mark.parametrize("role", list(ROLE_USER))
def test_every_page_checks_the_role_on_the_server(console: Console, role: str) -> None:
    client = signed_in(console, ROLE_USER[role])
    for path, _, allowed in ROUTES:
        resp = client.get(path.format(bid=console.briefing_id, doc=console.docs["state"]))
        assert resp.status_code == (200 if role in allowed else 403), (role, path, resp.status_code)
    token = TOKEN.search(client.get("/briefings").get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    posts = [
        (f"/drafts/{console.briefing_id}/edit", {"action": "drop", "doc": console.docs["spare"], "version": "x"}, "review"),
        (f"/drafts/{console.briefing_id}/approve", {"version": "x"}, "review"),
        (f"/briefings/{console.briefing_id}/send", {}, "review"),
        (f"/items/{console.docs['state']}/label", {"kind": "lower"}, "search"),
        ("/sources/gov/check", {}, "admin"),
        ("/users/add", {"name": "x", "role": "leader", "password": "12345678"}, "admin"),
    ]
    caps = {"admin": {"review", "search", "admin"}, "reviewer": {"review", "search"}, "analyst": {"search"}, "leader": set()}
    for path, data, need in posts:
        if need in caps[role]:
            continue  # allowed: the pages' own tests drive these
        resp = client.post(path, data={**data, "csrf_token": token})
        assert resp.status_code == 403, (role, path)
    assert console.store.get_briefing(console.briefing_id)["status"] == "draft"
    assert not console.store.labels_of(console.docs["state"], "370100")


def test_a_visitor_is_sent_to_the_login_page(console: Console) -> None:
    client = console.app.test_client()
    resp = client.get(f"/drafts/{console.briefing_id}")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]
    resp = client.get("/static/console.css")
    assert resp.status_code == 200  # assets need no login
    resp.close()


def test_a_leader_reads_approved_briefings_only(console: Console) -> None:
    client = signed_in(console, "领导丁")
    assert client.get(f"/briefings/{console.briefing_id}").status_code == 403  # still a draft
    assert client.get(f"/briefings/{console.briefing_id}/pdf").status_code == 403
    assert str(console.briefing_id) not in client.get("/briefings").get_data(as_text=True).split("<tbody>")[1]


def test_a_forged_form_without_its_token_is_refused(console: Console) -> None:
    client = signed_in(console, "审核员乙")
    _, version = form_of(client, f"/drafts/{console.briefing_id}")
    resp = client.post(f"/drafts/{console.briefing_id}/edit",
                       data={"action": "drop", "doc": console.docs["state"], "version": version})
    assert resp.status_code == 400 and "安全令牌" in resp.get_data(as_text=True)
    resp = client.post(f"/drafts/{console.briefing_id}/edit",
                       data={"action": "drop", "doc": console.docs["state"], "version": version, "csrf_token": "forged"})
    assert resp.status_code == 400
    assert console.docs["state"] in [i["document_id"] for i in console.store.briefing_items(console.briefing_id)]


def test_a_stale_edit_is_refused_and_nothing_is_lost(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefings.publish.publish", lambda *a, **k: {})  # layout is the browser test's business
    first, second = signed_in(console, "审核员乙"), signed_in(console, "管理员甲")
    token1, version = form_of(first, f"/drafts/{console.briefing_id}")
    token2, same = form_of(second, f"/drafts/{console.briefing_id}")
    assert version == same
    resp = first.post(f"/drafts/{console.briefing_id}/edit", data={
        "action": "summary", "doc": console.docs["state"], "text": "第一位审核人的摘要", "version": version, "csrf_token": token1})
    assert resp.status_code == 302
    resp = second.post(f"/drafts/{console.briefing_id}/edit", data={
        "action": "summary", "doc": console.docs["state"], "text": "第二位审核人的摘要", "version": same, "csrf_token": token2})
    assert resp.status_code == 409
    assert "已被他人修改" in resp.get_data(as_text=True)
    items = {i["document_id"]: i for i in console.store.briefing_items(console.briefing_id)}
    assert items[console.docs["state"]]["summary"] == "第一位审核人的摘要"
    edits = console.store.briefing_edits(console.briefing_id)
    assert [(e["who"], e["action"]) for e in edits] == [("审核员乙", "summary")]


def test_titles_are_escaped(console: Console) -> None:
    client = signed_in(console, "审核员乙")
    page = client.get(f"/drafts/{console.briefing_id}").get_data(as_text=True)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert "<script>window.pwned" not in page
    page = client.get(f"/items/{console.docs['script']}").get_data(as_text=True)
    assert "<b>加强</b>" not in page and "&lt;b&gt;加强&lt;/b&gt;" in page
    assert SCRIPT_TITLE not in page


def test_login_attempts_are_limited(console: Console) -> None:
    client = create_app(console.cfg, login_limit="5 per minute").test_client()
    token = TOKEN.search(client.get("/login").get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    codes = [client.post("/login", data={"name": "审核员乙", "password": "wrong-guess", "csrf_token": token}).status_code
             for _ in range(6)]
    assert codes[:5] == [200] * 5 and codes[5] == 429
    # even the right password is refused while the limit holds
    resp = client.post("/login", data={"name": "审核员乙", "password": PASSWORD, "csrf_token": token})
    assert resp.status_code == 429
    events = [e["action"] for e in console.store.events(50, who="审核员乙")]
    assert "login_limited" in events and "login_failed" in events


def test_a_disabled_account_is_signed_out_at_once(console: Console) -> None:
    client = signed_in(console, "分析员丙")
    assert client.get("/search").status_code == 200
    console.store.update_user("分析员丙", active=False)
    resp = client.get("/search")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_cookies_and_headers(console: Console) -> None:
    client = console.app.test_client()
    resp = client.get("/login")
    cookie = resp.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
    row = console.store.get_user("审核员乙")
    assert row["password_hash"].startswith("$argon2id$") and verify_password(row["password_hash"], PASSWORD)
