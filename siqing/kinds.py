"""The domain words of 四情, defined once: the four kinds, their Chinese names and the place relations.

Every module that names a kind or a relation imports it from here (issue 18: one definition each).
"""

from __future__ import annotations

from siqing.errors import UsageError

# The four kinds of an item relative to the home committee (RUBRIC.md), in display order.
KINDS: tuple[str, ...] = ("upper", "lower", "external", "internal")
KIND_NAMES_ZH: dict[str, str] = {"upper": "上情", "lower": "下情", "external": "外情", "internal": "内情"}
KIND_BY_ZH: dict[str, str] = {zh: k for k, zh in KIND_NAMES_ZH.items()}

# How a place stands to the home region (siqing.divisions.Gazetteer.relation).
RELATIONS: tuple[str, ...] = ("self", "above", "inside", "elsewhere")
RELATION_NAMES_ZH: dict[str, str] = {"self": "本级", "above": "上级", "inside": "辖区内", "elsewhere": "外地"}
# The kind an item of a body placed in a region gets by that region's relation alone.
RELATION_KIND: dict[str, str] = {"self": "internal", "above": "upper", "inside": "lower", "elsewhere": "external"}

# The mark on items whose confidence is under the configured threshold: people decide them.
REVIEW_MARK_ZH = "待核"


def parse_kind(text: str) -> str:
    """A kind from its English name or Chinese name (upper / 上情, case and spaces ignored)."""
    t = (text or "").strip()
    low = t.lower()
    if low in KINDS:
        return low
    if t in KIND_BY_ZH:
        return KIND_BY_ZH[t]
    raise UsageError(f"unknown kind {text!r}: one of " + ", ".join(f"{k}/{KIND_NAMES_ZH[k]}" for k in KINDS))


def kind_name_zh(kind: str) -> str:
    """The Chinese name of a kind (the kind itself when it is not one)."""
    return KIND_NAMES_ZH.get(kind, kind)
