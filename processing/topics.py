"""Topics from the deployment's taxonomy (config/taxonomy.yaml): terms matched in title and text."""

from __future__ import annotations

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


class TopicTagger:
    """Scores each topic by its terms' occurrences (title counts thrice) and keeps the strong ones."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics

    def tag(self, title: str, text: str, limit: int = 3) -> list[str]:
        """The item's topics, strongest first."""
        text = text[:3000]
        scored = []
        for topic in self.topics:
            score = sum(title.count(t) * TITLE_WEIGHT + text.count(t) for t in topic.terms)
            if score >= THRESHOLD:
                scored.append((score, topic.name))
        scored.sort(key=lambda p: -p[0])
        return [name for _, name in scored[:limit]]
