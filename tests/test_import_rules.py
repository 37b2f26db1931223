"""The floors of docs/CONTRACTS.md, enforced on the source: the stages (crawlers, processing,
briefings) never import each other, and the kernel (siqing outside siqing/app) imports no stage and
nothing of the top floor. Imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STAGES = ("crawlers", "processing", "briefings")


def imported_modules(path: Path, root: Path = REPO) -> set[str]:
    """Every module a file imports, absolute names (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def floor(module: str) -> str | None:
    top = module.split(".")[0]
    if top in STAGES:
        return top
    if module == "siqing.app" or module.startswith("siqing.app."):
        return "app"
    if top == "siqing":
        return "kernel"
    return None


def violations(root: Path = REPO) -> list[str]:
    found = []
    for folder in (*STAGES, "siqing"):
        for path in sorted((root / folder).rglob("*.py")):
            own = floor(".".join(path.relative_to(root).with_suffix("").parts))
            if own == "app":
                continue
            for mod in sorted(imported_modules(path, root)):
                other = floor(mod)
                if other is None or other == own or other == "kernel":
                    continue
                found.append(f"{path.relative_to(root)} ({own}) imports {mod} ({other})")
    return found


def test_stages_and_kernel_keep_to_their_floors() -> None:
    assert violations() == []


@pytest.mark.parametrize("source, expected", [
    ("from processing import classify\n", "processing"),
    ("def f():\n    from siqing.app import jobs\n", "app"),
])
def test_the_rule_catches_a_forbidden_import(tmp_path: Path, source: str, expected: str) -> None:
    (tmp_path / "crawlers" / "sub").mkdir(parents=True)
    (tmp_path / "crawlers" / "sub" / "probe.py").write_text(source, encoding="utf-8")
    (tmp_path / "siqing").mkdir()
    (tmp_path / "siqing" / "kernel.py").write_text("import crawlers.sub.probe\n", encoding="utf-8")
    found = violations(tmp_path)
    assert any(v.endswith(f"({expected})") and "probe" in v for v in found), found
    assert "siqing/kernel.py (kernel) imports crawlers.sub.probe (crawlers)" in found
