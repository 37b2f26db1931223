"""A console over a real deployment in tmp_path: a draft with items in every section, four accounts
(one per role), the Flask application served by werkzeug on 127.0.0.1 with a free port."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from werkzeug.serving import make_server

from briefings import compose
from processing.text import Segmenter
from siqing import config as config_mod
from siqing.app.web.app import create_app
from siqing.app.web.passwords import hash_password
from siqing.store import Store
from tests.briefings.review_helpers import HOME, VERSION, add_doc, deployment, free_port

PASSWORD = "correct-horse-9"
USERS = {"管理员甲": "admin", "审核员乙": "reviewer", "分析员丙": "analyst", "领导丁": "leader"}
SCRIPT_TITLE = "<script>window.pwned=1</script>关于<b>加强</b>基层立法联系点建设的通知"
NOW = "2026-05-06T06:45:00+08:00"


@dataclass
class Console:
    cfg: config_mod.Config
    store: Store
    url: str
    briefing_id: int
    docs: dict[str, int]
    smtp_port: int
    app: Any


def build_deployment(folder: Path, monkeypatch: pytest.MonkeyPatch, smtp_port: int) -> tuple[config_mod.Config, int, dict[str, int]]:
    """A deployment with a composed daily draft of 2026-05-06 and accounts for every role."""
    cfg = deployment(folder, smtp_port=smtp_port or None)
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    docs = {
        "state": add_doc(store, "国务院常务会议研究部署稳就业工作", "upper", importance=0.9),
        "npc": add_doc(store, "全国人大常委会审议民法典修正草案", "upper", source="sd", importance=0.7),
        "lixia": add_doc(store, "历下区人大常委会开展养老服务专题调研", "lower", source="jn", importance=0.6),
        "qd": add_doc(store, "青岛市人大常委会听取营商环境报告", "external", source="qd", importance=0.5),
        "script": add_doc(store, SCRIPT_TITLE, "lower", source="jn", importance=0.4),
        "spare": add_doc(store, "省人大常委会调研食品安全工作", "upper", source="sd", importance=0.1),
    }
    # One unsure classification: 待核 on the draft and in the queue.
    store.update_analyses(HOME, VERSION, [(docs["qd"], {"confidence": 0.42, "reason": "标题只提到外地，正文未读出本级关系"})])
    seg = Segmenter(cfg.userdict_path)
    rows = [store.get_document(i) for i in docs.values()]
    store.index_fulltext([(r["id"], " ".join(seg.cut_for_search(r["title"])), " ".join(seg.cut_for_search(r["body"])))
                          for r in rows if r])
    monkeypatch.setenv("SIQING_NOW", NOW)
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    for name, role in USERS.items():
        store.add_user(name, role, hash_password(PASSWORD))
    store.close()
    return cfg, bid, docs


@pytest.fixture(scope="session")
def template_deployment(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, int]]:
    """Built once (argon2 hashes and composing take seconds); each test works on its own copy."""
    folder = tmp_path_factory.mktemp("template") / "web"
    with pytest.MonkeyPatch.context() as mp:
        cfg, bid, docs = build_deployment(folder, mp, 0)
    return folder, bid, docs


def copy_deployment(template: Path, dest: Path, smtp_port: int) -> config_mod.Config:
    """A copy of the template deployment whose mail goes to smtp_port."""
    shutil.copytree(template, dest)
    path = dest / "siqing.yaml"
    settings = yaml.safe_load(path.read_text(encoding="utf-8"))
    settings["delivery"]["smtp"]["port"] = smtp_port
    path.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config_mod.load(path)


@pytest.fixture
def console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            template_deployment: tuple[Path, int, dict[str, int]]) -> Iterator[Console]:
    from siqing.app import jobs

    template, bid, docs = template_deployment
    smtp_port = free_port()
    cfg = copy_deployment(template, tmp_path / "web", smtp_port)
    monkeypatch.setenv("SIQING_NOW", NOW)
    monkeypatch.setenv("SIQING_WEB_SECRET", "test-secret-not-for-production")
    store = jobs.open_store(cfg)
    app = create_app(cfg, login_limit="30 per minute")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Console(cfg, store, f"http://127.0.0.1:{server.server_port}", bid, docs, smtp_port, app)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        jobs._stores.pop(cfg.database_url, None)
        store.close()
