"""Does the text model help the rules? Site-grouped cross-validation on the headline corpus's train and dev parts.

    .venv/bin/python scripts/hybrid_cv.py [FOLDS]      (about four minutes for four folds on two cores)

The corpus's sites are split into FOLDS groups (by a hash of the site, so no site is in two). For each group, a model
is trained as `siqing train` trains one (the shipped training set's real and written items) plus every other group's
headlines, each labelled for the eight homes and for the actor's own region, its parent and the site's region; the
group's headlines are then read by the rules alone and by the model. The test part is never read. One JSON line: for
each policy (the model decides where the rules' confidence is below T and the model's probability exceeds both the
rules' confidence and M), the eight homes' mean macro-F1, the three readings' accuracies and how many verdicts changed.
The shipped policy is T=0.5, M=0 (processing/classify.py RULES_SURE).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from processing import model as model_mod  # noqa: E402
from processing.classify import NO_ACTOR_OVERRIDE, Classifier, simplified  # noqa: E402
from processing.evaluate import item_of, score  # noqa: E402
from scripts.label_headlines import derived_gold, reading_homes  # noqa: E402
from siqing.divisions import default_gazetteer  # noqa: E402

POLICIES = ((0.0, 0.0), (0.5, 0.0), (0.7, 0.0), (0.9, 0.0), (1.01, 0.0), (1.01, 0.9), (1.01, 0.95))


def readings(row: dict[str, Any], labelled: list[str]) -> list[tuple[str, str]]:
    """(home, which) pairs a row is read for: the labelled homes and its actor's own region, parent and site."""
    return [(h, "labelled") for h in labelled] + [(home.code, which) for which, home in reading_homes(row)
                                                  if home.code not in labelled]


def main(folds: int = 4) -> None:
    path = model_mod.DATA_DIR / model_mod.HEADLINES
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("split") in ("train", "dev")]
    labelled = sorted(rows[0]["labels"])
    pairs = [(i, h, w, derived_gold(r, h)) for i, r in enumerate(rows) for h, w in readings(r, labelled)]
    items = [item_of(r) for r in rows]
    by_home: dict[str, list[int]] = defaultdict(list)
    for n, (_i, h, _w, _g) in enumerate(pairs):
        by_home[h].append(n)
    rules: list[Any] = [None] * len(pairs)
    for h, ns in by_home.items():
        for n, v in zip(ns, Classifier(h, None).classify_all([items[pairs[n][0]] for n in ns]), strict=True):
            rules[n] = v
    fold = [int(hashlib.sha1(r["site"].encode()).hexdigest(), 16) % folds for r in rows]
    base = model_mod.real_examples("train", model_mod.TRAIN_HOMES) + [
        model_mod.example_of(r, r["home"], r["kind"], model_mod.WRITTEN_WEIGHT) for r in model_mod.written_rows("train")]
    probs: list[dict[str, float] | None] = [None] * len(pairs)
    for k in range(folds):
        examples = base + [model_mod.example_of(rows[i], h, g, model_mod.HEADLINE_WEIGHT)
                           for i, h, _w, g in pairs if fold[i] != k]
        m = model_mod.KindModel("cv").fit(examples)
        for n, (i, h, _w, _g) in enumerate(pairs):
            if fold[i] == k:
                home = default_gazetteer.get(h)
                assert home is not None
                probs[n] = m.predict_proba(home, simplified(items[i]), actor=rules[n].actor)
    out: dict[str, Any] = {"rows": len(rows), "readings": len(pairs), "folds": folds, "policies": []}
    for t, floor in POLICIES:
        kinds = []
        for n, v in enumerate(rules):
            p = probs[n]
            kind = v.kind
            if p and v.path != "unknown" and v.confidence < t:
                best = max(p, key=lambda c: p[c])
                if p[best] > (NO_ACTOR_OVERRIDE if v.actor is None else max(v.confidence, floor)):
                    kind = best
            kinds.append(kind)
        f1 = {h: score([pairs[n][3] for n in ns if pairs[n][2] == "labelled"],
                       [kinds[n] for n in ns if pairs[n][2] == "labelled"]).macro_f1 for h, ns in by_home.items()
              if h in labelled}
        acc = {w: round(sum(kinds[n] == pairs[n][3] for n in range(len(pairs)) if pairs[n][2] == w)
                        / max(1, sum(1 for p in pairs if p[2] == w)), 4) for w in ("labelled", "self", "parent", "site")}
        changed = [n for n in range(len(pairs)) if kinds[n] != rules[n].kind]
        out["policies"].append({"T": t, "M": floor, "labelled_macro_f1": round(sum(f1.values()) / len(f1), 4),
                                "accuracy": acc, "changed": len(changed),
                                "changed_right": sum(kinds[n] == pairs[n][3] for n in changed),
                                "changed_was_right": sum(rules[n].kind == pairs[n][3] for n in changed)})
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
