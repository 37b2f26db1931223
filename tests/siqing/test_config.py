"""Configuration: the default deployment loads; every kind of fault is one line naming file and key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def test_default_deployment_loads() -> None:
    cfg = config_mod.load(REPO / "config" / "siqing.yaml")
    assert cfg.settings.home.region == "山东省济南市"
    ids = {s.id for s in cfg.sources}
    assert {"npc", "govcn", "sdrd", "jnrd", "zjrd"} <= ids
    assert cfg.database_url.startswith("sqlite:///") and cfg.database_url.endswith("data/siqing.db")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expect_key"),
    [
        ("siqing.yaml", "  window_days: 14", "  window_dayz: 14", "crawl.window_dayz"),
        ("siqing.yaml", "  region: 山东省济南市", "  region: 鼓楼区", "home.region"),  # ambiguous
        ("siqing.yaml", "  region: 山东省济南市", "  region: 不存在市", "home.region"),
        ("sources.yaml", "    region: \"370000\"\n    authority: 0.9", "    region: \"999999\"\n    authority: 0.9",
         "sources[2].region"),
        ("siqing.yaml", "  concurrency: 8", "  concurrency: eight", "crawl.concurrency"),
        ("siqing.yaml", "  auto_approve: false", "  auto_approve: 'no'", "briefing.auto_approve"),
        ("siqing.yaml", "  security: starttls", "  security: tls13", "delivery.smtp.security"),
        ("siqing.yaml", "  send: \"30 7 * * *\"", "  send: \"30 7 * *\"", "schedule.send"),
        ("sources.yaml", "      - https://www.gov.cn/zhengce/zuixin/", "      - ftp//www.gov.cn/", "sources[1].start_urls[0]"),
        ("sources.yaml", "    level: national\n    region: \"000000\"\n    authority: 1.0\n    start_urls:\n      - https://www.gov.cn",
         "    level: nation\n    region: \"000000\"\n    authority: 1.0\n    start_urls:\n      - https://www.gov.cn", "sources[1].level"),
        ("sources.yaml", "    name: 山东人大网\n", "    name: 山东人大网\n    colour: red\n", "sources[2].colour"),
    ],
)
def test_bad_values_name_file_and_key(config_dir: Path, file: str, old: str, new: str, expect_key: str) -> None:
    _edit(config_dir / file, old, new)
    with pytest.raises(ConfigError) as info:
        config_mod.load(config_dir / "siqing.yaml")
    message = str(info.value)
    assert str(config_dir / file) in message
    assert expect_key in message
    assert "\n" not in message


def test_bad_yaml_names_file_and_line(config_dir: Path) -> None:
    path = config_dir / "siqing.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nhome: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config_mod.load(path)
    assert str(path) in str(info.value) and "line" in str(info.value)


def test_missing_sources_file(config_dir: Path) -> None:
    (config_dir / "sources.yaml").unlink()
    with pytest.raises(ConfigError, match="sources.yaml: file not found"):
        config_mod.load(config_dir / "siqing.yaml")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", *args], capture_output=True, text=True, cwd=REPO)


def test_cli_unknown_key_exits_2_with_one_line(config_dir: Path) -> None:
    _edit(config_dir / "siqing.yaml", "  marking: 内部资料", "  markng: 内部资料")
    proc = _cli("--config", str(config_dir / "siqing.yaml"), "status")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ") and "siqing.yaml" in lines[0] and "briefing.markng" in lines[0]


def test_cli_missing_config_exits_2(tmp_path: Path) -> None:
    proc = _cli("--config", str(tmp_path / "nope.yaml"), "status")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / 'nope.yaml'}: file not found"


def test_cli_bad_yaml_exits_2(config_dir: Path) -> None:
    (config_dir / "siqing.yaml").write_text("home:\n  region: [济南\n", encoding="utf-8")
    proc = _cli("--config", str(config_dir / "siqing.yaml"), "status")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "bad YAML" in proc.stderr
