"""Repost clusters: the same story carried by several sites is one cluster.

Reposts are re-headlined, framed by the reposting site's header and footer, lightly edited, or cut
short. Jaccard similarity fails on a copy cut to half; containment (the share of the smaller
text's shingles found in the larger) does not. Shingles are character n-grams of the text with
punctuation and spaces removed; a fixed share of them (by hash value) is kept as the document's
sketch, which estimates containment without bias and keys an inverted index for candidates.

Short news is another matter: two provinces' "常委会第十二次会议开幕" items share most of their
words and are different news. A candidate found by containment is therefore checked against the
headline and the lead together (`Facts`): the places each names must not exclude each other, and
what is left after the weak evidence is masked out (place names, templated openings such as 会议开幕,
会议召开, 条例施行, dates) must still overlap. A repost keeps its places and its wording; a story of
another place or another subject on the same template does not.

Sketches are sorted numpy arrays of 32-bit hashes and the index is a sorted array of (hash,
document) pairs plus a small dictionary of recent postings merged into it now and then: ten thousand
documents' postings take tens of megabytes, not the hundreds a dictionary of lists would.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import numpy as np

from processing.regions import RegionFinder

SHINGLE = 8
SAMPLE_MOD = 4  # keep shingles whose hash % SAMPLE_MOD == 0
MIN_SAMPLED = 6  # below this a text is too short to judge
THRESHOLD = 0.5
_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
_MUL = np.uint64(1_000_003)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_S27, _S30, _S31, _S32 = np.uint64(27), np.uint64(30), np.uint64(31), np.uint64(32)
# Which code points of the Basic Multilingual Plane a shingle is made of (what _KEEP keeps: ideographs,
# digits, Latin letters): one table lookup a character instead of eight comparisons; beyond the
# plane nothing is kept (looked up at 0xFFFF, which is not).
_KEPT = np.zeros(0x10000, dtype=bool)
for _lo, _hi in ((0x4E00, 0x9FFF), (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)):
    _KEPT[_lo:_hi + 1] = True


def sketch_array(text: str) -> Any:
    """The sampled shingle hashes of a text: a sorted array of distinct uint32.

    A shingle's hash is a polynomial over its code points, mixed (splitmix64's finaliser), computed
    for all positions at once with numpy: the same shingle gives the same hash in every process.
    """
    return _sketch(text, 0)[0]


def sketch_and_opening(title: str, text: str) -> tuple[Any, tuple[str, str, bool]]:
    """`sketch_array(text)` and `opening(title, text)` at once: whether the text is short is counted
    on the sketch's table of kept characters instead of by removing the others with _KEEP."""
    sk, head = _sketch(text, SHORT_TEXT * 3)
    start = _prose_start(text)
    return sk, (title, text[start:start + LEAD_CHARS], head < SHORT_TEXT)


def _sketch(text: str, head: int) -> tuple[Any, int]:
    """The sketch, and how many of the first `head` characters it keeps (letters, digits, ideographs)."""
    # The code points of the text's letters, digits and ideographs (what _KEEP keeps), picked by numpy.
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kept = _KEPT[np.minimum(cps, 0xFFFF)]
    counted = int(np.count_nonzero(kept[:head])) if head else 0
    cps = cps[kept].astype(np.uint64)
    n = len(cps) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32), counted
    # In place: h = ((c0 * MUL + c1) * MUL + c2) ... over the window, wrapping at 64 bits.
    h = cps[:n].copy()
    for k in range(1, SHINGLE):
        h *= _MUL
        h += cps[k : k + n]
    h ^= h >> _S30
    h *= _MIX1
    h ^= h >> _S27
    h *= _MIX2
    h ^= h >> _S31
    top = (h >> _S32).astype(np.uint32)
    # np.unique, done directly (it costs as much again in its checks and dispatch on short arrays)
    top = top[top % np.uint32(SAMPLE_MOD) == 0]
    top.sort()
    if len(top) > 1:
        top = top[np.concatenate(([True], top[1:] != top[:-1]))]
    return top, counted


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

