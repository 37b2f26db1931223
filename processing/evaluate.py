"""Scoring a classifier against gold kinds: per-kind precision, recall and F1, the confusion matrix.

`macro_f1` averages F1 over the kinds present in the gold answers (a held-out set of real
regulations has no `lower` item for a city home; a kind absent from the gold set has no recall to
measure). `macro_f1_all` averages over every kind in gold or predictions, so a spurious prediction
of an absent kind counts as an F1 of 0; both are printed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from siqing.errors import UsageError
from siqing.kinds import KIND_NAMES_ZH, KINDS, parse_kind

KIND_LABELS = KIND_NAMES_ZH
# Confidence bands of the reliability table, and the level whose share right is pinned.
BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.0001))
SURE = 0.8


def read_jsonl(stream: Iterable[str] | Iterable[bytes], name: str,
               need: Sequence[str] = ("title",)) -> Iterator[dict[str, Any]]:
    """Objects of a JSON Lines stream; a bad line raises UsageError naming FILE:LINE.

    Give a binary stream to have text that is not UTF-8 reported with its line number.
    """
    for n, raw in enumerate(stream, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                raise UsageError(f"{name}:{n}: not UTF-8 text") from None
        else:
            line = str(raw)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{name}:{n}: not a JSON object ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise UsageError(f"{name}:{n}: not a JSON object")
        for key in need:
            if key == "kind" and "labels" in obj:
                if not isinstance(obj["labels"], dict):
                    raise UsageError(f"{name}:{n}: labels must map a home code to {{kind, reason}}")
            elif key == "kind":
                if isinstance(obj.get("kind"), str) and obj["kind"] not in KINDS:
                    with contextlib.suppress(UsageError):
                        obj["kind"] = parse_kind(obj["kind"])
                if obj.get("kind") not in KINDS:
                    raise UsageError(f"{name}:{n}: kind must be one of {', '.join(KINDS)} (got {obj.get('kind')!r})")
            elif not isinstance(obj.get(key), str):
                raise UsageError(f"{name}:{n}: missing {key!r}")
        yield obj


def read_file(path: Path, need: Sequence[str] = ("title",)) -> list[dict[str, Any]]:
    """All objects of a JSON Lines file (UsageError when missing or bad)."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    with path.open("rb") as fh:
        return list(read_jsonl(fh, str(path), need))


