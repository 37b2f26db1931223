"""`siqing check [--repair]`: find (and repair) what a crash can leave out of step: runs left
"running" by a dead process, analysed documents missing from the search index, index rows of no
document, documents not yet analysed."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from siqing.app.options import load_config


def cmd_check(args: argparse.Namespace) -> int:
    from processing import pipeline
    from siqing.app import jobs

    cfg = load_config(args)
    store = jobs.open_store(cfg)
    version = pipeline.model_version()
    home = cfg.home.code
    for r in store.recover_runs():
        print(f"运行 #{r['id']}（{r['job']}）：{r['error']}，已标记为中断")
    gaps = store.index_gaps(home, version)
    print(f"已分析但检索不到：{len(gaps['unindexed'])} 篇；检索索引中无对应文档：{len(gaps['orphan_index_rows'])} 条；"
          f"尚未分析：{len(gaps['unanalysed'])} 篇")
    if not args.repair:
        if gaps["unindexed"] or gaps["orphan_index_rows"]:
            print("发现不一致：运行 siqing check --repair 修复")
            return 1
        return 0
    repaired = store.repair_index_gaps(home, version)
    counts = jobs.process(cfg)
    after = store.index_gaps(home, version)
    print(f"已修复：重新分析并建立索引 {counts['processed']} 篇（其中原检索缺失 {repaired['unindexed']} 篇），"
          f"删除无主索引 {repaired['orphan_index_rows']} 条；处理失败 {counts['failed']} 篇")
    return 1 if after["unindexed"] or after["orphan_index_rows"] else 0


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]) -> None:
    p = add("check", cmd_check, "检查并修复文档、分析结果与检索索引之间的缺口")
    p.add_argument("--repair", action="store_true", help="修复：缺索引的文档重新分析，删除无主索引行（退出码 0 表示一致）")
