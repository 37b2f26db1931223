"""Build the offline installer: dist/siqing-offline-VERSION-pyXY-ARCH.tar.gz (`make bundle`).

It holds a wheel of siqing and of every pinned dependency for this Python and architecture, the
fonts the briefing needs with their licences, the Debian packages the PDF tools need (when built on
Debian/Ubuntu), install.sh, a Chinese README, MANIFEST.tsv (every file with its version, licence and
source) and SHA256SUMS. Run it on a connected machine of the same Python version and architecture
as the intranet one; prints one JSON line of figures (size, files, build time) last.
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.fonts import search_dirs  # noqa: E402

FONT_FILES = ("FandolFang-Regular.otf", "FandolHei-Regular.otf", "FandolHei-Bold.otf", "FandolKai-Regular.otf",
              "FandolSong-Bold.otf", "FandolSong-Regular.otf", "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc",
              "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")
FONT_ORIGIN = {
    "Fandol": ("GPL-3.0-only (Fandol fonts, CTAN)", "Debian package texlive-lang-chinese", "texlive-lang-chinese"),
    "Noto": ("OFL-1.1 (Noto CJK, Google and Adobe)", "Debian package fonts-noto-cjk", "fonts-noto-cjk"),
}
# What WeasyPrint and the PDF checks need beyond a minimal Debian, and what makes a virtualenv.
DEB_ROOTS = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "poppler-utils", "fontconfig",
             "python3-venv")


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)  # type: ignore[call-overload]


def wheel_metadata(path: Path) -> tuple[str, str]:
    """(version, licence) read from a wheel's METADATA."""
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(zf.read(name).decode("utf-8", "replace"))
    licence = meta.get("License-Expression") or ""
    if not licence:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
        licence = "; ".join(classifiers)
    if not licence and (meta.get("License") or "").strip():
        licence = meta["License"].strip().splitlines()[0]
    return meta.get("Version", "?"), (licence or "not stated")[:80]


def build_wheels(stage: Path, python: str) -> list[list[str]]:
    wheels = stage / "wheels"
    wheels.mkdir()
    run([python, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(wheels), "-c", str(ROOT / "constraints.txt"),
         f"{ROOT}[browse]"], cwd=str(ROOT))
    left = [p.name for p in wheels.iterdir() if not p.name.endswith(".whl")]
    if left:
        raise SystemExit(f"error: not wheels: {left}")
    rows = []
    for whl in sorted(wheels.glob("*.whl")):
        version, licence = wheel_metadata(whl)
        rows.append([f"wheels/{whl.name}", version, licence, "PyPI" if not whl.name.startswith("siqing-") else
                     "built from this repository"])
    return rows


def copy_fonts(stage: Path) -> list[list[str]]:
    fonts = stage / "fonts"
    fonts.mkdir()
    index: dict[str, Path] = {}
    for base in search_dirs():
        if base.is_dir():
            for p in base.rglob("*"):
                index.setdefault(p.name, p)
    rows = []
    for name in FONT_FILES:
        if name not in index:
            raise SystemExit(f"error: font {name} not found (run scripts/install-fonts.sh as root first)")
        shutil.copyfile(index[name], fonts / name)
        licence, origin, _ = FONT_ORIGIN["Fandol" if name.startswith("Fandol") else "Noto"]
        rows.append([f"fonts/{name}", "Debian 12 package", licence, origin])
    for _, (licence, origin, pkg) in FONT_ORIGIN.items():
        copyright_file = Path(f"/usr/share/doc/{pkg}/copyright")
        target = fonts / f"LICENSE-{pkg}.txt"
        if copyright_file.exists():
            shutil.copyfile(copyright_file, target)
        else:
            target.write_text(f"{licence}\nSource: {origin}\n", encoding="utf-8")
        rows.append([f"fonts/{target.name}", "-", licence, origin])
    return rows


def deb_closure(roots: tuple[str, ...]) -> list[str]:
    """The packages `roots` need, less those every Debian system has (priority required/important)."""
    out = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
               "--no-breaks", "--no-replaces", "--no-enhances", *roots]).stdout
    names = sorted({ln.strip() for ln in out.splitlines() if ln and not ln.startswith((" ", "<"))})
    keep = []
    for name in names:
        info = subprocess.run(["apt-cache", "show", "--no-all-versions", name], text=True, capture_output=True).stdout
        priority = next((ln.split(":", 1)[1].strip() for ln in info.splitlines() if ln.startswith("Priority:")), "")
        if info and priority not in ("required", "important"):
            keep.append(name)
    return keep


def download_debs(stage: Path) -> list[list[str]]:
    if not shutil.which("apt-get") or not Path("/etc/debian_version").exists():
        print("note: not Debian/Ubuntu: no Debian packages in the bundle", file=sys.stderr)
        return []
    debs = stage / "debs"
    debs.mkdir()
    names = deb_closure(DEB_ROOTS)
    proc = subprocess.run(["apt-get", "download", *names], cwd=str(debs), text=True, capture_output=True)
    if proc.returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        run(["apt-get", "download", *names], cwd=str(debs))
    rows = []
    for deb in sorted(debs.glob("*.deb")):
        fields = run(["dpkg-deb", "-f", str(deb), "Package", "Version"]).stdout.splitlines()
        pkg = fields[0].split(":", 1)[1].strip()
        version = fields[1].split(":", 1)[1].strip()
        rows.append([f"debs/{deb.name}", version, f"see /usr/share/doc/{pkg}/copyright after installing",
                     "Debian archive (apt-get download)"])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "dist"))
    parser.add_argument("--python", default=sys.executable, help="the Python the bundle is for")
    args = parser.parse_args()
    t0 = time.monotonic()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    pyver = run([args.python, "-c", "import sys; print(f'{sys.version_info[0]}{sys.version_info[1]}')"]).stdout.strip()
    name = f"siqing-offline-{version}-py{pyver}-{platform.machine()}"
    out = Path(args.out)
    stage = out / name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    rows = build_wheels(stage, args.python) + copy_fonts(stage) + download_debs(stage)
    for src in ("install.sh", "README.md"):
        shutil.copyfile(ROOT / "scripts" / "bundle" / src, stage / src)
    (stage / "install.sh").chmod(0o755)
    (stage / "VERSION").write_text(f"{version}\npy{pyver}\n{platform.machine()}\n", encoding="utf-8")
    rows += [["install.sh", version, "MIT", "this repository"], ["README.md", version, "MIT", "this repository"],
             ["VERSION", version, "MIT", "this repository"]]
    manifest = ["path\tversion\tlicence\tsource"] + ["\t".join(r) for r in rows]
    (stage / "MANIFEST.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    sums = []
    for p in sorted(stage.rglob("*")):
        if p.is_file() and p.name != "SHA256SUMS":
            sums.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(stage)}")
    (stage / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage)
    print(archive)
    print(json.dumps({"bench": "bundle", "archive": archive.name, "bytes": archive.stat().st_size,
                      "mib": round(archive.stat().st_size / 2**20, 1), "files": len(sums),
                      "wheels": sum(1 for r in rows if r[0].startswith("wheels/")),
                      "debs": sum(1 for r in rows if r[0].startswith("debs/")),
                      "build_seconds": round(time.monotonic() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
