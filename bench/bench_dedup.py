"""Repost clustering on the real short-news set, ours beside two plain baselines (one JSON line).

    .venv/bin/python bench/bench_dedup.py          # dev, test and all
    .venv/bin/python bench/bench_dedup.py --dev    # the dev part alone (while changing the code)

For the dev and the test part of tests/fixtures/dedup/short_news.jsonl (split by site), and for the whole set
(`all`: template twins that the site split puts in different parts meet only there): pairwise precision,
recall and merged hard-negative pairs of processing.dedup (headline + body, template checks) and of two
baselines on headline + body sketches: plain containment and shingle Jaccard at 0.5. Then, on the dev part,
the baselines over a range of thresholds: where they start merging template twins. Beside them, the long-text
set (tests/fixtures/dedup/sample.jsonl with generated reposted copies, seeds 7-9): ours must keep pairwise
precision >= 0.99 and recall >= 0.95 there too. Timing is a ratio of ours to the containment baseline, measured
in the same run.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.processing.reposts import (  # noqa: E402
    build,
    cluster_baseline,
    in_part,
    load_short_news,
    measure_short_news,
    pairwise,
)

SAMPLE = ROOT / "tests" / "fixtures" / "dedup" / "sample.jsonl"


def long_text(seed: int) -> dict[str, float]:
    """Pairwise figures of ours on the long-text set: real statutes and documents with reposted copies."""
    from processing.dedup import Clusterer

    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = build(stories, copies=4, seed=seed)
    c = Clusterer()
    predicted = [c.add(i, text) for i, (_, text) in enumerate(docs)]
    p, r = pairwise([s for s, _ in docs], predicted)
    return {"docs": len(docs), "precision": round(p, 4), "recall": round(r, 4)}

SYSTEMS = ("ours", "containment", "jaccard")
SWEEP = (0.1, 0.2, 0.3, 0.5, 0.7, 0.9)


def sweep(items: list[dict], kind: str) -> dict[str, list[float]]:
    truth = [str(x["cluster"]) for x in items]
    no = {c: k for k, c in enumerate(sorted(set(truth)))}
    order = list(range(len(items)))
    out = {}
    for t in SWEEP:
        predicted = cluster_baseline(items, order, kind, t)
        p, r = pairwise([no[c] for c in truth], [predicted[i] for i in order])
        out[str(t)] = [round(p, 4), round(r, 4)]
    return out


def main() -> int:
    dev_only = sys.argv[1:] == ["--dev"]
    items = load_short_news()
    result: dict = {"bench": "dedup_short_news", "items": len(items),
                    "real_items": sum(x["made"] in ("original", "repost") for x in items)}
    seconds: dict[str, float] = {}
    for part in (("dev",) if dev_only else ("dev", "test", None)):
        for system in SYSTEMS:
            start = time.perf_counter()
            got = measure_short_news(items, part=part, system=system)
            seconds[system] = seconds.get(system, 0.0) + time.perf_counter() - start
            result[f"{part or 'all'}_{system}"] = {k: got[k] for k in ("items", "precision", "recall",
                                                              "hard_negative_pairs", "hard_negatives_merged")}
    dev = in_part(items, "dev")
    result["dev_sweep_precision_recall"] = {kind: sweep(dev, kind) for kind in ("containment", "jaccard")}
    result["long_text_ours"] = {str(seed): long_text(seed) for seed in (7, 8, 9)}
    result["time_ratio_ours_to_containment"] = round(seconds["ours"] / max(seconds["containment"], 1e-9), 2)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
