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
    p = add("classify", cmd_classify, "classify JSON Lines items (title, text, url, source_name) for a home")
    p.add_argument("--home", metavar="REGION", help="the home region (default: the deployment's home)")
    p.add_argument("--input", metavar="F.jsonl", help="items to classify (default: standard input)")
    p.add_argument("--rules-only", action="store_true", help="rules alone, without the text model")
    p = add("evaluate", cmd_evaluate, "score the classifier on JSON Lines items with the gold answer in `kind`")
    p.add_argument("--home", metavar="REGION", help="the home the gold kinds are for (default: the deployment's)")
    p.add_argument("--input", metavar="F.jsonl", required=True, help="labelled items")
    p.add_argument("--rules-only", action="store_true", help="rules alone, without the text model")
    p = add("train", cmd_train, "rebuild the text model from the labelled data and the analysts' corrections")
    p.add_argument("--input", metavar="F.jsonl", action="append", default=[],
                   help="more labelled items (title, kind; `home` per line, else the deployment's home); repeatable")
    p.add_argument("--out", metavar="DIR", help="where to write kind-<version>.joblib and its metrics "
                   "(default processing/models, replacing the model there)")


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
    from processing.classify import Classifier
    from processing.evaluate import item_of, read_jsonl

    home = _home(args)
    clf = Classifier(home, None) if args.rules_only else Classifier(home)
    stream, name = _open(args.input)
    try:
        rows = list(read_jsonl(stream, name))  # read all first: a bad line writes nothing
    finally:
        if name != "<stdin>":
            stream.close()
    out = sys.stdout
    for row in rows:
        verdict = clf.classify(item_of(row))
        out.write(json.dumps({**row, **verdict.to_dict()}, ensure_ascii=False) + "\n")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from processing.classify import MODEL_VERSION, Classifier
    from processing.evaluate import evaluate, format_table, read_jsonl

    home = _home(args)
    clf = Classifier(home, None) if args.rules_only else Classifier(home)
    stream, name = _open(args.input)
    try:
        rows = list(read_jsonl(stream, name, ("title", "kind")))
    finally:
        if name != "<stdin>":
            stream.close()
    if not rows:
        raise UsageError(f"{name}: no items")
    scores, _ = evaluate(clf, rows)
    print(f"本级：{home.full_name}（{home.code}）  模型：{'仅规则' if args.rules_only else MODEL_VERSION}  条数：{scores.n}")
    print(format_table(scores))
    scores.extra = {"home": home.code, "model": "rules" if args.rules_only else MODEL_VERSION}
    print(json.dumps(scores.to_dict(), ensure_ascii=False))
    return 0


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
    out = Path(args.out) if args.out else model_mod.MODELS_DIR
    path = model.save(out)
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
