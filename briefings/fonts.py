"""Locate the font files a briefing is typeset with (FangSong, Hei, Kai, a heavy Song, Noto CJK)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

INSTALL_COMMAND = "sudo sh scripts/install-fonts.sh"

# Each role lists acceptable files by name, best first.
ROLE_FILES: dict[str, tuple[str, ...]] = {
    "fang": ("FandolFang-Regular.otf",),
    "hei": ("FandolHei-Regular.otf", "NotoSansCJKsc-Regular.otf", "NotoSansCJK-Regular.ttc"),
    "hei_bold": ("FandolHei-Bold.otf", "NotoSansCJKsc-Bold.otf", "NotoSansCJK-Bold.ttc"),
    "kai": ("FandolKai-Regular.otf",),
    "song_bold": ("FandolSong-Bold.otf", "NotoSerifCJKsc-Bold.otf", "NotoSerifCJK-Bold.ttc"),
    "serif": ("NotoSerifCJKsc-Regular.otf", "NotoSerifCJK-Regular.ttc"),
    "sans": ("NotoSansCJKsc-Regular.otf", "NotoSansCJK-Regular.ttc"),
}
# Roles the layout cannot do without (the fallbacks may come from fontconfig by family name).
REQUIRED_ROLES = ("fang", "hei", "kai")
# Roles registered with @font-face (the serif/sans fallbacks use the system family names, since a
# .ttc collection cannot be addressed by index from CSS). The CSS family is the file's own family
# (FandolFang, ...), which WeasyPrint also writes as the PDF font name.
FACE_ROLES = ("fang", "hei", "hei_bold", "kai", "song_bold")
TEXLIVE_DIRS = (
    "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
    "/usr/local/texlive/texmf-dist/fonts/opentype/public/fandol",
)


@dataclass(frozen=True)
class FontFile:
    """One font file found on disk for a role."""

    role: str
    path: Path

    @property
    def url(self) -> str:
        """The file:// URL WeasyPrint loads and embeds."""
        return self.path.resolve().as_uri()

    @property
    def family(self) -> str:
        """The CSS family name: the file name without its style suffix (FandolFang-Regular -> FandolFang)."""
        return self.path.stem.split("-")[0]

    @property
    def is_collection(self) -> bool:
        """Whether the file is a .ttc collection (not addressable from CSS @font-face)."""
        return self.path.suffix.lower() == ".ttc"


def search_dirs() -> list[Path]:
    """Directories searched for fonts, in order of preference."""
    dirs: list[Path] = []
    env = os.environ.get("SIQING_FONT_DIR")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.append(Path.home() / ".local/share/fonts")
    dirs.append(Path("/usr/local/share/fonts"))
    dirs.append(Path("/usr/share/fonts"))
    dirs.extend(Path(p) for p in TEXLIVE_DIRS)
    return dirs


def _index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Map lower-cased file name -> first path found under the directories."""
    found: dict[str, Path] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        for root, _subdirs, files in os.walk(base):
            for name in files:
                if name.lower().endswith((".otf", ".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


@lru_cache(maxsize=8)
def _find(dirs: tuple[Path, ...]) -> dict[str, FontFile]:
    """Resolve each role to its best file under the given directories."""
    index = _index(dirs)
    result: dict[str, FontFile] = {}
    for role, names in ROLE_FILES.items():
        for name in names:
            path = index.get(name.lower())
            if path is not None:
                result[role] = FontFile(role, path)
                break
    return result


def find_fonts() -> dict[str, FontFile]:
    """Return the font file found for each role (roles with no file are absent)."""
    return dict(_find(tuple(search_dirs())))


def missing_fonts() -> list[str]:
    """Names of the required faces that were not found (empty when all is well)."""
    fonts = find_fonts()
    missing = [ROLE_FILES[role][0] for role in REQUIRED_ROLES if role not in fonts]
    if "serif" not in fonts and "sans" not in fonts:
        missing.append("Noto CJK (fonts-noto-cjk)")
    return missing


def font_face_css(fonts: dict[str, FontFile] | None = None) -> str:
    """@font-face rules pointing at the local files so WeasyPrint embeds and subsets them."""
    fonts = find_fonts() if fonts is None else fonts
    rules: list[str] = []
    for role in FACE_ROLES:
        font = fonts.get(role)
        if font is None or font.is_collection:
            continue
        weight = "bold" if role.endswith("_bold") else "normal"
        rules.append(
            f'@font-face {{ font-family: "{font.family}"; src: url("{font.url}"); font-weight: {weight}; }}'
        )
    return "\n".join(rules)


def chart_font() -> Path | None:
    """A CJK font file matplotlib can draw chart labels with."""
    fonts = find_fonts()
    for role in ("hei", "sans", "fang", "serif"):
        if role in fonts:
            return fonts[role].path
    return None
