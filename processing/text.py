"""Text: cleaning and word segmentation, behind one interface so the segmenter can be swapped.

`Segmenter` wraps a jieba Tokenizer with the deployment's domain dictionary (people's congress
terms and every division name). `cut` is the only call the other stages make; a faster
segmenter (rjieba, say) can stand behind it.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from pathlib import Path

import jieba

jieba.setLogLevel(logging.WARNING)

_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
STOPWORDS_FILE = Path(__file__).with_name("stopwords.txt")


def clean(text: str) -> str:
    """Normalise width and spaces, keep paragraph breaks, drop control characters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = _SPACE.sub(" ", text)
    lines = [ln.strip() for ln in text.split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(ln for ln in lines if ln)).strip()


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """Stopwords, one a line."""
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


class Segmenter:
    """jieba segmentation with a domain dictionary."""

    def __init__(self, userdict: Path | None = None) -> None:
        self.userdict = userdict
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        # Loaded on first use: jieba's dictionary costs about a second, which commands that never
        # segment should not pay.
        with self._lock:
            if self._tokenizer is None:
                tok = jieba.Tokenizer()
                tok.initialize()
                if self.userdict is not None and self.userdict.exists():
                    # An open file, not a path: jieba leaves a path's file handle unclosed.
                    with open(self.userdict, "rb") as fh:
                        tok.load_userdict(fh)
                self._tokenizer = tok
        return self._tokenizer

    def cut(self, text: str) -> list[str]:
        """Words of the text, spaces dropped."""
        return [w for w in self.tokenizer.lcut(text, HMM=True) if w.strip()]

    def cut_for_search(self, text: str) -> list[str]:
        """Words plus their shorter parts, for the full-text index (立法 inside 立法法)."""
        return [w for w in self.tokenizer.lcut_for_search(text) if w.strip()]


def is_wordlike(word: str) -> bool:
    return bool(_WORDLIKE.search(word))


default_segmenter = Segmenter()
cut = default_segmenter.cut
