"""`siqing check-source ID` against the running sample sites (in a subprocess, as staff run it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from siqing import config as config_mod
from siqing.app.demo.sites import SampleSites, load_manifest

REPO = Path(__file__).resolve().parents[2]


def _cli(cfg: config_mod.Config, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "check-source", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_check_source_json(demo_config: config_mod.Config, sample_sites: SampleSites) -> None:
    proc = _cli(demo_config, "demo-sdrd", "--json", "--pages", "2", "--articles", "2")
    assert proc.returncode == 0, proc.stderr
    assert "Warning" not in proc.stderr, proc.stderr
    report = json.loads(proc.stdout)
    base = sample_sites.base_url
    assert [p["url"][len(base):] for p in report["pages"]] == ["/sdrd/lfgz/dfxfg/index.html",
                                                               "/sdrd/lfgz/dfxfg/index_1.html"]
    assert all(p["status"] == 200 and p["links"] > 0 for p in report["pages"])
    manifest = {a["url"]: a for a in load_manifest()["articles"]}
    paths = [lk["url"][len(base):] for lk in report["links"]]
    assert paths and all(manifest[p]["site"] == "sdrd" for p in paths)
    assert len(report["articles"]) == 2
    for art in report["articles"]:
        expected = manifest[art["url"][len(base):]]
        assert art["title"] == expected["title"]
        assert (art["published_at"] or "")[:10] == expected["published"]
        assert len(art["body"]) > 100


def test_check_source_text_report(demo_config: config_mod.Config) -> None:
    proc = _cli(demo_config, "demo-npc", "--articles", "1")
    assert proc.returncode == 0, proc.stderr
    assert "列表页" in proc.stdout and "找到链接" in proc.stdout and "标题：" in proc.stdout
    assert "（未识别）" not in proc.stdout.split("文章 1")[1].split("来源：")[0]  # title and date found


def test_check_source_unknown_id_and_dead_source(demo_config: config_mod.Config, tmp_path: Path) -> None:
    proc = _cli(demo_config, "no-such-source")
    assert proc.returncode == 2 and proc.stderr.startswith("error: ") and "no-such-source" in proc.stderr
    # A source whose list page is gone: exit 1, one error line naming the source and its URL.
    text = (demo_config.path.parent / "sources.yaml").read_text(encoding="utf-8")
    (demo_config.path.parent / "sources.yaml").write_text(
        text.replace("/sdrd/lfgz/dfxfg/index.html", "/sdrd/gone/index.html"), encoding="utf-8")
    proc = _cli(demo_config, "demo-sdrd")
    assert proc.returncode == 1
    assert "HTTP 404" in proc.stdout
    assert proc.stderr.startswith("error: ") and "demo-sdrd" in proc.stderr and "/sdrd/gone/index.html" in proc.stderr
