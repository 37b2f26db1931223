"""Hostile config (issue 12): a YAML alias bomb ("billion laughs") in siqing.yaml and in sources.yaml,
a 10,000-source sources.yaml with one bad entry at its end, a siqing.yaml saved as GBK. Each: one
line naming the file and the key (or line), exit 2, and the process's peak memory bounded. The CLI
runs in a child process so that its peak resident memory can be read (RUSAGE_CHILDREN)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
MEMORY_CAP_MB = 400  # a 10,000-source file takes about 120 MB to load; a bomb must not take more

LAUGHS = ["&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"&{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
]  # *i stands for 9**9 = 387 million strings once expanded


def _deployment(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(REPO / "config", folder)
    return folder


def _run(config: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """`siqing status` in a child process; its result and its peak resident memory in MB."""
    script = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
              "sys.stdout.write(p.stderr); "
              "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(p.returncode)")
    proc = subprocess.run([sys.executable, "-c", script, sys.executable, "-m", "siqing.app.cli", "--config",
                           str(config), "status"], capture_output=True, text=True, cwd=REPO, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    *err, peak = proc.stdout.splitlines()
    assert peak.startswith("MAXRSS ")
    return subprocess.CompletedProcess(proc.args, proc.returncode, "", "\n".join(err)), int(peak.split()[1]) / 1024


def _one_line_error(proc: subprocess.CompletedProcess[str], file: Path, key: str) -> str:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {file}: {key}"), lines[0]
    return lines[0]


def test_alias_bomb_in_siqing_yaml(tmp_path: Path) -> None:
    folder = _deployment(tmp_path)
    path = folder / "siqing.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    sources: []\n" in text  # briefing.alert.sources: the bomb goes into briefing.alert.terms
    path.write_text(text.replace("    sources: []\n", f"    sources: []\n    terms: [{', '.join(LAUGHS)}, *i]\n"),
                    encoding="utf-8")
    proc, peak = _run(path)
    line = _one_line_error(proc, path, "briefing.alert.terms")
    assert "expected" in line
    assert peak < MEMORY_CAP_MB, peak


def test_alias_bomb_in_sources_yaml(tmp_path: Path) -> None:
    folder = _deployment(tmp_path)
    path = folder / "sources.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = data["sources"][0]
    head = yaml.safe_dump({"sources": [{k: v for k, v in first.items() if k != "start_urls"}]}, allow_unicode=True)
    # The first source's start_urls: the nine anchors and the ninth alias, inline.
    head = head.rstrip("\n") + f"\n  start_urls: [{', '.join(LAUGHS)}, *i]\n"
    path.write_text(head, encoding="utf-8")
    proc, peak = _run(folder / "siqing.yaml")
    _one_line_error(proc, path, "sources[0].start_urls")
    assert peak < MEMORY_CAP_MB, peak


def test_ten_thousand_sources_with_a_bad_last_one(tmp_path: Path) -> None:
    folder = _deployment(tmp_path)
    path = folder / "sources.yaml"
    sources = [{"id": f"s{i}", "name": f"来源{i}", "start_urls": [f"http://127.0.0.1:9/{i}/"]} for i in range(10_000)]
    sources[-1]["start_urls"] = ["javascript:alert(1)"]
    path.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    proc, peak = _run(folder / "siqing.yaml")
    line = _one_line_error(proc, path, "sources[9999].start_urls[0]")
    assert "javascript:alert(1)" in line
    assert peak < MEMORY_CAP_MB, peak


def test_siqing_yaml_saved_as_gbk(tmp_path: Path) -> None:
    folder = _deployment(tmp_path)
    path = folder / "siqing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("gbk"))
    first_cjk = next(i for i, line in enumerate(text.splitlines(), 1) if any(ord(ch) > 0x7F for ch in line))
    proc, peak = _run(path)
    line = _one_line_error(proc, path, f"line {first_cjk}")
    assert "not UTF-8" in line and "UTF-8" in line.split(";")[-1]
    assert peak < MEMORY_CAP_MB, peak


@pytest.mark.skipif(not hasattr(resource, "RUSAGE_CHILDREN"), reason="needs getrusage(RUSAGE_CHILDREN)")
def test_the_memory_reading_is_real(tmp_path: Path) -> None:
    """The cap above can fail: a child that holds 500 MB reads as more than the cap."""
    script = ("import resource, subprocess, sys; subprocess.run([sys.executable, '-c', "
              "'b = bytearray(500 * 1024 * 1024); b[::4096] = b\"x\" * len(b[::4096])']); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120).stdout
    assert int(out.strip()) / 1024 > MEMORY_CAP_MB
