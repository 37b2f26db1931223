"""Text: cleaning and word segmentation, behind one interface so the segmenter can be swapped.

`Segmenter` wraps a jieba Tokenizer with the deployment's domain dictionary (people's congress
terms and every division name). `cut` is the only call the other stages make; a faster
segmenter (rjieba, say) can stand behind it.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from pathlib import Path

import jieba
from jieba import finalseg

jieba.setLogLevel(logging.WARNING)

_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
STOPWORDS_FILE = Path(__file__).with_name("stopwords.txt")
# jieba's own block and skip patterns (jieba.re_han_default, jieba.re_skip_default).
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
BLOCK_CACHE = 50_000  # memoised runs per process (short runs only: they are the ones that repeat)
CACHED_RUN = 16


def clean(text: str) -> str:
    """Normalise width and spaces, keep paragraph breaks, drop control characters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _SPACE.sub(" ", text)
    lines = [ln.strip() for ln in text.split("\n")]
    # Printable lines (nearly all) need no per-character check for control and format characters.
    lines = [ln if ln.isprintable() else
             _SPACE.sub(" ", "".join(ch for ch in ln if unicodedata.category(ch)[0] != "C")).strip()
             for ln in lines]
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
        self._blocks: dict[str, list[str]] = {}
        self._logp: dict[str, float] = {}
        self._search: dict[str, list[str]] = {}
        self._logtotal = 0.0

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
                self._logtotal = math.log(tok.total)
        return self._tokenizer

    def cut(self, text: str) -> list[str]:
        """Words of the text, spaces dropped (the same words as jieba's lcut with HMM)."""
        cache = self._blocks
        out: list[str] = []
        for blk in _HAN.split(text):
            if not blk:
                continue
            if _HAN.match(blk):
                # Runs of Chinese between punctuation repeat across official texts (根据有关法律…):
                # each distinct run is segmented once per process.
                if len(blk) > CACHED_RUN:
                    out.extend(self._cut_run(blk))
                    continue
                words = cache.get(blk)
                if words is None:
                    words = self._cut_run(blk)
                    if len(cache) >= BLOCK_CACHE:
                        cache.clear()
                    cache[blk] = words
                out.extend(words)
            else:
                for x in _SKIP.split(blk):
                    out.extend([x] if _SKIP.match(x) else x)
        return [w for w in out if w.strip()]

    def _cut_run(self, sentence: str) -> list[str]:
        """One run of Chinese as jieba segments it (Tokenizer.__cut_DAG: the best route through the
        prefix dictionary's DAG, HMM for unknown runs), built and scored in one backward pass with
        memoised log-probabilities: the same words, in about 60% of the time."""
        freq = self.tokenizer.FREQ
        memo = self._logp
        logtotal = self._logtotal
        log = math.log
        n = len(sentence)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = -math.inf
            bx = k
            i = k
            frag = sentence[k]
            found = False
            while i < n and frag in freq:
                f = freq[frag]
                if f:
                    found = True
                    lp = memo.get(frag)
                    if lp is None:
                        lp = memo[frag] = log(f) - logtotal
                    sc = lp + score[i + 1]
                    if sc >= best:  # i ascends: a tie goes to the longer word, as jieba's max((score, x))
                        best = sc
                        bx = i
                i += 1
                frag = sentence[k:i + 1]
            if not found:  # no word starts here: the character alone
                w = sentence[k]
                lp = memo.get(w)
                if lp is None:
                    lp = memo[w] = log(freq.get(w) or 1) - logtotal
                best = lp + score[k + 1]
            score[k] = best
            end[k] = bx
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = end[x] + 1
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(sentence[x:y])
            x = y
        if buf:
            self._flush(buf, out)
        return out

    def _flush(self, buf: str, out: list[str]) -> None:
        """Single characters in a row: a known word stays split, an unknown run goes to the HMM."""
        if len(buf) == 1:
            out.append(buf)
        elif not self.tokenizer.FREQ.get(buf):
            out.extend(finalseg.cut(buf))
        else:
            out.extend(buf)

    def search_terms(self, words: list[str]) -> list[str]:
        """cut_for_search from words already cut: each word plus its dictionary 2- and 3-grams (立法 in 立法法)."""
        freq = self.tokenizer.FREQ
        memo = self._search
        out: list[str] = []
        for w in words:
            if len(w) <= 2:
                out.append(w)
                continue
            terms = memo.get(w)
            if terms is None:
                n = len(w)
                terms = [w[i:i + 2] for i in range(n - 1) if freq.get(w[i:i + 2])]
                if n > 3:
                    terms += [w[i:i + 3] for i in range(n - 2) if freq.get(w[i:i + 3])]
                terms.append(w)
                if len(memo) >= BLOCK_CACHE:
                    memo.clear()
                memo[w] = terms
            out.extend(terms)
        return out

    def cut_for_search(self, text: str) -> list[str]:
        """Words plus their shorter parts, for the full-text index (立法 inside 立法法)."""
        return [w for w in self.tokenizer.lcut_for_search(text) if w.strip()]


def is_wordlike(word: str) -> bool:
    return bool(_WORDLIKE.search(word))


default_segmenter = Segmenter()
cut = default_segmenter.cut
