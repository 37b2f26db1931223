"""`siqing migrate [--check]`: show the store's schema migrations and apply those not yet applied."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from siqing.app.options import load_config


def cmd_migrate(args: argparse.Namespace) -> int:
    from siqing.store import Store
    from siqing.store.core import shown_url
    from siqing.store.migrations import status

    cfg = load_config(args)
    store = Store(cfg.database_url, migrate_now=False)
    try:
        with store.connect() as conn:
            revs = status(conn)  # Alembic revisions, oldest first
        pending = [name for name, done in revs if not done]
        print(f"存储：{shown_url(cfg.database_url)}")
        for name, done in revs:
            print(f"  {'已应用' if done else '待应用'}  {name}")
        if args.check:
            print(f"待应用 {len(pending)} 项" if pending else "已是最新")
            return 1 if pending else 0
        if not pending:
            print("已是最新，无需迁移")
            return 0
        upgraded = Store(cfg.database_url)
        ran = upgraded.migrations_applied
        upgraded.close()
        print(f"已应用 {len(ran)} 项：{'，'.join(ran)}")
        return 0
    finally:
        store.close()


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]) -> None:
    p = add("migrate", cmd_migrate, "显示存储的结构迁移（已应用、待应用），并应用待应用的迁移")
    p.add_argument("--check", action="store_true", help="只检查，不应用；有待应用的迁移时退出码为 1")
