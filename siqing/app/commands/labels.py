"""`siqing label ID --kind K`: an analyst's correction of an item's kind, used by the next training."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable

from siqing.app.options import KIND_HELP, kind_arg
from siqing.errors import UsageError
from siqing.kinds import KIND_NAMES_ZH as KIND_NAMES  # noqa: E402
from siqing.store import Store
from siqing.store.core import shown_url


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("label", cmd_label, "记录分析人员对条目类别的更正（下次 siqing train 时使用）")
    p.add_argument("id", type=int, metavar="ID", help="条目编号（siqing query 中的“编号”）")
    p.add_argument("--kind", required=True, type=kind_arg, metavar="KIND", help=KIND_HELP)
    p.add_argument("--note", metavar="TEXT", help="更正理由（与标注一起保存）")
    p.add_argument("--by", metavar="NAME", help="更正人（默认 $SIQING_USER，否则为登录名）")


def default_author() -> str:
    try:
        return os.environ.get("SIQING_USER") or getpass.getuser()
    except Exception:  # no login name in some containers
        return "analyst"


def cmd_label(args: argparse.Namespace) -> int:
    from siqing.app.options import load_config

    cfg = load_config(args)
    home = cfg.home.code
    store = Store(cfg.database_url)
    try:
        doc = store.get_documents([args.id]).get(args.id)
        if doc is None:
            raise UsageError(f"no item numbered {args.id} in the store {shown_url(cfg.database_url)}")
        author = (args.by or default_author()).strip() or "analyst"
        label_id = store.add_label(args.id, home, args.kind, args.note, author)
        current = _model_kind(store, home, args.id)
    finally:
        store.close()
    said = f"，模型判为{KIND_NAMES.get(current, current)}" if current else ""
    print(f"已记录标注 #{label_id}：条目 {args.id}「{doc['title'][:30]}」→ {KIND_NAMES[args.kind]}"
          f"（{args.kind}）{said}；下次 siqing train 时使用")
    return 0


def _model_kind(store: Store, home: str, doc_id: int) -> str | None:
    version = store.latest_model_version(home)
    if version is None:
        return None
    got = store.analyses_for(home, version, [doc_id]).get(doc_id)
    return str(got["kind"]) if got else None
