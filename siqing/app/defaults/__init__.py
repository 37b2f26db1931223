"""Packaged copies of the default taxonomy and user dictionary (config/ holds the repository's).

An installed siqing (a wheel, the offline bundle) has no repository config/ folder: `siqing init` and
`siqing demo` copy these. tests/test_catalogue.py checks they equal config/'s.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FILES = ("taxonomy.yaml", "userdict.txt")


def copy_to(folder: Path) -> list[Path]:
    """Write the default taxonomy and user dictionary into `folder`; return the paths written."""
    out = []
    for name in FILES:
        target = folder / name
        target.write_bytes(resources.files(__package__).joinpath(name).read_bytes())
        out.append(target)
    return out