LEAD_CHARS = 300  # of the body, read with the headline for the checks below
PLACE_CHARS = 160  # of those, read for places and content words
CONTENT_GRAM = 3
MIN_CONTENT = 0.5  # share of the smaller item's content grams found in the other
# Templated wording: evidence only that two items are of one kind, not that they are one story.
WEAK = re.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]+届)?(?:人民代表大会常务委员会|人民代表大会|人大常委会|常务委员会|常委会|"
    r"人民政府|政协|委员会|人大)|"
    r"(?:第[一二三四五六七八九十百零〇\d]+次)?(?:全体|主任|常务|党组)?会议|"
    r"(?:隆重|胜利|正式)?(?:开幕|闭幕|召开|举行|举办|施行|实施|通过|审议|表决|听取|主持|出席|讲话|强调|指出|要求|部署|"
    r"开展|组织|参加|学习|传达|贯彻|落实|推进|加强|工作|活动|情况|有关|同志|代表|委员|主任|副主任|主席|书记)|"
    r"条例|规定|办法|决定|报告|意见|方案|"
    r"\d{4}年|\d{1,2}月\d{1,2}日|[上下]午|近日|日前|本报讯|记者|通讯员|[\d\s]+"
)
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_FINDER: RegionFinder | None = None


def _finder() -> RegionFinder:
    global _FINDER
    if _FINDER is None:
        _FINDER = RegionFinder()
    return _FINDER


@dataclass(frozen=True)
class Facts:
    """What the headline and lead say beyond the template: places named, and content grams."""

    places: frozenset[str]  # division codes named (every candidate of an ambiguous short name)
    leaves: frozenset[str]  # the most specific of them (济南 rather than 山东)
    grams: frozenset[str]  # character 3-grams of the headline and lead, weak evidence masked out
    lead: str  # the start of the body, letters and digits only, for alignment
    short: bool  # short news: a template can make up most of it
    dates: frozenset[tuple[int, int]] = frozenset()  # (month or 0, day) named in the headline and first sentences
    events: frozenset[str] = frozenset()  # 开幕 / 闭幕 named there: a session's opening and closing are two news


def facts(title: str, text: str) -> Facts:
    """The facts of an item from its headline and the start of its body proper."""
    return _facts(*_opening(title, text))


def opening(title: str, text: str) -> tuple[str, str, bool]:
    """What a document's facts are read from (see `Clusterer.add_many`): small, made where the text is."""
    return _opening(title, text)


def _as_sketch(sk: Any) -> Any:
    """A sketch as a sorted uint32 array (a frozenset from `sketch` is converted)."""
    if isinstance(sk, frozenset):
        return np.asarray(sorted(sk), dtype=np.uint32)
    return sk


def _stable_order(hashes: Any) -> tuple[Any, Any]:
    """np.argsort(hashes, kind="stable") of uint32 hashes, and the hashes in that order.

    Each hash is sorted with its position in the low 32 bits: the keys are distinct, so a plain sort
    of them gives the stable order, several times faster than a stable argsort of millions."""
    if len(hashes) >= 1 << 32:  # pragma: no cover - positions no longer fit beside the hash
        order = np.argsort(hashes, kind="stable")
        return order, hashes[order]
    key = hashes.astype(np.uint64) << _S32
    key |= np.arange(len(hashes), dtype=np.uint64)
    key.sort()
    return (key & np.uint64(0xFFFFFFFF)).astype(np.int64), (key >> _S32).astype(np.uint32)


