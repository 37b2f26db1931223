"""The segmenter in use (rjieba) against jieba itself, with the deployment's user dictionary in both."""

from __future__ import annotations

import gzip
from pathlib import Path

import jieba
import pytest

from processing import text as text_mod
from processing.text import Segmenter, read_userdict
from siqing.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
USERDICT = REPO / "config" / "userdict.txt"
SAMPLE = REPO / "tests" / "fixtures" / "segment" / "sentences.txt.gz"
# Measured on this sample: every sentence identical (1.0, token F1 1.0); on the benchmark's 9,366
# documents (bench/bench_segment.py) 99.89% of documents identical, token F1 0.999996.
MIN_IDENTICAL = 0.995
MIN_F1 = 0.9995


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        return [ln for ln in fh.read().split("\n") if ln]


@pytest.fixture(scope="module")
def jieba_words(sentences: list[str]) -> list[list[str]]:
    """jieba's own lcut (HMM on), its dictionary plus the user dictionary, spaces dropped."""
    tok = jieba.Tokenizer()
    tok.initialize()
    with USERDICT.open("rb") as fh:
        tok.load_userdict(fh)
    return [[w for w in tok.lcut(s) if w.strip()] for s in sentences]


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter(USERDICT)


def _spans(words: list[str]) -> set[tuple[int, int]]:
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


def agreement(ours: list[list[str]], theirs: list[list[str]]) -> tuple[float, float]:
    """(share of identical segmentations, token F1 over word spans)."""
    same = tp = n_ours = n_theirs = 0
    for a, b in zip(ours, theirs, strict=True):
        assert "".join(a) == "".join(b)  # same characters, only the boundaries may differ
        same += a == b
        sa, sb = _spans(a), _spans(b)
        tp += len(sa & sb)
        n_ours += len(sa)
        n_theirs += len(sb)
    p, r = tp / n_ours, tp / n_theirs
    return same / len(ours), 2 * p * r / (p + r)


def test_default_engine_is_rjieba(seg: Segmenter) -> None:
    assert seg.engine == "rjieba"


def test_rjieba_agrees_with_jieba(seg: Segmenter, sentences: list[str], jieba_words: list[list[str]]) -> None:
    assert len(sentences) > 2000
    identical, f1 = agreement([seg.cut(s) for s in sentences], jieba_words)
    assert identical >= MIN_IDENTICAL, identical
    assert f1 >= MIN_F1, f1


def test_plain_rjieba_would_disagree(sentences: list[str], jieba_words: list[list[str]]) -> None:
    """The sample holds the sentences the two corrections are for: without them agreement drops."""
    import rjieba

    rj = rjieba.Jieba()
    for w, f, tag in read_userdict(USERDICT):
        rj.add_word(w, f, tag)
    plain = [[w for w in rj.cut(s) if w.strip()] for s in sentences]
    identical, _ = agreement(plain, jieba_words)
    assert identical < 1.0
    assert sum(a != b for a, b in zip(plain, jieba_words, strict=True)) >= 40


def test_total_padding_and_digit_runs(seg: Segmenter) -> None:
    assert seg.cut("有效应对国际金融危机") == ["有效", "应对", "国际", "金融危机"]
    assert seg.cut("5.1.1 为应对粮食应急状态") == ["5.1", ".", "1", "为", "应对", "粮食", "应急", "状态"]
    assert seg.cut("L-81.047") == ["L", "-", "81.047"]
    assert seg.cut("T恤与C++") == ["T恤", "与", "C++"]


def test_user_dictionary_words_stay_whole(seg: Segmenter) -> None:
    words = [w for w, _, _ in read_userdict(USERDICT)]
    assert len(words) > 6000
    split = [w for w in words if seg.cut(w) != [w]]
    assert split == []
    assert "人大常委会" in seg.cut("济南市人大常委会召开主任会议")
    assert "历下区" in seg.cut("历下区人大代表视察民生实事项目")
    assert seg.cut("监察和司法委员会审议") == ["监察和司法委员会", "审议"]


def test_search_terms_match_jieba(seg: Segmenter, sentences: list[str]) -> None:
    """The index (search_terms of cut) and the query side (cut_for_search) give jieba's cut_for_search."""
    tok = jieba.Tokenizer()
    tok.initialize()
    with USERDICT.open("rb") as fh:
        tok.load_userdict(fh)
    sample = sentences[::10]
    theirs = [[w for w in tok.lcut_for_search(s) if w.strip()] for s in sample]
    assert [seg.cut_for_search(s) for s in sample] == theirs
    assert seg.cut_for_search("立法法") == ["立法", "立法法"]


def test_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIQING_SEGMENTER", "jieba")
    py = Segmenter(USERDICT)
    assert py.engine == "jieba"
    assert py.cut("有效应对1.2.3条") == ["有效", "应对", "1.2", ".", "3", "条"]
    monkeypatch.setenv("SIQING_SEGMENTER", "thulac")
    with pytest.raises(ConfigError, match="SIQING_SEGMENTER"):
        Segmenter(USERDICT)
    monkeypatch.delenv("SIQING_SEGMENTER")
    with pytest.raises(ConfigError, match="segmenter"):
        Segmenter(USERDICT, engine="pkuseg")
    monkeypatch.setattr(text_mod, "rjieba", None)
    assert Segmenter(USERDICT).engine == "jieba"
    with pytest.raises(ConfigError, match="not installed"):
        Segmenter(USERDICT, engine="rjieba")


def test_whole_documents_and_rare_ideographs(seg: Segmenter, sentences: list[str]) -> None:
    """Whole texts (one rjieba call) agree as sentences do; a rare ideograph falls back run by run."""
    tok = jieba.Tokenizer()
    tok.initialize()
    with USERDICT.open("rb") as fh:
        tok.load_userdict(fh)
    docs = ["\n".join(sentences[i:i + 25]) for i in range(0, len(sentences), 25)]
    docs += ["第3条 有效应对\u3400水灾，依照《T恤法》第2.1.1款（试行）", "人大\U00020001代表 a+b 50% C++ 20-30米"]
    identical, f1 = agreement([seg.cut(d) for d in docs], [[w for w in tok.lcut(d) if w.strip()] for d in docs])
    assert identical >= MIN_IDENTICAL, identical
    assert f1 >= MIN_F1, f1
