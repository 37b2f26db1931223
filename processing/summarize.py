"""An extractive summary: the lead sentence that carries the news, at most N characters.

Official texts open with salutations, document numbers and chapter headings; news opens with
its lead. The summary is the first sentence that says something, cut at a clause boundary when
it is too long, and always ends as a sentence does.
"""

from __future__ import annotations

import re

SENTENCE_END = "。！？；!?"
_SENTENCES = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_SKIP = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节编]|[（(]?[一二三四五六七八九十]+[)）、]|目\s*录|"
    r".{0,30}(?:〔|\[)\d{4}(?:〕|\])\d+号$|各.{0,60}[：:]$|.{0,40}[：:]$|（此件公开发布）|"
    r"\d{4}年\d{1,2}月\d{1,2}日$|附件|来源|责任编辑)"
)
CLAUSE = "，、；：,;:"


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        # A short line with no closing punctuation is a heading (公告, 第一章 总则, a 文号).
        if not line or (line[-1] not in SENTENCE_END and len(line) < 40):
            continue
        out.extend(s.strip() for s in _SENTENCES.findall(line) if s.strip())
    return out


def summarize(title: str, text: str, limit: int = 120) -> str:
    """A summary of at most `limit` characters that reads as a sentence."""
    candidates = [s for s in _sentences(text[:4000]) if len(s) >= 12 and not _SKIP.match(s)]
    lead = candidates[0] if candidates else (title.strip() or "")
    # A lead that merely repeats the headline adds nothing: take the next one if there is one.
    if len(candidates) > 1 and lead.rstrip(SENTENCE_END) == title.strip():
        lead = candidates[1]
    return _fit(lead, limit)


def _fit(sentence: str, limit: int) -> str:
    sentence = re.sub(r"\s+", "", sentence) if re.search(r"[\u4e00-\u9fff]", sentence) else sentence.strip()
    if len(sentence) <= limit:
        return sentence if sentence[-1:] in SENTENCE_END else sentence + "。"
    head = sentence[: limit - 1]
    cut = max(head.rfind(c) for c in CLAUSE)
    if cut >= limit // 3:
        head = head[:cut]
    return head.rstrip(CLAUSE) + "。"
