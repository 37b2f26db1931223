"""`siqing backup PATH`: copy the store (SQLite online backup) and the briefings archive."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable


def cmd_backup(args: argparse.Namespace) -> int:
    from siqing.app.backup import backup
    from siqing.app.options import load_config

    cfg = load_config(args)
    res = backup(cfg, args.path)
    if res.pg_dump:
        print("数据库为 PostgreSQL：请运行下面的命令备份数据库（密码放在 ~/.pgpass 或 PGPASSWORD 中）：",
              file=sys.stderr)
        print(shlex.join(res.pg_dump))
    else:
        print(f"数据库已备份：{res.database}", file=sys.stderr)
    print(f"简报文件 {res.briefing_files} 个已复制；备份目录：{res.path}", file=sys.stderr)
    return 0


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("backup", cmd_backup, "备份整个部署：数据库、简报文件和配置（serve 运行时也可备份）")
    p.add_argument("path", metavar="PATH", help="备份到的新目录（或空目录）")
