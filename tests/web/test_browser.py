"""The console in Debian's headless chromium (Playwright): a reviewer signs in, reviews the draft
(reorder, move, remove, edit, mark important), approves and sends it to a local SMTP server; the
PDF equals what `siqing draft edit` / `draft approve` make from the same edits on a copy of the
store; a leader is refused an edit; a forged form is refused; a <script> title shows as text.
Screenshots of every page go to the test's tmp folder (and to $SIQING_SCREENSHOTS when set)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from siqing.app.cli import main

from .conftest import PASSWORD, SCRIPT_TITLE, Console, copy_deployment

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (scripts/install-test-deps.sh)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        # Playwright gives each launch a fresh temporary profile (user data dir) of its own.
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.extra = Path(os.environ["SIQING_SCREENSHOTS"]) if os.environ.get("SIQING_SCREENSHOTS") else None

    def __call__(self, page: Any, name: str) -> None:
        path = self.folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        if self.extra:
            self.extra.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, self.extra / path.name)


def sign_in(browser: Any, console: Console, name: str, **context: Any) -> Any:
    ctx = browser.new_context(locale="zh-CN", **context)
    page = ctx.new_page()
    page.on("dialog", lambda d: d.accept())  # the confirm() before approving and sending
    page.goto(f"{console.url}/login")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/login" not in page.url, page.content()
    return page


def entry(page: Any, doc: int) -> Any:
    return page.locator(f"#doc-{doc}")


def test_review_approve_send_in_the_browser(console: Console, browser: Any, tmp_path: Path) -> None:
    from briefings.publish import publish
    from siqing.app import jobs
    from tests.briefings.review_helpers import LEADERS, SmtpServer

    shots = Shots(tmp_path / "screens")
    bid, d = console.briefing_id, console.docs
    # The CLI's copy of the same store, before any edit.
    cli_cfg = copy_deployment(console.cfg.path.parent, tmp_path / "cli", console.smtp_port)
    publish(console.cfg, console.store, bid)  # the draft as `siqing brief daily` leaves it: rendered

    page = sign_in(browser, console, "审核员乙")
    assert page.url.endswith(f"/drafts/{bid}")  # a reviewer starts at today's draft
    assert "送审稿" in page.inner_text("h1")
    # The <script> title is text on the page, not a script that ran.
    assert SCRIPT_TITLE in entry(page, d["script"]).inner_text()
    assert page.evaluate("window.pwned") is None
    shots(page, "01-draft")

    upper = [int(x) for x in page.locator("section.section").nth(0).locator("li.entry").evaluate_all(
        "els => els.map(e => e.dataset.doc)")]
    assert upper[:2] == [d["state"], d["npc"]]
    entry(page, d["npc"]).get_by_role("button", name="上移").click()  # reorder
    page.wait_for_load_state()
    assert "已修改" in page.inner_text(".flash")
    entry(page, d["qd"]).locator("select[name=kind]").select_option("internal")  # move
    entry(page, d["qd"]).get_by_role("button", name="移至").click()
    page.wait_for_load_state()
    entry(page, d["spare"]).get_by_role("button", name="删除").click()  # remove
    page.wait_for_load_state()
    assert page.locator(f"#removed-{d['spare']}").count() == 1
    box = entry(page, d["state"])
    box.locator("summary").click()
    box.locator("textarea").fill("国务院常务会议部署稳就业，审核人改写的摘要。")  # edit
    box.get_by_role("button", name="保存摘要").click()
    page.wait_for_load_state()
    entry(page, d["npc"]).get_by_role("button", name="标为重要").click()  # mark important
    page.wait_for_load_state()
    sections = page.locator("section.section")
    assert [int(x) for x in sections.nth(0).locator("li.entry").evaluate_all("els => els.map(e => e.dataset.doc)")] \
        == [d["npc"], d["state"]]
    assert f"#doc-{d['qd']}" and sections.nth(3).locator(f"#doc-{d['qd']}").count() == 1
    assert "审核人改写的摘要" in entry(page, d["state"]).inner_text()
    assert "重要" in entry(page, d["npc"]).locator(".tag-important").inner_text()
    log = page.locator("ul.log").inner_text()
    assert log.count("审核员乙") == 5
    shots(page, "02-draft-edited")

    preview = page.request.get(f"{console.url}/briefings/{bid}/pdf")
    assert preview.status == 200 and preview.headers["content-type"] == "application/pdf"
    assert preview.body() == Path(console.store.get_briefing(bid)["pdf_path"]).read_bytes()

    page.get_by_role("button", name="审核通过").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/briefings/{bid}") and "第1期" in page.inner_text("h1")
    web_pdf = Path(console.store.get_briefing(bid)["pdf_path"]).read_bytes()

    with SmtpServer(console.smtp_port) as inbox:
        page.get_by_role("button", name="发送").click()
        page.wait_for_load_state()
        assert sorted(r for _, rcpts, _ in inbox.received for r in rcpts) == sorted(LEADERS)
    rows = page.locator("tr.delivery").all_inner_texts()
    assert len(rows) == len(LEADERS) and all("已发送" in r for r in rows)
    shots(page, "03-briefing-sent")

    # The CLI, from the same edits in the same order on its copy, makes the same PDF.
    c = ["--config", str(cli_cfg.path)]
    for args in (["--up", str(d["npc"])], ["--move", str(d["qd"]), "--to-kind", "internal"], ["--drop", str(d["spare"])],
                 ["--summary", str(d["state"]), "国务院常务会议部署稳就业，审核人改写的摘要。"], ["--important", str(d["npc"])]):
        assert main([*c, "draft", "edit", str(bid), *args, "--by", "审核员乙", "--no-render"]) == 0
    assert main([*c, "draft", "approve", str(bid), "--by", "审核员乙"]) == 0
    cli_store = jobs.open_store(cli_cfg)
    try:
        assert [(e["who"], e["action"]) for e in cli_store.briefing_edits(bid)] == \
            [(e["who"], e["action"]) for e in console.store.briefing_edits(bid)]
        assert Path(cli_store.get_briefing(bid)["pdf_path"]).read_bytes() == web_pdf
    finally:
        jobs._stores.pop(cli_cfg.database_url, None)
        cli_store.close()

    # A form forged without its CSRF token, submitted from the reviewer's own signed-in browser.
    page.goto(f"{console.url}/briefings")
    page.evaluate("""([url, doc]) => { const f = document.createElement('form'); f.method = 'post'; f.action = url;
        for (const [k, v] of [['action', 'drop'], ['doc', doc], ['version', 'x']]) {
            const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i); }
        document.body.appendChild(f); f.submit(); }""", [f"{console.url}/drafts/{bid}/edit", str(d["npc"])])
    page.wait_for_load_state()
    assert "安全令牌" in page.inner_text("main")
    shots(page, "09-csrf-refused")

    page.goto(f"{console.url}/search?q=人大常委会&go=1")
    assert page.locator("li.hit").count() >= 2
    shots(page, "04-search")
    page.goto(f"{console.url}/items/{d['script']}")
    assert SCRIPT_TITLE in page.inner_text("h1") and page.evaluate("window.pwned") is None
    shots(page, "05-item")
    page.goto(f"{console.url}/briefings")
    shots(page, "06-archive")
    page.context.close()


def test_leader_and_admin_pages(console: Console, browser: Any, tmp_path: Path) -> None:
    from briefings import review

    shots = Shots(tmp_path / "screens")
    bid, d = console.briefing_id, console.docs
    review.approve(console.cfg, console.store, bid, "审核员乙")

    # A leader on a phone: the briefings, readable; an edit refused on the server.
    leader = sign_in(browser, console, "领导丁", viewport=PHONE, device_scale_factor=2, is_mobile=True)
    assert leader.url.endswith("/briefings")
    shots(leader, "10-leader-archive-phone")
    leader.click(f"a[href='/briefings/{bid}']")
    leader.wait_for_load_state()
    assert "每日要情" in leader.inner_text(".paper-title")
    width = leader.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 1  # no sideways scrolling on a phone
    shots(leader, "11-leader-briefing-phone")
    token = leader.locator("input[name=csrf_token]").first.get_attribute("value")
    resp = leader.request.post(f"{console.url}/drafts/{bid}/edit",
                               form={"action": "drop", "doc": str(d["npc"]), "version": "x", "csrf_token": token})
    assert resp.status == 403 and "没有执行此操作的权限" in resp.text()
    assert leader.request.get(f"{console.url}/search?q=人大").status == 403
    leader.context.close()

    admin = sign_in(browser, console, "管理员甲")
    for path, name in (("/queue", "07-queue"), ("/sources", "08-sources"), ("/status", "12-status"),
                       ("/users", "13-users")):
        admin.goto(console.url + path)
        assert admin.locator("h1").count() == 1
        shots(admin, name)
    admin.context.close()
    page = browser.new_page()
    page.goto(f"{console.url}/login")
    shots(page, "00-login")
    page.close()
