"""Build labelled JSONL from the real corpora for several homes and score the rule classifier on them.

Local regulations are labelled from their enacting body's place (X's standing committee enacted it:
the relation of X to the home decides); State Council documents are upper for every home.
Writes processing/models/data/real_<home-code>.jsonl and prints one JSON line of figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from processing.classify import Classifier, Item  # noqa: E402
from siqing.divisions import Division, default_gazetteer  # noqa: E402
from siqing.kinds import KINDS, RELATION_NAMES_ZH  # noqa: E402

CORPORA = ROOT.parent / "shared" / "data" / "corpora"
OUT_DIR = ROOT / "processing" / "models" / "data"
# Homes the model is trained for (a city, a province, a county, a municipality, another city) and
# homes only evaluated on (never in any training data).
TRAIN_HOMES = ("370100", "330000", "410100", "370102", "310000")
EVAL_HOMES = ("370100", "330000", "370000", "330100")
DEFAULT_HOMES = TRAIN_HOMES
TEXT_CHARS = 200
HELDOUT_CHARS = 120
BODY = re.compile(r"^(?:经|日)?(.+?)(?:第[一二三四五六七八九十]+届)?人民代表大会(常务委员会)?$")
RELATION_KIND = {"self": "internal", "above": "upper", "inside": "lower", "elsewhere": "external"}


def enacting_place(rec: dict) -> tuple[Division, str] | None:
    """The region and name of the body that enacted a regulation (its title's region preferred)."""
    found: list[tuple[Division, str]] = []
    for entry in rec.get("enactment_history") or []:
        body = entry.get("body")
        line = entry.get("line") or ""
        if not body or "批准" in line or entry.get("action") not in ("通过", "修订", None):
            continue
        m = BODY.match(body)
        if not m:
            continue
        place = m.group(1)
        if re.fullmatch(r"[省市][一二三四五六七八九十]+届", place) or len(place) < 2:
            continue
        try:
            found.append((default_gazetteer.resolve(place), body))
        except Exception:  # noqa: BLE001 - unknown or ambiguous names are skipped
            continue
    title = rec.get("title") or ""
    for div, body in found:
        if title.startswith((div.name, div.short)):
            return div, body
    return found[0] if found else None


def regulation_rows() -> list[dict]:
    """Local regulations with their enacting region."""
    rows = []
    path = CORPORA / "local-regulations" / "local_regulations.jsonl"
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            rec = json.loads(line)
            title = (rec.get("title") or "").strip()
            if not title or title.startswith("---") or not rec.get("text"):
                continue
            found = enacting_place(rec)
            if found is None:
                continue
            place, body = found
            history = "；".join(e["line"].strip() for e in rec.get("enactment_history") or [] if e.get("line"))
            text = (f"（{history}）\n" if history else "") + rec["text"]
            rows.append({"id": f"reg-{n}", "title": title, "text": text[:300], "url": "",
                         "source_name": rec.get("subfolder") or "地方性法规", "published_at": rec.get("version_date")
                         if rec.get("version_date") not in (None, "None") else None,
                         "_place": place, "_body": body.lstrip("经日")})
    return rows


def report_rows() -> list[dict]:
    """Government work reports of the State Council and the Party's national congress reports: upper everywhere."""
    rows = []
    for name, body in (("government_work_reports", "国务院"), ("cpc_congress_reports", "中国共产党全国代表大会")):
        path = CORPORA / "gov-work-reports" / f"{name}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                rec = json.loads(line)
                rows.append({"id": f"report-{name[:3]}-{n}", "title": rec["title"],
                             "text": (rec.get("content") or "")[:300], "url": rec.get("url") or "",
                             "source_name": "维基文库", "published_at": None,
                             "_place": default_gazetteer.nation, "_body": body})
    return rows


def policy_rows() -> list[dict]:
    """State Council documents: upper for every home."""
    rows = []
    path = CORPORA / "govcn-policy" / "govcn_policies.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"id": f"govcn-{rec['id']}", "title": rec["title"], "text": (rec.get("body_text") or "")[:300],
                         "url": rec.get("url") or "", "source_name": "中国政府网",
                         "published_at": rec.get("publish_date"), "_place": default_gazetteer.nation,
                         "_body": rec.get("issuing_office") or "国务院"})
    return rows


