"""One headline classified for one home, as `siqing classify` reads an item given its title, site name and URL only."""

from __future__ import annotations

from processing.classify import Classifier, Item, Verdict
from processing.regions import RegionFinder


def headline_verdict(home: str, title: str, source: str, url: str) -> Verdict:
    """The verdict on a headline for home (a region code), from its title, site name and URL."""
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


def place_names(text: str, source: str | None = None) -> list[str]:
    """The names of the places the region finder reads in text, with the site's place (a region code) when given."""
    return [d.name for d in RegionFinder().divisions(text, source)]
