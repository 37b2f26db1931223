"""How far does a careful reader get with only what the classifier is given? A headline-only reading of the corpus.

    .venv/bin/python scripts/headline_only_reading.py sample --split dev --n 400 --chunks 4 OUTDIR [--exclude READINGS...]
    .venv/bin/python scripts/headline_only_reading.py score --split dev READINGS... [--rows]
    .venv/bin/python scripts/headline_only_reading.py agree --split test READINGS... --second READINGS...

The corpus's gold was annotated by people reading the whole page. The classifier gets the headline, the site's name
and the URL. `sample` writes chunks of a part's rows (`id|title|source_name|url`; the test part whole) and, beside
each, the brief a reader is given (scripts/headline_only_brief.md): annotate each row's main actor by the corpus's
conventions from those three fields alone, with no page, no search and no classifier output. `score` turns each
reading into kinds for the eight labelled homes and for the three derived readings (the actor's own region, its parent,
the site's region) by the labelling rule (scripts/label_headlines.py rule_kind), and prints one JSON line of
aggregates beside the classifier's on the same rows: per home macro-F1 and accuracy, the news-style macro-F1 of the
lowest home, accuracy pooled over the homes, and each derived reading's accuracy. Where the reader and the classifier
score alike, the headline holds no more than the classifier reads; the rest of the way to the gold is on the page.
On the test part only aggregates are printed (`--rows`, the rows where the two differ, is refused there). `agree`
compares two readers' readings of the same rows: how often they give the same kind, and how often either is right.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from processing import model as model_mod  # noqa: E402
from processing.classify import Classifier  # noqa: E402
from processing.evaluate import item_of, score  # noqa: E402
from scripts.label_headlines import actor_of, derived_gold, reading_homes, rule_kind  # noqa: E402
from siqing.divisions import default_gazetteer  # noqa: E402

HERE = Path(__file__).resolve().parents[1]
HEADLINES = model_mod.DATA_DIR / "headlines.jsonl"
BRIEF = HERE / "scripts" / "headline_only_brief.md"
HOMES = ("350000", "420000", "350200", "420100", "350500", "350203", "350502", "420106")
READINGS = ("self", "parent", "site")


def part(split: str) -> list[dict[str, Any]]:
    """The corpus's rows of one part."""
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r.get("split") == split]