def label(row: dict, home: Division) -> dict:
    """One labelled line for a home."""
    place = row["_place"] if isinstance(row.get("_place"), Division) else default_gazetteer.get(row["place"])
    assert place is not None
    rel = default_gazetteer.relation(home, place)
    kind = RELATION_KIND[rel]
    body = row.get("_body") or row.get("body") or ""
    who = body if place.level == "nation" else place.full_name + "人大常委会"
    rel_cn = RELATION_NAMES_ZH[rel]
    out = {k: v for k, v in row.items() if not k.startswith("_") and k not in ("place", "body", "split")}
    out.update(kind=kind, reason=f"主体：{who}（{rel_cn}）", home=home.code)
    return out


def split_of(title: str) -> str:
    """A fixed fifth of the titles is held out (test), whatever the home: never trained on."""
    return "test" if int(hashlib.sha1(title.encode()).hexdigest(), 16) % 5 == 0 else "train"


ENACT_LINE = re.compile(r"^（[^）]*）\n?")


def compact(rows: list[dict]) -> list[dict]:
    """One line per distinct title: the first TEXT_CHARS of the text, the enacting place's code and the split."""
    seen: set[str] = set()
    out = []
    for r in rows:
        key = re.sub(r"\s+", "", r["title"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": r["id"], "title": r["title"], "text": r["text"][:TEXT_CHARS], "url": r["url"],
                    "source_name": r["source_name"], "published_at": r["published_at"],
                    "place": r["_place"].code, "body": r["_body"], "split": split_of(key)})
    return out


def heldout(items: list[dict], home: Division) -> list[dict]:
    """The held-out items labelled for a home, varied: every other regulation loses its enactment line."""
    out = []
    for n, it in enumerate(x for x in items if x["split"] == "test"):
        row = label(it, home)
        if n % 2 == 1 and row["id"].startswith("reg-"):
            row["text"] = ENACT_LINE.sub("", row["text"])
        row["text"] = row["text"][:HELDOUT_CHARS]
        out.append(row)
    return out


def macro_f1(gold: list[str], pred: list[str]) -> tuple[float, dict[str, float]]:
    """Macro-F1 over the kinds present in gold or predictions."""
    per = {}
    for k in KINDS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == k and p != k)
        if tp + fp + fn == 0:
            continue
        per[k] = 2 * tp / (2 * tp + fp + fn)
    return (sum(per.values()) / len(per) if per else 0.0), per


def main(argv: list[str] | None = None) -> int:
    """Write real.jsonl (all items, with place and split) and heldout_<home>.jsonl; print rule figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified lines per home")
    args = ap.parse_args(argv)
    if not (CORPORA / "local-regulations").exists():
        print(json.dumps({"skipped": f"{CORPORA} not found"}))
        return 0
    items = compact(regulation_rows() + policy_rows() + report_rows())
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("real_*.jsonl"):
        old.unlink()
    with (args.out / "real.jsonl").open("w", encoding="utf-8") as fh:
        for rec in items:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    figures: dict[str, dict] = {}
    for code in EVAL_HOMES:
        home = default_gazetteer.get(code)
        assert home is not None
        labelled = heldout(items, home)
        with (args.out / f"heldout_{home.code}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in labelled:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        clf = Classifier(home, model=None)
        t0 = time.perf_counter()
        pred = [clf.classify(Item(r["title"], r["text"], r["url"], r["source_name"])).kind for r in labelled]
        secs = time.perf_counter() - t0
        gold = [r["kind"] for r in labelled]
        f1, per = macro_f1(gold, pred)
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        counts = {k: gold.count(k) for k in KINDS}
        figures[home.full_name] = {"code": home.code, "n": len(gold), "accuracy": round(acc, 4),
                                   "rules_macro_f1": round(f1, 4), "f1": {k: round(v, 4) for k, v in per.items()},
                                   "gold": counts, "items_per_s": round(len(gold) / secs)}
        shown = 0
        for r, p in zip(labelled, pred, strict=True):
            if shown < args.errors and r["kind"] != p:
                print(home.short, r["kind"], p, r["title"], r["text"][:80].replace("\n", " "), file=sys.stderr)
                shown += 1
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
