"""`siqing worker`: a crawl node (and, with --process, a processing node) of a multi-machine deployment.

Crawling: waits for a crawl generation opened by `siqing crawl --distributed` in the shared Redis
(--redis, $SIQING_REDIS_URL or siqing.yaml's distributed.redis_url) and crawls it from the shared frontier (crawlers/distributed.py), one
child process a generation (Twisted's reactor cannot restart). Processing: claims batches of pending
documents in the shared store and analyses them on this machine's cores (processing/parallel.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from siqing.app.options import load_config
from siqing.config import Config, redis_url_problem
from siqing.errors import UsageError


def redis_url(args: argparse.Namespace, cfg: Config) -> str:
    """The shared Redis: --redis, else $SIQING_REDIS_URL, else siqing.yaml's distributed.redis_url."""
    if args.redis:
        url, where = str(args.redis), "--redis"
    elif os.environ.get("SIQING_REDIS_URL"):
        url, where = os.environ["SIQING_REDIS_URL"], "SIQING_REDIS_URL"
    else:
        url = cfg.settings.distributed.redis_url  # checked when the file was loaded
        if not url:
            raise UsageError("没有指定 Redis：请在 siqing.yaml 的 distributed.redis_url 写上 redis://主机:6379/0，"
                             "或设置环境变量 SIQING_REDIS_URL，或用 --redis")
        return url
    problem = redis_url_problem(url, secrets_allowed=True)
    if problem:
        raise UsageError(f"{where}: Redis 地址无效：{problem}")
    return url


def cmd_worker(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    if args.process:
        from processing.parallel import process_claimed
        from siqing.store import Store

        store = Store(cfg.database_url)
        try:
            while True:
                counts = process_claimed(cfg, store, workers=args.workers)
                if counts["processed"] or counts["failed"] or counts["posts_known"]:
                    print(f"处理完成：{counts['processed']} 篇，失败 {counts['failed']}，"
                          f"据其他文档判明人物职务 {counts['posts_known']} 条（{counts['owner']}）", flush=True)
                if args.once:
                    return 0
                time.sleep(args.poll)
        finally:
            store.close()

    from crawlers import distributed

    url = redis_url(args, cfg)
    r = distributed.connect(url)
    done: set[int] = set()
    env = dict(os.environ)
    env["SIQING_REDIS_URL"] = url  # to the child by its environment: a password stays off the command line
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[3]), env.get("PYTHONPATH", "")])
    deadline = time.monotonic() + args.wait if args.wait else None
    print(f"采集节点已启动，等待采集任务（Redis {url}）", file=sys.stderr, flush=True)
    while True:
        gen = distributed.pending_generation(r, done)
        if gen is None:
            if deadline is not None and time.monotonic() > deadline:
                print("等待超时，没有新的采集任务", file=sys.stderr)
                return 0
            time.sleep(args.poll)
            continue
        cmd = [sys.executable, "-m", "crawlers.distributed", "--config", str(cfg.path), "--generation", str(gen)]
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True)
        done.add(gen)
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            print(f"error: 第 {gen} 轮采集进程异常退出（退出码 {proc.returncode}）", file=sys.stderr)
            if args.once:
                return 1
            continue
        res = json.loads(lines[-1])
        print(f"第 {gen} 轮采集完成：请求 {res['requests']}，文章页 {res['pages_article']}，新增 {res['new']}", flush=True)
        if args.once:
            return 0


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]) -> None:
    p = add("worker", cmd_worker, "多机部署的采集节点：从共享的 Redis 队列取请求采集（--process：处理节点）")
    p.add_argument("--redis", metavar="URL", help="共享 Redis 地址（默认取环境变量 SIQING_REDIS_URL，其次 siqing.yaml 的 distributed.redis_url）")
    p.add_argument("--once", action="store_true", help="完成一轮采集（或一遍处理）后退出")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS", help="等待采集任务的最长秒数（默认一直等待）")
    p.add_argument("--poll", type=float, default=1.0, metavar="SECONDS", help="检查新任务的间隔秒数")
    p.add_argument("--process", action="store_true", help="作为处理节点：认领待处理文档批次并处理")
    p.add_argument("--workers", type=int, default=None, help="处理节点使用的进程数（默认取配置）")


def cmd_crawl_distributed(args: argparse.Namespace, cfg: Config) -> int:
    """`siqing crawl --distributed`: seed the shared frontier, report when the workers drained it."""
    from crawlers import distributed

    for sid in args.source or []:
        cfg.source(sid)  # an unknown id is a usage error, before Redis
    result = distributed.crawl_distributed(cfg, redis_url(args, cfg), args.source or None, timeout=args.timeout)
    for sid, c in result["sources"].items():
        print(f"{sid}\t请求 {c['requests']}\t新增 {c['new']}\t更新 {c['revised']}\t未变 {c['unchanged']}")
    t = result["totals"]
    print(f"合计：新增 {t['new']}，更新 {t['revised']}，未变 {t['unchanged']}，请求 {t['requests']}"
          f"（运行 #{result['run_id']}，第 {result['generation']} 轮）")
    if result["status"] != "ok":
        print(f"error: {result['error']}", file=sys.stderr)
        return 1
    return 0