def sample(split: str, n: int | None, chunks: int, seed: int, out: Path, exclude: list[Path] | None = None) -> None:
    """Chunks of a part's rows (n drawn at random, or all) and each chunk's brief, in out; rows an earlier reading in
    exclude holds are not drawn again, so that each new reading is of rows nobody has read headline-only."""
    read = set(read_readings(exclude)) if exclude else set()
    rows = [r for r in part(split) if r["id"] not in read]
    if n is not None and n < len(rows):
        rows = random.Random(seed).sample(rows, n)
    out.mkdir(parents=True, exist_ok=True)
    size = -(-len(rows) // chunks)
    brief = BRIEF.read_text(encoding="utf-8").split("-->", 1)[1].lstrip()
    for i in range(chunks):
        chunk = rows[i * size:(i + 1) * size]
        src, dst = out / f"in{i + 1}.txt", out / f"out{i + 1}.txt"
        src.write_text("".join(f"{r['id']}|{_field(r['title'])}|{_field(r['source_name'])}|{r['url']}\n"
                               for r in chunk), encoding="utf-8")
        (out / f"brief{i + 1}.md").write_text(brief.replace("__IN__", str(src)).replace("__OUT__", str(dst))
                                              .replace("__N__", str(len(chunk))), encoding="utf-8")


def _field(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def read_readings(paths: list[Path]) -> dict[str, tuple[dict[str, Any], bool]]:
    """Row id -> (the reader's actor, as the corpus holds one; whether the reader was sure)."""
    out: dict[str, tuple[dict[str, Any], bool]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("|")
            if len(fields) != 7:
                raise SystemExit(f"{path}: not 7 fields: {line[:40]}")
            rid, name, region, kind, post, extra, sure = (f.strip() for f in fields)
            out[rid] = (actor_of(name, region, kind, post, extra), sure == "y")
    return out


def reader_kind(actor: dict[str, Any], home: str) -> str:
    """The kind the labelling rule gives the reader's actor for a home ("?" for a region the gazetteer lacks)."""
    division = default_gazetteer.get(home)
    try:
        return rule_kind(actor, division)[0] if division is not None else "?"
    except (KeyError, ValueError, AttributeError):
        return "?"


def score_readings(split: str, readings: dict[str, tuple[dict[str, Any], bool]], rows_out: bool = False,
                   classifier: bool = True) -> dict[str, Any]:
    """Aggregates of the reading beside the classifier's on the rows read (and, on request, the rows they differ on);
    classifier=False gives the reader's alone (no classifier is built: what a test of the stored readings checks)."""
    whos = ("reader", "classifier") if classifier else ("reader",)
    rows = [r for r in part(split) if r["id"] in readings]
    figures: dict[str, Any] = {"split": split, "rows": len(rows),
                               "unsure": sum(1 for r in rows if not readings[r["id"]][1]), "per_home": {}}
    pooled = {"reader": 0, "classifier": 0, "n": 0}
    news_lowest = {"reader": 1.0, "classifier": 1.0}
    differ: list[str] = []
    for home in HOMES:
        rs = [r for r in rows if home in r["labels"]]
        gold = [r["labels"][home]["kind"] for r in rs]
        reader = [reader_kind(readings[r["id"]][0], home) for r in rs]
        preds = {"reader": reader}
        if classifier:
            preds["classifier"] = [v.kind for v in Classifier(home).classify_all([item_of(r) for r in rs])]
        news = [i for i, r in enumerate(rs) if r.get("style") == "news"]
        row: dict[str, Any] = {"n": len(rs)}
        for who, pred in preds.items():
            s = score(gold, pred)
            row[who] = {"macro_f1": round(s.macro_f1, 4), "accuracy": round(s.accuracy, 4)}
            pooled[who] += sum(g == p for g, p in zip(gold, pred, strict=True))
            if news:
                news_lowest[who] = min(news_lowest[who],
                                       score([gold[i] for i in news], [pred[i] for i in news]).macro_f1)
        pooled["n"] += len(rs)
        figures["per_home"][home] = row
        if classifier:
            differ += [f"{home} gold {g} reader {a} classifier {b} | {r['title']} | {r['source_name']}"
                       for r, g, a, b in zip(rs, gold, reader, preds["classifier"], strict=True) if (a == g) != (b == g)]
    figures["pooled_accuracy"] = {who: round(pooled[who] / pooled["n"], 4) for who in whos}
    figures["news_macro_f1_lowest_home"] = {who: round(news_lowest[who], 4) for who in whos}
    classifiers: dict[str, Classifier] = {}
    right = {which: {"reader": 0, "classifier": 0, "n": 0} for which in READINGS}
    for r in rows:
        for which, division in reading_homes(r):
            truth = derived_gold(r, division.code)
            said = reader_kind(readings[r["id"]][0], division.code)
            right[which]["reader"] += said == truth
            if classifier:
                verdict = classifiers.setdefault(division.code, Classifier(division.code)).classify(item_of(r)).kind
                right[which]["classifier"] += verdict == truth
                if (said == truth) != (verdict == truth):
                    differ.append(f"{which} {division.code} gold {truth} reader {said} classifier {verdict} | "
                                  f"{r['title']} | {r['source_name']}")
            right[which]["n"] += 1
    figures["readings"] = {which: {"n": c["n"], **{who: round(c[who] / c["n"], 4) for who in whos}}
                           for which, c in right.items() if c["n"]}
    if rows_out:
        figures["differ"] = differ
    return figures


def agreement(split: str, first: dict[str, tuple[dict[str, Any], bool]],
              second: dict[str, tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    """How often two readings of the same rows give the same kind (the eight homes pooled, each derived reading), and
    how often at least one of them is right: the reading's spread, aggregates only."""
    rows = [r for r in part(split) if r["id"] in first and r["id"] in second]
    counts = {w: {"same": 0, "either_right": 0, "n": 0} for w in ("homes", *READINGS)}
    for r in rows:
        homes = [("homes", h, r["labels"][h]["kind"]) for h in HOMES if h in r["labels"]]
        homes += [(which, d.code, derived_gold(r, d.code)) for which, d in reading_homes(r)]
        for which, code, gold in homes:
            a, b = reader_kind(first[r["id"]][0], code), reader_kind(second[r["id"]][0], code)
            c = counts[which]
            c["same"] += a == b
            c["either_right"] += gold in (a, b)
            c["n"] += 1
    return {"split": split, "rows": len(rows), **{w: {"n": c["n"], "same": round(c["same"] / c["n"], 4),
                                                      "either_right": round(c["either_right"] / c["n"], 4)}
                                                  for w, c in counts.items() if c["n"]}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    smp = sub.add_parser("sample")
    smp.add_argument("out", type=Path)
    smp.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    smp.add_argument("--n", type=int, default=None, help="rows drawn at random (default: the whole part)")
    smp.add_argument("--chunks", type=int, default=4)
    smp.add_argument("--seed", type=int, default=20261206)
    smp.add_argument("--exclude", type=Path, nargs="*", default=[], help="earlier readings whose rows are not drawn")
    sc = sub.add_parser("score")
    sc.add_argument("readings", type=Path, nargs="+")
    sc.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    sc.add_argument("--rows", action="store_true", help="also list the rows where reader and classifier differ")
    ag = sub.add_parser("agree")
    ag.add_argument("first", type=Path, nargs="+")
    ag.add_argument("--second", type=Path, nargs="+", required=True)
    ag.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    args = ap.parse_args(argv)
    if args.cmd == "agree":
        print(json.dumps(agreement(args.split, read_readings(args.first), read_readings(args.second)),
                         ensure_ascii=False))
        return 0
    if args.cmd == "sample":
        sample(args.split, args.n, args.chunks, args.seed, args.out, args.exclude)
        return 0
    if args.rows and args.split == "test":
        print("the test part's rows are never listed: aggregates only", file=sys.stderr)
        return 2
    print(json.dumps(score_readings(args.split, read_readings(args.readings), args.rows), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
