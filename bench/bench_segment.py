"""Segmentation: the segmenter in use (processing.text.Segmenter, rjieba) beside jieba alone.

The same documents as bench_process.py (about 10,000 cut from ../shared/data/corpora), cleaned as the
stage cleans them. In one run, each in this process after its dictionary is loaded: jieba's own
`lcut` (its dictionary plus config/userdict.txt) and the Segmenter in use, in CPU seconds; then
their agreement: share of documents segmented identically and token F1 over word spans (jieba's
words are the reference). Prints one JSON line.

    .venv/bin/python bench/bench_segment.py [--docs 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

USERDICT = REPO / "config" / "userdict.txt"


def spans(words: list[str]) -> set[tuple[int, int]]:
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


def main(argv: list[str] | None = None) -> int:
    """Time jieba and the segmenter in use on the same texts, then compare their words."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=10000)
    args = ap.parse_args(argv)
    import bench_process

    if not (bench_process.CORPORA / "local-regulations").exists():
        print(json.dumps({"bench": "segment", "skipped": f"{bench_process.CORPORA} not found"}))
        return 0
    import jieba

    from processing.text import Segmenter, clean

    texts = [clean(t) + "\n" + clean(b) for _, t, b in bench_process.documents(args.docs)]
    c0 = time.process_time()
    seg = Segmenter(USERDICT)
    seg.cut("济南市人大常委会")
    load_s = time.process_time() - c0
    tok = jieba.Tokenizer()
    c0 = time.process_time()
    tok.initialize()
    with USERDICT.open("rb") as fh:
        tok.load_userdict(fh)
    jieba_load_s = time.process_time() - c0

    c0 = time.process_time()
    theirs = [[w for w in tok.lcut(t) if w.strip()] for t in texts]
    jieba_s = time.process_time() - c0
    c0 = time.process_time()
    ours = [seg.cut(t) for t in texts]
    ours_s = time.process_time() - c0

    same = tp = n_ours = n_theirs = 0
    for a, b in zip(ours, theirs, strict=True):
        same += a == b
        sa, sb = spans(a), spans(b)
        tp += len(sa & sb)
        n_ours += len(sa)
        n_theirs += len(sb)
    p, r = tp / n_ours, tp / n_theirs
    chars = sum(map(len, texts))
    print(json.dumps({
        "bench": "segment", "segmenter": seg.engine, "documents": len(texts), "chars": chars,
        "segmenter_chars_per_cpu_s": round(chars / ours_s), "jieba_chars_per_cpu_s": round(chars / jieba_s),
        "speedup": round(jieba_s / ours_s, 2), "segmenter_cpu_s": round(ours_s, 2), "jieba_cpu_s": round(jieba_s, 2),
        "segmenter_load_cpu_s": round(load_s, 2), "jieba_load_cpu_s": round(jieba_load_s, 2),
        "identical_documents": round(same / len(texts), 5), "token_precision": round(p, 6),
        "token_recall": round(r, 6), "token_f1": round(2 * p * r / (p + r), 6),
        "tokens": n_theirs, "adopt": 2 * p * r / (p + r) >= 0.995,
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
