"""`siqing backup PATH` and `siqing restore BACKUP DIR`: the whole deployment (store, briefings,
config files) copied while serve runs, and made into a working deployment again elsewhere."""

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
    p = add("restore", cmd_restore, "从 siqing backup 的备份恢复出一个可用的部署（配置、数据库、简报文件）")
    p.add_argument("backup", metavar="BACKUP", help="siqing backup 写出的备份目录")
    p.add_argument("dir", metavar="DIR", help="恢复到的新目录（或空目录）")


def cmd_restore(args: argparse.Namespace) -> int:
    from siqing.app.backup import restore

    res = restore(args.backup, args.dir)
    print(f"已恢复：配置 {res.config}；数据库 {res.database or '（PostgreSQL：请用 pg_restore 恢复 siqing.dump）'}；"
          f"简报文件 {res.briefing_files} 个，{res.repointed} 期简报的文件路径已指向新目录", file=sys.stderr)
    print(f"使用：siqing --config {res.config} status", file=sys.stderr)
    print(res.config)
    return 0
