"""The command line: one verb per stage, shared options defined once, errors as one line.

Exit codes: 0 success, 1 runtime failure, 2 usage, input or configuration error. Messages for
office staff are in Chinese; `error: ...` lines name the file, key, line or URL at fault.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from siqing.app import argparse_zh
from siqing.app import commands as commands_pkg
from siqing.app.options import ShanghaiFormatter, load_config, parse_date
from siqing.errors import SiqingError, UsageError

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


# commands ---------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from siqing.app.demo.run import run_demo

    pdf = run_demo(args.dir, port=args.port, out=sys.stderr)
    print(pdf)
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from siqing.app import jobs

    cfg = load_config(args)
    if getattr(args, "distributed", False):
        from siqing.app.commands.worker import cmd_crawl_distributed

        return cmd_crawl_distributed(args, cfg)
    result = jobs.crawl(cfg, args.source or None, quiet=not args.verbose, progress=True)
    from siqing.app.status import FLAG_NAMES

    failed = []
    for sid, c in result["sources"].items():
        flags = f"  注意：{'，'.join(FLAG_NAMES.get(f, f) for f in c['flags'])}" if c.get("flags") else ""
        dropped = sum(c["dropped"].values())
        errors = sum(c["errors"].values())
        print(f"{sid}\t请求 {c['requests']}\t新增 {c['new']}\t更新 {c['revised']}\t未变 {c['unchanged']}"
              f"\t丢弃 {dropped}\t错误 {errors}{flags}")
        if {"no_items", "unreachable"} & set(c.get("flags") or []):
            failed.append(sid)
            print(f"  {sid} 没有采到内容，原因：{crawl_reasons(c)}", file=sys.stderr)
    t = result["totals"]
    print(f"合计：新增 {t['new']}，更新 {t['revised']}，未变 {t['unchanged']}，请求 {t['requests']}（运行 #{result['run_id']}）")
    if failed:
        print(f"error: {len(failed)} 个来源失败或没有采到内容：{', '.join(failed)}（siqing check-source ID 可查看详情）",
              file=sys.stderr)
    return 0 if result["status"] == "ok" and not failed else 1


def crawl_reasons(counts: dict[str, Any]) -> str:
    """Why a source yielded nothing: its errors and drops by reason, most frequent first."""
    from siqing.app.status import reason_name

    parts = sorted([*counts.get("errors", {}).items(), *counts.get("dropped", {}).items()], key=lambda kv: -kv[1])
    if parts:
        return "；".join(f"{reason_name(k)} {n} 次" for k, n in parts)
    if not counts.get("requests"):
        return "没有发出任何请求（网址或配置有误？）"
    return "列表页上没有找到文章链接（网站改版或选择器不对？）"


def cmd_process(args: argparse.Namespace) -> int:
    from siqing.app import jobs

    cfg = load_config(args)
    counts = jobs.process(cfg, since=args.since.isoformat() if args.since else None, progress=process_progress)
    known = f"，据其他文档判明人物职务 {counts['posts_known']} 条" if counts.get("posts_known") else ""
    print(f"已处理 {counts['processed']} 条，失败 {counts['failed']} 条，归入转载簇 {counts['clusters_joined']} 条{known}"
          f"（运行 #{counts['run_id']}）")
    return 0


def process_progress(stage: str, counts: dict[str, int]) -> None:
    """One line on standard error per batch written, as the crawl's per-source line (`进度 …`)."""
    if stage == "cluster":
        print(f"进度 处理：分析完成（{counts['processed']} 条，失败 {counts['failed']} 条），正在归并转载并排序",
              file=sys.stderr, flush=True)
    else:
        print(f"进度 处理：已分析 {counts['processed']} 条，失败 {counts['failed']} 条", file=sys.stderr, flush=True)


def render_progress(done: int, total: int, fmt: str) -> None:
    """One line on standard error per format rendered (`进度 生成 2/3：PDF 完成`)."""
    print(f"进度 生成 {done}/{total}：{fmt} 完成", file=sys.stderr, flush=True)