@dataclass
class Scores:
    """The figures of one evaluation."""

    n: int
    accuracy: float
    macro_f1: float
    macro_f1_all: float
    per_kind: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON line printed last by `siqing evaluate`."""
        return {"macro_f1": round(self.macro_f1, 4), "macro_f1_all": round(self.macro_f1_all, 4),
                "accuracy": round(self.accuracy, 4), "n": self.n,
                "per_kind": {k: {m: round(v, 4) for m, v in d.items()} for k, d in self.per_kind.items()},
                "confusion": self.confusion, **self.extra}


def score(gold: Sequence[str], pred: Sequence[str]) -> Scores:
    """Scores of predictions against gold kinds."""
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    confusion = {g: {p: 0 for p in KINDS} for g in KINDS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    per: dict[str, dict[str, float]] = {}
    for k in KINDS:
        tp = confusion[k][k]
        fp = sum(confusion[g][k] for g in KINDS if g != k)
        fn = sum(confusion[k][p] for p in KINDS if p != k)
        support = tp + fn
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / support if support else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        per[k] = {"precision": prec, "recall": rec, "f1": f1, "support": float(support), "predicted": float(tp + fp)}
    in_gold = [k for k in KINDS if per[k]["support"] > 0]
    in_any = [k for k in KINDS if per[k]["support"] > 0 or per[k]["predicted"] > 0]
    n = len(gold)
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / n if n else 0.0
    return Scores(n=n, accuracy=acc,
                  macro_f1=sum(per[k]["f1"] for k in in_gold) / len(in_gold) if in_gold else 0.0,
                  macro_f1_all=sum(per[k]["f1"] for k in in_any) / len(in_any) if in_any else 0.0,
                  per_kind=per, confusion=confusion)


INTERVAL_ROUNDS = 2000  # bootstrap resamples behind an interval (a fixed seed: the same figures every run)
SECOND_LEVEL = {"gov", "com", "org", "net", "edu", "ac", "co", "or", "ne", "go"}  # (.co.jp, .or.kr, .go.th as well)


def site_of(host: str) -> str:
    """The registrable domain of a host (www.xmrd.gov.cn -> xmrd.gov.cn, law242.infoeach.com -> infoeach.com):
    the corpus's split keeps every host of one site in one part, and an interval resamples them together."""
    labels = host.split(":")[0].rstrip(".").split(".")  # (a fully qualified host's root dot, www.nbzx.gov.cn., is none)
    if all(part.isdigit() for part in labels):
        return host
    # a country's generic second level (xmrd.gov.cn, a Macao paper's .com.mo, a Hong Kong site's .org.hk)
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-1].isalpha() and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def macro_f1_interval(gold: Sequence[str], pred: Sequence[str], groups: Sequence[str],
                      rounds: int = INTERVAL_ROUNDS, level: float = 0.95, seed: int = 0) -> tuple[float, float] | None:
    """A percentile bootstrap interval of macro-F1 (kinds in gold) that resamples whole groups, not items; None with
    fewer than two groups, where there is nothing to resample.

    The corpus is split by site and a site's items share its errors (one misplaced site is wrong for all of
    them), so resampling items alone would make the figure look surer than it is; the groups given are the
    items' sites. Each resample draws as many groups as there are, with replacement, and scores the items
    of the groups drawn, averaging F1 over the kinds present in that resample's gold, as the figure itself is
    averaged. A kind with a few items (a district's 内情) swings the figure both ways: a resample without its
    items averages over one kind fewer, one with its missed items twice over scores it lower, and the interval
    shows by how much.
    """
    if not (len(gold) == len(pred) == len(groups)):
        raise ValueError("gold, predictions and groups differ in length")
    names = sorted(set(groups))
    if len(names) < 2:
        return None
    k = len(KINDS)
    kind_at = {kind: i for i, kind in enumerate(KINDS)}
    group_at = {name: i for i, name in enumerate(names)}
    cells = np.zeros((len(names), k * k))  # each group's confusion matrix, flattened (gold * k + predicted)
    for want, got, group in zip(gold, pred, groups, strict=True):
        cells[group_at[group], kind_at[want] * k + kind_at[got]] += 1
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(names), np.full(len(names), 1 / len(names)), size=rounds)  # times each group drawn
    confusions = (draws @ cells).reshape(rounds, k, k)
    tp = np.einsum("rii->ri", confusions)
    support = confusions.sum(axis=2)
    predicted = confusions.sum(axis=1)
    denom = support + predicted  # 2tp + fp + fn
    f1 = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)
    present = support > 0
    macro = (f1 * present).sum(axis=1) / np.maximum(present.sum(axis=1), 1)
    lo, hi = np.quantile(macro, [(1 - level) / 2, 1 - (1 - level) / 2])
    return (float(lo), float(hi))


