"""Repost clusters: the same story carried by several sites is one cluster.

Reposts are re-headlined, framed by the reposting site's header and footer, lightly edited, or cut
short. Jaccard similarity fails on a copy cut to half; containment (the share of the smaller
text's shingles found in the larger) does not. Shingles are character n-grams of the text with
punctuation and spaces removed; a fixed share of them (by hash value) is kept as the document's
sketch, which estimates containment without bias and keys an inverted index for candidates.

Sketches are sorted numpy arrays of 32-bit hashes and the index is a sorted array of (hash,
document) pairs plus a small dictionary of recent postings merged into it now and then: ten thousand
documents' postings take tens of megabytes, not the hundreds a dictionary of lists would.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

SHINGLE = 8
SAMPLE_MOD = 4  # keep shingles whose hash % SAMPLE_MOD == 0
MIN_SAMPLED = 6  # below this a text is too short to judge
THRESHOLD = 0.5
_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
_MUL = np.uint64(1_000_003)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def sketch_array(text: str) -> Any:
    """The sampled shingle hashes of a text: a sorted array of distinct uint32.

    A shingle's hash is a polynomial over its code points, mixed (splitmix64's finaliser), computed
    for all positions at once with numpy: the same shingle gives the same hash in every process.
    """
    s = _KEEP.sub("", text)
    n = len(s) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32)
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        h = h * _MUL + cps[k : k + n]
    h ^= h >> np.uint64(30)
    h *= _MIX1
    h ^= h >> np.uint64(27)
    h *= _MIX2
    h ^= h >> np.uint64(31)
    h >>= np.uint64(32)
    return np.unique(h[h % np.uint64(SAMPLE_MOD) == 0].astype(np.uint32))


def sketch(text: str) -> frozenset[int]:
    """The sampled shingle hashes of a text, as a set."""
    return frozenset(sketch_array(text).tolist())


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller sketch found in the larger."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_SAMPLED:
        return 0.0
    return len(small & large) / len(small)


MERGE_AT = 200_000  # recent postings merged into the sorted arrays beyond this many


class Clusterer:
    """Incremental clustering: add documents in arrival order; each gets its cluster's id.

    A cluster is named by its first document's id, so ids already given out never change.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.sizes: dict[int, int] = {}
        self.cluster_of: dict[int, int] = {}
        self._hashes = np.empty(0, dtype=np.uint32)  # sorted
        self._docs = np.empty(0, dtype=np.int64)  # the document of each hash above
        self._recent: dict[int, list[int]] = defaultdict(list)
        self._recent_n = 0

    def _postings(self, sk: Any) -> Any:
        """Ids of earlier documents sharing each hash of sk, one entry per shared hash."""
        parts = []
        if len(self._hashes):
            lo = np.searchsorted(self._hashes, sk, "left")
            hi = np.searchsorted(self._hashes, sk, "right")
            counts = hi - lo
            total = int(counts.sum())
            if total:
                starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
                parts.append(self._docs[starts + np.arange(total)])
        if self._recent:
            recent = self._recent
            found = [d for h in sk.tolist() if h in recent for d in recent[h]]
            if found:
                parts.append(np.asarray(found, dtype=np.int64))
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

    def _index(self, doc_id: int, sk: Any) -> None:
        for h in sk.tolist():
            self._recent[h].append(doc_id)
        self._recent_n += len(sk)
        if self._recent_n >= MERGE_AT:
            self._merge()

    def _merge(self) -> None:
        new_h: list[int] = []
        new_d: list[int] = []
        for h, ds in self._recent.items():
            new_h.extend([h] * len(ds))
            new_d.extend(ds)
        hs = np.concatenate([self._hashes, np.asarray(new_h, dtype=np.uint32)])
        dd = np.concatenate([self._docs, np.asarray(new_d, dtype=np.int64)])
        order = np.argsort(hs, kind="stable")
        self._hashes, self._docs = hs[order], dd[order]
        self._recent = defaultdict(list)
        self._recent_n = 0

    def add(self, doc_id: int, text: str, cluster_id: int | None = None, sketched: Any = None) -> int:
        """Place a document; return its cluster id. A known cluster id is kept as given.

        sketched: the text's sketch_array when already computed (by a worker process).
        """
        sk = sketched if sketched is not None else sketch_array(text)
        if isinstance(sk, frozenset):
            sk = np.asarray(sorted(sk), dtype=np.uint32)
        best, best_score = None, 0.0
        if cluster_id is None and len(sk) >= MIN_SAMPLED:
            ids = self._postings(sk)
            if len(ids):
                # Shared sampled shingles per earlier document: a document is posted once per hash,
                # so the count is the size of the sketches' intersection.
                others, shared = np.unique(ids, return_counts=True)
                min_shared = max(MIN_SAMPLED // 2, int(self.threshold * min(len(sk), 40) * 0.5))
                keep = shared >= min_shared
                for other, n_shared in zip(others[keep].tolist(), shared[keep].tolist(), strict=True):
                    small = min(len(sk), self.sizes[other])
                    if small < MIN_SAMPLED:
                        continue
                    score = n_shared / small  # containment of the smaller sketch in the larger
                    if score > best_score:
                        best, best_score = other, score
        if cluster_id is None:
            cluster_id = self.cluster_of[best] if best is not None and best_score >= self.threshold else doc_id
        self.sizes[doc_id] = len(sk)
        self.cluster_of[doc_id] = cluster_id
        self._index(doc_id, sk)
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