def _merge_sorted(hashes: Any, docs: Any, more: Any, more_docs: Any, after: Any = None) -> tuple[Any, Any]:
    """The running index with sorted postings appended: what `_stable_order` of the two arrays one
    after the other gives (a hash's earlier postings first), placed by a search instead of a sort.
    after: `np.searchsorted(hashes, more, "right")` when already known."""
    if after is None:
        after = np.searchsorted(hashes, more, "right")
    at = after + np.arange(len(more))
    mine = np.ones(len(hashes) + len(more), dtype=bool)
    mine[at] = False
    out_h = np.empty(len(mine), dtype=hashes.dtype)
    out_d = np.empty(len(mine), dtype=docs.dtype)
    out_h[at], out_d[at] = more, more_docs
    out_h[mine], out_d[mine] = hashes, docs
    return out_h, out_d


def _opening(title: str, text: str) -> tuple[str, str, bool]:
    """What the facts are read from: the headline, the body's opening, whether the body is short."""
    start = _prose_start(text)
    return title, text[start:start + LEAD_CHARS], len(_KEEP.sub("", text[:SHORT_TEXT * 3])) < SHORT_TEXT


def _facts(title: str, opening: str, short: bool) -> Facts:
    """Facts from a headline and a body's opening (its first sentences name the places)."""
    head = f"{title}\n{opening[:PLACE_CHARS]}"
    gaz = _finder().gazetteer
    places: set[str] = set()
    spans: list[tuple[int, int]] = []
    for m in _finder().scan(head):
        if m.how in ("abbr", "nation"):
            continue  # one-character abbreviations and 全国 are too loose to tell places apart
        spans.append((m.start, m.end))
        places.update(d.code for d in m.candidates)
    ancestors = {a.code for code in places if (d := gaz.get(code)) is not None for a in gaz.ancestors_of(d)}
    leaves = frozenset(places - ancestors)
    chars = list(head)
    for left, right in spans:
        chars[left:right] = ["|"] * (right - left)
    masked = WEAK.sub("|", "".join(chars))
    grams = frozenset(run[i:i + CONTENT_GRAM] for run in _NOT_CJK.split(masked)
                      for i in range(len(run) - CONTENT_GRAM + 1))
    lead = _KEEP.sub("", opening)[:ALIGN_CHARS]
    dates = frozenset((int(m or 0), int(d)) for m, d in _DATE.findall(head))
    events = frozenset(_EVENT.findall(head))
    return Facts(frozenset(places), leaves, grams, lead, short, dates, events)


# A date in the headline or the first sentences is the day of the event: a yearly meeting on the same
# template a year later, or the same session's closing days after its opening, names another day.
# 30日 alone (a dispatch's day, month 0) matches any month's 30th: a copy's header date and a body's
# "30日" must not part it from the original's 1月30日.
_DATE = re.compile(r"(?:(?<!\d)(\d{1,2})月|(?<![\d月]))(\d{1,2})日")


