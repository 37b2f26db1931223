"""One headline classified for one home, as `siqing classify` reads an item given its title, site name and URL only."""

from __future__ import annotations

from processing.classify import Classifier, Item, Verdict


def headline_verdict(home: str, title: str, source: str, url: str) -> Verdict:
    """The verdict on a headline for home (a region code), from its title, site name and URL."""
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))
