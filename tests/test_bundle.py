"""The offline bundle installs and runs with no network at all (runs when `make bundle` has built one).

Unpacks dist/siqing-offline-*.tar.gz in a fresh folder and, inside a network namespace with only a
loopback interface (`unshare -n`, as root), runs install.sh, then `siqing demo` from the installed
copy, and checks the PDF's fonts are all embedded. Then installs again: an in-place upgrade keeps
the configuration.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLES = sorted((REPO / "dist").glob("siqing-offline-*.tar.gz"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLES, reason="no bundle in dist/ (run `make bundle`; .ci/run does)"),
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"), reason="needs root and unshare -n"),
]


def _offline(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a new network namespace: loopback up, no other interface, no route out."""
    return subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up; " + script], cwd=str(cwd),
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle unpacked once for this module (400 MB of gzip: seconds); tests only read it (install.sh
    writes nothing into its own folder) or work on a hard-linked copy of it."""
    dest = tmp_path_factory.mktemp("bundle")
    with tarfile.open(BUNDLES[-1]) as tar:
        tar.extractall(dest, filter="data")
    (folder,) = [p for p in dest.iterdir() if p.is_dir()]
    return folder


def test_bundle_installs_and_runs_offline(tmp_path: Path, unpacked: Path) -> None:
    folder = unpacked
    assert (folder / "SHA256SUMS").exists() and (folder / "MANIFEST.tsv").exists()
    manifest = (folder / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    listed = {line.split("\t")[0] for line in manifest[1:]}
    files = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()} - {"MANIFEST.tsv", "SHA256SUMS"}
    assert files == listed, "MANIFEST.tsv names every file"
    assert all(len(line.split("\t")) == 4 and line.split("\t")[2] for line in manifest[1:])
    probe = _offline(f"{sys.executable} -c \"import socket; s=socket.socket(); s.settimeout(3); "
                     "print(s.connect_ex(('1.1.1.1', 80)))\"", folder)
    assert probe.stdout.strip() != "0", "the namespace must have no route out"
    prefix = tmp_path / "inst"
    python = getattr(sys, "_base_executable", sys.executable)
    proc = _offline(f"./install.sh --home 浙江省杭州市 --prefix {prefix} --python {python}", folder)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "安装完成" in proc.stdout and "check-source --all" in proc.stdout
    siqing = prefix / "bin" / "siqing"
    cfg = prefix / "config" / "siqing.yaml"
    assert cfg.exists() and "浙江省杭州市" in cfg.read_text(encoding="utf-8")
    demo = _offline(f"{siqing} demo --dir {tmp_path / 'demo'} --port 8731", tmp_path)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    pdf = Path(demo.stdout.strip().splitlines()[-1])
    assert pdf.exists() and pdf.suffix == ".pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), fonts
    assert any("Fandol" in line for line in fonts)
    # Installing again upgrades in place: the configuration stays, the store is migrated.
    cfg.write_text(cfg.read_text(encoding="utf-8") + "# kept\n", encoding="utf-8")
    again = _offline(f"./install.sh --prefix {prefix} --python {python}", folder)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "保留现有配置" in again.stdout and cfg.read_text(encoding="utf-8").endswith("# kept\n")


def test_a_changed_file_is_refused(tmp_path: Path, unpacked: Path) -> None:
    folder = tmp_path / unpacked.name
    shutil.copytree(unpacked, folder, copy_function=os.link)  # hard links: the unpacked files stay as they are
    (folder / "README.md").unlink()  # a new file, not the shared one rewritten
    (folder / "README.md").write_text("changed\n", encoding="utf-8")
    proc = _offline(f"./install.sh --home 浙江省杭州市 --prefix {tmp_path / 'inst'}", folder)
    assert proc.returncode == 2 and "校验未通过" in proc.stderr
