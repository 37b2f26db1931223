"""The region finder's fast scan finds exactly what trying every position finds, on real documents.

`RegionFinder.scan` passes over positions where no dictionary word's first two characters and no
abbreviation character stand. `ReferenceFinder` below is the scan as it was before (every position,
every word length): the two must give the same mentions, and `find` the same results, on the real
documents bundled with the tests (regulations, State Council documents and reports, news items and
headlines; their sources are in the NOTICE files beside them).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from processing.regions import Mention, RegionFinder

REPO = Path(__file__).resolve().parents[2]


class ReferenceFinder(RegionFinder):
    """The scan that tries every position with every word length (the speed it had before)."""

    def scan(self, text: str) -> list[Mention]:
        table = self._build()
        gaz = self.gazetteer
        out: list[Mention] = []
        i, n = 0, len(text)
        while i < n:
            hit = None
            if text[i] in self._first:
                for length in self._lengths:
                    if i + length > n:
                        continue
                    word = text[i: i + length]
                    entry = table.get(word)
                    if entry and self._accept(text, i, word, entry[0], entry[1]):
                        hit = (word, entry)
                        break
            if hit:
                word, (how, codes) = hit
                cands = self._candidates(text, i + len(word), codes)
                out.append(Mention(i, i + len(word), word, cands[0] if len(cands) == 1 else None, how, cands,
                                   self._weak(text, i, word, how, cands)))
                i += len(word)
                continue
            ab = self._abbr_at(text, i)
            if ab:
                end, abbr_codes = ab
                for k, code in enumerate(abbr_codes):
                    d = gaz.get(code)
                    s = i + k if end - i == len(abbr_codes) else i
                    out.append(Mention(s, s + 1 if end - i > 1 else end, text[s: s + 1], d, "abbr", (d,) if d else ()))
                i = end
                continue
            i += 1
        return out


def _texts() -> list[str]:
    out: list[str] = []
    with gzip.open(REPO / "tests" / "fixtures" / "summaries" / "docs.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append(f"{r['title']}\n{r['text'][:3000]}")
    with (REPO / "tests" / "fixtures" / "dedup" / "sample.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append(f"{r.get('title') or ''}\n{(r.get('text') or r.get('body') or '')[:3000]}")
    with (REPO / "processing" / "models" / "data" / "headlines.jsonl").open(encoding="utf-8") as fh:
        out.extend(json.loads(line)["title"] for line in fh if line.strip())
    return out


TEXTS = _texts()


def test_the_corpus_is_real_and_names_places() -> None:
    assert len(TEXTS) > 500
    finder = RegionFinder()  # one finder for the 200 texts (a new one rebuilds its tables: ~20 ms each)
    found = sum(len(finder.scan(t)) for t in TEXTS[:200])
    assert found > 200  # the comparison below is over texts full of mentions, not empty ones


@pytest.mark.parametrize("source", [None, "510107"])
def test_fast_scan_and_find_agree_with_every_position(source: str | None) -> None:
    fast, ref = RegionFinder(), ReferenceFinder()
    for text in TEXTS:
        assert fast.scan(text) == ref.scan(text), text[:80]
        assert fast.find(text, source) == ref.find(text, source), text[:80]


@pytest.mark.parametrize("text", ["", "京", "京津冀", "川渝两地", "在京召开", "鲁政发〔2024〕1号", "北京", "朝阳区",
                                  "长治久安", "南京路街道", "全国人大", "济南市历下区", "x北京市y", "市中区人大"])
def test_edges_agree(text: str) -> None:
    assert RegionFinder().scan(text) == ReferenceFinder().scan(text)
