"""`siqing user add|passwd|disable` and `siqing web` (gunicorn) on a real deployment."""

from __future__ import annotations

import io
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from siqing.app.cli import main
from siqing.app.web.passwords import verify_password
from siqing.store import Store
from tests.briefings.review_helpers import deployment, free_port


def test_user_add_passwd_disable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = deployment(tmp_path / "d")
    c = ["--config", str(cfg.path)]
    monkeypatch.setenv("SIQING_PASSWORD", "first-password-1")
    assert main([*c, "user", "add", "张三", "--role", "reviewer"]) == 0
    assert "已添加用户 张三（审核人）" in capsys.readouterr().out
    assert main([*c, "user", "add", "张三", "--role", "admin"]) == 2  # taken
    assert main([*c, "user", "add", "李四"]) == 2  # no role
    monkeypatch.setenv("SIQING_PASSWORD", "short")
    assert main([*c, "user", "add", "李四", "--role", "leader"]) == 2  # too short
    assert "至少 8 位" in capsys.readouterr().err
    monkeypatch.delenv("SIQING_PASSWORD")
    monkeypatch.setattr(sys, "stdin", io.StringIO("second-password-2\n"))
    assert main([*c, "user", "passwd", "张三", "--password-stdin", "--role", "admin"]) == 0
    store = Store(cfg.database_url)
    row = store.get_user("张三")
    assert row is not None and row["role"] == "admin" and row["password_hash"].startswith("$argon2id$")
    assert verify_password(row["password_hash"], "second-password-2")
    assert not verify_password(row["password_hash"], "first-password-1")
    assert "second-password-2" not in (tmp_path / "d" / "siqing.db").read_bytes().decode("latin-1")
    assert main([*c, "user", "disable", "张三"]) == 0
    assert store.get_user("张三")["active"] == 0  # type: ignore[index]
    assert main([*c, "user", "disable", "王五"]) == 2
    assert main([*c, "user", "passwd", "王五", "--password-stdin"]) == 2
    assert [e["action"] for e in store.events()][::-1] == ["user_add", "user_passwd", "user_disable"]
    store.close()


def test_siqing_web_serves_the_console_with_gunicorn(tmp_path: Path) -> None:
    cfg = deployment(tmp_path / "d")
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "SIQING_WEB_SECRET": "x" * 32, "HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "web",
                             "--port", str(port), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=Path(__file__).parents[2])
    try:
        body = ""
        for _ in range(200):  # until gunicorn listens (no timing assertion: only a bound on waiting)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as resp:
                    body = resp.read().decode()
                    cookie = resp.headers.get("Set-Cookie", "")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        assert "用户登录" in body, proc.stderr.read().decode() if proc.poll() is not None else "no answer"
        assert "HttpOnly" in cookie
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/users", timeout=5) as resp:
            assert "/login?next=" in resp.url  # a visitor is sent to sign in
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "尚无用户" in stderr.decode()


def test_siqing_web_refuses_a_bad_port(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = deployment(tmp_path / "d")
    assert main(["--config", str(cfg.path), "web", "--port", "70000"]) == 2
    assert "error: --port" in capsys.readouterr().err
