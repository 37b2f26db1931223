"""Offline bundle: its size and the time install.sh takes with no network, beside a bare
`pip install --no-index` of the same wheels (the baseline) measured in the same run.

Builds the bundle first when dist/ has none. Needs root (unshare -n); prints one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def offline(script: str, cwd: Path) -> float:
    t0 = time.monotonic()
    subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up; " + script], cwd=str(cwd), check=True,
                   capture_output=True, text=True)
    return time.monotonic() - t0


def main() -> int:
    if os.geteuid() != 0:
        print(json.dumps({"bench": "bundle", "skipped": "needs root for unshare -n"}))
        return 0
    bundles = sorted((ROOT / "dist").glob("siqing-offline-*.tar.gz"))
    if not bundles:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_bundle.py")], check=True, capture_output=True)
        bundles = sorted((ROOT / "dist").glob("siqing-offline-*.tar.gz"))
    archive = bundles[-1]
    python = getattr(sys, "_base_executable", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with tarfile.open(archive) as tar:
            tar.extractall(work, filter="data")
        (folder,) = [p for p in work.iterdir() if p.is_dir()]
        ours = offline(f"./install.sh --home 浙江省杭州市 --prefix {work / 'inst'} --python {python}", folder)
        upgrade = offline(f"./install.sh --prefix {work / 'inst'} --python {python}", folder)
        base = offline(f"{python} -m venv {work / 'bare'} && {work / 'bare/bin/python'} -m pip install -q --no-index "
                       f"--find-links wheels 'siqing[browse]'", folder)
    print(json.dumps({"bench": "bundle", "archive": archive.name, "mib": round(archive.stat().st_size / 2**20, 1),
                      "install_seconds": round(ours, 1), "upgrade_seconds": round(upgrade, 1),
                      "baseline_pip_install_seconds": round(base, 1), "ratio": round(ours / base, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
