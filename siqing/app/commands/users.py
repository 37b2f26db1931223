"""`siqing user add|passwd|disable NAME [--role R]`: the console's local accounts.

The password never goes on the command line (it would stay in the shell history and in `ps`): it
is asked for twice at a prompt, or read from $SIQING_PASSWORD, or from standard input with
--password-stdin.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from siqing.errors import UsageError

ROLE_NAMES = {"admin": "管理员", "reviewer": "审核人", "analyst": "分析员", "leader": "领导"}


def read_password(args: argparse.Namespace) -> str:
    """The new password: --password-stdin, else $SIQING_PASSWORD, else a prompt (asked twice)."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif os.environ.get("SIQING_PASSWORD"):
        password = os.environ["SIQING_PASSWORD"]
    else:
        if not sys.stdin.isatty():
            raise UsageError("no password given: type it at a terminal, set SIQING_PASSWORD or use --password-stdin")
        password = getpass.getpass("密码：")
        if getpass.getpass("再输一次：") != password:
            raise UsageError("两次输入的密码不一致")
    if not password:
        raise UsageError("empty password")
    return password


def cmd_user(args: argparse.Namespace) -> int:
    from siqing.app import jobs
    from siqing.app.options import load_config
    from siqing.app.web.passwords import hash_password

    store = jobs.open_store(load_config(args))
    name = args.name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise UsageError(f"bad user name {args.name!r} (1 to 64 characters, no spaces)")
    actor = os.environ.get("USER") or "siqing"
    if args.user_action == "add":
        if not args.role:
            raise UsageError("siqing user add needs --role admin|reviewer|analyst|leader")
        if store.get_user(name) is not None:
            raise UsageError(f"user {name!r} already exists (change it with `siqing user passwd {name}`)")
        store.add_user(name, args.role, hash_password(read_password(args)))
        store.log_event(actor, "user_add", f"{name} {args.role}（命令行）")
        print(f"已添加用户 {name}（{ROLE_NAMES[args.role]}）")
    elif args.user_action == "passwd":
        if store.get_user(name) is None:
            raise UsageError(f"no user {name!r} (add one with `siqing user add {name} --role ...`)")
        store.update_user(name, password_hash=hash_password(read_password(args)), role=args.role, active=True)
        store.log_event(actor, "user_passwd", f"{name}（命令行）")
        print(f"已修改用户 {name} 的密码" + (f"，角色改为{ROLE_NAMES[args.role]}" if args.role else ""))
    else:
        store.update_user(name, active=False)
        store.log_event(actor, "user_disable", f"{name}（命令行）")
        print(f"已停用用户 {name}")
    return 0


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("user", cmd_user, "网页控制台账号：新增、改密码（passwd）、停用")
    p.add_argument("user_action", choices=["add", "passwd", "disable"], metavar="add|passwd|disable")
    p.add_argument("name", metavar="NAME", help="登录名")
    p.add_argument("--role", choices=list(ROLE_NAMES),
                   help="admin 管理员 | reviewer 审核人 | analyst 分析员 | leader 领导（add 时必填）")
    p.add_argument("--password-stdin", action="store_true",
                   help="从标准输入第一行读取密码（否则用 $SIQING_PASSWORD 或提示输入）")
