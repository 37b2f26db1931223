"""Where the shared Redis address comes from: --redis, then $SIQING_REDIS_URL, then siqing.yaml's
distributed.redis_url; a bad value is one line naming its file and key (or the variable), exit 2."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app.commands.worker import redis_url
from siqing.app.demo.run import write_deployment
from siqing.errors import ConfigError, UsageError

REPO = Path(__file__).resolve().parents[2]


def _config(tmp_path: Path, value: str | None) -> Path:
    path = write_deployment(tmp_path / "deploy", 1)
    if value is not None:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"distributed:\n  redis_url: {value!r}\n")
    return path


def test_the_key_then_the_environment_then_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = config_mod.load(_config(tmp_path, "redis://redis-host:6379/0"))
    monkeypatch.delenv("SIQING_REDIS_URL", raising=False)
    assert redis_url(argparse.Namespace(redis=None), cfg) == "redis://redis-host:6379/0"
    monkeypatch.setenv("SIQING_REDIS_URL", "redis://:secret@other:6380/1")  # a password: only here
    assert redis_url(argparse.Namespace(redis=None), cfg) == "redis://:secret@other:6380/1"
    assert redis_url(argparse.Namespace(redis="redis://third:6379/2"), cfg) == "redis://third:6379/2"
    monkeypatch.setenv("SIQING_REDIS_URL", "http://other:6380")
    with pytest.raises(UsageError, match="SIQING_REDIS_URL"):
        redis_url(argparse.Namespace(redis=None), cfg)
    monkeypatch.delenv("SIQING_REDIS_URL")
    with pytest.raises(UsageError, match="distributed.redis_url"):  # none anywhere: says where to put it
        redis_url(argparse.Namespace(redis=None), config_mod.load(_config(tmp_path / "none", None)))


@pytest.mark.parametrize("value", ["localhost:6379", "http://redis-host:6379/0", "redis://:secret@redis-host:6379/0",
                                   "redis:///0", "redis://redis-host:port/0", "redis://redis-host:6379/cache"])
def test_a_bad_value_names_the_file_and_key(tmp_path: Path, value: str) -> None:
    path = _config(tmp_path, value)
    with pytest.raises(ConfigError) as err:
        config_mod.load(path)
    assert str(err.value).startswith(f"{path}: distributed.redis_url: ")
    if "secret" in value:
        assert "secret" not in str(err.value)


def test_the_command_exits_2_with_one_line(tmp_path: Path) -> None:
    path = _config(tmp_path, "http://redis-host:6379/0")
    env = {k: v for k, v in os.environ.items() if k != "SIQING_REDIS_URL"} | {"PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(path), "worker", "--once"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{path}: distributed.redis_url" in lines[0], proc.stderr
