"""`siqing check-source --all`: every enabled source checked now, a table, exit 1 when one fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from siqing import config as config_mod

REPO = Path(__file__).resolve().parents[2]


def _cli(cfg: config_mod.Config, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "check-source", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=300)


def test_all_sample_sites_pass(demo_config: config_mod.Config) -> None:
    proc = _cli(demo_config, "--all", "--json", "--articles", "1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    enabled = [s.id for s in demo_config.sources if s.enabled]
    assert [r["id"] for r in report["sources"]] == enabled
    assert all(r["ok"] and r["reachable"] and r["links"] > 0 and r["articles"] == 1 and r["dated"] == 1
               for r in report["sources"]), report
    assert report["failed"] == 0


def test_one_dead_source_fails_the_check(demo_config: config_mod.Config) -> None:
    path = demo_config.path.parent / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("/sdrd/lfgz/dfxfg/index.html", "/sdrd/gone/index.html"), encoding="utf-8")
    proc = _cli(demo_config, "--all", "--articles", "1")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    sdrd = next(line for line in proc.stdout.splitlines() if line.startswith("demo-sdrd"))
    assert "未通过" in sdrd and "HTTP 404" in sdrd
    assert "未通过 1 个" in proc.stdout


def test_no_id_and_no_all_is_a_usage_error(demo_config: config_mod.Config) -> None:
    proc = _cli(demo_config)
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")
