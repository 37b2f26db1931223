"""Scrapy's check that no spider callback is a generator returning a value, run once here over every
method of siqing's spiders (crawlers/settings.py turns the per-response check off: it re-parsed the
callback's source on most responses of a many-source crawl)."""

from __future__ import annotations

import inspect
from collections.abc import Generator, Iterator

from scrapy.utils.misc import is_generator_with_return_value

from crawlers import distributed
from crawlers.run import SPIDERS
from crawlers.settings import WARN_ON_GENERATOR_RETURN_VALUE


def _spider_classes() -> list[type]:
    classes = {c for spider in SPIDERS.values() for c in inspect.getmro(spider)
               if c.__module__.startswith("crawlers.")}
    classes |= {c for _, c in inspect.getmembers(distributed, inspect.isclass)
                if c.__module__ == distributed.__name__}
    return sorted(classes, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def test_no_spider_generator_returns_a_value() -> None:
    assert WARN_ON_GENERATOR_RETURN_VALUE is False  # why this test exists
    generators = [(cls, name) for cls in _spider_classes() for name, fn in vars(cls).items()
                  if inspect.isgeneratorfunction(fn)]
    assert len(generators) >= 5, generators  # parse_list, parse_article and the feeds' parsers at least
    bad = [f"{cls.__qualname__}.{name}" for cls, name in generators
           if is_generator_with_return_value(getattr(cls, name))]
    assert bad == []


def test_the_check_finds_a_generator_returning_a_value() -> None:
    def returns_a_value() -> Generator[int, None, int]:
        yield 1
        return 2

    def returns_nothing() -> Iterator[int]:
        yield 1
        return

    assert is_generator_with_return_value(returns_a_value)
    assert not is_generator_with_return_value(returns_nothing)
