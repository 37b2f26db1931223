"""`siqing classify`, `siqing evaluate`, `siqing train`: the 四情 classifier from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from siqing.errors import UsageError


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("classify", cmd_classify, "对 JSON Lines 条目（title、text、url、source_name）按本级判定四情类别")
    p.add_argument("--home", metavar="REGION", help="本级地区（默认：部署配置的本级）")
    p.add_argument("--input", metavar="F.jsonl", help="待分类的条目文件（默认：标准输入）")
    p.add_argument("--rules-only", action="store_true", help="只用规则，不用文本模型")
    p = add("evaluate", cmd_evaluate, "用带标准答案（kind 字段，或语料格式中按本级的 labels）的 JSON Lines 条目评测分类器")
    p.add_argument("--home", metavar="REGION", help="标准答案所对应的本级（默认：部署配置的本级；带 labels 的语料则为其标注的每个本级）")
    p.add_argument("--input", metavar="F.jsonl", required=True, help="已标注的条目")
    p.add_argument("--split", metavar="PART", help="只用这一部分的条目（train、dev、test）")
    p.add_argument("--rules-only", action="store_true", help="只用规则，不用文本模型")
    p = add("train", cmd_train, "用标注数据和分析人员的更正重新训练文本模型")
    p.add_argument("--input", metavar="F.jsonl", action="append", default=[],
                   help="更多已标注条目（title、kind；每行可有 home，否则用部署的本级）；可重复给出")
    p.add_argument("--out", metavar="DIR", help="模型文件 kind-<版本>.joblib 及其指标的写入目录（默认 processing/models，替换其中的模型）")


def _home(args: argparse.Namespace) -> Any:
    from siqing.divisions import default_gazetteer

    if args.home:
        return default_gazetteer.resolve(args.home)
    from siqing.app.options import load_config

    return load_config(args).home


def _open(path: str | None) -> tuple[Any, str]:
    """A binary stream (read_jsonl names a line that is not UTF-8) and its name for messages."""
    if path is None or path == "-":
        return getattr(sys.stdin, "buffer", sys.stdin), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{path}: no such file")
    return p.open("rb"), path


def cmd_classify(args: argparse.Namespace) -> int:
    from processing.classify import Classifier, leaders_from_settings
    from processing.evaluate import item_of, read_jsonl

    home = _home(args)
    leaders = []
    if not args.home:  # the deployment's home: its configured leaders decide headlines they lead
        from siqing.app.options import load_config

        leaders = leaders_from_settings(load_config(args).settings)
    clf = Classifier(home, None, leaders=leaders) if args.rules_only else Classifier(home, leaders=leaders)
    stream, name = _open(args.input)
    try:
        rows = list(read_jsonl(stream, name))  # read all first: a bad line writes nothing
    finally:
        if name != "<stdin>":
            stream.close()
    out = sys.stdout
    # one batch: a person a headline names bare is known by the post another item writes before the name
    for row, verdict in zip(rows, clf.classify_all([item_of(row) for row in rows]), strict=True):
        out.write(json.dumps({**row, **verdict.to_dict()}, ensure_ascii=False) + "\n")
    return 0


def evaluate_home(home: Any, rows: list[dict[str, Any]], rules_only: bool = False) -> dict[str, Any]:
    """Figures of one home: hybrid (unless rules_only) and rules alone, per category, reliability; prints them."""
    from processing.classify import MODEL_VERSION, Classifier
    from processing.evaluate import (
        by_category,
        evaluate,
        evaluate_beside_rules,
        format_reliability,
        format_table,
        macro_f1_interval,
        row_groups,
        score,
    )

    if rules_only:
        rules, rules_pred = evaluate(Classifier(home, None), rows)
        main_scores, pred = rules, rules_pred
    else:
        main_scores, pred, rules, rules_pred = evaluate_beside_rules(Classifier(home), rows)
    cats = by_category(rows, pred)
    rule_cats = by_category(rows, rules_pred)
    gold = [r["kind"] for r in rows]
    groups = row_groups(rows)

    def interval(idx: list[int]) -> list[float] | None:
        span = macro_f1_interval([gold[i] for i in idx], [pred[i] for i in idx], [groups[i] for i in idx])
        return [round(span[0], 4), round(span[1], 4)] if span is not None else None

    def shown(span: list[float] | None) -> str:
        return f"{span[0]:.4f}–{span[1]:.4f}" if span is not None else "—（来源不足两个）"

    spans = {"all": interval(list(range(len(rows))))}
    for cat in cats:
        spans[cat] = interval([i for i, r in enumerate(rows) if str(r.get("style") or "document") == cat])
    print(f"== 本级：{home.full_name}（{home.code}）  模型：{'仅规则' if rules_only else MODEL_VERSION}  条数：{main_scores.n}")
    print(format_table(main_scores))
    # (a row with neither a corpus site nor a URL is a source of its own)
    print(f"  macro-F1 按来源网站重抽样的 95% 区间：{shown(spans['all'])}（{len(set(groups))} 个来源）")
    for cat, sc in cats.items():
        print(f"  类别 {cat}: macro-F1 {sc.macro_f1:.4f}（95% 区间 {shown(spans[cat])}）"
              f"  accuracy {sc.accuracy:.4f}  n {sc.n}   （仅规则 macro-F1 {rule_cats[cat].macro_f1:.4f}）")
    print(f"  仅规则: macro-F1 {rules.macro_f1:.4f}  accuracy {rules.accuracy:.4f}")
    print(format_reliability(main_scores.extra["reliability"]))
    return {"home": home.code, "n": main_scores.n, "macro_f1": round(main_scores.macro_f1, 4),
            "macro_f1_interval": spans["all"], "accuracy": round(main_scores.accuracy, 4),
            "categories": {c: {"macro_f1": round(sc.macro_f1, 4), "macro_f1_interval": spans[c],
                               "accuracy": round(sc.accuracy, 4), "n": sc.n}
                           for c, sc in cats.items()},
            "rules": {"macro_f1": round(rules.macro_f1, 4), "accuracy": round(rules.accuracy, 4),
                      "categories": {c: round(sc.macro_f1, 4) for c, sc in rule_cats.items()}},
            "reliability": main_scores.extra["reliability"], "gold": gold, "pred": pred,
            "pooled": score(gold, pred), "confusion": main_scores.confusion}


def cmd_evaluate(args: argparse.Namespace) -> int:
    from processing.classify import MODEL_VERSION
    from processing.evaluate import corpus_homes, labelled_rows, read_jsonl, score
    from siqing.divisions import default_gazetteer

    stream, name = _open(args.input)
    try:
        raw = list(read_jsonl(stream, name, ("title", "kind")))
    finally:
        if name != "<stdin>":
            stream.close()
    corpus = any(isinstance(r.get("labels"), dict) for r in raw)
    if corpus and not args.home:
        homes = [default_gazetteer.resolve(c) for c in corpus_homes(raw)]
    else:
        homes = [_home(args)]
    if corpus and args.split and not any(r.get("split") == args.split for r in raw):
        # A site-split corpus between test parts (the last one retired, the next not imported yet) has an
        # empty test part: say so and report nothing measured, rather than fail as if the file were wrong.
        parts = sorted({str(r.get("split")) for r in raw if r.get("split")})
        if args.split not in ("train", "dev", "test"):
            raise UsageError(f"{name}: 没有 {args.split!r} 部分（语料中的部分：{'、'.join(parts) or '无'}）")
        print(f"{name}: {args.split} 部分为空（语料中的部分：{'、'.join(parts) or '无'}），无可评测条目", file=sys.stderr)
        print(json.dumps({"macro_f1": None, "accuracy": None, "n": 0, "split": args.split, "empty": True,
                          "model": "rules" if args.rules_only else MODEL_VERSION}, ensure_ascii=False))
        return 0
    results = []
    for home in homes:
        rows = labelled_rows(raw, home.code, args.split)
        if not rows:
            raise UsageError(f"{name}: no items labelled for {home.code}" + (f" in split {args.split!r}" if args.split else ""))
        results.append(evaluate_home(home, rows, args.rules_only))
    gold = [g for r in results for g in r.pop("gold")]
    pred = [p for r in results for p in r.pop("pred")]
    pooled_each = [r.pop("pooled") for r in results]
    pooled = pooled_each[0] if len(results) == 1 else score(gold, pred)
    confusions = [r.pop("confusion") for r in results]
    out: dict[str, Any] = {
        "macro_f1": round(min(r["macro_f1"] for r in results), 4) if len(results) > 1 else results[0]["macro_f1"],
        "accuracy": round(pooled.accuracy, 4), "n": pooled.n,
        "model": "rules" if args.rules_only else MODEL_VERSION, "split": args.split,
    }
    if len(results) == 1:
        out.update({k: v for k, v in results[0].items() if k not in ("macro_f1", "accuracy", "n")})
        out["confusion"] = confusions[0]
    else:
        out["macro_f1_mean"] = round(sum(r["macro_f1"] for r in results) / len(results), 4)
        out["per_home"] = {r["home"]: {k: v for k, v in r.items() if k != "home"} for r in results}
        cats = sorted({c for r in results for c in r["categories"]})
        out["categories_min"] = {c: min(r["categories"][c]["macro_f1"] for r in results if c in r["categories"])
                                 for c in cats}
        rel = _pooled_reliability(results)
        out["reliability"] = rel
        print(f"== 全部本级（{len(results)} 个）: 最低 macro-F1 {out['macro_f1']:.4f}  平均 {out['macro_f1_mean']:.4f}  "
              f"accuracy {out['accuracy']:.4f}  n {out['n']}")
        for c, v in out["categories_min"].items():
            print(f"  类别 {c}: 最低 macro-F1 {v:.4f}")
        print(f"  置信度 >= 0.8: {rel['sure_n']} 条，正确 {rel['sure_right']}")
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _pooled_reliability(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The reliability table over all homes together (counts added band by band)."""
    bands: list[dict[str, Any]] = []
    for k, b in enumerate(results[0]["reliability"]["bands"]):
        n = sum(r["reliability"]["bands"][k]["n"] for r in results)
        right = sum((r["reliability"]["bands"][k]["right"] or 0) * r["reliability"]["bands"][k]["n"] for r in results)
        bands.append({"band": b["band"], "n": n, "right": round(right / n, 4) if n else None})
    sure_n = sum(r["reliability"]["sure_n"] for r in results)
    sure_right = sum((r["reliability"]["sure_right"] or 0) * r["reliability"]["sure_n"] for r in results)
    total = sum(r["n"] for r in results)
    return {"bands": bands, "sure_n": sure_n, "sure_right": round(sure_right / sure_n, 4) if sure_n else None,
            "sure_share": round(sure_n / total, 4) if total else 0.0}


