"""Helpers for the composition, review and delivery tests: a deployment in tmp_path, documents and
analyses written through the Store, and a real aiosmtpd server on 127.0.0.1 that keeps what it gets."""

from __future__ import annotations

import socket
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import yaml
from aiosmtpd.controller import Controller

from siqing import clock
from siqing import config as config_mod
from siqing.store import Store

HOME = "370100"  # 山东省济南市
VERSION = "test-v1"
LEADERS = ["leader1@example.org", "leader2@example.org"]
REVIEWERS = ["reviewer@example.org"]
OPERATORS = ["ops@example.org"]
SOURCES = [
    {"id": "gov", "name": "中国政府网", "start_urls": ["https://www.gov.cn/"], "authority": 0.9},
    {"id": "sd", "name": "山东人大网", "start_urls": ["http://www.sdrd.gov.cn/"], "level": "province"},
    {"id": "jn", "name": "济南人大网", "start_urls": ["http://www.jnrd.gov.cn/"], "level": "city"},
    {"id": "qd", "name": "青岛人大网", "start_urls": ["http://www.qdrd.gov.cn/"], "level": "city"},
]


def free_port() -> int:
    """A port nothing listens on (yet)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def deployment(folder: Path, *, smtp_port: int | None = None, briefing: dict[str, Any] | None = None,
               delivery: dict[str, Any] | None = None) -> config_mod.Config:
    """Write siqing.yaml and sources.yaml into folder and load them."""
    folder.mkdir(parents=True, exist_ok=True)
    settings: dict[str, Any] = {
        "home": {"region": "山东省济南市", "office": "济南市人大常委会办公室"},
        "storage": {"url": "sqlite:///siqing.db", "briefings_dir": "briefings", "log_dir": "logs"},
        "briefing": {"max_per_section": 3, **(briefing or {})},
        "delivery": {
            "smtp": {"host": "127.0.0.1", "port": smtp_port or free_port(), "security": "none",
                     "sender": "siqing@example.org", "timeout": 5},
            "groups": {"leaders": LEADERS, "reviewers": REVIEWERS, "operators": OPERATORS},
            "max_attempts": 3,
            "retry_base_seconds": 0.01,
            **(delivery or {}),
        },
    }
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": SOURCES}, allow_unicode=True), encoding="utf-8")
    (folder / "siqing.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    cfg = config_mod.load(folder / "siqing.yaml")
    store = Store(cfg.database_url)
    for s in cfg.sources:
        store.register_source(s.id, s.name, s.level, "370000", {})
    return cfg


_counter = iter(range(1, 10**6))


def add_doc(store: Store, title: str, kind: str, *, source: str = "gov", importance: float = 0.5,
            cluster: int | None = None, summary: str | None = None, published: str | None = None,
            version: str = VERSION) -> int:
    """Store one document (arriving at the clock's now, published that day unless told) and its analysis."""
    n = next(_counter)
    published = published or clock.today().isoformat()
    url = f"https://example.org/{source}/{n}.html"
    _, doc_id = store.save_document({
        "source_id": source, "url": url, "canonical_url": url, "title": title,
        "body": f"{title}。正文第{n}篇。", "published_at": published,
    })
    doc = store.get_document(doc_id)
    assert doc is not None
    store.save_analyses(HOME, version, [{
        "document_id": doc_id, "content_hash": doc["content_hash"], "kind": kind, "confidence": 0.9,
        "reason": "test", "actor": None, "summary": summary or f"{title}的摘要。", "importance": importance,
        "cluster_id": cluster if cluster is not None else doc_id,
    }])
    return doc_id


class Inbox:
    """An aiosmtpd handler that keeps every accepted message with its envelope."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        return [BytesParser(policy=policy.default).parsebytes(raw) for _, _, raw in self.received]  # type: ignore[misc]

    def to(self, address: str) -> list[EmailMessage]:
        return [m for (_, rcpts, _), m in zip(self.received, self.messages(), strict=True) if address in rcpts]


class SmtpServer:
    """A real SMTP server on 127.0.0.1:port, started and stopped by the test."""

    def __init__(self, port: int, inbox: Inbox | None = None) -> None:
        self.inbox = inbox or Inbox()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=port)

    def __enter__(self) -> Inbox:
        self.controller.start()
        return self.inbox

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
