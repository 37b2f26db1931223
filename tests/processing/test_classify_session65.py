"""Failure kinds session 65 read in the train and dev parts' errors and in fresh sets read before import. A province's
delegation by its short and 团, first of several or with its deputies counted (云南团、新疆团13名全国人大代表视察…), is that
province's delegation, as 天水团省人大代表 already was. Each positive case is a real headline of the corpus; the forms each
fix must leave alone are real ones or made from real ones by changing the words the rule reads."""

from __future__ import annotations

import pytest

from tests.processing.verdicts import headline_verdict as _verdict


@pytest.mark.parametrize(("title", "home", "kind"), [
    ("云南团、新疆团13名全国人大代表视察新疆检察工作", "350203", "external"),
    ("云南团、新疆团13名全国人大代表视察新疆检察工作", "530000", "internal"),
])
def test_a_delegation_by_its_short_first_of_several_is_the_province(title: str, home: str, kind: str) -> None:
    assert _verdict(home, title, "最高人民检察院", "https://www.spp.gov.cn/spp/a.shtml").kind == kind


@pytest.mark.parametrize("title", [
    # the league's committee is no delegation (共青团), nor deputies named with no 团 before them
    "共青团、团市委13名全国人大代表视察新疆检察工作",
    "13名全国人大代表视察新疆检察工作",
])
def test_no_delegation_without_a_place_and_its_short(title: str) -> None:
    assert _verdict("350203", title, "最高人民检察院", "https://www.spp.gov.cn/spp/a.shtml").kind == "upper"

