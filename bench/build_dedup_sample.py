"""Cut the small sample of real texts the repost-cluster test is built from (tests/fixtures/dedup/).

Real articles from the shared corpora: local regulations (with pairs on the same subject from
different places, the hardest non-duplicates) and State Council documents, each cut to its first
CHARS characters. Deterministic. The test (tests/processing/test_dedup_quality.py) alters copies of
them the way reposting sites do.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
OUT = ROOT / "tests" / "fixtures" / "dedup" / "sample.jsonl"
CHARS = 1400
N_REG, N_SAME_SUBJECT, N_POLICY = 22, 8, 14


def main() -> int:
    """Write the sample and print a one-line summary."""
    if not (CORPORA / "local-regulations").exists():
        print(json.dumps({"skipped": f"{CORPORA} not found"}))
        return 0
    regs = []
    with (CORPORA / "local-regulations" / "local_regulations.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = re.sub(r"\n{2,}", "\n", rec.get("text") or "").strip()
            if len(text) >= CHARS and rec.get("title"):
                regs.append({"title": rec["title"], "text": text[:CHARS], "origin": "local-regulations"})
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for r in regs:
        subject = re.sub(r"^.+?[省市区县州]", "", r["title"])
        by_subject[subject].append(r)
    chosen: list[dict] = []
    for subject in sorted(by_subject):  # same subject, different places: hard negatives
        group = by_subject[subject]
        if len(group) >= 2 and len(chosen) < N_SAME_SUBJECT * 2 and group[0]["title"] != group[1]["title"]:
            chosen.extend(group[:2])
    titles = {c["title"] for c in chosen}
    step = max(1, len(regs) // N_REG)
    chosen.extend(r for r in regs[::step][:N_REG] if r["title"] not in titles)
    with (CORPORA / "govcn-policy" / "govcn_policies.jsonl").open(encoding="utf-8") as fh:
        pols = [json.loads(line) for line in fh]
    for p in pols[::max(1, len(pols) // N_POLICY)][:N_POLICY]:
        body = re.sub(r"\n{2,}", "\n", p.get("body_text") or "").strip()
        if len(body) >= 600:
            chosen.append({"title": p["title"], "text": body[:CHARS], "origin": "govcn-policy"})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, c in enumerate(chosen):
            fh.write(json.dumps({"id": i, **c}, ensure_ascii=False) + "\n")
    print(json.dumps({"stories": len(chosen), "bytes": OUT.stat().st_size}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
