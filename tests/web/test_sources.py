"""来源: an admin runs check-source from the page against the bundled sample sites (loopback)."""

from __future__ import annotations

import re

from siqing import config as config_mod
from siqing.app import jobs
from siqing.app.web.app import create_app
from siqing.app.web.passwords import hash_password

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def test_an_admin_checks_a_source_from_the_page(demo_config: config_mod.Config, monkeypatch) -> None:
    monkeypatch.setenv("SIQING_WEB_SECRET", "test")
    store = jobs.open_store(demo_config)
    try:
        store.add_user("admin", "admin", hash_password("admin-password"))
        store.add_user("analyst", "analyst", hash_password("analyst-password"))
        app = create_app(demo_config)
        source = demo_config.sources[0]
        for name, code in (("analyst", 403), ("admin", 200)):
            client = app.test_client()
            token = TOKEN.search(client.get("/login").get_data(as_text=True)).group(1)  # type: ignore[union-attr]
            client.post("/login", data={"name": name, "password": f"{name}-password", "csrf_token": token})
            page = client.get("/sources").get_data(as_text=True)
            assert source.name in page
            assert ("立即检查" in page) == (name == "admin")
            resp = client.post(f"/sources/{source.id}/check", data={"csrf_token": token})
            assert resp.status_code == code
        text = resp.get_data(as_text=True)
        found = int(re.search(r"找到链接 (\d+) 个", text).group(1))  # type: ignore[union-attr]
        assert found > 0 and "标题：" in text
        assert "check_source" in [e["action"] for e in store.events(who="admin")]
    finally:
        jobs._stores.pop(demo_config.database_url, None)
        store.close()
