"""Text: cleaning and word segmentation, behind one interface so the segmenter can be swapped.

`Segmenter` segments with jieba's dictionary plus the deployment's domain dictionary (people's
congress terms and every division name). Two engines give the same words: rjieba (jieba-rs, about
16 times jieba's speed here, bench/bench_segment.py; the default when installed) and jieba itself (pure Python; the fallback,
or `SIQING_SEGMENTER=jieba`). On the repository's corpora rjieba's words agree with jieba's on
every sentence of the test fixtures and at token F1 0.999996 on the 9,366 benchmark documents
(tests/processing/test_segment.py pins it). The full-text index (processing.pipeline) and the query
side (siqing.app.dataset) both segment through this class, so they always use the same engine.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jieba
from jieba import finalseg

try:
    import rjieba
except ImportError:  # pragma: no cover - rjieba is a pinned dependency; jieba alone still works
    rjieba = None  # type: ignore[assignment]

from siqing.errors import ConfigError

jieba.setLogLevel(logging.WARNING)
ENGINES = ("rjieba", "jieba")

_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
STOPWORDS_FILE = Path(__file__).with_name("stopwords.txt")
# jieba's own block and skip patterns (jieba.re_han_default, jieba.re_skip_default).
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
# finalseg's split of runs that are not Chinese (jieba.finalseg.re_skip): 2.1.1 -> 2.1 / . / 1.
_FINAL_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_NOT_HAN = re.compile("[^\u4E00-\u9FD5]")
_HAN_CHAR = re.compile("[\u4E00-\u9FD5]")
# Letters, digits and the signs jieba keeps with them; a text with none needs no putting right.
_LOOSE_CHAR = re.compile(r"[a-zA-Z0-9+#&._%\-]")
_LOOSE_TOKEN = re.compile(r"[a-zA-Z0-9+#&._%\-]+")
# Ideographs jieba-rs takes for Chinese and jieba does not (extension A and later, compatibility
# forms): a text holding one is cut run by run, jieba's runs, so the two agree there too.
_OTHER_HAN = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]")
_USERDICT_LINE = re.compile("^(.+?)( [0-9]+)?( [a-z]+)?$", re.U)  # jieba.re_userdict
JIEBA_DICT = Path(jieba.__file__).with_name("dict.txt")
# A word no text contains, whose frequency makes rjieba's total equal jieba's (see _rjieba).
_TOTAL_PAD = "\ue000\ue000"
# Full-width forms of ASCII (，（）；：…) and the ideographic space: NFKC maps each to one ASCII
# character. They are nearly all a Chinese text needs normalised, and mapping them first is far
# cheaper than unicodedata.normalize, which is then called only for what else remains.
_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_WIDE_MAP = {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " "}
_WIDE_COMMON = (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":"))
BLOCK_CACHE = 50_000  # memoised runs per process (short runs only: they are the ones that repeat)
CACHED_RUN = 16


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), the same string, about ten times faster on Chinese text.

    Each full-width character is replaced by its one-character NFKC form first (str.replace for the
    common ones, one regex pass for the rest); that leaves the text's compatibility decomposition
    unchanged, so its NFKC form is too, and a text that is then already normalised (nearly all) is
    returned as it is."""
    for wide, narrow in _WIDE_COMMON:
        text = text.replace(wide, narrow)
    text = _WIDE.sub(lambda m: _WIDE_MAP[m.group()], text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def clean(text: str) -> str:
    """Normalise width and spaces, keep paragraph breaks, drop control characters."""
    text = nfkc(text or "")
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


def default_engine() -> str:
    """rjieba when installed, unless SIQING_SEGMENTER names the engine."""
    name = os.environ.get("SIQING_SEGMENTER", "").strip().lower()
    if name:
        if name not in ENGINES:
            raise ConfigError(f"SIQING_SEGMENTER={name!r}: expected one of {', '.join(ENGINES)}")
        return name
    return "rjieba" if rjieba is not None else "jieba"


def read_userdict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """(word, frequency, tag) lines of a jieba user dictionary, parsed as jieba's load_userdict does."""
    out: list[tuple[str, int | None, str | None]] = []
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            line = ln.strip().lstrip("\ufeff")
            if not line:
                continue
            m = _USERDICT_LINE.match(line)
            if m is None:  # pragma: no cover - the pattern matches any non-empty line
                continue
            word, freq, tag = m.groups()
            out.append((word, int(freq) if freq else None, tag.strip() if tag else None))
    return out


class Segmenter:
    """jieba segmentation with a domain dictionary, by rjieba or by jieba."""

    def __init__(self, userdict: Path | None = None, engine: str | None = None) -> None:
        self.userdict = userdict
        self.engine = engine or default_engine()
        if self.engine not in ENGINES:
            raise ConfigError(f"segmenter {self.engine!r}: expected one of {', '.join(ENGINES)}")
        if self.engine == "rjieba" and rjieba is None:
            raise ConfigError("segmenter rjieba: the rjieba package is not installed (pip install rjieba)")
        self._rj: Any = None
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

    @property
    def rj(self) -> Any:
        """The rjieba segmenter with the user dictionary, loaded on first use (about 0.3 s)."""
        with self._lock:
            if self._rj is None:
                self._rj = self._load_rjieba()
        return self._rj

    def _load_rjieba(self) -> Any:
        """rjieba with jieba's dictionary (it ships the same dict.txt) and the user dictionary.

        jieba's add_word adds a word's new frequency to the total without taking off its old one;
        jieba-rs takes it off. The total weighs every word of a route, so with a smaller total
        rjieba would split more (有效应对 -> 有/效应/对): a padding word no text contains makes the
        totals equal."""
        rj = rjieba.Jieba()
        entries = read_userdict(self.userdict) if self.userdict is not None and self.userdict.exists() else []
        if not entries:
            return rj
        words = {w for w, _, _ in entries}
        freq: dict[str, int] = {}
        with open(JIEBA_DICT, encoding="utf-8") as fh:
            for line in fh:
                w, _, rest = line.partition(" ")
                if w in words:
                    freq[w] = int(rest.split(" ", 1)[0])
        pad = 0
        for w, f, tag in entries:
            pad += freq.get(w, 0)
            freq[w] = rj.add_word(w, f, tag)
        if pad:
            rj.add_word(_TOTAL_PAD, pad, None)
        return rj

    def cut(self, text: str) -> list[str]:
        """Words of the text, spaces dropped (the same words as jieba's lcut with HMM)."""
        if self.engine == "rjieba" and not _OTHER_HAN.search(text):
            return self._rjieba_whole(text)
        run = self._cut_run if self.engine == "jieba" else self._rjieba_run()
        cache = self._blocks
        out: list[str] = []
        for blk in _HAN.split(text):
            if not blk:
                continue
            if _HAN.match(blk):
                # Runs of Chinese between punctuation repeat across official texts (根据有关法律…):
                # each distinct run is segmented once per process.
                if len(blk) > CACHED_RUN:
                    out.extend(run(blk))
                    continue
                words = cache.get(blk)
                if words is None:
                    words = run(blk)
                    if len(cache) >= BLOCK_CACHE:
                        cache.clear()
                    cache[blk] = words
                out.extend(words)
            else:
                for x in _SKIP.split(blk):
                    out.extend([x] if _SKIP.match(x) else x)
        return [w for w in out if w.strip()]

    def _rjieba_whole(self, text: str) -> list[str]:
        """The whole text in one rjieba call (a call a run costs three times as much), then the
        letters and digits put right as in _rjieba_run; on the corpora, the same words as run by run."""
        rj = self.rj
        words: list[str] = rj.cut(text)
        if not _LOOSE_CHAR.search(text):
            return [w for w in words if w.strip()]
        has_word = rj.has_word
        out: list[str] = []
        loose = ""
        for w in words:
            if w.isascii():
                if _LOOSE_TOKEN.fullmatch(w) and (len(w) == 1 or not has_word(w)):
                    loose += w
                    continue
                if loose:
                    out.extend([x for x in _FINAL_SKIP.split(loose) if x])
                    loose = ""
                if w.strip():
                    out.append(w)
                continue
            if loose:
                out.extend([x for x in _FINAL_SKIP.split(loose) if x])
                loose = ""
            out.append(w)
        if loose:
            out.extend([x for x in _FINAL_SKIP.split(loose) if x])
        return out

    def _rjieba_run(self) -> Callable[[str], list[str]]:
        """One run of Chinese (a _HAN block) as jieba segments it, by rjieba."""
        rj = self.rj
        rcut = rj.cut
        has_word = rj.has_word

        def run(blk: str) -> list[str]:
            words: list[str] = rcut(blk)
            if not _NOT_HAN.search(blk):
                return words
            # Letters, digits and .+#&_%- that no dictionary word holds: jieba gathers them with
            # the lone characters around them and splits them by finalseg's pattern (1.2.3 ->
            # 1.2 / . / 3, L-81.047 -> L / - / 81.047); jieba-rs keeps them otherwise.
            out: list[str] = []
            loose = ""
            for w in words:
                if not _HAN_CHAR.search(w) and (len(w) == 1 or not has_word(w)):
                    loose += w
                    continue
                if loose:
                    out.extend(x for x in _FINAL_SKIP.split(loose) if x)
                    loose = ""
                out.append(w)
            if loose:
                out.extend(x for x in _FINAL_SKIP.split(loose) if x)
            return out

        return run

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
        known = self._known()
        memo = self._search
        out: list[str] = []
        for w in words:
            if len(w) <= 2:
                out.append(w)
                continue
            terms = memo.get(w)
            if terms is None:
                n = len(w)
                terms = [w[i:i + 2] for i in range(n - 1) if known(w[i:i + 2])]
                if n > 3:
                    terms += [w[i:i + 3] for i in range(n - 2) if known(w[i:i + 3])]
                terms.append(w)
                if len(memo) >= BLOCK_CACHE:
                    memo.clear()
                memo[w] = terms
            out.extend(terms)
        return out

    def _known(self) -> Callable[[str], bool]:
        """Whether a word is in the dictionary with a frequency (jieba's FREQ holds prefixes at 0)."""
        if self.engine == "rjieba":
            has_word: Callable[[str], bool] = self.rj.has_word
            return has_word
        freq = self.tokenizer.FREQ
        return lambda w: bool(freq.get(w))

    def cut_for_search(self, text: str) -> list[str]:
        """Words plus their shorter parts (立法 inside 立法法): jieba's cut_for_search, as the index has them."""
        return self.search_terms(self.cut(text))


def is_wordlike(word: str) -> bool:
    return bool(_WORDLIKE.search(word))


default_segmenter = Segmenter()
cut = default_segmenter.cut