def row_groups(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The group each row is resampled with: its corpus site, else its URL's site (site_of), else the row alone."""
    from urllib.parse import urlsplit

    out = []
    for n, r in enumerate(rows):
        site = r.get("site")
        if not site:
            try:
                host = urlsplit(str(r.get("url") or "")).hostname
            except ValueError:
                host = None
            site = site_of(host) if host else None
        out.append(str(site) if site else f"#{n}")
    return out


def format_table(s: Scores) -> str:
    """Per-kind precision/recall/F1 and the confusion matrix, as plain text."""
    lines = [f"{'kind':<10}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"]
    for k in KINDS:
        d = s.per_kind[k]
        lines.append(f"{k + ' ' + KIND_LABELS[k]:<10}{d['precision']:>10.3f}{d['recall']:>8.3f}{d['f1']:>8.3f}"
                     f"{int(d['support']):>9d}")
    lines.append(f"accuracy {s.accuracy:.4f}  macro-F1 {s.macro_f1:.4f} (kinds in gold)  "
                 f"macro-F1 {s.macro_f1_all:.4f} (all kinds seen)  n {s.n}")
    lines.append("")
    lines.append("confusion (rows: gold, columns: predicted)")
    lines.append(f"{'':<10}" + "".join(f"{k:>10}" for k in KINDS))
    for g in KINDS:
        lines.append(f"{g:<10}" + "".join(f"{s.confusion[g][p]:>10d}" for p in KINDS))
    return "\n".join(lines)


def reliability(gold: Sequence[str], pred: Sequence[str], conf: Sequence[float]) -> dict[str, Any]:
    """Share right per confidence band and at confidence >= SURE (the reliability table)."""
    bands = []
    for lo, hi in BANDS:
        idx = [i for i, c in enumerate(conf) if lo <= c < hi]
        right = sum(1 for i in idx if gold[i] == pred[i])
        bands.append({"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(idx),
                      "right": round(right / len(idx), 4) if idx else None})
    sure = [i for i, c in enumerate(conf) if c >= SURE]
    share = sum(1 for i in sure if gold[i] == pred[i]) / len(sure) if sure else None
    return {"bands": bands, "sure_n": len(sure), "sure_right": round(share, 4) if share is not None else None,
            "sure_share": round(len(sure) / len(conf), 4) if conf else 0.0}


def format_reliability(rel: dict[str, Any]) -> str:
    """The reliability table as plain text."""
    lines = ["reliability (confidence band: items, share right)"]
    for b in rel["bands"]:
        right = "-" if b["right"] is None else f"{b['right']:.3f}"
        lines.append(f"  {b['band']:<9}{b['n']:>6}  {right}")
    sr = "-" if rel["sure_right"] is None else f"{rel['sure_right']:.4f}"
    lines.append(f"  >= {SURE}: {rel['sure_n']} items ({rel['sure_share']:.1%}), right {sr}")
    return "\n".join(lines)


def labelled_rows(rows: Iterable[dict[str, Any]], home: str, split: str | None = None) -> list[dict[str, Any]]:
    """Rows with the gold `kind` for one home: plain rows as they are, corpus rows (labels per home) by home."""
    out: list[dict[str, Any]] = []
    for r in rows:
        if split is not None and r.get("split") != split:
            continue
        labels = r.get("labels")
        if isinstance(labels, dict):
            lab = labels.get(home)
            if not isinstance(lab, dict) or lab.get("kind") not in KINDS:
                continue
            out.append({**r, "kind": lab["kind"], "reason_gold": lab.get("reason", "")})
        else:
            out.append(r)
    return out


def corpus_homes(rows: Iterable[dict[str, Any]]) -> list[str]:
    """The home codes a corpus is labelled for, in order of first appearance."""
    seen: dict[str, None] = {}
    for r in rows:
        for code in (r.get("labels") or {}):
            seen.setdefault(str(code), None)
    return list(seen)


def item_of(row: dict[str, Any]) -> Any:
    """A classify.Item from a JSON object (imported late: classify imports this module's users)."""
    from processing.classify import Item

    return Item(title=str(row.get("title") or ""), text=str(row.get("text") or ""), url=str(row.get("url") or ""),
                source_name=str(row.get("source_name") or ""), source_region=row.get("source_region") or None,
                published_at=row.get("published_at"))


def evaluate(classifier: Any, rows: Iterable[dict[str, Any]]) -> tuple[Scores, list[str]]:
    """Classify rows (with gold `kind`) and score; returns the scores and the predictions."""
    rows = list(rows)
    items = [item_of(r) for r in rows]
    # as `siqing classify` reads its input: one batch, whose items tell the posts of people others name bare
    batch = getattr(classifier, "classify_all", None)
    verdicts = batch(items) if batch is not None else [classifier.classify(i) for i in items]
    return _scored(rows, verdicts), [v.kind for v in verdicts]


def evaluate_beside_rules(classifier: Any, rows: Iterable[dict[str, Any]]
                          ) -> tuple[Scores, list[str], Scores, list[str]]:
    """evaluate of a classify.Classifier and of its rules alone, from one reading of the rows: the scores and
    predictions of each (the rules' as Classifier(home, None) gives them, the hybrid asking the rules first; their
    scores carry no reliability table, the rules' confidence being no figure reported)."""
    rows = list(rows)
    verdicts, rules_pred = classifier.classify_all_beside_rules([item_of(r) for r in rows])
    return (_scored(rows, verdicts), [v.kind for v in verdicts],
            score([r["kind"] for r in rows], rules_pred), rules_pred)


def _scored(rows: Sequence[dict[str, Any]], verdicts: Sequence[Any]) -> Scores:
    pred = [v.kind for v in verdicts]
    s = score([r["kind"] for r in rows], pred)
    s.extra["reliability"] = reliability([r["kind"] for r in rows], pred, [float(v.confidence) for v in verdicts])
    return s


def by_category(rows: Sequence[dict[str, Any]], pred: Sequence[str]) -> dict[str, Scores]:
    """Scores per category (the `style` field: news, document); rows without it count as document."""
    out: dict[str, Scores] = {}
    for cat in sorted({str(r.get("style") or "document") for r in rows}):
        idx = [i for i, r in enumerate(rows) if str(r.get("style") or "document") == cat]
        out[cat] = score([rows[i]["kind"] for i in idx], [pred[i] for i in idx])
    return out


def model_metrics(model: Any, data_dir: Path | None = None) -> dict[str, Any]:
    """Figures of a model on the held-out data: real and written items apart, per home.

    For each held-out home: the hybrid classifier (rules + this model), the rules alone and the model
    alone. Homes in `UNSEEN_HOMES` were never in any training data.
    """
    from processing import model as model_mod
    from processing.classify import Classifier
    from siqing.divisions import default_gazetteer

    data_dir = data_dir or model_mod.DATA_DIR
    out: dict[str, Any] = {"real": {}, "written": {}}

    def figures(home: str, rows: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
        """The home's figures and the hybrid's predictions."""
        division = default_gazetteer.get(home)
        assert division is not None, home
        gold = [r["kind"] for r in rows]
        hybrid, pred, rules, _ = evaluate_beside_rules(Classifier(division, model), rows)
        alone = score(gold, model.predict_many([model_mod.example_of(r, home, r["kind"]) for r in rows]))
        return {"name": division.full_name, "n": len(rows),
                "unseen_home": home in model_mod.UNSEEN_HOMES,
                "gold": {k: gold.count(k) for k in KINDS},
                "hybrid": hybrid.to_dict() | {"confusion": None}, "rules": _short(rules), "model": _short(alone)}, pred

    for home in model_mod.EVAL_HOMES:
        out["real"][home] = figures(home, model_mod.heldout_rows(home, data_dir))[0]
    written = model_mod.written_rows("test", data_dir)
    preds: list[tuple[str, str]] = []  # (gold, hybrid) of the written rows, all homes pooled
    for home in sorted({r["home"] for r in written}):
        rows = [r for r in written if r["home"] == home]
        out["written"][home], pred = figures(home, rows)
        preds.extend(zip((r["kind"] for r in rows), pred, strict=True))
    all_gold = [r["kind"] for r in written]
    out["written_all"] = _short(score([g for g, _ in preds], [p for _, p in preds])) | {"n": len(all_gold)}
    return out


def _short(s: Scores) -> dict[str, Any]:
    return {"macro_f1": round(s.macro_f1, 4), "macro_f1_all": round(s.macro_f1_all, 4),
            "accuracy": round(s.accuracy, 4)}