def _same_day(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    """Whether the two sets name one day (a day without its month matches that day of any month)."""
    return any(d == e and (m == n or not m or not n) for m, d in a for n, e in b)
_EVENT = re.compile(r"开幕|闭幕")


_PROSE_LINE = re.compile(r"^.{0,400}?[，。；]", re.M)


def _prose_start(text: str) -> int:
    """Where the text proper starts: its first line of prose (a reposting site's header has no commas)."""
    m = _PROSE_LINE.search(text[:3000])
    return m.start() if m else 0


ALIGN_CHARS = 200
SHORT_TEXT = 1000  # letters and digits: below this a text is short news, checked beyond containment
FRAME = 5  # words on each side that make a difference a substitution within a sentence
_NUMERAL = re.compile(r"^[\d一二三四五六七八九十百千零〇两]+$")
_RELATIVE = re.compile(r"^(?:我|本|全)[省市区县州镇乡]$")
_RELATIVE_PART = re.compile(r"[我本全](?:[省市区县州镇乡])?$")
LEADING = 8
_JUNK = re.compile(r"^(?=.*[A-Za-z])[A-Za-z\d]*$")


def _unlike(x: str, y: str) -> bool:
    """Two different words (食品安全, 乡村振兴), not one word with stray characters (在管本行政区, 主管本行政只)."""
    return SequenceMatcher(None, x, y, autojunk=False).ratio() < 0.3


def _names_place(text: str) -> bool:
    """Whether a short text names a division (湖北, 菏泽市)."""
    return any(m.how not in ("abbr", "nation") for m in _finder().scan(text))


def substituted(a: str, b: str) -> bool:
    """Whether two leads differ by a substitution inside one sentence frame: another place, subject
    or number between the same words on both sides. A repost's edits are insertions, deletions, stray
    characters, and other headers and footers around the text."""
    if not a or not b:
        return False
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # Differences separated only by short runs in common (消防安全 and 全民健身 share 全) are one.
    anchors = [op for op in ops if op[0] == "equal" and op[2] - op[1] >= FRAME]
    if not anchors:
        return False
    first = anchors[0]
    # Before the first common run: 湖北人大常委会 and 菏泽市人大常委会 (but a header or a 本报讯 is longer).
    x, y = a[:first[1]], b[:first[3]]
    if 1 <= len(x) <= LEADING and 1 <= len(y) <= LEADING and _unlike(x, y) \
            and not (_RELATIVE_PART.search(x) or _RELATIVE_PART.search(y)) \
            and (_names_place(x) or _names_place(y)):
        return True
    for left, right in zip(anchors, anchors[1:], strict=False):
        x, y = a[left[2]:right[1]], b[left[4]:right[3]]
        if not x and not y:
            continue
        if _RELATIVE.match(x) or _RELATIVE.match(y):
            continue  # 我市 written out as the city's name
        if _JUNK.match(x) and _JUNK.match(y):
            continue  # stray letters a copying forum leaves in the text (t# E' Z3), not a word
        if 2 <= len(x) <= 12 and 2 <= len(y) <= 12 and _unlike(x, y) and (
                min(len(x), len(y)) >= 3 or _names_place(x) or _names_place(y)):
            return True
        # 第十二次 and 第八次: a number changed.
        if x and y and _NUMERAL.match(x + y):
            return True
    return False


def same_story(a: Facts, b: Facts) -> bool:
    """Whether two items that share much text can be one story: no place conflict, content overlap."""
    if a.places and b.places and not (a.leaves & b.places) and not (b.leaves & a.places):
        return False  # each names places the other does not: another place's news
    if not (a.short or b.short):
        return True  # long texts share a template only in part: containment decides
    if a.dates and b.dates and not _same_day(a.dates, b.dates):
        return False  # events of different days: the template's yearly or next-day twin
    if len(a.events) == len(b.events) == 1 and a.events != b.events:
        return False  # one session's opening and its closing
    if substituted(a.lead, b.lead):
        return False  # the same frame with another place, subject or number in it
    small, large = (a.grams, b.grams) if len(a.grams) <= len(b.grams) else (b.grams, a.grams)
    if len(small) < 4:
        return True  # nothing beyond the template to compare: containment decides
    return len(small & large) / len(small) >= MIN_CONTENT


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
        # Facts are read only for documents that share enough text with another (few of them):
        # until then the opening is kept, a few hundred characters a document.
        self._openings: dict[int, tuple[str, str, bool]] = {}
        self._facts: dict[int, Facts] = {}

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
        order, self._hashes = _stable_order(hs)
        self._docs = dd[order]
        self._recent = defaultdict(list)
        self._recent_n = 0

    def add(self, doc_id: int, text: str, cluster_id: int | None = None, sketched: Any = None,
            title: str = "") -> int:
        """Place a document; return its cluster id. A known cluster id is kept as given.

        sketched: the text's sketch_array when already computed (by a worker process).
        title: the headline, read with the lead to keep apart items that share only a template.
        """
        sk = _as_sketch(sketched if sketched is not None else sketch_array(text))
        cluster_id = self._place(doc_id, sk, _opening(title, text), cluster_id, self._postings)
        self._index(doc_id, sk)
        return cluster_id

    def add_many(self, items: Sequence[tuple[int, Any, tuple[str, str, bool], int | None]]) -> list[int]:
        """Place documents (id, sketch_array, opening, known cluster id or None) in order; return their
        cluster ids: the same as `add` one by one, with one index built for all of them at once.

        The opening is `opening(title, text)`. Each document's candidates are the documents added
        before it: those of earlier calls (the running index) and those before it in `items` (one
        sorted array of every item's hashes, with postings of later items dropped).
        """
        sks = [_as_sketch(sk) for _, sk, _, _ in items]
        ids = np.asarray([doc_id for doc_id, _, _, _ in items], dtype=np.int64)
        ends = np.cumsum([len(sk) for sk in sks], dtype=np.int64)
        hashes = np.concatenate(sks) if sks else np.empty(0, dtype=np.uint32)
        positions = np.repeat(np.arange(len(sks), dtype=np.int64), np.diff(ends, prepend=0))
        # Sorted by hash, stably: within a hash the items stand in order, so the items before one
        # sharing a hash are those between the hash's first entry and the item's own entry.
        order, sorted_h = _stable_order(hashes)
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        first = np.flatnonzero(np.r_[True, sorted_h[1:] != sorted_h[:-1]]) if len(sorted_h) else order
        width = np.diff(np.r_[first, len(sorted_h)])
        group_start = np.repeat(first, width)
        # The postings of each entry in the running index (earlier calls), one search for each distinct hash
        in_lo = in_n = after = None
        if len(self._hashes) and len(sorted_h):
            lo = np.searchsorted(self._hashes, sorted_h[first], "left")
            hi = np.searchsorted(self._hashes, sorted_h[first], "right")
            in_lo, in_n, after = np.repeat(lo, width)[rank], np.repeat(hi - lo, width)[rank], np.repeat(hi, width)
        earlier_n = rank - group_start[rank]  # per entry of `hashes`: earlier items sharing it
        sorted_docs = ids[positions[order]]
        ready: dict[int, tuple[list[int], list[float]]] | None = None
        # Every candidate found at once by numpy: when no item is placed twice (none of this call's ids
        # repeats or was placed before) and nothing was added one by one since the last merge.
        if not self._recent and len(np.unique(ids)) == len(ids) \
                and not any(doc_id in self.cluster_of for doc_id in ids.tolist()):
            ready = self._all_candidates(items, sks, ends, positions, order, rank, group_start, earlier_n,
                                         in_lo, in_n)
        out: list[int] = []
        for i, ((doc_id, _, opening, given), sk) in enumerate(zip(items, sks, strict=True)):
            if ready is not None:
                out.append(self._place(doc_id, sk, opening, given, self._postings, ready.get(i, ([], []))))
                continue
            start = int(ends[i - 1]) if i else 0

            def postings(sk: Any, start: int = start, end: int = int(ends[i])) -> Any:
                before = self._postings(sk)
                counts = earlier_n[start:end]
                total = int(counts.sum())
                if not total:
                    return before
                lo = group_start[rank[start:end]]
                found = sorted_docs[np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(total)]
                return np.concatenate([before, found]) if len(before) else found

            out.append(self._place(doc_id, sk, opening, given, postings))
        # The running index takes them all at once, for later calls.
        if len(hashes) and not len(self._hashes):
            self._hashes, self._docs = sorted_h, sorted_docs
        elif len(hashes):
            assert after is not None
            self._hashes, self._docs = _merge_sorted(self._hashes, self._docs, sorted_h, sorted_docs, after)
        return out

    def _min_shared(self, size: int) -> int:
        """Shared sampled shingles below which an earlier document is not a candidate."""
        return max(MIN_SAMPLED // 2, int(self.threshold * min(size, 40) * 0.5))

    def _all_candidates(self, items: Sequence[tuple[int, Any, tuple[str, str, bool], int | None]],
                        sks: list[Any], ends: Any, positions: Any, order: Any, rank: Any, group_start: Any,
                        earlier_n: Any, in_lo: Any, in_n: Any) -> dict[int, tuple[list[int], list[float]]]:
        """Every item's candidates among the items before it and the documents of earlier calls (ids
        ascending, containment scores), as `_place` filters them, counted by numpy for a few hundred
        items at a time. The two sets of documents are disjoint (`add_many` checks), so a pair's shared
        hashes are counted in one of them."""
        n = len(items)
        ids = np.asarray([doc_id for doc_id, _, _, _ in items], dtype=np.int64)
        by_id = np.argsort(ids, kind="stable")  # position of the k-th smallest id
        id_rank = np.empty(n, dtype=np.int64)
        id_rank[by_id] = np.arange(n)
        lens = np.asarray([len(sk) for sk in sks], dtype=np.int64)
        searched = np.asarray([given is None and len(sk) >= MIN_SAMPLED
                               for (_, _, _, given), sk in zip(items, sks, strict=True)], dtype=bool)
        min_shared = np.asarray([self._min_shared(len(sk)) for sk in sks], dtype=np.int64)
        sorted_pos = positions[order]
        out: dict[int, tuple[list[int], list[float]]] = {}
        indexed = in_lo is not None  # each entry's postings in the running index: [in_lo, in_lo + in_n)
        if indexed:
            base = int(self._docs.min())
            span = int(self._docs.max()) - base + 1
        step = 256
        for a in range(0, n, step):
            b = min(n, a + step)
            lo_e, hi_e = (int(ends[a - 1]) if a else 0), int(ends[b - 1])
            if indexed:
                self._indexed_candidates(out, positions[lo_e:hi_e], in_lo[lo_e:hi_e],
                                         in_n[lo_e:hi_e] * searched[positions[lo_e:hi_e]], base, span, lens, min_shared)
            counts = earlier_n[lo_e:hi_e] * searched[positions[lo_e:hi_e]]
            total = int(counts.sum())
            if not total:
                continue
            lo = group_start[rank[lo_e:hi_e]]
            other = sorted_pos[np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(total)]
            key = np.repeat(positions[lo_e:hi_e], counts) * n + id_rank[other]
            # (item, earlier item by id) pairs and how many hashes they share: their sketches' intersection
            pairs, shared = np.unique(key, return_counts=True)
            src, other = pairs // n, by_id[pairs % n]
            keep = shared >= min_shared[src]
            src, other, shared = src[keep], other[keep], shared[keep]
            small = np.minimum(lens[src], lens[other])
            scores = shared / np.maximum(small, 1)  # containment of the smaller sketch in the larger
            keep = (small >= MIN_SAMPLED) & (scores >= self.threshold)
            for i, o, score in zip(src[keep].tolist(), ids[other[keep]].tolist(), scores[keep].tolist(), strict=True):
                found = out.setdefault(i, ([], []))
                found[0].append(o)
                found[1].append(score)
        if indexed:  # the earlier calls' documents and this call's, each item's candidates in id order
            for i, (others, scores) in out.items():
                if len(others) > 1 and any(x > y for x, y in zip(others, others[1:], strict=False)):
                    in_order = sorted(zip(others, scores, strict=True), key=lambda p: p[0])
                    out[i] = ([o for o, _ in in_order], [sc for _, sc in in_order])
        return out

    def _indexed_candidates(self, out: dict[int, tuple[list[int], list[float]]], pos: Any, lo: Any, counts: Any,
                            base: int, span: int, lens: Any, min_shared: Any) -> None:
        """Add to `out` the candidates among the running index's documents of the entries given (item
        position, first posting, postings searched), filtered as `_candidates` filters them."""
        total = int(counts.sum())
        if not total:
            return
        other = self._docs[np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(total)]
        key = np.repeat(pos, counts) * span + (other - base)  # (item, earlier document) by id
        pairs, shared = np.unique(key, return_counts=True)
        src, other = pairs // span, pairs % span + base
        keep = shared >= min_shared[src]
        src, other, shared = src[keep], other[keep], shared[keep]
        if not len(src):
            return
        sizes = self.sizes
        theirs = np.fromiter((sizes[o] for o in other.tolist()), np.int64, len(other))
        small = np.minimum(lens[src], theirs)
        scores = shared / np.maximum(small, 1)  # containment of the smaller sketch in the larger
        keep = (small >= MIN_SAMPLED) & (scores >= self.threshold)
        for i, o, score in zip(src[keep].tolist(), other[keep].tolist(), scores[keep].tolist(), strict=True):
            found = out.setdefault(i, ([], []))
            found[0].append(o)
            found[1].append(score)

    def _candidates(self, sk: Any, ids: Any) -> tuple[list[int], list[float]]:
        """Earlier documents (ids ascending) that contain enough of sk or are contained in it, with scores."""
        if not len(ids):
            return [], []
        # Shared sampled shingles per earlier document: a document is posted once per hash,
        # so the count is the size of the sketches' intersection.
        others, shared = np.unique(ids, return_counts=True)
        keep = shared >= self._min_shared(len(sk))
        others, shared = others[keep], shared[keep]
        sizes = self.sizes
        small = np.minimum(len(sk), np.fromiter((sizes[o] for o in others.tolist()), np.int64, len(others)))
        scores = shared / np.maximum(small, 1)  # containment of the smaller sketch in the larger
        keep = (small >= MIN_SAMPLED) & (scores >= self.threshold)
        return others[keep].tolist(), scores[keep].tolist()

    def _place(self, doc_id: int, sk: Any, opening: tuple[str, str, bool], cluster_id: int | None,
               postings: Callable[[Any], Any], ready: tuple[list[int], list[float]] | None = None) -> int:
        """A document's cluster: the one of the earlier document it is most contained in (above the
        threshold, and the same story by its facts), else its own; a known cluster id is kept.
        ready: the candidates, when already found (`_all_candidates`)."""
        mine: Facts | None = None
        best, best_score = None, 0.0
        if cluster_id is None and len(sk) >= MIN_SAMPLED:
            others, scores = ready if ready is not None else self._candidates(sk, postings(sk))
            if others:
                for other, score in zip(others, scores, strict=True):
                    if score > best_score:
                        if mine is None:
                            mine = _facts(*opening)
                        if self._fits(mine, other):
                            best, best_score = other, score
        if cluster_id is None:
            cluster_id = self.cluster_of[best] if best is not None and best_score >= self.threshold else doc_id
        self.sizes[doc_id] = len(sk)
        self.cluster_of[doc_id] = cluster_id
        if mine is not None:
            self._facts[doc_id] = mine
        else:
            self._openings[doc_id] = opening
        return cluster_id

    def _facts_of(self, doc_id: int) -> Facts | None:
        """An earlier document's facts, read from its opening the first time they are needed."""
        found = self._facts.get(doc_id)
        if found is None and doc_id in self._openings:
            found = self._facts[doc_id] = _facts(*self._openings.pop(doc_id))
        return found

    def _fits(self, mine: Facts, other: int) -> bool:
        """Same story as the earlier document and as the first of its cluster (no chains of likeness)."""
        theirs = self._facts_of(other)
        if theirs is None or not same_story(mine, theirs):
            return theirs is None
        head = self.cluster_of.get(other, other)
        first = self._facts_of(head) if head != other else None
        return first is None or same_story(mine, first)

    def clusters(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for doc, cl in self.cluster_of.items():
            out[cl].append(doc)
        return dict(out)


def cluster_texts(items: Iterable[tuple[int, str]], threshold: float = THRESHOLD) -> dict[int, int]:
    """Cluster (id, text) pairs in order; return id -> cluster id."""
    c = Clusterer(threshold)
    return {doc_id: c.add(doc_id, text) for doc_id, text in items}


def cluster_items(items: Iterable[tuple[int, str, str]], threshold: float = THRESHOLD) -> dict[int, int]:
    """Cluster (id, headline, body) in order; return id -> cluster id."""
    c = Clusterer(threshold)
    return {doc_id: c.add(doc_id, body, title=title) for doc_id, title, body in items}
