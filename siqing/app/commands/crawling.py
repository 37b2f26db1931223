"""`siqing check-source ID` (what one source yields now) and `siqing import PATH...` (local files)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from siqing.app.options import load_config
from siqing.errors import UsageError

logger = logging.getLogger(__name__)


def cmd_check_source(args: argparse.Namespace) -> int:
    from crawlers.check import as_json, check_source

    cfg = load_config(args)
    if args.all:
        return check_all(cfg, args)
    if not args.id:
        raise UsageError("check-source: give a source ID, or --all for every enabled source")
    src = asdict(cfg.source(args.id))
    report = check_source(src, list_pages=args.pages, articles=args.articles, timeout=cfg.settings.crawl.timeout)
    if args.json:
        print(as_json(report))
        return 0 if report.links else 1
    print(f"来源 {src['id']}（{src['name']}），列表方式 {src['listing']}")
    if report.columns:
        print(f"从首页找到栏目 {sum(1 for c in report.columns if c['style'] != 'home')} 个：")
        for c in report.columns:
            print(f"  {c['name'] or '（无名）'}  {c['url']}\n    翻页：{c['paging']}；本页文章链接 {c['links']} 个")
        if report.static:
            print(f"非文章页（不入库）{len(report.static)} 个：" + "，".join(f"{x['name']}（{x['reason']}）"
                                                                 for x in report.static))
        if report.refused:
            print(f"未访问（日历、检索陷阱或 robots.txt 禁止）{len(report.refused)} 个：" + "，".join(x["url"] for x in report.refused))
    for p in report.pages:
        if report.columns and not p["error"]:
            continue
        state = p["error"] or f"HTTP {p['status']}"
        print(f"列表页 {p['url']}：{state}，文章链接 {p['links']} 个" + (f"，下一页 {p['next']}" if p["next"] else ""))
    dropped = Counter(x["reason"] for x in report.refused if x["reason"] in ("out_of_scope", "private_address"))
    if dropped and not report.columns:
        from siqing.app.status import reason_name

        print("丢弃的链接：" + "；".join(f"{reason_name(r)} {n} 个" for r, n in dropped.most_common()))
    print(f"\n找到链接 {len(report.links)} 个：")
    for lk in report.links:
        print(f"  {lk.list_date.isoformat() if lk.list_date else '----------'}  {lk.title or '(无标题)'}  {lk.url}")
    for i, art in enumerate(report.articles, 1):
        print(f"\n文章 {i}：{art['url']}")
        if art.get("error"):
            print(f"  失败：{art['error']}")
            continue
        body = " ".join((art.get("body") or "").split())
        print(f"  标题：{art.get('title') or '（未识别）'}")
        print(f"  发布时间：{art.get('published_at') or '（未识别）'}")
        print(f"  来源：{art.get('source') or '（未识别）'}")
        print(f"  正文开头：{body[:120] or '（空）'}")
        if art.get("attachments"):
            print(f"  附件：{len(art['attachments'])} 个")
    if not report.links:
        print(f"error: no article links found on the list pages of source {src['id']}: {', '.join(src['start_urls'])}",
              file=sys.stderr)
        return 1
    return 0


def check_all(cfg: Any, args: argparse.Namespace) -> int:
    """One line per enabled source: reachable, list page found, articles and dates now; exit 1 on any failure."""
    from crawlers.check import check_source

    results = []
    for source in cfg.sources:
        if not source.enabled:
            continue
        src = asdict(source)
        report = check_source(src, list_pages=1, articles=args.articles, timeout=cfg.settings.crawl.timeout)
        reachable = any(p["status"] == 200 for p in report.pages)
        titled = sum(1 for a in report.articles if not a.get("error") and a.get("title"))
        dated = sum(1 for a in report.articles if not a.get("error") and a.get("published_at"))
        flags = []
        if not reachable:
            flags.append("无法访问：" + "；".join(p["error"] or "" for p in report.pages if p["error"]))
        elif not report.links:
            flags.append("列表页上未找到文章链接")
        elif not titled:
            flags.append("文章未能提取")
        elif dated < titled:
            flags.append(f"{titled - dated} 篇文章未识别日期")
        ok = reachable and bool(report.links) and titled > 0
        results.append({"id": source.id, "name": source.name, "ok": ok, "reachable": reachable,
                        "links": len(report.links), "articles": titled, "dated": dated, "flags": flags})
    if args.json:
        import json

        print(json.dumps({"sources": results, "failed": sum(not r["ok"] for r in results)}, ensure_ascii=False))
    else:
        print("来源\t可访问\t文章链接\t提取文章\t有日期\t结果")
        for r in results:
            print(f"{r['id']}（{r['name']}）\t{'是' if r['reachable'] else '否'}\t{r['links']}\t{r['articles']}"
                  f"\t{r['dated']}\t{'通过' if r['ok'] else '未通过'}{'：' + '；'.join(r['flags']) if r['flags'] else ''}")
        failed = [r for r in results if not r["ok"]]
        print(f"共检查 {len(results)} 个来源，通过 {len(results) - len(failed)} 个，未通过 {len(failed)} 个")
    return 1 if any(not r["ok"] for r in results) else 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crawlers.importers import LOCAL_SOURCE, import_paths
    from siqing.config import LEVELS
    from siqing.divisions import resolve
    from siqing.store import Store

    cfg = load_config(args)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"file not found: {missing[0]}")
    home = resolve(cfg.settings.home.region)
    store = Store(cfg.database_url)
    try:
        # Sources say "national" where the gazetteer says "nation".
        level = "national" if home.level == "nation" else home.level
        store.register_source(LOCAL_SOURCE, "本地导入", level if level in LEVELS else "city",
                              home.code, {"id": LOCAL_SOURCE, "origin": "import"})
        run_id = store.start_run("import")
        try:
            counts: dict[str, Any] = import_paths(store, args.paths)
        except Exception as exc:
            store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
            raise
        record = {k: v for k, v in counts.items() if k != "documents"}
        record["totals"] = {k: counts[k] for k in ("files", "new", "revised", "unchanged", "failed", "skipped")}
        store.finish_run(run_id, "ok", record)
    finally:
        store.close()
    for f in counts["failures"]:
        print(f"error: {f['path']}: {f['reason']}", file=sys.stderr)
    for r in counts.get("rows_skipped", []):
        print(f"跳过：{r['path']} 第 {r['line']} 行：{r['reason']}", file=sys.stderr)
    print(f"导入：文件 {counts['files']}，新增 {counts['new']}，更新 {counts['revised']}，未变 {counts['unchanged']}，"
          f"失败 {counts['failed']}，跳过 {counts['skipped']}（运行 #{run_id}）")
    if counts.get("rows"):
        print(f"表格按行导入 {counts['rows']} 行，跳过 {len(counts['rows_skipped'])} 行（原因见上）")
    return 1 if counts["failed"] and not (counts["new"] or counts["revised"] or counts["unchanged"]) else 0


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]) -> None:
    p = add("check-source", cmd_check_source, "立即抓取一个来源的列表页，显示能采到什么")
    p.add_argument("id", metavar="ID", nargs="?")
    p.add_argument("--all", action="store_true", help="检查每个启用的来源，列表显示；任一未通过则退出码为 1")
    p.add_argument("--pages", type=int, default=1, help="每个起始网址跟进的列表页数（默认 1）")
    p.add_argument("--articles", type=int, default=3, help="抓取并提取的文章数（默认 3）")
    p.add_argument("--json", action="store_true", help="输出一个 JSON 对象，而不是文字报告")
    p = add("import", cmd_import, "导入本地文件（docx、pdf、xlsx、csv、txt、eml；文件夹逐层导入）")
    p.add_argument("paths", nargs="+", metavar="PATH")
