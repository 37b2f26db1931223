"""`siqing draft list|show|edit|approve`: reviewing briefings before they are sent."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from siqing.app.options import kind_arg

STATUS_NAMES = {"draft": "送审稿", "held": "暂停发送（待审核）", "approved": "已审核"}
DELIVERY_NAMES = {"pending": "待发送", "sending": "发送中/状态不明", "sent": "已发送", "failed": "失败",
                  "uncertain": "状态不明"}


def default_who() -> str:
    """Who is editing: $USER, else the login name."""
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _store(args: argparse.Namespace) -> tuple[Any, Any]:
    from siqing.app import jobs
    from siqing.app.options import load_config

    cfg = load_config(args)
    return cfg, jobs.open_store(cfg)


def cmd_list(args: argparse.Namespace) -> int:
    from briefings.model import TYPE_NAMES

    _, store = _store(args)
    rows = store.list_briefings(limit=args.limit)
    if not args.all:
        rows = [b for b in rows if b["status"] != "approved"]
    if not rows:
        print("没有待审核的简报" if not args.all else "没有简报")
        return 0
    print("编号\t类型\t日期\t状态\t期号\t条数\t生成时间")
    for b in rows:
        number = f"第{b['number']}期" if b["number"] else "-"
        items = len(store.briefing_items(b["id"]))
        print(f"{b['id']}\t{TYPE_NAMES.get(b['type'], b['type'])}\t{b['key']}\t{STATUS_NAMES.get(b['status'], b['status'])}"
              f"\t{number}\t{items}\t{b['composed_at']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from briefings.deliver import NUMERALS, one_line
    from briefings.publish import build_view
    from briefings.review import describe_edit, needs_review, review_mark

    cfg, store = _store(args)
    b = store.get_briefing(args.id)
    view = build_view(cfg, store, args.id)
    total = sum(len(s.entries) for s in view.sections)
    unsure = needs_review(store, cfg.home.code, [e.doc_id for s in view.sections for e in s.entries],
                          cfg.settings.processing.review_below)
    number = f"{b['year']}年第{b['number']}期" if b["number"] else "未编号"
    print(f"简报 #{b['id']} {view.name} {b['key']} {STATUS_NAMES.get(b['status'], b['status'])} {number}，共 {total} 条")
    print(f"时段：{b['period_start']} 至 {b['period_end']}")
    if b["pdf_path"]:
        print(f"PDF：{cfg.briefings_dir / b['pdf_path']}")
    for i, s in enumerate(view.sections):
        print(f"\n{NUMERALS[i]}、{s.heading}")
        if not s.entries:
            print(f"  本期无{s.heading}信息。")
        for j, e in enumerate(s.entries, 1):
            star = "【重要】" if e.important else ""
            reposts = f"　另有{e.reposts}家网站转载" if e.reposts else ""
            print(f"  {j}. [文档 {e.doc_id}] {review_mark(e.doc_id, unsure)}{star}{one_line(e.title)}")
            print(f"     {one_line(e.source_name)}　{e.published or '日期不详'}{reposts}")
            summary = one_line(e.summary)
            print(f"     {summary if args.full or len(summary) <= 80 else summary[:80] + '…'}")
    if view.note:
        print(f"\n{view.note}")
    if b["type"] != "alert" and b["status"] != "approved":
        from briefings.compose import backlog
        from processing import pipeline

        late = backlog(cfg, store, cfg.home.code, pipeline.model_version(), args.id)
        if late:
            print(f"\n往期补录（{len(late)} 条发布于时间窗口之前，未列入本期；需要时用 "
                  f"siqing draft edit {args.id} --add 文档号 加入）：")
            for r in late[: 20 if not args.full else None]:
                print(f"  [文档 {r['id']}] {r['published_at'] or '日期不详'}　{one_line(r['title'])}")
            if len(late) > 20 and not args.full:
                print(f"  ……另有 {len(late) - 20} 条（--full 列出全部）")
    edits = store.briefing_edits(args.id)
    if edits:
        print("\n修改记录：")
        for e in edits:
            print(f"  {e['at']}  {e['who']}  {describe_edit(e) if e['action'] != 'approve' else '审核通过 ' + e['detail']}")
    deliveries = store.deliveries(args.id)
    if deliveries:
        print("\n发送记录：")
        for d in deliveries:
            err = f"　{d['last_error']}" if d["last_error"] and d["status"] != "sent" else ""
            print(f"  {d['recipient']}  {DELIVERY_NAMES.get(d['status'], d['status'])}  尝试 {d['attempts']} 次"
                  f"{'　' + d['sent_at'] if d['sent_at'] else ''}{err}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from briefings import review
    from briefings.publish import publish
    from siqing.errors import UsageError

    cfg, store = _store(args)
    planned: list[tuple[str, int, dict[str, Any]]] = []
    for doc in args.add or []:
        planned.append(("add", doc, {"kind": args.to_kind}))
    for doc in args.drop or []:
        planned.append(("drop", doc, {}))
    for doc in args.move or []:
        if not args.to_kind:
            raise UsageError("--move 需要同时给出 --to-kind 上情|下情|外情|内情")
        planned.append(("move", doc, {"kind": args.to_kind}))
    for doc, text in args.summary or []:
        planned.append(("summary", _doc(doc), {"text": text}))
    for doc in args.important or []:
        planned.append(("important", doc, {}))
    for doc in args.unimportant or []:
        planned.append(("unimportant", doc, {}))
    for doc, pos in args.position or []:
        planned.append(("position", _doc(doc), {"position": _doc(pos)}))
    for doc in args.up or []:
        planned.append(("up", doc, {}))
    for doc in args.down or []:
        planned.append(("down", doc, {}))
    if not planned:
        raise UsageError("nothing to do: give --drop, --move, --up, --down, --position, --add, --summary or --important")
    # All or nothing: a failing edit (an unknown document, a wrong position) leaves the draft as it was.
    for res in review.edit_many(store, args.id, args.by, planned):
        print(f"已修改：{review.describe_edit({'action': res.action, 'detail': _json(res.detail)})}（{args.by}）")
    if not args.no_render:
        paths = publish(cfg, store, args.id)
        print(paths["pdf"])
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from briefings import review
    from briefings.model import TYPE_NAMES
    from siqing.app import jobs

    cfg, store = _store(args)
    number = review.approve(cfg, store, args.id, args.by)
    b = store.get_briefing(args.id)
    print(f"简报 #{args.id} 已审核：{TYPE_NAMES[b['type']]}{b['year']}年第{number}期（{b['approved_by']}）", file=sys.stderr)
    print(cfg.briefings_dir / b["pdf_path"] if b["pdf_path"] else "")
    if args.send:
        from siqing.app.commands.sending import print_report

        return print_report(jobs.send(cfg, args.id))
    return 0


def _doc(value: str) -> int:
    from siqing.errors import UsageError

    try:
        return int(value)
    except ValueError:
        raise UsageError(f"expected a number, got {value!r}") from None


def _json(detail: dict[str, Any]) -> str:
    import json

    return json.dumps(detail, ensure_ascii=False)


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": cmd_list, "show": cmd_show, "edit": cmd_edit, "approve": cmd_approve,
}


def cmd_draft(args: argparse.Namespace) -> int:
    from siqing.errors import UsageError

    if getattr(args, "id", None) is not None and args.draft_action != "list":
        from siqing.app import jobs
        from siqing.app.options import load_config

        if jobs.open_store(load_config(args)).get_briefing(args.id) is None:
            raise UsageError(f"没有编号为 {args.id} 的简报（siqing draft list 列出全部）")
    return ACTIONS[args.draft_action](args)


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("draft", cmd_draft, "发送前审核简报：列表、查看、修改、审核通过")
    # The shared options again, so that they may also follow the action (`draft list --config X`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=argparse.SUPPRESS, help="部署配置文件")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="draft_action", metavar="ACTION", required=True)

    s = sub.add_parser("list", parents=[common], help="待审核的简报（送审稿和暂缓发送的）")
    s.add_argument("--all", action="store_true", help="连同已审核的")
    s.add_argument("--limit", type=int, default=50)

    s = sub.add_parser("show", parents=[common], help="按栏目查看简报条目、修改记录和发送记录")
    s.add_argument("id", type=int, metavar="BRIEFING_ID")
    s.add_argument("--full", action="store_true", help="显示完整摘要")

    s = sub.add_parser("edit", parents=[common], help="修改送审稿；每次修改都记录修改人和时间",
                       description="修改送审稿（DOC 为文档编号，即 siqing draft show 列出的 [文档 N]）")
    s.add_argument("id", type=int, metavar="BRIEFING_ID")
    s.add_argument("--drop", type=int, action="append", metavar="DOC", help="删除一条")
    s.add_argument("--move", type=int, action="append", metavar="DOC", help="把一条移到 --to-kind 栏目")
    s.add_argument("--to-kind", type=kind_arg, metavar="KIND",
                   help="--move（及 --add）的目标栏目：上情/下情/外情/内情")
    s.add_argument("--up", type=int, action="append", metavar="DOC", help="在本栏目内上移一位")
    s.add_argument("--down", type=int, action="append", metavar="DOC", help="在本栏目内下移一位")
    s.add_argument("--position", nargs=2, action="append", metavar=("DOC", "N"),
                   help="移到本栏目第 N 位（从 1 起）")
    s.add_argument("--add", type=int, action="append", metavar="DOC", help="按文档号加入一条（如往期补录中的）")
    s.add_argument("--summary", nargs=2, action="append", metavar=("DOC", "TEXT"), help="改写一条的摘要")
    s.add_argument("--important", type=int, action="append", metavar="DOC", help="标为重要")
    s.add_argument("--unimportant", type=int, action="append", metavar="DOC", help="取消重要标记")
    s.add_argument("--by", default=default_who(), metavar="NAME", help="修改人（默认当前登录名）")
    s.add_argument("--no-render", action="store_true", help="不重新生成送审稿文件")

    s = sub.add_parser("approve", parents=[common], help="审核通过送审稿：编定期号并生成正式文件")
    s.add_argument("id", type=int, metavar="BRIEFING_ID")
    s.add_argument("--by", default=default_who(), metavar="NAME", help="审核人（默认当前登录名）")
    s.add_argument("--send", action="store_true", help="立即发送")
