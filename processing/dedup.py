"""Repost clusters: the same story carried by several sites is one cluster.

Reposts are re-headlined, framed by the reposting site's header and footer, lightly edited, or cut
short. Jaccard similarity fails on a copy cut to half; containment (the share of the smaller
text's shingles found in the larger) does not. Shingles are character n-grams of the text with
punctuation and spaces removed; a fixed share of them (by hash value) is kept as the document's
sketch, which estimates containment without bias and keys an inverted index for candidates.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

SHINGLE = 8
SAMPLE_MOD = 4  # keep shingles whose hash % SAMPLE_MOD == 0
MIN_SAMPLED = 6  # below this a text is too short to judge
THRESHOLD = 0.5
_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")


def sketch(text: str) -> frozenset[int]:
    """The sampled shingle hashes of a text."""
    s = _KEEP.sub("", text)
    out = set()
    for i in range(max(len(s) - SHINGLE + 1, 0)):
        h = zlib.crc32(s[i : i + SHINGLE].encode())
        if h % SAMPLE_MOD == 0:
            out.add(h)
    return frozenset(out)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller sketch found in the larger."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_SAMPLED:
        return 0.0
    return len(small & large) / len(small)


class Clusterer:
    """Incremental clustering: add documents in arrival order; each gets its cluster's id.

    A cluster is named by its first document's id, so ids already given out never change.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.sketches: dict[int, frozenset[int]] = {}
        self.cluster_of: dict[int, int] = {}
        self.index: dict[int, list[int]] = defaultdict(list)

    def add(self, doc_id: int, text: str, cluster_id: int | None = None) -> int:
        """Place a document; return its cluster id. A known cluster id is kept as given."""
        sk = sketch(text)
        best, best_score = None, 0.0
        if cluster_id is None and len(sk) >= MIN_SAMPLED:
            hits: dict[int, int] = defaultdict(int)
            for h in sk:
                for other in self.index.get(h, ()):
                    hits[other] += 1
            min_shared = max(MIN_SAMPLED // 2, int(self.threshold * min(len(sk), 40) * 0.5))
            for other, shared in hits.items():
                if shared < min_shared:
                    continue
                score = containment(sk, self.sketches[other])
                if score > best_score:
                    best, best_score = other, score
        if cluster_id is None:
            cluster_id = self.cluster_of[best] if best is not None and best_score >= self.threshold else doc_id
        self.sketches[doc_id] = sk
        self.cluster_of[doc_id] = cluster_id
        for h in sk:
            self.index[h].append(doc_id)
        return cluster_id

    def clusters(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for doc, cl in self.cluster_of.items():
            out[cl].append(doc)
        return dict(out)


def cluster_texts(items: Iterable[tuple[int, str]], threshold: float = THRESHOLD) -> dict[int, int]:
    """Cluster (id, text) pairs in order; return id -> cluster id."""
    c = Clusterer(threshold)
    return {doc_id: c.add(doc_id, text) for doc_id, text in items}