def _corrections(args: argparse.Namespace) -> tuple[list[dict[str, Any]], str]:
    """The deployment's analysts' corrections (labels table), with a note of where they came from."""
    from siqing.app.options import load_config
    from siqing.divisions import default_gazetteer
    from siqing.store import Store

    cfg = load_config(args)
    home = default_gazetteer.resolve(cfg.settings.home.region)
    url = cfg.database_url
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        return [], f"{home.full_name}：尚无数据库，无更正"
    store = Store(url)
    try:
        rows = store.training_labels(home.code)
    finally:
        store.close()
    return [{**r, "home": home.code} for r in rows], f"{home.full_name}：分析员更正 {len(rows)} 条"


def cmd_train(args: argparse.Namespace) -> int:
    from processing import model as model_mod
    from processing.evaluate import KINDS, model_metrics, read_file
    from siqing.divisions import default_gazetteer

    corrections, note = _corrections(args)
    default_home = None
    for path in args.input:
        for row in read_file(Path(path), ("title", "kind")):
            home = row.get("home")
            if home:
                division = default_gazetteer.resolve(str(home))
            else:
                if default_home is None:
                    from siqing.app.options import load_config

                    default_home = default_gazetteer.resolve(load_config(args).settings.home.region)
                division = default_home
            corrections.append({**row, "home": division.code})
    bad = [r for r in corrections if r.get("kind") not in KINDS]
    if bad:
        raise UsageError(f"a correction has an unknown kind {bad[0].get('kind')!r}")
    model = model_mod.train(corrections)
    model.metrics["heldout"] = model_metrics(model)
    calibration, dev_verdicts = fit_dev_calibration(model)
    model.metrics["calibration"] = {"n": calibration["n"], "paths": sorted(calibration["paths"]),
                                    "fitted_on": "headlines.jsonl: rules on train and dev, text model on dev"}
    model.metrics["headlines_dev"] = headline_dev_figures(dev_verdicts, calibration)
    out = Path(args.out) if args.out else model_mod.MODELS_DIR
    path = model.save(out)
    model_mod.calibration_path(path).write_text(json.dumps(calibration, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.out:  # replacing the shipped model: only one artefact stays, removed once the new one is written
        for old in out.glob("kind-*"):
            if not old.name.startswith(f"kind-{model.version}."):
                old.unlink()
    real = model.metrics["heldout"]["real"]
    print(f"{note}；另加输入 {len(corrections) - len([c for c in corrections if 'document_id' in c])} 条")
    for f in real.values():
        tag = "（未参与训练的本级）" if f["unseen_home"] else ""
        print(f"真实留出 {f['name']}{tag}: macro-F1 {f['hybrid']['macro_f1']:.4f}  n {f['n']}")
    print(f"撰写条目（留出）: macro-F1 {model.metrics['heldout']['written_all']['macro_f1']:.4f}")
    print(json.dumps({"model": str(path), "version": model.version, "corrections": len(corrections),
                      "real_macro_f1": {c: f["hybrid"]["macro_f1"] for c, f in real.items()},
                      "written_macro_f1": model.metrics["heldout"]["written_all"]["macro_f1"]},
                     ensure_ascii=False))
    return 0


# One dev verdict before calibration: (home, gold kind, kind, raw confidence, path, calibration key).
DevVerdict = tuple[str, str, str, float, str, str, bool]  # home, gold, kind, raw confidence, path, key, held


def fit_dev_calibration(model: Any, rows: list[tuple[dict[str, Any], str]] | None = None
                        ) -> tuple[dict[str, Any], list[DevVerdict]]:
    """Isotonic calibration of the hybrid's confidence on the headline corpus's dev part (never its test part),
    and the dev verdicts it was fitted from (headline_dev_figures scores them: classifying the dev part once)."""
    from processing import model as model_mod
    from processing.classify import Classifier, simplified
    from processing.evaluate import item_of
    from siqing.divisions import default_gazetteer

    points: list[tuple[str, float, bool]] = []
    dev: list[DevVerdict] = []
    # The rules learn nothing from data: their verdicts are calibrated on the train and dev parts; the
    # text model's only on dev (on its own training items it is overconfident).
    if rows is None:
        rows = [(r, "dev") for r in model_mod.headline_rows("dev")] + [(r, "train") for r in model_mod.headline_rows("train")]
    for home in sorted({r["home"] for r, _ in rows}):
        clf = Classifier(default_gazetteer.resolve(home), model, calibration={})
        # each part one batch, as `siqing classify` and `siqing evaluate --split` read their input (classify_all)
        mine = sorted(((r, part) for r, part in rows if r["home"] == home), key=lambda rp: rp[1])
        items = [simplified(item_of(r)) for r, _part in mine]  # (as Classifier.classify reads it, for held below)
        verdicts: list[Any] = []
        for part in sorted({p for _r, p in mine}):
            verdicts += clf.classify_all([i for i, (_r, p) in zip(items, mine, strict=True) if p == part])
        for (r, part), item, v in zip(mine, items, verdicts, strict=True):
            if part == "dev":
                held = clf.rules.held(v, item.title, item.source_name)
                dev.append((home, r["kind"], v.kind, float(v.confidence), v.path, clf.calibration_key(v), held))
            if part == "dev" or v.path != "model":
                # each verdict counts for its path and for its path with the actor's nearness to the home
                # (Classifier.calibration_key); a key with few points falls back to the path's map
                for key in (v.path, clf.calibration_key(v)):
                    points.append((key, float(v.confidence), v.kind == r["kind"]))
    table = model_mod.fit_calibration(points)
    table["n"] = sum(1 for p, _c, _r in points if ":" not in p)  # verdicts, each counted once
    return table, dev


def headline_dev_figures(verdicts: list[DevVerdict], calibration: dict[str, Any]) -> dict[str, Any]:
    """Macro-F1 per home on the headline corpus's dev part (the test part is scored only by `siqing evaluate`),
    from the calibration pass's verdicts: calibration changes confidences, never kinds, so each confidence is
    mapped here as Classifier.classify maps it instead of classifying the dev part a second time."""
    from processing import model as model_mod
    from processing.classify import HELD_CONF, UNCALIBRATED
    from processing.evaluate import reliability, score

    out: dict[str, Any] = {}
    for home in sorted({v[0] for v in verdicts}):
        mine = [v for v in verdicts if v[0] == home]
        gold, pred = [v[1] for v in mine], [v[2] for v in mine]
        conf = [c if path in UNCALIBRATED or not calibration
                else model_mod.apply_calibration(calibration, key, c, path) for _h, _g, _k, c, path, key, _held in mine]
        conf = [min(c, HELD_CONF) if v[6] else c for c, v in zip(conf, mine, strict=True)]  # Classifier.classify
        s = score(gold, pred)
        out[home] = {"macro_f1": round(s.macro_f1, 4), "accuracy": round(s.accuracy, 4), "n": s.n,
                     "sure_right": reliability(gold, pred, conf)["sure_right"]}
    return out
