"""The process stage's faster paths give what the plain ones gave: the same characters, hashes and orders.

Each faster function is checked against the straightforward version it replaced, on real text (the
dedup fixture's articles) and on seeded random strings made of the characters where the two could
part: full-width forms, combining marks after them, the edges of the ranges a sketch keeps, and
characters beyond the Basic Multilingual Plane.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from processing import dedup
from processing.text import clean, nfkc

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "sample.jsonl"


def articles() -> list[str]:
    rows = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r["text"] for r in rows]


def random_texts(pool: list[str], n: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _chars(*ranges: tuple[int, int]) -> list[str]:
    return [chr(c) for lo, hi in ranges for c in range(lo, hi)]


def test_nfkc_is_unicodedata_nfkc() -> None:
    tricky = [
        "第一条　为了规范，（一）；：１２％ＡＢＣ！",
        "\uff21\u0301\uff41\u0308 \uff2f\u0338 \uff1c\u0338 \uff1d\u0338",  # full-width letter, then a combining mark
        "\u3000\u0301",
        "Ⅱ①⑵ﬁ\xa0㎡㈱ｶﾞ",  # compatibility forms other than the full-width ones
        "\u1100\u1161\u11a8 \uac00\u11a8",  # Hangul jamo that compose
    ]
    pool = (_chars((0x20, 0x7F), (0xA0, 0x250), (0x300, 0x370), (0x1100, 0x1180), (0x2150, 0x2200),
                   (0x3000, 0x3100), (0x4E00, 0x4E20), (0xAC00, 0xAC20), (0xFF00, 0xFFF0))
            + ["\uff21\u0301", "\uff1c\u0338"])
    texts = tricky + articles() + random_texts(pool, 20000, 12, seed=14)
    assert any(unicodedata.normalize("NFKC", t) != t for t in texts)
    for t in texts:
        assert nfkc(t) == unicodedata.normalize("NFKC", t), repr(t)
    assert clean("第一条　为了规范，（一）") == "第一条 为了规范,(一)"


def sketch_reference(text: str) -> np.ndarray:
    """The sketch as first written: code points kept by comparisons, np.unique of the sampled hashes."""
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cps = cps[((cps >= 0x4E00) & (cps <= 0x9FFF)) | ((cps >= 0x30) & (cps <= 0x39))
              | ((cps >= 0x41) & (cps <= 0x5A)) | ((cps >= 0x61) & (cps <= 0x7A))].astype(np.uint64)
    n = len(cps) - dedup.SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32)
    h = cps[:n].copy()
    for k in range(1, dedup.SHINGLE):
        h *= np.uint64(1_000_003)
        h += cps[k : k + n]
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    top = (h >> np.uint64(32)).astype(np.uint32)
    return np.unique(top[top % np.uint32(dedup.SAMPLE_MOD) == 0])


def test_sketch_array_is_the_reference_sketch() -> None:
    pool = (_chars((0x20, 0x7F), (0x4DF0, 0x4E10), (0x9FF0, 0xA010), (0xFFF0, 0x10000))
            + ["\U00010000", "\U00020000", "\U0001F600", "，", "。"])
    texts = articles() + random_texts(pool, 5000, 40, seed=15)
    assert sum(len(sketch_reference(t)) for t in texts) > 1000
    for t in texts:
        got, want = dedup.sketch_array(t), sketch_reference(t)
        assert got.dtype == want.dtype == np.uint32
        assert np.array_equal(got, want), repr(t)


def test_stable_order_is_a_stable_argsort() -> None:
    rng = np.random.default_rng(14)
    for size, top in ((0, 10), (1, 10), (1000, 7), (50_000, 2**32), (50_000, 300)):
        hashes = rng.integers(0, top, size, dtype=np.uint64).astype(np.uint32)
        order, ordered = dedup._stable_order(hashes)
        want = np.argsort(hashes, kind="stable")
        assert np.array_equal(order, want)
        assert np.array_equal(ordered, hashes[want]) and ordered.dtype == np.uint32


def test_keyword_extractors_share_one_idf_table() -> None:
    from processing.keywords import KeywordExtractor, default_extractor

    mine = KeywordExtractor()
    assert mine.idf is default_extractor.idf and len(mine.idf) > 100_000
    assert mine.median_idf == sorted(mine.idf.values())[len(mine.idf) // 2]
    words = ["人大", "常委会", "立法", "立法", "监督", "的", "，", "2024"]
    assert mine.extract(words) == default_extractor.extract(words) == ["立法", "常委会", "人大", "监督"]


def plain_tag(topics: list, title: str, text: str, limit: int = 3) -> list[str]:
    """Topic tags as first written: every term counted with str.count in the title and the text."""
    from processing.topics import THRESHOLD, TITLE_WEIGHT

    text = text[:3000]
    scored = []
    for topic in topics:
        score = sum(title.count(t) * TITLE_WEIGHT + text.count(t) for t in topic.terms)
        if score >= THRESHOLD:
            scored.append((score, topic.name))
    scored.sort(key=lambda p: -p[0])
    return [name for _, name in scored[:limit]]


def test_topic_tags_are_the_plain_counts() -> None:
    from processing.topics import Topic, TopicTagger, load_taxonomy

    taxonomy = load_taxonomy(Path(__file__).resolve().parents[2] / "config" / "taxonomy.yaml")
    tricky = [Topic("a", ("立法", "法规", "立法法", "法")), Topic("b", ("aba", "ab", "ba", "bab")),
              Topic("c", ("a.b", "(x)", "立法", "监督", "")), Topic("d", ("人大代表", "代表", "表决"))]
    for topics in (taxonomy, tricky):
        tagger = TopicTagger(topics)
        terms = [t for topic in topics for t in topic.terms]
        assert tagger._scanned and len(tagger._scanned) < len(set(terms))
        rnd = random.Random(16)
        pieces = terms + [t[: len(t) // 2] for t in terms] + [t[len(t) // 2 :] for t in terms] + ["，", "x", "a", "b"]
        texts = articles()[:40] + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
        found = 0
        for k, text in enumerate(texts):
            title = texts[(k * 7) % len(texts)][:40]
            want = plain_tag(topics, title, text)
            assert tagger.tag(title, text) == want, (title, text)
            found += bool(want)
        assert found > 100


def plain_keywords(extractor: Any, words: list[str], top: int = 8) -> list[str]:
    """Keywords as first written: every scored word ranked by heapq.nsmallest on the full key."""
    import heapq
    from collections import Counter

    counts = Counter(words)
    scored = {w: c * wt for w, c in counts.items() if (wt := extractor._weight(w)) is not None}
    if not scored:
        return []
    total = sum(counts[w] for w in scored)
    return [w for w, _ in heapq.nsmallest(top, scored.items(), key=lambda p: (-(p[1] / total), p[0]))]


def test_keywords_are_the_plain_ranking() -> None:
    """Only words scoring at least the top-th best are ranked by the full key: the same words, in the
    same order, also where many tie (words the IDF table lacks share its median)."""
    from processing.keywords import KeywordExtractor
    from processing.text import default_segmenter

    k = KeywordExtractor()
    texts = [default_segmenter.cut(t) for t in articles()]
    rnd = random.Random(17)
    unknown = ["甲乙丙", "乙丙丁", "丙丁戊", "丁戊己", "甲乙", "乙丙", "立法", "监督", "代表", "的", "2024", "ab"]
    pool = [w for t in texts for w in t[:50]] + unknown
    lists = texts + [[rnd.choice(pool) for _ in range(rnd.randint(0, 40))] for _ in range(3000)] \
        + [[rnd.choice(unknown) for _ in range(rnd.randint(0, 30))] for _ in range(500)]
    ties = 0
    for words in lists:
        for top in (1, 3, 8):
            want = plain_keywords(k, words, top)
            assert k.extract(words, top) == want, (words, top)
        scored = {w: c * wt for w, c in Counter(words).items() if (wt := k._weight(w)) is not None}
        ties += len(set(scored.values())) < len(scored) > 8
    assert ties > 100


def test_township_names_skip_only_what_no_index_holds() -> None:
    """Township mentions found when names no township has are passed over first are those found by
    trying every context: on real articles, and on texts naming real townships after their district or
    alone, under sources of every level."""
    from processing.regions import RegionFinder
    from siqing.divisions import default_gazetteer

    fast, plain = RegionFinder(), RegionFinder()
    plain._township_names = lambda: None  # type: ignore[method-assign]
    names = fast._township_names()
    assert names is not None and len(names) > 10_000
    gaz = default_gazetteer
    towns = [t for t in (gaz.get(c) for c in ("370102", "370112", "110105", "440305", "330106")) if t is not None]
    pieces = ["，", "召开会议", "城乡", "乡镇", "村镇", "街道办事处", "镇政府", "乡村振兴"]
    for county in towns:
        for t in gaz.children(county.code)[:12]:
            pieces += [t.name, county.name + t.name, t.name[:-2] if t.name.endswith("街道") else t.name[:-1]]
    rnd = random.Random(18)
    texts = articles() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(2000)]
    found = 0
    for k, text in enumerate(texts):
        source = (None, "370000", "370100", "370102", "110105", "440300")[k % 6]
        want = plain.find(text, source)
        assert fast.find(text, source) == want, (text, source)
        found += sum(m.division is not None and m.division.level == "township" for m in want)
    assert found > 200


def test_sketch_and_opening_at_once() -> None:
    """The sketch and the opening made together (the short-text count taken from the sketch's table of
    kept characters) are those made apart: on real articles and on random texts whose count of kept
    characters in their first 3,000 falls on both sides of the short-text bound."""
    pool = (_chars((0x20, 0x7F), (0x3000, 0x3010), (0x4DF0, 0x4E10), (0x9FF0, 0xA010), (0xFFF0, 0x10000))
            + ["\U00010000", "\U00020000", "，", "。", "\n", "\ud800"])
    rnd = random.Random(19)
    texts = articles() + random_texts(pool, 300, 40, seed=20)
    for _ in range(400):  # about 1,000 kept characters in the first 3,000
        n = rnd.randint(2000, 4000)
        texts.append("".join(rnd.choice(pool) if rnd.random() < 0.64 else chr(rnd.randint(0x4E00, 0x9FFF))
                             for _ in range(n)))
    # on the bounds: 999 or 1,000 kept characters, the 3,000th character kept or not
    texts += ["一" * 999 + "，" * 2001 + "一" * 50, "一" * 1000 + "，" * 2000, "，" * 2000 + "一" * 1005,
              "，" * 2001 + "一" * 1000, "\U00020000" * 2000 + "a" * 1000, "\U00020000" * 2001 + "a" * 1000]
    assert [dedup.opening("", t)[2] for t in texts[-6:]] == [True, False, False, True, False, True]
    shorts = set()
    for k, text in enumerate(texts):
        title = texts[(k * 7) % len(texts)][:30]
        sk, opened = dedup.sketch_and_opening(title, text)
        assert np.array_equal(sk, dedup.sketch_array(text)) and sk.dtype == np.uint32
        assert opened == dedup.opening(title, text)
        shorts.add(opened[2])
    assert shorts == {True, False}
