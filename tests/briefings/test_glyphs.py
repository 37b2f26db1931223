"""No glyph missing: every character of the sample sites' real texts has a glyph in the body
face (FandolFang) or its fallback (Noto Serif CJK), so the briefing never shows a blank box."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest
from fontTools.ttLib import TTCollection, TTFont

from briefings.fonts import INSTALL_COMMAND, find_fonts
from siqing.app.demo.sites import load_manifest, read_page


def _cmap(path: str, collection: bool) -> set[int]:
    fonts = TTCollection(path).fonts if collection else [TTFont(path)]
    covered: set[int] = set()
    for font in fonts:
        covered |= set(font.getBestCmap())
    return covered


def _sample_characters() -> set[str]:
    chars: set[str] = set()
    for article in load_manifest()["articles"]:
        page = read_page(article["url"])
        assert page is not None, article["url"]
        text = lxml.html.document_fromstring(page[0]).text_content()
        chars |= {c for c in text if not c.isspace() and unicodedata.category(c)[0] != "C"}
    return chars


def test_every_sample_character_has_a_glyph() -> None:
    fonts = find_fonts()
    if "fang" not in fonts or "serif" not in fonts:
        pytest.skip(f"fonts missing: {INSTALL_COMMAND}")
    covered = _cmap(str(fonts["fang"].path), fonts["fang"].is_collection)
    covered |= _cmap(str(fonts["serif"].path), fonts["serif"].is_collection)
    chars = _sample_characters()
    assert len(chars) > 1500  # the real texts, not an empty page
    missing = sorted(c for c in chars if ord(c) not in covered)
    assert not missing, f"no glyph for {missing[:20]} ({len(missing)} characters)"