def cmd_brief(args: argparse.Namespace) -> int:
    from datetime import datetime, time

    from siqing import clock
    from siqing.app import jobs
    from siqing.app.commands.drafts import default_who
    from siqing.app.commands.sending import print_report

    cfg = load_config(args)
    who = default_who()
    if args.type == "alert":
        # 专报: one per new item matching the alert rules (arrived since --date, default the last two days).
        since = clock.stamp(datetime.combine(args.date, time.min, tzinfo=clock.CST)) if args.date else None
        ids = jobs.alerts(cfg, since=since, approve=args.approve, send_now=args.send, who=who)
        store = jobs.open_store(cfg)
        code = 0
        for bid in ids:
            b = store.get_briefing(bid)
            assert b is not None  # jobs.alerts returns ids of briefings it has just created
            label = f"第{b['number']}期" if b["number"] else "送审稿（待审核）"
            print(f"专报 #{bid} {label}", file=sys.stderr)
            if args.send and b["status"] != "approved":
                print(f"专报 #{bid} 尚未审核，未发送", file=sys.stderr)
                code = 1
            elif args.send and any(d["status"] != "sent" for d in store.deliveries(bid)):
                print(f"专报 #{bid} 未全部送达：siqing send {bid}", file=sys.stderr)
                code = 1
            print(cfg.briefings_dir / b["pdf_path"] if b["pdf_path"] else "")
        if not ids:
            print("没有符合专报规则的新信息", file=sys.stderr)
        return code
    res = jobs.brief(cfg, args.type, args.date, approve=args.approve, who=who, progress=render_progress)
    if res.status == "empty":
        if args.type == "daily" or args.type == "weekly":
            jobs.empty_note(cfg, args.type, args.date or clock.today())
        print("本期无要情：时间窗口内没有新的信息，未生成简报（往期补录的信息不单独成期）", file=sys.stderr)
        return 0
    label = f"第{res.number}期" if res.number else "送审稿（待审核）"
    print(f"简报 #{res.briefing_id} {label}，{res.items} 条", file=sys.stderr)
    if args.send:
        if res.status != "approved":
            raise UsageError(f"简报 #{res.briefing_id} 尚未审核，不能发送：加 --approve，或 siqing draft approve "
                             f"{res.briefing_id} --send")
        code = print_report(jobs.send(cfg, res.briefing_id))
        print(res.paths["pdf"])
        return code
    print(res.paths["pdf"])
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from siqing.app.status import collect, render_text

    cfg = load_config(args)
    report = collect(cfg)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render_text(report))
    return 1 if report["needs_attention"] else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from crawlers.extract.cli import main_extract

    print(json.dumps(main_extract(args.file, args.url), ensure_ascii=False))
    return 0


# parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    argparse_zh.install()  # usage, option groups and usage errors in Chinese

    def shared(default: object) -> argparse.ArgumentParser:
        # Accepted before and after the verb; after it, an absent option must not reset the
        # value given before it, hence SUPPRESS as the sub-commands' default.
        p = argparse.ArgumentParser(add_help=False)
        p.add_argument("--config", default=default,
                       help="部署配置文件（默认：$SIQING_CONFIG 或 config/siqing.yaml）")
        p.add_argument("-v", "--verbose", action="count", default=default if default is argparse.SUPPRESS else 0,
                       help="进度日志写到标准错误；-vv 连同 Scrapy 自身的警告")
        return p

    common = shared(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="siqing", parents=[shared(None)],
                                     description="四情：人大常委会办公室信息收集与每日要情")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        COMMANDS[name] = handler
        p.set_defaults(handler=handler)
        return p

    p = add("demo", cmd_demo, "演示：在本机启动样例网站，采集、处理、生成简报 PDF")
    p.add_argument("--dir", default="data/demo", help="演示部署所在目录（默认 data/demo）")
    p.add_argument("--port", type=int, default=None, help="样例网站端口（默认 8620）")

    p = add("crawl", cmd_crawl, "采集已配置的来源")
    p.add_argument("--source", action="append", metavar="ID", help="只采集这个来源（可重复给出）")
    p.add_argument("--distributed", action="store_true", help="多机采集：写入共享 Redis 队列，等 siqing worker 采完")
    p.add_argument("--redis", metavar="URL", help="共享 Redis 地址（默认取环境变量 SIQING_REDIS_URL，其次 siqing.yaml 的 distributed.redis_url）")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help="多机采集等待的最长秒数")

    p = add("process", cmd_process, "处理已采集的文档：类别、地区、主题、摘要、重要度")
    p.add_argument("--since", type=parse_date, metavar="DATE", help="只处理 DATE 以来收集的文档")

    p = add("brief", cmd_brief, "生成某日的简报（每日要情 daily、每周要情 weekly、专报 alert）")
    p.add_argument("type", choices=["daily", "weekly", "alert"])
    p.add_argument("--date", type=parse_date, metavar="D", help="简报日期（默认今天）")
    p.add_argument("--approve", action="store_true", help="立即审核通过（编定期号）")
    p.add_argument("--send", action="store_true", help="审核通过后发送（只发送已审核的简报）")

    p = add("status", cmd_status, "运行状态：最近运行、来源情况、简报；需要人处理时以非零状态退出")
    p.add_argument("--json", action="store_true", help="输出 JSON，供监控程序读取")

    p = add("extract", cmd_extract, "从保存的网页中提取文章字段，输出 JSON")
    p.add_argument("file", metavar="FILE.html")
    p.add_argument("--url", help="网页原地址（用于补全链接、识别日期）")

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"siqing.app.commands.{info.name}")
        module.register(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    verbose = int(getattr(args, "verbose", 0) or 0)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(ShanghaiFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    if verbose < 2:  # Scrapy's own chatter only with -vv
        for name in ("scrapy", "twisted", "py.warnings", "alembic"):
            logging.getLogger(name).setLevel(logging.ERROR)
    try:
        code: int = args.handler(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`siqing draft show 3 | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SiqingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
