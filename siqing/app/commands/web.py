"""`siqing web [--host H] [--port 8630]`: the office's web console (办公室工作台), served by gunicorn."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


def cmd_web(args: argparse.Namespace) -> int:
    from gunicorn.app.base import BaseApplication

    from siqing.app import jobs
    from siqing.app.options import load_config
    from siqing.app.web.app import create_app
    from siqing.errors import UsageError

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be between 1 and 65535, got {args.port}")
    if args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, got {args.workers}")
    cfg = load_config(args)
    store = jobs.open_store(cfg)  # migrates now, before workers start
    app = create_app(cfg)
    if not store.list_users():
        print("提示：尚无用户。先创建管理员：siqing user add 用户名 --role admin", file=sys.stderr)
    print(f"办公室工作台：http://{args.host}:{args.port}/（按 Ctrl+C 停止）", file=sys.stderr)
    options = {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers,
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 300,  # a send to many recipients or a render runs inside the request
        "accesslog": "-" if args.verbose else None,
        "errorlog": "-",
        "loglevel": "info" if args.verbose else "warning",
        "proc_name": "siqing-web",
    }

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                if value is not None:
                    self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    # The workers are forked from this process: none may inherit an open database connection.
    store.engine.dispose()
    Server().run()
    return 0


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("web", cmd_web, "办公室网页工作台（默认 127.0.0.1:8630，由 gunicorn 提供）")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1；对外请在前面加 nginx 和 TLS）")
    p.add_argument("--port", type=int, default=8630, help="端口（默认 8630）")
    p.add_argument("--workers", type=int, default=2, help="gunicorn 工作进程数（默认 2）")
