"""Keywords by TF-IDF, with the IDF table jieba ships (general Chinese text)."""

from __future__ import annotations

import math
import os
from collections import Counter

import jieba

from processing.text import is_wordlike, load_stopwords


class KeywordExtractor:
    def __init__(self) -> None:
        idf_path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
        self.idf: dict[str, float] = {}
        with open(idf_path, encoding="utf-8") as fh:
            for line in fh:
                word, _, value = line.strip().partition(" ")
                if value:
                    self.idf[word] = float(value)
        values = sorted(self.idf.values())
        self.median_idf = values[len(values) // 2]
        self.stopwords = load_stopwords()

    def extract(self, words: list[str], top: int = 8) -> list[str]:
        """The top words of a segmented text."""
        counts = Counter(
            w for w in words if len(w) >= 2 and w not in self.stopwords and is_wordlike(w) and not w.isdigit()
        )
        if not counts:
            return []
        total = sum(counts.values())
        scored = {w: (c / total) * self.idf.get(w, self.median_idf) * (1 + 0.1 * math.log(len(w)))
                  for w, c in counts.items()}
        return [w for w, _ in sorted(scored.items(), key=lambda p: (-p[1], p[0]))[:top]]


default_extractor = KeywordExtractor()
extract_keywords = default_extractor.extract
