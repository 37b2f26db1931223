"""Keywords by TF-IDF, with the IDF table jieba ships (general Chinese text)."""

from __future__ import annotations

import functools
import heapq
import math
import os
from collections import Counter
from collections.abc import Iterable

import jieba

from processing.text import is_wordlike, load_stopwords


@functools.cache
def _idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median, read once per process (about 0.3 s) and shared by every
    extractor: the module's default one and each analyser's."""
    idf_path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
    idf: dict[str, float] = {}
    with open(idf_path, encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.strip().partition(" ")
            if value:
                idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2]


class KeywordExtractor:
    def __init__(self) -> None:
        self.idf, self.median_idf = _idf_table()
        self.stopwords = load_stopwords()
        self._weights: dict[str, float | None] = {}

    def _weight(self, w: str) -> float | None:
        """IDF times a length bonus, or None for a word that is never a keyword."""
        if len(w) < 2 or w in self.stopwords or not is_wordlike(w) or w.isdigit():
            return None
        return self.idf.get(w, self.median_idf) * (1 + 0.1 * math.log(len(w)))

    def extract(self, words: list[str], top: int = 8) -> list[str]:
        """The top words of a segmented text."""
        # Count every word first (in C); each distinct word's weight (or None: not a keyword) is memoised.
        counts = Counter(words)
        weights = self._weights
        for w in [w for w in counts if w not in weights]:
            weights[w] = self._weight(w)
        scored = {w: c * wt for w, c in counts.items() if (wt := weights[w]) is not None}
        if not scored:
            return []
        total = sum(map(counts.__getitem__, scored))
        # The top of the ranking by weight over the total, ties by word (sorted()[:top]). Only words
        # scoring at least the top-th best can be in it (dividing by one total keeps the order): they
        # are picked by comparing floats, the few left ranked by the full key.
        items: Iterable[tuple[str, float]] = scored.items()
        if len(scored) > top:
            cut = heapq.nlargest(top, scored.values())[-1] / total
            items = [p for p in items if p[1] / total >= cut]
        return [w for w, _ in sorted(items, key=lambda p: (-(p[1] / total), p[0]))[:top]]


default_extractor = KeywordExtractor()
extract_keywords = default_extractor.extract
