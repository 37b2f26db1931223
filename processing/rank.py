"""Importance, 0 to 1: the source's authority, how many sites carry the story, the match to the
home's focus topics, and recency."""

from __future__ import annotations

import math
from datetime import date

WEIGHTS = {"authority": 0.35, "spread": 0.25, "focus": 0.25, "recency": 0.15}


def importance(*, authority: float, copies: int, topics: list[str], focus_topics: list[str],
               published: str | None, today: date) -> float:
    """A weighted score; each part lies in [0, 1]."""
    spread = min(1.0, math.log1p(max(copies - 1, 0)) / math.log(10))
    focus = 1.0 if set(topics) & set(focus_topics) else (0.3 if topics else 0.0)
    recency = 0.5
    if published:
        try:
            age = (today - date.fromisoformat(published[:10])).days
            recency = 1.0 if age <= 1 else max(0.0, 1.0 - age / 30)
        except ValueError:
            pass
    score = (WEIGHTS["authority"] * max(0.0, min(1.0, authority)) + WEIGHTS["spread"] * spread
             + WEIGHTS["focus"] * focus + WEIGHTS["recency"] * recency)
    return round(score, 4)
