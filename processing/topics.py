"""Topics from the deployment's taxonomy (config/taxonomy.yaml): terms matched in title and text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from siqing.errors import ConfigError

TITLE_WEIGHT = 3
THRESHOLD = 3


@dataclass(frozen=True)
class Topic:
    name: str
    terms: tuple[str, ...]


def load_taxonomy(path: Path) -> list[Topic]:
    """Read taxonomy.yaml: a mapping `topics` of topic name -> list of terms."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("file not found", path=str(path)) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"bad YAML: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("topics"), dict):
        raise ConfigError("expected a mapping `topics` of topic -> terms", path=str(path), key="topics")
    topics = []
    for name, terms in data["topics"].items():
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise ConfigError("expected a list of terms", path=str(path), key=f"topics.{name}")
        topics.append(Topic(str(name), tuple(terms)))
    return topics


def _may_hide(term: str, terms: list[str]) -> bool:
    """Whether a match of another term can cover an occurrence of this one: another term holds it or
    starts it (立法 in 立法法), or ends with its start (…立法 then 法规). Otherwise every occurrence of
    it is a match of one pattern of all the terms, and that pattern's matches count it as str.count."""
    if not term:
        return True
    for other in terms:
        if other == term or not other:
            continue
        if term in other or term.startswith(other):
            return True
        if any(other.endswith(term[:k]) for k in range(1, min(len(term), len(other) + 1))):
            return True
    return False


class TopicTagger:
    """Scores each topic by its terms' occurrences (title counts thrice) and keeps the strong ones."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        terms = sorted({t for topic in topics for t in topic.terms})
        # Terms no other term can hide are counted from one scan of the text (one regex of them all);
        # the few others one by one with str.count.
        self._scanned = frozenset(t for t in terms if not _may_hide(t, terms))
        self._pattern = re.compile("|".join(re.escape(t) for t in sorted(self._scanned, key=lambda t: (-len(t), t))))
        self._terms = [(topic.name, [(t, t in self._scanned) for t in topic.terms]) for topic in topics]

    def tag(self, title: str, text: str, limit: int = 3) -> list[str]:
        """The item's topics, strongest first."""
        text = text[:3000]
        in_title: Counter[str] = Counter()
        in_text: Counter[str] = Counter()
        if self._scanned:
            in_title.update(self._pattern.findall(title))
            in_text.update(self._pattern.findall(text))
        scored = []
        for name, terms in self._terms:
            score = sum(in_title[t] * TITLE_WEIGHT + in_text[t] if scanned
                        else title.count(t) * TITLE_WEIGHT + text.count(t) for t, scanned in terms)
            if score >= THRESHOLD:
                scored.append((score, name))
        scored.sort(key=lambda p: -p[0])
        return [name for _, name in scored[:limit]]
