"""Hostile command-line and HTTP input: an absurd --limit is a usage error (exit 2, no traceback);
`browse` answers only requests whose Host header names this machine (DNS rebinding)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from siqing.app.cli import main
from siqing.app.commands.browse import allowed_hosts, host_guard
from tests.crawlers.sitekit import write_deployment


@pytest.mark.parametrize("value", ["99999999999999999999", "0", "-5", "十"])
def test_query_limit_out_of_range_is_a_usage_error(tmp_path: Path, value: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_deployment(tmp_path / "d", [])
    with pytest.raises(SystemExit) as exit_info:
        main(["--config", str(cfg), "query", "--limit", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--limit" in err and "Traceback" not in err


def _call(app: Any, host: str) -> int:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(msg: dict[str, Any]) -> None:
        sent.append(msg)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": [(b"host", host.encode())]}
    asyncio.run(app(scope, receive, send))
    return int(sent[0]["status"])


def test_browse_refuses_foreign_host_headers() -> None:
    async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    app = host_guard(inner, allowed_hosts("127.0.0.1"))
    assert _call(app, "127.0.0.1:8001") == 200
    assert _call(app, "localhost:8001") == 200
    assert _call(app, "[::1]:8001") == 200
    assert _call(app, "attacker.example:8001") == 421
    assert _call(app, "") == 421
    assert _call(app, "127.0.0.1.attacker.example") == 421
