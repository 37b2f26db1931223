"""`siqing send BRIEFING_ID`: deliver an approved briefing to whoever has not had it yet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


def print_report(report: dict[str, Any]) -> int:
    """One line per recipient, in Chinese; exit 0 only when every recipient has the briefing."""
    errors = report.get("errors", {})
    for r in report["sent"]:
        print(f"已发送\t{r}")
    for r in report["already"]:
        print(f"此前已发送\t{r}")
    for r in report["failed"]:
        print(f"发送失败\t{r}\t{errors.get(r, '')}")
    for r in report["uncertain"]:
        print(f"状态不明\t{r}\t{errors.get(r, '')}（未重发：确认对方未收到后用 --force 重发）")
    print(f"简报 #{report['briefing_id']}：本次发送 {len(report['sent'])}，此前已发送 {len(report['already'])}，"
          f"失败 {len(report['failed'])}，状态不明 {len(report['uncertain'])}", file=sys.stderr)
    return 0 if not report["failed"] and not report["uncertain"] else 1


def cmd_send(args: argparse.Namespace) -> int:
    from siqing.app import jobs
    from siqing.app.options import load_config

    cfg = load_config(args)
    return print_report(jobs.send(cfg, args.id, force=args.force))


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("send", cmd_send, "发送已审核的简报；只补发尚未送达的")
    p.add_argument("id", type=int, metavar="BRIEFING_ID")
    p.add_argument("--force", action="store_true",
                   help="连同结果不明（发送中断）的也重发")
